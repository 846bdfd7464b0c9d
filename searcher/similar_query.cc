#include "searcher/similar_query.h"

#include <string>
#include <vector>

#include <fmt/format.h>

#include "tokenizers/document_id.h"
#include "tokenizers/index_schema.h"

namespace steppe {
namespace {

// Words' terms (no prefix), or name keys: not titles' copies of words,
// nor ids, languages or sources.
class TermsOfKind : public Xapian::ExpandDecider {
 public:
  explicit TermsOfKind(bool names) : names_(names) {}
  bool operator()(const std::string& term) const override {
    if (term.empty()) return false;
    const char first = term.front();
    const bool prefixed = first >= 'A' && first <= 'Z';
    return names_ ? prefixed && term.starts_with(schema::kNamePrefix) : !prefixed;
  }

 private:
  bool names_;
};

}  // namespace

absl::StatusOr<ParsedQuery> SimilarQuery(const Xapian::Database& db, std::string_view id,
                                         Xapian::termcount terms) {
  const std::string id_term = IdTerm(id);
  const Xapian::PostingIterator found = db.postlist_begin(id_term);
  if (found == db.postlist_end(id_term)) {
    return absl::NotFoundError(fmt::format("no article has the id '{}'", id));
  }
  Xapian::RSet relevant;
  relevant.add_document(*found);
  Xapian::Enquire enquire(db);
  enquire.set_query(Xapian::Query(id_term));
  // Bo1 (divergence from randomness) rather than the default TradEWeight,
  // which with one article picks its commonest words.
  enquire.set_expansion_scheme("bo1");
  ParsedQuery parsed;
  std::vector<Xapian::Query> queries;
  // Its words, then its names apart: name keys are the same in every
  // language, so they find the article's other language editions, and
  // they would not outrank its words in one list.
  const Xapian::termcount names = terms / 3;
  for (const bool of_names : {false, true}) {
    const TermsOfKind decider(of_names);
    const Xapian::ESet expansion =
        enquire.get_eset(of_names ? names : terms - names, relevant, &decider);
    for (auto it = expansion.begin(); it != expansion.end(); ++it) {
      queries.emplace_back(*it);
      parsed.highlight_terms.push_back(*it);
    }
  }
  if (queries.empty()) {
    return absl::FailedPreconditionError(
        fmt::format("the article '{}' has no words to find others by", id));
  }
  parsed.query = Xapian::Query(Xapian::Query::OP_AND_NOT,
                               Xapian::Query(Xapian::Query::OP_OR, queries.begin(), queries.end()),
                               Xapian::Query(id_term));
  parsed.explanations.push_back(
      fmt::format("similar to {}: {}", id, fmt::join(parsed.highlight_terms, " ")));
  return parsed;
}

}  // namespace steppe
