// UTF-8 <-> UTF-32 for the stemmers, which work letter by letter.
//
// Contract: ToUtf32 decodes UTF-8, giving U+FFFD for each malformed
// sequence (a stray continuation byte, a truncated sequence); ToUtf8
// encodes any code point. Valid text round-trips unchanged.
#ifndef STEPPE_TOKENIZERS_UTF32_H_
#define STEPPE_TOKENIZERS_UTF32_H_

#include <string>
#include <string_view>

namespace steppe {

std::u32string ToUtf32(std::string_view utf8);
std::string ToUtf8(std::u32string_view text);

}  // namespace steppe

#endif  // STEPPE_TOKENIZERS_UTF32_H_
