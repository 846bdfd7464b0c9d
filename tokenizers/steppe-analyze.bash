# bash completion for steppe-analyze(1), part of steppe.
#
# Self-contained: it needs only bash's own compgen and complete, so it works
# when simply sourced, with or without the bash-completion package (which
# loads it from /usr/share/bash-completion/completions/steppe-analyze).

_steppe_analyze()
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

    # After "--" every word is text to analyse.
    local i
    for ((i = 1; i < COMP_CWORD; i++)); do
        [[ ${COMP_WORDS[i]} == -- ]] && return 0
    done

    local values=
    case $prev in
        -l | --lang) values="en ru kk" ;;
        *)
            if [[ $cur == -* ]]; then
                values="--help -h --lang -l --query -q --json --version"
            else
                # Text to analyse: nothing to offer.
                return 0
            fi
            ;;
    esac
    mapfile -t COMPREPLY < <(compgen -W "$values" -- "$cur")
    if [[ -n $prefix ]]; then
        COMPREPLY=("${COMPREPLY[@]/#/$prefix}")
    fi
    return 0
}

complete -F _steppe_analyze steppe-analyze
