#include "indexer/jsonl_reader.h"

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

absl::Status ReadJsonl(std::string_view data, CollectingSink& sink, ReaderLimits limits = {},
                       std::size_t block = 1 << 16) {
  StringSource source(data, block);
  JsonlReader reader(limits);
  return reader.Read(source, "dump.jsonl", sink);
}

TEST(JsonlReaderTest, ReadsEveryField) {
  CollectingSink sink;
  ASSERT_TRUE(ReadJsonl(R"({"id": "en-001", "url": "https://x.kz/a", "title": "Tokayev sworn in",)"
                        R"( "text": "Body text.", "date": "2019-06-12", "lang": "en",)"
                        R"( "source": "Steppe Herald"})"
                        "\n",
                        sink)
                  .ok());
  ASSERT_EQ(sink.records.size(), 1u);
  EXPECT_THAT(sink.bad, IsEmpty());
  const Record& r = sink.records[0];
  EXPECT_EQ(r.id, "en-001");
  EXPECT_EQ(r.url, "https://x.kz/a");
  EXPECT_EQ(r.title, "Tokayev sworn in");
  EXPECT_EQ(r.text, "Body text.");
  EXPECT_EQ(r.date, "2019-06-12");
  EXPECT_EQ(r.lang, "en");
  EXPECT_EQ(r.source, "Steppe Herald");
  EXPECT_EQ(r.origin.file, "dump.jsonl");
  EXPECT_EQ(r.origin.line, 1u);
}

TEST(JsonlReaderTest, DecodesEscapes) {
  CollectingSink sink;
  ASSERT_TRUE(
      ReadJsonl(R"({"text": "line one\nline \"two\" \u0422\u043e\u049b\u0430\u0435\u0432"})", sink)
          .ok());
  ASSERT_EQ(sink.records.size(), 1u);
  EXPECT_EQ(sink.records[0].text, "line one\nline \"two\" Тоқаев");
}

TEST(JsonlReaderTest, BodyAndContentStandInForText) {
  CollectingSink sink;
  ASSERT_TRUE(ReadJsonl(R"({"id": "a", "body": "from body"})"
                        "\n"
                        R"({"id": "b", "content": "from content"})"
                        "\n"
                        R"({"id": "c", "text": "from text", "body": "not this"})"
                        "\n"
                        R"({"id": "d", "body": "body wins", "content": "over content"})"
                        "\n"
                        R"({"id": "e", "text": null, "body": "body when text is null"})"
                        "\n",
                        sink)
                  .ok());
  ASSERT_EQ(sink.records.size(), 5u);
  EXPECT_EQ(sink.records[0].text, "from body");
  EXPECT_EQ(sink.records[1].text, "from content");
  EXPECT_EQ(sink.records[2].text, "from text");
  EXPECT_EQ(sink.records[3].text, "body wins");
  EXPECT_EQ(sink.records[4].text, "body when text is null");
}

TEST(JsonlReaderTest, LanguageAlias) {
  CollectingSink sink;
  ASSERT_TRUE(ReadJsonl(R"({"text": "x", "language": "kk-Latn"})", sink).ok());
  ASSERT_EQ(sink.records.size(), 1u);
  EXPECT_EQ(sink.records[0].lang, "kk-Latn");
}

TEST(JsonlReaderTest, NumericIdAndDate) {
  CollectingSink sink;
  ASSERT_TRUE(ReadJsonl(R"({"id": 42, "text": "x", "date": 20190612})"
                        "\n"
                        R"({"id": 18446744073709551615, "text": "y"})"
                        "\n"
                        R"({"id": -7, "text": "z"})"
                        "\n",
                        sink)
                  .ok());
  EXPECT_THAT(sink.bad, IsEmpty());
  ASSERT_EQ(sink.records.size(), 3u);
  EXPECT_EQ(sink.records[0].id, "42");
  EXPECT_EQ(sink.records[0].date, "20190612");
  EXPECT_EQ(sink.records[1].id, "18446744073709551615");
  EXPECT_EQ(sink.records[2].id, "-7");
}

TEST(JsonlReaderTest, NullFieldsCountAsAbsent) {
  CollectingSink sink;
  ASSERT_TRUE(ReadJsonl(R"({"id": null, "url": null, "title": null, "text": "x", "date": null,)"
                        R"( "lang": null, "source": null})",
                        sink)
                  .ok());
  EXPECT_THAT(sink.bad, IsEmpty());
  ASSERT_EQ(sink.records.size(), 1u);
  const Record& r = sink.records[0];
  EXPECT_EQ(r.id, "");
  EXPECT_EQ(r.url, "");
  EXPECT_EQ(r.title, "");
  EXPECT_EQ(r.date, "");
  EXPECT_EQ(r.lang, "");
  EXPECT_EQ(r.source, "");
  EXPECT_EQ(r.text, "x");
}

TEST(JsonlReaderTest, UnknownFieldsAreIgnoredWhateverTheirType) {
  CollectingSink sink;
  ASSERT_TRUE(ReadJsonl(R"({"id": "kkl-001", "text": "x", "script": "Latn", "tags": ["a", 1],)"
                        R"( "meta": {"n": 1}, "score": 0.5, "flag": true})",
                        sink)
                  .ok());
  EXPECT_THAT(sink.bad, IsEmpty());
  ASSERT_EQ(sink.records.size(), 1u);
  EXPECT_EQ(sink.records[0].id, "kkl-001");
}

TEST(JsonlReaderTest, MalformedJsonIsReportedWithItsLineAndReadingGoesOn) {
  CollectingSink sink;
  ASSERT_TRUE(ReadJsonl(R"({"id": "a", "text": "x"})"
                        "\n"
                        R"({"id": "b", "text": "unterminated)"
                        "\n"
                        R"({"id": "c", "text": "z"})"
                        "\n",
                        sink)
                  .ok());
  ASSERT_EQ(sink.records.size(), 2u);
  EXPECT_EQ(sink.records[0].id, "a");
  EXPECT_EQ(sink.records[1].id, "c");
  EXPECT_EQ(sink.records[1].origin.line, 3u);
  ASSERT_EQ(sink.bad.size(), 1u);
  EXPECT_EQ(sink.bad[0].origin.ToString(), "dump.jsonl:2");
  EXPECT_THAT(sink.bad[0].problem, HasSubstr("malformed JSON"));
}

TEST(JsonlReaderTest, TrailingGarbageIsMalformed) {
  CollectingSink sink;
  ASSERT_TRUE(ReadJsonl(R"({"text": "x"} {"text": "y"})", sink).ok());
  EXPECT_THAT(sink.records, IsEmpty());
  ASSERT_EQ(sink.bad.size(), 1u);
  EXPECT_THAT(sink.bad[0].problem, HasSubstr("malformed JSON"));
}

TEST(JsonlReaderTest, LineThatIsNotAnObject) {
  CollectingSink sink;
  ASSERT_TRUE(ReadJsonl("[1, 2]\n\"text\"\n42\n", sink).ok());
  EXPECT_THAT(sink.records, IsEmpty());
  ASSERT_EQ(sink.bad.size(), 3u);
  EXPECT_EQ(sink.bad[0].origin.line, 1u);
  EXPECT_THAT(sink.bad[0].problem, HasSubstr("must be an object"));
  EXPECT_THAT(sink.bad[0].problem, HasSubstr("an array"));
  EXPECT_THAT(sink.bad[1].problem, HasSubstr("a string"));
  EXPECT_THAT(sink.bad[2].problem, HasSubstr("a number"));
}

TEST(JsonlReaderTest, WrongFieldTypeNamesTheFieldAndType) {
  CollectingSink sink;
  ASSERT_TRUE(ReadJsonl(R"({"id": "a", "title": ["not", "a", "string"], "text": "x"})"
                        "\n"
                        R"({"id": "b", "text": {"html": "x"}})"
                        "\n"
                        R"({"id": "c", "text": "x", "url": 5})"
                        "\n"
                        R"({"id": 1.5, "text": "x"})"
                        "\n"
                        R"({"id": "e", "text": "x", "source": true})"
                        "\n",
                        sink)
                  .ok());
  EXPECT_THAT(sink.records, IsEmpty());
  ASSERT_EQ(sink.bad.size(), 5u);
  EXPECT_EQ(sink.bad[0].problem, "field 'title' is an array, expected a string");
  EXPECT_EQ(sink.bad[1].problem, "field 'text' is an object, expected a string");
  EXPECT_EQ(sink.bad[2].problem, "field 'url' is a number, expected a string");
  EXPECT_THAT(sink.bad[3].problem, HasSubstr("field 'id' is a number"));
  EXPECT_EQ(sink.bad[4].problem, "field 'source' is a boolean, expected a string");
  for (std::size_t i = 0; i < sink.bad.size(); ++i) {
    EXPECT_EQ(sink.bad[i].origin.line, i + 1);
  }
}

TEST(JsonlReaderTest, InvalidUtf8Line) {
  CollectingSink sink;
  ASSERT_TRUE(
      ReadJsonl("{\"text\": \"ok\"}\n{\"text\": \"caf\xE9\"}\n{\"text\": \"fine\"}\n", sink).ok());
  ASSERT_EQ(sink.records.size(), 2u);
  ASSERT_EQ(sink.bad.size(), 1u);
  EXPECT_EQ(sink.bad[0].origin.line, 2u);
  EXPECT_THAT(sink.bad[0].problem, HasSubstr("invalid UTF-8"));
}

TEST(JsonlReaderTest, BlankLinesAreNotRecordsButCountInLineNumbers) {
  CollectingSink sink;
  ASSERT_TRUE(ReadJsonl("\n   \n{\"text\": \"a\"}\r\n\t\n\r\n{\"text\": \"b\"}\n\n", sink).ok());
  EXPECT_THAT(sink.bad, IsEmpty());
  ASSERT_EQ(sink.records.size(), 2u);
  EXPECT_EQ(sink.records[0].origin.line, 3u);
  EXPECT_EQ(sink.records[1].origin.line, 6u);
}

TEST(JsonlReaderTest, ByteOrderMarkAndCrlfAreFine) {
  CollectingSink sink;
  ASSERT_TRUE(ReadJsonl("\xEF\xBB\xBF{\"id\": \"a\", \"text\": \"x\"}\r\n{\"id\": \"b\", \"text\": "
                        "\"y\"}\r\n",
                        sink)
                  .ok());
  EXPECT_THAT(sink.bad, IsEmpty());
  ASSERT_EQ(sink.records.size(), 2u);
  EXPECT_EQ(sink.records[0].id, "a");
  EXPECT_EQ(sink.records[1].id, "b");
}

TEST(JsonlReaderTest, TooLongLineIsReportedAndSkipped) {
  CollectingSink sink;
  ReaderLimits limits;
  limits.max_record_bytes = 64;
  const std::string long_line = "{\"text\": \"" + std::string(200, 'x') + "\"}";
  ASSERT_TRUE(
      ReadJsonl("{\"text\": \"a\"}\n" + long_line + "\n{\"text\": \"b\"}\n", sink, limits, 7).ok());
  ASSERT_EQ(sink.records.size(), 2u);
  EXPECT_EQ(sink.records[0].text, "a");
  EXPECT_EQ(sink.records[1].text, "b");
  EXPECT_EQ(sink.records[1].origin.line, 3u);
  ASSERT_EQ(sink.bad.size(), 1u);
  EXPECT_EQ(sink.bad[0].origin.line, 2u);
  EXPECT_THAT(sink.bad[0].problem, HasSubstr("longer than"));
}

TEST(JsonlReaderTest, LinesSpanningTinyBlocks) {
  CollectingSink sink;
  ASSERT_TRUE(
      ReadJsonl("{\"id\": \"a\", \"text\": \"Тоқаев\"}\n{\"id\": \"b\", \"text\": \"Астана\"}",
                sink, {}, 1)
          .ok());
  ASSERT_EQ(sink.records.size(), 2u);
  EXPECT_EQ(sink.records[0].text, "Тоқаев");
  EXPECT_EQ(sink.records[1].text, "Астана");
}

TEST(JsonlReaderTest, SinkReturningFalseStopsReading) {
  CollectingSink sink(/*stop_after=*/2);
  ASSERT_TRUE(ReadJsonl("{\"id\": \"a\", \"text\": \"x\"}\n"
                        "not json\n"
                        "{\"id\": \"c\", \"text\": \"x\"}\n"
                        "{\"id\": \"d\", \"text\": \"x\"}\n",
                        sink)
                  .ok());
  ASSERT_EQ(sink.records.size(), 1u);
  EXPECT_EQ(sink.records[0].id, "a");
  EXPECT_EQ(sink.bad.size(), 1u);
}

TEST(JsonlReaderTest, SinkReturningFalseOnARecordStopsReading) {
  CollectingSink sink(/*stop_after=*/1);
  ASSERT_TRUE(
      ReadJsonl("{\"id\": \"a\", \"text\": \"x\"}\n{\"id\": \"b\", \"text\": \"x\"}\n", sink).ok());
  ASSERT_EQ(sink.records.size(), 1u);
  EXPECT_THAT(sink.bad, IsEmpty());
}

TEST(JsonlReaderTest, EmptyInputHasNoRecords) {
  CollectingSink sink;
  ASSERT_TRUE(ReadJsonl("", sink).ok());
  EXPECT_THAT(sink.records, IsEmpty());
  EXPECT_THAT(sink.bad, IsEmpty());
}

TEST(JsonlReaderTest, TheSampleCorpusReadsClean) {
  for (const char* name :
       {"articles-en.jsonl", "articles-ru.jsonl", "articles-kk.jsonl", "articles-kk-latn.jsonl"}) {
    const std::string path = std::string(STEPPE_CORPORA_DIR) + "/news/" + name;
    const std::string data = testing::ReadFile(path);
    CollectingSink sink;
    ASSERT_TRUE(ReadJsonl(data, sink).ok());
    EXPECT_THAT(sink.bad, IsEmpty()) << name;
    EXPECT_EQ(sink.records.size(), testing::CountNonBlankLines(path)) << name;
    for (const Record& record : sink.records) {
      EXPECT_FALSE(record.id.empty()) << name;
      EXPECT_FALSE(record.text.empty()) << record.id;
      EXPECT_FALSE(record.date.empty()) << record.id;
    }
  }
}

}  // namespace
}  // namespace steppe
