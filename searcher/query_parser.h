// QueryParser: steppe's query language to a Xapian::Query, analysing every
// word with the same Analyzer the indexer used.
//
// Contract: the syntax of Xapian's QueryParser (see query_lexer.h) with
// precedence OR < AND < NOT (a OR b AND c = a OR (b AND c)); items side by
// side are joined by the default operator (OR, or AND when asked), +item is
// required and -item excluded. Lone function words (stopwords) are left out
// of a group that has other words to score; phrases keep them. A word is
// analysed in query mode: when its language is unknown every candidate term
// is looked up, as one synonym group. A word that splits into several
// (Nur-Sultan, Алма-Ата) and a "quoted phrase" become phrase queries.
// Names, unless `exact`: a word that may be a name also looks up its name
// keys (any spelling) at a quarter of its weight, and its reading in its
// own script a little more; a run of words that spells a gazetteer name is
// a phrase ORed with the entity's other names; capitalized words side by
// side that may be a name the gazetteer does not know need all their words
// (best in order); a lone surname of one gazetteer person also looks up the
// person's other surnames; in a query that says more than the name, the
// name's words also count one by one. `explanations` says what each word
// and name became (--explain). title: searches titles; lang:,
// source:, id:, date: and bare date ranges (2019-06-01..2019-06-30) filter
// without changing scores. Malformed queries (a dangling operator, an
// unbalanced parenthesis, a bad date) are InvalidArgument errors that say
// where.
#ifndef STEPPE_SEARCHER_QUERY_PARSER_H_
#define STEPPE_SEARCHER_QUERY_PARSER_H_

#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

#include "absl/status/statusor.h"
#include "tokenizers/analyzer.h"
#include "tokenizers/gazetteer.h"

namespace steppe {

struct QueryOptions {
  Language language = Language::kUnknown;  // the query's language when known
  bool default_and = false;                // join bare items with AND, not OR
  // Names it knows are matched as units, through all their names (none:
  // words only). Not owned.
  const Gazetteer* gazetteer = nullptr;
  bool exact = false;  // names only as written: no gazetteer names
  // The database searched: a Kazakh back-off prefix is expanded here to the
  // most frequent words of all its shards that begin so, one list for the
  // whole corpus, so that every layout of it (one database, local shards,
  // remote ones) gets the same query. None: Xapian expands the prefix in
  // each shard on its own. Not owned.
  const Xapian::Database* vocabulary = nullptr;
};

struct ParsedQuery {
  Xapian::Query query;
  // Terms the query looks for, to highlight in snippets: unprefixed, and
  // name keys (N-prefixed).
  std::vector<std::string> highlight_terms;
  // What the query was expanded to, a line per word or name: its terms,
  // its name keys, its back-off prefix, a gazetteer entity's other names.
  std::vector<std::string> explanations;
};

class QueryParser {
 public:
  QueryParser(const Analyzer& analyzer, QueryOptions options)
      : analyzer_(analyzer), options_(options) {}

  absl::StatusOr<ParsedQuery> Parse(std::string_view query) const;

 private:
  const Analyzer& analyzer_;
  QueryOptions options_;
};

}  // namespace steppe

#endif  // STEPPE_SEARCHER_QUERY_PARSER_H_
