#include "tokenizers/kazakh_stemmer.h"

#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <gtest/gtest.h>
#include <unicode/unistr.h>

namespace steppe {
namespace {

// A small dictionary in hunspell-kk's format: BOM, a count, CRLF, `word/FLAGS`;
// verbs (flags from M) are infinitives. Some entries are inflected forms, as
// in the real one (болды, кітабы).
constexpr std::string_view kDictionary =
    "\xEF\xBB\xBF"
    "31\r\n"
    "кітап/ABbCc\r\n"
    "кітаптың/ABbCc\r\n"
    "кітапқа/ABbCc\r\n"
    "кітабы/ABbCc\r\n"
    "жүрек/ABbCc\r\n"
    "жүректің/ABbCc\r\n"
    "тілек/ABbCc\r\n"
    "ағаш/ABbCc\r\n"
    "мектеп/ABbCc\r\n"
    "мектептің/ABbCc\r\n"
    "мектепке/ABbCc\r\n"
    "бала/ABbCc\r\n"
    "балалар/ABbCc\r\n"
    "баланың/ABbCc\r\n"
    "қала/ABbCc\r\n"
    "қаланың/ABbCc\r\n"
    "қалада/ABbCc\r\n"
    "қалалар/ABbCc\r\n"
    "қаласы/ABbCc\r\n"
    "қалаға/ABbCc\r\n"
    "адам/ABbCc\r\n"
    "адамның/ABbCc\r\n"
    "адамға/ABbCc\r\n"
    "ада/ABbCc\r\n"
    "болды/ABbCc\r\n"
    "халық/ABbCc\r\n"
    "болу/MmNnOo\r\n"
    "жазу/MmNnOo\r\n"
    "оқу/MmNnOo\r\n"
    "соғу/MmNnOo\r\n"
    "қою/MmNnOo\r\n"
    "табу/MmNnOo\r\n"
    "жасау/MmNnOo\r\n"
    "сөйлеу/MmNnOo\r\n";

class KazakhStemmerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    // One file per process: CTest runs this suite's tests in parallel
    // processes, which must not remove each other's dictionary.
    path_ = new std::string(::testing::TempDir() + "/kazakh_stemmer_test." +
                            std::to_string(getpid()) + ".dic");
    std::ofstream(*path_, std::ios::binary) << kDictionary;
    auto made = KazakhStemmer::Create(*path_);
    ASSERT_TRUE(made.ok()) << made.status();
    stemmer_ = made->release();
  }
  static void TearDownTestSuite() {
    delete stemmer_;
    stemmer_ = nullptr;
    std::remove(path_->c_str());
    delete path_;
  }

  static std::string Stem(std::string_view word) { return stemmer_->Stem(word); }

  static std::string* path_;
  static KazakhStemmer* stemmer_;
};

std::string* KazakhStemmerTest::path_ = nullptr;
KazakhStemmer* KazakhStemmerTest::stemmer_ = nullptr;

TEST(KazakhStemmerCreateTest, UnreadableDictionaryIsAnError) {
  EXPECT_FALSE(KazakhStemmer::Create("/nonexistent/kk_KZ.dic").ok());
}

TEST_F(KazakhStemmerTest, NounChainsLoseAllTheirSuffixes) {
  for (std::string_view word :
       {"кітап", "кітаптар", "кітаптың", "кітаптарымыздың", "кітаптарда", "кітаптардағы", "кітапқа",
        "кітаппен", "кітаптан", "кітапты", "кітапсыз", "кітаптармын"}) {
    EXPECT_EQ(Stem(word), "кітап") << word;
  }
  for (std::string_view word :
       {"мектептердегі", "мектебіміз", "мектебінде", "мектептеріңізге", "мектепке"}) {
    EXPECT_EQ(Stem(word), "мектеп") << word;
  }
  for (std::string_view word : {"балалар", "баласы", "баласының", "балаларымен", "балаға"}) {
    EXPECT_EQ(Stem(word), "бала") << word;
  }
}

TEST_F(KazakhStemmerTest, VoicedConsonantsBeforeVowelsAreRestored) {
  EXPECT_EQ(Stem("кітабы"), "кітап");
  EXPECT_EQ(Stem("кітабымен"), "кітап");
  EXPECT_EQ(Stem("жүрегі"), "жүрек");
  EXPECT_EQ(Stem("жүрегімде"), "жүрек");
  EXPECT_EQ(Stem("тілегі"), "тілек");
  EXPECT_EQ(Stem("ағашы"), "ағаш");
}

TEST_F(KazakhStemmerTest, DroppedVowelsAreRestored) {
  EXPECT_EQ(Stem("халқы"), "халық");
  EXPECT_EQ(Stem("халқының"), "халық");
  EXPECT_EQ(Stem("халықтың"), "халық");
}

TEST_F(KazakhStemmerTest, VerbFormsMeetOnTheVerbStem) {
  for (std::string_view word : {"болды", "болған", "болатын", "болмайды", "болып", "болса",
                                "болады", "болмақ", "болу", "болуы", "болғанда", "болдым"}) {
    EXPECT_EQ(Stem(word), "бол") << word;
  }
  for (std::string_view word : {"жазды", "жазылды", "жазған", "жазушы", "жазбаған", "жазып"}) {
    EXPECT_EQ(Stem(word), "жаз") << word;
  }
  EXPECT_EQ(Stem("жасалды"), "жаса");
  EXPECT_EQ(Stem("жасайды"), "жаса");
  EXPECT_EQ(Stem("сөйлейді"), "сөйле");
}

TEST_F(KazakhStemmerTest, VerbStemAlternationsMeet) {
  // оқы-: оқиды (ы + й), оқу (ы + у), оқыды.
  EXPECT_EQ(Stem("оқиды"), Stem("оқыды"));
  EXPECT_EQ(Stem("оқу"), Stem("оқыды"));
  EXPECT_EQ(Stem("оқитын"), Stem("оқыды"));
  // қой-: қою (й + у), қойды.
  EXPECT_EQ(Stem("қою"), "қой");
  EXPECT_EQ(Stem("қойды"), "қой");
  // тап-/таб-, соқ-/соғ-.
  EXPECT_EQ(Stem("табады"), "тап");
  EXPECT_EQ(Stem("тапты"), "тап");
  EXPECT_EQ(Stem("соғыса"), "соқ");
}

TEST_F(KazakhStemmerTest, TheLexiconStopsOverstemming) {
  // адам is no ада + -м, қала no қал- + -а: they have forms of their own.
  EXPECT_EQ(Stem("адам"), "адам");
  EXPECT_EQ(Stem("адамның"), "адам");
  EXPECT_EQ(Stem("қала"), "қала");
  EXPECT_EQ(Stem("қалада"), "қала");
  EXPECT_EQ(Stem("бала"), "бала");
}

TEST_F(KazakhStemmerTest, ProperNamesLoseTheirSuffixes) {
  for (std::string_view word : {"тоқаев", "тоқаевтың", "тоқаевқа", "тоқаевпен", "тоқаевты"}) {
    EXPECT_EQ(Stem(word), "тоқаев") << word;
  }
  EXPECT_EQ(Stem("назарбаевтың"), "назарбаев");
  EXPECT_EQ(Stem("медведевтің"), "медведев");
  EXPECT_EQ(Stem("астанада"), "астана");
  EXPECT_EQ(Stem("астананың"), "астана");
  EXPECT_EQ(Stem("алматыда"), Stem("алматы"));
  EXPECT_EQ(Stem("алматының"), Stem("алматы"));
  EXPECT_EQ(Stem("алматыдағы"), Stem("алматы"));
  EXPECT_EQ(Stem("сұлтанда"), Stem("сұлтан"));
  EXPECT_EQ(Stem("трамптың"), "трамп");
  EXPECT_EQ(Stem("ресейде"), "ресей");
  EXPECT_EQ(Stem("мәскеуге"), "мәскеу");
}

TEST_F(KazakhStemmerTest, NamesInStanAreNotAblatives) {
  EXPECT_EQ(Stem("қазақстан"), "қазақстан");
  EXPECT_EQ(Stem("қазақстанда"), "қазақстан");
  EXPECT_EQ(Stem("өзбекстанның"), "өзбекстан");
  EXPECT_EQ(Stem("пәкістан"), "пәкістан");
}

TEST_F(KazakhStemmerTest, HyphenatedWordsAreStemmedOnTheirLastPart) {
  EXPECT_EQ(Stem("нұр-сұлтанда"), "нұр-сұлтан");
  EXPECT_EQ(Stem("нұр-сұлтанның"), "нұр-сұлтан");
}

TEST_F(KazakhStemmerTest, LatinScriptMeetsCyrillic) {
  const std::string cyrillic = Stem("тоқаевтың");
  EXPECT_EQ(cyrillic, "тоқаев");
  for (std::string_view latin : {"toqaev", "toqaevtyń", "toqaevtyñ", "toqaevtyn'", "toqaevqa"}) {
    EXPECT_EQ(Stem(latin), cyrillic) << latin;
  }
  EXPECT_EQ(Stem("kitaptarymyzdyń"), "кітап");
  EXPECT_EQ(Stem("mektebimizde"), "мектеп");
  EXPECT_EQ(Stem("qalada"), "қала");
}

TEST_F(KazakhStemmerTest, IrregularPronounsHaveTheirOwnStems) {
  EXPECT_EQ(Stem("оның"), "ол");
  EXPECT_EQ(Stem("оған"), "ол");
  EXPECT_EQ(Stem("маған"), "мен");
  EXPECT_EQ(Stem("мұның"), "бұл");
  EXPECT_EQ(Stem("екен"), "е");
  EXPECT_EQ(Stem("екенін"), "е");
}

TEST_F(KazakhStemmerTest, FunctionWordsAndShortWordsAreKept) {
  for (std::string_view word : {"және", "бірақ", "туралы", "үшін", "да", "ма", "ол"}) {
    EXPECT_EQ(Stem(word), word);
  }
}

TEST_F(KazakhStemmerTest, NonKazakhWordsComeBackUnchanged) {
  for (std::string_view word : {"2019", "10-шы", "ккк", "xyz1"}) {
    EXPECT_EQ(Stem(word), word);
  }
}

TEST_F(KazakhStemmerTest, StemsAreStable) {
  // The cache gives what the rules give.
  for (int i = 0; i < 3; ++i) EXPECT_EQ(Stem("кітаптарымыздың"), "кітап");
}

// With hunspell-kk itself, when it is installed.
TEST(KazakhStemmerHunspellTest, CommonWordsWithTheRealDictionary) {
  const std::string dic = "/usr/share/hunspell/kk_KZ.dic";
  if (!std::ifstream(dic)) GTEST_SKIP() << dic << " absent";
  auto made = KazakhStemmer::Create(dic);
  ASSERT_TRUE(made.ok()) << made.status();
  const KazakhStemmer& stemmer = **made;
  const std::map<std::string, std::string> expected = {
      {"кітабы", "кітап"},
      {"жүрегі", "жүрек"},
      {"тілегі", "тілек"},
      {"тоқаевтың", "тоқаев"},
      {"назарбаевтың", "назарбаев"},
      {"астанада", "астана"},
      {"алматыда", "алматы"},
      {"алматының", "алматы"},
      {"сұлтанда", "сұлтан"},
      {"болды", "бол"},
      {"болатын", "бол"},
      {"болмайды", "бол"},
      {"жасалды", "жаса"},
      {"соғыса", "соқ"},
      {"мектептердегі", "мектеп"},
      {"балаларының", "бала"},
      {"қаласында", "қала"},
      {"адам", "адам"},
      {"адамдардың", "адам"},
      {"қала", "қала"},
      {"еліміздің", "ел"},
      {"жылы", "жыл"},
      {"теңгеге", "теңге"},
      {"теңге", "теңге"},
      {"президентінің", "президент"},
      {"қазақстанның", "қазақстан"},
      {"халқы", "халық"},
  };
  for (const auto& [word, stem] : expected) EXPECT_EQ(stemmer.Stem(word), stem) << word;
  EXPECT_EQ(stemmer.Stem("toqaevtyń"), "тоқаев");
  EXPECT_EQ(stemmer.Stem("toqaevtyñ"), "тоқаев");
}

// Conflation against UD Kazakh KTB's gold lemmas, when the shared corpora are
// there: pairs of word types with one lemma should share a stem and pairs
// sharing a stem should have one lemma.
TEST(KazakhStemmerHunspellTest, ConflatesTheFormsOfUdLemmas) {
  const std::string dic = "/usr/share/hunspell/kk_KZ.dic";
  const std::string ud = std::string(STEPPE_SHARED_CORPORA_DIR) + "/ud/UD_Kazakh-KTB/";
  const std::vector<std::string> files = {ud + "kk_ktb-ud-test.conllu",
                                          ud + "kk_ktb-ud-train.conllu"};
  if (!std::ifstream(dic) || !std::ifstream(files[0])) GTEST_SKIP() << "corpora absent";
  auto made = KazakhStemmer::Create(dic);
  ASSERT_TRUE(made.ok()) << made.status();
  auto fold = [](const std::string& text) {
    std::string out;
    icu::UnicodeString::fromUTF8(text).foldCase().toUTF8String(out);
    return out;
  };
  std::map<std::string, std::map<std::string, int>> lemmas;
  for (const std::string& file : files) {
    std::ifstream in(file);
    std::string line;
    while (std::getline(in, line)) {
      if (line.empty() || line[0] == '#') continue;
      std::vector<std::string> columns;
      std::size_t at = 0;
      for (int i = 0; i < 4 && at <= line.size(); ++i) {
        const std::size_t tab = line.find('\t', at);
        columns.push_back(line.substr(at, tab - at));
        at = tab == std::string::npos ? line.size() + 1 : tab + 1;
      }
      if (columns.size() < 4 || columns[0].find_first_of("-.") != std::string::npos) continue;
      if (columns[3] == "PUNCT" || columns[3] == "NUM" || columns[3] == "SYM" ||
          columns[3] == "X" || columns[1].find('-') != std::string::npos) {
        continue;
      }
      ++lemmas[fold(columns[1])][fold(columns[2])];
    }
  }
  std::unordered_map<std::string, double> by_lemma, by_stem, by_both;
  for (const auto& [form, counts] : lemmas) {
    std::string lemma;
    int best = 0;
    for (const auto& [candidate, n] : counts) {
      if (n > best) lemma = candidate, best = n;
    }
    const std::string stem = (*made)->Stem(form);
    ++by_lemma[lemma];
    ++by_stem[stem];
    ++by_both[lemma + '\x01' + stem];
  }
  auto pairs = [](const std::unordered_map<std::string, double>& groups) {
    double total = 0;
    for (const auto& [key, n] : groups) total += n * (n - 1) / 2;
    return total;
  };
  const double precision = pairs(by_both) / pairs(by_stem);
  const double recall = pairs(by_both) / pairs(by_lemma);
  const double f1 = 2 * precision * recall / (precision + recall);
  EXPECT_GT(f1, 0.85) << "P=" << precision << " R=" << recall;
}

}  // namespace
}  // namespace steppe
