# bash completion for steppe-search(1), part of steppe.
#
# Self-contained: it needs only bash's own compgen and complete, so it works
# when simply sourced, with or without the bash-completion package (which
# loads it from /usr/share/bash-completion/completions/steppe-search).

_steppe_search()
{
    local cur prev prefix=
    cur=${COMP_WORDS[COMP_CWORD]}
    prev=
    ((COMP_CWORD > 0)) && prev=${COMP_WORDS[COMP_CWORD - 1]}
    COMPREPLY=()

    # --option=value. When "=" is in COMP_WORDBREAKS (bash's default) the
    # words are --option, "=" and the value; otherwise one word.
    if [[ $cur == = && $prev == --* ]]; then
        cur=
    elif [[ $prev == = ]] && ((COMP_CWORD > 1)); then
        prev=${COMP_WORDS[COMP_CWORD - 2]}
    elif [[ $cur == --*=* ]]; then
        prev=${cur%%=*}
        prefix=$prev=
        cur=${cur#*=}
    fi

    # After "--" every word is query text.
    local i
    for ((i = 1; i < COMP_CWORD; i++)); do
        [[ ${COMP_WORDS[i]} == -- ]] && return 0
    done

    local values=
    case $prev in
        -d | --db | --aliases | --queries)
            # Databases are folders, stub files or tcp://HOST:PORT; the
            # other two take files.
            compopt -o filenames 2>/dev/null
            mapfile -t COMPREPLY < <(compgen -f -- "$cur")
            ;;
        -l | --lang) values="en ru kk" ;;
        --query-lang) values="en ru kk auto any" ;;
        --sort) values="relevance date" ;;
        --color) values="auto always never" ;;
        -s | --source | --since | --until | -n | --limit | --offset | --similar)
            # Free text or a number: nothing to offer.
            return 0
            ;;
        *)
            if [[ $cur == -* ]]; then
                values="--help -h --db -d --lang -l --query-lang --source -s
                    --since --until --limit -n --offset --sort --all --exact --json
                    --count --facets --explain --aliases --color --collapse
                    --no-collapse --similar --queries --version"
            else
                # Query words: nothing to offer.
                return 0
            fi
            ;;
    esac
    if [[ -n $values ]]; then
        mapfile -t COMPREPLY < <(compgen -W "$values" -- "$cur")
    fi
    if [[ -n $prefix ]]; then
        COMPREPLY=("${COMPREPLY[@]/#/$prefix}")
    fi
    return 0
}

complete -F _steppe_search steppe-search
