#include "tokenizers/language.h"

#include <string_view>

#include <gtest/gtest.h>

namespace steppe {
namespace {

TEST(LanguageTest, ParsesEnglishCodes) {
  for (std::string_view code : {"en", "EN", "eng", "English", "english", "en-GB", "en_US"}) {
    EXPECT_EQ(ParseLanguage(code), Language::kEnglish) << code;
  }
}

TEST(LanguageTest, ParsesRussianCodes) {
  for (std::string_view code : {"ru", "RU", "rus", "Russian", "ru_RU", "ru-RU"}) {
    EXPECT_EQ(ParseLanguage(code), Language::kRussian) << code;
  }
}

TEST(LanguageTest, ParsesKazakhCodes) {
  for (std::string_view code :
       {"kk", "KK", "kz", "kaz", "KAZ", "Kazakh", "kk-Latn", "kk-Cyrl", "kk_KZ", "kk-Latn-KZ"}) {
    EXPECT_EQ(ParseLanguage(code), Language::kKazakh) << code;
  }
}

TEST(LanguageTest, AnythingElseIsUnknown) {
  for (std::string_view code : {"", "und", "uz", "de", "e", "kkk", "english2", " en", "en ", "-en",
                                "_ru", "Latn-kk", "русский", "қазақ"}) {
    EXPECT_EQ(ParseLanguage(code), Language::kUnknown) << "'" << code << "'";
  }
}

TEST(LanguageTest, LanguageCodes) {
  EXPECT_EQ(LanguageCode(Language::kEnglish), "en");
  EXPECT_EQ(LanguageCode(Language::kRussian), "ru");
  EXPECT_EQ(LanguageCode(Language::kKazakh), "kk");
  EXPECT_EQ(LanguageCode(Language::kUnknown), "und");
}

TEST(LanguageTest, LanguageCodeIsTheInverseOfParseLanguage) {
  for (Language language :
       {Language::kEnglish, Language::kRussian, Language::kKazakh, Language::kUnknown}) {
    EXPECT_EQ(ParseLanguage(LanguageCode(language)), language);
  }
}

TEST(LanguageTest, ScriptNames) {
  EXPECT_EQ(ScriptName(Script::kLatin), "Latn");
  EXPECT_EQ(ScriptName(Script::kCyrillic), "Cyrl");
  EXPECT_EQ(ScriptName(Script::kOther), "Other");
  EXPECT_EQ(ScriptName(Script::kNumber), "Number");
  EXPECT_EQ(ScriptName(Script::kNone), "None");
}

}  // namespace
}  // namespace steppe
