#include "tokenizers/script.h"

#include <cstdint>

#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

namespace steppe {

Script ScriptOf(UChar32 c) {
  if (c < 0x80) {
    return ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) ? Script::kLatin : Script::kNone;
  }
  if (c >= 0x0400 && c <= 0x04FF) {
    // The Cyrillic block: letters apart from the combining marks and signs.
    return (c >= 0x0483 && c <= 0x0489) ? Script::kNone : Script::kCyrillic;
  }
  if (c >= 0x00C0 && c <= 0x024F && c != 0x00D7 && c != 0x00F7) return Script::kLatin;
  UErrorCode status = U_ZERO_ERROR;
  const UScriptCode code = uscript_getScript(c, &status);
  if (U_FAILURE(status)) return Script::kNone;
  if (code == USCRIPT_LATIN) return Script::kLatin;
  if (code == USCRIPT_CYRILLIC) return Script::kCyrillic;
  if (code == USCRIPT_INHERITED || code == USCRIPT_COMMON) return Script::kNone;
  return u_isalpha(c) ? Script::kOther : Script::kNone;
}

namespace {

// The first code point of a non-empty word; negative when malformed.
UChar32 FirstCodePoint(std::string_view word) {
  std::int32_t i = 0;
  UChar32 c = 0;
  U8_NEXT(word.data(), i, static_cast<std::int32_t>(word.size()), c);
  return c;
}

}  // namespace

bool StartsWithCapital(std::string_view word) {
  if (word.empty()) return false;
  const auto first = static_cast<unsigned char>(word.front());
  if (first < 0x80) return first >= 'A' && first <= 'Z';
  const UChar32 c = FirstCodePoint(word);
  return c >= 0 && u_isupper(c) != 0;
}

bool StartsWithCyrillic(std::string_view word) {
  if (word.empty() || static_cast<unsigned char>(word.front()) < 0x80) return false;
  const UChar32 c = FirstCodePoint(word);
  return c >= 0 && ScriptOf(c) == Script::kCyrillic;
}

}  // namespace steppe
