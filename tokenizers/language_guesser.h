// LanguageGuesser: decides a text's language, and its script, from its words.
//
// Contract: reads at most the first kSampleBytes of the text, once, word by
// word, and stops earlier when the evidence is already overwhelming (long
// texts are mostly decided within their first kilobyte). Words that touch
// code or addresses (a neighbouring . / \ @ # _ = < { + & or digit, as in
// URLs, e-mail, JavaScript) count for the script only. The script whose
// prose words hold more letters, evidence weighing extra, decides between
// Cyrillic (Russian or Kazakh) and Latin (English or Kazakh). Within that
// script every word adds evidence for one side:
//   - Kazakh-only letters: ә ғ қ ң ө ұ ү һ і in Cyrillic (also a Latin i, ə
//     or ɵ typed inside a Cyrillic word); in Latin q not followed by u, the
//     2018 letters á ǵ ı ń ó ú ý, the 2021 letters ä ğ ñ ö ş ū ü (also as
//     combining accents) and the 2017 apostrophe digraphs (a' g' n' o' u'
//     i' s' c' y', not English clitics such as 's 't 'll). Strong in a
//     lower-case word, weak in a capitalised one, since names such as Тоқаев
//     in Russian or Toqaev, Iraq, Durán in English carry them too; a Latin
//     word with a letter of neither alphabet (é, č, ß) is foreign, not Kazakh;
//   - a marker word: the very frequent function words listed in
//     corpora/lexicon/langid-{en,ru,kk-cyrl,kk-latn}.txt (the, of, and; и,
//     в, что; мен, деп, осы; jáne, dep, úshin), weaker when capitalised;
//   - a weak hint from spelling: Russian endings (-ого, -ться, -ых) and
//     letters (ё ъ ь щ э ц ф), Kazakh endings (-ып, -ген, -ына, -ларды),
//     English letter pairs and endings (th, ck, ou, -ing, -tion, -ed),
//     Kazakh Latin endings (-yp, -yz, -sy).
// Ukrainian (і with ї є ґ, or від, її) is taken for Russian, not Kazakh.
// Kazakh wins when its evidence exceeds the other language's by a margin (a
// capitalised name or two is not enough); ties go to Russian or English.
// Text with fewer than kMinLetters Latin and Cyrillic letters is kUnknown,
// with its script still reported when it has letters. Cost: integer work per
// letter and one table probe per word; no allocation. A record's own
// language field, when present, takes precedence over this guess (the
// indexer decides that).
#ifndef STEPPE_TOKENIZERS_LANGUAGE_GUESSER_H_
#define STEPPE_TOKENIZERS_LANGUAGE_GUESSER_H_

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "tokenizers/language.h"

namespace steppe {

// A guessed language and the script it is written in: kLatin or kCyrillic
// (this is how Latin-script Kazakh is told from Cyrillic Kazakh), kNone when
// the text has no Latin or Cyrillic letters.
struct LanguageGuess {
  Language language = Language::kUnknown;
  Script script = Script::kNone;
};

class LanguageGuesser {
 public:
  static constexpr std::size_t kSampleBytes = 4096;
  static constexpr int kMinLetters = 8;

  LanguageGuesser();

  Language Guess(std::string_view text) const { return GuessWithScript(text).language; }
  LanguageGuess GuessWithScript(std::string_view text) const;

 private:
  class Scanner;

  // A marker word, known by the packed codes of its first and last six
  // letters and its length, and the bit set of the lists it is on.
  struct MarkerSlot {
    uint64_t head = 0;
    uint64_t tail = 0;
    uint8_t length = 0;
    uint8_t lists = 0;  // 0: an empty slot
  };
  static constexpr std::size_t kMarkerSlots = 1024;  // a power of two, over 2x the words

  void AddMarkers(std::string_view list, uint8_t bit);
  void AddMarker(uint64_t head, uint64_t tail, int length, uint8_t bit);
  uint8_t FindMarker(uint64_t head, uint64_t tail, int length) const;

  std::vector<MarkerSlot> markers_;  // open addressing, linear probing
};

}  // namespace steppe

#endif  // STEPPE_TOKENIZERS_LANGUAGE_GUESSER_H_
