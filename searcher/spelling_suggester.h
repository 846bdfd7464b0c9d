// SpellingSuggester: "did you mean" from the corpus's own vocabulary.
//
// Contract: Suggest(query) looks at each plain word of the query (not a
// field's value, not inside a phrase) that the index knows in no form: none
// of its terms nor its name keys is in any document, so no spelling or
// inflection of it matched. For each such word of three letters or more it
// picks the index term closest to the word as folded (edit distance over
// letters, at most 1 for words of up to five letters and 2 beyond, to the
// word or, as terms are stems, one more to its beginning with an ending of
// up to four letters left over; terms of the same first letter; the commonest of
// equals) and replaces the word by the spelling of that term, closest to
// the word, that articles have (the word at the term's first position in
// each of the first articles that have it; one in the word's own script
// if any), lower-cased when the query's word was. nullopt when no word needed
// or found a correction. Reads only terms, positions and stored articles,
// so it works alike over local, sharded and remote databases (Xapian's
// spelling table, which remote databases lack, is not used). A query
// without unknown words costs a frequency lookup per term.
#ifndef STEPPE_SEARCHER_SPELLING_SUGGESTER_H_
#define STEPPE_SEARCHER_SPELLING_SUGGESTER_H_

#include <optional>
#include <string>
#include <string_view>

#include <xapian.h>

#include "tokenizers/analyzer.h"
#include "tokenizers/segmenter.h"

namespace steppe {

class SpellingSuggester {
 public:
  SpellingSuggester(const Xapian::Database& db, const Analyzer& analyzer)
      : db_(db), analyzer_(analyzer) {}

  std::optional<std::string> Suggest(std::string_view query) const;

  // The edit distance (insertions, deletions, substitutions and swaps of
  // two neighbours) between two strings of code points, or limit + 1 when
  // over `limit`.
  static std::size_t Distance(std::u32string_view a, std::u32string_view b, std::size_t limit);
  // The least Distance between `term` and the word or, for a term of
  // kMinStem letters or more, one more than that to a beginning of it that
  // leaves an ending of up to kMaxEnding letters.
  static std::size_t StemDistance(std::u32string_view word, std::u32string_view term,
                                  std::size_t limit);

 private:
  static constexpr std::size_t kMaxEnding = 4;
  static constexpr std::size_t kMinStem = 5;
  static constexpr std::size_t kArticlesLooked = 10;

  // The closest index term to the folded word, nullopt when none is close
  // enough.
  std::optional<std::string> Closest(std::u32string_view word) const;
  // The spelling of `term` closest to `word` that articles have, or "".
  std::string SpellingOf(const std::string& term, std::u32string_view word) const;

  const Xapian::Database& db_;
  const Analyzer& analyzer_;
  Segmenter segmenter_;
};

}  // namespace steppe

#endif  // STEPPE_SEARCHER_SPELLING_SUGGESTER_H_
