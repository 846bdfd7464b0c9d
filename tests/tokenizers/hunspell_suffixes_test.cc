#include "tokenizers/hunspell_suffixes.h"

#include <set>
#include <string>
#include <utility>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tokenizers/utf32.h"

namespace steppe {
namespace {

using ::testing::UnorderedElementsAre;

// A small .aff of our own in hunspell-ru's style: a noun flag N and an
// adjective flag A, with conditions and a strip.
constexpr std::string_view kAff =
    "SET UTF-8\n"
    "SFX N Y 4\n"
    "SFX N   0     а       [^ая]\n"
    "SFX N   0     ом      [^ая]\n"
    "SFX N   а     ы       а\n"
    "SFX N   а     ой      а\n"
    "\n"
    "SFX A Y 2\n"
    "SFX A   ый    ого     [лнрт]ый\n"
    "SFX A   ЫЙ    ЫМ      ЫЙ\n";

std::set<std::string> Forms(const HunspellSuffixes& rules, std::string_view entry,
                            std::string_view flags) {
  std::set<std::string> forms;
  rules.Expand(ToUtf32(entry), flags,
               [&](std::u32string_view form) { forms.insert(ToUtf8(form)); });
  return forms;
}

// (base, flag) for each rule that could have made `word` and whose
// condition holds on the base.
std::set<std::pair<std::string, char>> Bases(const HunspellSuffixes& rules, std::string_view word) {
  std::set<std::pair<std::string, char>> bases;
  rules.ForEachBase(word, [&](std::string_view base,
                              const std::vector<const HunspellSuffixes::Rule*>& candidates) {
    for (const HunspellSuffixes::Rule* rule : candidates) {
      if (HunspellSuffixes::MatchesEnd(*rule, base)) bases.insert({std::string(base), rule->flag});
    }
  });
  return bases;
}

TEST(HunspellSuffixesTest, ExpandMakesTheFormsOfAnEntry) {
  auto rules = HunspellSuffixes::Parse(kAff);
  ASSERT_TRUE(rules.has_value());
  EXPECT_EQ(Forms(*rules, "стол", "N"), (std::set<std::string>{"стол", "стола", "столом"}));
  EXPECT_EQ(Forms(*rules, "вода", "N"), (std::set<std::string>{"вода", "воды", "водой"}));
  EXPECT_EQ(Forms(*rules, "белый", "A"), (std::set<std::string>{"белый", "белого", "белым"}));
  // The condition [лнрт]ый does not hold for синий.
  EXPECT_EQ(Forms(*rules, "синий", "A"), (std::set<std::string>{"синий"}));
}

TEST(HunspellSuffixesTest, ForEachBaseUndoesTheRules) {
  auto rules = HunspellSuffixes::Parse(kAff);
  ASSERT_TRUE(rules.has_value());
  EXPECT_THAT(Bases(*rules, "столом"),
              UnorderedElementsAre(std::pair<std::string, char>{"стол", 'N'}));
  // воды: вода by the strip; not воды + nothing.
  EXPECT_THAT(Bases(*rules, "воды"),
              UnorderedElementsAre(std::pair<std::string, char>{"вода", 'N'}));
  // стола: стол + а; вода's rule needs an entry in -а (столаа does not end the word).
  EXPECT_THAT(Bases(*rules, "стола"),
              UnorderedElementsAre(std::pair<std::string, char>{"стол", 'N'}));
  // The condition is checked on the base: [^ая] refuses "вода" + а.
  EXPECT_THAT(Bases(*rules, "водаа"), ::testing::IsEmpty());
  EXPECT_THAT(Bases(*rules, "белого"),
              UnorderedElementsAre(std::pair<std::string, char>{"белый", 'A'}));
}

TEST(HunspellSuffixesTest, RulesAreFoldedLikeWords) {
  auto rules = HunspellSuffixes::Parse(kAff);
  ASSERT_TRUE(rules.has_value());
  // SFX A ЫЙ ЫМ: upper case in the .aff, lower case in the words.
  EXPECT_THAT(Bases(*rules, "новым"),
              UnorderedElementsAre(std::pair<std::string, char>{"новый", 'A'}));
}

TEST(HunspellSuffixesTest, NoRuleAddsTheWholeWord) {
  auto rules = HunspellSuffixes::Parse(kAff);
  ASSERT_TRUE(rules.has_value());
  EXPECT_THAT(Bases(*rules, "ом"), ::testing::IsEmpty());
}

TEST(HunspellSuffixesTest, WhatTheRulesDoNotFollowIsRefused) {
  EXPECT_FALSE(HunspellSuffixes::Parse("PFX P Y 1\nPFX P 0 не .\n").has_value());
  EXPECT_FALSE(HunspellSuffixes::Parse("FLAG long\n").has_value());
  EXPECT_FALSE(HunspellSuffixes::Parse("SFX N Y 1\nSFX N 0 а/B .\n").has_value());
  EXPECT_FALSE(HunspellSuffixes::Parse("SFX N Y 1\nSFX N 0 а [аб\n").has_value());
}

}  // namespace
}  // namespace steppe
