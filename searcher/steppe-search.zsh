#compdef steppe-search
# zsh completion for steppe-search(1), part of steppe; installed as
# _steppe-search in a folder of $fpath.

_arguments -s -S \
  '(- *)'{-h,--help}'[print a summary of the options and exit]' \
  '(- *)--version[print the version and exit]' \
  '*'{-d+,--db=}'[database folder, Xapian stub file or tcp://HOST:PORT (repeatable)]:database:_files' \
  '*'{-l+,--lang=}'[only articles in this language (repeatable)]:language:((en\:English ru\:Russian kk\:Kazakh))' \
  '--query-lang=[analyse the query in this language]:language:((en\:English ru\:Russian kk\:Kazakh auto\:"guessed from the query" any\:"every language a word could be (default)"))' \
  '*'{-s+,--source=}'[only articles from this source (repeatable)]:source: ' \
  '--since=[only articles dated on or after this date]:date (YYYY, YYYY-MM or YYYY-MM-DD): ' \
  '--until=[only articles dated on or before this date]:date (YYYY, YYYY-MM or YYYY-MM-DD): ' \
  '(-n --limit)'{-n+,--limit=}'[number of hits to show (default 10)]:number of hits: ' \
  '--offset=[number of hits to skip first]:number of hits: ' \
  '--sort=[order of the hits]:order:((relevance\:"best first (default)" date\:"newest first"))' \
  '--all[match only articles with all the words]' \
  '--exact[names and words only as written: no other names or spellings]' \
  '--json[print JSON Lines, one object per hit]' \
  '--count[print only the number of matching articles]' \
  '--facets[also count the matches by language, source and year]' \
  '--explain[print what each word and name was expanded to, on standard error]' \
  '*--aliases=[add the names of a gazetteer file (repeatable)]:gazetteer file:_files' \
  '--color=[when to colour the output]:when:((auto\:"on a terminal, unless NO_COLOR (default)" always\:always never\:never))' \
  '(--no-collapse)--collapse[one hit per story, the best copy (default)]' \
  '(--collapse)--no-collapse[show every copy of a story]' \
  '(--queries *)--similar=[instead of a query: the articles most like this one]:article id: ' \
  '(--similar *)--queries=[search each line of this file as a query (- for standard input)]:file of queries:_files' \
  '*:query: '
