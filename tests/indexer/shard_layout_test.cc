#include "indexer/shard_layout.h"

#include <filesystem>
#include <map>
#include <string>

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <xapian.h>

#include "tests/indexer/indexer_test_util.h"

namespace steppe {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using testing::ReadFile;
using testing::TempDir;
using testing::WriteFile;

TEST(ShardLayoutTest, ANewDatabaseOfOneShardIsThePathItself) {
  TempDir dir;
  auto layout = ShardLayout::Prepare(dir / "db", 0, 1);
  ASSERT_TRUE(layout.ok()) << layout.status();
  EXPECT_THAT(layout->shards(), ElementsAre(dir / "db"));
  EXPECT_FALSE(std::filesystem::exists(dir / "db"));  // the writer creates it
}

TEST(ShardLayoutTest, ANewShardedDatabaseGetsAStubNamingItsShards) {
  TempDir dir;
  auto layout = ShardLayout::Prepare(dir / "db", 3, 1);
  ASSERT_TRUE(layout.ok()) << layout.status();
  EXPECT_THAT(layout->shards(),
              ElementsAre(dir / "db/shard0", dir / "db/shard1", dir / "db/shard2"));
  EXPECT_THAT(ReadFile(dir / "db/XAPIANDB"), HasSubstr("auto shard0\nauto shard1\nauto shard2\n"));
  // With no number asked for, a new database gets the fallback.
  auto fallback = ShardLayout::Prepare(dir / "other", 0, 2);
  ASSERT_TRUE(fallback.ok()) << fallback.status();
  EXPECT_EQ(fallback->shards().size(), 2u);
}

TEST(ShardLayoutTest, AnExistingDatabaseKeepsItsLayout) {
  TempDir dir;
  ASSERT_TRUE(ShardLayout::Prepare(dir / "db", 3, 1).ok());
  auto again = ShardLayout::Prepare(dir / "db", 0, 1);
  ASSERT_TRUE(again.ok()) << again.status();
  EXPECT_EQ(again->shards().size(), 3u);
  auto same = ShardLayout::Prepare(dir / "db", 3, 1);
  EXPECT_TRUE(same.ok()) << same.status();

  auto other = ShardLayout::Prepare(dir / "db", 2, 1);
  ASSERT_FALSE(other.ok());
  EXPECT_THAT(std::string(other.status().message()),
              HasSubstr(dir / "db" + ": the database has 3 shards, not 2"));

  { Xapian::WritableDatabase single(dir / "single", Xapian::DB_CREATE); }
  auto split = ShardLayout::Prepare(dir / "single", 4, 1);
  ASSERT_FALSE(split.ok());
  EXPECT_THAT(std::string(split.status().message()), HasSubstr("has 1 shard, not 4"));
  auto kept = ShardLayout::Prepare(dir / "single", 0, 4);
  ASSERT_TRUE(kept.ok()) << kept.status();
  EXPECT_THAT(kept->shards(), ElementsAre(dir / "single"));
}

TEST(ShardLayoutTest, AStubFileWithOtherKindsOfDatabaseIsRefusedWithItsLine) {
  TempDir dir;
  WriteFile(dir / "db/XAPIANDB", "# two shards\nauto a\ninmemory\n");
  auto layout = ShardLayout::Prepare(dir / "db", 0, 1);
  ASSERT_FALSE(layout.ok());
  EXPECT_THAT(
      std::string(layout.status().message()),
      HasSubstr(dir / "db/XAPIANDB" + ":3: steppe-index writes local shards ('auto NAME') "
                                      "and served ones ('remote HOST:PORT'), not 'inmemory'"));
  WriteFile(dir / "bad/XAPIANDB", "auto a\nremote 127.0.0.1\n");
  auto bad = ShardLayout::Prepare(dir / "bad", 0, 1);
  ASSERT_FALSE(bad.ok());
  EXPECT_THAT(std::string(bad.status().message()),
              HasSubstr(dir / "bad/XAPIANDB" + ":2: '127.0.0.1': no port"));
}

TEST(ShardLayoutTest, ServedShardsAreTheirUrls) {
  TempDir dir;
  WriteFile(dir / "db/XAPIANDB", "remote 127.0.0.1:9000\nauto local\nremote [::1]:9001\n");
  auto layout = ShardLayout::Prepare(dir / "db", 0, 1);
  ASSERT_TRUE(layout.ok()) << layout.status();
  EXPECT_THAT(layout->shards(),
              ElementsAre("tcp://127.0.0.1:9000", dir / "db/local", "tcp://[::1]:9001"));
  auto one = ShardLayout::Prepare("tcp://10.0.0.5:7000", 0, 2);
  ASSERT_TRUE(one.ok()) << one.status();
  EXPECT_THAT(one->shards(), ElementsAre("tcp://10.0.0.5:7000"));
  auto many = ShardLayout::Prepare("tcp://10.0.0.5:7000", 3, 2);
  ASSERT_FALSE(many.ok());
  EXPECT_THAT(std::string(many.status().message()), HasSubstr("a served database is one shard"));
}

TEST(ShardLayoutTest, AStubFileGivenByNameIsReadRelativeToItsFolder) {
  TempDir dir;
  WriteFile(dir / "news.stub", "auto part-a\nglass /abs/part-b\n");
  auto layout = ShardLayout::Prepare(dir / "news.stub", 0, 1);
  ASSERT_TRUE(layout.ok()) << layout.status();
  EXPECT_THAT(layout->shards(), ElementsAre(dir / "part-a", "/abs/part-b"));
}

TEST(ShardLayoutTest, EachIdHasOneShardAndTheShardsShareTheIds) {
  TempDir dir;
  auto layout = ShardLayout::Prepare(dir / "db", 4, 1);
  ASSERT_TRUE(layout.ok()) << layout.status();
  std::map<std::size_t, int> per_shard;
  for (int i = 0; i < 4000; ++i) {
    const std::string id = "Qrt-ru-" + std::to_string(i);
    const std::size_t shard = layout->ShardOf(id);
    ASSERT_LT(shard, 4u);
    EXPECT_EQ(layout->ShardOf(id), shard);
    ++per_shard[shard];
  }
  // A hash spreads ids evenly: each shard within 10% of a quarter.
  for (const auto& [shard, count] : per_shard) {
    EXPECT_NEAR(count, 1000, 100) << "shard " << shard;
  }
  // The same id lands on the same shard in any run: the value is fixed.
  EXPECT_EQ(layout->ShardOf("Qa"), layout->ShardOf(std::string("Q") + "a"));
}

}  // namespace
}  // namespace steppe
