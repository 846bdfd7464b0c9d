// QueryLexer: splits a query string into the lexemes of steppe's query
// language (the syntax of Xapian's QueryParser).
//
// Contract: words, "quoted phrases", ( and ), the operators AND OR NOT XOR
// NEAR ADJ (upper case only, NEAR/n and ADJ/n with a window), + and - in
// front of an item, and field prefixes (title: lang: source: id: date:)
// written directly before their value. An unclosed quote runs to the end.
// Every lexeme records the byte column it starts at, for error messages.
#ifndef STEPPE_SEARCHER_QUERY_LEXER_H_
#define STEPPE_SEARCHER_QUERY_LEXER_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace steppe {

struct Lexeme {
  enum class Kind {
    kWord,
    kPhrase,
    kOpen,
    kClose,
    kAnd,
    kOr,
    kNot,
    kXor,
    kNear,
    kAdj,
    kLove,   // + before an item
    kHate,   // - before an item
    kField,  // text holds the field name, lower-cased
  };
  Kind kind;
  std::string text;
  std::size_t column = 0;
  unsigned window = 0;  // NEAR/n, ADJ/n
};

std::vector<Lexeme> LexQuery(std::string_view query);

// The field prefixes the query language knows.
bool IsQueryField(std::string_view name);

}  // namespace steppe

#endif  // STEPPE_SEARCHER_QUERY_LEXER_H_
