#include "searcher/highlight_terms.h"

#include <algorithm>
#include <utility>

#include "tokenizers/index_schema.h"

namespace steppe {

HighlightTerms::HighlightTerms(std::vector<std::string> terms) : terms_(std::move(terms)) {
  std::sort(terms_.begin(), terms_.end());
  terms_.erase(std::unique(terms_.begin(), terms_.end()), terms_.end());
  for (std::uint32_t i = 0; i < terms_.size(); ++i) numbers_.emplace(terms_[i], i);
}

std::vector<PositionMatch> HighlightTerms::AnalysedPositions(const Analyzer& analyzer,
                                                             std::string_view title,
                                                             std::string_view text,
                                                             Language language) const {
  std::vector<PositionMatch> matches;
  if (terms_.empty()) return matches;
  std::string key_term;
  // A word's index terms as the document builder writes them: its term,
  // and its name keys N-prefixed (and cut as schema::Term cuts them).
  const auto take = [&](const Analyzer::PlacedIndexWord& word) {
    if (word.term.empty()) return;
    std::uint32_t first = ~std::uint32_t{0};
    if (const auto found = numbers_.find(word.term); found != numbers_.end()) {
      first = found->second;
    }
    for (const std::string& key : word.name_keys) {
      key_term = schema::Term(schema::kNamePrefix, key);
      if (const auto found = numbers_.find(key_term); found != numbers_.end()) {
        first = std::min(first, found->second);
      }
    }
    if (first != ~std::uint32_t{0}) matches.push_back({word.position, first});
  };
  const std::uint32_t after_title = analyzer.ForEachIndexWord(title, language, 1, take);
  analyzer.ForEachIndexWord(text, language, after_title + schema::kTitleBodyGap, take);
  return matches;
}

std::vector<PositionMatch> HighlightTerms::Positions(const Xapian::Database& db,
                                                     Xapian::docid document) const {
  std::vector<PositionMatch> matches;
  if (terms_.size() <= kLookUpEach) {
    // A position list each: a miss is a B-tree lookup.
    for (std::uint32_t i = 0; i < terms_.size(); ++i) {
      const Xapian::PositionIterator end = db.positionlist_end(document, terms_[i]);
      for (auto position = db.positionlist_begin(document, terms_[i]); position != end;
           ++position) {
        matches.push_back({*position, i});
      }
    }
  } else {
    // The term list is in byte order, as terms_ is: one pass over both.
    Xapian::TermIterator it = db.termlist_begin(document);
    const Xapian::TermIterator end = db.termlist_end(document);
    for (std::uint32_t i = 0; i < terms_.size() && it != end; ++i) {
      it.skip_to(terms_[i]);
      if (it == end) break;
      if (*it != terms_[i]) continue;
      for (auto position = it.positionlist_begin(); position != it.positionlist_end(); ++position) {
        matches.push_back({*position, i});
      }
    }
  }
  // By position, then term: the first term of a position is kept.
  std::sort(matches.begin(), matches.end(), [](const PositionMatch& a, const PositionMatch& b) {
    return a.position != b.position ? a.position < b.position : a.term < b.term;
  });
  matches.erase(std::unique(matches.begin(), matches.end(),
                            [](const PositionMatch& a, const PositionMatch& b) {
                              return a.position == b.position;
                            }),
                matches.end());
  return matches;
}

}  // namespace steppe
