// End-to-end: the configuration file (steppe-config(5)), $STEPPE_DB and
// the command line, in that rising order of precedence, as steppe-search
// and steppe-index see them; a broken file is named by file and line.
#include <filesystem>
#include <fstream>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tests/e2e/tool_runner.h"

namespace steppe::testing {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::MatchesRegex;
using ::testing::Not;

const std::string kIndex = STEPPE_INDEX_BIN;
const std::string kSearch = STEPPE_SEARCH_BIN;
const std::string kAnalyze = STEPPE_ANALYZE_BIN;
const std::string kCorpora = STEPPE_CORPORA_DIR;

class ConfigTest : public ::testing::Test {
 protected:
  // "news": the whole sample corpus; "csv": its CSV file alone (a
  // different count, so each test sees which database was searched).
  static void SetUpTestSuite() {
    dir_ = std::make_unique<TempDir>();
    news_ = RunTool(kIndex, {"--db", *dir_ / "news", kCorpora});
    csv_ = RunTool(kIndex, {"--db", *dir_ / "csv", kCorpora + "/csv/articles.csv"});
    std::filesystem::create_directories(*dir_ / "xdg/steppe");
  }
  static void TearDownTestSuite() { dir_.reset(); }
  void SetUp() override {
    ASSERT_EQ(news_.status, 0) << news_.err;
    ASSERT_EQ(csv_.status, 0) << csv_.err;
  }

  // Writes the XDG configuration file.
  static std::string WriteConfig(const std::string& text) {
    std::string path = *dir_ / "xdg/steppe/config.toml";
    std::ofstream(path) << text;
    return path;
  }
  // Runs a tool with the XDG configuration (and no STEPPE_CONFIG).
  static ToolResult Run(const std::string& tool, const std::vector<std::string>& arguments,
                        std::vector<std::pair<std::string, std::string>> environment = {}) {
    // The caller's variables come last, so they win.
    environment.insert(environment.begin(),
                       {{"XDG_CONFIG_HOME", *dir_ / "xdg"}, {"STEPPE_DB", ""}});
    // Unset STEPPE_CONFIG (RunTool empties it): an empty value means none.
    return RunTool(
        "/usr/bin/env",
        [&] {
          std::vector<std::string> all = {"-u", "STEPPE_CONFIG", tool};
          all.insert(all.end(), arguments.begin(), arguments.end());
          return all;
        }(),
        "", environment);
  }
  static std::string Count(const ToolResult& result) {
    EXPECT_EQ(result.status, 0) << result.err;
    return result.out;
  }

  static std::unique_ptr<TempDir> dir_;
  static ToolResult news_;
  static ToolResult csv_;
};

std::unique_ptr<TempDir> ConfigTest::dir_;
ToolResult ConfigTest::news_;
ToolResult ConfigTest::csv_;

TEST_F(ConfigTest, DatabaseFromTheCommandLineThenSteppeDbThenTheConfiguration) {
  // db relative to the file's folder.
  WriteConfig("db = \"../../news\"\n");
  const std::string all = Count(Run(kSearch, {"--count", "Kazakhstan"}));
  const std::string csv_only =
      Count(Run(kSearch, {"--db", *dir_ / "csv", "--count", "Kazakhstan"}));
  ASSERT_NE(all, csv_only);
  EXPECT_EQ(Count(Run(kSearch, {"--count", "Kazakhstan"}, {{"STEPPE_DB", *dir_ / "csv"}})),
            csv_only);
  EXPECT_EQ(Count(Run(kSearch, {"--db", *dir_ / "csv", "--count", "Kazakhstan"},
                      {{"STEPPE_DB", *dir_ / "news"}})),
            csv_only);
  // Several databases in the file are searched as one.
  WriteConfig("db = [\"" + *dir_ / "csv" + "\", \"" + *dir_ / "news" + "\"]\n");
  const ToolResult both = Run(kSearch, {"--json", "--limit", "100", "Kazakhstan"});
  ASSERT_EQ(both.status, 0) << both.err;
  std::set<std::string> dbs;
  for (const auto& hit : ParseJsonLines(both.out)) dbs.insert(hit.at("db").get<std::string>());
  EXPECT_EQ(dbs, (std::set<std::string>{*dir_ / "csv", *dir_ / "news"}));
}

TEST_F(ConfigTest, SearchPreferencesApplyUnlessTheCommandLineSaysOtherwise) {
  WriteConfig("db = \"" + *dir_ / "news" + "\"\n[search]\nlimit = 2\ncollapse = false\n" +
              "sort = \"date\"\n");
  auto ids = [](const ToolResult& result) {
    EXPECT_EQ(result.status, 0) << result.err;
    std::vector<std::string> out;
    for (const auto& hit : ParseJsonLines(result.out)) out.push_back(hit.at("id"));
    return out;
  };
  // limit 2, newest first, and en-002's Russian copy ru-002 shown apart.
  const auto configured = ids(Run(kSearch, {"--json", "Nazarbayev"}));
  EXPECT_EQ(configured.size(), 2u);
  const auto every = ids(Run(kSearch, {"--json", "--limit", "100", "Nazarbayev"}));
  EXPECT_THAT(every, ::testing::Contains("ru-002"));
  EXPECT_THAT(every, ::testing::Contains("en-002"));
  const auto by_relevance =
      ids(Run(kSearch, {"--json", "--limit", "100", "--sort", "relevance", "Nazarbayev"}));
  EXPECT_NE(every, by_relevance);
  // --collapse folds the copies again.
  const auto collapsed =
      ids(Run(kSearch, {"--json", "--limit", "100", "--collapse", "Nazarbayev"}));
  EXPECT_EQ(collapsed.size() + 1, every.size());
}

TEST_F(ConfigTest, AConfiguredQueryLanguageIsUndoneWithAny) {
  auto explain = [](const ToolResult& result) {
    EXPECT_EQ(result.status, 0) << result.err;
    return result.err;
  };
  WriteConfig("db = \"" + *dir_ / "news" + "\"\n");
  const std::string every = explain(Run(kSearch, {"--count", "--explain", "inauguration"}));
  WriteConfig("db = \"" + *dir_ / "news" + "\"\n[search]\nquery_lang = \"ru\"\n");
  const std::string russian = explain(Run(kSearch, {"--count", "--explain", "inauguration"}));
  EXPECT_NE(russian, every);
  EXPECT_EQ(explain(Run(kSearch, {"--count", "--explain", "--query-lang", "any", "inauguration"})),
            every);
}

TEST_F(ConfigTest, AliasesFilesOfTheConfigurationAddToThoseGiven) {
  std::ofstream(*dir_ / "xdg/steppe/animals.aliases")
      << "camel-animal | other | camel | верблюд | түйе\n";
  WriteConfig("db = \"" + *dir_ / "news" + "\"\n[search]\naliases = \"animals.aliases\"\n");
  const ToolResult found = Run(kSearch, {"--json", "верблюд"});
  ASSERT_EQ(found.status, 0) << found.err;
  EXPECT_EQ(ParseJsonLines(found.out).at(0).at("id"), "en-020");
}

TEST_F(ConfigTest, ColourFromTheConfigurationAndTheCommandLine) {
  WriteConfig("db = \"" + *dir_ / "news" + "\"\n[search]\ncolor = \"always\"\n");
  EXPECT_THAT(Run(kSearch, {"Tokayev"}).out, HasSubstr("\033["));
  EXPECT_THAT(Run(kSearch, {"--color", "never", "Tokayev"}).out, Not(HasSubstr("\033[")));
}

TEST_F(ConfigTest, IndexSettingsAndDatabase) {
  WriteConfig("db = \"../../fresh\"\n[index]\nshards = 3\ncommit_every = 10\n");
  const ToolResult run = Run(kIndex, {"--quiet", kCorpora + "/news"});
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_THAT(run.out, HasSubstr((*dir_ / "fresh") + ": "));
  std::ifstream stub(*dir_ / "fresh/XAPIANDB");
  ASSERT_TRUE(stub) << "a sharded database has a stub file";
  int lines = 0;
  for (std::string line; std::getline(stub, line);) lines += line.starts_with("auto ") ? 1 : 0;
  EXPECT_EQ(lines, 3);
  // An existing database keeps its own layout, whatever the file says.
  WriteConfig("db = \"../../fresh\"\n[index]\nshards = 2\n");
  const ToolResult again = Run(kIndex, {"--quiet", kCorpora + "/csv"});
  EXPECT_EQ(again.status, 0) << again.err;
  // --shards on the command line wins.
  const ToolResult one =
      Run(kIndex, {"--quiet", "--db", *dir_ / "one", "--shards", "1", kCorpora + "/news"});
  ASSERT_EQ(one.status, 0) << one.err;
  EXPECT_FALSE(std::filesystem::exists(*dir_ / "one/XAPIANDB"));
  // Two databases are one too many to index into.
  WriteConfig("db = [\"a\", \"b\"]\n");
  const ToolResult two = Run(kIndex, {kCorpora + "/news"});
  EXPECT_EQ(two.status, 2);
  EXPECT_THAT(two.err, HasSubstr("db names 2 databases; say which to index into with --db"));
}

TEST_F(ConfigTest, ABrokenFileIsNamedByFileAndLine) {
  const std::string path = WriteConfig("db = \"x\"\n\n[search]\nlimit = 0\n");
  for (const std::string& tool : {kSearch, kIndex}) {
    const ToolResult run = Run(tool, {"Tokayev"});
    EXPECT_EQ(run.status, 2) << tool;
    EXPECT_THAT(run.err, HasSubstr(path + ":4: 'limit' must be a whole number of 1 or more"))
        << tool;
    EXPECT_EQ(run.out, "") << tool;
    // --help and --version still work.
    EXPECT_EQ(Run(tool, {"--help"}).status, 0) << tool;
    EXPECT_EQ(Run(tool, {"--version"}).status, 0) << tool;
  }
  // STEPPE_CONFIG names a file that must exist; empty turns the file off.
  const ToolResult missing =
      RunTool(kSearch, {"Tokayev"}, "", {{"STEPPE_CONFIG", *dir_ / "none.toml"}});
  EXPECT_EQ(missing.status, 2);
  EXPECT_THAT(missing.err, HasSubstr(*dir_ / "none.toml" + ": cannot read the configuration file"));
  const ToolResult off = RunTool(kSearch, {"--db", *dir_ / "news", "--count", "Tokayev"}, "",
                                 {{"STEPPE_CONFIG", ""}, {"XDG_CONFIG_HOME", *dir_ / "xdg"}});
  EXPECT_EQ(off.status, 0) << off.err;
}

TEST_F(ConfigTest, VersionNamesXapianAndIcu) {
  for (const auto& [tool, name] :
       {std::pair{kSearch, "steppe-search"}, std::pair{kIndex, "steppe-index"},
        std::pair{kAnalyze, "steppe-analyze"}}) {
    const ToolResult run = RunTool(tool, {"--version"});
    EXPECT_EQ(run.status, 0);
    EXPECT_THAT(run.out,
                MatchesRegex(std::string(name) +
                             R"( [0-9.]+ \(Xapian [0-9.]+, ICU [0-9.]+, index schema [0-9]+\)
)"));
  }
}

}  // namespace
}  // namespace steppe::testing
