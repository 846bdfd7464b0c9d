// End-to-end: the sample corpus indexed by steppe-index --shards 3 searches
// exactly as the same corpus in one database: the same articles, scores,
// counts and order (ties aside, which each layout breaks by its own
// document numbers).
#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <string>
#include <tuple>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <xapian.h>
#include <nlohmann/json.hpp>

#include "tests/e2e/tool_runner.h"

namespace steppe::testing {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

const std::string kIndex = STEPPE_INDEX_BIN;
const std::string kSearch = STEPPE_SEARCH_BIN;
const std::string kCorpora = STEPPE_CORPORA_DIR;

class ShardedSearchTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = std::make_unique<TempDir>();
    single_run_ = RunTool(kIndex, {"--db", *dir_ / "single", "--shards", "1", kCorpora});
    sharded_run_ = RunTool(kIndex, {"--db", *dir_ / "sharded", "--shards", "3", kCorpora});
  }
  static void TearDownTestSuite() { dir_.reset(); }

  static RankedHits Search(const std::string& db, const std::string& query) {
    const ToolResult result =
        RunTool(kSearch, {"--db", *dir_ / db, "--json", "--limit", "1000", "--", query});
    EXPECT_EQ(result.status, 0) << query << ": " << result.err;
    return ParseRankedHits(result.out);
  }

  static std::unique_ptr<TempDir> dir_;
  static ToolResult single_run_;
  static ToolResult sharded_run_;
};

std::unique_ptr<TempDir> ShardedSearchTest::dir_;
ToolResult ShardedSearchTest::single_run_;
ToolResult ShardedSearchTest::sharded_run_;

TEST_F(ShardedSearchTest, IndexesIntoThreeShardsBehindAStub) {
  ASSERT_EQ(single_run_.status, 0) << single_run_.err;
  ASSERT_EQ(sharded_run_.status, 0) << sharded_run_.err;
  const std::string stub = *dir_ / "sharded/XAPIANDB";
  EXPECT_EQ(Xapian::Database(*dir_ / "sharded").get_doccount(),
            Xapian::Database(*dir_ / "single").get_doccount());
  for (const char* shard : {"shard0", "shard1", "shard2"}) {
    EXPECT_GT(Xapian::Database(*dir_ / "sharded" + "/" + shard).get_doccount(), 5u) << shard;
  }
  // Indexing again keeps the three shards and replaces every article.
  const ToolResult again = RunTool(kIndex, {"--db", *dir_ / "sharded", kCorpora});
  ASSERT_EQ(again.status, 0) << again.err;
  EXPECT_THAT(again.out, HasSubstr("(0 added, "));
  EXPECT_EQ(Xapian::Database(*dir_ / "sharded").get_doccount(),
            Xapian::Database(*dir_ / "single").get_doccount());
  const ToolResult other = RunTool(kIndex, {"--db", *dir_ / "sharded", "--shards", "2", kCorpora});
  EXPECT_EQ(other.status, 2);
  EXPECT_THAT(other.err, HasSubstr("has 3 shards, not 2"));
}

// Expanded queries too: a Kazakh back-off prefix is expanded over all the
// shards at once (words beginning прези), and a gazetteer entity's other
// names (Astana: Nur-Sultan, Нұр-Сұлтан) score alike in any layout.
TEST_F(ShardedSearchTest, RankedResultsAreThoseOfOneDatabase) {
  ASSERT_EQ(sharded_run_.status, 0) << sharded_run_.err;
  for (const char* query :
       {"Tokayev", "Тоқаевтың", "нефть газ", "oil OR gas", "\"central asia\"", "title:Almaty",
        "Baikonur", "сайлау", "Astana", "Нұр-Сұлтан", "lang:ru президент", "Kazakhstan -oil",
        "Kazakhstan", "Қазақстан", "Nursultan Nazarbayev"}) {
    const RankedHits single = Search("single", query);
    EXPECT_FALSE(single.empty()) << query;
    EXPECT_EQ(Search("sharded", query), single) << query;
  }
}

TEST_F(ShardedSearchTest, CountsAreThoseOfOneDatabase) {
  for (const char* query : {"Kazakhstan", "Алматы", "lang:en"}) {
    const ToolResult single = RunTool(kSearch, {"--db", *dir_ / "single", "--count", query});
    const ToolResult sharded = RunTool(kSearch, {"--db", *dir_ / "sharded", "--count", query});
    EXPECT_EQ(single.status, 0) << single.err;
    EXPECT_EQ(sharded.out, single.out) << query;
  }
}

TEST_F(ShardedSearchTest, CompactingMergesTheShardsIntoOneThatSearchesAlike) {
  const std::string db = *dir_ / "compacted";
  const ToolResult run = RunTool(kIndex, {"--db", db, "--shards", "3", "--compact", kCorpora});
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_THAT(run.out, HasSubstr(db + ": 3 shards merged into one"));
  // The stub names the merged database alone; the shards are gone.
  std::ifstream stub(db + "/XAPIANDB");
  const std::string text((std::istreambuf_iterator<char>(stub)), std::istreambuf_iterator<char>());
  EXPECT_THAT(text, HasSubstr("\nauto compact0\n"));
  EXPECT_THAT(text, Not(HasSubstr("auto shard")));
  EXPECT_FALSE(std::filesystem::exists(db + "/shard0"));
  EXPECT_EQ(Xapian::Database(db).get_doccount(), Xapian::Database(*dir_ / "single").get_doccount());
  for (const char* query : {"Tokayev", "Astana", "нефть газ", "Қазақстан"}) {
    EXPECT_EQ(Search("compacted", query), Search("single", query)) << query;
  }
  // It is still a steppe database to add to.
  const ToolResult again = RunTool(kIndex, {"--db", db, kCorpora});
  ASSERT_EQ(again.status, 0) << again.err;
  EXPECT_THAT(again.out, HasSubstr("(0 added, "));
  // Nothing to merge in one database, and no database at all: said so.
  const ToolResult single = RunTool(kIndex, {"--db", *dir_ / "single", "--compact"});
  EXPECT_EQ(single.status, 2);
  EXPECT_THAT(single.err, HasSubstr("one database, not shards"));
  const ToolResult nothing = RunTool(kIndex, {"--db", *dir_ / "nowhere", "--compact"});
  EXPECT_EQ(nothing.status, 2);
  EXPECT_THAT(nothing.err, HasSubstr("no such database"));
  const ToolResult no_input = RunTool(kIndex, {"--db", db});
  EXPECT_EQ(no_input.status, 2);
  EXPECT_THAT(no_input.err, HasSubstr("no INPUT given"));
}

}  // namespace
}  // namespace steppe::testing
