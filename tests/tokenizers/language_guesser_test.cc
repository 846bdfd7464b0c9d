#include "tokenizers/language_guesser.h"

#include <ostream>
#include <string>
#include <string_view>

#include <gtest/gtest.h>

namespace steppe {

// Readable failures: "kk" rather than a 4-byte object.
void PrintTo(Language language, std::ostream* out) { *out << LanguageCode(language); }

namespace {

Language Guess(std::string_view text) { return LanguageGuesser().Guess(text); }

// Short news sentences written for these tests, one meaning in every language.
constexpr std::string_view kEnglish =
    "On Monday the President signed a decree on the new education reform in the capital.";
constexpr std::string_view kRussian =
    "В понедельник президент подписал в столице указ о новой реформе образования.";
constexpr std::string_view kKazakhCyrillic =
    "Дүйсенбі күні Президент елордада білім беру саласындағы жаңа реформа туралы жарлыққа "
    "қол қойды.";
// The 2018 alphabet: acute accents, ı for и/й, ý for у.
constexpr std::string_view kKazakhLatin2018 =
    "Dúısenbi kúni Prezıdent elordada bilim berý salasyndaǵy jańa reforma týraly jarlyqqa "
    "qol qoıdy.";
// The 2021 alphabet: ä ğ ñ ö ş ū ü, ı for ы and i for і.
constexpr std::string_view kKazakhLatin2021 =
    "Düisenbı künı Prezident elordada bılım beru salasyndağy jaña reforma turaly jarlyqqa "
    "qol qoidy.";
// The 2017 alphabet: apostrophe digraphs.
constexpr std::string_view kKazakhLatin2017 =
    "Du'isenbi ku'ni Prezident elordada bilim berw salasyndag'y jan'a reforma twraly "
    "jarlyqqa qol qoidy.";

TEST(LanguageGuesserTest, English) {
  EXPECT_EQ(Guess(kEnglish), Language::kEnglish);
  EXPECT_EQ(Guess("Oil prices rose sharply after the pipeline in western Kazakhstan was "
                  "closed for repairs."),
            Language::kEnglish);
}

TEST(LanguageGuesserTest, Russian) {
  EXPECT_EQ(Guess(kRussian), Language::kRussian);
  EXPECT_EQ(Guess("Токаев и Назарбаев встретились в Астане, сообщает пресс-служба Акорды."),
            Language::kRussian);
}

TEST(LanguageGuesserTest, KazakhCyrillic) {
  EXPECT_EQ(Guess(kKazakhCyrillic), Language::kKazakh);
  EXPECT_EQ(Guess("Қасым-Жомарт Тоқаевтың Қазақстан Республикасының Президенті ретіндегі "
                  "ұлықтау рәсімі өтті."),
            Language::kKazakh);
}

TEST(LanguageGuesserTest, KazakhLatinAlphabets) {
  EXPECT_EQ(Guess(kKazakhLatin2018), Language::kKazakh);
  EXPECT_EQ(Guess(kKazakhLatin2021), Language::kKazakh);
  EXPECT_EQ(Guess(kKazakhLatin2017), Language::kKazakh);
  // Without any q, on its apostrophes alone, word-final n' included.
  EXPECT_EQ(Guess("Memlekettin' basshysy jan'a zan'dy bu'gin bekitti."), Language::kKazakh);
}

TEST(LanguageGuesserTest, CapitalsCountLikeSmallLetters) {
  EXPECT_EQ(Guess("ҚАЗАҚСТАН ПРЕЗИДЕНТІ ЖАҢА ЖАРЛЫҚҚА ҚОЛ ҚОЙДЫ"), Language::kKazakh);
  EXPECT_EQ(Guess("QAZAQSTAN PREZIDENTI JAÑA JARLYQQA QOL QOIDY"), Language::kKazakh);
}

TEST(LanguageGuesserTest, EnglishWithPossessivesAndContractionsIsEnglish) {
  // English apostrophes after a, n, o, u are not the 2017 Kazakh digraphs.
  EXPECT_EQ(Guess("Kazakhstan's parliament approved the budget on Tuesday. The finance "
                  "minister said the government won't cut pensions and doesn't expect a "
                  "deficit. Astana's mayor welcomed the decision."),
            Language::kEnglish);
  EXPECT_EQ(Guess("We don't know, and you'll see they can't say, who'd win."), Language::kEnglish);
}

TEST(LanguageGuesserTest, ForeignWordsDoNotSwayTheMajority) {
  EXPECT_EQ(Guess("Компания Apple представила в Алматы новый iPhone и сервис Apple Pay."),
            Language::kRussian);
  EXPECT_EQ(Guess("The newspaper Егемен Қазақстан reported on the new law passed by the "
                  "parliament of the republic yesterday evening."),
            Language::kEnglish);
}

TEST(LanguageGuesserTest, TooFewLettersIsUnknown) {
  EXPECT_EQ(Guess(""), Language::kUnknown);
  EXPECT_EQ(Guess("Hello"), Language::kUnknown);
  EXPECT_EQ(Guess("Тоқаев"), Language::kUnknown);
  EXPECT_EQ(Guess("Toqaev!"), Language::kUnknown);
  EXPECT_EQ(Guess("2019-06-12 10:00, 3.5%, 1,000"), Language::kUnknown);
  EXPECT_EQ(Guess("東京 北京 上海 大阪"), Language::kUnknown);
  // Seven letters is too few, eight is enough.
  EXPECT_EQ(Guess("abc defg"), Language::kUnknown);
  EXPECT_EQ(Guess("abcd efgh"), Language::kEnglish);
}

TEST(LanguageGuesserTest, OnlyTheSampleCounts) {
  std::string text;
  while (text.size() < LanguageGuesser::kSampleBytes + 100) {
    text += std::string(kEnglish) + " ";
  }
  for (int i = 0; i < 100; ++i) text += std::string(kRussian) + " ";
  EXPECT_EQ(Guess(text), Language::kEnglish);

  // And the sample is cut safely in the middle of a two-byte letter.
  std::string cut(LanguageGuesser::kSampleBytes - 1, ' ');
  cut += kRussian;
  EXPECT_EQ(Guess(cut), Language::kUnknown);
}

TEST(LanguageGuesserTest, InvalidBytesAreSkipped) {
  std::string text(kRussian);
  text.insert(10, "\xFF\xFE");
  text.insert(0, "\x80");
  EXPECT_EQ(Guess(text), Language::kRussian);
}

}  // namespace
}  // namespace steppe
