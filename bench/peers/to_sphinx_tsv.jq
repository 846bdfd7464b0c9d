# JSON Lines articles -> Sphinx tsvpipe rows (jq -n -r), a row per JSON
# object (other JSON values are skipped): docid, ext_id, title, text. Sphinx needs a positive integer document id, so
# rows are numbered from 1 in input order; the article's own id goes in the
# string attribute ext_id. Sphinx 2.2's TSV reader knows no escapes, so tabs,
# carriage returns and newlines inside fields become spaces (all three are
# word separators for it anyway, so the words indexed are the same).
def flat: (. // "") | tostring | split("\t") | join(" ") | split("\r") | join(" ")
  | split("\n") | join(" ");
foreach (inputs | select(type == "object")) as $a (0; . + 1;
  [tostring, ($a.id // $a.url | flat), ($a.title | flat), ($a.text // $a.body | flat)] | join("\t"))
