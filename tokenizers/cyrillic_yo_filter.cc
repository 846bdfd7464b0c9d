#include "tokenizers/cyrillic_yo_filter.h"

#include <string>

namespace steppe {

void CyrillicYoFilter::Apply(Token& token) const {
  if (token.script != Script::kCyrillic) return;
  // ё is U+0451, bytes D1 91; е is U+0435, bytes D0 B5.
  std::string& text = token.text;
  for (std::size_t i = 0; i + 1 < text.size(); ++i) {
    if (text[i] == '\xD1' && text[i + 1] == '\x91') {
      text[i] = '\xD0';
      text[i + 1] = '\xB5';
      ++i;
    }
  }
}

}  // namespace steppe
