#include "indexer/page_reader.h"

#include <algorithm>
#include <filesystem>
#include <string>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "indexer/byte_source.h"
#include "tests/indexer/indexer_test_util.h"

namespace steppe {
namespace {

namespace fs = std::filesystem;
using testing::CollectingSink;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::Not;

absl::Status ReadText(std::string_view page, CollectingSink& sink, ReaderLimits limits = {},
                      std::size_t block = 1 << 16) {
  StringSource source(page, block);
  TextPageReader reader(limits);
  return reader.Read(source, "site/page.txt", sink);
}

absl::Status ReadHtml(std::string_view page, CollectingSink& sink, ReaderLimits limits = {}) {
  StringSource source(page);
  HtmlPageReader reader(limits);
  return reader.Read(source, "site/page.html", sink);
}

const char kProsePage[] =
    "Home\n"
    "Politics\n"
    "Rail line to open next year\n"
    "3 March 2021\n"
    "Officials in Astana said on Monday that the new rail line would open next spring.\n"
    "The project links the capital with the southern cities and cost more than expected.\n"
    "© 2021 Dala News. All rights reserved.\n";

TEST(TextPageReaderTest, WholeFileIsOneRecordWithLineZero) {
  CollectingSink sink;
  ASSERT_TRUE(ReadText(kProsePage, sink, {}, 5).ok());
  EXPECT_THAT(sink.bad, IsEmpty());
  ASSERT_EQ(sink.records.size(), 1u);
  const Record& r = sink.records[0];
  EXPECT_EQ(r.origin.file, "site/page.txt");
  EXPECT_EQ(r.origin.line, 0u);
  EXPECT_EQ(r.origin.ToString(), "site/page.txt");
  EXPECT_EQ(r.title, "Rail line to open next year");
  EXPECT_EQ(r.date, "3 March 2021");
  EXPECT_EQ(r.source, "Dala News");
  EXPECT_EQ(r.text,
            "Officials in Astana said on Monday that the new rail line would open next spring.\n"
            "The project links the capital with the southern cities and cost more than "
            "expected.");
  EXPECT_EQ(r.id, "");
  EXPECT_EQ(r.url, "");
  EXPECT_EQ(r.lang, "");
}

TEST(TextPageReaderTest, ByteOrderMarkAndCrlfAreFine) {
  std::string page = "\xEF\xBB\xBF";
  for (char c : std::string(kProsePage)) {
    if (c == '\n') page += "\r";
    page += c;
  }
  CollectingSink sink;
  ASSERT_TRUE(ReadText(page, sink).ok());
  ASSERT_EQ(sink.records.size(), 1u);
  EXPECT_EQ(sink.records[0].title, "Rail line to open next year");
  EXPECT_EQ(sink.records[0].text.find('\r'), std::string::npos);
  EXPECT_THAT(sink.records[0].text, Not(HasSubstr("\xEF\xBB\xBF")));
}

TEST(TextPageReaderTest, EmptyFileIsReported) {
  for (const char* page : {"", " \n\r\n\t"}) {
    CollectingSink sink;
    ASSERT_TRUE(ReadText(page, sink).ok());
    EXPECT_THAT(sink.records, IsEmpty());
    ASSERT_EQ(sink.bad.size(), 1u);
    EXPECT_EQ(sink.bad[0].origin.ToString(), "site/page.txt");
    EXPECT_THAT(sink.bad[0].problem, HasSubstr("empty"));
  }
}

TEST(TextPageReaderTest, BinaryFileIsReported) {
  CollectingSink sink;
  ASSERT_TRUE(ReadText(std::string_view("PK\x03\x04\0\0\0binary", 13), sink).ok());
  EXPECT_THAT(sink.records, IsEmpty());
  ASSERT_EQ(sink.bad.size(), 1u);
  EXPECT_THAT(sink.bad[0].problem, HasSubstr("NUL"));
}

TEST(TextPageReaderTest, LegacyEncodingIsReported) {
  // "Привет" in Windows-1251 is not UTF-8.
  CollectingSink sink;
  ASSERT_TRUE(ReadText("\xCF\xF0\xE8\xE2\xE5\xF2 \xEC\xE8\xF0.\n", sink).ok());
  EXPECT_THAT(sink.records, IsEmpty());
  ASSERT_EQ(sink.bad.size(), 1u);
  EXPECT_THAT(sink.bad[0].problem, HasSubstr("invalid UTF-8"));
}

TEST(TextPageReaderTest, PageLargerThanTheLimitIsReported) {
  ReaderLimits limits;
  limits.max_record_bytes = 1 << 20;
  const std::string page(2 << 20, 'x');
  CollectingSink sink;
  ASSERT_TRUE(ReadText(page, sink, limits).ok());
  EXPECT_THAT(sink.records, IsEmpty());
  ASSERT_EQ(sink.bad.size(), 1u);
  EXPECT_THAT(sink.bad[0].problem, HasSubstr("limit"));
}

TEST(TextPageReaderTest, PageOfFurnitureOnlyIsReported) {
  CollectingSink sink;
  ASSERT_TRUE(ReadText("Subscribe\nPrivacy policy\n© 2020 Dala News\n", sink).ok());
  EXPECT_THAT(sink.records, IsEmpty());
  ASSERT_EQ(sink.bad.size(), 1u);
  EXPECT_THAT(sink.bad[0].problem, HasSubstr("no article text"));
}

TEST(TextPageReaderTest, StreamErrorIsReturned) {
  class Failing : public ByteSource {
   public:
    absl::StatusOr<std::string_view> Next() override {
      return absl::DataLossError("pages.tar.gz: truncated");
    }
  } source;
  CollectingSink sink;
  TextPageReader reader({});
  const absl::Status status = reader.Read(source, "pages.tar.gz:a.txt", sink);
  EXPECT_TRUE(absl::IsDataLoss(status)) << status;
  EXPECT_THAT(sink.records, IsEmpty());
}

TEST(TextPageReaderTest, EveryCorpusPageGivesOneCleanRecord) {
  int pages = 0;
  for (const auto& entry : fs::directory_iterator(std::string(STEPPE_CORPORA_DIR) + "/pages")) {
    ++pages;
    const std::string data = testing::ReadFile(entry.path().string());
    CollectingSink sink;
    ASSERT_TRUE(ReadText(data, sink).ok());
    EXPECT_THAT(sink.bad, IsEmpty()) << entry.path();
    ASSERT_EQ(sink.records.size(), 1u) << entry.path();
    const Record& r = sink.records[0];
    EXPECT_FALSE(r.title.empty()) << entry.path();
    EXPECT_FALSE(r.date.empty()) << entry.path();
    EXPECT_FALSE(r.source.empty()) << entry.path();
    for (const std::string& field : {r.title, r.text}) {
      for (const char* mark : {"Subscribe", "Breaking News", "Accessibility links",
                               "Photo:", "Фото:", "©", "Related stories", "Читайте также"}) {
        EXPECT_THAT(field, Not(HasSubstr(mark))) << entry.path();
      }
    }
  }
  EXPECT_EQ(pages, 5);
}

TEST(TextPageReaderTest, HeraldPage) {
  const std::string data = testing::ReadFile(std::string(STEPPE_CORPORA_DIR) +
                                             "/pages/herald-2019-tokayev-inauguration.txt");
  CollectingSink sink;
  ASSERT_TRUE(ReadText(data, sink).ok());
  ASSERT_EQ(sink.records.size(), 1u);
  const Record& r = sink.records[0];
  EXPECT_EQ(r.title, "New head of state takes oath in Nur-Sultan");
  EXPECT_EQ(r.date, "12 June 2019");
  EXPECT_EQ(r.source, "Steppe Herald");
  EXPECT_THAT(r.text, HasSubstr("Kassym-Jomart Tokayev was sworn in"));
  EXPECT_THAT(r.text, HasSubstr("Amirjan Kosanov received about 16 percent."));
  EXPECT_THAT(r.text, Not(HasSubstr("Steppe Herald archive")));
  EXPECT_THAT(r.text, Not(HasSubstr("Tenge slips")));
}

TEST(HtmlPageReaderTest, CorpusPageGivesMetadataAndArticle) {
  const std::string data = testing::ReadFile(std::string(STEPPE_CORPORA_DIR) +
                                             "/html/herald-2021-independence-thirty.html");
  CollectingSink sink;
  ASSERT_TRUE(ReadHtml(data, sink).ok());
  EXPECT_THAT(sink.bad, IsEmpty());
  ASSERT_EQ(sink.records.size(), 1u);
  const Record& r = sink.records[0];
  EXPECT_EQ(r.origin.ToString(), "site/page.html");
  EXPECT_EQ(r.title, "Kazakhstan marks thirty years of independence");
  EXPECT_EQ(r.url, "https://steppe-herald.kz/news/2021/12/16/kazakhstan-thirty-years-independence");
  EXPECT_EQ(r.date, "2021-12-16T10:30:00+06:00");
  EXPECT_EQ(r.lang, "en");
  EXPECT_EQ(r.source, "Steppe Herald");
  EXPECT_THAT(r.text, ::testing::StartsWith("Kazakhstan celebrated thirty years"));
  EXPECT_THAT(r.text, HasSubstr("oil & gas"));
  // The h1 is the title and is not repeated as the first paragraph.
  EXPECT_THAT(r.text, Not(HasSubstr("Kazakhstan marks thirty years")));
  for (const char* mark : {"trackingPixelInit", ".zzqheader", "Most read", "Tenge slips",
                           "Privacy policy", "Account", "Politics", "©"}) {
    EXPECT_THAT(r.text, Not(HasSubstr(mark)));
    EXPECT_THAT(r.title, Not(HasSubstr(mark)));
  }
  // Five paragraphs, one per line.
  EXPECT_EQ(std::count(r.text.begin(), r.text.end(), '\n'), 4);
}

TEST(HtmlPageReaderTest, EveryCorpusPageGivesOneRecord) {
  int pages = 0;
  for (const auto& entry : fs::directory_iterator(std::string(STEPPE_CORPORA_DIR) + "/html")) {
    ++pages;
    CollectingSink sink;
    ASSERT_TRUE(ReadHtml(testing::ReadFile(entry.path().string()), sink).ok());
    EXPECT_THAT(sink.bad, IsEmpty()) << entry.path();
    ASSERT_EQ(sink.records.size(), 1u) << entry.path();
    EXPECT_FALSE(sink.records[0].lang.empty());
    EXPECT_FALSE(sink.records[0].url.empty());
    EXPECT_THAT(sink.records[0].date, ::testing::StartsWith("2021-"));
  }
  EXPECT_EQ(pages, 3);
}

TEST(HtmlPageReaderTest, PageDateUsedWhenNoMetadataDate) {
  CollectingSink sink;
  ASSERT_TRUE(ReadHtml("<html><body><div>Home</div><div>Rail line to open next year</div>"
                       "<div>3 March 2021</div>"
                       "<p>Officials in Astana said on Monday that the new rail line would open "
                       "next spring.</p></body></html>",
                       sink)
                  .ok());
  ASSERT_EQ(sink.records.size(), 1u);
  EXPECT_EQ(sink.records[0].date, "3 March 2021");
  EXPECT_EQ(sink.records[0].title, "Rail line to open next year");
}

TEST(HtmlPageReaderTest, PageWithoutTextIsReported) {
  CollectingSink sink;
  ASSERT_TRUE(
      ReadHtml("<html><body><nav>Home</nav><script>trackingPixelInit()</script></body></html>",
               sink)
          .ok());
  EXPECT_THAT(sink.records, IsEmpty());
  ASSERT_EQ(sink.bad.size(), 1u);
  EXPECT_EQ(sink.bad[0].origin.ToString(), "site/page.html");
  EXPECT_THAT(sink.bad[0].problem, HasSubstr("no article text"));
}

TEST(HtmlPageReaderTest, EmptyFileIsReported) {
  CollectingSink sink;
  ASSERT_TRUE(ReadHtml("", sink).ok());
  EXPECT_THAT(sink.records, IsEmpty());
  ASSERT_EQ(sink.bad.size(), 1u);
  EXPECT_THAT(sink.bad[0].problem, HasSubstr("empty"));
}

}  // namespace
}  // namespace steppe
