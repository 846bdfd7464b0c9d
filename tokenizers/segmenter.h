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

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "absl/functional/function_ref.h"
#include "tokenizers/language.h"
#include "tokenizers/token.h"

namespace steppe {

class Segmenter {
 public:
  // A word found in the text: where it is, and what Segment() puts in its
  // Token besides the text.
  struct Word {
    std::size_t begin = 0;
    std::size_t end = 0;
    std::uint32_t position = 0;
    Script script = Script::kNone;
    bool hyphen_joined_to_next = false;
  };

  std::vector<Token> Segment(std::string_view text, std::uint32_t first_position = 0) const;
  // The same words, in order, without making a Token of each.
  void ForEachWord(std::string_view text, std::uint32_t first_position,
                   absl::FunctionRef<void(const Word&)> take) const;
};

}  // namespace steppe

#endif  // STEPPE_TOKENIZERS_SEGMENTER_H_
