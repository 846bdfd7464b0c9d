// LanguageGuesser: decides a text's language from its letters.
//
// Contract: counts letters by script over at most the first kSampleBytes of
// the text. Cyrillic text is Kazakh when letters that only Kazakh uses (ә ғ қ
// ң ө ұ ү һ і) make up a clear share of it, Russian otherwise. Latin text is
// Kazakh when the letters of the Kazakh Latin alphabets (q, á ǵ ı ń ó ú ý of
// 2018, ä ğ ñ ö ş ū ü of 2021, apostrophe digraphs of 2017) are frequent, as
// they never are in English; English otherwise. Text with too few letters is
// kUnknown. A record's own language field, when present, takes precedence
// over this guess (the indexer decides that).
#ifndef STEPPE_TOKENIZERS_LANGUAGE_GUESSER_H_
#define STEPPE_TOKENIZERS_LANGUAGE_GUESSER_H_

#include <cstddef>
#include <string_view>

#include "tokenizers/language.h"

namespace steppe {

class LanguageGuesser {
 public:
  static constexpr std::size_t kSampleBytes = 4096;
  static constexpr int kMinLetters = 8;

  Language Guess(std::string_view text) const;
};

}  // namespace steppe

#endif  // STEPPE_TOKENIZERS_LANGUAGE_GUESSER_H_
