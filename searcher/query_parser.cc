#include "searcher/query_parser.h"

#include <algorithm>
#include <map>
#include <optional>
#include <utility>

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "searcher/date_range.h"
#include "searcher/filter_terms.h"
#include "searcher/query_lexer.h"
#include "tokenizers/document_id.h"
#include "tokenizers/index_schema.h"
#include "tokenizers/script.h"
#include "tokenizers/utf32.h"

namespace steppe {
namespace {

using Kind = Lexeme::Kind;

// A Kazakh word's back-off prefix (Stemmers::BackoffPrefix) weighs this
// much of a term, and expands to at most this many of the corpus's most
// frequent words that begin with it, so one query stays bounded on any
// corpus. Chosen on KazQAD: weights 0.3 to 0.5 give the same nDCG@10.
constexpr double kBackoffWeight = 0.4;
constexpr Xapian::termcount kMaxBackoffTerms = 200;

// A gazetteer name's other names (Nur-Sultan for Astana) weigh together as
// one term worth this much of one: they find what the name as typed does
// not, and never outweigh it.
// Chosen on KazQAD: 0.35 to 0.5 give nDCG@10 0.783, 0.2 and 0.7 0.782.
// (The group is nested two by two, OtherNames(), so that it scores alike in
// any layout of the database; KazQAD nDCG@10 stays 0.779, Tengrinews goes
// from 0.640 to 0.641. OP_MAX also scored alike but crashes Xapian 1.4.22
// on sharded databases when collapsing or counting; a plain OR let a text
// naming the place three ways outrank one that matched the query better.)
constexpr double kOtherNamesWeight = 0.5;

// A name's words one by one, in a query that says more than the name,
// weigh this much of what they would alone. Without them KazQAD loses
// 0.002 nDCG@10; 0.5 and 1.0 are within 0.001 of each other.
constexpr double kNameWordsWeight = 0.5;

// A word's name keys (any spelling of a name) weigh together as one term
// worth this much of one, beside the word's own terms. Chosen on KazQAD
// and Tengrinews (nDCG@10): 0.15 to 0.25 give 0.779 and 0.640; 0.35 costs
// Tengrinews 0.003, 0.5 and 0.75 more.
constexpr double kNameKeyWeight = 0.25;

// The `limit` terms of `db` that begin with `prefix` and are in the most
// documents (ties in byte order), as OP_WILDCARD with
// WILDCARD_LIMIT_MOST_FREQUENT picks them, but over all the database's
// shards at once: Xapian's own expansion runs in each shard apart, so each
// picks from its own words and weighs the group by its own estimate.
std::vector<std::string> MostFrequentWithPrefix(const Xapian::Database& db,
                                                const std::string& prefix,
                                                Xapian::termcount limit) {
  std::vector<std::pair<Xapian::doccount, std::string>> found;
  for (auto it = db.allterms_begin(prefix); it != db.allterms_end(prefix); ++it) {
    found.emplace_back(it.get_termfreq(), *it);
  }
  if (found.size() > limit) {
    std::partial_sort(found.begin(), found.begin() + limit, found.end(),
                      [](const auto& a, const auto& b) {
                        return a.first != b.first ? a.first > b.first : a.second < b.second;
                      });
    found.resize(limit);
  }
  std::vector<std::string> terms;
  terms.reserve(found.size());
  for (auto& [frequency, term] : found) terms.push_back(std::move(term));
  std::sort(terms.begin(), terms.end());
  return terms;
}

// Whether a word is written in capitals only, two or more (КНБ, KMG).
bool IsInitials(std::string_view word) {
  std::int32_t i = 0;
  std::size_t letters = 0;
  while (i < static_cast<std::int32_t>(word.size())) {
    UChar32 c = 0;
    U8_NEXT(word.data(), i, static_cast<std::int32_t>(word.size()), c);
    if (c < 0 || !u_isupper(c)) return false;
    ++letters;
  }
  return letters >= 2;
}

// A name's reading in its own script weighs this much more again, so that
// all else equal a document with the query's own spelling comes first
// (Tokayev before Токаев, though the Latin word's Kazakh reading is токаев).
// KazQAD and Tengrinews are the same at 0.1 and 0.3; 0.1 still put a
// Токаев article first in the sample corpus.
constexpr double kOwnSpellingWeight = 0.3;

// One parsed item: a scoring query, or a filter on a boolean field.
struct Item {
  std::optional<Xapian::Query> query;  // absent when the item had no words
  std::string filter_field;            // non-empty for a filter
  bool stopword = false;               // a lone function word ("the", "және")
  // A lone word's own terms, without its back-off prefixes: what NEAR and
  // ADJ join (Xapian positions only terms).
  std::optional<Xapian::Query> word_terms;
};

class Parser {
 public:
  Parser(const Analyzer& analyzer, const QueryOptions& options, std::vector<Lexeme> lexemes,
         std::vector<std::string>& highlights, std::vector<std::string>& explanations)
      : analyzer_(analyzer),
        options_(options),
        lexemes_(std::move(lexemes)),
        highlights_(highlights),
        explanations_(explanations) {
    if (!options_.exact) {
      // Names the gazetteer knows, then names it does not, then, among the
      // words left, the surnames it knows: Tokayev alone is Kassym-Jomart
      // Tokayev, but Kemel Tokayev is someone else.
      if (options_.gazetteer != nullptr) FindNames();
      FindUnknownNames();
      if (options_.gazetteer != nullptr) FindSurnames();
    }
  }

  absl::StatusOr<std::optional<Xapian::Query>> ParseAll() {
    auto query = ParseOr();
    if (!query.ok()) return query.status();
    if (pos_ < lexemes_.size()) {
      return Error(lexemes_[pos_], lexemes_[pos_].kind == Kind::kClose
                                       ? "')' without a matching '('"
                                       : "unexpected '" + lexemes_[pos_].text + "'");
    }
    return query;
  }

 private:
  absl::Status Error(const Lexeme& at, std::string_view what) const {
    return absl::InvalidArgumentError(fmt::format("{} (at column {})", what, at.column + 1));
  }
  absl::Status ErrorAtEnd(std::string_view what) const {
    return absl::InvalidArgumentError(fmt::format("{} (at the end of the query)", what));
  }

  bool Peek(Kind kind) const { return pos_ < lexemes_.size() && lexemes_[pos_].kind == kind; }

  // Joins two optional operands; an operand with no words drops out.
  static std::optional<Xapian::Query> Join(Xapian::Query::op op, std::optional<Xapian::Query> a,
                                           std::optional<Xapian::Query> b) {
    if (!a) return b;
    if (!b) return op == Xapian::Query::OP_AND_NOT ? std::nullopt : a;
    return Xapian::Query(op, *a, *b);
  }

  absl::StatusOr<std::optional<Xapian::Query>> ParseBinary(
      Kind kind, Xapian::Query::op op,
      absl::StatusOr<std::optional<Xapian::Query>> (Parser::*next)()) {
    auto left = (this->*next)();
    if (!left.ok()) return left;
    while (Peek(kind)) {
      const Lexeme& op_lexeme = lexemes_[pos_++];
      Xapian::Query::op step = op;
      if (kind == Kind::kAnd && Peek(Kind::kNot)) {
        ++pos_;  // "a AND NOT b", one operator as in Xapian's QueryParser
        step = Xapian::Query::OP_AND_NOT;
      }
      if (pos_ >= lexemes_.size())
        return Error(op_lexeme, op_lexeme.text + " needs something after it");
      auto right = (this->*next)();
      if (!right.ok()) return right;
      if (step == Xapian::Query::OP_AND_NOT && !*left) {
        // "NOT x" alone: everything except x.
        left = std::optional<Xapian::Query>(Xapian::Query::MatchAll);
      }
      left = Join(step, *left, *right);
    }
    return left;
  }

  absl::StatusOr<std::optional<Xapian::Query>> ParseOr() {
    return ParseBinary(Kind::kOr, Xapian::Query::OP_OR, &Parser::ParseXor);
  }
  absl::StatusOr<std::optional<Xapian::Query>> ParseXor() {
    return ParseBinary(Kind::kXor, Xapian::Query::OP_XOR, &Parser::ParseAnd);
  }
  absl::StatusOr<std::optional<Xapian::Query>> ParseAnd() {
    return ParseBinary(Kind::kAnd, Xapian::Query::OP_AND, &Parser::ParseNot);
  }
  absl::StatusOr<std::optional<Xapian::Query>> ParseNot() {
    return ParseBinary(Kind::kNot, Xapian::Query::OP_AND_NOT, &Parser::ParseGroup);
  }

  static bool StartsItem(Kind kind) {
    return kind == Kind::kWord || kind == Kind::kPhrase || kind == Kind::kOpen ||
           kind == Kind::kLove || kind == Kind::kHate || kind == Kind::kField;
  }

  // Items side by side: + required, - excluded, the rest by the default
  // operator, filters applied to the whole.
  absl::StatusOr<std::optional<Xapian::Query>> ParseGroup() {
    std::vector<Xapian::Query> required;
    std::vector<Xapian::Query> optional;
    std::vector<Xapian::Query> optional_stopwords;
    std::vector<Xapian::Query> excluded;
    std::map<std::string, std::vector<Xapian::Query>> filters;
    bool any = false;
    while (pos_ < lexemes_.size() && StartsItem(lexemes_[pos_].kind)) {
      any = true;
      Kind modifier = Kind::kWord;
      if (Peek(Kind::kLove) || Peek(Kind::kHate)) modifier = lexemes_[pos_++].kind;
      auto item = ParseNearChain();
      if (!item.ok()) return item.status();
      if (!item->query) continue;
      if (!item->filter_field.empty() && modifier != Kind::kHate) {
        filters[item->filter_field].push_back(*item->query);
      } else if (modifier == Kind::kHate) {
        excluded.push_back(*item->query);
      } else if (modifier == Kind::kLove) {
        required.push_back(*item->query);
      } else if (item->stopword) {
        optional_stopwords.push_back(*item->query);
      } else {
        optional.push_back(*item->query);
      }
    }
    if (!any) {
      if (pos_ >= lexemes_.size()) return ErrorAtEnd("expected a word");
      return Error(lexemes_[pos_], "expected a word before '" + lexemes_[pos_].text + "'");
    }
    // Function words only count when the group has nothing else to score.
    if (optional.empty() && required.empty()) optional = std::move(optional_stopwords);
    std::optional<Xapian::Query> result;
    const auto default_op = options_.default_and ? Xapian::Query::OP_AND : Xapian::Query::OP_OR;
    if (!optional.empty()) result = Xapian::Query(default_op, optional.begin(), optional.end());
    if (!required.empty()) {
      Xapian::Query must(Xapian::Query::OP_AND, required.begin(), required.end());
      result = result ? Xapian::Query(Xapian::Query::OP_AND_MAYBE, must, *result) : must;
    }
    if (!filters.empty()) {
      std::vector<Xapian::Query> per_field;
      per_field.reserve(filters.size());
      for (auto& [field, values] : filters) {
        per_field.emplace_back(Xapian::Query::OP_OR, values.begin(), values.end());
      }
      Xapian::Query filter(Xapian::Query::OP_AND, per_field.begin(), per_field.end());
      result = result ? Xapian::Query(Xapian::Query::OP_FILTER, *result, filter)
                      : Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, filter, 0.0);
    }
    if (!excluded.empty()) {
      if (!result) result = Xapian::Query::MatchAll;
      result = Xapian::Query(Xapian::Query::OP_AND_NOT, *result,
                             Xapian::Query(Xapian::Query::OP_OR, excluded.begin(), excluded.end()));
    }
    return result;
  }

  // item (NEAR item)* or item (ADJ item)*
  absl::StatusOr<Item> ParseNearChain() {
    const std::size_t first = pos_;
    auto item = ParseItem();
    if (!item.ok() || !(Peek(Kind::kNear) || Peek(Kind::kAdj))) return item;
    const Kind op_kind = lexemes_[pos_].kind;
    unsigned window = lexemes_[pos_].window;
    std::vector<Xapian::Query> terms;
    auto take = [&](const Item& part, const Lexeme& at) -> absl::Status {
      const std::optional<Xapian::Query>& word = part.word_terms ? part.word_terms : part.query;
      if (!part.filter_field.empty() || !word ||
          (word->get_type() != Xapian::Query::LEAF_TERM &&
           word->get_type() != Xapian::Query::OP_SYNONYM)) {
        return Error(at, "NEAR and ADJ join single words");
      }
      if (word->get_type() == Xapian::Query::LEAF_TERM) {
        terms.push_back(*word);
        return absl::OkStatus();
      }
      // Xapian 1.4 NEAR and PHRASE take plain ORs of terms, not synonym groups.
      std::vector<Xapian::Query> candidates;
      for (std::size_t i = 0; i < word->get_num_subqueries(); ++i) {
        candidates.push_back(word->get_subquery(i));
      }
      terms.push_back(Combine(Xapian::Query::OP_OR, candidates));
      return absl::OkStatus();
    };
    if (auto status = take(*item, lexemes_[first]); !status.ok()) return status;
    while (Peek(op_kind)) {
      const Lexeme& op = lexemes_[pos_++];
      window = std::max(window, op.window);
      if (pos_ >= lexemes_.size()) return Error(op, op.text + " needs a word after it");
      const std::size_t at = pos_;
      auto next = ParseItem();
      if (!next.ok()) return next;
      if (auto status = take(*next, lexemes_[at]); !status.ok()) return status;
    }
    window = std::max<unsigned>(window, static_cast<unsigned>(terms.size()));
    Item chain;
    chain.query =
        Xapian::Query(op_kind == Kind::kNear ? Xapian::Query::OP_NEAR : Xapian::Query::OP_PHRASE,
                      terms.begin(), terms.end(), window);
    return chain;
  }

  absl::StatusOr<Item> ParseItem() {
    const Lexeme& lexeme = lexemes_[pos_++];
    switch (lexeme.kind) {
      case Kind::kOpen: {
        auto inner = ParseOr();
        if (!inner.ok()) return inner.status();
        if (!Peek(Kind::kClose)) return Error(lexeme, "'(' without a matching ')'");
        ++pos_;
        Item item;
        item.query = *inner;
        return item;
      }
      case Kind::kField:
        return ParseField(lexeme);
      case Kind::kWord: {
        if (LooksLikeDateRange(lexeme.text)) return DateFilter(lexeme, lexeme.text);
        const auto name = names_.find(pos_ - 1);
        if (name != names_.end()) return NameItem(name->second);
        return TextItem(lexeme.text, "");
      }
      case Kind::kPhrase:
        return TextItem(lexeme.text, "");
      default:
        return Error(lexeme, "unexpected '" + lexeme.text + "'");
    }
  }

  absl::StatusOr<Item> ParseField(const Lexeme& field) {
    if (pos_ >= lexemes_.size()) return Error(field, field.text + ": needs a value");
    const Lexeme& value = lexemes_[pos_];
    if (field.text == "title") {
      if (value.kind == Kind::kWord || value.kind == Kind::kPhrase) {
        ++pos_;
        return TextItem(value.text, schema::kTitlePrefix);
      }
      return Error(field, "title: needs a word or a \"phrase\"");
    }
    if (value.kind != Kind::kWord && value.kind != Kind::kPhrase) {
      return Error(field, field.text + ": needs a value");
    }
    ++pos_;
    if (field.text == "date") return DateFilter(value, value.text);
    Item item;
    item.filter_field = field.text;
    if (field.text == "lang") {
      item.query = Xapian::Query(LanguageFilterTerm(analyzer_, value.text));
    } else if (field.text == "source") {
      item.query = Xapian::Query(SourceFilterTerm(analyzer_, value.text));
    } else {  // id
      item.query = Xapian::Query(IdTerm(value.text));
    }
    return item;
  }

  absl::StatusOr<Item> DateFilter(const Lexeme& at, const std::string& text) {
    auto range = text.find("..") != std::string::npos
                     ? ParseDateRange(text)
                     : DateRangeQuery(text, text);  // date:2019 is the whole year
    if (!range.ok()) return Error(at, std::string(range.status().message()));
    Item item;
    item.filter_field = "date";
    item.query = *range;
    return item;
  }

  // Words of free text: one word is a synonym group of its candidate terms;
  // several words (a hyphenated compound, a quoted phrase) are a phrase.
  // A word's name keys; in a name, a capitalized common word's too.
  static const std::vector<std::string>& KeysOf(const Token& token, bool in_name) {
    return in_name && token.name_keys.empty() ? token.context_name_keys : token.name_keys;
  }

  // `slack`: words a phrase of several allows between its own. `in_name`:
  // the words are a name's, so a capitalized common word's keys count too
  // (Token::context_name_keys).
  absl::StatusOr<Item> TextItem(const std::string& text, std::string_view prefix,
                                bool explain = true, Xapian::termcount slack = 0,
                                bool in_name = false) {
    std::vector<std::vector<Xapian::Query>> words;
    std::vector<std::vector<Xapian::Query>> keys;  // each word's name keys
    std::vector<Xapian::Query> backoffs;           // of a lone word
    const std::vector<Token> tokens =
        analyzer_.Analyze(text, options_.language, AnalysisMode::kQuery);
    const bool lone_stopword = tokens.size() == 1 && tokens.front().stopword;
    for (const Token& token : tokens) {
      if (token.terms.empty()) continue;
      std::vector<Xapian::Query> candidates;
      for (const std::string& term : token.terms) {
        candidates.emplace_back(schema::Term(prefix, term), 1, token.position + 1);
        if (!lone_stopword &&
            std::find(highlights_.begin(), highlights_.end(), term) == highlights_.end()) {
          highlights_.push_back(term);
        }
      }
      std::vector<Xapian::Query> name_keys;
      if (!options_.exact) {
        for (const std::string& key : KeysOf(token, in_name)) {
          std::string term = schema::Term(schema::kNamePrefix, key);
          if (!lone_stopword &&
              std::find(highlights_.begin(), highlights_.end(), term) == highlights_.end()) {
            highlights_.push_back(term);
          }
          name_keys.emplace_back(std::move(term), 1, token.position + 1);
        }
      }
      keys.push_back(std::move(name_keys));
      if (explain) {
        std::string line = fmt::format("{}: {}", text.substr(token.begin, token.end - token.begin),
                                       fmt::join(token.terms, " "));
        if (!options_.exact && !KeysOf(token, in_name).empty()) {
          line +=
              fmt::format("; any spelling (name key {})", fmt::join(KeysOf(token, in_name), " "));
        }
        if (!token.backoff_prefix.empty()) {
          line += fmt::format("; words beginning {}", token.backoff_prefix);
        }
        explanations_.push_back(std::move(line));
      }
      words.push_back(candidates);
      if (!token.backoff_prefix.empty()) {
        const std::string wildcard = schema::Term(prefix, token.backoff_prefix);
        if (options_.vocabulary != nullptr) {
          const std::vector<std::string> expanded =
              MostFrequentWithPrefix(*options_.vocabulary, wildcard, kMaxBackoffTerms);
          if (!expanded.empty()) {
            backoffs.emplace_back(Xapian::Query::OP_SYNONYM, expanded.begin(), expanded.end());
          }
        } else {
          backoffs.emplace_back(Xapian::Query::OP_WILDCARD, wildcard, kMaxBackoffTerms,
                                Xapian::Query::WILDCARD_LIMIT_MOST_FREQUENT,
                                Xapian::Query::OP_SYNONYM);
        }
      }
    }
    Item item;
    if (words.empty()) return item;
    item.stopword = lone_stopword;
    if (words.size() == 1) {
      // One word: its candidates weigh as one term; its name keys (any
      // spelling of it) as another, worth less, so that the word as typed
      // keeps its own rarity and a document that spells it so ranks first;
      // and the words its Kazakh stem's prefix begins as a third.
      item.query = Combine(Xapian::Query::OP_SYNONYM, words.front());
      if (keys.front().empty() && backoffs.empty()) return item;
      std::vector<Xapian::Query> all = words.front();
      all.insert(all.end(), keys.front().begin(), keys.front().end());
      item.word_terms = Combine(Xapian::Query::OP_SYNONYM, all);
      if (!keys.front().empty()) {
        item.query = Xapian::Query(
            Xapian::Query::OP_OR, *item.query,
            Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT,
                          Combine(Xapian::Query::OP_SYNONYM, keys.front()), kNameKeyWeight));
        // A name's first reading, the one of its own script (Tokayev:
        // tokayev, not токаев), once more at a little weight: all else
        // equal, the query's own spelling first.
        if (words.front().size() > 1) {
          item.query = Xapian::Query(Xapian::Query::OP_OR, *item.query,
                                     Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT,
                                                   words.front().front(), kOwnSpellingWeight));
        }
      }
      if (!backoffs.empty()) {
        item.query = Xapian::Query(
            Xapian::Query::OP_OR, *item.query,
            Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT,
                          Combine(Xapian::Query::OP_SYNONYM, backoffs), kBackoffWeight));
      }
      return item;
    }
    // Xapian 1.4 phrases take plain ORs of terms, not synonym groups; a
    // word's name keys stand beside its terms.
    std::vector<Xapian::Query> positions;
    positions.reserve(words.size());
    for (std::size_t i = 0; i < words.size(); ++i) {
      std::vector<Xapian::Query> at = words[i];
      at.insert(at.end(), keys[i].begin(), keys[i].end());
      positions.push_back(Combine(Xapian::Query::OP_OR, at));
    }
    item.query = Xapian::Query(Xapian::Query::OP_PHRASE, positions.begin(), positions.end(),
                               static_cast<Xapian::termcount>(positions.size()) + slack);
    return item;
  }

  // A gazetteer name among the words: its words, a run of plain words side
  // by side, and the entity's.
  struct NameRun {
    std::size_t begin = 0;  // the run's first lexeme
    std::size_t end = 0;    // one past the run's last lexeme
    std::string text;       // the run's words, space-separated
    const GazetteerEntity* entity = nullptr;
    bool surname = false;  // the run is the entity's surname alone
  };
  static constexpr std::size_t kMaxNameWords = 6;

  // Marks every run of words that spells a gazetteer name, longest first.
  void FindNames() {
    std::size_t i = 0;
    while (i < lexemes_.size()) {
      std::size_t found_end = 0;
      if (IsPlainWord(i)) {
        std::size_t last = i;
        while (last < lexemes_.size() && last - i < kMaxNameWords &&
               lexemes_[last].kind == Kind::kWord) {
          ++last;
        }
        for (std::size_t end = last; end > i && found_end == 0; --end) {
          std::string text;
          for (std::size_t k = i; k < end; ++k) {
            if (k > i) text.push_back(' ');
            text.append(lexemes_[k].text);
          }
          if (const GazetteerEntity* entity = FindName(text, i, end)) {
            names_.emplace(i, NameRun{i, end, std::move(text), entity, false});
            found_end = end;
          }
        }
      }
      i = found_end != 0 ? found_end : i + 1;
    }
  }

  // Whether a lexeme is a plain word that may begin a gazetteer name.
  bool IsPlainWord(std::size_t i) const {
    return lexemes_[i].kind == Kind::kWord && (i == 0 || lexemes_[i - 1].kind != Kind::kField) &&
           !LooksLikeDateRange(lexemes_[i].text);
  }

  // Whether a plain word is written as a word of a name (a capital, and no
  // function word); `may_be_name` is set when it has name keys too (no
  // dictionary takes it for a common word: Halyk, not Bank).
  bool LooksLikeName(std::size_t i, bool& may_be_name) const {
    may_be_name = false;
    if (!IsPlainWord(i) || !StartsWithCapital(lexemes_[i].text)) return false;
    const std::vector<Token>& tokens = LexemeTokens(i);
    // Function words and initials (Ш. Уәлиханов) are not words of a name.
    if (tokens.empty() || std::any_of(tokens.begin(), tokens.end(), [](const Token& token) {
          return token.stopword || ToUtf32(token.text).size() < 2;
        })) {
      return false;
    }
    may_be_name = std::any_of(tokens.begin(), tokens.end(),
                              [](const Token& token) { return !token.name_keys.empty(); });
    return true;
  }

  // Marks every run of two or more words outside the gazetteer's names that
  // are written as names, one or more of which may be one (Kemel Tokayev,
  // Vladimir Kim, Halyk Finance): a name the gazetteer does not know,
  // matched as a unit so that it does not find whoever shares one of its
  // words.
  void FindUnknownNames() {
    std::size_t i = 0;
    while (i < lexemes_.size()) {
      std::size_t end = i;
      // Punctuation after a word ends the name (Мәрзия, Науан, Дәмелі).
      // Capitalized words, one or more of which may be a name, are a name
      // when they are the whole query (Halyk Finance); within a longer one
      // (a question, whose first word has a capital anyway) only words that
      // may each be a name are.
      std::size_t strict_end = i;
      bool all_names = true;
      bool any_name = false;
      for (bool name = false; end < lexemes_.size() && end - i < kMaxNameWords &&
                              names_.count(end) == 0 && LooksLikeName(end, name);) {
        any_name = any_name || name;
        all_names = all_names && name;
        ++end;
        if (all_names) strict_end = end;
        const std::string& text = lexemes_[end - 1].text;
        if (std::string_view(",;:.!?)»\"").find(text.back()) != std::string_view::npos) break;
      }
      if (!any_name || !QueryIsOnly(NameRun{i, end, "", nullptr, false})) end = strict_end;
      // A word that NEAR or ADJ joins stays a word of its own.
      const auto joined = [&](std::size_t k) {
        return k < lexemes_.size() &&
               (lexemes_[k].kind == Kind::kNear || lexemes_[k].kind == Kind::kAdj);
      };
      std::size_t start = i;
      if (start > 0 && joined(start - 1) && start < end) ++start;
      if (joined(end) && end > start) --end;
      if (end >= start + 2) {
        i = start;
        std::string text;
        for (std::size_t k = i; k < end; ++k) {
          if (k > i) text.push_back(' ');
          text.append(lexemes_[k].text);
        }
        names_.emplace(i, NameRun{i, end, std::move(text), nullptr, false});
        i = end;
      } else if (const auto known = names_.find(i); known != names_.end()) {
        i = known->second.end;
      } else {
        i = std::max(end, i + 1);
      }
    }
  }

  // The entity `text` names: by its spelling, but one word only when it is
  // written as the gazetteer writes it or may be a name (rider is a common
  // word, not a spelling of Ridder).
  // `text` is lexemes [first, end) joined.
  const GazetteerEntity* FindName(const std::string& text, std::size_t first,
                                  std::size_t end) const {
    if (end - first > 1) return options_.gazetteer->FindSpelling(text);
    if (const GazetteerEntity* entity = options_.gazetteer->Find(text)) return entity;
    if (IsInitials(text)) return options_.gazetteer->FindSpelling(text);  // СКО for СҚО
    return MayBeName(first) ? options_.gazetteer->FindSpelling(text) : nullptr;
  }

  // Whether lexeme `i` has name keys (no dictionary takes it for a common
  // word).
  bool MayBeName(std::size_t i) const {
    const std::vector<Token>& tokens = LexemeTokens(i);
    return std::any_of(tokens.begin(), tokens.end(),
                       [](const Token& token) { return !token.name_keys.empty(); });
  }

  // Lexeme `i` analysed in query mode, once: finding names asks of a word
  // several times.
  const std::vector<Token>& LexemeTokens(std::size_t i) const {
    if (lexeme_tokens_.size() < lexemes_.size()) lexeme_tokens_.resize(lexemes_.size());
    if (!lexeme_tokens_[i]) {
      lexeme_tokens_[i] =
          analyzer_.Analyze(lexemes_[i].text, options_.language, AnalysisMode::kQuery);
    }
    return *lexeme_tokens_[i];
  }

  // Marks every plain word outside the names found so far that spells the
  // surname of one person the gazetteer knows.
  void FindSurnames() {
    for (std::size_t i = 0; i < lexemes_.size(); ++i) {
      if (!IsPlainWord(i) || Covered(i) || !MayBeName(i)) continue;
      if (const GazetteerEntity* person = options_.gazetteer->FindSurname(lexemes_[i].text)) {
        names_.emplace(i, NameRun{i, i + 1, lexemes_[i].text, person, true});
      }
    }
  }

  // Whether lexeme `i` is inside a name found so far.
  bool Covered(std::size_t i) const {
    auto it = names_.upper_bound(i);
    if (it == names_.begin()) return false;
    --it;
    return i < it->second.end;
  }

  // A name the gazetteer knows: its words as typed, at full weight, or any
  // name of its entity (Astana: also Nur-Sultan, Akmola, Нұр-Сұлтан), each a
  // phrase, the entity's names together one synonym group at
  // kOtherNamesWeight. Only its own words join NEAR and ADJ.
  absl::StatusOr<Item> NameItem(const NameRun& run) {
    pos_ = run.end;
    auto unit = run.entity == nullptr ? UnknownNameItem(run) : KnownNameItem(run);
    if (!unit.ok() || !unit->query || QueryIsOnly(run)) return unit;
    // Within a longer query (a question about the person), its words count
    // one by one too, below the whole name: a document may name him by one
    // of them.
    std::vector<Xapian::Query> words;
    for (std::size_t k = run.begin; k < run.end; ++k) {
      auto word = TextItem(lexemes_[k].text, "", /*explain=*/false);
      if (!word.ok()) return word;
      if (word->query) words.push_back(*word->query);
    }
    if (!words.empty()) {
      unit->query = Xapian::Query(
          Xapian::Query::OP_OR, *unit->query,
          Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT,
                        Xapian::Query(Xapian::Query::OP_OR, words.begin(), words.end()),
                        kNameWordsWeight));
    }
    return unit;
  }

  // Whether the query has no words but the name's (filters aside).
  bool QueryIsOnly(const NameRun& run) const {
    for (std::size_t k = 0; k < lexemes_.size(); ++k) {
      if (k >= run.begin && k < run.end) continue;
      const bool text = lexemes_[k].kind == Kind::kWord || lexemes_[k].kind == Kind::kPhrase;
      if (text && (k == 0 || lexemes_[k - 1].kind != Kind::kField) &&
          !LooksLikeDateRange(lexemes_[k].text)) {
        return false;
      }
    }
    return true;
  }

  absl::StatusOr<Item> UnknownNameItem(const NameRun& run) {
    // Every word of it, any spelling of each, anywhere in the document
    // (Касым-Жомарт Кемелевич Токаев; Tokayev, Kassym-Jomart); the more
    // so in order, with room for one more between them.
    explanations_.push_back(fmt::format(
        "\"{}\" is a name the gazetteer does not know: all its words, best in order", run.text));
    std::vector<Xapian::Query> words;
    for (std::size_t k = run.begin; k < run.end; ++k) {
      auto word = TextItem(lexemes_[k].text, "", /*explain=*/true, /*slack=*/0, /*in_name=*/true);
      if (!word.ok()) return word;
      if (word->query) words.push_back(*word->query);
    }
    auto in_order = TextItem(run.text, "", /*explain=*/false, /*slack=*/1, /*in_name=*/true);
    if (!in_order.ok()) return in_order;
    Item item;
    if (words.empty()) return item;
    item.query = Xapian::Query(Xapian::Query::OP_AND, words.begin(), words.end());
    if (in_order->query) {
      item.query = Xapian::Query(Xapian::Query::OP_AND_MAYBE, *item.query, *in_order->query);
    }
    return item;
  }

  absl::StatusOr<Item> KnownNameItem(const NameRun& run) {
    auto own = TextItem(run.text, "", /*explain=*/true, /*slack=*/0, /*in_name=*/true);
    if (!own.ok() || !own->query) return own;
    std::vector<std::string> names;
    if (run.surname) {
      // A person's surname alone: the person's other surnames (Kunayev:
      // Қонаев), not the person's full names, which a document naming
      // him by surname does not hold.
      names = options_.gazetteer->Surnames(*run.entity);
      explanations_.push_back(fmt::format("\"{}\" is the surname of {} ({}): also {}", run.text,
                                          run.entity->id, run.entity->canonical,
                                          fmt::join(names, ", ")));
    } else {
      names = {run.entity->canonical};
      names.insert(names.end(), run.entity->aliases.begin(), run.entity->aliases.end());
      explanations_.push_back(fmt::format("\"{}\" is {} {} ({}): also {}", run.text,
                                          run.entity->type, run.entity->id, run.entity->canonical,
                                          fmt::join(run.entity->aliases, ", ")));
    }
    if (names.empty()) return own;
    std::vector<Xapian::Query> spellings;
    for (const std::string& name : names) {
      auto item = TextItem(name, "", /*explain=*/false);
      if (!item.ok()) return item;
      if (item->query) spellings.push_back(*item->query);
    }
    Item item;
    item.word_terms = own->word_terms ? own->word_terms : own->query;
    item.query = Xapian::Query(
        Xapian::Query::OP_OR, *own->query,
        Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, OtherNames(spellings), kOtherNamesWeight));
    return item;
  }

  // A gazetteer entity's other names as one synonym group, nested two by
  // two: Xapian 1.4 estimates a group's frequency from a tree it shapes by
  // each shard's own sizes, so a flat group of many names scored a little
  // differently in each layout; a pair's estimate is the same either way.
  static Xapian::Query OtherNames(const std::vector<Xapian::Query>& names) {
    Xapian::Query group = names.back();
    for (auto name = names.rbegin() + 1; name != names.rend(); ++name) {
      group = Xapian::Query(Xapian::Query::OP_SYNONYM, *name, group);
    }
    return group;
  }

  static Xapian::Query Combine(Xapian::Query::op op, const std::vector<Xapian::Query>& terms) {
    return terms.size() == 1 ? terms.front() : Xapian::Query(op, terms.begin(), terms.end());
  }

  const Analyzer& analyzer_;
  const QueryOptions& options_;
  std::vector<Lexeme> lexemes_;
  std::vector<std::string>& highlights_;
  std::vector<std::string>& explanations_;
  std::size_t pos_ = 0;
  std::map<std::size_t, NameRun> names_;  // by the index of the run's first lexeme
  mutable std::vector<std::optional<std::vector<Token>>> lexeme_tokens_;  // LexemeTokens()
};

}  // namespace

absl::StatusOr<ParsedQuery> QueryParser::Parse(std::string_view query) const {
  ParsedQuery parsed;
  std::vector<Lexeme> lexemes = LexQuery(query);
  if (lexemes.empty()) return absl::InvalidArgumentError("empty query");
  Parser parser(analyzer_, options_, std::move(lexemes), parsed.highlight_terms,
                parsed.explanations);
  absl::StatusOr<std::optional<Xapian::Query>> result;
  try {
    result = parser.ParseAll();
  } catch (const Xapian::Error& e) {
    return absl::InvalidArgumentError(e.get_msg());
  }
  if (!result.ok()) return result.status();
  if (!*result) return absl::InvalidArgumentError("the query has no words to search for");
  parsed.query = **result;
  return parsed;
}

}  // namespace steppe
