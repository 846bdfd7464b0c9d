#include "tokenizers/cyrillic_yo_filter.h"

#include <string>
#include <string_view>

#include <gtest/gtest.h>

namespace steppe {
namespace {

std::string Filter(std::string_view text, Script script = Script::kCyrillic) {
  Token token;
  token.text = std::string(text);
  token.script = script;
  CyrillicYoFilter().Apply(token);
  return token.text;
}

TEST(CyrillicYoFilterTest, Name) { EXPECT_EQ(CyrillicYoFilter().Name(), "cyrillic-yo"); }

TEST(CyrillicYoFilterTest, FoldsYoToYe) {
  EXPECT_EQ(Filter("королёв"), "королев");
  EXPECT_EQ(Filter("ёлка"), "елка");
  EXPECT_EQ(Filter("всё"), "все");
  EXPECT_EQ(Filter("ёжё"), "еже");
}

TEST(CyrillicYoFilterTest, SpellingsMeet) { EXPECT_EQ(Filter("королёв"), Filter("королев")); }

TEST(CyrillicYoFilterTest, LeavesOtherCyrillicLettersAlone) {
  // ё is D1 91; neighbours sharing a byte must not be touched.
  for (std::string_view text : {"тоқаев", "съезд", "ѐ", "ђ", "ӛ", "ямы", "нұр-сұлтан"}) {
    EXPECT_EQ(Filter(text), text);
  }
}

TEST(CyrillicYoFilterTest, OnlyCyrillicWords) {
  EXPECT_EQ(Filter("королёв", Script::kLatin), "королёв");
  EXPECT_EQ(Filter("abc", Script::kLatin), "abc");
}

}  // namespace
}  // namespace steppe
