#include "tokenizers/kazakh_lexicon.h"

#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <string>
#include <string_view>

#include <gtest/gtest.h>

#include "steppe_data/KazakhSnapshot.h"
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

TEST(KazakhLexiconTest, UsesTheSnapshotOfItsOwnDicOnly) {
  const std::string path =
      ::testing::TempDir() + "/kazakh_lexicon_snapshot." + std::to_string(getpid()) + ".dic";
  std::ofstream(path, std::ios::binary) << "2\nкітап/AB\nжазу/MmNn\n";
  auto parsed = KazakhLexicon::Load(path);
  ASSERT_TRUE(parsed.ok()) << parsed.status();
  EXPECT_FALSE(parsed->from_snapshot());
  const std::string snapshot(parsed->snapshot());
  auto frozen = KazakhLexicon::Load(path, snapshot);
  ASSERT_TRUE(frozen.ok()) << frozen.status();
  EXPECT_TRUE(frozen->from_snapshot());
  for (const KazakhLexicon* lexicon : {&*parsed, &*frozen}) {
    EXPECT_TRUE(lexicon->IsNoun(U"кітап"));
    EXPECT_TRUE(lexicon->IsVerb(U"жаз"));
    EXPECT_TRUE(lexicon->IsProtected(U"және"));  // our own list, added to either
    EXPECT_FALSE(lexicon->IsNoun(U"дәптер"));
  }
  // Words added later go beside the snapshot.
  frozen->AddHunspell("дәптер\n");
  EXPECT_TRUE(frozen->IsNoun(U"дәптер"));
  // A changed .dic: the snapshot is stale, and the .dic read.
  std::ofstream(path, std::ios::app | std::ios::binary) << "дәптер\n";
  auto changed = KazakhLexicon::Load(path, snapshot);
  ASSERT_TRUE(changed.ok()) << changed.status();
  EXPECT_FALSE(changed->from_snapshot());
  EXPECT_TRUE(changed->IsNoun(U"дәптер"));
  std::remove(path.c_str());
}

TEST(KazakhLexiconTest, TheBuildsSnapshotIsOfThisHunspellKk) {
  auto lexicon = KazakhLexicon::Load("/usr/share/hunspell/kk_KZ.dic", data::KazakhSnapshot());
  ASSERT_TRUE(lexicon.ok()) << lexicon.status();
  EXPECT_TRUE(lexicon->from_snapshot())
      << "the build's snapshot is of another hunspell-kk, or none: rebuild steppe";
  auto parsed = KazakhLexicon::Load("/usr/share/hunspell/kk_KZ.dic");
  ASSERT_TRUE(parsed.ok()) << parsed.status();
  EXPECT_EQ(lexicon->nouns(), parsed->nouns());
  EXPECT_EQ(lexicon->verbs(), parsed->verbs());
  for (const std::u32string_view word : {U"кітап", U"қала", U"адам", U"жаз", U"бар", U"кел"}) {
    EXPECT_EQ(lexicon->IsNoun(word), parsed->IsNoun(word));
    EXPECT_EQ(lexicon->IsVerb(word), parsed->IsVerb(word));
  }
}

}  // namespace
}  // namespace steppe::kazakh
