// SimilarQuery: "more like this": the query for the articles most like one
// article of the index, by Xapian's query expansion (Enquire::get_eset)
// over that article alone.
//
// Contract: `id` is an article's id (as --json prints it); an error when
// no article has it. The query is the OR of the `terms` terms that best
// tell the article from the rest of the collection, among its words' terms
// and its name keys (so an article about Тоқаев finds those that spell him
// Tokayev), minus the article itself; its highlight terms are those terms,
// and its explanation lists them. Works alike over local, sharded and
// remote databases.
#ifndef STEPPE_SEARCHER_SIMILAR_QUERY_H_
#define STEPPE_SEARCHER_SIMILAR_QUERY_H_

#include <string_view>

#include <xapian.h>

#include "absl/status/statusor.h"
#include "searcher/query_parser.h"

namespace steppe {

inline constexpr Xapian::termcount kSimilarTerms = 30;

absl::StatusOr<ParsedQuery> SimilarQuery(const Xapian::Database& db, std::string_view id,
                                         Xapian::termcount terms = kSimilarTerms);

}  // namespace steppe

#endif  // STEPPE_SEARCHER_SIMILAR_QUERY_H_
