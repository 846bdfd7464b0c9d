#include "indexer/archive_input.h"

#include <string>
#include <utility>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tests/indexer/archive_test_util.h"
#include "tests/indexer/indexer_test_util.h"

namespace steppe {
namespace {

using testing::ArchiveFormat;
using testing::Compression;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using testing::Member;
using ::testing::Pair;
using testing::TempDir;
using testing::WriteArchive;
using testing::WriteCompressed;
using testing::WriteFile;

// Every entry of `path` as (EntryName, content); fails the test on errors.
std::vector<std::pair<std::string, std::string>> ReadEntries(const std::string& path) {
  std::vector<std::pair<std::string, std::string>> entries;
  auto input = ArchiveInput::Open(path);
  EXPECT_TRUE(input.ok()) << input.status();
  if (!input.ok()) return entries;
  for (int guard = 0; guard < 100; ++guard) {
    auto more = (*input)->NextEntry();
    EXPECT_TRUE(more.ok()) << more.status();
    if (!more.ok() || !*more) return entries;
    std::string content;
    const absl::Status read = ReadAll(**input, 1 << 30, content);
    EXPECT_TRUE(read.ok()) << read;
    entries.emplace_back((*input)->EntryName(), std::move(content));
  }
  ADD_FAILURE() << "too many entries";
  return entries;
}

// Text long enough to span several of libarchive's blocks once compressed.
std::string LongText() {
  std::string text;
  for (int i = 0; i < 20000; ++i) {
    text += "{\"id\": \"" + std::to_string(i) + "\", \"text\": \"Тоқаев Astana " +
            std::to_string(i * 7919 % 1000) + "\"}\n";
  }
  return text;
}

struct CompressionCase {
  const char* name;
  Compression compression;
};

class ArchiveInputCompressionTest : public ::testing::TestWithParam<CompressionCase> {};

TEST_P(ArchiveInputCompressionTest, CompressedFileIsOneDecompressedEntry) {
  TempDir dir;
  const std::string content = LongText();
  const std::string path = dir / (std::string("dump.jsonl.") + GetParam().name);
  ASSERT_NO_FATAL_FAILURE(WriteCompressed(path, GetParam().compression, content));
  ASSERT_LT(testing::ReadFile(path).size(), content.size());  // really compressed

  auto entries = ReadEntries(path);
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_EQ(entries[0].first, path);
  EXPECT_TRUE(entries[0].second == content) << "decompressed content differs";
}

TEST_P(ArchiveInputCompressionTest, CompressionIsDetectedFromBytesNotName) {
  TempDir dir;
  const std::string path = dir / "misnamed.jsonl";
  ASSERT_NO_FATAL_FAILURE(WriteCompressed(path, GetParam().compression, "{\"text\": \"a\"}\n"));
  EXPECT_THAT(ReadEntries(path), ElementsAre(Pair(path, "{\"text\": \"a\"}\n")));
}

TEST_P(ArchiveInputCompressionTest, CompressedTarYieldsEveryMember) {
  TempDir dir;
  const std::string path = dir / (std::string("pages.tar.") + GetParam().name);
  ASSERT_NO_FATAL_FAILURE(WriteArchive(path, ArchiveFormat::kTar, GetParam().compression,
                                       {{"site/a.txt", "first page"},
                                        {"site/b.html", "<p>second page</p>"},
                                        {"c.jsonl", LongText()}}));
  auto entries = ReadEntries(path);
  ASSERT_EQ(entries.size(), 3u);
  EXPECT_EQ(entries[0], std::make_pair(std::string("site/a.txt"), std::string("first page")));
  EXPECT_EQ(entries[1],
            std::make_pair(std::string("site/b.html"), std::string("<p>second page</p>")));
  EXPECT_EQ(entries[2].first, "c.jsonl");
  EXPECT_TRUE(entries[2].second == LongText());
}

INSTANTIATE_TEST_SUITE_P(Filters, ArchiveInputCompressionTest,
                         ::testing::Values(CompressionCase{"gz", Compression::kGzip},
                                           CompressionCase{"bz2", Compression::kBzip2},
                                           CompressionCase{"xz", Compression::kXz},
                                           CompressionCase{"zst", Compression::kZstd}),
                         [](const auto& info) { return std::string(info.param.name); });

TEST(ArchiveInputTest, PlainFileIsOneEntry) {
  TempDir dir;
  const std::string path = dir / "dump.jsonl";
  WriteFile(path, "{\"text\": \"plain\"}\n");
  EXPECT_THAT(ReadEntries(path), ElementsAre(Pair(path, "{\"text\": \"plain\"}\n")));
}

TEST(ArchiveInputTest, EmptyFileIsOneEmptyEntry) {
  TempDir dir;
  const std::string path = dir / "empty.jsonl";
  WriteFile(path, "");
  EXPECT_THAT(ReadEntries(path), ElementsAre(Pair(path, "")));
}

TEST(ArchiveInputTest, EmptyGzipFileIsOneEmptyEntry) {
  TempDir dir;
  const std::string path = dir / "empty.jsonl.gz";
  ASSERT_NO_FATAL_FAILURE(WriteCompressed(path, Compression::kGzip, ""));
  EXPECT_THAT(ReadEntries(path), ElementsAre(Pair(path, "")));
}

TEST(ArchiveInputTest, ArchiveWithoutMembersHasNoEntries) {
  TempDir dir;
  const std::string path = dir / "nothing.tar.gz";
  ASSERT_NO_FATAL_FAILURE(WriteArchive(path, ArchiveFormat::kTar, Compression::kGzip, {}));
  EXPECT_TRUE(ReadEntries(path).empty());
}

TEST(ArchiveInputTest, UncompressedTar) {
  TempDir dir;
  const std::string path = dir / "pages.tar";
  ASSERT_NO_FATAL_FAILURE(WriteArchive(path, ArchiveFormat::kTar, Compression::kNone,
                                       {{"a.txt", "alpha"}, {"b.txt", "beta"}}));
  EXPECT_THAT(ReadEntries(path), ElementsAre(Pair("a.txt", "alpha"), Pair("b.txt", "beta")));
}

TEST(ArchiveInputTest, ZipYieldsEveryMember) {
  TempDir dir;
  const std::string path = dir / "pages.zip";
  ASSERT_NO_FATAL_FAILURE(WriteArchive(path, ArchiveFormat::kZip, Compression::kNone,
                                       {{"a.txt", "alpha"}, {"dir/b.jsonl", LongText()}}));
  auto entries = ReadEntries(path);
  ASSERT_EQ(entries.size(), 2u);
  EXPECT_EQ(entries[0], std::make_pair(std::string("a.txt"), std::string("alpha")));
  EXPECT_EQ(entries[1].first, "dir/b.jsonl");
  EXPECT_TRUE(entries[1].second == LongText());
}

TEST(ArchiveInputTest, FoldersInsideAnArchiveAreNotEntries) {
  TempDir dir;
  const std::string path = dir / "site.tar.gz";
  ASSERT_NO_FATAL_FAILURE(
      testing::WriteTarWithFolder(path, "site", {{"a.txt", "alpha"}, {"b.txt", "beta"}}));
  EXPECT_THAT(ReadEntries(path),
              ElementsAre(Pair("site/a.txt", "alpha"), Pair("site/b.txt", "beta")));
}

TEST(ArchiveInputTest, DisplayNameNamesTheArchiveAndTheMember) {
  TempDir dir;
  const std::string path = dir / "pages.tar.gz";
  ASSERT_NO_FATAL_FAILURE(
      WriteArchive(path, ArchiveFormat::kTar, Compression::kGzip, {{"site/a.html", "<p>a</p>"}}));
  auto input = ArchiveInput::Open(path);
  ASSERT_TRUE(input.ok()) << input.status();
  auto more = (*input)->NextEntry();
  ASSERT_TRUE(more.ok() && *more);
  EXPECT_EQ((*input)->EntryDisplayName(), path + ":site/a.html");
  EXPECT_EQ((*input)->EntryName(), "site/a.html");
}

TEST(ArchiveInputTest, DisplayNameOfASingleFileIsItsPath) {
  TempDir dir;
  const std::string path = dir / "dump.jsonl.gz";
  ASSERT_NO_FATAL_FAILURE(WriteCompressed(path, Compression::kGzip, "{}\n"));
  auto input = ArchiveInput::Open(path);
  ASSERT_TRUE(input.ok()) << input.status();
  auto more = (*input)->NextEntry();
  ASSERT_TRUE(more.ok() && *more);
  EXPECT_EQ((*input)->EntryDisplayName(), path);
  more = (*input)->NextEntry();
  ASSERT_TRUE(more.ok());
  EXPECT_FALSE(*more);
}

TEST(ArchiveInputTest, TruncatedGzipIsAnErrorNamingTheFile) {
  TempDir dir;
  const std::string whole = dir / "whole.jsonl.gz";
  ASSERT_NO_FATAL_FAILURE(WriteCompressed(whole, Compression::kGzip, LongText()));
  const std::string bytes = testing::ReadFile(whole);
  ASSERT_GT(bytes.size(), 1000u);
  const std::string path = dir / "truncated.jsonl.gz";
  WriteFile(path, bytes.substr(0, bytes.size() / 2));

  auto input = ArchiveInput::Open(path);
  absl::Status status = input.status();
  if (status.ok()) {
    auto more = (*input)->NextEntry();
    status = more.status();
    if (status.ok()) {
      ASSERT_TRUE(*more);
      std::string content;
      status = ReadAll(**input, 1 << 30, content);
    }
  }
  ASSERT_FALSE(status.ok()) << "a truncated .gz read without error";
  EXPECT_THAT(std::string(status.message()), HasSubstr(path));
}

TEST(ArchiveInputTest, TruncatedTarGzIsAnErrorNamingTheArchive) {
  TempDir dir;
  const std::string whole = dir / "whole.tar.gz";
  ASSERT_NO_FATAL_FAILURE(WriteArchive(whole, ArchiveFormat::kTar, Compression::kGzip,
                                       {{"a.jsonl", LongText()}, {"b.jsonl", LongText()}}));
  const std::string bytes = testing::ReadFile(whole);
  const std::string path = dir / "truncated.tar.gz";
  WriteFile(path, bytes.substr(0, bytes.size() / 2));

  auto input = ArchiveInput::Open(path);
  absl::Status status = input.status();
  for (int guard = 0; status.ok() && guard < 10; ++guard) {
    auto more = (*input)->NextEntry();
    status = more.status();
    if (!status.ok()) break;
    ASSERT_TRUE(*more) << "archive ended cleanly although truncated";
    std::string content;
    status = ReadAll(**input, 1 << 30, content);
  }
  ASSERT_FALSE(status.ok());
  EXPECT_THAT(std::string(status.message()), HasSubstr(path));
}

TEST(ArchiveInputTest, CorruptArchiveIsAnError) {
  TempDir dir;
  const std::string path = dir / "broken.tar.gz";
  WriteFile(path, "this is not a tar archive at all");
  auto input = ArchiveInput::Open(path);
  absl::Status status = input.status();
  if (status.ok()) status = (*input)->NextEntry().status();
  ASSERT_FALSE(status.ok());
  EXPECT_THAT(std::string(status.message()), HasSubstr(path));
}

TEST(ArchiveInputTest, MissingFileIsAnErrorNamingIt) {
  TempDir dir;
  const std::string path = dir / "missing.jsonl";
  auto input = ArchiveInput::Open(path);
  ASSERT_FALSE(input.ok());
  EXPECT_THAT(std::string(input.status().message()), HasSubstr(path));
}

TEST(ArchiveInputTest, RawBytesReadCountsCompressedBytes) {
  TempDir dir;
  const std::string path = dir / "dump.jsonl.gz";
  const std::string content = LongText();
  ASSERT_NO_FATAL_FAILURE(WriteCompressed(path, Compression::kGzip, content));
  const std::size_t on_disk = testing::ReadFile(path).size();
  auto input = ArchiveInput::Open(path);
  ASSERT_TRUE(input.ok()) << input.status();
  ASSERT_TRUE(*(*input)->NextEntry());
  std::string read;
  ASSERT_TRUE(ReadAll(**input, 1 << 30, read).ok());
  EXPECT_EQ(read.size(), content.size());
  EXPECT_EQ((*input)->RawBytesRead(), on_disk);
}

}  // namespace
}  // namespace steppe
