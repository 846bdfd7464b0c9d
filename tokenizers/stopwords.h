// Stopwords: the function words of English, Russian and Kazakh that carry
// no topic, from lists we wrote (corpora/lexicon/stopwords-*.lst, compiled
// in).
//
// Contract: Contains takes a folded word (the text of a token after the
// filters) and tells whether it is a stopword of `language`, or of any of
// the three when the language is unknown. Latin-script Kazakh is looked up
// through its Cyrillic form. The index keeps every word (phrases need
// them); the query side leaves stopwords out of free text only (see
// searcher/query_parser.h).
#ifndef STEPPE_TOKENIZERS_STOPWORDS_H_
#define STEPPE_TOKENIZERS_STOPWORDS_H_

#include <string>
#include <string_view>
#include <unordered_set>

#include "tokenizers/language.h"

namespace steppe {

class Stopwords {
 public:
  Stopwords();

  bool Contains(std::string_view word, Language language) const;

 private:
  std::unordered_set<std::string> english_;
  std::unordered_set<std::string> russian_;
  std::unordered_set<std::string> kazakh_;
};

}  // namespace steppe

#endif  // STEPPE_TOKENIZERS_STOPWORDS_H_
