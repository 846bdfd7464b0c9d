#include "tokenizers/russian_stemmer.h"

#include <unicode/unistr.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "steppe_data/RussianSnapshot.h"
#include "steppe_data/RussianTable.h"
#include "tokenizers/russian_dictionary.h"
#include "tokenizers/russian_morphology.h"

namespace steppe {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::StartsWith;

constexpr char kHunspellDir[] = "/usr/share/hunspell";

// Word-shape rules ----------------------------------------------------------

TEST(RussianMorphologyTest, SurnameBaseOfCaseForms) {
  for (const char* form :
       {"назарбаев", "назарбаева", "назарбаеву", "назарбаевым", "назарбаевом", "назарбаеве",
        "назарбаевой", "назарбаевою", "назарбаевы", "назарбаевых", "назарбаевыми"}) {
    EXPECT_EQ(SurnameBase(form), "назарбаев") << form;
  }
  EXPECT_EQ(SurnameBase("путину"), "путин");
  EXPECT_EQ(SurnameBase("птицыным"), "птицын");
  EXPECT_EQ(SurnameBase("стол"), "");
  EXPECT_EQ(SurnameBase("кином"), "");  // too short a stem before -ин
}

TEST(RussianMorphologyTest, SurnameBaseOfLemma) {
  EXPECT_EQ(SurnameBaseOfLemma("иванов"), "иванов");
  EXPECT_EQ(SurnameBaseOfLemma("иванова"), "иванов");
  EXPECT_EQ(SurnameBaseOfLemma("пушкин"), "пушкин");
  EXPECT_EQ(SurnameBaseOfLemma("москва"), "");
}

TEST(RussianMorphologyTest, ParticipleVerbCandidates) {
  EXPECT_THAT(ParticipleVerbCandidates("использованный"), ElementsAre("использовать"));
  EXPECT_THAT(ParticipleVerbCandidates("работавший"), ElementsAre("работать"));
  EXPECT_THAT(ParticipleVerbCandidates("находящийся"),
              ElementsAre("находиться", "находеться", "находяться"));
  EXPECT_THAT(ParticipleVerbCandidates("стол"), IsEmpty());
  EXPECT_THAT(ParticipleVerbCandidates("данный"), IsEmpty());  // no stem left
}

TEST(RussianMorphologyTest, StripNounEnding) {
  EXPECT_EQ(StripNounEnding("байденом"), "байден");
  EXPECT_EQ(StripNounEnding("байден"), "байден");
  EXPECT_EQ(StripNounEnding("зеленского"), "зеленск");
  EXPECT_EQ(StripNounEnding("зеленский"), "зеленск");
  EXPECT_EQ(StripNounEnding("оно"), "оно");  // keeps three letters
}

TEST(RussianMorphologyTest, StripStressMarks) {
  EXPECT_EQ(StripStressMarks("алекса\u0301ндр"), "александр");
  EXPECT_EQ(StripStressMarks("мо\u0300ре"), "море");
  EXPECT_EQ(StripStressMarks("море"), "море");
}

// The stemmer on hunspell-ru ---------------------------------------------------

class RussianStemmerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto made = RussianStemmer::Create(kHunspellDir);
    ASSERT_TRUE(made.ok()) << made.status();
    stemmer_ = std::move(*made).release();
  }
  static void TearDownTestSuite() {
    delete stemmer_;
    stemmer_ = nullptr;
  }

  static std::string Stem(const std::string& word) { return stemmer_->Stem(word); }

  // Every form of `forms` gets the stem of the first.
  static void ExpectOneStem(const std::vector<std::string>& forms) {
    const std::string stem = Stem(forms.front());
    for (const std::string& form : forms) EXPECT_EQ(Stem(form), stem) << form;
  }

  static RussianStemmer* stemmer_;
};

RussianStemmer* RussianStemmerTest::stemmer_ = nullptr;

TEST_F(RussianStemmerTest, SurnamesInOvEvConflate) {
  ExpectOneStem(
      {"назарбаев", "назарбаева", "назарбаеву", "назарбаевым", "назарбаевой", "назарбаеве"});
  ExpectOneStem({"токаев", "токаева", "токаеву", "токаевым", "токаевой"});
  ExpectOneStem({"лавров", "лаврова", "лаврову", "лавровым"});
  EXPECT_NE(Stem("назарбаев"), Stem("токаев"));
}

TEST_F(RussianStemmerTest, SurnamesInInConflateEvenWhenTheyAreAlsoNouns) {
  // путина is also a common noun (the fishing season); the news use it as a name.
  ExpectOneStem({"путин", "путина", "путину", "путиным", "путине"});
  ExpectOneStem({"пушкин", "пушкина", "пушкину", "пушкиным"});
  EXPECT_NE(Stem("путин"), Stem("путь"));
}

TEST_F(RussianStemmerTest, SurnamesInSkiyConflate) {
  ExpectOneStem({"зеленский", "зеленского", "зеленскому", "зеленским", "зеленском", "зеленская",
                 "зеленской"});
  ExpectOneStem({"достоевский", "достоевского", "достоевским"});
}

TEST_F(RussianStemmerTest, PlaceNamesConflate) {
  ExpectOneStem({"астана", "астаны", "астане", "астану", "астаной"});
  ExpectOneStem({"москва", "москвы", "москве", "москвой"});
  ExpectOneStem({"казахстан", "казахстана", "казахстане", "казахстаном"});
  ExpectOneStem({"киев", "киева", "киеве", "киевом"});
}

TEST_F(RussianStemmerTest, UnknownNamesConflateByTheirEndings) {
  ExpectOneStem({"байден", "байдена", "байдену", "байденом"});
  ExpectOneStem({"трамп", "трампа", "трампом"});
  // Kept apart from dictionary stems: a foreign name is not a Russian word.
  EXPECT_THAT(Stem("байден"), StartsWith("~"));
}

TEST_F(RussianStemmerTest, OrdinaryWordsConflateThroughTheirLemma) {
  ExpectOneStem({"выборы", "выборах", "выборов", "выборам"});
  ExpectOneStem({"президент", "президента", "президентом", "президенты"});
  ExpectOneStem({"красивый", "красивого", "красивая", "красивых"});
  ExpectOneStem({"сделать", "сделал", "сделала", "сделают"});
}

TEST_F(RussianStemmerTest, ParticiplesJoinTheirVerb) {
  ExpectOneStem(
      {"использовать", "использовал", "использованный", "использованные", "используемых"});
  ExpectOneStem({"работать", "работает", "работающий", "работавших"});
}

TEST_F(RussianStemmerTest, LemmasSnowballWouldMergeStayApart) {
  // Snowball gives прав to all four.
  EXPECT_NE(Stem("право"), Stem("правый"));
  EXPECT_NE(Stem("право"), Stem("править"));
  EXPECT_NE(Stem("правило"), Stem("право"));
  // Snowball gives стат to both.
  EXPECT_NE(Stem("статья"), Stem("стать"));
}

TEST_F(RussianStemmerTest, NamesWinOverRareCommonReadings) {
  // франции is also a form of франций, the element; Киева only of Киев.
  ExpectOneStem({"франция", "франции", "францию"});
  EXPECT_NE(Stem("франции"), Stem("франций"));
  // Иванов is not a form of the name Иван, but the surname.
  ExpectOneStem({"иванов", "иванова", "ивановым"});
  EXPECT_NE(Stem("иванов"), Stem("иван"));
}

TEST_F(RussianStemmerTest, CommonWordsKeepTheirOwnForms) {
  // A common noun's dictionary form is not read as a name's case form.
  ExpectOneStem({"герой", "героя", "герою"});
  EXPECT_NE(Stem("герой"), Stem("гера"));
  // A town's adjective is not the town.
  EXPECT_EQ(Stem("томском"), Stem("томский"));
  EXPECT_NE(Stem("томском"), Stem("томске"));
}

TEST_F(RussianStemmerTest, HandListedLemmasWin) {
  // ru-preferred-lemmas.txt: the common word over a rarer reading.
  ExpectOneStem({"мир", "мира", "миру"});
  ExpectOneStem({"стать", "стали", "стану"});
  EXPECT_NE(Stem("стали"), Stem("сталь"));
  // A single form: статью is статья's, not стать's.
  EXPECT_EQ(Stem("статью"), Stem("статья"));
  EXPECT_NE(Stem("статью"), Stem("стать"));
  EXPECT_EQ(Stem("лет"), Stem("год"));
}

TEST_F(RussianStemmerTest, HandListedSurnamesWin) {
  // ru-surnames.txt: волков is the surname, not the genitive plural of волк.
  ExpectOneStem({"волков", "волкова", "волкову", "волковым"});
  EXPECT_NE(Stem("волков"), Stem("волк"));
}

TEST_F(RussianStemmerTest, ListedFormsJoinTheirNominative) {
  // hunspell-ru lists these forms one by one, as lemmas of their own.
  ExpectOneStem({"египет", "египта", "египте", "египтом"});
  ExpectOneStem({"огонь", "огня", "огнем", "огни", "огней"});
  ExpectOneStem({"угол", "угла", "углом", "углы", "углов"});
  ExpectOneStem({"время", "времени", "временем"});
  ExpectOneStem({"муж", "мужа", "мужем"});
  // угля is уголь's (coal), угла угол's (corner); имени is not им.
  EXPECT_NE(Stem("угла"), Stem("угля"));
  EXPECT_NE(Stem("имени"), Stem("им"));
  EXPECT_NE(Stem("после"), Stem("посла"));
}

TEST_F(RussianStemmerTest, StressMarksAreIgnored) {
  EXPECT_EQ(Stem("алекса\u0301ндр"), Stem("александр"));
}

TEST_F(RussianStemmerTest, WordsWithoutCyrillicLettersStayAsTheyAre) {
  EXPECT_EQ(Stem("youtube"), "youtube");
  EXPECT_EQ(Stem("2024"), "2024");
}

TEST_F(RussianStemmerTest, CachedAnswersAreTheSame) {
  const std::string first = Stem("назарбаевым");
  EXPECT_EQ(Stem("назарбаевым"), first);
}

TEST(RussianStemmerCreateTest, MissingDictionaryIsAnError) {
  EXPECT_FALSE(RussianStemmer::Create("/nonexistent/hunspell").ok());
}

// A dictionary in another encoding -----------------------------------------------

std::string InKoi8r(const std::string& utf8) {
  const icu::UnicodeString text = icu::UnicodeString::fromUTF8(utf8);
  std::string out(static_cast<std::size_t>(text.length()) * 2 + 1, '\0');
  const int32_t length =
      text.extract(0, text.length(), out.data(), static_cast<uint32_t>(out.size()), "KOI8-R");
  out.resize(static_cast<std::size_t>(length));
  return out;
}

// A fresh folder of its own for each test process: CTest runs the tests of
// this file in parallel, each in a process of its own.
std::filesystem::path FreshDir(const std::string& name) {
  std::string pattern = (std::filesystem::path(::testing::TempDir()) / (name + "-XXXXXX")).string();
  if (mkdtemp(pattern.data()) == nullptr) ADD_FAILURE() << "mkdtemp failed";
  return pattern;
}

TEST(RussianDictionaryTest, ReadsKoi8rDictionaries) {
  const std::filesystem::path dir = FreshDir("russian_dictionary_koi8r");
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "ru_RU.aff", std::ios::binary)
      << InKoi8r("SET KOI8-R\n\nSFX A Y 2\nSFX A 0 а .\nSFX A 0 у .\n");
  std::ofstream(dir / "ru_RU.dic", std::ios::binary) << InKoi8r("2\nстол/A\nМосква\n");

  auto dictionary = RussianDictionary::Load(dir.string());
  ASSERT_TRUE(dictionary.ok()) << dictionary.status();
  const std::vector<RussianDictionary::Lemma> lemmas = (*dictionary)->Lemmas("стола");
  ASSERT_EQ(lemmas.size(), 1u);
  EXPECT_EQ(lemmas[0].text, "стол");
  EXPECT_FALSE(lemmas[0].proper);
  EXPECT_THAT((*dictionary)->Lemmas("москва"), IsEmpty());  // lower case: not the name
  const std::vector<RussianDictionary::Lemma> names = (*dictionary)->TitleLemmas("москва");
  ASSERT_EQ(names.size(), 1u);
  EXPECT_EQ(names[0].text, "москва");
  EXPECT_TRUE(names[0].proper);
  EXPECT_TRUE((*dictionary)->IsParadigm("стол"));
  EXPECT_FALSE((*dictionary)->IsParadigm("москва"));
  EXPECT_TRUE((*dictionary)->MayBeName("москва"));
  EXPECT_FALSE((*dictionary)->MayBeName("стола"));
  // A letter KOI8-R lacks is not an error, just an unknown word.
  EXPECT_THAT((*dictionary)->Lemmas("қала"), IsEmpty());
  std::filesystem::remove_all(dir);
}

// A small UTF-8 dictionary ---------------------------------------------------

class SmallDictionaryTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = FreshDir("russian_dictionary_small");
    std::filesystem::create_directories(dir_);
    std::ofstream(dir_ / "ru_RU.aff", std::ios::binary)
        << "SET UTF-8\n\nSFX A Y 2\nSFX A 0 а .\nSFX A 0 у .\n";
    // Nouns with a fleeting vowel or -ем are listed form by form, as
    // hunspell-ru lists them; a plural may have a paradigm of its own.
    std::ofstream(dir_ / "ru_RU.dic", std::ios::binary) << "15\n"
                                                           "муж/A\n"
                                                           "мужем\n"
                                                           "угол\n"
                                                           "угла\n"
                                                           "углом\n"
                                                           "углы/A\n"
                                                           "прием/A\n"
                                                           "приму\n"
                                                           "Египет\n"
                                                           "Египта\n"
                                                           "Египтом\n"
                                                           "право/A\n"
                                                           "правый/A\n"
                                                           "стол/A\n"
                                                           "ёж/A\n";
    auto dictionary = RussianDictionary::Load(dir_.string());
    ASSERT_TRUE(dictionary.ok()) << dictionary.status();
    dictionary_ = std::move(*dictionary);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  std::vector<std::string> Lemmas(const std::string& word) const {
    std::vector<std::string> texts;
    for (const RussianDictionary::Lemma& lemma : dictionary_->Lemmas(word)) {
      texts.push_back(lemma.text);
    }
    return texts;
  }

  std::filesystem::path dir_;
  std::unique_ptr<RussianDictionary> dictionary_;
};

TEST_F(SmallDictionaryTest, ListedFormsHaveTheirNominative) {
  EXPECT_THAT(Lemmas("мужем"), ElementsAre("муж"));
  EXPECT_THAT(Lemmas("угла"), ElementsAre("угол"));
  EXPECT_THAT(Lemmas("углом"), ElementsAre("угол"));
  EXPECT_THAT(Lemmas("угол"), ElementsAre("угол"));
  EXPECT_TRUE(dictionary_->IsListedNominative("угол"));
  EXPECT_FALSE(dictionary_->IsListedNominative("муж"));  // a paradigm
  const std::vector<RussianDictionary::Lemma> names = dictionary_->TitleLemmas("египтом");
  ASSERT_EQ(names.size(), 1u);
  EXPECT_EQ(names[0].text, "египет");
  EXPECT_TRUE(names[0].proper);
}

TEST_F(SmallDictionaryTest, PluralParadigmsHaveTheirSingular) {
  EXPECT_THAT(Lemmas("углы"), ElementsAre("угол"));
  EXPECT_THAT(Lemmas("углыа"), ElementsAre("угол"));  // generated by the plural's flag
}

TEST_F(SmallDictionaryTest, KnowsWhichWordsMayBeNames) {
  EXPECT_TRUE(dictionary_->MayBeName("египта"));
  EXPECT_FALSE(dictionary_->MayBeName("стола"));
  EXPECT_FALSE(dictionary_->MayBeName("египтами"));
}

TEST_F(SmallDictionaryTest, VerbFormsKeepTheirOwnLemma) {
  // приму is listed, and прием a noun, but nothing shows приму is its form.
  EXPECT_THAT(Lemmas("приму"), ElementsAre("приму"));
}

TEST_F(SmallDictionaryTest, IndexesEntriesFolded) {
  EXPECT_TRUE(dictionary_->IsParadigm("еж"));  // ёж/A
  EXPECT_FALSE(dictionary_->IsParadigm("египет"));
}

TEST_F(SmallDictionaryTest, GroupsEntriesBySnowballStem) {
  const std::optional<RussianDictionary::StemGroup> group = dictionary_->Group("прав");
  ASSERT_TRUE(group.has_value());
  EXPECT_EQ(group->paradigms, "право\nправый\n");
  EXPECT_FALSE(group->has_listed_forms);
  EXPECT_FALSE(dictionary_->Group("стол").has_value());  // one paradigm
  EXPECT_FALSE(dictionary_->Group("пр").has_value());    // no entry has it
}

TEST_F(SmallDictionaryTest, ListsItsEntriesFoldedInByteOrder) {
  std::vector<std::string> entries;
  dictionary_->ForEachEntry([&](std::string_view entry) { entries.emplace_back(entry); });
  EXPECT_THAT(entries,
              ElementsAre("египет", "египта", "египтом", "еж", "муж", "мужем", "право", "правый",
                          "прием", "приму", "стол", "угла", "углом", "углы", "угол"));
  EXPECT_TRUE(dictionary_->IsEntry("египта"));
  EXPECT_FALSE(dictionary_->IsEntry("стола"));  // a form, not an entry
}

TEST_F(SmallDictionaryTest, FingerprintNamesTheFiles) {
  auto same = RussianDictionary::Load(dir_.string());
  ASSERT_TRUE(same.ok()) << same.status();
  EXPECT_EQ((*same)->fingerprint(), dictionary_->fingerprint());
  std::ofstream(dir_ / "ru_RU.dic", std::ios::app | std::ios::binary) << "дом/A\n";
  auto changed = RussianDictionary::Load(dir_.string());
  ASSERT_TRUE(changed.ok()) << changed.status();
  EXPECT_NE((*changed)->fingerprint(), dictionary_->fingerprint());
}

TEST_F(SmallDictionaryTest, UsesTheSnapshotOfItsOwnFilesOnly) {
  EXPECT_FALSE(dictionary_->from_snapshot());
  const std::string snapshot(dictionary_->snapshot());
  auto same = RussianDictionary::Load(dir_.string(), snapshot);
  ASSERT_TRUE(same.ok()) << same.status();
  EXPECT_TRUE((*same)->from_snapshot());
  EXPECT_EQ((*same)->fingerprint(), dictionary_->fingerprint());
  ASSERT_EQ((*same)->Lemmas("углом").size(), 1u);
  EXPECT_EQ((*same)->Lemmas("углом")[0].text, "угол");

  // Touched (or copied): no longer its stamps, still its fingerprint.
  const std::filesystem::path dic = dir_ / "ru_RU.dic";
  std::filesystem::last_write_time(dic,
                                   std::filesystem::last_write_time(dic) - std::chrono::hours(1));
  auto touched = RussianDictionary::Load(dir_.string(), snapshot);
  ASSERT_TRUE(touched.ok()) << touched.status();
  EXPECT_TRUE((*touched)->from_snapshot());

  // Changed: the snapshot is stale, and the files are parsed.
  std::ofstream(dic, std::ios::app | std::ios::binary) << "дом/A\n";
  auto changed = RussianDictionary::Load(dir_.string(), snapshot);
  ASSERT_TRUE(changed.ok()) << changed.status();
  EXPECT_FALSE((*changed)->from_snapshot());
  EXPECT_TRUE((*changed)->IsParadigm("дом"));
  EXPECT_FALSE((*same)->IsParadigm("дом"));

  // Not a snapshot at all: parsed.
  auto garbage = RussianDictionary::Load(dir_.string(), "not a snapshot");
  ASSERT_TRUE(garbage.ok()) << garbage.status();
  EXPECT_FALSE((*garbage)->from_snapshot());
  EXPECT_TRUE((*garbage)->IsParadigm("дом"));
}

TEST_F(SmallDictionaryTest, AMissingDictionaryIsAnErrorWhateverTheSnapshot) {
  const std::string snapshot(dictionary_->snapshot());
  std::filesystem::remove(dir_ / "ru_RU.dic");
  EXPECT_FALSE(RussianDictionary::Load(dir_.string(), snapshot).ok());
}

// The compiled table -----------------------------------------------------------

// Words of our own: participles with and without their verbs in the
// dictionary, lexemes that share a Snowball stem, names, listed forms.
constexpr std::string_view kTableText =
    "право правый править правило правительство использованный использует использовать "
    "подписанный подписавший подписать назначенный назначенного избранный избранного "
    "опубликованные опубликовавший задержанные задержанных сказавший говорящий "
    "назарбаевой назарбаев токаевым киева киев томском томский герой стали сталь мира "
    "египта певцом огня углы времени пути "
    "правительство казахстана утвердило программу развития, одобренную парламентом; "
    "министр энергетики заявил, что построенный завод обеспечит работой жителей области, "
    "а пострадавшие от наводнения получат выплаты, назначенные акиматом";

std::vector<std::string> TableWords() {
  std::vector<std::string> words;
  std::string word;
  for (const char c : std::string(kTableText) + " ") {
    if (c == ' ' || c == ',' || c == ';') {
      if (!word.empty()) words.push_back(word);
      word.clear();
    } else {
      word.push_back(c);
    }
  }
  return words;
}

TEST(RussianStemmerTableTest, GivesTheStemsWorkedOutWithoutIt) {
  auto table = RussianStemmer::Compile(kHunspellDir);
  ASSERT_TRUE(table.ok()) << table.status();
  auto with = RussianStemmer::Create(kHunspellDir, *table);
  auto without = RussianStemmer::Create(kHunspellDir);
  ASSERT_TRUE(with.ok()) << with.status();
  ASSERT_TRUE(without.ok()) << without.status();
  EXPECT_TRUE((*with)->UsesTable());
  EXPECT_FALSE((*without)->UsesTable());
  const std::vector<std::string> words = TableWords();
  ASSERT_GT(words.size(), 60u);
  for (const std::string& word : words) {
    EXPECT_EQ((*with)->Stem(word), (*without)->Stem(word)) << word;
  }
  // The table decides what it exists for: shared stems keep lexemes apart,
  // participles meet their verbs.
  EXPECT_NE((*with)->Stem("право"), (*with)->Stem("правый"));
  EXPECT_EQ((*with)->Stem("использованный"), (*with)->Stem("использовать"));
}

TEST(RussianStemmerTableTest, TheBuildCompiledTheTableOfThisDictionary) {
  auto stemmer = RussianStemmer::Create(kHunspellDir, data::RussianTable());
  ASSERT_TRUE(stemmer.ok()) << stemmer.status();
  EXPECT_TRUE((*stemmer)->UsesTable())
      << "the build's table is from another hunspell-ru, or none: rebuild steppe";
}

TEST(RussianStemmerTableTest, AnotherDictionarysTableIsLeftUnused) {
  // A table names its dictionary by a hash of the files.
  const std::filesystem::path dir = FreshDir("russian_table_other");
  std::ofstream(dir / "ru_RU.aff", std::ios::binary) << "SET UTF-8\n\nSFX A Y 1\nSFX A 0 а .\n";
  std::ofstream(dir / "ru_RU.dic", std::ios::binary) << "2\nправо/A\nправый/A\n";
  auto other = RussianStemmer::Compile(dir.string());
  std::filesystem::remove_all(dir);
  ASSERT_TRUE(other.ok()) << other.status();
  auto stemmer = RussianStemmer::Create(kHunspellDir, *other);
  ASSERT_TRUE(stemmer.ok()) << stemmer.status();
  EXPECT_FALSE((*stemmer)->UsesTable());
  EXPECT_EQ((*stemmer)->Stem("использованный"), (*stemmer)->Stem("использовать"));
}

TEST(RussianStemmerTableTest, MalformedTablesAreErrors) {
  auto table = RussianStemmer::Compile(kHunspellDir);
  ASSERT_TRUE(table.ok()) << table.status();
  const std::string cut = table->substr(0, table->size() / 2);  // its header whole
  auto truncated = RussianStemmer::Create(kHunspellDir, cut);
  EXPECT_FALSE(truncated.ok());
  EXPECT_THAT(std::string(truncated.status().message()), HasSubstr("malformed"));
  auto text = RussianStemmer::Create(kHunspellDir, "S\tправ\n");
  EXPECT_FALSE(text.ok());
  EXPECT_THAT(std::string(text.status().message()), HasSubstr("not a compiled table"));
}

// The snapshot -----------------------------------------------------------------

// A word's lemmas, as "text" or "text (proper)", in order.
std::vector<std::string> Described(const std::vector<RussianDictionary::Lemma>& lemmas) {
  std::vector<std::string> texts;
  texts.reserve(lemmas.size());
  for (const RussianDictionary::Lemma& lemma : lemmas) {
    texts.push_back(lemma.text + (lemma.proper ? " (proper)" : ""));
  }
  return texts;
}

TEST(RussianDictionarySnapshotTest, TheBuildsSnapshotIsOfThisDictionary) {
  auto dictionary = RussianDictionary::Load(kHunspellDir, data::RussianSnapshot());
  ASSERT_TRUE(dictionary.ok()) << dictionary.status();
  EXPECT_TRUE((*dictionary)->from_snapshot())
      << "the build's snapshot is of another hunspell-ru, or none: rebuild steppe";
}

TEST(RussianDictionarySnapshotTest, ReadsAsTheParsedDictionaryDoes) {
  auto parsed = RussianDictionary::Load(kHunspellDir);
  ASSERT_TRUE(parsed.ok()) << parsed.status();
  const std::string snapshot((*parsed)->snapshot());
  auto frozen = RussianDictionary::Load(kHunspellDir, snapshot);
  ASSERT_TRUE(frozen.ok()) << frozen.status();
  ASSERT_TRUE((*frozen)->from_snapshot());
  EXPECT_EQ((*frozen)->fingerprint(), (*parsed)->fingerprint());
  // Every 13th entry, some of its forms, and the words of a text.
  std::vector<std::string> words = TableWords();
  std::vector<std::string> stems;
  std::size_t count = 0;
  (*parsed)->ForEachEntry([&](std::string_view entry) {
    if (count++ % 13 != 0) return;
    for (const std::string_view ending : {"", "а", "ом", "ами", "ого", "ет", "ла", "ы"}) {
      words.push_back(std::string(entry) + std::string(ending));
    }
    if (count % 5 == 1) stems.push_back(Xapian::Stem("russian")(std::string(entry)));
  });
  ASSERT_GT(words.size(), 80000u);
  for (const std::string& word : words) {
    EXPECT_EQ(Described((*frozen)->Lemmas(word)), Described((*parsed)->Lemmas(word))) << word;
    EXPECT_EQ(Described((*frozen)->TitleLemmas(word)), Described((*parsed)->TitleLemmas(word)))
        << word;
    EXPECT_EQ((*frozen)->MayBeName(word), (*parsed)->MayBeName(word)) << word;
    EXPECT_EQ((*frozen)->IsParadigm(word), (*parsed)->IsParadigm(word)) << word;
    EXPECT_EQ((*frozen)->IsListedNominative(word), (*parsed)->IsListedNominative(word)) << word;
    EXPECT_EQ((*frozen)->IsEntry(word), (*parsed)->IsEntry(word)) << word;
  }
  for (const std::string& stem : stems) {
    const auto frozen_group = (*frozen)->Group(stem);
    const auto parsed_group = (*parsed)->Group(stem);
    ASSERT_EQ(frozen_group.has_value(), parsed_group.has_value()) << stem;
    if (!frozen_group.has_value()) continue;
    EXPECT_EQ(frozen_group->paradigms, parsed_group->paradigms) << stem;
    EXPECT_EQ(frozen_group->has_listed_forms, parsed_group->has_listed_forms) << stem;
  }
}

TEST(RussianDictionarySnapshotTest, TheStemmerStemsAsWithoutIt) {
  auto with = RussianStemmer::Create(kHunspellDir, data::RussianTable(), data::RussianSnapshot());
  auto without = RussianStemmer::Create(kHunspellDir);
  ASSERT_TRUE(with.ok()) << with.status();
  ASSERT_TRUE(without.ok()) << without.status();
  for (const std::string& word : TableWords()) {
    EXPECT_EQ((*with)->Stem(word), (*without)->Stem(word)) << word;
  }
}

}  // namespace
}  // namespace steppe
