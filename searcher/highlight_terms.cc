#include "searcher/highlight_terms.h"

#include <algorithm>
#include <utility>

namespace steppe {

HighlightTerms::HighlightTerms(std::vector<std::string> terms) : terms_(std::move(terms)) {
  std::sort(terms_.begin(), terms_.end());
  terms_.erase(std::unique(terms_.begin(), terms_.end()), terms_.end());
}

std::vector<PositionMatch> HighlightTerms::Positions(const Xapian::Document& document) const {
  std::vector<PositionMatch> matches;
  if (terms_.empty()) return matches;
  // The term list is in byte order, as terms_ is: one pass over both.
  Xapian::TermIterator it = document.termlist_begin();
  const Xapian::TermIterator end = document.termlist_end();
  for (std::uint32_t i = 0; i < terms_.size() && it != end; ++i) {
    it.skip_to(terms_[i]);
    if (it == end) break;
    if (*it != terms_[i]) continue;
    for (auto position = it.positionlist_begin(); position != it.positionlist_end(); ++position) {
      matches.push_back({*position, i});
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
