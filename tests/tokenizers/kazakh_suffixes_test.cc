#include "tokenizers/kazakh_suffixes.h"

#include <algorithm>
#include <string>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace steppe::kazakh {
namespace {

using ::testing::Contains;
using ::testing::Not;

std::vector<std::string> Readings(const std::u32string& word) {
  std::vector<std::string> out;
  for (const Analysis& analysis : Analyses(word)) out.push_back(Describe(analysis));
  return out;
}

TEST(KazakhSuffixesTest, TheBareWordIsAReading) {
  EXPECT_THAT(Readings(U"кітап"), Contains("кітап(N)"));
  EXPECT_THAT(Readings(U"кітап"), Contains("кітап(V)"));
}

TEST(KazakhSuffixesTest, NounChainsInOrder) {
  EXPECT_THAT(Readings(U"кітаптарымыздың"), Contains("кітап(N)+тар:PL+ымыз:P1PL+дың:GEN"));
  EXPECT_THAT(Readings(U"мектептердегі"), Contains("мектеп(N)+тер:PL+дегі:LOCATTR"));
  EXPECT_THAT(Readings(U"баласының"), Contains("бала(N)+сы:P3+ның:GEN"));
  EXPECT_THAT(Readings(U"қаласында"), Contains("қала(N)+сы:P3+нда:LOC"));
  EXPECT_THAT(Readings(U"баламен"), Contains("бала(N)+мен:INS"));
  EXPECT_THAT(Readings(U"мұғаліммін"), Contains("мұғалім(N)+мін:1SG"));
  // Case before plural is no Kazakh word order.
  EXPECT_THAT(Readings(U"кітаптыңтар"), Not(Contains("кітап(N)+тың:GEN+тар:PL")));
}

TEST(KazakhSuffixesTest, AllomorphsFollowTheSoundBefore) {
  EXPECT_THAT(Readings(U"кітаптар"), Contains("кітап(N)+тар:PL"));
  EXPECT_THAT(Readings(U"кітаплар"), Not(Contains("кітап(N)+лар:PL")));
  EXPECT_THAT(Readings(U"жылдар"), Contains("жыл(N)+дар:PL"));
  EXPECT_THAT(Readings(U"адамның"), Contains("адам(N)+ның:GEN"));
  EXPECT_THAT(Readings(U"жердің"), Contains("жер(N)+дің:GEN"));
}

TEST(KazakhSuffixesTest, VowelHarmonyIsChecked) {
  EXPECT_THAT(Readings(U"мектептар"), Not(Contains("мектеп(N)+тар:PL")));
  EXPECT_THAT(Readings(U"тоқаевтың"), Contains("тоқаев(N)+тың:GEN"));
}

TEST(KazakhSuffixesTest, VerbChains) {
  EXPECT_THAT(Readings(U"алмайды"), Contains("ал(V)+ма:NEG+й:AOR+ды:3"));
  EXPECT_THAT(Readings(U"жасалған"), Contains("жаса(V)+л:PASS+ған:PAST_PART"));
  EXPECT_THAT(Readings(U"келгендеріңіз"), Contains("кел(V)+ген:PAST_PART+дер:PL+іңіз:P2POL"));
  EXPECT_THAT(Readings(U"бардым"), Contains("бар(V)+ды:PAST+м:1SG"));
  EXPECT_THAT(Readings(U"айтқысы"), Contains("айт(V)+қы:DESIRE+сы:P3"));
}

TEST(KazakhSuffixesTest, SpellingFusionsAreUndone) {
  // и = ы + й, ю = й + у.
  EXPECT_THAT(Readings(U"оқиды"), Contains("оқы(V)+й:AOR+ды:3"));
  EXPECT_THAT(Readings(U"оқитын"), Contains("оқы(V)+йтын:HAB_PART"));
  EXPECT_THAT(Readings(U"қою"), Contains("қой(V)+у:VN"));
  // A suffix in қ/к is spelt ғ/г before a vowel.
  EXPECT_THAT(Readings(U"жақсылығы"), Contains("жақсы(N)+лық:LYQ+ы:P3"));
}

TEST(KazakhSuffixesTest, DesireNeedsAPossessiveAfterIt) {
  EXPECT_THAT(Readings(U"айтқы"), Not(Contains("айт(V)+қы:DESIRE")));
}

TEST(KazakhSuffixesTest, NominalForms) {
  const std::vector<std::u32string> forms = NominalForms(U"кітап");
  for (const std::u32string form :
       {U"кітаптар", U"кітаптың", U"кітапқа", U"кітапты", U"кітапта", U"кітаптан", U"кітаппен",
        U"кітабы", U"кітабының", U"кітабында"}) {
    EXPECT_THAT(forms, Contains(form)) << ToUtf8(form);
  }
  EXPECT_THAT(forms, Not(Contains(U"кітаптер")));
}

TEST(KazakhSuffixesTest, ReadingsAreBounded) {
  const std::u32string word(200, U'ы');
  EXPECT_LE(Analyses(word, 2, 50).size(), 50u);
}

TEST(KazakhSuffixesTest, EachReadingIsWhole) {
  // One Analysis is refilled for every reading: a short reading after a
  // long one keeps nothing of it.
  std::vector<std::string> seen;
  ForEachAnalysis(U"кітаптарымыздың", 2, 400,
                  [&](const Analysis& analysis) { seen.push_back(Describe(analysis)); });
  ASSERT_GE(seen.size(), 3u);
  EXPECT_EQ(seen.front(), "кітаптарымыздың(N)");  // the bare word first
  EXPECT_THAT(seen, Contains("кітап(N)+тар:PL+ымыз:P1PL+дың:GEN"));
  EXPECT_THAT(seen, Contains("кітаптарымыз(N)+дың:GEN"));
  std::vector<std::string> first_two;
  ForEachAnalysis(U"кітаптарымыздың", 2, 2,
                  [&](const Analysis& analysis) { first_two.push_back(Describe(analysis)); });
  EXPECT_EQ(first_two, std::vector<std::string>(seen.begin(), seen.begin() + 2));
}

}  // namespace
}  // namespace steppe::kazakh
