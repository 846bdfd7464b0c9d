// Stemmers: the last analysis stage, turning a folded word into its terms.
//
// Contract: at index time a word yields exactly one term, chosen by the
// word's script and the document's language: Snowball english for Latin
// words of non-Kazakh documents, Snowball russian for Cyrillic words of
// non-Kazakh documents, the folded word itself otherwise (numbers, other
// scripts, Kazakh until it has a stemmer of its own). At query time a word
// of a known language yields that same term; a word whose language is unknown
// yields every plausible term (stemmed and unstemmed), to be ORed, so the
// query meets the document whichever way it was analysed.
#ifndef STEPPE_TOKENIZERS_STEMMERS_H_
#define STEPPE_TOKENIZERS_STEMMERS_H_

#include <string>
#include <vector>

#include <xapian.h>

#include "tokenizers/language.h"
#include "tokenizers/token.h"

namespace steppe {

enum class AnalysisMode { kIndex, kQuery };

class Stemmers {
 public:
  Stemmers();

  std::string IndexTerm(const Token& token, Language language) const;
  std::vector<std::string> QueryTerms(const Token& token, Language language) const;

  // The stemmer that IndexTerm applies, or nullptr when the word stays as it is.
  const Xapian::Stem* StemmerFor(Script script, Language language) const;

 private:
  Xapian::Stem english_;
  Xapian::Stem russian_;
};

}  // namespace steppe

#endif  // STEPPE_TOKENIZERS_STEMMERS_H_
