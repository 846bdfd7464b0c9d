# bash completion for steppe-index(1), part of steppe.
#
# Self-contained: it needs only bash's own compgen and complete, so it works
# when simply sourced, with or without the bash-completion package (which
# loads it from /usr/share/bash-completion/completions/steppe-index).

_steppe_index()
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

    # After "--" every word is an INPUT.
    local i options=1
    for ((i = 1; i < COMP_CWORD; i++)); do
        [[ ${COMP_WORDS[i]} == -- ]] && options=0
    done

    local values=
    case $prev in
        -d | --db)
            if ((options)); then
                compopt -o filenames 2>/dev/null
                mapfile -t COMPREPLY < <(compgen -d -- "$cur")
                return 0
            fi
            ;;
        -f | --format)
            ((options)) && values="jsonl csv tsv html text"
            ;;
        --commit-every | -j | --threads | --shards | --max-record-mb)
            # A number: nothing to offer.
            ((options)) && return 0
            ;;
    esac
    if [[ -z $values ]]; then
        if ((options)) && [[ $cur == -* ]]; then
            values="--help -h --db -d --format -f --strict --commit-every
                --threads -j --shards --max-record-mb --timings --quiet -q --wait
                --compact --version"
        else
            # INPUT: files and folders.
            compopt -o filenames 2>/dev/null
            mapfile -t COMPREPLY < <(compgen -f -- "$cur")
            return 0
        fi
    fi
    mapfile -t COMPREPLY < <(compgen -W "$values" -- "$cur")
    if [[ -n $prefix ]]; then
        COMPREPLY=("${COMPREPLY[@]/#/$prefix}")
    fi
    return 0
}

complete -F _steppe_index steppe-index
