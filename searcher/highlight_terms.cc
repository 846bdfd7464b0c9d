#include "searcher/highlight_terms.h"

#include <algorithm>
#include <utility>

namespace steppe {

HighlightTerms::HighlightTerms(std::vector<std::string> terms) : terms_(std::move(terms)) {
  std::sort(terms_.begin(), terms_.end());
  terms_.erase(std::unique(terms_.begin(), terms_.end()), terms_.end());
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
