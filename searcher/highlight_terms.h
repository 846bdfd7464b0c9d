// HighlightTerms: a query's highlight terms (ParsedQuery::highlight_terms),
// ready to tell where the words of a hit matched them.
//
// Contract: the terms are index terms as the index writes them (a name key
// N-prefixed and cut as schema::Term cuts it). Positions(db, document)
// reads the hit's own entry in the index, not its text: every position at
// which the index holds one of the terms, in order, each once, with the
// number of the first such term in byte order. So what is marked is what
// matched, whatever the analysis that wrote the index, and a hit costs a
// position-list lookup per term (or, for many terms, one walk of its term
// list) rather than analysing its text (in Russian, a dictionary lookup per
// distinct word). AnalysedPositions gives the same from the hit's stored
// title and text analysed again as the indexer analysed them (the title's
// words numbered from 1, the body's after it and schema::kTitleBodyGap),
// for databases served over the network, where each position list read
// would be a round trip. Made once per query, for all its hits.
#ifndef STEPPE_SEARCHER_HIGHLIGHT_TERMS_H_
#define STEPPE_SEARCHER_HIGHLIGHT_TERMS_H_

#include <cstdint>
#include <string>
#include <vector>

#include <xapian.h>

#include "absl/container/flat_hash_map.h"
#include "tokenizers/analyzer.h"

namespace steppe {

// A matched word: its position in the index and the number of the term it
// matched.
struct PositionMatch {
  std::uint32_t position = 0;
  std::uint32_t term = 0;
  bool operator==(const PositionMatch&) const = default;
};

class HighlightTerms {
 public:
  explicit HighlightTerms(std::vector<std::string> terms);
  // numbers_ views terms_' strings, which a copy would not own.
  HighlightTerms(const HighlightTerms&) = delete;
  HighlightTerms& operator=(const HighlightTerms&) = delete;

  std::vector<PositionMatch> Positions(const Xapian::Database& db, Xapian::docid document) const;
  std::vector<PositionMatch> AnalysedPositions(const Analyzer& analyzer, std::string_view title,
                                               std::string_view text, Language language) const;
  std::size_t size() const { return terms_.size(); }

 private:
  // Up to this many terms, each one's positions are looked up; more, and
  // the hit's term list is read once instead (bench/README.md).
  static constexpr std::size_t kLookUpEach = 1000;
  std::vector<std::string> terms_;                                // sorted, each once
  absl::flat_hash_map<std::string_view, std::uint32_t> numbers_;  // of terms_
};

}  // namespace steppe

#endif  // STEPPE_SEARCHER_HIGHLIGHT_TERMS_H_
