#include "tokenizers/document_data.h"

#include <fstream>
#include <iterator>
#include <string>

#include <gtest/gtest.h>

namespace steppe {
namespace {

// A stored article as the document builder writes it, from our sample
// corpus, so the round trip sees real Cyrillic and Kazakh text.
std::string SampleJson() {
  std::ifstream in(std::string(STEPPE_CORPORA_DIR) + "/news/articles-kk.jsonl");
  std::string line;
  std::getline(in, line);
  return line;
}

TEST(DocumentDataTest, RoundTripsAnArticle) {
  const std::string json = SampleJson();
  ASSERT_GT(json.size(), 200u);
  const std::string packed = PackDocumentData(json);
  EXPECT_LT(packed.size(), json.size());
  const auto unpacked = UnpackDocumentData(packed);
  ASSERT_TRUE(unpacked.ok()) << unpacked.status();
  EXPECT_EQ(*unpacked, json);
}

TEST(DocumentDataTest, RoundTripsEmptyAndBinary) {
  for (const std::string& text : {std::string(), std::string("\0\xff\xfe{", 4)}) {
    const auto unpacked = UnpackDocumentData(PackDocumentData(text));
    ASSERT_TRUE(unpacked.ok()) << unpacked.status();
    EXPECT_EQ(*unpacked, text);
  }
}

TEST(DocumentDataTest, RefusesDataThatIsNotAFrame) {
  const auto plain = UnpackDocumentData(R"({"id": "a", "text": "plain JSON"})");
  EXPECT_EQ(plain.status().code(), absl::StatusCode::kDataLoss);
  EXPECT_NE(plain.status().message().find("not a zstd frame"), std::string::npos);
  EXPECT_FALSE(UnpackDocumentData("").ok());
}

TEST(DocumentDataTest, RefusesATruncatedFrame) {
  const std::string packed = PackDocumentData(SampleJson());
  const auto cut = UnpackDocumentData(packed.substr(0, packed.size() / 2));
  EXPECT_EQ(cut.status().code(), absl::StatusCode::kDataLoss);
  EXPECT_NE(cut.status().message().find("damaged"), std::string::npos) << cut.status();
}

TEST(DocumentDataTest, AnUnpackerUnpacksOneDocumentAfterAnother) {
  DocumentDataUnpacker unpacker(64);
  const std::string article = SampleJson();
  // Long, short, damaged, empty and long again: each as UnpackDocumentData.
  for (const std::string& json : {article, std::string(R"({"id": "a"})")}) {
    const auto unpacked = unpacker.Unpack(PackDocumentData(json));
    ASSERT_TRUE(unpacked.ok()) << unpacked.status();
    EXPECT_EQ(*unpacked, json);
  }
  const std::string packed = PackDocumentData(article);
  EXPECT_EQ(unpacker.Unpack(packed.substr(0, packed.size() / 2)).status().code(),
            absl::StatusCode::kDataLoss);
  EXPECT_EQ(unpacker.Unpack("plain").status().code(), absl::StatusCode::kDataLoss);
  for (const std::string& json : {std::string(), article}) {
    const auto unpacked = unpacker.Unpack(PackDocumentData(json));
    ASSERT_TRUE(unpacked.ok()) << unpacked.status();
    EXPECT_EQ(*unpacked, json);
  }
}

}  // namespace
}  // namespace steppe
