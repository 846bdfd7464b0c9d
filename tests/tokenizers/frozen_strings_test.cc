#include "tokenizers/frozen_strings.h"

#include <string>
#include <string_view>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace steppe {
namespace {

// `strings` frozen, with the snapshot they live in.
struct Frozen {
  std::string block;
  FrozenStrings strings;
};

Frozen Freeze(std::vector<std::string_view> strings) {
  Frozen frozen;
  SnapshotWriter out("strings", {}, 0);
  FrozenStrings::Write(std::move(strings), out);
  frozen.block = std::move(out).Finish();
  std::optional<SnapshotReader> in = SnapshotReader::Open(frozen.block, "strings");
  EXPECT_TRUE(in.has_value());
  std::optional<FrozenStrings> read = FrozenStrings::Read(*in);
  EXPECT_TRUE(read.has_value());
  if (read.has_value()) frozen.strings = *read;
  return frozen;
}

TEST(FrozenStringsTest, KeepsTheStringsSortedAndEachOnce) {
  const Frozen frozen = Freeze({"стол", "apple", "", "стол", "b"});
  const FrozenStrings& strings = frozen.strings;
  ASSERT_EQ(strings.size(), 4u);
  EXPECT_EQ(strings[0], "");
  EXPECT_EQ(strings[1], "apple");
  EXPECT_EQ(strings[2], "b");
  EXPECT_EQ(strings[3], "стол");
  EXPECT_EQ(strings.Find("стол"), 3u);
  EXPECT_EQ(strings.Find(""), 0u);
  EXPECT_FALSE(strings.Find("сто").has_value());
  EXPECT_FALSE(strings.Contains("apples"));
  EXPECT_EQ(strings.LowerBound("a"), 1u);
  EXPECT_EQ(strings.LowerBound("c"), 3u);
  EXPECT_EQ(strings.LowerBound("я"), 4u);
}

TEST(FrozenStringsTest, FindsEveryStringOfALargeSet) {
  std::vector<std::string> words;
  words.reserve(20000);
  for (int i = 0; i < 20000; ++i) words.push_back("w" + std::to_string(i * 7919));
  const Frozen frozen = Freeze(std::vector<std::string_view>(words.begin(), words.end()));
  ASSERT_EQ(frozen.strings.size(), words.size());
  for (const std::string& word : words) {
    const std::optional<std::uint32_t> i = frozen.strings.Find(word);
    ASSERT_TRUE(i.has_value()) << word;
    EXPECT_EQ(frozen.strings[*i], word);
    EXPECT_FALSE(frozen.strings.Contains(word + "x"));
  }
}

TEST(FrozenStringsTest, AnEmptySetFindsNothing) {
  EXPECT_FALSE(FrozenStrings().Contains(""));
  EXPECT_EQ(FrozenStrings().size(), 0u);
  const Frozen frozen = Freeze({});
  EXPECT_EQ(frozen.strings.size(), 0u);
  EXPECT_FALSE(frozen.strings.Contains("a"));
}

TEST(FrozenStringsTest, InconsistentSectionsAreNotRead) {
  SnapshotWriter out("strings", {}, 0);
  out.Add(std::vector<std::uint32_t>{0, 5, 3});  // offsets out of order
  out.AddBytes("abc");
  out.Add(std::vector<std::uint8_t>(4, 0));
  out.Add(std::vector<std::uint32_t>(4, 0));
  const std::string block = std::move(out).Finish();
  std::optional<SnapshotReader> in = SnapshotReader::Open(block, "strings");
  ASSERT_TRUE(in.has_value());
  EXPECT_FALSE(FrozenStrings::Read(*in).has_value());
}

}  // namespace
}  // namespace steppe
