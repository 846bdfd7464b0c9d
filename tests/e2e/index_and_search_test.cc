// End-to-end: index the sample corpus with the real steppe-index, search it
// with the real steppe-search, and check which articles come back and in
// what order, as a user's script would see them.
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <xapian.h>
#include <nlohmann/json.hpp>

#include "tests/e2e/tool_runner.h"

namespace steppe::testing {
namespace {

using ::testing::AllOf;
using ::testing::Contains;
using ::testing::Each;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::Not;
using ::testing::SizeIs;
using ::testing::StartsWith;

const std::string kIndex = STEPPE_INDEX_BIN;
const std::string kSearch = STEPPE_SEARCH_BIN;
const std::string kCorpora = STEPPE_CORPORA_DIR;

// Records in the sample corpus: JSON Lines rows, CSV rows, text and HTML pages.
std::size_t CountCorpusRecords() {
  std::size_t count = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(kCorpora)) {
    const std::string ext = entry.path().extension().string();
    if (ext == ".jsonl") {
      std::ifstream in(entry.path());
      std::string line;
      while (std::getline(in, line)) count += !line.empty();
    } else if (ext == ".txt" || ext == ".html") {
      ++count;
    }
  }
  return count + 4;  // corpora/csv/articles.csv holds four articles
}

std::vector<std::string> Ids(const std::vector<nlohmann::json>& rows) {
  std::vector<std::string> ids;
  ids.reserve(rows.size());
  for (const auto& row : rows) ids.push_back(row.at("id").get<std::string>());
  return ids;
}

class IndexAndSearchTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = std::make_unique<TempDir>();
    db_ = *dir_ / "db";
    first_run_ = RunTool(kIndex, {"--db", db_, kCorpora});
  }
  static void TearDownTestSuite() { dir_.reset(); }

  // The ids steppe-search --json returns for `arguments` (after --db).
  static std::vector<nlohmann::json> Search(std::vector<std::string> arguments,
                                            int expected_status = 0) {
    arguments.insert(arguments.begin(), {"--db", db_, "--json", "--limit", "100"});
    const ToolResult result = RunTool(kSearch, arguments);
    EXPECT_EQ(result.status, expected_status) << result.err;
    return ParseJsonLines(result.out);
  }

  static std::unique_ptr<TempDir> dir_;
  static std::string db_;
  static ToolResult first_run_;
};

std::unique_ptr<TempDir> IndexAndSearchTest::dir_;
std::string IndexAndSearchTest::db_;
ToolResult IndexAndSearchTest::first_run_;

TEST_F(IndexAndSearchTest, IndexesEveryRecordOfTheCorpus) {
  ASSERT_EQ(first_run_.status, 0) << first_run_.err;
  const std::size_t expected = CountCorpusRecords();
  EXPECT_THAT(first_run_.out,
              HasSubstr(std::to_string(expected) + " documents (" + std::to_string(expected) +
                        " added, 0 replaced), 0 skipped"));
  EXPECT_EQ(Xapian::Database(db_).get_doccount(), expected);
  // The corpus README is not an article; it is named as passed over, not dropped silently.
  EXPECT_THAT(first_run_.err, HasSubstr("README.md"));
}

TEST_F(IndexAndSearchTest, ReindexingReplacesInsteadOfDuplicating) {
  const ToolResult again = RunTool(kIndex, {"--db", db_, kCorpora});
  ASSERT_EQ(again.status, 0) << again.err;
  const std::size_t expected = CountCorpusRecords();
  EXPECT_THAT(again.out, HasSubstr("(0 added, " + std::to_string(expected) + " replaced)"));
  EXPECT_EQ(Xapian::Database(db_).get_doccount(), expected);
  EXPECT_THAT(Ids(Search({"camel"})), ElementsAre("en-020"));
}

TEST_F(IndexAndSearchTest, ThreadsAndTimingsOptions) {
  TempDir dir;
  const ToolResult run =
      RunTool(kIndex, {"--db", dir / "db", "--threads", "3", "--timings", kCorpora});
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_THAT(run.out, HasSubstr("on 3 thread(s)"));
  // Three threads even where TBB would cap its workers at the cores.
  EXPECT_THAT(run.err, Not(HasSubstr("TBB Warning")));
  EXPECT_THAT(run.out, ::testing::ContainsRegex("timings: [0-9.]+ s wall; setup [0-9.]+ s, read "
                                                "[0-9.]+ s, analysis [0-9.]+ s"));
  EXPECT_EQ(Xapian::Database(dir / "db").get_doccount(), CountCorpusRecords());
  const ToolResult zero = RunTool(kIndex, {"--db", dir / "db", "--threads", "0", kCorpora});
  EXPECT_EQ(zero.status, 2);
  EXPECT_THAT(zero.err, HasSubstr("--threads"));
}

TEST_F(IndexAndSearchTest, BestMatchComesFirst) {
  const auto rows = Search({"tokayev", "inauguration"});
  ASSERT_THAT(rows, Not(IsEmpty()));
  EXPECT_EQ(rows[0].at("id"), "en-001");
  EXPECT_EQ(rows[0].at("rank"), 1);
  for (std::size_t i = 1; i < rows.size(); ++i) {
    EXPECT_GE(rows[i - 1].at("score").get<double>(), rows[i].at("score").get<double>());
  }
}

TEST_F(IndexAndSearchTest, FindsTheOnlyArticleWithAWord) {
  EXPECT_THAT(Ids(Search({"camel"})), ElementsAre("en-020"));
  EXPECT_THAT(Ids(Search({"Baikonur"})), ElementsAre("en-021"));
}

TEST_F(IndexAndSearchTest, PhraseMatchesOnlyTheExactSequence) {
  EXPECT_THAT(Ids(Search({"\"wheat harvest\""})), ElementsAre("en-022"));
  const auto wheat = Ids(Search({"wheat"}));
  EXPECT_THAT(wheat, AllOf(Contains("en-022"), Contains("en-019"), Contains("en-024")));
}

TEST_F(IndexAndSearchTest, BooleanOperators) {
  EXPECT_THAT(Ids(Search({"wheat", "AND", "record"})), ElementsAre("en-022"));
  const auto wheat_not_record = Ids(Search({"wheat", "NOT", "record"}));
  EXPECT_THAT(wheat_not_record,
              AllOf(Contains("en-019"), Contains("en-024"), Not(Contains("en-022"))));
  EXPECT_THAT(Ids(Search({"camel", "OR", "Baikonur"})),
              ::testing::UnorderedElementsAre("en-020", "en-021"));
}

TEST_F(IndexAndSearchTest, DashQueryAfterDoubleDash) {
  // -camel excludes; the query starts with a dash, so it needs "--".
  EXPECT_THAT(Ids(Search({"--", "-camel", "Baikonur"})), ElementsAre("en-021"));
  EXPECT_THAT(Ids(Search({"--", "-Baikonur", "Baikonur"}, 1)), IsEmpty());
}

TEST_F(IndexAndSearchTest, HyphenatedNameIsAPhrase) {
  // --exact: the name as written only, not the capital's other names.
  const auto ids = Ids(Search({"--exact", "Nur-Sultan"}));
  EXPECT_THAT(ids, AllOf(Contains("en-001"), Contains("en-002"), Contains("en-003")));
  for (const auto& row : Search({"--exact", "--lang", "en", "Nur-Sultan"})) {
    // The phrase is in the body (and so in the snippet) or in the title.
    EXPECT_THAT(row.at("snippet").get<std::string>() + " " + row.at("title").get<std::string>(),
                HasSubstr("Nur-Sultan"))
        << row.at("id");
  }
}

TEST_F(IndexAndSearchTest, AGazetteerNameFindsTheEntitysOtherNames) {
  // Astana was Tselinograd in Soviet times, Akmola after 1992 and
  // Nur-Sultan from 2019 to 2022 (corpora/gazetteer).
  // (Every edition of a story: en-002 and ru-002 are one story.)
  const auto ids = Ids(Search({"--limit", "100", "--no-collapse", "Tselinograd"}));
  ASSERT_THAT(ids, Not(IsEmpty()));
  EXPECT_EQ(ids[0], "en-007");                  // the one article that says Tselinograd comes first
  EXPECT_THAT(ids, AllOf(Contains("en-026"),    // Astana
                         Contains("en-002"),    // Nur-Sultan
                         Contains("ru-002"),    // Нур-Султан
                         Contains("kk-003")));  // Нұр-Сұлтан
  EXPECT_THAT(Ids(Search({"--exact", "Tselinograd"})), ElementsAre("en-007"));
}

TEST_F(IndexAndSearchTest, AnySpellingOfANameFindsEveryOther) {
  // The corpus spells the president Tokayev, Tokaev, Toqaev, Токаев,
  // Тоқаев and inflects him (Токаевым, Тоқаевтың, Toqaevtyñ).
  for (const std::string query : {"Tokayev", "Тоқаевтың", "toqaev", "Токаевым"}) {
    const auto ids = Ids(Search({query}));
    EXPECT_THAT(ids, AllOf(Contains("en-001"), Contains("en-006"), Contains("en-011"),
                           Contains("ru-001"), Contains("ru-005"), Contains("kk-001"),
                           Contains("kkl-001"), Contains("kkl-007")))
        << query;
  }
  // Each hit names the spellings it holds; the snippet marks them.
  for (const auto& row : Search({"Tokayev"})) {
    if (row.at("id") != "kk-001") continue;
    EXPECT_THAT(row.at("matched"), Contains("Тоқаевтың"));
    const std::string snippet = row.at("snippet");
    const auto first = row.at("highlights").at(0);
    EXPECT_EQ(
        snippet.substr(first.at(0), first.at(1).get<std::size_t>() - first.at(0).get<std::size_t>())
            .substr(0, 12),
        "Тоқаев");
  }
  // --exact: the spelling as written (and its stems) only.
  const auto exact = Ids(Search({"--exact", "Toqaev"}));
  EXPECT_THAT(exact, AllOf(Contains("en-006"), Not(Contains("en-001")), Not(Contains("ru-001"))));
  // All else equal, the query's own spelling first.
  for (const std::string own : {"Toqaev", "Tokayev", "Токаев"}) {
    const auto rows = Search({own});
    ASSERT_THAT(rows, Not(IsEmpty()));
    EXPECT_THAT(rows.front().at("matched").dump(), HasSubstr(own)) << own;
  }
}

TEST_F(IndexAndSearchTest, ExplainShowsWhatAQueryWasExpandedTo) {
  const ToolResult run = RunTool(kSearch, {"--db", db_, "--explain", "Toqaev", "Astana"});
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_THAT(run.err, HasSubstr("Toqaev: toqaev"));
  EXPECT_THAT(run.err, HasSubstr("any spelling (name key tokaev)"));
  EXPECT_THAT(run.err, HasSubstr("\"Astana\" is capital astana (Astana): also Nur-Sultan"));
}

TEST_F(IndexAndSearchTest, AliasesFileAddsTheUsersOwnNames) {
  TempDir dir;
  const std::string aliases = dir / "animals.aliases";
  std::ofstream(aliases) << "# our own names\ncamel-animal | other | camel | верблюд | түйе\n";
  // Without it, the Russian word finds nothing in the English article.
  EXPECT_THAT(Ids(Search({"верблюд"}, 1)), IsEmpty());
  EXPECT_THAT(Ids(Search({"--aliases", aliases, "верблюд"})), ElementsAre("en-020"));
  // A bad line is named by file and line.
  const std::string bad = dir / "bad.aliases";
  std::ofstream(bad) << "camel-animal | other | camel\nno fields here\n";
  const ToolResult run = RunTool(kSearch, {"--db", db_, "--aliases", bad, "camel"});
  EXPECT_EQ(run.status, 2);
  EXPECT_THAT(run.err, HasSubstr(bad + ":2:"));
}

TEST_F(IndexAndSearchTest, StemmingMeetsInflectedForms) {
  // Russian Snowball: Токаева and Токаеву share a stem.
  EXPECT_THAT(Ids(Search({"--lang", "ru", "Токаеву"})), Contains("ru-001"));
  // English: "inaugurated" and "inauguration" share a stem.
  EXPECT_THAT(Ids(Search({"inaugurated"})), Contains("en-001"));
}

TEST_F(IndexAndSearchTest, LanguageAndSourceFilters) {
  const auto ru = Search({"--lang", "ru", "Назарбаев"});
  ASSERT_THAT(ru, Not(IsEmpty()));
  for (const auto& row : ru) EXPECT_EQ(row.at("lang"), "ru");
  const auto herald = Search({"--source", "steppe herald", "Tokayev"});
  ASSERT_THAT(herald, Not(IsEmpty()));
  for (const auto& row : herald) EXPECT_EQ(row.at("source"), "Steppe Herald");
  // The same filters written in the query.
  EXPECT_EQ(Ids(Search({"Tokayev", "source:\"Steppe Herald\""})), Ids(herald));
  const auto en = Search({"--lang", "en", "Nazarbayev"});
  ASSERT_THAT(en, Not(IsEmpty()));
  EXPECT_EQ(Ids(Search({"Nazarbayev", "lang:en"})), Ids(en));
}

TEST_F(IndexAndSearchTest, DateRangesInOptionsAndQuery) {
  const auto june = Search({"--since", "2019-06-01", "--until", "2019-06-30", "Tokayev"});
  ASSERT_THAT(june, Not(IsEmpty()));
  for (const auto& row : june) {
    EXPECT_THAT(row.at("date").get<std::string>(), StartsWith("2019-06")) << row.at("id");
  }
  EXPECT_EQ(Ids(Search({"Tokayev", "2019-06-01..2019-06-30"})), Ids(june));
  EXPECT_THAT(Ids(Search({"camel", "..2020"}, 1)), IsEmpty());
}

TEST_F(IndexAndSearchTest, SortByDateIsNewestFirst) {
  const auto rows = Search({"--sort", "date", "Tokayev"});
  ASSERT_GT(rows.size(), 3u);
  for (std::size_t i = 1; i < rows.size(); ++i) {
    EXPECT_GE(rows[i - 1].at("date").get<std::string>(), rows[i].at("date").get<std::string>());
  }
}

TEST_F(IndexAndSearchTest, LimitAndOffsetPage) {
  const auto all = Ids(Search({"Tokayev"}));
  ASSERT_GT(all.size(), 4u);
  const auto page = Ids(Search({"--limit", "2", "--offset", "2", "Tokayev"}));
  EXPECT_THAT(page, ElementsAre(all[2], all[3]));
}

TEST_F(IndexAndSearchTest, JsonOutputHasTheDocumentedFields) {
  const ToolResult result = RunTool(kSearch, {"--db", db_, "--json", "Baikonur"});
  ASSERT_EQ(result.status, 0) << result.err;
  const auto rows = ParseJsonLines(result.out);  // throws if any line is not JSON
  ASSERT_THAT(rows, SizeIs(1));
  for (const char* key :
       {"rank", "id", "score", "title", "date", "lang", "source", "url", "snippet", "db"}) {
    EXPECT_TRUE(rows[0].contains(key)) << key;
  }
  EXPECT_EQ(rows[0].at("db"), db_);
  EXPECT_EQ(rows[0].at("lang"), "en");
  EXPECT_THAT(rows[0].at("snippet").get<std::string>(), HasSubstr("Baikonur"));
  const auto span = rows[0].at("highlights").at(0);
  EXPECT_EQ(rows[0].at("snippet").get<std::string>().substr(
                span[0], span[1].get<int>() - span[0].get<int>()),
            "Baikonur");
}

TEST_F(IndexAndSearchTest, BoilerplateOfPagesIsNotIndexed) {
  // Menus, captions, footers and scripts of the scraped and HTML pages.
  for (const char* word : {"Subscribe", "\"Breaking News\"", "\"Accessibility links\"",
                           "trackingPixelInit", "zzqheader"}) {
    const ToolResult result = RunTool(kSearch, {"--db", db_, "--json", word});
    EXPECT_EQ(result.status, 1) << word << " found in: " << result.out;
  }
  // ... while the articles of those pages are found by their own words.
  const auto page = Search({"title:oath", "Nur-Sultan"});
  ASSERT_THAT(page, Not(IsEmpty()));
  EXPECT_EQ(page[0].at("title"), "New head of state takes oath in Nur-Sultan");
  EXPECT_EQ(page[0].at("date"), "2019-06-12");
  EXPECT_EQ(page[0].at("source"), "Steppe Herald");
}

TEST_F(IndexAndSearchTest, CsvArticlesAreSearchableById) {
  EXPECT_THAT(Ids(Search({"id:csv-001"})), ElementsAre("csv-001"));
}

TEST_F(IndexAndSearchTest, HumanOutputColorsOnlyWhenAsked) {
  const ToolResult plain = RunTool(kSearch, {"--db", db_, "camel"});
  ASSERT_EQ(plain.status, 0) << plain.err;
  EXPECT_THAT(plain.out, HasSubstr("en-020"));
  EXPECT_THAT(plain.out, Not(HasSubstr("\033[")));  // not a terminal
  const ToolResult forced = RunTool(kSearch, {"--db", db_, "--color", "always", "camel"});
  EXPECT_THAT(forced.out, HasSubstr("\033["));
  const ToolResult no_color = RunTool(kSearch, {"--db", db_, "camel"}, "", {{"NO_COLOR", "1"}});
  EXPECT_THAT(no_color.out, Not(HasSubstr("\033[")));
}

TEST_F(IndexAndSearchTest, ExitStatusLikeGrep) {
  EXPECT_EQ(RunTool(kSearch, {"--db", db_, "camel"}).status, 0);
  EXPECT_EQ(RunTool(kSearch, {"--db", db_, "zzzznotaword"}).status, 1);

  const ToolResult missing = RunTool(kSearch, {"--db", *dir_ / "nowhere", "camel"});
  EXPECT_EQ(missing.status, 2);
  EXPECT_THAT(missing.err, HasSubstr("nowhere"));
  EXPECT_THAT(missing.out, IsEmpty());

  const ToolResult bad = RunTool(kSearch, {"--db", db_, "--", "(camel"});
  EXPECT_EQ(bad.status, 2);
  EXPECT_THAT(bad.err, HasSubstr("bad query"));
  EXPECT_THAT(bad.out, IsEmpty());
}

TEST_F(IndexAndSearchTest, CountPrintsTheNumberOfMatches) {
  const ToolResult result = RunTool(kSearch, {"--db", db_, "--count", "wheat"});
  EXPECT_EQ(result.status, 0);
  EXPECT_EQ(result.out, std::to_string(Ids(Search({"wheat"})).size()) + "\n");
}

TEST_F(IndexAndSearchTest, DefaultDatabaseFromEnvironment) {
  const ToolResult result = RunTool(kSearch, {"--json", "camel"}, "", {{"STEPPE_DB", db_}});
  EXPECT_EQ(result.status, 0) << result.err;
  EXPECT_THAT(Ids(ParseJsonLines(result.out)), ElementsAre("en-020"));
}

TEST_F(IndexAndSearchTest, ABatchOfQueriesSearchesEachLineAsItsOwnQuery) {
  // The queries of a file, one per line, in one process: each gives what it
  // gives alone, its hits tagged with it; blank and # lines are skipped.
  const std::string queries = "camel\n\n# a comment\r\nBaikonur\r\nzzzznotaword\n";
  const ToolResult batch = RunTool(kSearch, {"--db", db_, "--json", "--queries", "-"}, queries);
  ASSERT_EQ(batch.status, 0) << batch.err;
  const std::vector<nlohmann::json> rows = ParseJsonLines(batch.out);
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].at("query"), "camel");
  EXPECT_EQ(rows[0].at("id"), "en-020");
  EXPECT_EQ(rows[1].at("query"), "Baikonur");
  EXPECT_EQ(rows[1].at("id"), "en-021");
  EXPECT_EQ(rows[1].at("snippet"), Search({"Baikonur"})[0].at("snippet"));

  // --count: the count and the query, tab-separated, for every query.
  const std::string file = *dir_ / "queries.txt";
  std::ofstream(file) << queries;
  const ToolResult counts = RunTool(kSearch, {"--db", db_, "--count", "--queries", file});
  EXPECT_EQ(counts.status, 0) << counts.err;
  EXPECT_EQ(counts.out, "1\tcamel\n1\tBaikonur\n0\tzzzznotaword\n");

  // Human output: a header per query.
  const ToolResult human = RunTool(kSearch, {"--db", db_, "--color", "never", "--queries", file});
  EXPECT_THAT(human.out, HasSubstr("== camel\n"));
  EXPECT_THAT(human.out, HasSubstr("== zzzznotaword\nno matches\n"));
}

TEST_F(IndexAndSearchTest, ABatchSaysWhichLineIsBadAndGoesOn) {
  const ToolResult bad =
      RunTool(kSearch, {"--db", db_, "--json", "--queries", "-"}, "camel\n(camel\nBaikonur\n");
  EXPECT_EQ(bad.status, 2);
  EXPECT_THAT(bad.err, HasSubstr("standard input:2: bad query"));
  EXPECT_THAT(Ids(ParseJsonLines(bad.out)), ElementsAre("en-020", "en-021"));
  // No hits anywhere: 1, as for one query.
  EXPECT_EQ(RunTool(kSearch, {"--db", db_, "--queries", "-"}, "zzzznotaword\n").status, 1);
  const ToolResult missing =
      RunTool(kSearch, {"--db", db_, "--queries", *dir_ / "no-such-queries.txt"});
  EXPECT_EQ(missing.status, 2);
  EXPECT_THAT(missing.err, HasSubstr("no-such-queries.txt: cannot read the queries file"));
  const ToolResult both = RunTool(kSearch, {"--db", db_, "--queries", "-", "camel"});
  EXPECT_EQ(both.status, 2);
  EXPECT_THAT(both.err, HasSubstr("not several"));
  const ToolResult neither = RunTool(kSearch, {"--db", db_});
  EXPECT_EQ(neither.status, 2);
  EXPECT_THAT(neither.err, HasSubstr("no query given"));
}

TEST_F(IndexAndSearchTest, FacetsCountEveryMatchByLanguageSourceAndYear) {
  const auto count = [](std::vector<std::string> arguments) {
    arguments.insert(arguments.begin(), {"--db", db_, "--count"});
    const ToolResult result = RunTool(kSearch, arguments);
    EXPECT_LE(result.status, 1) << result.err;
    return std::stoul(result.out);
  };
  const ToolResult result = RunTool(kSearch, {"--db", db_, "--json", "--facets", "Tokayev"});
  ASSERT_EQ(result.status, 0) << result.err;
  const std::vector<nlohmann::json> rows = ParseJsonLines(result.out);
  ASSERT_GE(rows.size(), 2u);
  EXPECT_EQ(rows.size() - 1, 10u);  // the page of hits, then the facets
  const nlohmann::json& facets = rows.back().at("facets");
  const unsigned long matches = rows.back().at("matches").get<unsigned long>();
  EXPECT_EQ(matches, count({"Tokayev"}));
  unsigned long languages = 0;
  for (const auto& language : facets.at("lang")) {
    const std::string code = language.at("value");
    EXPECT_EQ(language.at("count").get<unsigned long>(), count({"--lang", code, "Tokayev"}))
        << code;
    languages += language.at("count").get<unsigned long>();
  }
  EXPECT_EQ(languages, matches);
  EXPECT_EQ(facets.at("lang").size(), 3u);  // en, kk and ru articles name him
  unsigned long years = facets.at("undated").get<unsigned long>();
  for (const auto& year : facets.at("year")) {
    const std::string value = year.at("value");
    EXPECT_EQ(year.at("count").get<unsigned long>(),
              count({"--since", value, "--until", value, "Tokayev"}))
        << value;
    years += year.at("count").get<unsigned long>();
  }
  EXPECT_EQ(years, matches);
  unsigned long sources = 0;
  for (const auto& source : facets.at("source")) sources += source.at("count").get<unsigned long>();
  EXPECT_LE(sources, matches);  // an article without a source has none

  // On a terminal: a line per facet and a bar per year.
  const ToolResult human =
      RunTool(kSearch, {"--db", db_, "--color", "never", "--facets", "--count", "Tokayev"});
  EXPECT_THAT(human.out, ::testing::StartsWith(std::to_string(matches) + "\n"));
  EXPECT_THAT(human.out, HasSubstr("\nlanguages: "));
  EXPECT_THAT(human.out, HasSubstr("\nyears:\n  20"));
  EXPECT_THAT(human.out, HasSubstr("\u2588"));
}

TEST_F(IndexAndSearchTest, SimilarFindsArticlesLikeOneInAnyLanguage) {
  // en-001: Tokayev sworn in as president. Like it: Nazarbayev stepping
  // down, the election protests; not itself.
  const std::vector<std::string> like = Ids(Search({"--similar", "en-001", "--limit", "5"}));
  ASSERT_THAT(like, Not(IsEmpty()));
  EXPECT_THAT(like, Not(Contains("en-001")));
  EXPECT_THAT(like, Contains("en-002"));
  // In Russian and Kazakh, by the names the articles share (Токаев,
  // Тоқаев): the inauguration's other editions come near the top.
  const std::vector<std::string> russian =
      Ids(Search({"--similar", "en-001", "--lang", "ru", "--limit", "3"}));
  EXPECT_THAT(russian, Contains("ru-001"));
  const std::vector<std::string> kazakh =
      Ids(Search({"--similar", "en-001", "--lang", "kk", "--limit", "3"}));
  EXPECT_THAT(kazakh, Contains("kk-001"));

  const ToolResult unknown = RunTool(kSearch, {"--db", db_, "--similar", "no-such-id"});
  EXPECT_EQ(unknown.status, 2);
  EXPECT_THAT(unknown.err, HasSubstr("no article has the id 'no-such-id'"));
  const ToolResult both = RunTool(kSearch, {"--db", db_, "--similar", "en-001", "camel"});
  EXPECT_EQ(both.status, 2);
  EXPECT_THAT(both.err, HasSubstr("not several"));
}

TEST_F(IndexAndSearchTest, EditionsOfAStoryInTwoLanguagesAreOneHit) {
  // en-002 and ru-002 tell the same story (Nazarbayev resigns, the capital
  // renamed) in English and Russian, on the same day.
  const std::vector<nlohmann::json> rows = Search({"Nazarbayev"});
  int editions = 0;
  for (const auto& row : rows) {
    if (row.at("id") == "en-002" || row.at("id") == "ru-002") {
      ++editions;
      EXPECT_EQ(row.at("similar"), 1);
    }
  }
  EXPECT_EQ(editions, 1);
  const auto all = Ids(Search({"--no-collapse", "Nazarbayev"}));
  EXPECT_THAT(all, AllOf(Contains("en-002"), Contains("ru-002")));
}

TEST_F(IndexAndSearchTest, DidYouMeanOffersSpellingsTheArticlesHave) {
  const auto suggestion = [](std::vector<std::string> arguments) {
    arguments.insert(arguments.begin(), {"--db", db_, "--json"});
    const ToolResult result = RunTool(kSearch, arguments);
    EXPECT_LE(result.status, 1) << result.err;
    for (const auto& row : ParseJsonLines(result.out)) {
      if (row.contains("did_you_mean")) return row.at("did_you_mean").get<std::string>();
    }
    return std::string();
  };
  EXPECT_EQ(suggestion({"parliment"}), "parliament");
  EXPECT_EQ(suggestion({"Baikonr"}), "Baikonur");
  EXPECT_EQ(suggestion({"Astna parliment"}), "Astana parliament");
  EXPECT_EQ(suggestion({"Мажлис"}), "Мажилис");
  EXPECT_EQ(suggestion({"presidnet"}), "president");
  // Operators and fields stay as written.
  EXPECT_EQ(suggestion({"--", "lang:en  +parliment -Almaty"}), "lang:en  +parliament -Almaty");
  // Words the articles have, in any spelling or form, are left alone.
  EXPECT_EQ(suggestion({"parliament"}), "");
  EXPECT_EQ(suggestion({"Toqaev"}), "");
  EXPECT_EQ(suggestion({"Тоқаевтың"}), "");
  EXPECT_EQ(suggestion({"zzzqqq"}), "");
  // On a terminal, under the hits.
  const ToolResult human = RunTool(kSearch, {"--db", db_, "--color", "never", "parliment"});
  EXPECT_EQ(human.status, 1);
  EXPECT_THAT(human.out, HasSubstr("no matches\ndid you mean: parliament\n"));
}

}  // namespace
}  // namespace steppe::testing
