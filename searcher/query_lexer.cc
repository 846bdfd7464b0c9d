#include "searcher/query_lexer.h"

#include <cctype>

#include "absl/strings/ascii.h"

namespace steppe {
namespace {

constexpr unsigned kDefaultWindow = 10;

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool EndsWord(char c) { return IsSpace(c) || c == '(' || c == ')' || c == '"'; }

std::string Lower(std::string_view text) {
  std::string out(text);
  absl::AsciiStrToLower(&out);
  return out;
}

// "NEAR", "NEAR/5": the window, or 0 when `word` is not that operator.
unsigned OperatorWindow(std::string_view word, std::string_view name) {
  if (word.substr(0, name.size()) != name) return 0;
  if (word.size() == name.size()) return kDefaultWindow;
  if (word[name.size()] != '/' || word.size() == name.size() + 1) return 0;
  unsigned window = 0;
  for (char c : word.substr(name.size() + 1)) {
    if (std::isdigit(static_cast<unsigned char>(c)) == 0 || window > 1000) return 0;
    window = window * 10 + static_cast<unsigned>(c - '0');
  }
  return window;
}

}  // namespace

bool IsQueryField(std::string_view name) {
  return name == "title" || name == "lang" || name == "source" || name == "id" || name == "date";
}

std::vector<Lexeme> LexQuery(std::string_view query) {
  using Kind = Lexeme::Kind;
  std::vector<Lexeme> lexemes;
  std::size_t i = 0;
  // True where an item may start, so + and - are modifiers, not text.
  bool at_item_start = true;
  while (i < query.size()) {
    const char c = query[i];
    if (IsSpace(c)) {
      ++i;
      at_item_start = true;
      continue;
    }
    if (c == '(' || c == ')') {
      lexemes.push_back({c == '(' ? Kind::kOpen : Kind::kClose, std::string(1, c), i});
      ++i;
      at_item_start = true;
      continue;
    }
    if (c == '"') {
      const std::size_t start = i++;
      const std::size_t close = query.find('"', i);
      const std::size_t end = close == std::string_view::npos ? query.size() : close;
      lexemes.push_back({Kind::kPhrase, std::string(query.substr(i, end - i)), start});
      i = close == std::string_view::npos ? query.size() : close + 1;
      at_item_start = false;
      continue;
    }
    if ((c == '+' || c == '-') && at_item_start && i + 1 < query.size() && !IsSpace(query[i + 1])) {
      lexemes.push_back({c == '+' ? Kind::kLove : Kind::kHate, std::string(1, c), i});
      ++i;
      continue;
    }
    std::size_t start = i;
    while (i < query.size() && !EndsWord(query[i])) ++i;
    std::string_view word = query.substr(start, i - start);

    const auto colon = word.find(':');
    if (colon != std::string_view::npos && colon > 0 &&
        IsQueryField(Lower(word.substr(0, colon)))) {
      lexemes.push_back({Kind::kField, Lower(word.substr(0, colon)), start});
      word.remove_prefix(colon + 1);
      start += colon + 1;  // the value's own column
      if (word.empty()) {
        at_item_start = false;  // the value is a phrase or a group
        continue;
      }
    }
    if (word == "AND") {
      lexemes.push_back({Kind::kAnd, std::string(word), start});
    } else if (word == "OR") {
      lexemes.push_back({Kind::kOr, std::string(word), start});
    } else if (word == "NOT") {
      lexemes.push_back({Kind::kNot, std::string(word), start});
    } else if (word == "XOR") {
      lexemes.push_back({Kind::kXor, std::string(word), start});
    } else if (unsigned near = OperatorWindow(word, "NEAR"); near > 0) {
      lexemes.push_back({Kind::kNear, std::string(word), start, near});
    } else if (unsigned adj = OperatorWindow(word, "ADJ"); adj > 0) {
      lexemes.push_back({Kind::kAdj, std::string(word), start, adj});
    } else {
      lexemes.push_back({Kind::kWord, std::string(word), start});
    }
    at_item_start = false;
  }
  return lexemes;
}

}  // namespace steppe
