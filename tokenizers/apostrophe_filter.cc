#include "tokenizers/apostrophe_filter.h"

#include <array>
#include <string>

namespace steppe {

void ApostropheFilter::Apply(Token& token) const {
  static constexpr std::array<std::string_view, 3> kMarks = {
      "\xE2\x80\x99",  // U+2019
      "\xCA\xBC",      // U+02BC
      "\xCA\xBB",      // U+02BB
  };
  std::string& text = token.text;
  for (char& c : text) {
    if (c == '`') c = '\'';
  }
  for (std::string_view mark : kMarks) {
    std::size_t at = 0;
    while ((at = text.find(mark, at)) != std::string::npos) {
      text.replace(at, mark.size(), "'");
      ++at;
    }
  }
}

}  // namespace steppe
