#include "tokenizers/roman_numeral_filter.h"

#include <array>
#include <string>
#include <string_view>

#include "tokenizers/utf32.h"

namespace steppe {
namespace {

// The Latin capital a letter stands for, or 0; `cyrillic_x_or_i` is set
// for Х and І, the look-alikes that only numerals use.
char RomanLetter(char32_t c, bool& cyrillic_x_or_i) {
  switch (c) {
    case U'I':
    case U'V':
    case U'X':
    case U'L':
    case U'C':
    case U'D':
    case U'M':
      return static_cast<char>(c);
    case U'\u0406':  // І, Kazakh and Ukrainian I
      cyrillic_x_or_i = true;
      return 'I';
    case U'\u0425':  // Х
      cyrillic_x_or_i = true;
      return 'X';
    case U'\u0421':  // С
      return 'C';
    case U'\u041C':  // М
      return 'M';
    default:
      return 0;
  }
}

}  // namespace

std::optional<int> RomanValue(std::string_view latin) {
  // Thousands, hundreds, tens and units, each written the one way a
  // well-formed numeral writes it.
  static constexpr std::array<std::array<std::string_view, 10>, 4> kDigits = {{
      {"", "M", "MM", "MMM", "", "", "", "", "", ""},
      {"", "C", "CC", "CCC", "CD", "D", "DC", "DCC", "DCCC", "CM"},
      {"", "X", "XX", "XXX", "XL", "L", "LX", "LXX", "LXXX", "XC"},
      {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"},
  }};
  if (latin.empty()) return std::nullopt;
  int value = 0;
  for (std::size_t place = 0; place < kDigits.size(); ++place) {
    // The longest way of this place that the numeral starts with.
    std::size_t best = 0;
    int digit = 0;
    for (int d = 1; d < 10; ++d) {
      const std::string_view way = kDigits[place][d];
      if (!way.empty() && way.size() > best && latin.substr(0, way.size()) == way) {
        best = way.size();
        digit = d;
      }
    }
    latin.remove_prefix(best);
    value = value * 10 + digit;
  }
  if (!latin.empty() || value == 0) return std::nullopt;
  return value;
}

void RomanNumeralFilter::Apply(Token& token) const {
  if (token.text.size() < 2 || token.text.size() > 32) return;
  // Most words fail on their first byte: not I V X L C D M, nor the lead
  // byte of Cyrillic І Х С М (D0).
  const char first = token.text.front();
  if (std::string_view("IVXLCDM\xD0").find(first) == std::string_view::npos) return;
  const std::u32string text = ToUtf32(token.text);
  std::string latin;
  bool any_latin = false;
  bool any_cyrillic = false;
  bool cyrillic_x_or_i = false;
  for (const char32_t c : text) {
    const char letter = RomanLetter(c, cyrillic_x_or_i);
    if (letter == 0) return;
    latin.push_back(letter);
    (c < 0x80 ? any_latin : any_cyrillic) = true;
  }
  // С and М alone are Cyrillic abbreviations (СМ), not numerals; and a
  // numeral of hundreds and thousands only is more often an abbreviation
  // too (CD, DC, MD) than a year.
  if (latin.size() < 2 || (any_cyrillic && !any_latin && !cyrillic_x_or_i) ||
      latin.find_first_of("IVX") == std::string::npos) {
    return;
  }
  const std::optional<int> value = RomanValue(latin);
  if (!value.has_value()) return;
  token.text = std::to_string(*value);
  token.script = Script::kNumber;
}

}  // namespace steppe
