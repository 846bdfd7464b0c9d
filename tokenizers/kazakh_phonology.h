// Kazakh letter facts that suffixes depend on, for the Kazakh stemmer.
//
// Contract: works on lower-case Cyrillic letters as UTF-32. Vowel harmony:
// suffixes follow the last back (а о ұ ы я) or front (ә ө ү і е э ё) vowel
// before them; и у ю are neutral and skipped. The sound a stem ends in
// picks a suffix's first consonant (лар after vowels, й, у, р; дар after л,
// nasals, ж, з; тар after voiceless consonants), so each ending belongs to
// one SoundClass. б/г/ғ at the end of a stem are devoiced (кітаб- -> кітап),
// and some stems drop ы/і before a vowel (халық, халқы).
#ifndef STEPPE_TOKENIZERS_KAZAKH_PHONOLOGY_H_
#define STEPPE_TOKENIZERS_KAZAKH_PHONOLOGY_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "tokenizers/utf32.h"

namespace steppe::kazakh {

using ::steppe::ToUtf32;  // tokenizers/utf32.h
using ::steppe::ToUtf8;

bool IsVowel(char32_t c);  // а ә е ё и о ө у ұ ү ы і э ю я
// ё and э as е: Latin spells э (экономика) and е alike, and the analyzer
// folds ё already.
inline char32_t FoldLetter(char32_t c) { return c == U'ё' || c == U'э' ? U'е' : c; }
bool IsCyrillic(char32_t c);

enum class Harmony : std::uint8_t { kNeutral, kBack, kFront };

// Back for а о ұ ы я қ ғ, front for ә ө ү і е э ё к г, else neutral.
Harmony LetterHarmony(char32_t c);
// The harmony of the last back or front vowel of `stem`; kNeutral if none.
Harmony VowelHarmony(std::u32string_view stem);
// The harmony of a suffix: of its first back or front letter.
Harmony SuffixHarmony(std::u32string_view suffix);

// What a stem ends in, as a bit for suffix conditions.
enum SoundClass : std::uint8_t {
  kVowelEnd = 1 << 0,      // а ә е ё о ө ұ ү ы і э я
  kGlideEnd = 1 << 1,      // й у и ю
  kREnd = 1 << 2,          // р
  kLEnd = 1 << 3,          // л
  kNasalEnd = 1 << 4,      // м н ң
  kZEnd = 1 << 5,          // ж з
  kVoicelessEnd = 1 << 6,  // п т к қ с ш ф х ц ч щ һ, and б в г ғ д
};
inline constexpr std::uint8_t kConsonantEnd =
    kGlideEnd | kREnd | kLEnd | kNasalEnd | kZEnd | kVoicelessEnd;
inline constexpr std::uint8_t kAnyEnd = kVowelEnd | kConsonantEnd;

SoundClass EndClass(std::u32string_view stem);  // of the last letter; kVowelEnd if empty

int Syllables(std::u32string_view word);  // vowels other than a glide у after a vowel
bool HasVowel(std::u32string_view word);

// б -> п, г -> к, ғ -> қ on the last letter.
std::u32string Devoice(std::u32string_view stem);
// The other way, as a stem is spelt before a vowel: п -> б, к -> г, қ -> ғ
// on the last letter (кітап: кітабы).
std::u32string Voice(std::u32string_view stem);

// Back ы or front і, by the harmony of `stem` (back when neutral).
char32_t HighVowel(std::u32string_view stem);

// The spellings a root found before suffixes may stand for: itself, then,
// before a vowel, with б/г/ғ devoiced (кітаб- -> кітап) and with the ы/і
// that drops between some consonants put back (халқ- -> халық, орн- ->
// орын); for a verb also with that ы/і dropped, as its infinitive spells it
// (қорық- -> қорқ-, listed as қорқу).
std::vector<std::u32string> RootSpellings(std::u32string_view root, bool verb, bool before_vowel);

// Whether a nominal may end so: not in б, г, ғ (spelt п, к, қ), nor in two
// consonants of which the first is not one of р л й у н с ш ң к т п д ь
// (жұрт, ұлт, банк, факт, метр, кадр are fine; мүмк, a clipping of
// мүмкін, is not).
bool CanEndNominal(std::u32string_view root);

}  // namespace steppe::kazakh

#endif  // STEPPE_TOKENIZERS_KAZAKH_PHONOLOGY_H_
