// RunIndexing into a database of several shards: every document lands in
// the shard its id names, once, however often it is indexed; the folder
// opens as one database.
#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <xapian.h>
#include <nlohmann/json.hpp>

#include "indexer/indexing_run.h"
#include "indexer/shard_layout.h"
#include "tests/indexer/indexer_test_util.h"

namespace steppe {
namespace {

using ::testing::HasSubstr;
using testing::TempDir;
using testing::WriteFile;

class NullReporter : public Reporter {
 public:
  void Problem(const Origin& origin, std::string_view message) override {
    problems.push_back(origin.ToString() + ": " + std::string(message));
  }
  void Warning(const Origin& /*origin*/, std::string_view /*message*/) override {}
  std::vector<std::string> problems;
};

IndexOptions Sharded(const std::string& input, const std::string& db, unsigned shards) {
  IndexOptions options;
  options.inputs = {input};
  options.db_path = db;
  options.shards = shards;
  return options;
}

// 200 short articles, a few of them twice (the last copy wins).
std::string Articles() {
  std::string jsonl;
  for (int i = 0; i < 200; ++i) {
    jsonl += nlohmann::json({{"id", "a" + std::to_string(i)},
                             {"text", "Article number " + std::to_string(i) + " about Astana."},
                             {"lang", "en"}})
                 .dump() +
             "\n";
  }
  for (int i = 0; i < 5; ++i) {
    jsonl += nlohmann::json({{"id", "a" + std::to_string(i)},
                             {"text", "Second version of " + std::to_string(i) + "."},
                             {"lang", "en"}})
                 .dump() +
             "\n";
  }
  return jsonl;
}

TEST(ShardedIndexingTest, EveryDocumentIsInTheShardItsIdNames) {
  TempDir dir;
  WriteFile(dir / "a.jsonl", Articles());
  NullReporter reporter;
  auto stats = RunIndexing(Sharded(dir / "a.jsonl", dir / "db", 3), reporter);
  ASSERT_TRUE(stats.ok()) << stats.status();
  EXPECT_THAT(reporter.problems, ::testing::IsEmpty());
  EXPECT_EQ(stats->shards, 3u);
  EXPECT_EQ(stats->added, 200u);
  EXPECT_EQ(stats->replaced, 0u);
  EXPECT_EQ(stats->repeated, 5u);  // the second copies, within the run

  auto layout = ShardLayout::Prepare(dir / "db", 0, 1);
  ASSERT_TRUE(layout.ok()) << layout.status();
  ASSERT_EQ(layout->shards().size(), 3u);
  Xapian::doccount total = 0;
  for (std::size_t shard = 0; shard < 3; ++shard) {
    Xapian::Database db(layout->shards()[shard]);
    EXPECT_GT(db.get_doccount(), 30u) << "shard " << shard;
    total += db.get_doccount();
    for (auto term = db.allterms_begin("Q"); term != db.allterms_end("Q"); ++term) {
      EXPECT_EQ(layout->ShardOf(*term), shard) << *term;
    }
  }
  EXPECT_EQ(total, 200u);

  // The folder is one database to Xapian, with each id once.
  Xapian::Database all(dir / "db");
  EXPECT_EQ(all.get_doccount(), 200u);
  std::set<std::string> ids;
  for (auto term = all.allterms_begin("Q"); term != all.allterms_end("Q"); ++term) {
    EXPECT_EQ(term.get_termfreq(), 1u) << *term;
    ids.insert(*term);
  }
  EXPECT_EQ(ids.size(), 200u);
  EXPECT_EQ(all.get_termfreq("second"), 5u);
}

TEST(ShardedIndexingTest, ReindexingReplacesAndKeepsTheLayout) {
  TempDir dir;
  WriteFile(dir / "a.jsonl", Articles());
  NullReporter reporter;
  ASSERT_TRUE(RunIndexing(Sharded(dir / "a.jsonl", dir / "db", 2), reporter).ok());
  auto again = RunIndexing(Sharded(dir / "a.jsonl", dir / "db", 0), reporter);
  ASSERT_TRUE(again.ok()) << again.status();
  EXPECT_EQ(again->shards, 2u);
  EXPECT_EQ(again->added, 0u);
  EXPECT_EQ(again->replaced, 200u);
  EXPECT_EQ(again->repeated, 5u);
  EXPECT_EQ(Xapian::Database(dir / "db").get_doccount(), 200u);

  auto other = RunIndexing(Sharded(dir / "a.jsonl", dir / "db", 4), reporter);
  ASSERT_FALSE(other.ok());
  EXPECT_THAT(std::string(other.status().message()), HasSubstr("has 2 shards, not 4"));
  EXPECT_EQ(Xapian::Database(dir / "db").get_doccount(), 200u);
}

TEST(ShardedIndexingTest, ALockedShardIsAnError) {
  TempDir dir;
  WriteFile(dir / "a.jsonl", Articles());
  NullReporter reporter;
  ASSERT_TRUE(RunIndexing(Sharded(dir / "a.jsonl", dir / "db", 2), reporter).ok());
  Xapian::WritableDatabase holder(dir / "db/shard1", Xapian::DB_OPEN);
  auto stats = RunIndexing(Sharded(dir / "a.jsonl", dir / "db", 0), reporter);
  ASSERT_FALSE(stats.ok());
  EXPECT_THAT(std::string(stats.status().message()),
              HasSubstr("shard1: database is locked by another indexer"));
}

}  // namespace
}  // namespace steppe
