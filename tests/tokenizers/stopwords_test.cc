#include "tokenizers/stopwords.h"

#include <gtest/gtest.h>

namespace steppe {
namespace {

TEST(StopwordsTest, EachLanguageHasItsFunctionWords) {
  const Stopwords stopwords;
  EXPECT_TRUE(stopwords.Contains("the", Language::kEnglish));
  EXPECT_TRUE(stopwords.Contains("что", Language::kRussian));
  EXPECT_TRUE(stopwords.Contains("және", Language::kKazakh));
  EXPECT_TRUE(stopwords.Contains("дегеніміз", Language::kKazakh));
  EXPECT_FALSE(stopwords.Contains("the", Language::kRussian));
  EXPECT_FALSE(stopwords.Contains("және", Language::kEnglish));
}

TEST(StopwordsTest, ContentWordsAreNotStopwords) {
  const Stopwords stopwords;
  for (const char* word : {"election", "president", "may", "выборы", "токаев", "мектеп", "он"}) {
    EXPECT_FALSE(stopwords.Contains(word, Language::kEnglish) &&
                 stopwords.Contains(word, Language::kKazakh))
        << word;
  }
  EXPECT_FALSE(stopwords.Contains("may", Language::kEnglish));  // the month
  EXPECT_FALSE(stopwords.Contains("он", Language::kKazakh));    // ten
  EXPECT_FALSE(stopwords.Contains("мектеп", Language::kUnknown));
}

TEST(StopwordsTest, UnknownLanguageChecksEveryList) {
  const Stopwords stopwords;
  EXPECT_TRUE(stopwords.Contains("the", Language::kUnknown));
  EXPECT_TRUE(stopwords.Contains("это", Language::kUnknown));
  EXPECT_TRUE(stopwords.Contains("үшін", Language::kUnknown));
}

TEST(StopwordsTest, LatinKazakhIsLookedUpInCyrillic) {
  const Stopwords stopwords;
  EXPECT_TRUE(stopwords.Contains("jáne", Language::kKazakh));  // 2018 alphabet
  EXPECT_TRUE(stopwords.Contains("jäne", Language::kKazakh));  // 2021 alphabet
  EXPECT_TRUE(stopwords.Contains("úshin", Language::kKazakh));
}

}  // namespace
}  // namespace steppe
