#compdef steppe-index
# zsh completion for steppe-index(1), part of steppe; installed as
# _steppe-index in a folder of $fpath.

_arguments -s -S \
  '(- *)'{-h,--help}'[print a summary of the options and exit]' \
  '(- *)--version[print the version and exit]' \
  '(-d --db)'{-d+,--db=}'[database folder to index into]:database folder:_files -/' \
  '(-f --format)'{-f+,--format=}'[read every input as this format]:format:((jsonl\:"JSON Lines" csv\:CSV tsv\:TSV html\:"HTML pages" text\:"plain-text pages"))' \
  '--strict[stop at the first bad record]' \
  '--commit-every=[commit each shard after every N documents (default 1000)]:number of documents: ' \
  '(-j --threads)'{-j+,--threads=}'[number of threads analysing records]:number of threads: ' \
  '--shards=[number of shards of a new database]:number of shards: ' \
  '--max-record-mb=[largest record or page read, in MiB (default 64)]:size in MiB: ' \
  '--timings[after the summary, say where the time went]' \
  '(-q --quiet)'{-q,--quiet}'[no progress and no warnings]' \
  '--wait[wait for another steppe-index writing the database]' \
  '--compact[merge the shards of the database into one]' \
  '*:input file or folder (- for standard input):_files'
