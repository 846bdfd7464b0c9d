// HighlightTerms: a query's highlight terms (ParsedQuery::highlight_terms),
// ready to tell the words of its hits that match.
//
// Contract: Matches(term, name_keys) is true when `term` is one of the
// terms, or one of `name_keys` is once prefixed as the index writes it
// (schema::Term(kNamePrefix, key)). A word costs a hash lookup per term and
// key, and no allocation (none for a term of a length no term has); made
// once per query, for all its snippets.
#ifndef STEPPE_SEARCHER_HIGHLIGHT_TERMS_H_
#define STEPPE_SEARCHER_HIGHLIGHT_TERMS_H_

#include <bitset>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "tokenizers/index_schema.h"

namespace steppe {

class HighlightTerms {
 public:
  explicit HighlightTerms(std::vector<std::string> terms);
  // The sets view the strings of `terms_`, which a copy would not own.
  HighlightTerms(const HighlightTerms&) = delete;
  HighlightTerms& operator=(const HighlightTerms&) = delete;

  bool Matches(std::string_view term, const std::vector<std::string>& name_keys) const;

 private:
  std::vector<std::string> terms_;
  // A term's length, the longest ones together.
  static std::size_t LengthBucket(std::string_view term);
  // Which lengths the terms have: most words' terms have none of them and
  // need no hashing (nor reading, when the term is long).
  std::bitset<schema::kMaxTermBytes + 1> lengths_;
  absl::flat_hash_set<std::string_view> term_set_;
  // The name-key terms without their prefix.
  absl::flat_hash_set<std::string_view> name_keys_;
};

}  // namespace steppe

#endif  // STEPPE_SEARCHER_HIGHLIGHT_TERMS_H_
