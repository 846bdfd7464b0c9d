// Searcher: runs one ranked search (BM25) over a DatabaseSet.
//
// Contract: Search parses the query with steppe's QueryParser, applies the
// request's filters (language, source, date bounds) without changing
// scores, orders by relevance or by date (newest first, then relevance), and
// returns the page [offset, offset + limit) of hits with everything output
// needs, snippets included, plus the estimated number of matches. A
// request for no hits (limit 0) is a count: the number of matches is then
// exact (all three bounds equal), every match visited but none weighed by
// BM25. Bad queries and bad filters are InvalidArgument errors.
#ifndef STEPPE_SEARCHER_SEARCHER_H_
#define STEPPE_SEARCHER_SEARCHER_H_

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <xapian.h>

#include "absl/status/statusor.h"
#include "searcher/database_set.h"
#include "searcher/facets.h"
#include "searcher/snippet.h"
#include "tokenizers/analyzer.h"
#include "tokenizers/gazetteer.h"
#include "tokenizers/segmenter.h"

namespace steppe {

enum class SortOrder { kRelevance, kDate };

// BM25's term-frequency saturation (k1) and length normalisation (b).
// Xapian's saturation with Robertson's classic normalisation (Xapian's own
// default b is 0.5): on KazQAD validation b from 0.75 to 0.9 gives nDCG@10
// 0.782 against 0.778 at 0.5 (bench/README.md has the grid), and the
// held-out Tengrinews set moves from 0.639 to 0.640.
struct Bm25Parameters {
  double k1 = 1.0;
  double b = 0.75;
};

struct SearchRequest {
  std::string query;
  std::vector<std::string> languages;  // any of these (lang: values)
  std::vector<std::string> sources;    // any of these
  std::string since;                   // YYYY[-MM[-DD]] or empty
  std::string until;
  Xapian::doccount offset = 0;
  Xapian::doccount limit = 10;
  SortOrder sort = SortOrder::kRelevance;
  bool all_words = false;  // default operator AND instead of OR
  // Names only as written: no other names from the gazetteer.
  bool exact = false;
  // How query words are analysed: "" (default) expands a word over every
  // language it could be (as does "any", which a command line uses to undo
  // a configured language); "auto" guesses the query's language from its
  // text; a code (en, ru, kk) analyses it as that language. A single --lang
  // filter also fixes the query's language.
  std::string query_language;
  Bm25Parameters bm25;
  // Also count the matching documents by language, source and year
  // (every match is then looked at, not only enough for the page).
  bool facets = false;
  // Instead of `query`: the articles most like the one with this id.
  std::string similar_to;
  // Copies of one story (schema::kStorySlot) are one hit, the best of
  // them, which says how many more there are; false shows them all.
  bool collapse = true;
};

struct Hit {
  Xapian::doccount rank = 0;  // 1-based, across pages
  Xapian::docid docid = 0;
  double score = 0;
  int percent = 0;
  std::string db;
  std::string id;
  std::string title;
  std::string date;
  std::string lang;
  std::string source;
  std::string url;
  Snippet snippet;
  Snippet title_marked;  // the title with its matched words marked
  // Other copies of this story that matched and were left out (at least
  // this many: Xapian counts those it saw).
  Xapian::doccount similar = 0;
};

struct SearchResult {
  std::vector<Hit> hits;
  Xapian::doccount matches_estimated = 0;
  Xapian::doccount matches_lower = 0;
  Xapian::doccount matches_upper = 0;
  std::string query_description;        // Xapian's own, for --explain-style debugging
  std::vector<std::string> expansions;  // ParsedQuery::explanations
  std::optional<Facets> facets;         // when asked for
  // The query with its words that no article has in any form replaced by
  // spellings articles have (SpellingSuggester), when there are such.
  std::optional<std::string> did_you_mean;
};

class Searcher {
 public:
  // `gazetteer` (not owned; may be null) lets a query name find the
  // entity's other names.
  Searcher(const DatabaseSet& databases, const Analyzer& analyzer,
           const Gazetteer* gazetteer = nullptr)
      : databases_(databases), analyzer_(analyzer), gazetteer_(gazetteer) {}

  absl::StatusOr<SearchResult> Search(const SearchRequest& request) const;

 private:
  static constexpr int kSearchAttempts = 3;
  absl::StatusOr<SearchResult> SearchOnce(const SearchRequest& request) const;

  const DatabaseSet& databases_;
  const Analyzer& analyzer_;
  const Gazetteer* gazetteer_;
  Segmenter segmenter_;  // numbers a hit's words as the indexer did, for its snippets
};

}  // namespace steppe

#endif  // STEPPE_SEARCHER_SEARCHER_H_
