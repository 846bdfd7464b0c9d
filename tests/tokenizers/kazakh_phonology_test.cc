#include "tokenizers/kazakh_phonology.h"

#include <string>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace steppe::kazakh {
namespace {

using ::testing::ElementsAre;

TEST(KazakhPhonologyTest, Utf32RoundTrip) {
  for (const std::string word : {"тоқаевтың", "әлем", "abc", "", "ǵń€𝄞"}) {
    EXPECT_EQ(ToUtf8(ToUtf32(word)), word);
  }
  EXPECT_EQ(ToUtf32("қаз").size(), 3u);
}

TEST(KazakhPhonologyTest, HarmonyFollowsTheLastBackOrFrontVowel) {
  EXPECT_EQ(VowelHarmony(U"қала"), Harmony::kBack);
  EXPECT_EQ(VowelHarmony(U"мектеп"), Harmony::kFront);
  EXPECT_EQ(VowelHarmony(U"кітап"), Harmony::kBack);
  EXPECT_EQ(VowelHarmony(U"министр"), Harmony::kNeutral);  // и is neutral
  // е after a vowel is йе: Тоқаевтың, not Тоқаевтің.
  EXPECT_EQ(VowelHarmony(U"тоқаев"), Harmony::kBack);
  EXPECT_EQ(VowelHarmony(U"медведев"), Harmony::kFront);
  EXPECT_EQ(SuffixHarmony(U"лар"), Harmony::kBack);
  EXPECT_EQ(SuffixHarmony(U"ге"), Harmony::kFront);
  EXPECT_EQ(SuffixHarmony(U"қ"), Harmony::kBack);
  EXPECT_EQ(SuffixHarmony(U"м"), Harmony::kNeutral);
}

TEST(KazakhPhonologyTest, EndClasses) {
  EXPECT_EQ(EndClass(U"бала"), kVowelEnd);
  EXPECT_EQ(EndClass(U"тау"), kGlideEnd);
  EXPECT_EQ(EndClass(U"үй"), kGlideEnd);
  EXPECT_EQ(EndClass(U"жер"), kREnd);
  EXPECT_EQ(EndClass(U"ел"), kLEnd);
  EXPECT_EQ(EndClass(U"адам"), kNasalEnd);
  EXPECT_EQ(EndClass(U"қыз"), kZEnd);
  EXPECT_EQ(EndClass(U"кітап"), kVoicelessEnd);
}

TEST(KazakhPhonologyTest, SyllablesAndDevoicing) {
  EXPECT_EQ(Syllables(U"қазақстан"), 3);
  EXPECT_EQ(Syllables(U"тау"), 1);
  EXPECT_EQ(Syllables(U"трамп"), 1);
  EXPECT_EQ(Devoice(U"кітаб"), U"кітап");
  EXPECT_EQ(Devoice(U"жүрег"), U"жүрек");
  EXPECT_EQ(Devoice(U"ағаш"), U"ағаш");
  EXPECT_EQ(Devoice(U"тарағ"), U"тарақ");
  EXPECT_EQ(Voice(U"кітап"), U"кітаб");
  EXPECT_EQ(Voice(U"жүрек"), U"жүрег");
  EXPECT_EQ(Voice(U"тарақ"), U"тарағ");
  EXPECT_EQ(Voice(U"ағаш"), U"ағаш");
  EXPECT_EQ(Voice(U""), U"");
  EXPECT_EQ(HighVowel(U"қор"), U'ы');
  EXPECT_EQ(HighVowel(U"көр"), U'і');
}

TEST(KazakhPhonologyTest, FoldsYoAndE) {
  EXPECT_EQ(FoldLetter(U'э'), U'е');
  EXPECT_EQ(FoldLetter(U'ё'), U'е');
  EXPECT_EQ(FoldLetter(U'ә'), U'ә');
}

TEST(KazakhPhonologyTest, RootSpellings) {
  EXPECT_THAT(RootSpellings(U"кітаб", false, true), ElementsAre(U"кітаб", U"кітап"));
  EXPECT_THAT(RootSpellings(U"кітаб", false, false), ElementsAre(U"кітаб"));
  EXPECT_THAT(RootSpellings(U"халқ", false, true), ElementsAre(U"халқ", U"халық"));
  EXPECT_THAT(RootSpellings(U"орн", false, true), ElementsAre(U"орн", U"орын"));
  EXPECT_THAT(RootSpellings(U"қорық", true, false), ElementsAre(U"қорық", U"қорқ"));
}

TEST(KazakhPhonologyTest, NominalEndings) {
  for (const std::u32string root : {U"кітап", U"жұрт", U"ұлт", U"банк", U"метр", U"бала"}) {
    EXPECT_TRUE(CanEndNominal(root)) << ToUtf8(root);
  }
  for (const std::u32string root : {U"кітаб", U"мүмк", U"жүрег", U"тұрғ"}) {
    EXPECT_FALSE(CanEndNominal(root)) << ToUtf8(root);
  }
}

}  // namespace
}  // namespace steppe::kazakh
