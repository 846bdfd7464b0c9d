#include "searcher/query_lexer.h"

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace steppe {

std::ostream& operator<<(std::ostream& out, Lexeme::Kind kind) {
  static constexpr const char* kNames[] = {"Word", "Phrase", "Open", "Close", "And",  "Or",   "Not",
                                           "Xor",  "Near",   "Adj",  "Love",  "Hate", "Field"};
  return out << kNames[static_cast<int>(kind)];
}

namespace {

using Kind = Lexeme::Kind;
using ::testing::ElementsAre;
using ::testing::IsEmpty;

std::vector<Kind> Kinds(std::string_view query) {
  std::vector<Kind> kinds;
  for (const Lexeme& lexeme : LexQuery(query)) kinds.push_back(lexeme.kind);
  return kinds;
}

std::vector<std::string> Texts(std::string_view query) {
  std::vector<std::string> texts;
  for (const Lexeme& lexeme : LexQuery(query)) texts.push_back(lexeme.text);
  return texts;
}

std::vector<std::size_t> Columns(std::string_view query) {
  std::vector<std::size_t> columns;
  for (const Lexeme& lexeme : LexQuery(query)) columns.push_back(lexeme.column);
  return columns;
}

TEST(QueryLexerTest, EmptyQuery) {
  EXPECT_THAT(LexQuery(""), IsEmpty());
  EXPECT_THAT(LexQuery(" \t\r\n "), IsEmpty());
}

TEST(QueryLexerTest, Words) {
  EXPECT_THAT(Kinds("oil gas"), ElementsAre(Kind::kWord, Kind::kWord));
  EXPECT_THAT(Texts("oil  Тоқаев\tNur-Sultan"), ElementsAre("oil", "Тоқаев", "Nur-Sultan"));
  // Text inside a word, hyphens and colons included, stays as written.
  EXPECT_THAT(Texts("a-b don't 3.5 http://x"), ElementsAre("a-b", "don't", "3.5", "http://x"));
}

TEST(QueryLexerTest, Phrases) {
  const std::vector<Lexeme> lexemes = LexQuery("\"Nur Sultan\" city");
  ASSERT_EQ(lexemes.size(), 2u);
  EXPECT_EQ(lexemes[0].kind, Kind::kPhrase);
  EXPECT_EQ(lexemes[0].text, "Nur Sultan");
  EXPECT_EQ(lexemes[0].column, 0u);
  EXPECT_EQ(lexemes[1].kind, Kind::kWord);
  EXPECT_EQ(lexemes[1].column, 13u);
}

TEST(QueryLexerTest, UnclosedQuoteRunsToTheEnd) {
  const std::vector<Lexeme> lexemes = LexQuery("oil \"gas pipeline AND (x");
  ASSERT_EQ(lexemes.size(), 2u);
  EXPECT_EQ(lexemes[1].kind, Kind::kPhrase);
  EXPECT_EQ(lexemes[1].text, "gas pipeline AND (x");
  EXPECT_EQ(lexemes[1].column, 4u);
  EXPECT_THAT(Kinds("\""), ElementsAre(Kind::kPhrase));
  EXPECT_THAT(Texts("\""), ElementsAre(""));
}

TEST(QueryLexerTest, QuoteEndsAWord) {
  EXPECT_THAT(Kinds("oil\"gas\"pipe"), ElementsAre(Kind::kWord, Kind::kPhrase, Kind::kWord));
  EXPECT_THAT(Texts("oil\"gas\"pipe"), ElementsAre("oil", "gas", "pipe"));
}

TEST(QueryLexerTest, Parentheses) {
  EXPECT_THAT(Kinds("(a OR b)c"), ElementsAre(Kind::kOpen, Kind::kWord, Kind::kOr, Kind::kWord,
                                              Kind::kClose, Kind::kWord));
  EXPECT_THAT(Columns("(a OR b)c"), ElementsAre(0, 1, 3, 6, 7, 8));
  EXPECT_THAT(Kinds("((x))"),
              ElementsAre(Kind::kOpen, Kind::kOpen, Kind::kWord, Kind::kClose, Kind::kClose));
}

TEST(QueryLexerTest, BooleanOperatorsAreUpperCaseOnly) {
  EXPECT_THAT(Kinds("a AND b OR c NOT d XOR e"),
              ElementsAre(Kind::kWord, Kind::kAnd, Kind::kWord, Kind::kOr, Kind::kWord, Kind::kNot,
                          Kind::kWord, Kind::kXor, Kind::kWord));
  EXPECT_THAT(Kinds("and or not xor near adj And Or"),
              ElementsAre(Kind::kWord, Kind::kWord, Kind::kWord, Kind::kWord, Kind::kWord,
                          Kind::kWord, Kind::kWord, Kind::kWord));
  EXPECT_THAT(Kinds("ANDY ORE NOTE"), ElementsAre(Kind::kWord, Kind::kWord, Kind::kWord));
}

TEST(QueryLexerTest, NearAndAdjWithWindows) {
  std::vector<Lexeme> lexemes = LexQuery("a NEAR b NEAR/3 c ADJ d ADJ/2 e");
  ASSERT_EQ(lexemes.size(), 9u);
  EXPECT_EQ(lexemes[1].kind, Kind::kNear);
  EXPECT_EQ(lexemes[1].window, 10u);  // the default
  EXPECT_EQ(lexemes[3].kind, Kind::kNear);
  EXPECT_EQ(lexemes[3].text, "NEAR/3");
  EXPECT_EQ(lexemes[3].window, 3u);
  EXPECT_EQ(lexemes[3].column, 9u);
  EXPECT_EQ(lexemes[5].kind, Kind::kAdj);
  EXPECT_EQ(lexemes[5].window, 10u);
  EXPECT_EQ(lexemes[7].kind, Kind::kAdj);
  EXPECT_EQ(lexemes[7].window, 2u);
  for (const Lexeme& lexeme : lexemes) {
    if (lexeme.kind == Kind::kWord) {
      EXPECT_EQ(lexeme.window, 0u);
    }
  }
}

TEST(QueryLexerTest, MalformedNearIsAWord) {
  EXPECT_THAT(Kinds("NEAR/ NEAR/x NEAR3 NEAR/0 NEARBY near/3 ADJ/ ADJ/-1"),
              ElementsAre(Kind::kWord, Kind::kWord, Kind::kWord, Kind::kWord, Kind::kWord,
                          Kind::kWord, Kind::kWord, Kind::kWord));
  EXPECT_THAT(Kinds("NEAR/99999999999999999999"), ElementsAre(Kind::kWord));
}

TEST(QueryLexerTest, LoveAndHate) {
  EXPECT_THAT(Kinds("+oil -gas"), ElementsAre(Kind::kLove, Kind::kWord, Kind::kHate, Kind::kWord));
  EXPECT_THAT(Columns("+oil -gas"), ElementsAre(0, 1, 5, 6));
  EXPECT_THAT(Kinds("+\"a b\" -(c)"), ElementsAre(Kind::kLove, Kind::kPhrase, Kind::kHate,
                                                  Kind::kOpen, Kind::kWord, Kind::kClose));
  EXPECT_THAT(Kinds("(-a)"), ElementsAre(Kind::kOpen, Kind::kHate, Kind::kWord, Kind::kClose));
}

TEST(QueryLexerTest, PlusAndMinusInsideOrAloneAreText) {
  EXPECT_THAT(Kinds("a-b c+d"), ElementsAre(Kind::kWord, Kind::kWord));
  EXPECT_THAT(Kinds("a - b"), ElementsAre(Kind::kWord, Kind::kWord, Kind::kWord));
  EXPECT_THAT(Texts("a - b"), ElementsAre("a", "-", "b"));
  EXPECT_THAT(Kinds("a -"), ElementsAre(Kind::kWord, Kind::kWord));
}

TEST(QueryLexerTest, FieldPrefixes) {
  std::vector<Lexeme> lexemes = LexQuery("title:Tokayev lang:kk source:herald id:en-001 date:2019");
  ASSERT_EQ(lexemes.size(), 10u);
  const std::vector<std::pair<std::string, std::string>> expected = {{"title", "Tokayev"},
                                                                     {"lang", "kk"},
                                                                     {"source", "herald"},
                                                                     {"id", "en-001"},
                                                                     {"date", "2019"}};
  for (std::size_t i = 0; i < expected.size(); ++i) {
    EXPECT_EQ(lexemes[2 * i].kind, Kind::kField);
    EXPECT_EQ(lexemes[2 * i].text, expected[i].first);
    EXPECT_EQ(lexemes[2 * i + 1].kind, Kind::kWord);
    EXPECT_EQ(lexemes[2 * i + 1].text, expected[i].second);
  }
}

TEST(QueryLexerTest, FieldValueColumnIsWhereTheValueStarts) {
  EXPECT_THAT(Columns("title:Tokayev"), ElementsAre(0, 6));
  EXPECT_THAT(Columns("oil date:2019-13"), ElementsAre(0, 4, 9));
  EXPECT_THAT(Columns("lang:AND"), ElementsAre(0, 5));
}

TEST(QueryLexerTest, FieldNamesAreCaseInsensitiveAndLowerCased) {
  const std::vector<Lexeme> lexemes = LexQuery("TITLE:Astana Lang:RU");
  ASSERT_EQ(lexemes.size(), 4u);
  EXPECT_EQ(lexemes[0].text, "title");
  EXPECT_EQ(lexemes[1].text, "Astana");
  EXPECT_EQ(lexemes[2].text, "lang");
  EXPECT_EQ(lexemes[3].text, "RU");  // the value is not lowered
}

TEST(QueryLexerTest, FieldBeforeAPhraseOrAGroup) {
  EXPECT_THAT(Kinds("title:\"Nur Sultan\""), ElementsAre(Kind::kField, Kind::kPhrase));
  EXPECT_THAT(Columns("title:\"Nur Sultan\""), ElementsAre(0, 6));
  EXPECT_THAT(Kinds("source:\"Steppe Herald\""), ElementsAre(Kind::kField, Kind::kPhrase));
  EXPECT_THAT(Kinds("title:(a b)"),
              ElementsAre(Kind::kField, Kind::kOpen, Kind::kWord, Kind::kWord, Kind::kClose));
  EXPECT_THAT(Kinds("title:"), ElementsAre(Kind::kField));
}

TEST(QueryLexerTest, UnknownFieldsAndLeadingColonsAreWords) {
  EXPECT_THAT(Kinds("author:smith :title http://example.com"),
              ElementsAre(Kind::kWord, Kind::kWord, Kind::kWord));
  EXPECT_THAT(Texts("author:smith"), ElementsAre("author:smith"));
}

TEST(QueryLexerTest, ModifierBeforeAField) {
  EXPECT_THAT(Kinds("oil -lang:ru +source:x"),
              ElementsAre(Kind::kWord, Kind::kHate, Kind::kField, Kind::kWord, Kind::kLove,
                          Kind::kField, Kind::kWord));
}

TEST(QueryLexerTest, DateRangesAreWords) {
  EXPECT_THAT(Kinds("2019-06-01..2019-06-30 ..2020 2019.."),
              ElementsAre(Kind::kWord, Kind::kWord, Kind::kWord));
  EXPECT_THAT(Kinds("date:2019..2020"), ElementsAre(Kind::kField, Kind::kWord));
}

TEST(QueryLexerTest, ColumnsAreBytes) {
  // Тоқаев is 12 bytes.
  EXPECT_THAT(Columns("Тоқаев AND \"Астана\""), ElementsAre(0, 13, 17));
}

TEST(QueryLexerTest, IsQueryField) {
  for (std::string_view field : {"title", "lang", "source", "id", "date"}) {
    EXPECT_TRUE(IsQueryField(field)) << field;
  }
  for (std::string_view field : {"", "Title", "author", "text", "url"}) {
    EXPECT_FALSE(IsQueryField(field)) << field;
  }
}

}  // namespace
}  // namespace steppe
