#include "tokenizers/script.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

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

}  // namespace steppe
