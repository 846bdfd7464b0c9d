// LengthFilter: drops words too long to be words.
//
// Contract: a token whose folded text exceeds kMaxWordBytes (base64 blobs,
// glued URLs) is emptied, so it produces no term but keeps its position.
// The bound keeps every term, with its prefix, well under Xapian's 245-byte
// limit, and is wide enough for the longest Kazakh word forms (about 40
// letters, 80 bytes).
#ifndef STEPPE_TOKENIZERS_LENGTH_FILTER_H_
#define STEPPE_TOKENIZERS_LENGTH_FILTER_H_

#include <cstddef>

#include "tokenizers/token_filter.h"

namespace steppe {

class LengthFilter : public TokenFilter {
 public:
  static constexpr std::size_t kMaxWordBytes = 120;

  std::string_view Name() const override { return "length"; }
  void Apply(Token& token) const override {
    if (token.text.size() > kMaxWordBytes) token.text.clear();
  }
};

}  // namespace steppe

#endif  // STEPPE_TOKENIZERS_LENGTH_FILTER_H_
