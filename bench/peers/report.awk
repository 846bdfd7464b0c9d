# Renders bench/compare_peers.sh's raw rows as a table, CSV or JSON.
#
#   awk -F'\t' -v format=table|csv|json -v corpus=DIR -v cores=N -f report.awk ROWS.tsv
#
# Input rows, tab-separated: size engine threads status docs bytes wall_s
# cpu_s maxrss_kb db_bytes note (threads empty for an engine's own default
# run; status ok, missing or failed). Derives documents/s and MB/s (10^6
# bytes of input over wall seconds), peak RSS and database size in MB, and
# steppe's MB/s over each engine's at the same size ("steppe x"; only for
# runs without --threads, whose baseline is steppe's default run). table:
# aligned columns, missing and failed runs spelled out; csv: a header row and
# one row per run; json: {corpus, cores, mb, results: [...]}, null where a
# figure is unknown.
function num(x, d) { return sprintf("%." d "f", x) }
function q(s) { gsub(/\\/, "\\\\", s); gsub(/"/, "\\\"", s); return "\"" s "\"" }
function csvq(s) { if (s ~ /[",]/) { gsub(/"/, "\"\"", s); s = "\"" s "\"" } return s }
{
  n++; size[n] = $1; eng[n] = $2; thr[n] = $3; st[n] = $4; docs[n] = $5
  mb[n] = $6 / 1e6; wall[n] = $7; cpu[n] = $8; rss[n] = $9 * 1024 / 1e6
  db[n] = $10 / 1e6; note[n] = $11
  mbs[n] = dps[n] = 0
  if ($4 == "ok" && wall[n] > 0) { mbs[n] = mb[n] / wall[n]; dps[n] = docs[n] / wall[n] }
  if ($2 == "steppe" && $3 == "" && mbs[n] > 0) base[$1] = mbs[n]
}
END {
  for (i = 1; i <= n; i++) {
    name[i] = eng[i] (thr[i] != "" ? " --threads " thr[i] : "")
    ratio[i] = ""
    if (st[i] == "ok" && thr[i] == "" && (size[i] in base) && mbs[i] > 0)
      ratio[i] = num(base[size[i]] / mbs[i], 2)
  }
  if (format == "csv") {
    print "size_mb,engine,threads,status,documents,input_mb,seconds,cpu_seconds," \
          "docs_per_s,mb_per_s,peak_rss_mb,db_mb,steppe_mb_per_s_ratio,note"
    for (i = 1; i <= n; i++) {
      ok = st[i] == "ok"
      printf "%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s\n", size[i], eng[i], thr[i],
        st[i], (ok ? docs[i] : ""), num(mb[i], 2), (ok ? wall[i] : ""), (ok ? cpu[i] : ""),
        (ok ? num(dps[i], 1) : ""), (ok ? num(mbs[i], 3) : ""),
        (ok ? num(rss[i], 1) : ""), (ok ? num(db[i], 1) : ""), ratio[i], csvq(note[i])
    }
  } else if (format == "json") {
    printf "{\"corpus\": %s, \"cores\": %d, \"mb\": \"10^6 bytes of JSON Lines input\",\n", q(corpus), cores
    printf " \"results\": ["
    for (i = 1; i <= n; i++) {
      ok = st[i] == "ok"
      printf "%s\n  {\"size_mb\": %s, \"engine\": %s, \"threads\": %s, \"status\": %s, ",
        (i > 1 ? "," : ""), (size[i] == "all" ? q("all") : size[i]), q(eng[i]),
        (thr[i] == "" ? "null" : thr[i]), q(st[i])
      printf "\"documents\": %s, \"input_mb\": %s, \"seconds\": %s, \"cpu_seconds\": %s, ",
        (ok ? docs[i] : "null"), num(mb[i], 2), (ok ? wall[i] : "null"), (ok ? cpu[i] : "null")
      printf "\"docs_per_s\": %s, \"mb_per_s\": %s, \"peak_rss_mb\": %s, \"db_mb\": %s, ",
        (ok ? num(dps[i], 1) : "null"), (ok ? num(mbs[i], 3) : "null"),
        (ok ? num(rss[i], 1) : "null"), (ok ? num(db[i], 1) : "null")
      printf "\"steppe_mb_per_s_ratio\": %s, \"note\": %s}",
        (ratio[i] == "" ? "null" : ratio[i]), q(note[i])
    }
    print "\n]}"
  } else {
    split("size|engine|docs|input MB|seconds|CPU s|docs/s|MB/s|peak RSS MB|DB MB|steppe x", h, "|")
    cols = 11
    for (c = 1; c <= cols; c++) { cell[0, c] = h[c]; w[c] = length(h[c]) }
    for (i = 1; i <= n; i++) {
      cell[i, 1] = size[i]; cell[i, 2] = name[i]
      if (st[i] == "ok") {
        cell[i, 3] = docs[i]; cell[i, 4] = num(mb[i], 2); cell[i, 5] = num(wall[i], 2)
        cell[i, 6] = num(cpu[i], 2); cell[i, 7] = num(dps[i], 0)
        cell[i, 8] = num(mbs[i], 2); cell[i, 9] = num(rss[i], 0); cell[i, 10] = num(db[i], 1)
        cell[i, 11] = (ratio[i] == "" ? "-" : ratio[i])
        for (c = 3; c <= cols; c++) if (length(cell[i, c]) > w[c]) w[c] = length(cell[i, c])
      }
      for (c = 1; c <= 2; c++) if (length(cell[i, c]) > w[c]) w[c] = length(cell[i, c])
    }
    for (i = 0; i <= n; i++) {
      line = sprintf("%-" w[1] "s  %-" w[2] "s", cell[i, 1], cell[i, 2])
      if (i > 0 && st[i] == "missing") line = line "  not installed (run scripts/setup.sh --peers; " note[i] ")"
      else if (i > 0 && st[i] != "ok") line = line "  " st[i] ": " note[i]
      else {
        for (c = 3; c <= cols; c++) line = line sprintf("  %" w[c] "s", cell[i, c])
        if (i > 0 && note[i] != "") line = line "  (" note[i] ")"
      }
      sub(/ +$/, "", line)
      print line
    }
  }
}
