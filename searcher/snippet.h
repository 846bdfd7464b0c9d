// MakeSnippet: the passage of a document that best shows why it matched,
// with the matched words marked.
//
// Contract: the text is analysed as the indexer analysed it (same language),
// and a word is a match when one of its terms or name keys (N-prefixed) is
// among the query's highlight terms; this also finds variant, stemmed and
// other-spelling matches (Тоқаевтың for Tokayev) that Xapian's own
// MSet::snippet cannot. `matched` lists the document's own spellings of
// every match in the whole text, each once, in order of first appearance. The passage is the window
// of about `max_words` words holding the most distinct matched terms (earliest on ties), cut at
// word boundaries, with "…" where text was left out. Without any match it is the start of the text.
// Highlights are byte ranges into the returned text. The text is analysed
// once, word by word, without Tokens (Analyzer::ForEachIndexWord): a word
// seen before costs two hash lookups.
#ifndef STEPPE_SEARCHER_SNIPPET_H_
#define STEPPE_SEARCHER_SNIPPET_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "searcher/highlight_terms.h"
#include "tokenizers/analyzer.h"

namespace steppe {

struct Snippet {
  std::string text;
  std::vector<std::pair<std::size_t, std::size_t>> highlights;  // [begin, end)
  std::vector<std::string> matched;                             // words as written
};

Snippet MakeSnippet(const Analyzer& analyzer, std::string_view text, Language language,
                    const HighlightTerms& highlight_terms, std::size_t max_words = 30);

Snippet MakeSnippet(const Analyzer& analyzer, std::string_view text, Language language,
                    const std::vector<std::string>& highlight_terms, std::size_t max_words = 30);

}  // namespace steppe

#endif  // STEPPE_SEARCHER_SNIPPET_H_
