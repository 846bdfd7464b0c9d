#include "tokenizers/language_guesser.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <algorithm>

namespace steppe {
namespace {

bool IsKazakhCyrillic(UChar32 c) {
  switch (u_tolower(c)) {
    case 0x04D9:  // ә
    case 0x0493:  // ғ
    case 0x049B:  // қ
    case 0x04A3:  // ң
    case 0x04E9:  // ө
    case 0x04B1:  // ұ
    case 0x04AF:  // ү
    case 0x04BB:  // һ
    case 0x0456:  // і
      return true;
    default:
      return false;
  }
}

bool IsKazakhLatin(UChar32 c) {
  switch (u_tolower(c)) {
    case 'q':
    case 0x00E1:  // á
    case 0x01F5:  // ǵ
    case 0x0131:  // ı
    case 0x0144:  // ń
    case 0x00F3:  // ó
    case 0x00FA:  // ú
    case 0x00FD:  // ý
    case 0x00E4:  // ä
    case 0x011F:  // ğ
    case 0x00F1:  // ñ
    case 0x00F6:  // ö
    case 0x015F:  // ş
    case 0x016B:  // ū
    case 0x00FC:  // ü
      return true;
    default:
      return false;
  }
}

// English clitics after an apostrophe (Kazakhstan's, won't, you'll, who'd),
// which are not the 2017 Kazakh digraphs however the word before ends.
bool StartsEnglishClitic(std::string_view rest) {
  for (std::string_view clitic : {"s", "t", "d", "m", "ll", "re", "ve"}) {
    if (rest.substr(0, clitic.size()) != clitic) continue;
    if (rest.size() == clitic.size()) return true;
    const char next = rest[clitic.size()];
    if (!((next >= 'a' && next <= 'z') || (next >= 'A' && next <= 'Z'))) return true;
  }
  return false;
}

}  // namespace

Language LanguageGuesser::Guess(std::string_view text) const {
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(std::min(text.size(), kSampleBytes));
  int latin = 0;
  int cyrillic = 0;
  int kazakh_cyrillic = 0;
  int kazakh_latin = 0;
  UChar32 previous = 0;
  for (int32_t i = 0; i < length;) {
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    if (c < 0) continue;
    if (c == '\'' &&
        (previous == 'a' || previous == 'g' || previous == 'n' || previous == 'o' ||
         previous == 'u' || previous == 'i') &&
        !StartsEnglishClitic(
            text.substr(static_cast<std::size_t>(i), static_cast<std::size_t>(length - i)))) {
      ++kazakh_latin;  // 2017 alphabet: a' g' n' o' u' i'
    }
    previous = c;
    if (!u_isalpha(c)) continue;
    UErrorCode status = U_ZERO_ERROR;
    const UScriptCode script = uscript_getScript(c, &status);
    if (script == USCRIPT_CYRILLIC) {
      ++cyrillic;
      kazakh_cyrillic += IsKazakhCyrillic(c);
    } else if (script == USCRIPT_LATIN) {
      ++latin;
      kazakh_latin += IsKazakhLatin(c);
    }
  }
  if (latin + cyrillic < kMinLetters) return Language::kUnknown;
  if (cyrillic >= latin) {
    // Kazakh-only letters are about 8% of Kazakh text and absent from Russian.
    return kazakh_cyrillic * 50 >= cyrillic ? Language::kKazakh : Language::kRussian;
  }
  // q and the Kazakh Latin letters are 4-8% of Kazakh Latin text, well
  // under 1% of English even with names such as Toqaev.
  return kazakh_latin * 40 >= latin ? Language::kKazakh : Language::kEnglish;
}

}  // namespace steppe
