# bash completion for steppe-index(1), steppe-search(1) and
# steppe-analyze(1), part of steppe.
#
# Self-contained: it needs only bash's own compgen and complete, so it works
# when simply sourced, with or without the bash-completion package. It is
# installed once under each tool's name in
# /usr/share/bash-completion/completions, and whichever copy bash-completion
# loads first completes all three tools.

# Sets the caller's cur, prev and prefix for the word being completed, with
# --option=value taken apart (prev the option, prefix "--option=" to put
# back on each reply when the value was part of the same word), and
# after_dashes to 1 when a "--" came before it.
_steppe_words()
{
    cur=${COMP_WORDS[COMP_CWORD]}
    prev=
    prefix=
    after_dashes=0
    ((COMP_CWORD > 0)) && prev=${COMP_WORDS[COMP_CWORD - 1]}
    COMPREPLY=()

    # When "=" is in COMP_WORDBREAKS (bash's default) the words are
    # --option, "=" and the value; otherwise one word.
    if [[ $cur == = && $prev == --* ]]; then
        cur=
    elif [[ $prev == = ]] && ((COMP_CWORD > 1)); then
        prev=${COMP_WORDS[COMP_CWORD - 2]}
    elif [[ $cur == --*=* ]]; then
        prev=${cur%%=*}
        prefix=$prev=
        cur=${cur#*=}
    fi

    local i
    for ((i = 1; i < COMP_CWORD; i++)); do
        [[ ${COMP_WORDS[i]} == -- ]] && after_dashes=1
    done
    return 0
}

# Replies with the words of $1 that start with cur, or with the paths that
# do (-f files and folders, -d folders only), with the caller's prefix put
# back.
_steppe_reply()
{
    case $1 in
        -f | -d)
            compopt -o filenames 2>/dev/null
            mapfile -t COMPREPLY < <(compgen "$1" -- "$cur")
            ;;
        *) mapfile -t COMPREPLY < <(compgen -W "$1" -- "$cur") ;;
    esac
    if [[ -n $prefix ]]; then
        COMPREPLY=("${COMPREPLY[@]/#/$prefix}")
    fi
    return 0
}

_steppe_index()
{
    local cur prev prefix after_dashes
    _steppe_words
    # After "--" every word is an INPUT: files and folders.
    ((after_dashes)) && _steppe_reply -f && return 0
    case $prev in
        -d | --db) _steppe_reply -d ;;
        -f | --format) _steppe_reply "jsonl csv tsv html text" ;;
        --commit-every | -j | --threads | --shards | --max-record-mb)
            # A number: nothing to offer.
            ;;
        *)
            if [[ $cur == -* ]]; then
                _steppe_reply "--help -h --db -d --format -f --strict --commit-every
                    --threads -j --shards --max-record-mb --timings --quiet -q --wait
                    --compact --version"
            else
                _steppe_reply -f
            fi
            ;;
    esac
    return 0
}

_steppe_search()
{
    local cur prev prefix after_dashes
    _steppe_words
    # After "--" every word is query text: nothing to offer.
    ((after_dashes)) && return 0
    case $prev in
        # Databases are folders, stub files or tcp://HOST:PORT; the other
        # two take files.
        -d | --db | --aliases | --queries) _steppe_reply -f ;;
        -l | --lang) _steppe_reply "en ru kk" ;;
        --query-lang) _steppe_reply "en ru kk auto any" ;;
        --sort) _steppe_reply "relevance date" ;;
        --color) _steppe_reply "auto always never" ;;
        -s | --source | --since | --until | -n | --limit | --offset | --similar)
            # Free text or a number: nothing to offer.
            ;;
        *)
            # Query words offer nothing.
            if [[ $cur == -* ]]; then
                _steppe_reply "--help -h --db -d --lang -l --query-lang --source -s
                    --since --until --limit -n --offset --sort --all --exact --json
                    --count --facets --explain --aliases --color --collapse
                    --no-collapse --similar --queries --version"
            fi
            ;;
    esac
    return 0
}

_steppe_analyze()
{
    local cur prev prefix after_dashes
    _steppe_words
    # After "--" every word is text to analyse: nothing to offer.
    ((after_dashes)) && return 0
    case $prev in
        -l | --lang) _steppe_reply "en ru kk" ;;
        *)
            # Text to analyse offers nothing.
            if [[ $cur == -* ]]; then
                _steppe_reply "--help -h --lang -l --query -q --json --version"
            fi
            ;;
    esac
    return 0
}

complete -F _steppe_index steppe-index
complete -F _steppe_search steppe-search
complete -F _steppe_analyze steppe-analyze
