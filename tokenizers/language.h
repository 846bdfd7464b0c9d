// Languages and scripts steppe analyses, and their codes.
//
// Contract: ParseLanguage accepts the codes and names found in real dumps
// ("en", "eng", "English", "ru", "rus", "kk", "kz", "kaz", "kk-Latn", ...)
// and maps anything else to kUnknown; LanguageCode is its inverse for the
// known languages ("en", "ru", "kk") and "und" for kUnknown.
#ifndef STEPPE_TOKENIZERS_LANGUAGE_H_
#define STEPPE_TOKENIZERS_LANGUAGE_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace steppe {

enum class Language { kUnknown, kEnglish, kRussian, kKazakh };
inline constexpr std::size_t kLanguageCount = 4;

// The writing system of one token, decided by its letters.
enum class Script { kNone, kLatin, kCyrillic, kOther, kNumber };

Language ParseLanguage(std::string_view code);
// The primary subtag of a language code, lower-cased: "kk-Latn" -> "kk",
// "RU_ru" -> "ru"; ParseLanguage decides on it, and the indexer stores it for
// languages steppe does not know.
std::string PrimaryLanguageSubtag(std::string_view code);
std::string_view LanguageCode(Language language);
std::string_view ScriptName(Script script);

}  // namespace steppe

#endif  // STEPPE_TOKENIZERS_LANGUAGE_H_
