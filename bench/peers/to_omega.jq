# JSON Lines articles -> scriptindex's dump format (jq -r), a record per
# JSON object (other JSON values are skipped).
# Fields are "name=value" lines; a newline inside a value becomes a newline
# followed by "=", scriptindex's continuation mark; jq -r ends each record with
# a newline and the record's own closing "\n" makes the blank separator line.
# Missing or null fields become empty values.
def value: (. // "") | tostring | split("\n") | join("\n=");
select(type == "object") |
"id=\(.id // .url | value)\ntitle=\(.title | value)\ntext=\(.text // .body | value)\nlang=\(.lang | value)\nsource=\(.source | value)\ndate=\(.date | value)\nurl=\(.url | value)\n"
