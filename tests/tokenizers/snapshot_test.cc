#include "tokenizers/snapshot.h"

#include <unistd.h>

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace steppe {
namespace {

using ::testing::ElementsAre;

TEST(SnapshotTest, SectionsReadBackInOrder) {
  SnapshotWriter out("test-kind", {{3, 4}, {5, 6}}, 42);
  out.AddBytes("hello");
  out.Add(std::vector<std::uint32_t>{1, 2, 3});
  out.AddBytes("");
  out.Add(std::vector<std::uint64_t>{7});
  const std::string block = std::move(out).Finish();
  EXPECT_EQ(block.size() % 8, 0u);

  std::optional<SnapshotReader> in = SnapshotReader::Open(block, "test-kind");
  ASSERT_TRUE(in.has_value());
  EXPECT_THAT(in->stamps(), ElementsAre(FileStamp{3, 4}, FileStamp{5, 6}));
  EXPECT_EQ(in->fingerprint(), 42u);
  EXPECT_EQ(in->NextBytes(), "hello");
  const auto numbers = in->Next<std::uint32_t>();
  ASSERT_TRUE(numbers.has_value());
  EXPECT_THAT(*numbers, ElementsAre(1u, 2u, 3u));
  EXPECT_EQ(in->NextBytes(), "");
  const auto words = in->Next<std::uint64_t>();
  ASSERT_TRUE(words.has_value());
  EXPECT_THAT(*words, ElementsAre(7u));
  EXPECT_FALSE(in->NextBytes().has_value());  // past the end
}

TEST(SnapshotTest, OpensOnlyASnapshotOfItsKind) {
  const std::string block = SnapshotWriter("one-kind", {}, 0).Finish();
  EXPECT_TRUE(SnapshotReader::Open(block, "one-kind").has_value());
  EXPECT_FALSE(SnapshotReader::Open(block, "another-kind").has_value());
  EXPECT_FALSE(SnapshotReader::Open("", "one-kind").has_value());
  EXPECT_FALSE(SnapshotReader::Open("not a snapshot at all", "one-kind").has_value());
  EXPECT_FALSE(SnapshotReader::Open(block.substr(0, block.size() - 8), "one-kind").has_value());
}

TEST(SnapshotTest, ATruncatedOrMistypedSectionIsNotRead) {
  SnapshotWriter out("kind", {}, 0);
  out.AddBytes("abc");  // not a whole number of uint32_t
  out.Add(std::vector<std::uint64_t>{1, 2});
  const std::string block = std::move(out).Finish();
  std::optional<SnapshotReader> in = SnapshotReader::Open(block, "kind");
  ASSERT_TRUE(in.has_value());
  EXPECT_FALSE(in->Next<std::uint32_t>().has_value());
  // (The reader views the block, which must outlive it: not a temporary.)
  const std::string cut_block = block.substr(0, block.size() - 8);
  std::optional<SnapshotReader> cut = SnapshotReader::Open(cut_block, "kind");
  ASSERT_TRUE(cut.has_value());
  EXPECT_TRUE(cut->NextBytes().has_value());
  EXPECT_FALSE(cut->Next<std::uint64_t>().has_value());  // its last word is missing
}

TEST(SnapshotTest, StampsTellWhetherTheFilesAreTheSame) {
  const std::filesystem::path dir =
      std::filesystem::path(::testing::TempDir()) / ("snapshot_test-" + std::to_string(getpid()));
  std::filesystem::create_directories(dir);
  const std::string path = (dir / "words").string();
  std::ofstream(path, std::ios::binary) << "one\ntwo\n";
  const std::optional<FileStamp> stamp = StampOf(path);
  ASSERT_TRUE(stamp.has_value());
  EXPECT_EQ(stamp->size, 8u);
  EXPECT_FALSE(StampOf((dir / "missing").string()).has_value());

  const std::string block = SnapshotWriter("kind", {*stamp}, 0).Finish();
  std::optional<SnapshotReader> in = SnapshotReader::Open(block, "kind");
  ASSERT_TRUE(in.has_value());
  EXPECT_TRUE(in->Matches({path}));
  EXPECT_FALSE(in->Matches({path, path}));
  std::filesystem::last_write_time(path,
                                   std::filesystem::last_write_time(path) - std::chrono::hours(1));
  EXPECT_FALSE(in->Matches({path}));  // touched
  std::filesystem::remove_all(dir);
  EXPECT_FALSE(in->Matches({path}));  // gone
}

}  // namespace
}  // namespace steppe
