// KazakhStemmer: the stem of a Kazakh word form, for search.
//
// Contract: `word` is case-folded Kazakh in Cyrillic or in any Latin
// alphabet (2017 apostrophes, 2018 acute accents, 2021 ä ğ ñ ö ş ū ü ı);
// Latin is converted to Cyrillic first (kazakh_latin.h), so Toqaevtyń and
// Тоқаевтың get the same stem, in Cyrillic (ё and э are folded to е).
// Suffixes are stripped from the end following Kazakh morphotactics
// (predicative < case < possessive < plural, verbal and common derivational
// suffixes; kazakh_suffixes.h) with vowel harmony and the б/п, г/к, ғ/қ
// alternations. The lexicon (hunspell-kk's word list plus our own list;
// kazakh_lexicon.h) picks the reading: among those whose root it knows, the
// one whose suffixes weigh most, so common inflection is stripped but
// short endings that more often end a stem are not (адам is no ада + -м);
// passive, reflexive and reciprocal voice is undone on known verbs
// (жасалды -> жаса). A word with no known root loses only its plural,
// possessive and case endings, down to a root of two syllables or four
// letters, and a final ы/і after a consonant, which may be a possessive
// (Тоқаевы and Тоқаевтың meet; so do Х-ы and Х-ының of an unknown Х-ы).
// A hyphenated word is stemmed on its last part. Words with digits come
// back unchanged, words without a vowel only converted to Cyrillic. Not
// thread-safe (it caches); one per Analyzer.
#ifndef STEPPE_TOKENIZERS_KAZAKH_STEMMER_H_
#define STEPPE_TOKENIZERS_KAZAKH_STEMMER_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"

namespace steppe {

class KazakhStemmer {
 public:
  // `hunspell_dic`: path of hunspell-kk's kk_KZ.dic; an error if unreadable.
  // `snapshot`: the lexicon's, for KazakhLexicon::Load, or empty; it must
  // outlive the stemmer.
  static absl::StatusOr<std::unique_ptr<KazakhStemmer>> Create(const std::string& hunspell_dic,
                                                               std::string_view snapshot = {});
  virtual ~KazakhStemmer() = default;

  virtual std::string Stem(std::string_view word) const = 0;
  // Whether a stem Stem() gave is a word the lexicon lists (a nominal root
  // or a verb stem), so likely a common word. hunspell-kk and our list have
  // some names too, in lower case (алматы, назарбаев, қарағанды): the
  // caller must know them.
  virtual bool IsCommonStem(std::string_view stem) const = 0;
  // Makes each of `names` (folded, Cyrillic, one word each: a gazetteer's
  // Қарағанды, Ақорда, Қашаған) a root, as hunspell-kk's are, that is never
  // stripped itself,
  // so the name is not read as an inflected word (қара + -ған + -ды) and
  // its own inflected forms (Қарағандыда) come back to it.
  virtual void AddNames(const std::vector<std::string>& names) = 0;
};

}  // namespace steppe

#endif  // STEPPE_TOKENIZERS_KAZAKH_STEMMER_H_
