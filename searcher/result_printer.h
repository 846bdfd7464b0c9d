// Result printers: search results for people and for programs.
//
// Contract: PrintHuman writes, per hit, the rank and title, then date,
// language, source, id and score, then the snippet, with matched words
// highlighted when `color` is on (the caller decides: a terminal and no
// NO_COLOR), and a closing count line. PrintJson writes JSON Lines, one
// object per hit with, in this order, rank, id, score, percent, title,
// date, lang, source,
// url, snippet, highlights ([begin, end) byte ranges into snippet),
// matched (the document's own spellings of the words it matched), db,
// docid and similar (how many copies of the story were collapsed into
// it), and nothing else; in a batch of queries (`query` given) each
// object also has "query", the query it is a hit of, as written.
// PrintFacetsHuman writes a result's facets as lines of languages and of
// sources (the ten most frequent, then how many more) and a bar chart of
// the years; PrintFacetsJson as one JSON object on one line:
// {"facets": {"lang": [{"value", "count"}...], "source": [...], "year":
// [...], "undated": N}, "matches": N}, plus "query" in a batch. Every
// object these write is one that searcher/search-output.schema.json
// describes (tests/e2e/json_schema_test.cc checks it).
#ifndef STEPPE_SEARCHER_RESULT_PRINTER_H_
#define STEPPE_SEARCHER_RESULT_PRINTER_H_

#include <cstdio>
#include <optional>
#include <string>
#include <string_view>

#include "searcher/searcher.h"

namespace steppe {

void PrintHuman(const SearchResult& result, const SearchRequest& request, bool color,
                std::FILE* out);
void PrintJson(const SearchResult& result, std::FILE* out,
               std::optional<std::string_view> query = std::nullopt);
void PrintFacetsHuman(const Facets& facets, bool color, std::FILE* out);
// "did you mean: QUERY" for a person; {"did_you_mean": QUERY} (plus
// "query" in a batch) as one JSON line for a program.
void PrintDidYouMeanHuman(const std::string& suggestion, bool color, std::FILE* out);
void PrintDidYouMeanJson(const std::string& suggestion, std::FILE* out,
                         std::optional<std::string_view> query = std::nullopt);
void PrintFacetsJson(const Facets& facets, std::FILE* out,
                     std::optional<std::string_view> query = std::nullopt);

}  // namespace steppe

#endif  // STEPPE_SEARCHER_RESULT_PRINTER_H_
