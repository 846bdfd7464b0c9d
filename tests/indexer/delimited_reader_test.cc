#include "indexer/delimited_reader.h"

#include <string>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "indexer/byte_source.h"
#include "tests/indexer/indexer_test_util.h"

namespace steppe {
namespace {

using testing::CollectingSink;
using ::testing::HasSubstr;
using ::testing::IsEmpty;

absl::Status ReadDelimited(char delimiter, std::string_view data, CollectingSink& sink,
                           std::size_t block = 1 << 16, ReaderLimits limits = {}) {
  StringSource source(data, block);
  DelimitedReader reader(delimiter, limits);
  return reader.Read(source, "articles.csv", sink);
}

TEST(DelimitedReaderTest, ReadsEveryColumn) {
  CollectingSink sink;
  ASSERT_TRUE(ReadDelimited(',',
                            "id,url,title,text,date,lang,source\n"
                            "csv-1,https://x.kz/a,Headline,Body text,2020-10-07,en,Caspian Wire\n",
                            sink)
                  .ok());
  EXPECT_THAT(sink.bad, IsEmpty());
  ASSERT_EQ(sink.records.size(), 1u);
  const Record& r = sink.records[0];
  EXPECT_EQ(r.id, "csv-1");
  EXPECT_EQ(r.url, "https://x.kz/a");
  EXPECT_EQ(r.title, "Headline");
  EXPECT_EQ(r.text, "Body text");
  EXPECT_EQ(r.date, "2020-10-07");
  EXPECT_EQ(r.lang, "en");
  EXPECT_EQ(r.source, "Caspian Wire");
  EXPECT_EQ(r.origin.ToString(), "articles.csv:2");
}

TEST(DelimitedReaderTest, QuotedCommaDoubledQuoteAndEmbeddedNewline) {
  CollectingSink sink;
  ASSERT_TRUE(ReadDelimited(',',
                            "id,text\n"
                            "a,\"one, two\"\n"
                            "b,\"she said \"\"hi\"\"\"\n"
                            "c,\"first paragraph\n"
                            "second paragraph\"\n"
                            "d,plain\n",
                            sink)
                  .ok());
  EXPECT_THAT(sink.bad, IsEmpty());
  ASSERT_EQ(sink.records.size(), 4u);
  EXPECT_EQ(sink.records[0].text, "one, two");
  EXPECT_EQ(sink.records[1].text, "she said \"hi\"");
  EXPECT_EQ(sink.records[2].text, "first paragraph\nsecond paragraph");
  // A row's origin is the line it starts on.
  EXPECT_EQ(sink.records[0].origin.line, 2u);
  EXPECT_EQ(sink.records[1].origin.line, 3u);
  EXPECT_EQ(sink.records[2].origin.line, 4u);
  EXPECT_EQ(sink.records[3].origin.line, 6u);
}

TEST(DelimitedReaderTest, CrlfRecordsAndTinyBlocks) {
  CollectingSink sink;
  ASSERT_TRUE(ReadDelimited(',',
                            "\xEF\xBB\xBFid,text\r\n"
                            "a,\"multi\nline, with comma\"\r\n"
                            "b,Тоқаев\r\n",
                            sink, /*block=*/3)
                  .ok());
  EXPECT_THAT(sink.bad, IsEmpty());
  ASSERT_EQ(sink.records.size(), 2u);
  EXPECT_EQ(sink.records[0].id, "a");
  EXPECT_EQ(sink.records[0].text, "multi\nline, with comma");
  EXPECT_EQ(sink.records[1].text, "Тоқаев");
  EXPECT_EQ(sink.records[1].origin.line, 4u);
}

TEST(DelimitedReaderTest, Tsv) {
  CollectingSink sink;
  ASSERT_TRUE(ReadDelimited('\t',
                            "id\ttitle\ttext\n"
                            "t1\tA, B and C\tcommas, are, plain here\n"
                            "t2\tSecond\tmore text\n",
                            sink)
                  .ok());
  EXPECT_THAT(sink.bad, IsEmpty());
  ASSERT_EQ(sink.records.size(), 2u);
  EXPECT_EQ(sink.records[0].title, "A, B and C");
  EXPECT_EQ(sink.records[0].text, "commas, are, plain here");
  EXPECT_EQ(sink.records[1].id, "t2");
}

TEST(DelimitedReaderTest, HeaderIsCaseInsensitiveInAnyOrderWithExtraColumns) {
  CollectingSink sink;
  ASSERT_TRUE(ReadDelimited(',',
                            " Source ,Views,TEXT,Title,ID,Language\n"
                            "Vostok Press,100,Body,Head,r-1,ru\n",
                            sink)
                  .ok());
  ASSERT_EQ(sink.records.size(), 1u);
  const Record& r = sink.records[0];
  EXPECT_EQ(r.source, "Vostok Press");
  EXPECT_EQ(r.text, "Body");
  EXPECT_EQ(r.title, "Head");
  EXPECT_EQ(r.id, "r-1");
  EXPECT_EQ(r.lang, "ru");
  EXPECT_EQ(r.url, "");
}

TEST(DelimitedReaderTest, BodyAndContentAreTextAliases) {
  {
    CollectingSink sink;
    ASSERT_TRUE(ReadDelimited(',', "id,Body\na,from body\n", sink).ok());
    ASSERT_EQ(sink.records.size(), 1u);
    EXPECT_EQ(sink.records[0].text, "from body");
  }
  {
    CollectingSink sink;
    ASSERT_TRUE(ReadDelimited(',', "id,CONTENT\na,from content\n", sink).ok());
    ASSERT_EQ(sink.records.size(), 1u);
    EXPECT_EQ(sink.records[0].text, "from content");
  }
  {
    // "text" wins over an alias wherever it stands.
    CollectingSink sink;
    ASSERT_TRUE(ReadDelimited(',', "body,text\nnot this,from text\n", sink).ok());
    ASSERT_EQ(sink.records.size(), 1u);
    EXPECT_EQ(sink.records[0].text, "from text");
  }
}

TEST(DelimitedReaderTest, MissingTextColumnFailsTheInput) {
  CollectingSink sink;
  const absl::Status status = ReadDelimited(',', "id,title,date\na,b,2020-01-01\n", sink);
  ASSERT_FALSE(status.ok());
  EXPECT_TRUE(absl::IsInvalidArgument(status)) << status;
  EXPECT_THAT(std::string(status.message()), HasSubstr("articles.csv:1"));
  EXPECT_THAT(std::string(status.message()), HasSubstr("no text"));
  EXPECT_THAT(sink.records, IsEmpty());
}

TEST(DelimitedReaderTest, EmptyInputFails) {
  CollectingSink sink;
  const absl::Status status = ReadDelimited(',', "", sink);
  ASSERT_FALSE(status.ok());
  EXPECT_THAT(std::string(status.message()), HasSubstr("articles.csv"));
}

TEST(DelimitedReaderTest, WrongFieldCountIsABadRecordAndReadingGoesOn) {
  CollectingSink sink;
  ASSERT_TRUE(ReadDelimited(',',
                            "id,title,text\n"
                            "a,Title,Text\n"
                            "b,only two\n"
                            "c,T,\"x\ny\",extra\n"
                            "d,Title,Text\n",
                            sink)
                  .ok());
  ASSERT_EQ(sink.records.size(), 2u);
  EXPECT_EQ(sink.records[0].id, "a");
  EXPECT_EQ(sink.records[1].id, "d");
  EXPECT_EQ(sink.records[1].origin.line, 6u);
  ASSERT_EQ(sink.bad.size(), 2u);
  EXPECT_EQ(sink.bad[0].origin.ToString(), "articles.csv:3");
  EXPECT_THAT(sink.bad[0].problem, HasSubstr("2 fields"));
  EXPECT_THAT(sink.bad[0].problem, HasSubstr("header has 3"));
  EXPECT_EQ(sink.bad[1].origin.ToString(), "articles.csv:4");
  EXPECT_THAT(sink.bad[1].problem, HasSubstr("4 fields"));
}

TEST(DelimitedReaderTest, InvalidUtf8RowIsABadRecord) {
  CollectingSink sink;
  ASSERT_TRUE(ReadDelimited(',', "id,text\na,caf\xE9\nb,ok\n", sink).ok());
  ASSERT_EQ(sink.records.size(), 1u);
  EXPECT_EQ(sink.records[0].id, "b");
  ASSERT_EQ(sink.bad.size(), 1u);
  EXPECT_EQ(sink.bad[0].origin.line, 2u);
  EXPECT_THAT(sink.bad[0].problem, HasSubstr("UTF-8"));
}

TEST(DelimitedReaderTest, SinkReturningFalseStopsReading) {
  CollectingSink sink(/*stop_after=*/1);
  ASSERT_TRUE(ReadDelimited(',', "id,text\na,x\nb,y\nc,z\n", sink).ok());
  ASSERT_EQ(sink.records.size(), 1u);
  EXPECT_EQ(sink.records[0].id, "a");
}

TEST(DelimitedReaderTest, LastRowWithoutNewline) {
  CollectingSink sink;
  ASSERT_TRUE(ReadDelimited(',', "id,text\na,x\nb,\"y, z\"", sink).ok());
  ASSERT_EQ(sink.records.size(), 2u);
  EXPECT_EQ(sink.records[1].text, "y, z");
}

TEST(DelimitedReaderTest, TheSampleCsv) {
  const std::string data = testing::ReadFile(std::string(STEPPE_CORPORA_DIR) + "/csv/articles.csv");
  for (std::size_t block : {std::size_t{1} << 16, std::size_t{7}}) {
    CollectingSink sink;
    ASSERT_TRUE(ReadDelimited(',', data, sink, block).ok());
    EXPECT_THAT(sink.bad, IsEmpty());
    ASSERT_EQ(sink.records.size(), 4u);
    EXPECT_EQ(sink.records[0].id, "csv-001");
    EXPECT_EQ(sink.records[1].id, "csv-002");
    EXPECT_EQ(sink.records[2].id, "csv-003");
    EXPECT_EQ(sink.records[3].id, "csv-004");
    // csv-001 holds a comma, a doubled quote and a newline in its text.
    const Record& first = sink.records[0];
    EXPECT_EQ(first.origin.line, 2u);
    EXPECT_THAT(first.text, HasSubstr("\"an internal matter for the Kyrgyz people\""));
    EXPECT_THAT(first.text, HasSubstr("election, and"));
    EXPECT_THAT(first.text, HasSubstr(".\nIn Nur-Sultan"));
    EXPECT_EQ(first.title, "Kazakhstan watches Kyrgyz turmoil closely");
    EXPECT_EQ(first.date, "2020-10-07");
    EXPECT_EQ(first.lang, "en");
    EXPECT_EQ(first.source, "Caspian Wire");
    EXPECT_EQ(sink.records[1].origin.line, 4u);
    EXPECT_EQ(sink.records[2].lang, "kk");
    EXPECT_EQ(sink.records[2].source, "Алаш Ақпарат");
    for (const Record& record : sink.records) {
      EXPECT_EQ(record.text.find('\r'), std::string::npos) << record.id;
    }
  }
}

}  // namespace
}  // namespace steppe
