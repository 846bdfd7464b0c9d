#include "tokenizers/language.h"

#include <string>

#include "absl/strings/ascii.h"

namespace steppe {

std::string PrimaryLanguageSubtag(std::string_view code) {
  std::string lower(code.substr(0, code.find_first_of("-_")));
  absl::AsciiStrToLower(&lower);
  return lower;
}

Language ParseLanguage(std::string_view code) {
  const std::string lower = PrimaryLanguageSubtag(code);
  if (lower == "en" || lower == "eng" || lower == "english") return Language::kEnglish;
  if (lower == "ru" || lower == "rus" || lower == "russian") return Language::kRussian;
  if (lower == "kk" || lower == "kz" || lower == "kaz" || lower == "kazakh") {
    return Language::kKazakh;
  }
  return Language::kUnknown;
}

std::string_view LanguageCode(Language language) {
  switch (language) {
    case Language::kEnglish:
      return "en";
    case Language::kRussian:
      return "ru";
    case Language::kKazakh:
      return "kk";
    case Language::kUnknown:
      break;
  }
  return "und";
}

std::string_view ScriptName(Script script) {
  switch (script) {
    case Script::kLatin:
      return "Latn";
    case Script::kCyrillic:
      return "Cyrl";
    case Script::kOther:
      return "Other";
    case Script::kNumber:
      return "Number";
    case Script::kNone:
      break;
  }
  return "None";
}

}  // namespace steppe
