#include "searcher/stored_document.h"

#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace steppe {
namespace {

TEST(StoredDocumentTest, ReadsTheFieldsOfOneDocumentAfterAnother) {
  StoredDocumentReader reader;
  const nlohmann::json article = {{"id", "kk-1"},
                                  {"url", "https://example.kz/1"},
                                  {"title", "Тоқаев \"сөз\""},
                                  {"date", "2019-06-12"},
                                  {"lang", "kk"},
                                  {"source", "Steppe Herald"},
                                  {"text", "Бірінші жол.\nЕкінші жол\t«тырнақша»"}};
  auto document = reader.Read(PackDocumentData(article.dump()));
  ASSERT_TRUE(document.ok()) << document.status();
  EXPECT_EQ(document->id, "kk-1");
  EXPECT_EQ(document->url, "https://example.kz/1");
  EXPECT_EQ(document->title, "Тоқаев \"сөз\"");
  EXPECT_EQ(document->date, "2019-06-12");
  EXPECT_EQ(document->lang, "kk");
  EXPECT_EQ(document->source, "Steppe Herald");
  EXPECT_EQ(document->text, "Бірінші жол.\nЕкінші жол\t«тырнақша»");
  // A missing field, or one that is no string, is empty.
  document = reader.Read(PackDocumentData(R"({"id": "b", "date": null, "lang": 3})"));
  ASSERT_TRUE(document.ok()) << document.status();
  EXPECT_EQ(document->id, "b");
  EXPECT_EQ(document->date, "");
  EXPECT_EQ(document->lang, "");
  EXPECT_EQ(document->text, "");
}

TEST(StoredDocumentTest, DataThatIsNoJsonObjectHasNoFields) {
  StoredDocumentReader reader;
  for (const char* json : {"not json", "[1, 2]", R"({"id": "cut)", ""}) {
    const auto document = reader.Read(PackDocumentData(json));
    ASSERT_TRUE(document.ok()) << document.status();
    EXPECT_EQ(document->id, "") << json;
    EXPECT_EQ(document->text, "") << json;
  }
  // The reader goes on reading good documents.
  const auto document = reader.Read(PackDocumentData(R"({"id": "c", "text": "t"})"));
  ASSERT_TRUE(document.ok()) << document.status();
  EXPECT_EQ(document->text, "t");
}

TEST(StoredDocumentTest, DataThatDoesNotUnpackIsDataLoss) {
  StoredDocumentReader reader;
  EXPECT_EQ(reader.Read(R"({"id": "plain"})").status().code(), absl::StatusCode::kDataLoss);
}

}  // namespace
}  // namespace steppe
