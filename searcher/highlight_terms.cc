#include "searcher/highlight_terms.h"

#include <algorithm>
#include <utility>

namespace steppe {

std::size_t HighlightTerms::LengthBucket(std::string_view term) {
  return std::min(term.size(), schema::kMaxTermBytes);
}

HighlightTerms::HighlightTerms(std::vector<std::string> terms) : terms_(std::move(terms)) {
  for (const std::string& term : terms_) {
    lengths_.set(LengthBucket(term));
    term_set_.insert(term);
    if (term.starts_with(schema::kNamePrefix)) {
      name_keys_.insert(std::string_view(term).substr(schema::kNamePrefix.size()));
    }
  }
}

bool HighlightTerms::Matches(std::string_view term,
                             const std::vector<std::string>& name_keys) const {
  if (lengths_.test(LengthBucket(term)) && term_set_.contains(term)) return true;
  for (const std::string& key : name_keys) {
    // A key too long for a term is cut as the index cut it.
    if (schema::kNamePrefix.size() + key.size() > schema::kMaxTermBytes
            ? term_set_.contains(schema::Term(schema::kNamePrefix, key))
            : name_keys_.contains(key)) {
      return true;
    }
  }
  return false;
}

}  // namespace steppe
