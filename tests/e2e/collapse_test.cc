// End-to-end: copies of one wire story, republished by another outlet with
// a few words changed, are one hit with "+1 similar"; another story about
// the same two presidents is not folded into it; --no-collapse shows all.
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

using ::testing::ElementsAre;
using ::testing::UnorderedElementsAre;

const std::string kIndex = STEPPE_INDEX_BIN;
const std::string kSearch = STEPPE_SEARCH_BIN;

// Our own articles, written for this test.
constexpr const char* kArticles[] = {
    R"({"id": "wire-1", "source": "Steppe Wire", "lang": "en", "date": "2024-03-05", "title": "Kazakhstan and Uzbekistan sign 12 agreements in Tashkent", "text": "Kassym-Jomart Tokayev and Shavkat Mirziyoyev signed 12 agreements worth 5 billion dollars in Tashkent on Tuesday. The two presidents agreed to raise trade between Kazakhstan and Uzbekistan to 10 billion dollars by 2030 and to open a joint industrial zone at the Gulistan border post, Tokayev said. Mirziyoyev called Kazakhstan a strategic partner."})",
    R"({"id": "dala-77", "source": "Dala News", "lang": "en", "date": "2024-03-05", "title": "Kazakhstan, Uzbekistan sign 12 agreements in Tashkent", "text": "Kassym-Jomart Tokayev and Shavkat Mirziyoyev on Tuesday signed 12 agreements worth 5 billion dollars in Tashkent. The presidents agreed to lift trade between Kazakhstan and Uzbekistan to 10 billion dollars by 2030 and to open a joint industrial zone at the Gulistan border post, Tokayev told reporters. Mirziyoyev called Kazakhstan a strategic partner."})",
    R"({"id": "wire-2", "source": "Steppe Wire", "lang": "en", "date": "2024-08-19", "title": "Tokayev and Mirziyoyev discuss the Syr Darya", "text": "Kassym-Jomart Tokayev spoke by telephone with Shavkat Mirziyoyev about water from the Syr Darya for the 2025 growing season. Turkestan region farmers lost 40 percent of their cotton to drought in 2023, and Uzbekistan promised to release 3 cubic kilometres from the Chardara reservoir."})",
};

class CollapseTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = std::make_unique<TempDir>();
    std::ofstream out(*dir_ / "wire.jsonl");
    for (const char* article : kArticles) out << article << "\n";
    out.close();
    single_ = RunTool(kIndex, {"--db", *dir_ / "single", "--shards", "1", *dir_ / "wire.jsonl"});
    sharded_ = RunTool(kIndex, {"--db", *dir_ / "sharded", "--shards", "3", *dir_ / "wire.jsonl"});
  }
  static void TearDownTestSuite() { dir_.reset(); }
  void SetUp() override {
    ASSERT_EQ(single_.status, 0) << single_.err;
    ASSERT_EQ(sharded_.status, 0) << sharded_.err;
  }

  // (id, similar) of each hit.
  static std::vector<std::pair<std::string, int>> Hits(const std::string& db,
                                                       std::vector<std::string> arguments) {
    arguments.insert(arguments.begin(), {"--db", *dir_ / db, "--json"});
    const ToolResult result = RunTool(kSearch, arguments);
    EXPECT_EQ(result.status, 0) << result.err;
    std::vector<std::pair<std::string, int>> hits;
    for (const auto& row : ParseJsonLines(result.out)) {
      hits.emplace_back(row.at("id"), row.at("similar").get<int>());
    }
    return hits;
  }

  static std::unique_ptr<TempDir> dir_;
  static ToolResult single_;
  static ToolResult sharded_;
};

std::unique_ptr<TempDir> CollapseTest::dir_;
ToolResult CollapseTest::single_;
ToolResult CollapseTest::sharded_;

TEST_F(CollapseTest, CopiesOfAStoryAreOneHitThatSaysHowManyMore) {
  const auto hits = Hits("single", {"Tokayev Mirziyoyev"});
  ASSERT_EQ(hits.size(), 2u);
  // One of the two copies, with +1 similar; the other story on its own.
  const auto copy = hits[0].first == "wire-2" ? hits[1] : hits[0];
  const auto other = hits[0].first == "wire-2" ? hits[0] : hits[1];
  EXPECT_TRUE(copy.first == "wire-1" || copy.first == "dala-77") << copy.first;
  EXPECT_EQ(copy.second, 1);
  EXPECT_EQ(other, (std::pair<std::string, int>{"wire-2", 0}));
  // On a terminal: "+1 similar" on the hit's line.
  const ToolResult human =
      RunTool(kSearch, {"--db", *dir_ / "single", "--color", "never", "Tokayev Mirziyoyev"});
  EXPECT_THAT(human.out, ::testing::HasSubstr(" · +1 similar\n"));
}

TEST_F(CollapseTest, NoCollapseShowsEveryCopyAndCountsCountThemAll) {
  const auto hits = Hits("single", {"--no-collapse", "Tokayev Mirziyoyev"});
  std::vector<std::string> ids;
  for (const auto& [id, similar] : hits) {
    ids.push_back(id);
    EXPECT_EQ(similar, 0);
  }
  EXPECT_THAT(ids, UnorderedElementsAre("wire-1", "dala-77", "wire-2"));
  const ToolResult count = RunTool(kSearch, {"--db", *dir_ / "single", "--count", "Tokayev"});
  EXPECT_EQ(count.out, "3\n");
}

TEST_F(CollapseTest, ShardsCollapseAsOneDatabase) {
  EXPECT_EQ(Hits("sharded", {"Tokayev Mirziyoyev"}), Hits("single", {"Tokayev Mirziyoyev"}));
  EXPECT_THAT(Hits("sharded", {"Syr Darya"}),
              ElementsAre(std::pair<std::string, int>{"wire-2", 0}));
}

}  // namespace
}  // namespace steppe::testing
