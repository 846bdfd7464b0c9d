// Kazakh suffixes and the order they come in, for the Kazakh stemmer.
//
// Contract: Analyses() reads a lower-case Cyrillic word form from its end as
// a root followed by suffixes in Kazakh morphotactic order, and returns
// every reading it finds (the bare word included), without judging which
// root is a real word; that is the stemmer's job with its lexicon.
//
// Nominal chain: root (or a participle, verbal noun, derived noun)
// + plural + possessive + case + locative attribute (-дағы) or similative
// (-дай, -ша) + predicative person (-мын, -сың, -мыз ...). Verbal chain:
// root + voice (passive, reflexive, reciprocal, causative) + negation +
// tense, mood, converb or participle + person. Each suffix is listed in all
// its allomorphs, each with the sounds it may follow (лар after vowels, й,
// у, р; дар after л, nasals, ж, з; тар after voiceless consonants) and its
// vowel harmony, which must agree with the last vowel before it. Two
// spelling fusions are undone: и before a suffix in й is ы/і + й (оқиды =
// оқы + й + ды), and ю is й + у (қою = қой + у).
#ifndef STEPPE_TOKENIZERS_KAZAKH_SUFFIXES_H_
#define STEPPE_TOKENIZERS_KAZAKH_SUFFIXES_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "absl/functional/function_ref.h"
#include "tokenizers/kazakh_phonology.h"

namespace steppe::kazakh {

// What a suffix (or a root) is, one bit each, so a suffix can name the
// kinds it may follow.
enum MorphKind : std::uint32_t {
  kRootNoun = 1u << 0,
  kRootVerb = 1u << 1,
  kPlural = 1u << 2,
  kPoss1s = 1u << 3,       // -ым -м
  kPoss2s = 1u << 4,       // -ың -ң
  kPoss3 = 1u << 5,        // -ы -сы
  kPossOther = 1u << 6,    // -ымыз, -ыңыз
  kCase = 1u << 7,         // genitive, dative, accusative, locative, ablative, instrumental
  kAttribute = 1u << 8,    // -дағы, the locative attribute
  kSimilative = 1u << 9,   // -дай, -ша
  kPredicate = 1u << 10,   // -мын -сың -мыз -сыз ...
  kDerivation = 1u << 11,  // -лық -шы -сыз -лы
  kVoice = 1u << 12,       // passive, reflexive, reciprocal, causative
  kNegation = 1u << 13,    // -ма
  kPast = 1u << 14,        // -ды
  kConditional = 1u << 15,
  kAorist = 1u << 16,   // -а -й, also the converb
  kFuture = 1u << 17,   // -ар -мас
  kNominal = 1u << 18,  // participles, verbal nouns: -ған -атын -у -ушы -мақ
  kDesire = 1u << 19,   // -ғы (айтқым келеді)
  kPerson = 1u << 20,   // personal endings of verbs
  kVerbEnd = 1u << 21,  // converbs, optative, imperative: nothing follows
};

enum MorphFlag : std::uint8_t {
  kNonFinal = 1 << 0,   // never the last suffix of a word
  kIVariant = 1 << 1,   // й... may be spelt и... after a stem in ы/і
  kYuVariant = 1 << 2,  // у may be spelt ю after a stem in й
  kCausative = 1 << 3,
  kNoHarmony = 1 << 4,  // мен/бен/пен do not harmonise
};

struct Morph {
  std::u32string text;
  std::uint32_t kind = 0;
  std::uint32_t left = 0;  // kinds that may come right before it
  std::uint8_t after = 0;  // SoundClass bits of the sound before it
  Harmony harmony = Harmony::kNeutral;
  std::uint8_t flags = 0;
  const char* name = "";  // for tests and debugging
  // How much a reading gains by stripping it, in tenths: distinct, common
  // inflections gain; short endings that often end stems instead (-м, -а,
  // -ма at the end of a word) and derivations lose.
  int weight = 0;
  int final_weight = 0;  // when it is the last suffix of the word
};

struct Analysis {
  std::u32string root;
  bool verb = false;                   // the root is a verb stem
  std::uint32_t kinds = 0;             // the kinds of all suffixes stripped
  std::vector<const Morph*> suffixes;  // from the end of the word inwards
  int penalty = 0;                     // added to the suffixes' weights for unlikely spellings
};

// The suffix table, built once.
const std::vector<Morph>& Morphs();

// The default bounds of a word's readings: roots of at least two letters,
// at most 400 readings.
inline constexpr std::size_t kMinRoot = 2;
inline constexpr std::size_t kMaxReadings = 400;

// Every reading of `word` as root + suffixes with a root of at least
// `min_root` letters, the bare word first. Bounded to `limit` readings.
std::vector<Analysis> Analyses(std::u32string_view word, std::size_t min_root = kMinRoot,
                               std::size_t limit = kMaxReadings);
// The same readings in the same order, each passed to `take` as an
// Analysis valid during the call (one object, refilled: no allocation per
// reading).
void ForEachAnalysis(std::u32string_view word, std::size_t min_root, std::size_t limit,
                     absl::FunctionRef<void(const Analysis&)> take);

// The plural, case, possessive and possessive + case forms of a nominal
// root (кітап: кітаптар, кітаптың ... кітабы, кітабының ...).
std::vector<std::u32string> NominalForms(std::u32string_view root);
// The same forms, each passed as a view valid during the call, without
// making a string of each.
void ForEachNominalForm(std::u32string_view root,
                        absl::FunctionRef<void(std::u32string_view form)> take);

// "кітап+тар+ы" style, for tests and debugging.
std::string Describe(const Analysis& analysis);

}  // namespace steppe::kazakh

#endif  // STEPPE_TOKENIZERS_KAZAKH_SUFFIXES_H_
