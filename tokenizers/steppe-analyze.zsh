#compdef steppe-analyze
# zsh completion for steppe-analyze(1), part of steppe; installed as
# _steppe-analyze in a folder of $fpath.

_arguments -s -S \
  '(- *)'{-h,--help}'[print a summary of the options and exit]' \
  '(- *)--version[print the version and exit]' \
  '(-l --lang)'{-l+,--lang=}'[language of the text (default: guessed)]:language:((en\:English ru\:Russian kk\:Kazakh))' \
  '(-q --query)'{-q,--query}'[analyse the text as a query]' \
  '--json[print one JSON object per token]' \
  '*:text to analyse: '
