#include "searcher/query_parser.h"

#include <algorithm>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <xapian.h>

#include "tests/searcher/test_index.h"
#include "tokenizers/analyzer.h"

namespace steppe {
namespace {

using ::steppe::testing::Ids;
using ::steppe::testing::RankedIds;
using ::steppe::testing::TempDir;
using ::steppe::testing::TestArticle;
using ::steppe::testing::Weights;
using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::Not;

// A small corpus: the words oil, gas and pipeline spread so that every
// boolean combination has its own answer.
const std::vector<TestArticle>& Articles() {
  static const auto* articles = new std::vector<TestArticle>{
      {"oil", "Oil output rises", "Oil production in western Kazakhstan rose this year.",
       "2019-06-05", "en", "Steppe Herald"},
      {"gas", "Prices fall", "Gas prices fell in Almaty.", "2019-07-01", "en", "Caspian Wire"},
      {"gas-pipeline", "Deal signed", "A new gas pipeline to China opened.", "2020-01-15", "en",
       "Caspian Wire"},
      {"pipeline", "Pipeline closed", "The pipeline was closed for repairs.", "2019-06-20", "en",
       "Steppe Herald"},
      {"oil-gas", "Exports grew", "Oil and gas exports grew.", "2021-03-01", "en", "Steppe Herald"},
      {"kk-gas", "Baǵa", "Gas baǵasy ósti.", "2019-06-25", "kk", "Qazaq Times"},
      {"nur-sultan", "Capital renamed", "The capital Nur-Sultan was renamed Astana in 2022.",
       "2022-09-17", "en", "Steppe Herald"},
      {"sultan-nur", "Airport meeting", "Sultan met Nur at the airport.", "2018-05-02", "en",
       "Caspian Wire"},
      {"kk-toqaev", "Жарлық", "Тоқаевтың жарлығы жарияланды. Алма-Ата қаласы.", "2019-06-12", "kk",
       "Алаш Ақпарат"},
      {"ru-nazarbayev", "Указ", "Указ Назарбаева опубликован в Астане.", "2018-02-01", "ru",
       "Степной вестник"},
      {"ata-alma", "Алма", "Ата мен алма туралы.", "2020-02-02", "kk", "Алаш Ақпарат"},
      {"kk-neanderthal", "Ежелгі адамдар",
       "Неандерталь адамы мұз басу дәуірінде Еуропада өмір сүрген.", "2020-03-03", "kk",
       "Алаш Ақпарат"},
      {"kk-neanderthals", "Зерттеу", "Неандертальдықтар туралы жаңа зерттеу жарияланды.",
       "2021-03-03", "kk", "Алаш Ақпарат"},
      {"near", "Oil companies", "Kazakh oil companies expanded exports.", "2023-04-04", "en",
       "Steppe Herald"},
      {"far", "Report",
       "Oil was mentioned first, and after a great many other words about weather, sport, "
       "culture, music, travel, art, history and food came exports.",
       "2023-05-05", "en", "Caspian Wire"},
  };
  return *articles;
}

class QueryParserTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto analyzer = Analyzer::Create();
    ASSERT_TRUE(analyzer.ok()) << analyzer.status();
    analyzer_ = analyzer->release();
    dir_ = new TempDir();
    ::steppe::testing::WriteDatabase(*analyzer_, dir_->Sub("db"), Articles());
    db_ = new Xapian::Database(dir_->Sub("db"));
  }
  static void TearDownTestSuite() {
    delete db_;
    delete dir_;
    delete analyzer_;
  }

  absl::StatusOr<ParsedQuery> Parse(std::string_view query, QueryOptions options = {}) const {
    return QueryParser(*analyzer_, options).Parse(query);
  }

  // The ids matching `query`, sorted; fails the test on a parse error.
  std::vector<std::string> Match(std::string_view query, QueryOptions options = {}) const {
    auto parsed = Parse(query, options);
    EXPECT_TRUE(parsed.ok()) << query << ": " << parsed.status();
    if (!parsed.ok()) return {};
    return Ids(*db_, parsed->query);
  }

  std::map<std::string, double> MatchWeights(std::string_view query) const {
    auto parsed = Parse(query);
    EXPECT_TRUE(parsed.ok()) << query << ": " << parsed.status();
    if (!parsed.ok()) return {};
    return Weights(*db_, parsed->query);
  }

  // The message of the error `query` gives; fails the test if it parses.
  std::string Error(std::string_view query) const {
    auto parsed = Parse(query);
    EXPECT_FALSE(parsed.ok()) << query << " parsed as " << parsed->query.get_description();
    if (parsed.ok()) return "";
    EXPECT_EQ(parsed.status().code(), absl::StatusCode::kInvalidArgument) << parsed.status();
    return std::string(parsed.status().message());
  }

  static Analyzer* analyzer_;
  static TempDir* dir_;
  static Xapian::Database* db_;
};

Analyzer* QueryParserTest::analyzer_ = nullptr;
TempDir* QueryParserTest::dir_ = nullptr;
Xapian::Database* QueryParserTest::db_ = nullptr;

TEST_F(QueryParserTest, SingleWordsMeetTheIndex) {
  EXPECT_THAT(Match("oil"), ElementsAre("far", "near", "oil", "oil-gas"));
  EXPECT_THAT(Match("Pipelines"), ElementsAre("gas-pipeline", "pipeline"));  // stemmed
  EXPECT_THAT(Match("GAS"), ElementsAre("gas", "gas-pipeline", "kk-gas", "oil-gas"));
}

TEST_F(QueryParserTest, KazakhDerivationsMeetThroughTheBackoffPrefix) {
  // неандертальдықтар stems to неандертальдық; the article that says
  // неандерталь is found by the stem's prefix, below the one with the form.
  const auto weights = MatchWeights("неандертальдықтар");
  ASSERT_EQ(weights.size(), 2u);
  ASSERT_EQ(weights.count("kk-neanderthal"), 1u);
  ASSERT_EQ(weights.count("kk-neanderthals"), 1u);
  EXPECT_GT(weights.at("kk-neanderthals"), weights.at("kk-neanderthal"));
  // Within a phrase, words match exactly.
  EXPECT_THAT(Match("\"неандертальдықтар туралы\""), ElementsAre("kk-neanderthals"));
  // NEAR joins the words' own terms.
  EXPECT_THAT(Match("неандерталь NEAR Еуропада"), ElementsAre("kk-neanderthal"));
}

TEST_F(QueryParserTest, KazakhAndRussianWordsMeetTheIndex) {
  // Kazakh documents are unstemmed; an unknown-language query looks up the
  // raw form among its candidates.
  EXPECT_THAT(Match("Тоқаевтың"), ElementsAre("kk-toqaev"));
  EXPECT_THAT(Match("ТОҚАЕВТЫҢ"), ElementsAre("kk-toqaev"));
  EXPECT_THAT(Match("Тоқаевтың", {.language = Language::kKazakh}), ElementsAre("kk-toqaev"));
  EXPECT_THAT(Match("Назарбаева"), ElementsAre("ru-nazarbayev"));
  // Астане is the capital in any script: the English article's Astana too.
  EXPECT_THAT(Match("в Астане", {.language = Language::kRussian}),
              ElementsAre("nur-sultan", "ru-nazarbayev"));
  EXPECT_THAT(Match("в Астане", {.language = Language::kRussian, .exact = true}),
              ElementsAre("ru-nazarbayev"));
  // Snowball russian gives назарбаева the term назарбаев, which an
  // unknown-language query for the nominative also looks up (as its raw form).
  EXPECT_THAT(Match("Назарбаев"), ElementsAre("ru-nazarbayev"));
}

TEST_F(QueryParserTest, DefaultOperatorIsOrAndMayBeAnd) {
  EXPECT_THAT(Match("oil gas"),
              ElementsAre("far", "gas", "gas-pipeline", "kk-gas", "near", "oil", "oil-gas"));
  EXPECT_THAT(Match("oil gas", {.default_and = true}), ElementsAre("oil-gas"));
}

TEST_F(QueryParserTest, AndBindsTighterThanOr) {
  // oil OR (gas AND pipeline), not (oil OR gas) AND pipeline.
  EXPECT_THAT(Match("oil OR gas AND pipeline"),
              ElementsAre("far", "gas-pipeline", "near", "oil", "oil-gas"));
  EXPECT_THAT(Match("pipeline AND gas OR oil"),
              ElementsAre("far", "gas-pipeline", "near", "oil", "oil-gas"));
  EXPECT_THAT(Match("(oil OR gas) AND pipeline"), ElementsAre("gas-pipeline"));
}

TEST_F(QueryParserTest, NotBindsTighterThanAnd) {
  // (gas NOT pipeline) AND oil, not gas NOT (pipeline AND oil).
  EXPECT_THAT(Match("gas NOT pipeline AND oil"), ElementsAre("oil-gas"));
  EXPECT_THAT(Match("gas NOT pipeline"), ElementsAre("gas", "kk-gas", "oil-gas"));
  EXPECT_THAT(Match("gas NOT pipeline OR oil"),
              ElementsAre("far", "gas", "kk-gas", "near", "oil", "oil-gas"));
}

TEST_F(QueryParserTest, AndNot) {
  // Xapian's QueryParser reads "AND NOT" as one operator.
  EXPECT_THAT(Match("gas AND NOT pipeline"), ElementsAre("gas", "kk-gas", "oil-gas"));
  EXPECT_THAT(Match("oil AND NOT gas AND exports"), ElementsAre("far", "near"));
}

TEST_F(QueryParserTest, Xor) {
  EXPECT_THAT(Match("oil XOR gas"),
              ElementsAre("far", "gas", "gas-pipeline", "kk-gas", "near", "oil"));
}

TEST_F(QueryParserTest, LoveAndHate) {
  EXPECT_THAT(Match("+gas pipeline"), ElementsAre("gas", "gas-pipeline", "kk-gas", "oil-gas"));
  auto parsed = Parse("+gas pipeline");
  ASSERT_TRUE(parsed.ok());
  EXPECT_EQ(RankedIds(*db_, parsed->query).front(), "gas-pipeline");  // the optional word counts
  EXPECT_THAT(Match("gas -pipeline"), ElementsAre("gas", "kk-gas", "oil-gas"));
  EXPECT_THAT(Match("+gas +oil"), ElementsAre("oil-gas"));
  EXPECT_THAT(Match("gas -pipeline -oil"), ElementsAre("gas", "kk-gas"));
  // A query of exclusions alone excludes from everything.
  EXPECT_THAT(Match("-gas -oil -pipeline"),
              ElementsAre("ata-alma", "kk-neanderthal", "kk-neanderthals", "kk-toqaev",
                          "nur-sultan", "ru-nazarbayev", "sultan-nur"));
}

TEST_F(QueryParserTest, HyphenatedWordIsAPhrase) {
  EXPECT_THAT(Match("Nur-Sultan"), ElementsAre("nur-sultan"));
  EXPECT_THAT(Match("nur-sultan"), ElementsAre("nur-sultan"));
  EXPECT_THAT(Match("nur sultan"), ElementsAre("nur-sultan", "sultan-nur"));
  EXPECT_THAT(Match("Sultan-Nur"), IsEmpty());
  EXPECT_THAT(Match("Алма-Ата"), ElementsAre("kk-toqaev"));
  EXPECT_THAT(Match("алма ата"), ElementsAre("ata-alma", "kk-toqaev"));
  auto parsed = Parse("Nur-Sultan");
  ASSERT_TRUE(parsed.ok());
  EXPECT_THAT(parsed->query.get_description(), HasSubstr("PHRASE"));
}

TEST_F(QueryParserTest, QuotedPhrase) {
  EXPECT_THAT(Match("\"Nur Sultan\""), ElementsAre("nur-sultan"));
  EXPECT_THAT(Match("\"capital Nur-Sultan was renamed\""), ElementsAre("nur-sultan"));
  EXPECT_THAT(Match("\"Nur at the airport\""), ElementsAre("sultan-nur"));
  EXPECT_THAT(Match("\"airport the at Nur\""), IsEmpty());
  // A one-word phrase is that word; an unclosed quote runs to the end.
  EXPECT_THAT(Match("\"pipeline\""), ElementsAre("gas-pipeline", "pipeline"));
  EXPECT_THAT(Match("\"gas pipeline"), ElementsAre("gas-pipeline"));
}

TEST_F(QueryParserTest, PhraseDoesNotSpanTitleAndBody) {
  // "Oil output rises" / "Oil production...": rises is last in the title.
  EXPECT_THAT(Match("\"output rises\""), ElementsAre("oil"));
  EXPECT_THAT(Match("\"rises oil\""), IsEmpty());
}

TEST_F(QueryParserTest, NearAndAdj) {
  EXPECT_THAT(Match("oil NEAR exports"), ElementsAre("near", "oil-gas"));
  EXPECT_THAT(Match("exports NEAR oil"), ElementsAre("near", "oil-gas"));
  EXPECT_THAT(Match("oil NEAR/4 exports"), ElementsAre("near", "oil-gas"));
  EXPECT_THAT(Match("oil NEAR/2 exports"), IsEmpty());
  EXPECT_THAT(Match("oil ADJ exports"), ElementsAre("near", "oil-gas"));
  EXPECT_THAT(Match("exports ADJ oil"), IsEmpty());
  EXPECT_THAT(Match("oil NEAR gas NEAR exports"), ElementsAre("oil-gas"));
}

TEST_F(QueryParserTest, TitleField) {
  EXPECT_THAT(Match("pipeline"), ElementsAre("gas-pipeline", "pipeline"));
  EXPECT_THAT(Match("title:pipeline"), ElementsAre("pipeline"));
  EXPECT_THAT(Match("title:Oil"), ElementsAre("near", "oil"));
  EXPECT_THAT(Match("title:\"capital renamed\""), ElementsAre("nur-sultan"));
  EXPECT_THAT(Match("title:\"renamed capital\""), IsEmpty());
  EXPECT_THAT(Match("title:Prices gas"), ElementsAre("gas", "gas-pipeline", "kk-gas", "oil-gas"));
}

TEST_F(QueryParserTest, TitleMatchOutweighsBodyMatch) {
  auto parsed = Parse("pipeline");
  ASSERT_TRUE(parsed.ok());
  EXPECT_EQ(RankedIds(*db_, parsed->query).front(), "pipeline");
}

TEST_F(QueryParserTest, LanguageFilter) {
  EXPECT_THAT(Match("gas lang:kk"), ElementsAre("kk-gas"));
  EXPECT_THAT(Match("gas lang:kaz"), ElementsAre("kk-gas"));
  EXPECT_THAT(Match("gas lang:kk-Latn"), ElementsAre("kk-gas"));
  EXPECT_THAT(Match("gas lang:EN"), ElementsAre("gas", "gas-pipeline", "oil-gas"));
  EXPECT_THAT(Match("gas -lang:en"), ElementsAre("kk-gas"));
  // Values of one field are alternatives.
  EXPECT_THAT(Match("gas lang:en lang:kk"),
              ElementsAre("gas", "gas-pipeline", "kk-gas", "oil-gas"));
  EXPECT_THAT(Match("gas lang:de"), IsEmpty());
}

TEST_F(QueryParserTest, SourceAndIdFilters) {
  EXPECT_THAT(Match("gas source:\"Caspian Wire\""), ElementsAre("gas", "gas-pipeline"));
  EXPECT_THAT(Match("gas source:\"CASPIAN WIRE\""), ElementsAre("gas", "gas-pipeline"));
  EXPECT_THAT(Match("Алма source:\"Алаш Ақпарат\""), ElementsAre("ata-alma", "kk-toqaev"));
  EXPECT_THAT(Match("gas id:oil-gas"), ElementsAre("oil-gas"));
  // Different fields must all hold.
  EXPECT_THAT(Match("gas lang:en source:\"Steppe Herald\""), ElementsAre("oil-gas"));
}

TEST_F(QueryParserTest, FiltersDoNotChangeWeights) {
  const std::map<std::string, double> plain = MatchWeights("gas pipeline");
  for (std::string_view query :
       {"gas pipeline lang:en", "gas pipeline source:\"Caspian Wire\"", "gas pipeline id:gas",
        "gas pipeline date:2019", "gas pipeline 2019-06-01..2020-12-31", "lang:en gas pipeline"}) {
    const std::map<std::string, double> filtered = MatchWeights(query);
    EXPECT_FALSE(filtered.empty()) << query;
    EXPECT_LT(filtered.size(), plain.size()) << query;
    for (const auto& [id, weight] : filtered) {
      ASSERT_TRUE(plain.count(id)) << query << ": " << id;
      EXPECT_DOUBLE_EQ(weight, plain.at(id)) << query << ": " << id;
    }
  }
}

TEST_F(QueryParserTest, FilterAloneMatchesWithoutWeight) {
  const std::map<std::string, double> weights = MatchWeights("lang:kk");
  EXPECT_EQ(weights.size(), 5u);
  for (const auto& [id, weight] : weights) EXPECT_EQ(weight, 0.0) << id;
  EXPECT_THAT(Match("source:\"Qazaq Times\""), ElementsAre("kk-gas"));
}

TEST_F(QueryParserTest, DateFilters) {
  EXPECT_THAT(Match("gas date:2019"), ElementsAre("gas", "kk-gas"));
  EXPECT_THAT(Match("gas date:2019-06"), ElementsAre("kk-gas"));
  EXPECT_THAT(Match("pipeline date:2019-06-20"), ElementsAre("pipeline"));
  EXPECT_THAT(Match("gas 2019-06-01..2019-07-01"), ElementsAre("gas", "kk-gas"));
  EXPECT_THAT(Match("gas 2019-06-01..2019-06-30"), ElementsAre("kk-gas"));
  EXPECT_THAT(Match("gas 2020.."), ElementsAre("gas-pipeline", "oil-gas"));
  EXPECT_THAT(Match("gas ..2019-06"), ElementsAre("kk-gas"));
  EXPECT_THAT(Match("gas date:2019..2020"), ElementsAre("gas", "gas-pipeline", "kk-gas"));
}

TEST_F(QueryParserTest, HighlightTermsAreUnprefixedCandidates) {
  auto parsed = Parse("Назарбаева title:Pipelines lang:kk source:x id:y");
  ASSERT_TRUE(parsed.ok()) << parsed.status();
  EXPECT_THAT(parsed->highlight_terms, Contains("назарбаев"));
  EXPECT_THAT(parsed->highlight_terms, Contains("назарбаева"));
  EXPECT_THAT(parsed->highlight_terms, Contains("pipelin"));
  for (const std::string& term : parsed->highlight_terms) {
    EXPECT_THAT(term, Not(HasSubstr("Spipelin")));
    EXPECT_NE(term, "Lkk");
    EXPECT_NE(term, "XSx");
    EXPECT_NE(term, "Qy");
  }
  // Each term once.
  parsed = Parse("oil oil OIL");
  ASSERT_TRUE(parsed.ok());
  EXPECT_EQ(parsed->highlight_terms, Parse("oil")->highlight_terms);
}

TEST_F(QueryParserTest, UnknownLanguageWordIsOneSynonymGroup) {
  auto parsed = Parse("Назарбаева");
  ASSERT_TRUE(parsed.ok());
  EXPECT_THAT(parsed->query.get_description(), HasSubstr("SYNONYM"));
  parsed = Parse("Назарбаева", {.language = Language::kRussian, .exact = true});
  ASSERT_TRUE(parsed.ok());
  EXPECT_THAT(parsed->query.get_description(), Not(HasSubstr("SYNONYM")));
  EXPECT_THAT(parsed->highlight_terms, ElementsAre("назарбаев"));
}

TEST_F(QueryParserTest, NamesAreAlsoLookedUpByTheirKeys) {
  // The Russian reading (the surname's base) and the Kazakh one (a name
  // of its own) both: the word may be either.
  auto parsed = Parse("Назарбаева", {.language = Language::kRussian});
  ASSERT_TRUE(parsed.ok());
  EXPECT_THAT(parsed->highlight_terms, ElementsAre("назарбаев", "Nnazarbaev", "Nnazarbaeva"));
  EXPECT_THAT(parsed->query.get_description(), HasSubstr("0.25 * (Nnazarbaev@1 SYNONYM"));
  // Any script, any romanization.
  EXPECT_THAT(Parse("Toqaev")->highlight_terms, Contains("Ntokaev"));
  EXPECT_THAT(Parse("Тоқаевтың")->highlight_terms, Contains("Ntokaev"));
  // Common words have none: қазақ (Kazakh) and казак (Cossack) stay apart.
  EXPECT_THAT(Parse("қазақ")->highlight_terms, Not(Contains(::testing::StartsWith("N"))));
  EXPECT_THAT(Parse("казак")->highlight_terms, Not(Contains(::testing::StartsWith("N"))));
  EXPECT_THAT(Parse("union")->highlight_terms, Not(Contains(::testing::StartsWith("N"))));
  // Phrases join a word's keys to its terms at its position.
  EXPECT_THAT(Parse("\"Tokayev said\"")->query.get_description(),
              HasSubstr("OR Ntokaev@1) PHRASE 2"));
}

TEST_F(QueryParserTest, WordsWrittenAsANameAreOneInOrderAnySpelling) {
  TempDir dir;
  ::steppe::testing::WriteDatabase(
      *analyzer_, dir.Sub("db"),
      {{"son", "", "Kassym-Jomart Tokayev spoke.", "", "en", ""},
       {"father", "", "Kemel Tokayev wrote books.", "", "en", ""},
       {"patronymic", "", "Касым-Жомарт Кемелевич Токаев выступил.", "", "ru", ""},
       {"kazakh", "", "Бүгін Қасым-Жомарт Тоқаев сөйледі.", "", "kk", ""},
       {"reversed", "", "Tokayev, Kassym-Jomart: a profile.", "", "en", ""},
       {"bank", "", "Halyk Bank raised its rates.", "", "en", ""},
       {"broker", "", "Halyk Finance bought the shares.", "", "en", ""}});
  const Xapian::Database db(dir.Sub("db"));
  const auto match = [&](std::string_view query, QueryOptions options = {}) {
    auto parsed = Parse(query, options);
    EXPECT_TRUE(parsed.ok()) << parsed.status();
    return parsed.ok() ? Ids(db, parsed->query) : std::vector<std::string>{};
  };
  // No gazetteer here: the names are matched by their words' keys alone,
  // in order, with room for a patronymic.
  EXPECT_THAT(match("Kemel Tokayev"), ElementsAre("father"));
  EXPECT_THAT(match("Qasym-Zhomart Toqaev"),
              ElementsAre("kazakh", "patronymic", "reversed", "son"));
  // In order first: the reversed name comes last.
  auto parsed = Parse("Qasym-Zhomart Toqaev");
  ASSERT_TRUE(parsed.ok());
  EXPECT_EQ(RankedIds(db, parsed->query).back(), "reversed");
  // One word finds every spelling; lower case is words, not a name.
  EXPECT_THAT(match("Tokayev"), ElementsAre("father", "kazakh", "patronymic", "reversed", "son"));
  EXPECT_THAT(match("kemel tokayev"),
              ElementsAre("father", "kazakh", "patronymic", "reversed", "son"));
  // A name of a name and a common word is one when it is the whole query;
  // in a longer one (a question, capitalized anyway) its words are words.
  EXPECT_THAT(match("Halyk Finance"), ElementsAre("broker"));
  EXPECT_THAT(match("Halyk Finance rates"), ElementsAre("bank", "broker"));
  // Initials and punctuation end a name.
  EXPECT_THAT(match("Kemel, Tokayev"),
              ElementsAre("father", "kazakh", "patronymic", "reversed", "son"));
  // --exact: words as written (and as Cyrillic reads them: Токаев), any
  // of them; not Тоқаев, whose қ no transliteration of Tokayev has.
  EXPECT_THAT(match("Kemel Tokayev", {.exact = true}),
              ElementsAre("father", "patronymic", "reversed", "son"));
}

TEST_F(QueryParserTest, ASurnameAloneFindsThePersonsOtherSurnames) {
  Gazetteer gazetteer;
  ASSERT_TRUE(
      gazetteer.Add("lukashenko | person | Alexander Lukashenko | Аляксандр Лукашэнка\n", "test")
          .ok());
  // Belarusian Лукашэнка is no spelling rule's Lukashenko.
  auto parsed = Parse("Lukashenko", {.gazetteer = &gazetteer});
  ASSERT_TRUE(parsed.ok());
  EXPECT_THAT(parsed->explanations,
              Contains("\"Lukashenko\" is the surname of lukashenko (Alexander Lukashenko): "
                       "also Lukashenko, Лукашэнка"));
  EXPECT_THAT(parsed->query.get_description(), HasSubstr("Nlukashenka"));
  // Beside another capitalized word it is someone else's surname.
  parsed = Parse("Igor Lukashenko", {.gazetteer = &gazetteer});
  ASSERT_TRUE(parsed.ok());
  EXPECT_THAT(parsed->explanations, Not(Contains(HasSubstr("is the surname of"))));
}

TEST_F(QueryParserTest, GazetteerNamesFindTheEntitysOtherNames) {
  Gazetteer gazetteer;
  ASSERT_TRUE(
      gazetteer.Add("astana | capital | Astana | Nur-Sultan | Akmola | Астана\n", "test").ok());
  const QueryOptions with_names = {.gazetteer = &gazetteer};
  // Akmola is in no document, but Astana (also as Астане) and Nur-Sultan are.
  EXPECT_THAT(Match("Akmola", with_names), ElementsAre("nur-sultan", "ru-nazarbayev"));
  EXPECT_THAT(Match("Aqmola", with_names), ElementsAre("nur-sultan", "ru-nazarbayev"));
  EXPECT_THAT(Match("Akmola"), IsEmpty());
  EXPECT_THAT(Match("Akmola", {.gazetteer = &gazetteer, .exact = true}), IsEmpty());
  // The name as typed weighs fully, the other names together half as much.
  auto parsed = Parse("Akmola", with_names);
  ASSERT_TRUE(parsed.ok());
  EXPECT_THAT(parsed->query.get_description(), HasSubstr("0.5 *"));
}

TEST_F(QueryParserTest, AGazetteerNameOfSeveralWordsIsOneUnit) {
  Gazetteer gazetteer;
  ASSERT_TRUE(gazetteer.Add("astana | capital | Astana | Nur-Sultan\n", "test").ok());
  // Without the gazetteer the two words are any two words...
  EXPECT_THAT(Match("nur sultan"), ElementsAre("nur-sultan", "sultan-nur"));
  // ... with it, the name: Sultan meeting Nur is not Nur-Sultan, and
  // Astana (in Астане) is.
  EXPECT_THAT(Match("nur sultan", {.gazetteer = &gazetteer}),
              ElementsAre("nur-sultan", "ru-nazarbayev"));
  // Longest first, and the words around it stay words; in a longer query
  // the name's words count one by one too, below the name.
  EXPECT_THAT(
      Match("oil nur sultan", {.gazetteer = &gazetteer}),
      ElementsAre("far", "near", "nur-sultan", "oil", "oil-gas", "ru-nazarbayev", "sultan-nur"));
  const auto ranked = RankedIds(*db_, Parse("oil nur sultan", {.gazetteer = &gazetteer})->query);
  EXPECT_LT(std::find(ranked.begin(), ranked.end(), "nur-sultan"),
            std::find(ranked.begin(), ranked.end(), "sultan-nur"));
}

TEST_F(QueryParserTest, PunctuationItemsDropOut) {
  EXPECT_THAT(Match("oil - , !"), ElementsAre("far", "near", "oil", "oil-gas"));
  // Trailing dots are punctuation, not a date range.
  EXPECT_THAT(Match("oil..."), ElementsAre("far", "near", "oil", "oil-gas"));
  EXPECT_THAT(Match("oil AND !!!"), ElementsAre("far", "near", "oil", "oil-gas"));
}

TEST_F(QueryParserTest, EmptyQueryIsAnError) {
  EXPECT_EQ(Error(""), "empty query");
  EXPECT_EQ(Error("   "), "empty query");
  EXPECT_EQ(Error("!!! ,,, -"), "the query has no words to search for");
}

TEST_F(QueryParserTest, DanglingOperatorIsAnError) {
  EXPECT_EQ(Error("oil AND"), "AND needs something after it (at column 5)");
  EXPECT_EQ(Error("oil OR"), "OR needs something after it (at column 5)");
  EXPECT_EQ(Error("oil NOT"), "NOT needs something after it (at column 5)");
  EXPECT_EQ(Error("AND oil"), "expected a word before 'AND' (at column 1)");
  EXPECT_EQ(Error("oil AND OR gas"), "expected a word before 'OR' (at column 9)");
}

TEST_F(QueryParserTest, UnbalancedParenthesisIsAnError) {
  EXPECT_EQ(Error("(oil"), "'(' without a matching ')' (at column 1)");
  EXPECT_EQ(Error("gas (oil OR (pipeline)"), "'(' without a matching ')' (at column 5)");
  EXPECT_EQ(Error("oil)"), "')' without a matching '(' (at column 4)");
  EXPECT_EQ(Error("oil AND )"), "expected a word before ')' (at column 9)");
  EXPECT_THAT(Error("()"), HasSubstr("expected a word before ')'"));
}

TEST_F(QueryParserTest, BadDateIsAnError) {
  EXPECT_EQ(Error("date:2019-13"),
            "'2019-13' is not a date (use YYYY, YYYY-MM or YYYY-MM-DD) (at column 6)");
  EXPECT_THAT(Error("oil 2019-06-32..2019-07"), HasSubstr("'2019-06-32' is not a date"));
  EXPECT_THAT(Error("oil 2019-06-32..2019-07"), HasSubstr("(at column 5)"));
  EXPECT_THAT(Error("oil 2020..2019"), HasSubstr("ends before it starts"));
  EXPECT_THAT(Error("date:.."), HasSubstr("'..' needs a date"));
  EXPECT_THAT(Match("oil .."), ElementsAre("far", "near", "oil", "oil-gas"));  // punctuation
  EXPECT_THAT(Error("date:"), HasSubstr("date: needs a value"));
}

TEST_F(QueryParserTest, FieldWithoutValueIsAnError) {
  EXPECT_EQ(Error("oil title:"), "title: needs a value (at column 5)");
  EXPECT_EQ(Error("lang:"), "lang: needs a value (at column 1)");
  EXPECT_THAT(Error("title:(a b)"), HasSubstr("title: needs a word or a \"phrase\""));
}

TEST_F(QueryParserTest, NearMisuseIsAnError) {
  EXPECT_EQ(Error("oil NEAR"), "NEAR needs a word after it (at column 5)");
  EXPECT_EQ(Error("oil NEAR/3"), "NEAR/3 needs a word after it (at column 5)");
  EXPECT_EQ(Error("NEAR oil"), "expected a word before 'NEAR' (at column 1)");
  EXPECT_EQ(Error("\"oil gas\" NEAR exports"), "NEAR and ADJ join single words (at column 1)");
  EXPECT_EQ(Error("oil NEAR \"gas exports\""), "NEAR and ADJ join single words (at column 10)");
  EXPECT_EQ(Error("oil NEAR lang:en"), "NEAR and ADJ join single words (at column 10)");
  EXPECT_EQ(Error("oil NEAR (gas OR exports)"), "NEAR and ADJ join single words (at column 10)");
  EXPECT_EQ(Error("oil ADJ"), "ADJ needs a word after it (at column 5)");
}

}  // namespace
}  // namespace steppe

namespace steppe {
namespace {

TEST_F(QueryParserTest, LoneStopwordsDropOutOfFreeText) {
  // "the" and "and" would match nearly everything; with other words they go.
  EXPECT_THAT(Match("the pipeline"), ElementsAre("gas-pipeline", "pipeline"));
  EXPECT_THAT(Match("oil and gas", {.default_and = true}), ElementsAre("oil-gas"));
  // Alone, they are all there is to search for.
  EXPECT_THAT(Match("the"), ElementsAre("nur-sultan", "pipeline", "sultan-nur"));
  // Required and quoted, they stay.
  EXPECT_THAT(Match("+the pipeline"), ElementsAre("nur-sultan", "pipeline", "sultan-nur"));
  EXPECT_THAT(Match("\"oil and gas\""), ElementsAre("oil-gas"));
  // Kazakh: мен ("and") in "Ата мен алма".
  EXPECT_THAT(Match("мен алма"), ElementsAre("ata-alma", "kk-toqaev"));  // Алма-Ата too
}

TEST_F(QueryParserTest, StopwordsAreNotHighlighted) {
  auto parsed = Parse("the pipeline");
  ASSERT_TRUE(parsed.ok()) << parsed.status();
  EXPECT_EQ(parsed->highlight_terms, Parse("pipeline")->highlight_terms);
}

}  // namespace
}  // namespace steppe
