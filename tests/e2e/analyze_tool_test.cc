// End-to-end: steppe-analyze shows the language, tokens and terms.
#include <string>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "tests/e2e/tool_runner.h"

namespace steppe::testing {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

const std::string kAnalyze = STEPPE_ANALYZE_BIN;

TEST(AnalyzeToolTest, ShowsLanguageChainAndTerms) {
  const ToolResult result = RunTool(kAnalyze, {"--lang", "ru", "Назарбаевым", "в", "Астане"});
  ASSERT_EQ(result.status, 0) << result.err;
  EXPECT_THAT(result.out, HasSubstr("language: ru"));
  EXPECT_THAT(result.out, HasSubstr("segment -> roman-numeral -> casefold"));
  EXPECT_THAT(result.out, HasSubstr("назарбаев"));
}

TEST(AnalyzeToolTest, JsonGivesOneObjectPerToken) {
  const ToolResult result = RunTool(kAnalyze, {"--json"}, "Nur-Sultan Tокаев\n");
  ASSERT_EQ(result.status, 0) << result.err;
  const auto rows = ParseJsonLines(result.out);
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0].at("token"), "Nur");
  EXPECT_EQ(rows[1].at("token"), "Sultan");
  // A Latin T typed into a Cyrillic name is repaired by the homoglyph filter.
  EXPECT_EQ(rows[2].at("folded"), "токаев");
  EXPECT_EQ(rows[2].at("script"), "Cyrl");
}

TEST(AnalyzeToolTest, QueryModeListsEveryCandidate) {
  const ToolResult result = RunTool(kAnalyze, {"--query", "--json", "Токаева"});
  ASSERT_EQ(result.status, 0) << result.err;
  const auto rows = ParseJsonLines(result.out);
  ASSERT_EQ(rows.size(), 1u);
  // Russian Snowball stem and the unstemmed form a Kazakh document would hold.
  EXPECT_THAT(rows[0].at("terms"), ElementsAre("токаев", "токаева"));
}

TEST(AnalyzeToolTest, UnknownLanguageIsAnError) {
  const ToolResult result = RunTool(kAnalyze, {"--lang", "xx", "word"});
  EXPECT_EQ(result.status, 2);
  EXPECT_THAT(result.err, HasSubstr("unknown language 'xx'"));
}

}  // namespace
}  // namespace steppe::testing
