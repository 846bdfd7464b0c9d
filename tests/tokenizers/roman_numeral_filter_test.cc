#include "tokenizers/roman_numeral_filter.h"

#include <string>

#include <gtest/gtest.h>

namespace steppe {
namespace {

Token Filtered(const std::string& text) {
  Token token;
  token.text = text;
  token.script = Script::kLatin;
  RomanNumeralFilter().Apply(token);
  return token;
}

TEST(RomanValueTest, WellFormedNumerals) {
  EXPECT_EQ(RomanValue("XIX"), 19);
  EXPECT_EQ(RomanValue("XXI"), 21);
  EXPECT_EQ(RomanValue("XIV"), 14);
  EXPECT_EQ(RomanValue("MCMXCIV"), 1994);
  EXPECT_EQ(RomanValue("MMMCMXCIX"), 3999);
  EXPECT_EQ(RomanValue("IX"), 9);
}

TEST(RomanValueTest, MalformedNumeralsHaveNoValue) {
  EXPECT_FALSE(RomanValue("IIX").has_value());
  EXPECT_FALSE(RomanValue("VX").has_value());
  EXPECT_FALSE(RomanValue("IIII").has_value());
  EXPECT_FALSE(RomanValue("MMMM").has_value());
  EXPECT_FALSE(RomanValue("").has_value());
  EXPECT_FALSE(RomanValue("XIXA").has_value());
}

TEST(RomanNumeralFilterTest, EverySpellingBecomesItsValue) {
  for (const char* spelling : {"XIX", "ХІХ", "XІX", "ХIХ"}) {  // Latin, Cyrillic, mixed
    const Token token = Filtered(spelling);
    EXPECT_EQ(token.text, "19") << spelling;
    EXPECT_EQ(token.script, Script::kNumber) << spelling;
  }
  EXPECT_EQ(Filtered("ХХ").text, "20");
  EXPECT_EQ(Filtered("ХХІ").text, "21");
  EXPECT_EQ(Filtered("XIV").text, "14");
}

TEST(RomanNumeralFilterTest, WordsThatOnlyLookLikeNumeralsStay) {
  for (const char* word :
       {"mix", "xix", "I", "X", "С", "СМ", "СМИ", "CD", "DC", "MM", "IIX", "XIXth"}) {
    const Token token = Filtered(word);
    EXPECT_EQ(token.text, word) << word;
    EXPECT_EQ(token.script, Script::kLatin) << word;
  }
}

}  // namespace
}  // namespace steppe
