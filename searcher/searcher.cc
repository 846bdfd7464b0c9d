#include "searcher/searcher.h"

#include <algorithm>
#include <optional>
#include <utility>

#include <fmt/format.h>

#include "searcher/date_range.h"
#include "searcher/filter_terms.h"
#include "searcher/highlight_terms.h"
#include "searcher/query_parser.h"
#include "searcher/similar_query.h"
#include "searcher/spelling_suggester.h"
#include "searcher/stored_document.h"
#include "tokenizers/index_schema.h"

namespace steppe {
namespace {

// How many matches Xapian counts exactly before it estimates.
constexpr Xapian::doccount kCheckAtLeast = 1000;

// Query-term weighting (k3) stays Xapian's; k2 (a document-length
// correction of its own) stays off.
Xapian::BM25Weight Weighting(const Bm25Parameters& bm25) {
  constexpr double k2 = 0.0, k3 = 1.0, min_normlen = 0.5;
  return Xapian::BM25Weight(bm25.k1, k2, k3, bm25.b, min_normlen);
}

absl::StatusOr<std::optional<Xapian::Query>> FilterQuery(const SearchRequest& request,
                                                         const Analyzer& analyzer) {
  std::vector<Xapian::Query> filters;
  if (!request.languages.empty()) {
    std::vector<Xapian::Query> any;
    for (const std::string& code : request.languages) {
      any.emplace_back(LanguageFilterTerm(analyzer, code));
    }
    filters.emplace_back(Xapian::Query::OP_OR, any.begin(), any.end());
  }
  if (!request.sources.empty()) {
    std::vector<Xapian::Query> any;
    for (const std::string& source : request.sources) {
      any.emplace_back(SourceFilterTerm(analyzer, source));
    }
    filters.emplace_back(Xapian::Query::OP_OR, any.begin(), any.end());
  }
  if (!request.since.empty() || !request.until.empty()) {
    auto range = DateRangeQuery(request.since, request.until);
    if (!range.ok()) return range.status();
    filters.push_back(*range);
  }
  if (filters.empty()) return std::optional<Xapian::Query>();
  return std::optional<Xapian::Query>(
      Xapian::Query(Xapian::Query::OP_AND, filters.begin(), filters.end()));
}

}  // namespace

absl::StatusOr<SearchResult> Searcher::Search(const SearchRequest& request) const {
  // An indexer committing while a search reads may replace blocks it was
  // reading: reopen at the new commit and search again.
  for (int attempt = 1;; ++attempt) {
    try {
      return SearchOnce(request);
    } catch (const Xapian::DatabaseModifiedError& e) {
      if (attempt == kSearchAttempts) {
        return absl::UnavailableError(fmt::format(
            "the database changed {} times during the search: {}", attempt, e.get_msg()));
      }
      databases_.Reopen();
    }
  }
}

absl::StatusOr<SearchResult> Searcher::SearchOnce(const SearchRequest& request) const {
  QueryOptions options;
  options.default_and = request.all_words;
  options.gazetteer = gazetteer_;
  options.exact = request.exact;
  options.vocabulary = &databases_.database();
  if (request.query_language == "auto") {
    options.language = analyzer_.GuessLanguage(request.query);
  } else if (!request.query_language.empty() && request.query_language != "any") {
    options.language = ParseLanguage(request.query_language);
    if (options.language == Language::kUnknown) {
      return absl::InvalidArgumentError(fmt::format(
          "unknown query language '{}' (use en, ru, kk, auto or any)", request.query_language));
    }
  } else if (request.languages.size() == 1) {
    options.language = ParseLanguage(request.languages.front());
  }
  QueryParser parser(analyzer_, options);
  absl::StatusOr<ParsedQuery> parsed;
  try {
    parsed = request.similar_to.empty() ? parser.Parse(request.query)
                                        : SimilarQuery(databases_.database(), request.similar_to);
  } catch (const Xapian::DatabaseModifiedError&) {
    throw;  // Search() reopens and tries again
  } catch (const Xapian::Error& e) {
    return absl::InternalError(fmt::format("search failed: {}", e.get_description()));
  }
  if (!parsed.ok()) return parsed.status();
  auto filter = FilterQuery(request, analyzer_);
  if (!filter.ok()) return filter.status();
  Xapian::Query query = parsed->query;
  if (*filter) query = Xapian::Query(Xapian::Query::OP_FILTER, query, **filter);

  SearchResult result;
  if (request.similar_to.empty() && request.limit > 0) {
    try {
      result.did_you_mean =
          SpellingSuggester(databases_.database(), analyzer_).Suggest(request.query);
    } catch (const Xapian::DatabaseModifiedError&) {
      throw;  // Search() reopens and tries again
    } catch (const Xapian::Error& e) {
      return absl::InternalError(fmt::format("search failed: {}", e.get_description()));
    }
  }
  result.query_description = query.get_description();
  result.expansions = parsed->explanations;
  try {
    Xapian::Enquire enquire(databases_.database());
    enquire.set_query(query);
    const Xapian::doccount everything = databases_.database().get_doccount();
    std::optional<FacetCounter> facets;
    if (request.facets) facets.emplace(enquire);
    if (request.limit == 0) {
      // A count, exact: Xapian asked for no hits has no weight to prune
      // by, so it sees every match anyway, and its lower bound is then the
      // count. Weights do not change what matches: CoordWeight's are the
      // cheapest (no document lengths) that keep Xapian's plan for a
      // weighted query (under BoolWeight `lang:en Kazakhstan` takes 15
      // times as long).
      enquire.set_weighting_scheme(Xapian::CoordWeight());
      const Xapian::MSet mset = enquire.get_mset(0, 0, everything);
      result.matches_estimated = result.matches_lower = result.matches_upper =
          mset.get_matches_lower_bound();
      if (facets) result.facets = facets->Collect();
      return result;
    }
    enquire.set_weighting_scheme(Weighting(request.bm25));
    if (request.collapse) enquire.set_collapse_key(schema::kStorySlot);
    if (request.sort == SortOrder::kDate) {
      enquire.set_sort_by_value_then_relevance(schema::kDateSlot, true);
    }
    // Facets count every match, so Xapian must look at them all.
    const Xapian::MSet mset = enquire.get_mset(
        request.offset, request.limit,
        facets ? everything : std::max(kCheckAtLeast, request.offset + request.limit));
    if (facets) result.facets = facets->Collect();
    result.matches_estimated = mset.get_matches_estimated();
    result.matches_lower = mset.get_matches_lower_bound();
    result.matches_upper = mset.get_matches_upper_bound();
    const HighlightTerms highlight_terms(std::move(parsed->highlight_terms));
    StoredDocumentReader reader;
    for (auto it = mset.begin(); it != mset.end(); ++it) {
      Hit hit;
      hit.rank = it.get_rank() + 1;
      hit.docid = *it;
      hit.score = it.get_weight();
      hit.percent = it.get_percent();
      hit.similar = request.collapse ? it.get_collapse_count() : 0;
      hit.db = databases_.DatabaseOf(*it);
      const Xapian::Document document = it.get_document();
      absl::StatusOr<StoredDocument> stored = reader.Read(document.get_data());
      if (!stored.ok()) {
        return absl::DataLossError(fmt::format("{}: document {}: {}", hit.db, *it,
                                               std::string(stored.status().message())));
      }
      hit.id = std::move(stored->id);
      hit.title = std::move(stored->title);
      hit.date = std::move(stored->date);
      hit.lang = std::move(stored->lang);
      hit.source = std::move(stored->source);
      hit.url = std::move(stored->url);
      // Numbered as the indexer numbered them: the title's words from 1,
      // the body's after a gap. Served databases: from the text, not a
      // round trip per position list.
      const std::vector<PositionMatch> matches =
          databases_.served() ? highlight_terms.AnalysedPositions(
                                    analyzer_, hit.title, stored->text, ParseLanguage(hit.lang))
                              : highlight_terms.Positions(databases_.database(), *it);
      hit.title_marked = MakeSnippet(segmenter_, hit.title, 1, matches, 1000);
      hit.snippet = MakeSnippet(segmenter_, stored->text,
                                hit.title_marked.next_position + schema::kTitleBodyGap, matches);
      result.hits.push_back(std::move(hit));
    }
  } catch (const Xapian::DatabaseModifiedError&) {
    throw;  // Search() reopens and tries again
  } catch (const Xapian::Error& e) {
    return absl::InternalError(fmt::format("search failed: {}", e.get_description()));
  }
  return result;
}

}  // namespace steppe
