#include "tokenizers/apostrophe_filter.h"

#include <string>

namespace steppe {

void ApostropheFilter::Apply(Token& token) const {
  // U+2019 is E2 80 99; U+02BC and U+02BB are CA BC and CA BB.
  const std::string& text = token.text;
  if (text.find_first_of("`\xE2\xCA") == std::string::npos) return;
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const std::string_view rest = std::string_view(text).substr(i);
    if (rest.substr(0, 3) == "\xE2\x80\x99") {
      out.push_back('\'');
      i += 2;
    } else if (rest.substr(0, 2) == "\xCA\xBC" || rest.substr(0, 2) == "\xCA\xBB") {
      out.push_back('\'');
      i += 1;
    } else {
      out.push_back(text[i] == '`' ? '\'' : text[i]);
    }
  }
  token.text = std::move(out);
}

}  // namespace steppe
