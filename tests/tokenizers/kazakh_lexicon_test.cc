#include "tokenizers/kazakh_lexicon.h"

#include <unistd.h>

#include <cstdio>
#include <string>

#include <gtest/gtest.h>

#include "tokenizers/kazakh_phonology.h"

namespace steppe::kazakh {
namespace {

TEST(KazakhLexiconTest, CanonicalVerbs) {
  EXPECT_EQ(CanonicalVerb(U"оқы"), U"оқ");
  EXPECT_EQ(CanonicalVerb(U"таб"), U"тап");
  EXPECT_EQ(CanonicalVerb(U"соғ"), U"соқ");
  EXPECT_EQ(CanonicalVerb(U"жаса"), U"жаса");
  EXPECT_EQ(CanonicalVerb(U"сөйле"), U"сөйле");
}

TEST(KazakhLexiconTest, ReadsHunspellEntries) {
  KazakhLexicon lexicon;
  lexicon.AddHunspell(
      "\xEF\xBB\xBF"
      "6\r\nКітап/ABb\r\nжазу/MmNn\r\nқою/MmNn\r\nтабу/MmNn\r\nтау/MmNn\r\nды/ABb\r\nӘлем\r\n");
  EXPECT_TRUE(lexicon.IsNoun(U"кітап"));  // folded
  EXPECT_TRUE(lexicon.IsNoun(U"әлем"));   // no flags
  EXPECT_FALSE(lexicon.IsNoun(U"ды"));    // two-letter entries are not used
  EXPECT_FALSE(lexicon.IsNoun(U"6"));
  EXPECT_TRUE(lexicon.IsVerb(U"жаз"));
  EXPECT_TRUE(lexicon.IsVerb(U"қой"));
  EXPECT_TRUE(lexicon.IsVerb(U"тап"));
  EXPECT_FALSE(lexicon.IsVerb(U"та"));  // тау is a noun
  EXPECT_FALSE(lexicon.IsNoun(U"жазу"));
}

TEST(KazakhLexiconTest, ReadsOurOwnList) {
  KazakhLexicon lexicon;
  lexicon.AddOwn(
      "# a comment\n"
      "n теңге\n"
      "v қыл\n"
      "n екен > е\n"
      "= және\n"
      "оның > ол\n"
      "\n");
  EXPECT_TRUE(lexicon.IsNoun(U"теңге"));
  EXPECT_TRUE(lexicon.IsOwnNoun(U"теңге"));
  EXPECT_TRUE(lexicon.IsVerb(U"қыл"));
  EXPECT_TRUE(lexicon.IsOwnVerb(U"қыл"));
  ASSERT_NE(lexicon.RootStem(U"екен"), nullptr);
  EXPECT_EQ(*lexicon.RootStem(U"екен"), U"е");
  EXPECT_EQ(lexicon.RootStem(U"теңге"), nullptr);
  EXPECT_TRUE(lexicon.IsProtected(U"және"));
  ASSERT_NE(lexicon.FormStem(U"оның"), nullptr);
  EXPECT_EQ(*lexicon.FormStem(U"оның"), U"ол");
  EXPECT_FALSE(lexicon.IsNoun(U"#"));
}

TEST(KazakhLexiconTest, LoadFailsOnAMissingFile) {
  EXPECT_FALSE(KazakhLexicon::Load("/nonexistent/kk_KZ.dic").ok());
}

TEST(KazakhLexiconTest, LoadAddsOurList) {
  // One file per process: CTest runs tests in parallel processes.
  const std::string path =
      ::testing::TempDir() + "/kazakh_lexicon_test." + std::to_string(getpid()) + ".dic";
  {
    std::FILE* file = std::fopen(path.c_str(), "wb");
    ASSERT_NE(file, nullptr);
    std::fputs("1\nкітап/AB\n", file);
    std::fclose(file);
  }
  auto lexicon = KazakhLexicon::Load(path);
  ASSERT_TRUE(lexicon.ok()) << lexicon.status();
  EXPECT_TRUE(lexicon->IsNoun(U"кітап"));
  EXPECT_TRUE(lexicon->IsProtected(U"және"));
  EXPECT_TRUE(lexicon->IsVerb(U"қыл"));
  std::remove(path.c_str());
}

}  // namespace
}  // namespace steppe::kazakh
