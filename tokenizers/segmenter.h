// Segmenter: splits UTF-8 text into word tokens.
//
// Contract: a word is a maximal run of letters, combining marks and digits.
// Inside a word an apostrophe between letters is kept (don't, Qazaqstan'ga,
// U+2019 and U+02BC too) and a '.' or ',' between digits is kept (3.5,
// 1,000). A hyphen between two word characters splits the word but marks the
// first part `hyphen_joined_to_next`, so compounds (Nur-Sultan, Алма-Ата) can
// be searched as phrases. A word mixing Latin and Cyrillic letters stays one
// token (the homoglyph filter decides what it is). Invalid UTF-8 bytes are
// treated as separators. Positions count from `first_position`.
#ifndef STEPPE_TOKENIZERS_SEGMENTER_H_
#define STEPPE_TOKENIZERS_SEGMENTER_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "tokenizers/token.h"

namespace steppe {

class Segmenter {
 public:
  std::vector<Token> Segment(std::string_view text, std::uint32_t first_position = 0) const;
};

}  // namespace steppe

#endif  // STEPPE_TOKENIZERS_SEGMENTER_H_
