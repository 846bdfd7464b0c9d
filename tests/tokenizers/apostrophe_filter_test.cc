#include "tokenizers/apostrophe_filter.h"

#include <string>
#include <string_view>

#include <gtest/gtest.h>

namespace steppe {
namespace {

std::string Filter(std::string_view text) {
  Token token;
  token.text = std::string(text);
  ApostropheFilter().Apply(token);
  return token.text;
}

TEST(ApostropheFilterTest, Name) { EXPECT_EQ(ApostropheFilter().Name(), "apostrophe"); }

TEST(ApostropheFilterTest, AllMarksBecomeAsciiApostrophe) {
  EXPECT_EQ(Filter("qazaqstan\u2019ga"), "qazaqstan'ga");  // right single quotation mark
  EXPECT_EQ(Filter("o\u02BCzbek"), "o'zbek");              // modifier letter apostrophe
  EXPECT_EQ(Filter("o\u02BBzbekiston"), "o'zbekiston");    // modifier letter turned comma
  EXPECT_EQ(Filter("a`lem"), "a'lem");                     // backquote
  EXPECT_EQ(Filter("qazaqstan'ga"), "qazaqstan'ga");
}

TEST(ApostropheFilterTest, ReplacesEveryOccurrence) {
  EXPECT_EQ(Filter("a\u2019b\u2019c\u02BCd\u02BBe`f"), "a'b'c'd'e'f");
  EXPECT_EQ(Filter("\u2019\u2019"), "''");
}

TEST(ApostropheFilterTest, SpellingsMeet) {
  EXPECT_EQ(Filter("qazaqstan\u2019ga"), Filter("qazaqstan'ga"));
  EXPECT_EQ(Filter("qazaqstan\u02BCga"), Filter("qazaqstan`ga"));
}

TEST(ApostropheFilterTest, LeavesOtherTextAlone) {
  for (std::string_view text : {"", "tokayev", "тоқаев", "\u2018x", "3.5", "a\u201Cb"}) {
    EXPECT_EQ(Filter(text), text);
  }
}

TEST(ApostropheFilterTest, DoesNotTouchOffsets) {
  Token token;
  token.text = "o\u02BBzbek";
  token.begin = 10;
  token.end = 17;
  token.position = 4;
  ApostropheFilter().Apply(token);
  EXPECT_EQ(token.text, "o'zbek");
  EXPECT_EQ(token.begin, 10u);
  EXPECT_EQ(token.end, 17u);
  EXPECT_EQ(token.position, 4u);
}

}  // namespace
}  // namespace steppe
