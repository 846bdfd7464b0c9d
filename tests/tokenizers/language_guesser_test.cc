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

TEST(LanguageGuesserTest, ScriptTellsLatinKazakhFromCyrillic) {
  const LanguageGuesser guesser;
  for (std::string_view latin : {kKazakhLatin2017, kKazakhLatin2018, kKazakhLatin2021}) {
    const LanguageGuess guess = guesser.GuessWithScript(latin);
    EXPECT_EQ(guess.language, Language::kKazakh) << latin;
    EXPECT_EQ(guess.script, Script::kLatin) << latin;
  }
  const LanguageGuess cyrillic = guesser.GuessWithScript(kKazakhCyrillic);
  EXPECT_EQ(cyrillic.language, Language::kKazakh);
  EXPECT_EQ(cyrillic.script, Script::kCyrillic);
  EXPECT_EQ(guesser.GuessWithScript(kEnglish).script, Script::kLatin);
  EXPECT_EQ(guesser.GuessWithScript(kRussian).script, Script::kCyrillic);
  // Too short for a language, but the script is still told; no letters, no script.
  EXPECT_EQ(guesser.GuessWithScript("Тоқаев").language, Language::kUnknown);
  EXPECT_EQ(guesser.GuessWithScript("Тоқаев").script, Script::kCyrillic);
  EXPECT_EQ(guesser.GuessWithScript("2019-06-12").script, Script::kNone);
}

TEST(LanguageGuesserTest, ShortKazakhSentencesWithoutKazakhLetters) {
  // No ә ғ қ ң ө ұ ү һ і: the marker words and endings decide.
  EXPECT_EQ(Guess("Мен оны деп ойладым."), Language::kKazakh);
  EXPECT_EQ(Guess("Осы жылы олар ауылда болды."), Language::kKazakh);
  EXPECT_EQ(Guess("Бала мектепке барып келді."), Language::kKazakh);
  // And their Russian counterparts stay Russian.
  EXPECT_EQ(Guess("Я думал, что это он."), Language::kRussian);
  EXPECT_EQ(Guess("В этом году они были в деревне."), Language::kRussian);
}

TEST(LanguageGuesserTest, RussianWithKazakhNamesStaysRussian) {
  EXPECT_EQ(Guess("Тоқаев провёл совещание в Астане."), Language::kRussian);
  EXPECT_EQ(Guess("В Қызылорде и Шымкенте открыли новые школы для детей."), Language::kRussian);
  EXPECT_EQ(Guess("Аким области Нұрлан Ермекбаев встретился с жителями, сообщает пресс-служба."),
            Language::kRussian);
  // A Kazakh headline of names and one verb is Kazakh.
  EXPECT_EQ(Guess("Тоқаев Қызылордаға барды"), Language::kKazakh);
}

TEST(LanguageGuesserTest, EnglishWithKazakhNamesStaysEnglish) {
  EXPECT_EQ(Guess("Toqaev met Qosanov in Qyzylorda to discuss the Qazaqstan budget."),
            Language::kEnglish);
  EXPECT_EQ(Guess("President Toqaev visited Qyzylorda and Aqtau"), Language::kEnglish);
  EXPECT_EQ(Guess("Oil exports from Aqtobe and Qostanai rose after the Qatar deal."),
            Language::kEnglish);
  // Foreign names with accents are not Kazakh either.
  EXPECT_EQ(Guess("Durán and Müller met Erdoğan and Báñez before the summit."), Language::kEnglish);
  EXPECT_EQ(Guess("The quality of the questions was quite unique."), Language::kEnglish);
}

TEST(LanguageGuesserTest, LatinKazakhHeadlinesAndPlainAscii) {
  // Capitalised words only, but with letters of the 2018 alphabet.
  EXPECT_EQ(Guess("Qyrǵyzstanda jer silkindi"), Language::kKazakh);
  EXPECT_EQ(Guess("11:17, 30 Qańtar 2026 | Astana"), Language::kKazakh);
  // Plain ASCII press spelling, no accents at all.
  EXPECT_EQ(Guess("Qazaqstan men Qytai arasyndagy sauda jane ekonomika bolyp tabylady"),
            Language::kKazakh);
  EXPECT_EQ(Guess("Memleket basshysy jana zandy qol qoiyp bekitti"), Language::kKazakh);
  // Combining accents typed apart count as the precomposed letters.
  EXPECT_EQ(Guess("Elordada jan\u0301a mekteptin\u0301 qurylysy bastaldy"), Language::kKazakh);
}

TEST(LanguageGuesserTest, KazakhWordsTypedWithLatinLookAlikes) {
  // Latin i for і, as old keyboards typed it.
  EXPECT_EQ(Guess("Бiз бiрге жұмыс iстеймiз деп ойлаймын"), Language::kKazakh);
}

TEST(LanguageGuesserTest, MixedScriptQueriesFollowTheWords) {
  EXPECT_EQ(Guess("Samsung Galaxy S8 қашан шықты?"), Language::kKazakh);
  EXPECT_EQ(Guess("Когда вышел новый iPhone в Казахстане?"), Language::kRussian);
  EXPECT_EQ(Guess("When did the Қазақстан Темір Жолы railway open its new line?"),
            Language::kEnglish);
}

TEST(LanguageGuesserTest, CodeAndAddressesCountOnlyForTheScript) {
  // An embedded player or an address must not outvote a short Russian text.
  EXPECT_EQ(Guess("Президент выступил на форуме в Алматы.\n"
                  "player.setup({file: \"https://cdn.example.kz/video/2019/06/q1w2e3.mp4\", "
                  "image: \"https://cdn.example.kz/img/q1w2e3.jpg\", autostart: false});"),
            Language::kRussian);
  EXPECT_EQ(Guess("http://www.example.com/search?q=qazaqstan+qoldaý&lang=kk"), Language::kEnglish);
}

TEST(LanguageGuesserTest, UkrainianQuotesAreNotKazakh) {
  // Of the three languages, Ukrainian is nearest Russian; its і is not Kazakh.
  EXPECT_EQ(Guess("Це рішення підтримали всі члени комісії, які були на засіданні."),
            Language::kRussian);
  EXPECT_EQ(Guess("Бійці вимагали від радника спростування допису"), Language::kRussian);
  // Kazakh words with і alone stay Kazakh in Kazakh text.
  EXPECT_EQ(Guess("Біз білім беру ісін бірге жүргіземіз"), Language::kKazakh);
}

TEST(LanguageGuesserTest, EnglishQuotationsAndClitics) {
  EXPECT_EQ(Guess("Ministers 'won't stop spending' on the campaign"), Language::kEnglish);
  EXPECT_EQ(Guess("DUNKIN' DONUTS RAISES QUARTERLY DIVIDEND"), Language::kEnglish);
  EXPECT_EQ(Guess("ASTANA'S MAYOR OPENS THE NEW BRIDGE"), Language::kEnglish);
}

TEST(LanguageGuesserTest, LongTextsAreDecidedLikeTheirStart) {
  // Reading may stop early once the evidence is decisive; the answer is that
  // of the whole sample.
  std::string kazakh;
  while (kazakh.size() < LanguageGuesser::kSampleBytes)
    kazakh += std::string(kKazakhCyrillic) + " ";
  EXPECT_EQ(Guess(kazakh), Language::kKazakh);
  std::string latin;
  while (latin.size() < LanguageGuesser::kSampleBytes) latin += std::string(kKazakhLatin2018) + " ";
  EXPECT_EQ(Guess(latin), Language::kKazakh);
  // A short English lead does not decide a Russian article.
  std::string article = "Made in Kazakhstan: ";
  for (int i = 0; i < 20; ++i) article += std::string(kRussian) + " ";
  EXPECT_EQ(Guess(article), Language::kRussian);
}

TEST(LanguageGuesserTest, InvalidBytesAreSkipped) {
  std::string text(kRussian);
  text.insert(10, "\xFF\xFE");
  text.insert(0, "\x80");
  EXPECT_EQ(Guess(text), Language::kRussian);
}

}  // namespace
}  // namespace steppe
