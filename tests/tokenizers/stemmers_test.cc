#include "tokenizers/stemmers.h"

#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <xapian.h>

namespace steppe {
namespace {

using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;

// A token as it reaches the stemmer: already folded.
Token Folded(std::string_view text, Script script) {
  Token token;
  token.text = std::string(text);
  token.script = script;
  return token;
}

class StemmersTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto made = Stemmers::Create("/usr/share/hunspell", "/usr/share/dict/american-english");
    ASSERT_TRUE(made.ok()) << made.status();
    stemmers_ = made->release();
  }
  static void TearDownTestSuite() { delete stemmers_; }

  static std::string Index(std::string_view text, Script script, Language language) {
    return stemmers_->IndexTerm(Folded(text, script), language);
  }
  static std::vector<std::string> Query(std::string_view text, Script script, Language language) {
    return stemmers_->QueryTerms(Folded(text, script), language);
  }
  static std::string_view Name(std::string_view text, Script script, Language language) {
    return stemmers_->StemmerName(Folded(text, script), language);
  }

  static Stemmers* stemmers_;
};

Stemmers* StemmersTest::stemmers_ = nullptr;

TEST_F(StemmersTest, EnglishWordsAreStemmedWithSnowballEnglish) {
  EXPECT_EQ(Index("running", Script::kLatin, Language::kEnglish), "run");
  EXPECT_EQ(Index("elections", Script::kLatin, Language::kEnglish),
            Xapian::Stem("english")("elections"));
  EXPECT_EQ(Name("running", Script::kLatin, Language::kEnglish), "english");
}

TEST_F(StemmersTest, RussianSurnamesConflate) {
  // Snowball alone splits them (назарба / назарбаев, NOTES.md); ours does not.
  const std::string base = Index("назарбаев", Script::kCyrillic, Language::kRussian);
  for (std::string_view form : {"назарбаева", "назарбаеву", "назарбаевым", "назарбаевой"}) {
    EXPECT_EQ(Index(form, Script::kCyrillic, Language::kRussian), base) << form;
  }
  EXPECT_EQ(Index("токаева", Script::kCyrillic, Language::kRussian),
            Index("токаев", Script::kCyrillic, Language::kRussian));
  EXPECT_EQ(Index("астане", Script::kCyrillic, Language::kRussian),
            Index("астана", Script::kCyrillic, Language::kRussian));
  EXPECT_EQ(Name("выборах", Script::kCyrillic, Language::kRussian), "russian");
}

TEST_F(StemmersTest, KazakhDocumentsUseTheKazakhStemmerInBothScripts) {
  const std::string cyrillic = Index("тоқаевтың", Script::kCyrillic, Language::kKazakh);
  EXPECT_EQ(cyrillic, Index("тоқаев", Script::kCyrillic, Language::kKazakh));
  EXPECT_EQ(Index("toqaevtyń", Script::kLatin, Language::kKazakh), cyrillic);  // 2018
  EXPECT_EQ(Index("toqaevtyñ", Script::kLatin, Language::kKazakh), cyrillic);  // 2021
  EXPECT_EQ(Name("toqaevtyń", Script::kLatin, Language::kKazakh), "kazakh");
  EXPECT_EQ(Name("мектеп", Script::kCyrillic, Language::kKazakh), "kazakh");
}

TEST_F(StemmersTest, KazakhLettersMakeAWordKazakhInAnyDocument) {
  // A Kazakh name in a Russian or English text.
  EXPECT_EQ(Name("тоқаевтың", Script::kCyrillic, Language::kRussian), "kazakh");
  EXPECT_EQ(Index("тоқаевтың", Script::kCyrillic, Language::kRussian),
            Index("тоқаевтың", Script::kCyrillic, Language::kKazakh));
  EXPECT_EQ(Name("токаев", Script::kCyrillic, Language::kEnglish), "russian");
  EXPECT_TRUE(HasKazakhLetter("нұр"));
  EXPECT_FALSE(HasKazakhLetter("нур"));
}

TEST_F(StemmersTest, NumbersAndOtherScriptsAreUnstemmed) {
  for (Language language :
       {Language::kEnglish, Language::kRussian, Language::kKazakh, Language::kUnknown}) {
    EXPECT_EQ(Index("2019", Script::kNumber, language), "2019");
    EXPECT_EQ(Index("3.5", Script::kNumber, language), "3.5");
    EXPECT_EQ(Index("東京", Script::kOther, language), "東京");
    EXPECT_EQ(Name("2019", Script::kNumber, language), "none");
  }
}

TEST_F(StemmersTest, EmptyTokenGivesNoTerm) {
  EXPECT_EQ(Index("", Script::kLatin, Language::kEnglish), "");
  EXPECT_THAT(Query("", Script::kLatin, Language::kEnglish), IsEmpty());
  EXPECT_THAT(Query("", Script::kCyrillic, Language::kUnknown), IsEmpty());
}

TEST_F(StemmersTest, QueryOfKnownLanguageIsTheIndexTerm) {
  EXPECT_THAT(Query("running", Script::kLatin, Language::kEnglish), ElementsAre("run"));
  EXPECT_THAT(Query("назарбаева", Script::kCyrillic, Language::kRussian),
              ElementsAre(Index("назарбаева", Script::kCyrillic, Language::kRussian)));
  EXPECT_THAT(Query("тоқаевтың", Script::kCyrillic, Language::kKazakh),
              ElementsAre(Index("тоқаевтың", Script::kCyrillic, Language::kKazakh)));
}

TEST_F(StemmersTest, QueryOfUnknownLanguageCoversEveryIndexTerm) {
  for (std::string_view word : {"назарбаева", "астане", "выборах", "мектептердегі"}) {
    const std::vector<std::string> candidates = Query(word, Script::kCyrillic, Language::kUnknown);
    for (Language language : {Language::kEnglish, Language::kRussian, Language::kKazakh}) {
      EXPECT_THAT(candidates, Contains(Index(word, Script::kCyrillic, language))) << word;
    }
  }
  for (std::string_view word : {"toqaevtyń", "running"}) {
    const std::vector<std::string> candidates = Query(word, Script::kLatin, Language::kUnknown);
    for (Language language : {Language::kEnglish, Language::kRussian, Language::kKazakh}) {
      EXPECT_THAT(candidates, Contains(Index(word, Script::kLatin, language))) << word;
    }
  }
}

TEST_F(StemmersTest, QueryOfUnknownLanguageIsDeduplicated) {
  EXPECT_THAT(Query("2019", Script::kNumber, Language::kUnknown), ElementsAre("2019"));
  EXPECT_THAT(Query("東京", Script::kOther, Language::kUnknown), ElementsAre("東京"));
  // Every analysis of a word with Kazakh letters is the Kazakh one.
  EXPECT_EQ(Query("тоқаевтың", Script::kCyrillic, Language::kUnknown).size(), 1u);
}

// Dictionaries load when a word first needs them ------------------------------

constexpr std::string_view kHunspellDir = "/usr/share/hunspell";
constexpr std::string_view kEnglishWords = "/usr/share/dict/american-english";

// A reading as one line, to compare.
std::string Described(const Stemmers::NameReading& reading) {
  return reading.term + " | " + reading.own.text + (reading.own.name ? " name" : "") + " | " +
         reading.second.text + (reading.second.name ? " name" : "") +
         (reading.kazakh ? " | kazakh" : "");
}

// A folder of its own with links to Debian's hunspell-kk and hunspell-ru.
class LazyStemmersTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string pattern =
        (std::filesystem::path(::testing::TempDir()) / "stemmers-XXXXXX").string();
    ASSERT_NE(mkdtemp(pattern.data()), nullptr);
    dir_ = pattern;
    for (const char* file : {"kk_KZ.dic", "ru_RU.aff", "ru_RU.dic"}) {
      std::filesystem::create_symlink(std::filesystem::path(kHunspellDir) / file, dir_ / file);
    }
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  std::unique_ptr<Stemmers> Create() const {
    auto made = Stemmers::Create(dir_.string(), std::string(kEnglishWords));
    EXPECT_TRUE(made.ok()) << made.status();
    return made.ok() ? std::move(*made) : nullptr;
  }

  std::filesystem::path dir_;
};

TEST_F(LazyStemmersTest, LazyLoadingReadsWordsAsLoadingUpFront) {
  const std::unique_ptr<Stemmers> eager = Create();
  const std::unique_ptr<Stemmers> lazy = Create();
  ASSERT_TRUE(eager != nullptr && lazy != nullptr);
  ASSERT_TRUE(eager->LoadAll().ok()) << eager->status();
  // Names added after the Kazakh stemmer loaded, and before.
  eager->AddKazakhNames({"қарағанды"});
  lazy->AddKazakhNames({"қарағанды"});
  const std::vector<std::pair<std::string_view, Script>> words = {
      {"tokayev", Script::kLatin},
      {"running", Script::kLatin},
      {"toqaevtyń", Script::kLatin},
      {"назарбаевой", Script::kCyrillic},
      {"правительство", Script::kCyrillic},
      {"қарағандыда", Script::kCyrillic},
      {"тоқаевтың", Script::kCyrillic},
      {"aktobe", Script::kLatin},
      {"2019", Script::kNone},
  };
  for (const Language language :
       {Language::kEnglish, Language::kRussian, Language::kKazakh, Language::kUnknown}) {
    for (const auto& [text, script] : words) {
      const Token token = Folded(text, script);
      if (language != Language::kUnknown) {
        EXPECT_EQ(Described(lazy->Read(token, language)), Described(eager->Read(token, language)))
            << text;
        EXPECT_EQ(lazy->IndexTerm(token, language), eager->IndexTerm(token, language)) << text;
      }
      EXPECT_EQ(lazy->QueryTerms(token, language), eager->QueryTerms(token, language)) << text;
      EXPECT_EQ(lazy->BackoffPrefix(token, language), eager->BackoffPrefix(token, language))
          << text;
    }
  }
  EXPECT_TRUE(lazy->status().ok()) << lazy->status();
}

TEST_F(LazyStemmersTest, ADictionaryThatFailsToLoadIsAnErrorWhenFirstNeeded) {
  std::filesystem::remove(dir_ / "ru_RU.aff");
  std::ofstream(dir_ / "ru_RU.aff", std::ios::binary) << "SET UTF-8\nPFX A Y 1\nPFX A 0 пере .\n";
  const std::unique_ptr<Stemmers> stemmers = Create();
  ASSERT_TRUE(stemmers != nullptr);
  // English and Kazakh words do not need hunspell-ru.
  EXPECT_EQ(stemmers->IndexTerm(Folded("running", Script::kLatin), Language::kEnglish), "run");
  stemmers->IndexTerm(Folded("тоқаевтың", Script::kCyrillic), Language::kKazakh);
  EXPECT_TRUE(stemmers->status().ok()) << stemmers->status();
  // A Russian word does: the word is left as it is, and the error stays.
  EXPECT_EQ(stemmers->IndexTerm(Folded("столами", Script::kCyrillic), Language::kRussian),
            "столами");
  EXPECT_EQ(stemmers->status().code(), absl::StatusCode::kFailedPrecondition);
  EXPECT_THAT(std::string(stemmers->status().message()), HasSubstr("ru_RU.aff"));
  EXPECT_EQ(stemmers->LoadAll(), stemmers->status());
}

TEST_F(LazyStemmersTest, AMissingDictionaryIsAnErrorAtOnce) {
  std::filesystem::remove(dir_ / "ru_RU.dic");
  auto without_russian = Stemmers::Create(dir_.string(), std::string(kEnglishWords));
  EXPECT_EQ(without_russian.status().code(), absl::StatusCode::kNotFound);
  EXPECT_THAT(std::string(without_russian.status().message()), HasSubstr("ru_RU.dic"));
  auto without_english = Stemmers::Create(std::string(kHunspellDir), (dir_ / "words").string());
  EXPECT_EQ(without_english.status().code(), absl::StatusCode::kNotFound);
  std::filesystem::remove(dir_ / "kk_KZ.dic");
  std::filesystem::create_symlink(std::filesystem::path(kHunspellDir) / "ru_RU.dic",
                                  dir_ / "ru_RU.dic");
  auto without_kazakh = Stemmers::Create(dir_.string(), std::string(kEnglishWords));
  EXPECT_EQ(without_kazakh.status().code(), absl::StatusCode::kNotFound);
  EXPECT_THAT(std::string(without_kazakh.status().message()), HasSubstr("kk_KZ.dic"));
}

}  // namespace
}  // namespace steppe
