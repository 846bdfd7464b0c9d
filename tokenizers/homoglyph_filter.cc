#include "tokenizers/homoglyph_filter.h"

#include <unicode/utf8.h>

#include <array>
#include <string>
#include <utility>
#include <vector>

#include "tokenizers/script.h"

namespace steppe {
namespace {

// Lower-case look-alike pairs, Latin first. Upper-case look-alikes (Т, М, Н,
// В, К) fold to the lower-case Cyrillic letters listed here.
constexpr std::array<std::pair<UChar32, UChar32>, 14> kPairs = {{
    {'a', 0x0430},
    {'b', 0x0432},
    {'c', 0x0441},
    {'e', 0x0435},
    {'h', 0x043D},
    {'i', 0x0456},
    {'j', 0x0458},
    {'k', 0x043A},
    {'m', 0x043C},
    {'o', 0x043E},
    {'p', 0x0440},
    {'t', 0x0442},
    {'x', 0x0445},
    {'y', 0x0443},
}};

UChar32 LatinFor(UChar32 cyrillic) {
  for (const auto& [latin, cyr] : kPairs) {
    if (cyr == cyrillic) return latin;
  }
  return -1;
}

UChar32 CyrillicFor(UChar32 latin) {
  for (const auto& [lat, cyrillic] : kPairs) {
    if (lat == latin) return cyrillic;
  }
  return -1;
}

}  // namespace

void HomoglyphFilter::Apply(Token& token) const {
  const std::string& text = token.text;
  // Cheap test first: look-alike pairs need an ASCII letter and a letter of
  // the basic Cyrillic block (lead bytes D0-D3) in the same word.
  bool has_ascii_letter = false;
  bool has_cyrillic = false;
  for (char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    has_ascii_letter |= (byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z');
    has_cyrillic |= byte >= 0xD0 && byte <= 0xD3;
  }
  if (!has_ascii_letter || !has_cyrillic) return;
  std::vector<UChar32> chars;
  chars.reserve(text.size());
  int latin = 0;
  int cyrillic = 0;
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(text.size());
  for (int32_t i = 0; i < length;) {
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    if (c < 0) return;  // not valid UTF-8: leave it alone
    chars.push_back(c);
    const Script script = ScriptOf(c);
    latin += script == Script::kLatin;
    cyrillic += script == Script::kCyrillic;
  }
  if (latin == 0 || cyrillic == 0) return;

  const Script target = cyrillic > latin ? Script::kCyrillic : Script::kLatin;
  for (UChar32& c : chars) {
    const Script script = ScriptOf(c);
    if (script == Script::kNone || script == target) continue;
    const UChar32 mapped = target == Script::kLatin ? LatinFor(c) : CyrillicFor(c);
    if (mapped < 0) return;  // a real mixture, not a typo
    c = mapped;
  }
  std::string out;
  out.reserve(text.size());
  for (UChar32 c : chars) {
    char buffer[U8_MAX_LENGTH];
    int32_t n = 0;
    U8_APPEND_UNSAFE(reinterpret_cast<uint8_t*>(buffer), n, c);
    out.append(buffer, static_cast<std::size_t>(n));
  }
  token.text = std::move(out);
  token.script = target;
}

}  // namespace steppe
