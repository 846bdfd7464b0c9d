// End-to-end: every object steppe-search --json and steppe-analyze --json
// print is one their JSON Schema (searcher/search-output.schema.json,
// tokenizers/analyze-output.schema.json) describes, checked by a real
// validator (python3-jsonschema) over many kinds of query on the sample
// corpus; and the validator does reject what the schema forbids.
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "tests/e2e/tool_runner.h"

namespace steppe::testing {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

const std::string kIndex = STEPPE_INDEX_BIN;
const std::string kSearch = STEPPE_SEARCH_BIN;
const std::string kAnalyze = STEPPE_ANALYZE_BIN;
const std::string kCorpora = STEPPE_CORPORA_DIR;
const std::string kSource = STEPPE_SOURCE_DIR;
const std::string kSearchSchema = kSource + "/searcher/search-output.schema.json";
const std::string kAnalyzeSchema = kSource + "/tokenizers/analyze-output.schema.json";
const std::string kValidator = kSource + "/tests/e2e/validate_json_lines.py";
const std::string kPython = "/usr/bin/python3";

class JsonSchemaTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = std::make_unique<TempDir>();
    index_ = RunTool(kIndex, {"--db", *dir_ / "db", kCorpora});
  }
  static void TearDownTestSuite() { dir_.reset(); }
  void SetUp() override { ASSERT_EQ(index_.status, 0) << index_.err; }

  // Runs the validator on `lines`; its output and status.
  static ToolResult Validate(const std::string& schema, const std::string& lines) {
    const std::string file = *dir_ / "lines.jsonl";
    std::ofstream(file) << lines;
    return RunTool(kPython, {kValidator, schema, file});
  }

  static std::unique_ptr<TempDir> dir_;
  static ToolResult index_;
};

std::unique_ptr<TempDir> JsonSchemaTest::dir_;
ToolResult JsonSchemaTest::index_;

TEST_F(JsonSchemaTest, EverySearchOutputMatchesTheSchema) {
  const std::string db = *dir_ / "db";
  const std::string queries = *dir_ / "queries.txt";
  std::ofstream(queries) << "Tokayev\nparliment\n\"Nur-Sultan\"\nАлматы\nZZZZ\n";
  const std::vector<std::vector<std::string>> runs = {
      {"Tokayev", "inauguration"},
      {"--facets", "Toqaev"},
      {"--facets", "--no-collapse", "--sort", "date", "Nazarbayev"},
      {"parliment"},                                    // did you mean
      {"--offset", "3", "--limit", "2", "Kazakhstan"},  // a later page
      {"--lang", "kk", "--since", "2021", "Тоқаев"},
      {"--similar", "en-001"},
      {"--queries", queries, "--facets"},  // a batch: each object has "query"
      {"title:Almaty OR Алматы"},
  };
  std::string lines;
  for (std::vector<std::string> arguments : runs) {
    arguments.insert(arguments.begin(), {"--db", db, "--json"});
    const ToolResult run = RunTool(kSearch, arguments);
    EXPECT_TRUE(run.status == 0 || run.status == 1) << run.err;
    lines += run.out;
  }
  // All three kinds of object were printed, so each was checked.
  int hits = 0, suggestions = 0, facets = 0, batch = 0;
  for (const auto& row : ParseJsonLines(lines)) {
    hits += row.contains("rank") ? 1 : 0;
    suggestions += row.contains("did_you_mean") ? 1 : 0;
    facets += row.contains("facets") ? 1 : 0;
    batch += row.contains("query") ? 1 : 0;
  }
  EXPECT_GT(hits, 30);
  EXPECT_GE(suggestions, 2);
  EXPECT_GE(facets, 7);
  EXPECT_GT(batch, 5);
  const ToolResult valid = Validate(kSearchSchema, lines);
  EXPECT_EQ(valid.status, 0) << valid.out << valid.err;
}

TEST_F(JsonSchemaTest, TheSchemaRejectsWhatItDoesNotDescribe) {
  const ToolResult run = RunTool(kSearch, {"--db", *dir_ / "db", "--json", "-n", "1", "Tokayev"});
  ASSERT_EQ(run.status, 0) << run.err;
  const nlohmann::json hit = ParseJsonLines(run.out).at(0);
  nlohmann::json extra = hit, missing = hit, wrong = hit;
  extra["colour"] = "red";
  missing.erase("score");
  wrong["date"] = "12 June 2019";
  const ToolResult checked =
      Validate(kSearchSchema, hit.dump() + "\n" + extra.dump() + "\n" + missing.dump() + "\n" +
                                  wrong.dump() + "\n{\"facets\": {}}\n");
  EXPECT_EQ(checked.status, 1);
  EXPECT_THAT(checked.out, Not(HasSubstr("\n1:")));
  EXPECT_THAT(checked.out, ::testing::StartsWith("2:"));
  EXPECT_THAT(checked.out, HasSubstr("\n3:"));
  EXPECT_THAT(checked.out, HasSubstr("\n4:"));
  EXPECT_THAT(checked.out, HasSubstr("\n5:"));
}

TEST_F(JsonSchemaTest, EveryAnalyzeOutputMatchesItsSchema) {
  std::string lines;
  for (const std::vector<std::string>& arguments :
       std::vector<std::vector<std::string>>{{"--json", "Тоқаевтың жарлығы, 2019 ж."},
                                             {"--json", "--query", "Nur-Sultan Toqaev"},
                                             {"--json", "--lang", "ru", "Назарбаева и XXI век"},
                                             {"--json", "Qazaqstannyń Prezıdenti"}}) {
    const ToolResult run = RunTool(kAnalyze, arguments);
    ASSERT_EQ(run.status, 0) << run.err;
    lines += run.out;
  }
  EXPECT_GT(ParseJsonLines(lines).size(), 10u);
  const ToolResult valid = Validate(kAnalyzeSchema, lines);
  EXPECT_EQ(valid.status, 0) << valid.out << valid.err;
}

}  // namespace
}  // namespace steppe::testing
