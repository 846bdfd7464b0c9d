#include "tokenizers/analyzer.h"

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tokenizers/gazetteer.h"

namespace steppe {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;
using ::testing::UnorderedElementsAre;

class AnalyzerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto analyzer = Analyzer::Create();
    ASSERT_TRUE(analyzer.ok()) << analyzer.status();
    analyzer_ = std::move(*analyzer);
  }

  // The index term of every token, "" for a dropped one.
  std::vector<std::string> IndexTerms(std::string_view text, Language language) const {
    std::vector<std::string> terms;
    for (const Token& token : analyzer_->Analyze(text, language, AnalysisMode::kIndex)) {
      EXPECT_LE(token.terms.size(), 1u);
      terms.push_back(token.terms.empty() ? "" : token.terms.front());
    }
    return terms;
  }

  std::vector<std::string> QueryTerms(std::string_view word, Language language) const {
    const std::vector<Token> tokens = analyzer_->Analyze(word, language, AnalysisMode::kQuery);
    EXPECT_EQ(tokens.size(), 1u) << word;
    return tokens.empty() ? std::vector<std::string>() : tokens.front().terms;
  }

  // The name keys of each word of a text, as the indexer gets them.
  std::vector<std::vector<std::string>> IndexNameKeys(std::string_view text,
                                                      Language language) const {
    std::vector<std::vector<std::string>> keys;
    analyzer_->ForEachIndexTerm(text, language, 0, [&](const Analyzer::IndexWordTerms& word) {
      keys.push_back(word.name_keys);
    });
    return keys;
  }

  std::unique_ptr<Analyzer> analyzer_;
};

TEST_F(AnalyzerTest, NamesInAnySpellingAndFormShareAKey) {
  using Keys = std::vector<std::string>;
  const Keys tokaev = {"tokaev"};
  EXPECT_THAT(IndexNameKeys("Tokayev", Language::kEnglish), ElementsAre(tokaev));
  EXPECT_THAT(IndexNameKeys("Токаевым", Language::kRussian), ElementsAre(tokaev));
  EXPECT_THAT(IndexNameKeys("Тоқаевтың", Language::kKazakh), ElementsAre(tokaev));
  EXPECT_THAT(IndexNameKeys("Toqaevtyñ", Language::kKazakh), ElementsAre(tokaev));
  // A name with a Kazakh suffix in a text taken for English or Russian has
  // its Kazakh reading's key too.
  EXPECT_THAT(IndexNameKeys("Toqaevqa", Language::kEnglish),
              ElementsAre(Keys{"tokaevka", "tokaev"}));
  EXPECT_THAT(IndexNameKeys("Астанада", Language::kRussian),
              ElementsAre(::testing::Contains("astana")));
  // A woman's surname in any case has her key as well as the man's.
  EXPECT_THAT(IndexNameKeys("Назарбаевой", Language::kRussian),
              ElementsAre(Keys{"nazarbaev", "nazarbaeva"}));
  // hunspell-kk lists Алматы as a word; the gazetteer knows it for a name.
  EXPECT_THAT(IndexNameKeys("Алматыда", Language::kKazakh), ElementsAre(Keys{"almaty"}));
}

TEST_F(AnalyzerTest, GazetteerNamesAreNotReadAsInflectedWords) {
  // Қарағанды is no қара + -ған + -ды, Ақорда no ақор + -да; their own
  // inflected forms come back to them.
  EXPECT_THAT(IndexTerms("Қарағанды Қарағандыда", Language::kKazakh),
              ElementsAre("қарағанды", "қарағанды"));
  EXPECT_THAT(IndexTerms("Ақорда Ақордада", Language::kKazakh), ElementsAre("ақорда", "ақорда"));
  // A Latin word keeps a final i no suffix explains: Kaspi is no касп
  // (the Russian stem of Каспий).
  EXPECT_THAT(IndexTerms("Kaspi", Language::kKazakh), ElementsAre("каспі"));
  EXPECT_THAT(IndexTerms("Toqaevtyñ", Language::kKazakh), ElementsAre("тоқаев"));
}

TEST_F(AnalyzerTest, ACapitalInTheMiddleOfASentenceOrBeforeAnotherIsAName) {
  using Keys = std::vector<std::string>;
  // Нұрсұлтан and Қайрат are words hunspell-kk lists (and so no names by
  // themselves); where the text writes them as names, they are.
  EXPECT_THAT(IndexNameKeys("Нұрсұлтан Назарбаев келді.", Language::kKazakh),
              ElementsAre(Keys{"nursultan"}, Keys{"nazarbaev"}, Keys{}));
  EXPECT_THAT(IndexNameKeys("Кеше, Қайрат келді.", Language::kKazakh),
              ElementsAre(Keys{}, Keys{"kairat"}, Keys{}));
  // (A sentence's first word before a name cannot be told from a first
  // name: Бүгін, today, has keys here too, but they weigh nothing, below.)
  EXPECT_THAT(IndexNameKeys("Бүгін Қайрат келді.", Language::kKazakh),
              ElementsAre(Keys{"bugin", "bugn"}, Keys{"kairat"}, Keys{}));
  // At the start of a sentence, before a word in lower case: a word.
  EXPECT_THAT(IndexNameKeys("Жарлық шықты. Қайрат келді.", Language::kKazakh),
              ElementsAre(Keys{}, Keys{}, Keys{}, Keys{}));
  EXPECT_THAT(IndexNameKeys("  «Жарлық» шықты.", Language::kKazakh), ElementsAre(Keys{}, Keys{}));
  // Such keys add no length to the document.
  std::vector<bool> from_context;
  analyzer_->ForEachIndexTerm("Бүгін Қайрат Тоқаевқа келді.", Language::kKazakh, 0,
                              [&](const Analyzer::IndexWordTerms& word) {
                                from_context.push_back(word.keys_from_context);
                              });
  EXPECT_THAT(from_context, ElementsAre(true, true, false, false));
  // Analyze() gives the same keys.
  const std::vector<Token> tokens =
      analyzer_->Analyze("Нұрсұлтан Назарбаев келді.", Language::kKazakh, AnalysisMode::kIndex);
  ASSERT_EQ(tokens.size(), 3u);
  EXPECT_THAT(tokens[0].name_keys, ElementsAre("nursultan"));
}

TEST_F(AnalyzerTest, ForEachIndexWordPlacesEveryWordAsAnalyzeDoes) {
  // A dropped word (too long), a sentence's first word whose keys depend on
  // the next word (Нұрсұлтан before a capital, Жарлық before lower case),
  // a name, a hyphenated one, and the last word of the text.
  const std::string text = "Нұрсұлтан Назарбаев " + std::string(130, 'x') +
                           " Nur-Sultan-ға келді. Жарлық шықты. Бүгін Қайрат";
  for (Language language : {Language::kKazakh, Language::kRussian, Language::kEnglish}) {
    const std::vector<Token> tokens = analyzer_->Analyze(text, language, AnalysisMode::kIndex);
    std::vector<Token> placed;
    std::vector<bool> from_context;
    const std::uint32_t next =
        analyzer_->ForEachIndexWord(text, language, 7, [&](const Analyzer::PlacedIndexWord& word) {
          Token token;
          token.begin = word.begin;
          token.end = word.end;
          token.position = word.position - 7;
          if (!word.term.empty()) token.terms.push_back(word.term);
          token.name_keys = word.name_keys;
          placed.push_back(std::move(token));
          from_context.push_back(word.keys_from_context);
        });
    EXPECT_EQ(next, 7 + tokens.size());
    ASSERT_EQ(placed.size(), tokens.size());
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      EXPECT_EQ(placed[i].begin, tokens[i].begin) << i;
      EXPECT_EQ(placed[i].end, tokens[i].end) << i;
      EXPECT_EQ(placed[i].position, tokens[i].position) << i;
      EXPECT_EQ(placed[i].terms, tokens[i].terms) << i;
      EXPECT_EQ(placed[i].name_keys, tokens[i].name_keys) << i;
    }
    ASSERT_EQ(placed.size(), 11u);
    EXPECT_THAT(placed[2].terms, IsEmpty());  // the dropped word, in its place
    EXPECT_EQ(placed[2].begin, text.find('x'));
    if (language == Language::kKazakh) {
      EXPECT_THAT(placed[0].name_keys, ElementsAre("nursultan"));
      EXPECT_TRUE(from_context[0]);
      EXPECT_THAT(placed[7].name_keys, IsEmpty());  // Жарлық before шықты
      EXPECT_FALSE(from_context[7]);
      EXPECT_THAT(placed[10].name_keys, ElementsAre("kairat"));
    }
  }
}

TEST_F(AnalyzerTest, OnlyWordsThatMayBeNamesHaveKeys) {
  using Keys = std::vector<std::string>;
  // Lower case, a stopword, common words of each language at the start of
  // a sentence: none.
  EXPECT_THAT(IndexNameKeys("tokayev", Language::kEnglish), ElementsAre(Keys{}));
  EXPECT_THAT(IndexNameKeys("The Rider", Language::kEnglish), ElementsAre(Keys{}, Keys{}));
  EXPECT_THAT(IndexNameKeys("Казак", Language::kRussian), ElementsAre(Keys{}));
  EXPECT_THAT(IndexNameKeys("Қазақ", Language::kKazakh), ElementsAre(Keys{}));
  EXPECT_THAT(IndexNameKeys("Жарлық", Language::kKazakh), ElementsAre(Keys{}));
  // Names are: a surname hunspell-kk lists, a name hunspell-ru lists (by
  // its dictionary form, not its stem), a place nobody lists.
  EXPECT_THAT(IndexNameKeys("Назарбаевқа", Language::kKazakh), ElementsAre(Keys{"nazarbaev"}));
  EXPECT_THAT(IndexNameKeys("Каспия", Language::kRussian), ElementsAre(Keys{"kaspy"}));
  EXPECT_THAT(IndexNameKeys("Zhanaozen", Language::kEnglish), ElementsAre(Keys{"janaozen"}));
}

TEST_F(AnalyzerTest, StageNamesInOrder) {
  EXPECT_THAT(analyzer_->StageNames(),
              ElementsAre("segment", "roman-numeral", "casefold", "apostrophe", "homoglyph",
                          "cyrillic-yo", "length", "stem"));
}

TEST_F(AnalyzerTest, KazakhWordFormsMeetInBothScripts) {
  const auto cyrillic = IndexTerms("Тоқаевтың жарлығы", Language::kKazakh);
  EXPECT_EQ(cyrillic, IndexTerms("Тоқаев жарлығын", Language::kKazakh));
  EXPECT_EQ(cyrillic, IndexTerms("ТОҚАЕВТЫҢ ЖАРЛЫҒЫ", Language::kKazakh));
  EXPECT_EQ(IndexTerms("Toqaevtyń", Language::kKazakh), IndexTerms("Тоқаевтың", Language::kKazakh));
  EXPECT_EQ(IndexTerms("мектептердегі оқушылар", Language::kKazakh),
            IndexTerms("мектеп оқушылары", Language::kKazakh));
}

TEST_F(AnalyzerTest, RomanNumeralsMeetInAnyScriptAndArabicDigits) {
  const auto latin = IndexTerms("XIX ғасыр", Language::kKazakh);
  EXPECT_EQ(latin, IndexTerms("ХІХ ғасыр", Language::kKazakh));  // Cyrillic look-alikes
  EXPECT_EQ(latin, IndexTerms("19 ғасыр", Language::kKazakh));
  EXPECT_EQ(IndexTerms("Louis XIV", Language::kEnglish)[1], "14");
}

TEST_F(AnalyzerTest, KazakhQueryWordsHaveABackoffPrefix) {
  const std::vector<Token> tokens = analyzer_->Analyze(
      "неандертальдықтар мектептердегі оқушылары the", Language::kUnknown, AnalysisMode::kQuery);
  ASSERT_EQ(tokens.size(), 4u);
  // The stem keeps the derivation (неандертальдық); its prefix meets неандерталь.
  EXPECT_EQ(tokens[0].backoff_prefix, "неанд");
  EXPECT_EQ(tokens[1].backoff_prefix, "мекте");  // stem мектеп
  EXPECT_EQ(tokens[2].backoff_prefix, "");       // stem оқушы: no longer than 5
  EXPECT_EQ(tokens[3].backoff_prefix, "");       // too short in any reading
  // Index mode has none: back-off is the query's.
  for (const Token& token :
       analyzer_->Analyze("неандертальдықтар", Language::kKazakh, AnalysisMode::kIndex)) {
    EXPECT_EQ(token.backoff_prefix, "");
  }
}

TEST_F(AnalyzerTest, WordsSeenBeforeGiveWhatTheyGaveTheFirstTime) {
  // The second time, the words come from the Analyzer's memory of words.
  const std::string text = "Тоқаевтың ХІХ Назарбаева Running Toqaevtyń 3,5 елордада";
  for (const Language language : {Language::kKazakh, Language::kRussian, Language::kEnglish}) {
    const std::vector<Token> first = analyzer_->Analyze(text, language, AnalysisMode::kIndex);
    const std::vector<Token> again = analyzer_->Analyze(text, language, AnalysisMode::kIndex, 7);
    ASSERT_EQ(first.size(), again.size());
    for (std::size_t i = 0; i < first.size(); ++i) {
      EXPECT_EQ(first[i].text, again[i].text);
      EXPECT_EQ(first[i].script, again[i].script);
      EXPECT_EQ(first[i].terms, again[i].terms);
      EXPECT_EQ(again[i].position, first[i].position + 7);
    }
  }
  // Each language keeps its own: the same word, another stemmer.
  EXPECT_NE(IndexTerms("elections", Language::kEnglish),
            IndexTerms("elections", Language::kKazakh));
}

TEST_F(AnalyzerTest, RussianAndEnglishAreStemmed) {
  // Case forms of one name meet (Snowball alone would split them).
  const auto names = IndexTerms("Назарбаева Назарбаев Назарбаевым", Language::kRussian);
  ASSERT_EQ(names.size(), 3u);
  EXPECT_EQ(names[0], names[1]);
  EXPECT_EQ(names[1], names[2]);
  EXPECT_EQ(IndexTerms("в Астане", Language::kRussian), IndexTerms("в Астана", Language::kRussian));
  EXPECT_THAT(IndexTerms("Running elections", Language::kEnglish),
              ElementsAre("run", Xapian::Stem("english")("elections")));
}

TEST_F(AnalyzerTest, TokensKeepOffsetsPositionsAndFoldedText) {
  const std::string text = "Бүгін Нұр-Сұлтан қаласында";
  const std::vector<Token> tokens =
      analyzer_->Analyze(text, Language::kKazakh, AnalysisMode::kIndex, 10);
  ASSERT_EQ(tokens.size(), 4u);
  EXPECT_EQ(tokens[1].text, "нұр");
  EXPECT_TRUE(tokens[1].hyphen_joined_to_next);
  EXPECT_EQ(text.substr(tokens[2].begin, tokens[2].end - tokens[2].begin), "Сұлтан");
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    EXPECT_EQ(tokens[i].position, 10 + i);
    EXPECT_EQ(tokens[i].script, Script::kCyrillic);
  }
}

TEST_F(AnalyzerTest, NfdAndNfcMeet) {
  // Қайрат with й decomposed (и + U+0306), and Королёв with ё decomposed.
  EXPECT_EQ(IndexTerms("Қаи\u0306рат", Language::kKazakh), IndexTerms("Қайрат", Language::kKazakh));
  EXPECT_EQ(IndexTerms("Короле\u0308в", Language::kRussian),
            IndexTerms("Королёв", Language::kRussian));
}

TEST_F(AnalyzerTest, YoMeetsYe) {
  EXPECT_EQ(IndexTerms("Королёв КОРОЛЁВА", Language::kRussian),
            IndexTerms("Королев королева", Language::kRussian));
  // And the word is stemmed, which Snowball refuses to do with ё in it.
  EXPECT_THAT(IndexTerms("Королёва", Language::kRussian), ElementsAre("королев"));
}

TEST_F(AnalyzerTest, ApostrophesMeet) {
  EXPECT_EQ(IndexTerms("Qazaqstan\u2019ga", Language::kKazakh),
            IndexTerms("Qazaqstan'ga", Language::kKazakh));
  EXPECT_EQ(IndexTerms("Qazaqstan\u02BCga", Language::kKazakh),
            IndexTerms("Qazaqstan'ga", Language::kKazakh));
}

TEST_F(AnalyzerTest, HomoglyphsAreRepairedBeforeStemming) {
  // Tokayev typed with a Cyrillic capital О meets the Latin spelling.
  EXPECT_EQ(IndexTerms("T\u041Ekayev", Language::kEnglish),
            IndexTerms("Tokayev", Language::kEnglish));
  // Токаева typed with a Latin capital A is Russian-stemmed like the real one.
  EXPECT_THAT(IndexTerms("\u0422\u043E\u043A"
                         "A\u0435\u0432\u0430",
                         Language::kRussian),
              ElementsAre("токаев"));
  const std::vector<Token> tokens =
      analyzer_->Analyze("T\u041Ekayev", Language::kEnglish, AnalysisMode::kIndex);
  ASSERT_EQ(tokens.size(), 1u);
  EXPECT_EQ(tokens[0].script, Script::kLatin);
}

TEST_F(AnalyzerTest, TurkicCapitalIFoldsToI) {
  EXPECT_EQ(IndexTerms("BİLİM", Language::kKazakh), IndexTerms("bilim", Language::kKazakh));
  EXPECT_NE(IndexTerms("BILIM", Language::kKazakh), IndexTerms("bılım", Language::kKazakh));
}

TEST_F(AnalyzerTest, OverlongWordIsDroppedButKeepsItsPosition) {
  const std::string blob(300, 'Q');
  const std::vector<Token> tokens =
      analyzer_->Analyze("before " + blob + " after", Language::kEnglish, AnalysisMode::kIndex);
  ASSERT_EQ(tokens.size(), 3u);
  EXPECT_THAT(tokens[1].terms, IsEmpty());
  EXPECT_EQ(tokens[1].position, 1u);
  EXPECT_EQ(tokens[2].position, 2u);
  EXPECT_THAT(tokens[2].terms, ElementsAre("after"));
  // No term of any token is longer than Xapian accepts.
  EXPECT_THAT(analyzer_->Analyze(blob, Language::kUnknown, AnalysisMode::kQuery)[0].terms,
              IsEmpty());
}

TEST_F(AnalyzerTest, QueryModeOfUnknownLanguageCoversEveryIndexAnalysis) {
  for (std::string_view word : {"Назарбаева", "Тоқаевтың", "Астане", "elections", "Nur"}) {
    const std::vector<std::string> candidates = QueryTerms(word, Language::kUnknown);
    for (Language language : {Language::kEnglish, Language::kRussian, Language::kKazakh}) {
      const std::vector<std::string> index = IndexTerms(word, language);
      ASSERT_EQ(index.size(), 1u);
      EXPECT_THAT(candidates, ::testing::Contains(index.front())) << word;
    }
  }
}

TEST_F(AnalyzerTest, QueryModeOfKnownLanguageIsTheIndexTerm) {
  EXPECT_EQ(QueryTerms("Назарбаева", Language::kRussian),
            IndexTerms("Назарбаева", Language::kRussian));
  EXPECT_EQ(QueryTerms("Тоқаевтың", Language::kKazakh), IndexTerms("Тоқаевтың", Language::kKazakh));
}

TEST_F(AnalyzerTest, GuessLanguageAndFold) {
  EXPECT_EQ(analyzer_->GuessLanguage("Қасым-Жомарт Тоқаев Президент қызметіне кірісті"),
            Language::kKazakh);
  EXPECT_EQ(analyzer_->GuessLanguage("Президент подписал указ о реформе"), Language::kRussian);
  EXPECT_EQ(analyzer_->Fold("Steppe Herald"), "steppe herald");
  EXPECT_EQ(analyzer_->Fold("Алаш АҚПАРАТ"), "алаш ақпарат");
}

TEST_F(AnalyzerTest, EmptyText) {
  EXPECT_THAT(analyzer_->Analyze("", Language::kUnknown, AnalysisMode::kQuery), IsEmpty());
  EXPECT_THAT(analyzer_->Analyze(" ,.; ", Language::kEnglish, AnalysisMode::kIndex), IsEmpty());
}

TEST_F(AnalyzerTest, DictionariesLoadedWhenFirstNeededGiveTheTermsOfLoadingUpFront) {
  auto gazetteer = Gazetteer::Bundled();
  ASSERT_TRUE(gazetteer.ok()) << gazetteer.status();
  auto eager = Analyzer::Create(*gazetteer);
  ASSERT_TRUE(eager.ok()) << eager.status();
  ASSERT_TRUE((*eager)->LoadDictionaries().ok()) << (*eager)->status();
  // One language at a time, so that each text loads its own dictionary.
  const std::vector<std::pair<std::string_view, Language>> texts = {
      {"Tokayev met the Akim of Aktobe; wheat harvest records.", Language::kEnglish},
      {"Нұрсұлтан Назарбаев Қарағандыда болды. Тоқаевтың жарлығы шықты.", Language::kKazakh},
      {"Правительство утвердило программу. Назарбаевой вручили награду в Киеве.",
       Language::kRussian},
      {"Toqaev Назарбаеву Astana Қарағанды harvest выборы", Language::kUnknown}};
  for (const auto& [text, language] : texts) {
    for (const AnalysisMode mode : {AnalysisMode::kIndex, AnalysisMode::kQuery}) {
      const std::vector<Token> lazy = analyzer_->Analyze(text, language, mode);
      const std::vector<Token> loaded = (*eager)->Analyze(text, language, mode);
      ASSERT_EQ(lazy.size(), loaded.size()) << text;
      for (std::size_t i = 0; i < lazy.size(); ++i) {
        EXPECT_EQ(lazy[i].terms, loaded[i].terms) << text << " " << i;
        EXPECT_EQ(lazy[i].name_keys, loaded[i].name_keys) << text << " " << i;
        EXPECT_EQ(lazy[i].context_name_keys, loaded[i].context_name_keys) << text << " " << i;
        EXPECT_EQ(lazy[i].backoff_prefix, loaded[i].backoff_prefix) << text << " " << i;
        EXPECT_EQ(lazy[i].stopword, loaded[i].stopword) << text << " " << i;
      }
    }
  }
  EXPECT_TRUE(analyzer_->status().ok()) << analyzer_->status();
}

}  // namespace
}  // namespace steppe
