#include "tokenizers/language.h"

#include <string>

namespace steppe {

Language ParseLanguage(std::string_view code) {
  std::string lower;
  for (char c : code) lower.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c);
  // "kk-Latn", "ru_RU", "en-GB": only the primary subtag decides.
  if (auto cut = lower.find_first_of("-_"); cut != std::string::npos) lower.resize(cut);
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
