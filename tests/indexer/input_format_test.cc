#include "indexer/input_format.h"

#include <gtest/gtest.h>

namespace steppe {
namespace {

TEST(FormatFromNameTest, KnownExtensions) {
  EXPECT_EQ(FormatFromName("dump.jsonl"), InputFormat::kJsonLines);
  EXPECT_EQ(FormatFromName("dump.ndjson"), InputFormat::kJsonLines);
  EXPECT_EQ(FormatFromName("dump.json"), InputFormat::kJsonLines);
  EXPECT_EQ(FormatFromName("articles.csv"), InputFormat::kCsv);
  EXPECT_EQ(FormatFromName("articles.tsv"), InputFormat::kTsv);
  EXPECT_EQ(FormatFromName("articles.tab"), InputFormat::kTsv);
  EXPECT_EQ(FormatFromName("page.html"), InputFormat::kHtml);
  EXPECT_EQ(FormatFromName("page.htm"), InputFormat::kHtml);
  EXPECT_EQ(FormatFromName("page.xhtml"), InputFormat::kHtml);
  EXPECT_EQ(FormatFromName("page.txt"), InputFormat::kText);
  EXPECT_EQ(FormatFromName("page.text"), InputFormat::kText);
}

TEST(FormatFromNameTest, CaseDoesNotMatter) {
  EXPECT_EQ(FormatFromName("DUMP.JSONL"), InputFormat::kJsonLines);
  EXPECT_EQ(FormatFromName("Page.Html"), InputFormat::kHtml);
}

TEST(FormatFromNameTest, CompressionSuffixesAreTakenOff) {
  EXPECT_EQ(FormatFromName("dump.jsonl.gz"), InputFormat::kJsonLines);
  EXPECT_EQ(FormatFromName("dump.csv.zst"), InputFormat::kCsv);
  EXPECT_EQ(FormatFromName("dump.tsv.bz2"), InputFormat::kTsv);
  EXPECT_EQ(FormatFromName("dump.html.xz"), InputFormat::kHtml);
  EXPECT_EQ(FormatFromName("dump.txt.lz4"), InputFormat::kText);
  EXPECT_EQ(FormatFromName("dump.ndjson.lzma"), InputFormat::kJsonLines);
  EXPECT_EQ(FormatFromName("dump.jsonl.GZ"), InputFormat::kJsonLines);
}

TEST(FormatFromNameTest, UnknownNames) {
  EXPECT_EQ(FormatFromName("README.md"), InputFormat::kUnknown);
  EXPECT_EQ(FormatFromName("Makefile"), InputFormat::kUnknown);
  EXPECT_EQ(FormatFromName("image.png"), InputFormat::kUnknown);
  EXPECT_EQ(FormatFromName("dump.gz"), InputFormat::kUnknown);
  EXPECT_EQ(FormatFromName("pages.tar.gz"), InputFormat::kUnknown);
  EXPECT_EQ(FormatFromName(""), InputFormat::kUnknown);
}

TEST(FormatFromNameTest, DotInAFolderNameIsNotAnExtension) {
  EXPECT_EQ(FormatFromName("dumps.csv/articles"), InputFormat::kUnknown);
  EXPECT_EQ(FormatFromName("v1.2/articles.jsonl"), InputFormat::kJsonLines);
}

TEST(SniffFormatTest, JsonLines) {
  EXPECT_EQ(SniffFormat("{\"id\": 1}\n"), InputFormat::kJsonLines);
  EXPECT_EQ(SniffFormat("\n  {\"id\": 1}"), InputFormat::kJsonLines);
  EXPECT_EQ(SniffFormat("\xEF\xBB\xBF{\"id\": 1}"), InputFormat::kJsonLines);
}

TEST(SniffFormatTest, Html) {
  EXPECT_EQ(SniffFormat("<!DOCTYPE html><html>"), InputFormat::kHtml);
  EXPECT_EQ(SniffFormat("\r\n\t<html lang=\"kk\">"), InputFormat::kHtml);
}

TEST(SniffFormatTest, BinaryWhenNulBytes) {
  EXPECT_EQ(SniffFormat(std::string_view("PK\x03\x04\0\0", 6)), InputFormat::kBinary);
  EXPECT_EQ(SniffFormat(std::string_view("{\"a\":\0}", 7)), InputFormat::kBinary);
}

TEST(SniffFormatTest, AnythingElseIsText) {
  EXPECT_EQ(SniffFormat("Главная\nНовости\n"), InputFormat::kText);
  EXPECT_EQ(SniffFormat("id,title,text\n"), InputFormat::kText);
  EXPECT_EQ(SniffFormat(""), InputFormat::kText);
  EXPECT_EQ(SniffFormat("  \n"), InputFormat::kText);
}

TEST(IsArchiveNameTest, TarAndZipInAnyCompression) {
  EXPECT_TRUE(IsArchiveName("pages.tar"));
  EXPECT_TRUE(IsArchiveName("pages.tar.gz"));
  EXPECT_TRUE(IsArchiveName("pages.tar.zst"));
  EXPECT_TRUE(IsArchiveName("pages.tar.bz2"));
  EXPECT_TRUE(IsArchiveName("pages.tar.xz"));
  EXPECT_TRUE(IsArchiveName("pages.tgz"));
  EXPECT_TRUE(IsArchiveName("pages.tbz2"));
  EXPECT_TRUE(IsArchiveName("pages.txz"));
  EXPECT_TRUE(IsArchiveName("pages.tzst"));
  EXPECT_TRUE(IsArchiveName("pages.zip"));
  EXPECT_TRUE(IsArchiveName("PAGES.ZIP"));
  EXPECT_TRUE(IsArchiveName("PAGES.TAR.GZ"));
}

TEST(IsArchiveNameTest, SingleStreamsAreNotArchives) {
  EXPECT_FALSE(IsArchiveName("dump.jsonl.gz"));
  EXPECT_FALSE(IsArchiveName("dump.gz"));
  EXPECT_FALSE(IsArchiveName("dump.csv"));
  EXPECT_FALSE(IsArchiveName("tarball.txt"));
  EXPECT_FALSE(IsArchiveName("zip"));
}

TEST(FormatNameTest, RoundTripsThroughParseFormatName) {
  for (InputFormat format : {InputFormat::kJsonLines, InputFormat::kCsv, InputFormat::kTsv,
                             InputFormat::kHtml, InputFormat::kText}) {
    EXPECT_EQ(ParseFormatName(FormatName(format)), format) << FormatName(format);
  }
  EXPECT_EQ(FormatName(InputFormat::kJsonLines), "jsonl");
  EXPECT_EQ(FormatName(InputFormat::kText), "text");
  EXPECT_EQ(FormatName(InputFormat::kBinary), "binary");
  EXPECT_EQ(FormatName(InputFormat::kUnknown), "unknown");
}

TEST(FormatNameTest, ParseRejectsOtherNames) {
  EXPECT_EQ(ParseFormatName("xml"), std::nullopt);
  EXPECT_EQ(ParseFormatName(""), std::nullopt);
  EXPECT_EQ(ParseFormatName("binary"), std::nullopt);
  EXPECT_EQ(ParseFormatName("unknown"), std::nullopt);
}

}  // namespace
}  // namespace steppe
