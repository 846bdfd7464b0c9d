#include "indexer/byte_source.h"

#include <string>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace steppe {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

std::vector<std::string> Blocks(ByteSource& source) {
  std::vector<std::string> blocks;
  for (int guard = 0; guard < 1000; ++guard) {
    auto block = source.Next();
    EXPECT_TRUE(block.ok()) << block.status();
    if (!block.ok() || block->empty()) return blocks;
    blocks.emplace_back(*block);
  }
  ADD_FAILURE() << "source never ended";
  return blocks;
}

class ErrorSource : public ByteSource {
 public:
  absl::StatusOr<std::string_view> Next() override {
    return absl::DataLossError("input.gz: truncated gzip stream");
  }
};

TEST(StringSourceTest, YieldsBlocksOfTheGivenSizeThenEmpty) {
  StringSource source("abcdefgh", 3);
  EXPECT_THAT(Blocks(source), ElementsAre("abc", "def", "gh"));
  auto again = source.Next();
  ASSERT_TRUE(again.ok());
  EXPECT_TRUE(again->empty());
}

TEST(StringSourceTest, EmptyDataEndsAtOnce) {
  StringSource source("");
  EXPECT_TRUE(Blocks(source).empty());
}

TEST(StringSourceTest, DefaultBlockHoldsSmallInputWhole) {
  StringSource source("one block");
  EXPECT_THAT(Blocks(source), ElementsAre("one block"));
}

TEST(PeekableSourceTest, PeekDoesNotConsumeTheFirstBlock) {
  StringSource inner("abcdef", 4);
  PeekableSource source(inner);
  auto head = source.Peek();
  ASSERT_TRUE(head.ok());
  EXPECT_EQ(*head, "abcd");
  auto head_again = source.Peek();
  ASSERT_TRUE(head_again.ok());
  EXPECT_EQ(*head_again, "abcd");
  EXPECT_THAT(Blocks(source), ElementsAre("abcd", "ef"));
}

TEST(PeekableSourceTest, WithoutPeekPassesBlocksThrough) {
  StringSource inner("abcdef", 4);
  PeekableSource source(inner);
  EXPECT_THAT(Blocks(source), ElementsAre("abcd", "ef"));
}

TEST(PeekableSourceTest, PeekOfEmptySourceIsEmptyAndNextEnds) {
  StringSource inner("");
  PeekableSource source(inner);
  auto head = source.Peek();
  ASSERT_TRUE(head.ok());
  EXPECT_TRUE(head->empty());
  EXPECT_TRUE(Blocks(source).empty());
}

TEST(PeekableSourceTest, PeekPassesErrorsOn) {
  ErrorSource inner;
  PeekableSource source(inner);
  auto head = source.Peek();
  ASSERT_FALSE(head.ok());
  EXPECT_THAT(std::string(head.status().message()), HasSubstr("input.gz"));
}

TEST(ReadAllTest, ReadsEverything) {
  StringSource source("hello, steppe", 2);
  std::string out = "stale";
  ASSERT_TRUE(ReadAll(source, 100, out).ok());
  EXPECT_EQ(out, "hello, steppe");
}

TEST(ReadAllTest, ExactlyTheLimitIsAccepted) {
  StringSource source("12345", 2);
  std::string out;
  EXPECT_TRUE(ReadAll(source, 5, out).ok());
  EXPECT_EQ(out, "12345");
}

TEST(ReadAllTest, MoreThanTheLimitFails) {
  const std::string data(3 << 20, 'x');
  StringSource source(data, 1 << 16);
  std::string out;
  const absl::Status status = ReadAll(source, 2 << 20, out);
  EXPECT_TRUE(absl::IsResourceExhausted(status)) << status;
  EXPECT_THAT(std::string(status.message()), HasSubstr("2 MiB"));
  EXPECT_LE(out.size(), std::size_t{2} << 20);
}

TEST(ReadAllTest, SourceErrorIsReturned) {
  ErrorSource source;
  std::string out;
  const absl::Status status = ReadAll(source, 100, out);
  EXPECT_TRUE(absl::IsDataLoss(status)) << status;
}

}  // namespace
}  // namespace steppe
