#include "indexer/line_reader.h"

#include <cstdint>
#include <string>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "indexer/byte_source.h"

namespace steppe {
namespace {

using ::testing::ElementsAre;
using ::testing::FieldsAre;

struct SeenLine {
  std::string text;
  std::uint64_t number;
  bool too_long;
};

std::vector<SeenLine> ReadLines(ByteSource& source, std::size_t max_line_bytes = 1 << 20) {
  LineReader reader(source, max_line_bytes);
  std::vector<SeenLine> lines;
  Line line;
  while (true) {
    auto more = reader.Next(line);
    EXPECT_TRUE(more.ok()) << more.status();
    if (!more.ok() || !*more) break;
    lines.push_back({std::string(line.text), line.number, line.too_long});
  }
  return lines;
}

std::vector<SeenLine> ReadLines(std::string_view data, std::size_t block,
                                std::size_t max_line_bytes = 1 << 20) {
  StringSource source(data, block);
  return ReadLines(source, max_line_bytes);
}

// Gives `fail_after` blocks of data, then an error.
class FailingSource : public ByteSource {
 public:
  FailingSource(std::string data, int fail_after) : data_(std::move(data)), left_(fail_after) {}
  absl::StatusOr<std::string_view> Next() override {
    if (left_-- > 0) return std::string_view(data_);
    return absl::DataLossError("dump.gz: truncated");
  }

 private:
  std::string data_;
  int left_;
};

class LineReaderBlockTest : public ::testing::TestWithParam<std::size_t> {};

TEST_P(LineReaderBlockTest, SplitsLinesWhateverTheBlockSize) {
  EXPECT_THAT(ReadLines("alpha\nbeta gamma\n\ndelta\n", GetParam()),
              ElementsAre(FieldsAre("alpha", 1, false), FieldsAre("beta gamma", 2, false),
                          FieldsAre("", 3, false), FieldsAre("delta", 4, false)));
}

TEST_P(LineReaderBlockTest, DropsCarriageReturnsOfCrlf) {
  EXPECT_THAT(ReadLines("one\r\ntwo\r\n\r\nthree\r\n", GetParam()),
              ElementsAre(FieldsAre("one", 1, false), FieldsAre("two", 2, false),
                          FieldsAre("", 3, false), FieldsAre("three", 4, false)));
}

TEST_P(LineReaderBlockTest, DropsByteOrderMarkOnTheFirstLineOnly) {
  EXPECT_THAT(
      ReadLines("\xEF\xBB\xBF{\"a\":1}\n\xEF\xBB\xBFsecond\n", GetParam()),
      ElementsAre(FieldsAre("{\"a\":1}", 1, false), FieldsAre("\xEF\xBB\xBFsecond", 2, false)));
}

TEST_P(LineReaderBlockTest, LastLineNeedNotEndWithNewline) {
  EXPECT_THAT(ReadLines("first\nlast", GetParam()),
              ElementsAre(FieldsAre("first", 1, false), FieldsAre("last", 2, false)));
  EXPECT_THAT(ReadLines("first\r\nlast\r", GetParam()),
              ElementsAre(FieldsAre("first", 1, false), FieldsAre("last", 2, false)));
}

TEST_P(LineReaderBlockTest, TooLongLineIsFlaggedEmptyAndSkipped) {
  const std::string huge(100, 'x');
  EXPECT_THAT(ReadLines("short\n" + huge + "\nafter\n", GetParam(), /*max_line_bytes=*/10),
              ElementsAre(FieldsAre("short", 1, false), FieldsAre("", 2, true),
                          FieldsAre("after", 3, false)));
}

TEST_P(LineReaderBlockTest, TooLongLastLineWithoutNewlineIsFlagged) {
  EXPECT_THAT(ReadLines("ok\n" + std::string(50, 'y'), GetParam(), 10),
              ElementsAre(FieldsAre("ok", 1, false), FieldsAre("", 2, true)));
}

TEST_P(LineReaderBlockTest, LineOfExactlyTheLimitIsKept) {
  EXPECT_THAT(ReadLines("0123456789\n01234567890\n", GetParam(), 10),
              ElementsAre(FieldsAre("0123456789", 1, false), FieldsAre("", 2, true)));
}

TEST_P(LineReaderBlockTest, MultiByteCharactersSurviveBlockBoundaries) {
  EXPECT_THAT(ReadLines("Тоқаев\nToqaevtyń\n", GetParam()),
              ElementsAre(FieldsAre("Тоқаев", 1, false), FieldsAre("Toqaevtyń", 2, false)));
}

INSTANTIATE_TEST_SUITE_P(BlockSizes, LineReaderBlockTest,
                         ::testing::Values(1, 2, 3, 7, 64, 1 << 16));

TEST(LineReaderTest, EmptySourceHasNoLines) { EXPECT_TRUE(ReadLines("", 7).empty()); }

TEST(LineReaderTest, SingleNewlineIsOneEmptyLine) {
  EXPECT_THAT(ReadLines("\n", 7), ElementsAre(FieldsAre("", 1, false)));
}

TEST(LineReaderTest, KeepsReturningFalseAtTheEnd) {
  StringSource source("a\n", 1);
  LineReader reader(source, 100);
  Line line;
  ASSERT_TRUE(*reader.Next(line));
  EXPECT_FALSE(*reader.Next(line));
  EXPECT_FALSE(*reader.Next(line));
}

TEST(LineReaderTest, SourceErrorIsReturnedAfterTheLinesBeforeIt) {
  FailingSource source("one\ntwo\n", 1);
  LineReader reader(source, 100);
  Line line;
  auto more = reader.Next(line);
  ASSERT_TRUE(more.ok());
  EXPECT_EQ(line.text, "one");
  more = reader.Next(line);
  ASSERT_TRUE(more.ok());
  EXPECT_EQ(line.text, "two");
  more = reader.Next(line);
  ASSERT_FALSE(more.ok());
  EXPECT_TRUE(absl::IsDataLoss(more.status()));
  EXPECT_THAT(std::string(more.status().message()), ::testing::HasSubstr("dump.gz"));
}

TEST(LineReaderTest, NumbersCountTooLongAndEmptyLines) {
  std::string data;
  for (int i = 1; i <= 20; ++i) {
    data += (i % 5 == 0) ? std::string(40, 'z') : (i % 7 == 0 ? "" : "line" + std::to_string(i));
    data += "\n";
  }
  const std::vector<SeenLine> lines = ReadLines(data, 3, 16);
  ASSERT_EQ(lines.size(), 20u);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const int n = static_cast<int>(i) + 1;
    EXPECT_EQ(lines[i].number, static_cast<std::uint64_t>(n));
    EXPECT_EQ(lines[i].too_long, n % 5 == 0) << "line " << n;
    if (n % 5 != 0 && n % 7 != 0) {
      EXPECT_EQ(lines[i].text, "line" + std::to_string(n));
    }
  }
}

// A source that yields one endless-looking line in many blocks: the reader
// must skip it and carry on, not accumulate it.
class LongLineSource : public ByteSource {
 public:
  explicit LongLineSource(int blocks) : blocks_left_(blocks) {}
  absl::StatusOr<std::string_view> Next() override {
    if (blocks_left_ > 0) {
      --blocks_left_;
      return std::string_view(block_);
    }
    if (!tail_sent_) {
      tail_sent_ = true;
      return std::string_view("\nnext line\n");
    }
    return std::string_view();
  }

 private:
  std::string block_ = std::string(4096, 'q');
  int blocks_left_;
  bool tail_sent_ = false;
};

TEST(LineReaderTest, HugeLineAcrossManyBlocksIsSkipped) {
  LongLineSource source(1000);  // about 4 MB on one line
  EXPECT_THAT(ReadLines(source, 1024),
              ElementsAre(FieldsAre("", 1, true), FieldsAre("next line", 2, false)));
}

}  // namespace
}  // namespace steppe
