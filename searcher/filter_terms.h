// Filter terms: the boolean terms a language or source filter looks up,
// whether it comes from an option (--lang, --source) or from the query
// (lang:, source:).
//
// Contract: a language known to steppe is looked up by its code, so
// "Russian", "rus" and "ru" all find Lru; any other value by its folded
// self. A source is folded the way the indexer folds it.
#ifndef STEPPE_SEARCHER_FILTER_TERMS_H_
#define STEPPE_SEARCHER_FILTER_TERMS_H_

#include <string>
#include <string_view>

#include "tokenizers/analyzer.h"
#include "tokenizers/index_schema.h"

namespace steppe {

inline std::string LanguageFilterTerm(const Analyzer& analyzer, std::string_view value) {
  const Language language = ParseLanguage(value);
  return schema::Term(schema::kLangPrefix, language != Language::kUnknown
                                               ? std::string(LanguageCode(language))
                                               : analyzer.Fold(value));
}

inline std::string SourceFilterTerm(const Analyzer& analyzer, std::string_view value) {
  return schema::Term(schema::kSourcePrefix, analyzer.Fold(value));
}

}  // namespace steppe

#endif  // STEPPE_SEARCHER_FILTER_TERMS_H_
