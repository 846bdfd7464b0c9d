#include "tokenizers/length_filter.h"

#include <string>

#include <gtest/gtest.h>

#include "tokenizers/index_schema.h"

namespace steppe {
namespace {

std::string Filter(const std::string& text) {
  Token token;
  token.text = text;
  LengthFilter().Apply(token);
  return token.text;
}

std::string Repeat(std::string_view unit, std::size_t times) {
  std::string out;
  for (std::size_t i = 0; i < times; ++i) out.append(unit);
  return out;
}

TEST(LengthFilterTest, Name) { EXPECT_EQ(LengthFilter().Name(), "length"); }

TEST(LengthFilterTest, KeepsWordsUpToTheBound) {
  const std::string longest = Repeat("a", LengthFilter::kMaxWordBytes);
  EXPECT_EQ(Filter(longest), longest);
  EXPECT_EQ(Filter("tokayev"), "tokayev");
  EXPECT_EQ(Filter(""), "");
}

TEST(LengthFilterTest, DropsLongerWords) {
  EXPECT_EQ(Filter(Repeat("a", LengthFilter::kMaxWordBytes + 1)), "");
  EXPECT_EQ(Filter(Repeat("QUJD", 100)), "");  // a base64 blob
}

TEST(LengthFilterTest, CountsBytesNotLetters) {
  // 60 Cyrillic letters are 120 bytes, 61 are 122.
  EXPECT_EQ(Filter(Repeat("ж", 60)), Repeat("ж", 60));
  EXPECT_EQ(Filter(Repeat("ж", 61)), "");
}

TEST(LengthFilterTest, LongKazakhWordFormsSurvive) {
  // About 40 letters, the longest real Kazakh word forms.
  const std::string word = "мемлекеттендірілмегендіктеріңізден";
  ASSERT_GT(word.size(), 64u);  // longer than Xapian's TermGenerator default
  EXPECT_EQ(Filter(word), word);
}

TEST(LengthFilterTest, BoundKeepsPrefixedTermsUnderXapianLimit) {
  EXPECT_LT(LengthFilter::kMaxWordBytes + 2, schema::kMaxTermBytes);  // "XS", "S"...
  EXPECT_LE(schema::kMaxTermBytes, 245u);
}

TEST(LengthFilterTest, DroppedTokenKeepsItsPosition) {
  Token token;
  token.text = Repeat("x", 500);
  token.begin = 4;
  token.end = 504;
  token.position = 9;
  LengthFilter().Apply(token);
  EXPECT_TRUE(token.text.empty());
  EXPECT_EQ(token.begin, 4u);
  EXPECT_EQ(token.end, 504u);
  EXPECT_EQ(token.position, 9u);
}

}  // namespace
}  // namespace steppe
