// MakeSnippet: the passage of a document that best shows why it matched,
// with the matched words marked.
//
// Contract: the text's words are numbered from `first_position` as the
// indexer numbered them (Segmenter positions: the title's from 1, the
// body's after the title and schema::kTitleBodyGap), and a word is a match
// when `matches` (in position order, HighlightTerms::Positions) has its
// position: so variant, stemmed and other-spelling matches (Тоқаевтың for
// Tokayev), which Xapian's own MSet::snippet cannot find, are marked, and
// the text is only segmented, not analysed. `matched` lists the document's
// own spellings of every match in the whole text, each once, in order of
// first appearance. The passage is the window of about `max_words` words
// holding the most distinct matched terms (earliest on ties), cut at word
// boundaries, with "…" where text was left out. Without any match it is the
// start of the text. Highlights are byte ranges into the returned text;
// `next_position` is the position after the text's last word.
#ifndef STEPPE_SEARCHER_SNIPPET_H_
#define STEPPE_SEARCHER_SNIPPET_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <cstdint>
#include <span>

#include "searcher/highlight_terms.h"
#include "tokenizers/segmenter.h"

namespace steppe {

struct Snippet {
  std::string text;
  std::vector<std::pair<std::size_t, std::size_t>> highlights;  // [begin, end)
  std::vector<std::string> matched;                             // words as written
  std::uint32_t next_position = 0;
};

Snippet MakeSnippet(const Segmenter& segmenter, std::string_view text, std::uint32_t first_position,
                    std::span<const PositionMatch> matches, std::size_t max_words = 30);

}  // namespace steppe

#endif  // STEPPE_SEARCHER_SNIPPET_H_
