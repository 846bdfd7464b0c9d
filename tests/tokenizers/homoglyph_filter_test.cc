#include "tokenizers/homoglyph_filter.h"

#include <string>
#include <string_view>

#include <gtest/gtest.h>

namespace steppe {
namespace {

Token Filter(std::string_view text, Script script) {
  Token token;
  token.text = std::string(text);
  token.script = script;
  HomoglyphFilter().Apply(token);
  return token;
}

TEST(HomoglyphFilterTest, Name) { EXPECT_EQ(HomoglyphFilter().Name(), "homoglyph"); }

TEST(HomoglyphFilterTest, CyrillicLetterInLatinWordBecomesLatin) {
  // "tоkayev" with a Cyrillic о (U+043E).
  const Token token = Filter("t\u043Ekayev", Script::kLatin);
  EXPECT_EQ(token.text, "tokayev");
  EXPECT_EQ(token.script, Script::kLatin);
}

TEST(HomoglyphFilterTest, LatinLetterInCyrillicWordBecomesCyrillic) {
  // "токaев" with a Latin a.
  const Token token = Filter("\u0442\u043E\u043Aa\u0435\u0432", Script::kCyrillic);
  EXPECT_EQ(token.text, "токаев");
  EXPECT_EQ(token.script, Script::kCyrillic);
}

TEST(HomoglyphFilterTest, SeveralLookAlikesAreAllRepaired) {
  // "астана" typed with a Latin a and c.
  EXPECT_EQ(Filter("ac\u0442\u0430\u043D\u0430", Script::kCyrillic).text, "астана");
  // "kazakhstan" with Cyrillic к, а and к.
  EXPECT_EQ(Filter("\u043Aaz\u0430\u043Ahstan", Script::kLatin).text, "kazakhstan");
  // Kazakh і (U+0456) in a Latin word.
  EXPECT_EQ(Filter("b\u0456l\u0456m", Script::kLatin).text, "bilim");
}

TEST(HomoglyphFilterTest, UpdatesTheScript) {
  // The script follows the repaired word, whatever it said before.
  Token token = Filter("t\u043Ekayev", Script::kCyrillic);
  EXPECT_EQ(token.text, "tokayev");
  EXPECT_EQ(token.script, Script::kLatin);
  token = Filter("\u0442\u043E\u043Aa\u0435\u0432", Script::kLatin);
  EXPECT_EQ(token.text, "токаев");
  EXPECT_EQ(token.script, Script::kCyrillic);
}

TEST(HomoglyphFilterTest, GenuineMixtureIsLeftAlone) {
  // Cyrillic majority, but q has no Cyrillic look-alike.
  Token token = Filter("москваqz", Script::kCyrillic);
  EXPECT_EQ(token.text, "москваqz");
  EXPECT_EQ(token.script, Script::kCyrillic);
  // Latin majority, but қ and д have no Latin look-alike.
  token = Filter("tokaқд", Script::kLatin);
  EXPECT_EQ(token.text, "tokaқд");
  EXPECT_EQ(token.script, Script::kLatin);
  // One unexplained letter is enough to leave all of it, look-alikes included.
  token = Filter("t\u043Ekay\u0436v", Script::kLatin);
  EXPECT_EQ(token.text, "t\u043Ekay\u0436v");
}

TEST(HomoglyphFilterTest, SingleScriptWordsAreUnchanged) {
  for (std::string_view text : {"tokayev", "тоқаев", "qazaqstan'ga", "2019", "3.5", "東京", ""}) {
    const Token token = Filter(text, Script::kNone);
    EXPECT_EQ(token.text, text);
    EXPECT_EQ(token.script, Script::kNone) << text;
  }
}

TEST(HomoglyphFilterTest, DigitsAndApostrophesDoNotCountAsEitherScript) {
  EXPECT_EQ(Filter("t\u043Ekayev2019", Script::kLatin).text, "tokayev2019");
  EXPECT_EQ(Filter("qazaqstan'g\u0430", Script::kLatin).text, "qazaqstan'ga");
}

TEST(HomoglyphFilterTest, InvalidUtf8IsLeftAlone) {
  const std::string text = "t\u043Eka\xFFyev";
  const Token token = Filter(text, Script::kLatin);
  EXPECT_EQ(token.text, text);
}

TEST(HomoglyphFilterTest, DoesNotTouchOffsets) {
  Token token;
  token.text = "t\u043Ekayev";
  token.begin = 5;
  token.end = 13;
  token.position = 2;
  token.hyphen_joined_to_next = true;
  HomoglyphFilter().Apply(token);
  EXPECT_EQ(token.text, "tokayev");
  EXPECT_EQ(token.begin, 5u);
  EXPECT_EQ(token.end, 13u);
  EXPECT_EQ(token.position, 2u);
  EXPECT_TRUE(token.hyphen_joined_to_next);
}

}  // namespace
}  // namespace steppe
