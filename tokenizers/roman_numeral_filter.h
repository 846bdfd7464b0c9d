// RomanNumeralFilter: a Roman numeral, however it is typed, becomes its
// value in digits.
//
// Contract: runs first in the chain, on the word as written. A word of two
// or more upper-case Roman numeral letters, Latin (I V X L C D M) or the
// Cyrillic look-alikes Kazakh and Russian texts type them with (І Х С М:
// "ХІХ ғасыр", "XІX" mixed), that is a well-formed numeral (XIX, not IIX)
// becomes its value in digits, with script kNumber, so XIX, ХІХ and 19 give
// one term and no stemmer mangles it. Lower-case words and single letters
// are left alone (mix, см, I, С), and so are a Cyrillic word without Х or
// І (СМ) and numerals without I, V or X, more often abbreviations (CD, DC).
#ifndef STEPPE_TOKENIZERS_ROMAN_NUMERAL_FILTER_H_
#define STEPPE_TOKENIZERS_ROMAN_NUMERAL_FILTER_H_

#include <optional>
#include <string_view>

#include "tokenizers/token_filter.h"

namespace steppe {

// The value of a well-formed Roman numeral in Latin capitals (1 to 3999).
std::optional<int> RomanValue(std::string_view latin);

class RomanNumeralFilter : public TokenFilter {
 public:
  std::string_view Name() const override { return "roman-numeral"; }
  void Apply(Token& token) const override;
};

}  // namespace steppe

#endif  // STEPPE_TOKENIZERS_ROMAN_NUMERAL_FILTER_H_
