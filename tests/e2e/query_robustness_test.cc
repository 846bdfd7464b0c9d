// End-to-end: any byte string as a query gives results or a clear error,
// never a crash, and expansion is bounded: steppe-search over the sample
// corpus with queries of random bytes, of random words of the corpus's own
// scripts and syntax, and of pathological size.
#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tests/e2e/tool_runner.h"

namespace steppe::testing {
namespace {

using ::testing::HasSubstr;

const std::string kIndex = STEPPE_INDEX_BIN;
const std::string kSearch = STEPPE_SEARCH_BIN;
const std::string kCorpora = STEPPE_CORPORA_DIR;

class QueryRobustnessTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir();
    index_ = RunTool(kIndex, {"--db", *dir_ / "db", kCorpora});
  }
  static void TearDownTestSuite() { delete dir_; }
  void SetUp() override { ASSERT_LE(index_.status, 1) << index_.err; }

  // Runs every line of `queries` in one steppe-search: no crash, and a
  // line that fails says which it was.
  static void ExpectNoCrash(const std::vector<std::string>& queries,
                            std::vector<std::string> options = {}) {
    std::string input;
    for (const std::string& query : queries) input += query + "\n";
    options.insert(options.begin(), {"--db", *dir_ / "db", "--json", "--queries", "-"});
    const ToolResult result = RunTool(kSearch, options, input);
    EXPECT_LE(result.status, 2) << result.err.substr(0, 2000);
    // Every error names its line of standard input.
    std::size_t at = 0;
    while ((at = result.err.find("steppe-search: ", at)) != std::string::npos) {
      at += 15;
      EXPECT_EQ(result.err.compare(at, 15, "standard input:"), 0) << result.err.substr(at, 200);
    }
  }

  static TempDir* dir_;
  static ToolResult index_;
};

TempDir* QueryRobustnessTest::dir_ = nullptr;
ToolResult QueryRobustnessTest::index_;

TEST_F(QueryRobustnessTest, RandomBytes) {
  std::mt19937 random(20261126);
  std::vector<std::string> queries;
  for (int i = 0; i < 300; ++i) {
    std::string query;
    const int length = 1 + static_cast<int>(random() % 40);
    for (int j = 0; j < length; ++j) {
      char c = static_cast<char>(random() % 256);
      if (c == '\n' || c == '\0') c = ' ';
      query.push_back(c);
    }
    queries.push_back(query);
  }
  ExpectNoCrash(queries);
}

TEST_F(QueryRobustnessTest, RandomPiecesOfTheQueryLanguage) {
  const std::vector<std::string> pieces = {"Tokayev",
                                           "Тоқаев",
                                           "Qazaqstan",
                                           "\"",
                                           "(",
                                           ")",
                                           "AND",
                                           "OR",
                                           "NOT",
                                           "XOR",
                                           "NEAR",
                                           "NEAR/2",
                                           "ADJ/0",
                                           "+",
                                           "-",
                                           "title:",
                                           "lang:",
                                           "source:",
                                           "id:",
                                           "date:",
                                           "2019..",
                                           "..2020-13",
                                           "2019-02-30..2018",
                                           "*",
                                           "Нұр-Сұлтан",
                                           "Alma-Ata",
                                           "ё",
                                           "İ",
                                           "ı",
                                           "’",
                                           "Ақмолинск",
                                           "Президент",
                                           "10",
                                           "ii",
                                           "XIV",
                                           "—",
                                           "…",
                                           "\xd0",
                                           "\xe2\x80",
                                           "a"};
  std::mt19937 random(7);
  std::vector<std::string> queries;
  for (int i = 0; i < 400; ++i) {
    std::string query;
    const int words = 1 + static_cast<int>(random() % 12);
    for (int j = 0; j < words; ++j) {
      if (random() % 3 != 0) query += ' ';
      query += pieces[random() % pieces.size()];
    }
    queries.push_back(query);
  }
  ExpectNoCrash(queries);
  ExpectNoCrash(queries, {"--facets", "--no-collapse", "--sort", "date"});
}

TEST_F(QueryRobustnessTest, HugeQueriesAreBounded) {
  // Two thousand names and Kazakh words: every one is expanded (names to
  // their other names, Kazakh stems to at most 200 words each), yet the
  // search ends, with hits.
  std::string names;
  std::string kazakh;
  for (int i = 0; i < 1000; ++i) {
    names += i % 2 == 0 ? "Astana Nazarbayev " : "Алматы Тоқаевтың ";
    kazakh += "қазақстандықтардың ";
  }
  const ToolResult result =
      RunTool(kSearch, {"--db", *dir_ / "db", "--count", "--", names + kazakh});
  EXPECT_EQ(result.status, 0) << result.err.substr(0, 500);
  // A single word longer than any word the index keeps leaves nothing to
  // search for: said so.
  const ToolResult long_word =
      RunTool(kSearch, {"--db", *dir_ / "db", "--", std::string(5000, 'a')});
  EXPECT_EQ(long_word.status, 2);
  EXPECT_THAT(long_word.err, HasSubstr("bad query: the query has no words to search for"));
}

TEST_F(QueryRobustnessTest, BadSyntaxIsAClearError) {
  const ToolResult result = RunTool(kSearch, {"--db", *dir_ / "db", "--", "(camel"});
  EXPECT_EQ(result.status, 2);
  EXPECT_THAT(result.err, HasSubstr("bad query"));
}

}  // namespace
}  // namespace steppe::testing
