#include "tokenizers/segmenter.h"

#include <string>
#include <string_view>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace steppe {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

std::vector<std::string> Words(const std::vector<Token>& tokens) {
  std::vector<std::string> words;
  for (const Token& token : tokens) words.push_back(token.text);
  return words;
}

std::vector<Token> Segment(std::string_view text, std::uint32_t first_position = 0) {
  return Segmenter().Segment(text, first_position);
}

TEST(SegmenterTest, EmptyInputGivesNoTokens) {
  EXPECT_THAT(Segment(""), IsEmpty());
  EXPECT_THAT(Segment("   \n\t "), IsEmpty());
  EXPECT_THAT(Segment("!?;: -- ... «»"), IsEmpty());
}

TEST(SegmenterTest, SplitsOnSpacesAndPunctuation) {
  EXPECT_THAT(Words(Segment("Hello, world! How are you?")),
              ElementsAre("Hello", "world", "How", "are", "you"));
}

TEST(SegmenterTest, KeepsSurfaceFormUnfolded) {
  EXPECT_THAT(Words(Segment("ТОҚАЕВ Tokayev")), ElementsAre("ТОҚАЕВ", "Tokayev"));
}

TEST(SegmenterTest, OffsetsAreBytesIntoTheOriginalText) {
  const std::string text = "  Тоқаев, Astana; 2019";
  const std::vector<Token> tokens = Segment(text);
  ASSERT_EQ(tokens.size(), 3u);
  for (const Token& token : tokens) {
    EXPECT_EQ(text.substr(token.begin, token.end - token.begin), token.text);
  }
  EXPECT_EQ(tokens[0].begin, 2u);
  EXPECT_EQ(tokens[0].end, 2u + 12u);  // six two-byte letters
  EXPECT_EQ(tokens[1].begin, 16u);
  EXPECT_EQ(tokens[1].end, 22u);
  EXPECT_EQ(tokens[2].begin, 24u);
  EXPECT_EQ(tokens[2].end, 28u);
}

TEST(SegmenterTest, PositionsAreConsecutiveFromFirstPosition) {
  std::vector<Token> tokens = Segment("one two three");
  ASSERT_EQ(tokens.size(), 3u);
  EXPECT_EQ(tokens[0].position, 0u);
  EXPECT_EQ(tokens[1].position, 1u);
  EXPECT_EQ(tokens[2].position, 2u);

  tokens = Segment("one two three", 101);
  ASSERT_EQ(tokens.size(), 3u);
  EXPECT_EQ(tokens[0].position, 101u);
  EXPECT_EQ(tokens[1].position, 102u);
  EXPECT_EQ(tokens[2].position, 103u);
}

TEST(SegmenterTest, KeepsApostropheBetweenLetters) {
  EXPECT_THAT(Words(Segment("don't Qazaqstan'ga")), ElementsAre("don't", "Qazaqstan'ga"));
  // U+2019, U+02BC, U+02BB and the backquote are apostrophes too.
  EXPECT_THAT(Words(Segment("Qazaqstan\u2019ga")), ElementsAre("Qazaqstan\u2019ga"));
  EXPECT_THAT(Words(Segment("o\u02BCzbek")), ElementsAre("o\u02BCzbek"));
  EXPECT_THAT(Words(Segment("O\u02BBzbekiston")), ElementsAre("O\u02BBzbekiston"));
  EXPECT_THAT(Words(Segment("a`lem")), ElementsAre("a`lem"));
}

TEST(SegmenterTest, ApostropheAtTheEdgeOfAWordIsASeparator) {
  EXPECT_THAT(Words(Segment("'quoted' rock' 'n")), ElementsAre("quoted", "rock", "n"));
  EXPECT_THAT(Words(Segment("\u2018Astana\u2019 \u2019s")), ElementsAre("Astana", "s"));
  // Between a digit and a letter it does not join either.
  EXPECT_THAT(Words(Segment("1990's")), ElementsAre("1990", "s"));
  // Two apostrophes in a row end the word.
  EXPECT_THAT(Words(Segment("a''b")), ElementsAre("a", "b"));
}

TEST(SegmenterTest, ApostropheOffsetsCoverTheWholeWord) {
  const std::string text = "Qazaqstan\u2019ga keldi";
  const std::vector<Token> tokens = Segment(text);
  ASSERT_EQ(tokens.size(), 2u);
  EXPECT_EQ(tokens[0].begin, 0u);
  EXPECT_EQ(tokens[0].end, 9u + 3u + 2u);
  EXPECT_EQ(tokens[1].position, 1u);
}

TEST(SegmenterTest, HyphenSplitsAndMarksTheFirstPart) {
  const std::vector<Token> tokens = Segment("Nur-Sultan");
  ASSERT_EQ(tokens.size(), 2u);
  EXPECT_EQ(tokens[0].text, "Nur");
  EXPECT_TRUE(tokens[0].hyphen_joined_to_next);
  EXPECT_EQ(tokens[1].text, "Sultan");
  EXPECT_FALSE(tokens[1].hyphen_joined_to_next);
  EXPECT_EQ(tokens[0].position + 1, tokens[1].position);
  EXPECT_EQ(tokens[1].begin, 4u);
}

TEST(SegmenterTest, CyrillicHyphenCompound) {
  const std::vector<Token> tokens = Segment("в Алма-Ата вчера");
  ASSERT_EQ(tokens.size(), 4u);
  EXPECT_THAT(Words(tokens), ElementsAre("в", "Алма", "Ата", "вчера"));
  EXPECT_FALSE(tokens[0].hyphen_joined_to_next);
  EXPECT_TRUE(tokens[1].hyphen_joined_to_next);
  EXPECT_FALSE(tokens[2].hyphen_joined_to_next);
  EXPECT_FALSE(tokens[3].hyphen_joined_to_next);
}

TEST(SegmenterTest, ChainedAndUnicodeHyphens) {
  std::vector<Token> tokens = Segment("Kassym-Jomart-uly");
  ASSERT_EQ(tokens.size(), 3u);
  EXPECT_TRUE(tokens[0].hyphen_joined_to_next);
  EXPECT_TRUE(tokens[1].hyphen_joined_to_next);
  EXPECT_FALSE(tokens[2].hyphen_joined_to_next);

  tokens = Segment("Алма\u2010Ата Nur\u2011Sultan");  // U+2010 and U+2011
  ASSERT_EQ(tokens.size(), 4u);
  EXPECT_THAT(Words(tokens), ElementsAre("Алма", "Ата", "Nur", "Sultan"));
  EXPECT_TRUE(tokens[0].hyphen_joined_to_next);
  EXPECT_FALSE(tokens[1].hyphen_joined_to_next);
  EXPECT_TRUE(tokens[2].hyphen_joined_to_next);
}

TEST(SegmenterTest, HyphenNotBetweenWordCharactersJoinsNothing) {
  for (std::string_view text :
       {"Nur- Sultan", "Nur -Sultan", "Nur - Sultan", "Nur--Sultan", "Nur\u2014Sultan"}) {
    const std::vector<Token> tokens = Segment(text);
    ASSERT_EQ(tokens.size(), 2u) << text;
    EXPECT_FALSE(tokens[0].hyphen_joined_to_next) << text;
    EXPECT_FALSE(tokens[1].hyphen_joined_to_next) << text;
  }
  const std::vector<Token> tokens = Segment("ends-");
  ASSERT_EQ(tokens.size(), 1u);
  EXPECT_FALSE(tokens[0].hyphen_joined_to_next);
}

TEST(SegmenterTest, HyphenBeforeADigitJoins) {
  const std::vector<Token> tokens = Segment("COVID-19");
  ASSERT_EQ(tokens.size(), 2u);
  EXPECT_TRUE(tokens[0].hyphen_joined_to_next);
  EXPECT_EQ(tokens[1].text, "19");
  EXPECT_EQ(tokens[1].script, Script::kNumber);
}

TEST(SegmenterTest, KeepsDecimalPointsAndThousandsSeparatorsInNumbers) {
  const std::vector<Token> tokens = Segment("grew 3.5 percent to 1,000 tenge");
  EXPECT_THAT(Words(tokens), ElementsAre("grew", "3.5", "percent", "to", "1,000", "tenge"));
  EXPECT_EQ(tokens[1].script, Script::kNumber);
  EXPECT_EQ(tokens[4].script, Script::kNumber);
  EXPECT_THAT(Words(Segment("1,234,567.89")), ElementsAre("1,234,567.89"));
}

TEST(SegmenterTest, PunctuationAfterANumberIsNotPartOfIt) {
  EXPECT_THAT(Words(Segment("in 2019. Then 5, 6.")), ElementsAre("in", "2019", "Then", "5", "6"));
  // Between letters '.' and ',' separate.
  EXPECT_THAT(Words(Segment("a.b c,d")), ElementsAre("a", "b", "c", "d"));
  // Between a digit and a letter as well.
  EXPECT_THAT(Words(Segment("3.x")), ElementsAre("3", "x"));
}

TEST(SegmenterTest, LettersAndDigitsFormOneWord) {
  const std::vector<Token> tokens = Segment("covid19 2gis");
  EXPECT_THAT(Words(tokens), ElementsAre("covid19", "2gis"));
  EXPECT_EQ(tokens[0].script, Script::kLatin);
  EXPECT_EQ(tokens[1].script, Script::kLatin);
}

TEST(SegmenterTest, ScriptIsDecidedByTheLetters) {
  const std::vector<Token> tokens = Segment("Tokayev Тоқаев 2019 東京");
  ASSERT_EQ(tokens.size(), 4u);
  EXPECT_EQ(tokens[0].script, Script::kLatin);
  EXPECT_EQ(tokens[1].script, Script::kCyrillic);
  EXPECT_EQ(tokens[2].script, Script::kNumber);
  EXPECT_EQ(tokens[3].script, Script::kOther);
}

TEST(SegmenterTest, MixedScriptWordStaysOneToken) {
  // Cyrillic о (U+043E) inside a Latin word, Latin a inside a Cyrillic one.
  std::vector<Token> tokens = Segment("T\u043Ekayev and \u0422\u043E\u043Aa\u0435\u0432");
  ASSERT_EQ(tokens.size(), 3u);
  EXPECT_EQ(tokens[0].text, "T\u043Ekayev");
  EXPECT_EQ(tokens[0].script, Script::kLatin);
  EXPECT_EQ(tokens[2].text, "\u0422\u043E\u043Aa\u0435\u0432");
  EXPECT_EQ(tokens[2].script, Script::kCyrillic);
}

TEST(SegmenterTest, CombiningMarksStayInTheWord) {
  // A decomposed é (e + U+0301) and a decomposed й (и + U+0306).
  const std::vector<Token> tokens = Segment("cafe\u0301 Каи\u0306рат");
  EXPECT_THAT(Words(tokens), ElementsAre("cafe\u0301", "Каи\u0306рат"));
  EXPECT_EQ(tokens[0].script, Script::kLatin);
  EXPECT_EQ(tokens[1].script, Script::kCyrillic);
}

TEST(SegmenterTest, KazakhLatinLettersAreLetters) {
  EXPECT_THAT(Words(Segment("Toqaevtyń ulyqtaý rásimi, Qazaqstannyñ şaharı")),
              ElementsAre("Toqaevtyń", "ulyqtaý", "rásimi", "Qazaqstannyñ", "şaharı"));
}

TEST(SegmenterTest, InvalidUtf8BytesAreSeparators) {
  const std::string text =
      "abc\xFF"
      "def \xC3 ghi\x80jkl \xD0\xA2\xD0";
  const std::vector<Token> tokens = Segment(text);
  EXPECT_THAT(Words(tokens), ElementsAre("abc", "def", "ghi", "jkl", "\xD0\xA2"));
  for (const Token& token : tokens) {
    EXPECT_EQ(text.substr(token.begin, token.end - token.begin), token.text);
  }
  EXPECT_EQ(tokens[1].begin, 4u);
}

TEST(SegmenterTest, InvalidByteAfterApostropheOrDecimalPointEndsTheWord) {
  EXPECT_THAT(Words(Segment("don'\xFFt")), ElementsAre("don", "t"));
  EXPECT_THAT(Words(Segment("3.\xFF"
                            "5")),
              ElementsAre("3", "5"));
}

TEST(SegmenterTest, OtherSeparatorsSplit) {
  EXPECT_THAT(Words(Segment("a/b_c@d#e\u00A0f\u2014g")),
              ElementsAre("a", "b", "c", "d", "e", "f", "g"));
}

}  // namespace
}  // namespace steppe
