# JSON Lines articles -> CSV rows id,title,text (jq -r), a row per JSON
# object (other JSON values are skipped), for the SQLite CLI's
# `.import --csv`: every field quoted, quotes doubled, newlines kept inside
# the quotes. Missing or null fields become empty strings.
select(type == "object") | [(.id // .url // ""), (.title // ""), (.text // .body // "")] | map(tostring) | @csv
