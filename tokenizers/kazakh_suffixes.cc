#include "tokenizers/kazakh_suffixes.h"

#include <array>
#include <unordered_map>

namespace steppe::kazakh {
namespace {

// What may come before a suffix.
constexpr std::uint32_t kNounStem = kRootNoun | kNominal | kDerivation | kFuture | kAttribute;
constexpr std::uint32_t kPossessable = kNounStem | kPlural | kDesire;
constexpr std::uint32_t kCaseable = kNounStem | kPlural | kPoss1s | kPoss2s | kPossOther;
constexpr std::uint32_t kPredicable =
    kCaseable | kPoss3 | kCase | kAttribute | kSimilative | kAorist | kRootVerb;
constexpr std::uint32_t kVerbStem = kRootVerb | kVoice;
constexpr std::uint32_t kInflectable = kVerbStem | kNegation;

// The sounds a suffix may follow.
constexpr std::uint8_t V = kVowelEnd;
constexpr std::uint8_t G = kGlideEnd;
constexpr std::uint8_t R = kREnd;
constexpr std::uint8_t L = kLEnd;
constexpr std::uint8_t N = kNasalEnd;
constexpr std::uint8_t Z = kZEnd;
constexpr std::uint8_t K = kVoicelessEnd;
constexpr std::uint8_t C = kConsonantEnd;
constexpr std::uint8_t A = kAnyEnd;
constexpr std::uint8_t kVoiced = V | G | R | L | N | Z;

// One suffix in its back and front spellings (front empty: one spelling).
struct Row {
  std::uint32_t kind;
  std::u32string_view back;
  std::u32string_view front;
  std::uint8_t after;
  std::uint32_t left;
  std::uint8_t flags;
  const char* name;
  std::int16_t weight;        // tenths; see Morph::weight
  std::int16_t final_weight;  // when last in the word
};

// Written from Kazakh grammar; the order inside a block does not matter.
constexpr Row kRows[] = {
    // Plural.
    {kPlural, U"лар", U"лер", V | G | R, kNounStem, 0, "PL", 20, 20},
    {kPlural, U"дар", U"дер", L | N | Z, kNounStem, 0, "PL", 20, 20},
    {kPlural, U"тар", U"тер", K, kNounStem, 0, "PL", 20, 20},
    // Possessive.
    {kPoss1s, U"ым", U"ім", C, kPossessable, 0, "P1SG", -5, -5},
    {kPoss1s, U"м", U"", V, kPossessable, 0, "P1SG", -10, -10},
    {kPoss2s, U"ың", U"ің", C, kPossessable, 0, "P2SG", -5, -5},
    {kPoss2s, U"ң", U"", V, kPossessable, 0, "P2SG", -15, -15},
    {kPossOther, U"ыңыз", U"іңіз", C, kPossessable, 0, "P2POL", 5, 5},
    {kPossOther, U"ңыз", U"ңіз", V, kPossessable, 0, "P2POL", 5, 5},
    {kPoss3, U"ы", U"і", C, kPossessable, 0, "P3", 5, 5},
    {kPoss3, U"сы", U"сі", V, kPossessable, 0, "P3", 5, 5},
    {kPossOther, U"ымыз", U"іміз", C, kPossessable, 0, "P1PL", 5, 5},
    {kPossOther, U"мыз", U"міз", V, kPossessable, 0, "P1PL", 5, 5},
    {kPossOther, U"ыңдар", U"іңдер", C, kPossessable, 0, "P2PL", 5, 5},
    {kPossOther, U"ңдар", U"ңдер", V, kPossessable, 0, "P2PL", 5, 5},
    {kPossOther, U"ыңыздар", U"іңіздер", C, kPossessable, 0, "P2POLPL", 5, 5},
    {kPossOther, U"ңыздар", U"ңіздер", V, kPossessable, 0, "P2POLPL", 5, 5},
    // Genitive.
    {kCase, U"ның", U"нің", V | N, kCaseable | kPoss3, 0, "GEN", 20, 20},
    {kCase, U"дың", U"дің", G | R | L | Z, kCaseable, 0, "GEN", 20, 20},
    {kCase, U"тың", U"тің", K, kCaseable, 0, "GEN", 20, 20},
    // Dative.
    {kCase, U"ға", U"ге", kVoiced, kCaseable, 0, "DAT", 15, 15},
    {kCase, U"қа", U"ке", K, kCaseable, 0, "DAT", 15, 15},
    {kCase, U"а", U"е", N, kPoss1s | kPoss2s, 0, "DAT", 5, 5},
    {kCase, U"на", U"не", V, kPoss3, 0, "DAT", 15, 15},
    // Accusative.
    {kCase, U"ны", U"ні", V, kCaseable, 0, "ACC", 10, 10},
    {kCase, U"ды", U"ді", G | R | L | N | Z, kCaseable, 0, "ACC", 10, 10},
    {kCase, U"ты", U"ті", K, kCaseable, 0, "ACC", 10, 10},
    {kCase, U"н", U"", V, kPoss3, 0, "ACC", 10, 10},
    // Locative.
    {kCase, U"да", U"де", kVoiced, kCaseable, 0, "LOC", 15, 15},
    {kCase, U"та", U"те", K, kCaseable, 0, "LOC", 15, 15},
    {kCase, U"нда", U"нде", V, kPoss3, 0, "LOC", 15, 15},
    // Ablative.
    {kCase, U"дан", U"ден", V | G | R | L | Z, kCaseable, 0, "ABL", 20, 20},
    {kCase, U"нан", U"нен", N, kCaseable, 0, "ABL", 20, 20},
    {kCase, U"тан", U"тен", K, kCaseable, 0, "ABL", 20, 20},
    {kCase, U"нан", U"нен", V, kPoss3, 0, "ABL", 20, 20},
    // Instrumental: мен/бен/пен do not harmonise.
    {kCase, U"мен", U"", V | G | R | L | N, kCaseable | kPoss3, kNoHarmony, "INS", 20, 20},
    {kCase, U"менен", U"", V | G | R | L | N, kCaseable | kPoss3, kNoHarmony, "INS", 20, 20},
    {kCase, U"бен", U"", N | Z, kCaseable, kNoHarmony, "INS", 20, 20},
    {kCase, U"бенен", U"", N | Z, kCaseable, kNoHarmony, "INS", 20, 20},
    {kCase, U"пен", U"", K, kCaseable, kNoHarmony, "INS", 20, 20},
    {kCase, U"пенен", U"", K, kCaseable, kNoHarmony, "INS", 20, 20},
    // Locative attribute: the locative + -ғы.
    {kAttribute, U"дағы", U"дегі", kVoiced, kCaseable, 0, "LOCATTR", 20, 20},
    {kAttribute, U"тағы", U"тегі", K, kCaseable, 0, "LOCATTR", 20, 20},
    {kAttribute, U"ндағы", U"ндегі", V, kPoss3, 0, "LOCATTR", 20, 20},
    // The genitive + -кі, "that of": мектептікі, баланікі; always front.
    {kAttribute, U"нікі", U"", V | N, kCaseable | kPoss3, kNoHarmony, "GENATTR", 15, 15},
    {kAttribute, U"дікі", U"", G | R | L | N | Z, kCaseable, kNoHarmony, "GENATTR", 15, 15},
    {kAttribute, U"тікі", U"", K, kCaseable, kNoHarmony, "GENATTR", 15, 15},
    // Similative and equative.
    {kSimilative, U"дай", U"дей", kVoiced, kCaseable, 0, "SIM", -5, -5},
    {kSimilative, U"тай", U"тей", K, kCaseable, 0, "SIM", -5, -5},
    {kSimilative, U"ндай", U"ндей", V, kPoss3, 0, "SIM", -5, -5},
    {kSimilative, U"ша", U"ше", A, kCaseable, 0, "EQU", -10, -10},
    {kSimilative, U"нша", U"нше", V, kPoss3, 0, "EQU", 5, 5},
    // Predicative person endings, also those of the aorist.
    {kPredicate, U"мын", U"мін", V | G | R | L | N, kPredicable, 0, "1SG", 5, 5},
    {kPredicate, U"бын", U"бін", N | Z, kPredicable, 0, "1SG", 5, 5},
    {kPredicate, U"пын", U"пін", K, kPredicable, 0, "1SG", 5, 5},
    {kPredicate, U"мыз", U"міз", V | G | R | L | N, kPredicable, 0, "1PL", 5, 5},
    {kPredicate, U"быз", U"біз", N | Z, kPredicable, 0, "1PL", 5, 5},
    {kPredicate, U"пыз", U"піз", K, kPredicable, 0, "1PL", 5, 5},
    {kPredicate, U"сың", U"сің", A, kPredicable, 0, "2SG", -5, -5},
    {kPredicate, U"сыз", U"сіз", A, kPredicable, 0, "2POL", 0, 0},
    {kPredicate, U"сыңдар", U"сіңдер", A, kPredicable, 0, "2PL", 5, 5},
    {kPredicate, U"сыздар", U"сіздер", A, kPredicable, 0, "2POLPL", 5, 5},
    // Common derivational suffixes of nouns and adjectives.
    {kDerivation, U"лық", U"лік", V | G | R, kNounStem, 0, "LYQ", -15, -15},
    {kDerivation, U"дық", U"дік", L | N | Z, kNounStem, 0, "LYQ", -15, -15},
    {kDerivation, U"тық", U"тік", K, kNounStem, 0, "LYQ", -15, -15},
    {kDerivation, U"шы", U"ші", A, kRootNoun | kDerivation, 0, "AGENT", -15, -15},
    {kDerivation, U"сыз", U"сіз", A, kNounStem, 0, "PRIV", -15, -15},
    {kDerivation, U"рақ", U"рек", V, kRootNoun, 0, "COMP", 5, 5},
    {kDerivation, U"ырақ", U"ірек", C, kRootNoun, 0, "COMP", 5, 5},
    {kDerivation, U"лы", U"лі", V | G | R, kRootNoun, 0, "ADJ", -15, -15},
    {kDerivation, U"ды", U"ді", L | N | Z, kRootNoun, 0, "ADJ", -15, -15},
    {kDerivation, U"ты", U"ті", K, kRootNoun, 0, "ADJ", -15, -15},
    // Voice: passive, reflexive, reciprocal, causative.
    {kVoice, U"ыл", U"іл", G | R | N | Z | K, kVerbStem, 0, "PASS", -5, -20},
    {kVoice, U"л", U"", V, kVerbStem, 0, "PASS", -10, -20},
    {kVoice, U"ын", U"ін", C, kVerbStem, 0, "REFL", -5, -20},
    {kVoice, U"н", U"", V, kVerbStem, 0, "REFL", -10, -20},
    {kVoice, U"ыс", U"іс", C, kVerbStem, 0, "COOP", -10, -20},
    {kVoice, U"с", U"", V, kVerbStem, 0, "COOP", -10, -20},
    {kVoice, U"т", U"", V, kVerbStem, kCausative, "CAUS", -10, -20},
    {kVoice, U"дыр", U"дір", G | R | L | N | Z, kVerbStem, kCausative, "CAUS", -10, -20},
    {kVoice, U"тыр", U"тір", K | L, kVerbStem, kCausative, "CAUS", -10, -20},
    {kVoice, U"ғыз", U"гіз", kVoiced, kVerbStem, kCausative, "CAUS", -10, -20},
    {kVoice, U"қыз", U"кіз", K, kVerbStem, kCausative, "CAUS", -10, -20},
    // Negation.
    {kNegation, U"ма", U"ме", V | G | R | L, kVerbStem, 0, "NEG", 5, -10},
    {kNegation, U"ба", U"бе", N | Z, kVerbStem, 0, "NEG", 5, -10},
    {kNegation, U"па", U"пе", K, kVerbStem, 0, "NEG", 5, -10},
    // Past.
    {kPast, U"ды", U"ді", kVoiced, kInflectable, 0, "PAST", 15, 15},
    {kPast, U"ты", U"ті", K, kInflectable, 0, "PAST", 15, 15},
    // Person after the past and the conditional.
    {kPerson, U"м", U"", V, kPast | kConditional, 0, "1SG", 10, 10},
    {kPerson, U"ң", U"", V, kPast | kConditional, 0, "2SG", 10, 10},
    {kPerson, U"ңыз", U"ңіз", V, kPast | kConditional, 0, "2POL", 10, 10},
    {kPerson, U"қ", U"к", V, kPast | kConditional, 0, "1PL", 10, 10},
    {kPerson, U"ңдар", U"ңдер", V, kPast | kConditional, 0, "2PL", 10, 10},
    {kPerson, U"ңыздар", U"ңіздер", V, kPast | kConditional, 0, "2POLPL", 10, 10},
    // Conditional.
    {kConditional, U"са", U"се", A, kInflectable, 0, "COND", 10, 10},
    // Aorist (also the converb in -а), with its third person and colloquial first.
    {kAorist, U"а", U"е", C, kInflectable, 0, "AOR", 5, -3},
    {kAorist, U"й", U"", V, kInflectable, kIVariant, "AOR", 5, -3},
    {kPerson, U"ды", U"ді", V | G, kAorist, 0, "3", 11, 11},
    {kPerson, U"м", U"", V | G, kAorist, 0, "1SG", 0, 0},
    // Future participle and its negative.
    {kFuture, U"ар", U"ер", C, kInflectable, 0, "FUT", 0, -5},
    {kFuture, U"р", U"", V, kInflectable, 0, "FUT", -5, -5},
    {kFuture, U"мас", U"мес", V | G | R | L, kVerbStem, 0, "NEGFUT", 0, 10},
    {kFuture, U"бас", U"бес", N | Z, kVerbStem, 0, "NEGFUT", 0, 10},
    {kFuture, U"пас", U"пес", K, kVerbStem, 0, "NEGFUT", 0, 10},
    // Optative, imperative and converbs: nothing follows them.
    {kVerbEnd, U"сын", U"сін", A, kInflectable, 0, "OPT3", 10, 10},
    {kVerbEnd, U"айын", U"ейін", C, kInflectable, 0, "OPT1SG", 5, 5},
    {kVerbEnd, U"йын", U"йін", V, kInflectable, kIVariant, "OPT1SG", 5, 5},
    {kVerbEnd, U"айық", U"ейік", C, kInflectable, 0, "OPT1PL", 10, 10},
    {kVerbEnd, U"йық", U"йік", V, kInflectable, kIVariant, "OPT1PL", 10, 10},
    {kVerbEnd, U"ыңыз", U"іңіз", C, kInflectable, 0, "IMP", 5, 5},
    {kVerbEnd, U"ңыз", U"ңіз", V, kInflectable, 0, "IMP", 5, 5},
    {kVerbEnd, U"ыңдар", U"іңдер", C, kInflectable, 0, "IMP", 5, 5},
    {kVerbEnd, U"ңдар", U"ңдер", V, kInflectable, 0, "IMP", 5, 5},
    {kVerbEnd, U"ыңыздар", U"іңіздер", C, kInflectable, 0, "IMP", 5, 5},
    {kVerbEnd, U"ңыздар", U"ңіздер", V, kInflectable, 0, "IMP", 5, 5},
    {kVerbEnd, U"ып", U"іп", C, kInflectable, 0, "CONV", 10, 10},
    {kVerbEnd, U"п", U"", V, kInflectable, 0, "CONV", 10, 10},
    {kVerbEnd, U"ыпты", U"іпті", C, kInflectable, 0, "EVID", 10, 10},
    {kVerbEnd, U"пты", U"пті", V, kInflectable, 0, "EVID", 10, 10},
    {kVerbEnd, U"ғалы", U"гелі", kVoiced, kInflectable, 0, "SINCE", 10, 10},
    {kVerbEnd, U"қалы", U"келі", K, kInflectable, 0, "SINCE", 10, 10},
    {kVerbEnd, U"ғанша", U"генше", kVoiced, kInflectable, 0, "UNTIL", 10, 10},
    {kVerbEnd, U"қанша", U"кенше", K, kInflectable, 0, "UNTIL", 10, 10},
    {kVerbEnd, U"ғасын", U"генсін", kVoiced, kInflectable, 0, "AFTER", 10, 10},
    {kVerbEnd, U"қасын", U"кенсін", K, kInflectable, 0, "AFTER", 10, 10},
    {kVerbEnd, U"стан", U"стен", V, kNegation, 0, "WITHOUT", 10, 10},
    // Participles, verbal nouns, agent nouns, intention.
    {kNominal, U"ған", U"ген", kVoiced, kInflectable, 0, "PAST_PART", 15, 15},
    {kNominal, U"қан", U"кен", K, kInflectable, 0, "PAST_PART", 15, 15},
    {kNominal, U"атын", U"етін", C, kInflectable, 0, "HAB_PART", 15, 15},
    {kNominal, U"йтын", U"йтін", V, kInflectable, kIVariant, "HAB_PART", 15, 15},
    {kNominal, U"у", U"", A, kInflectable, kYuVariant, "VN", 5, 5},
    {kNominal, U"ушы", U"уші", A, kInflectable, 0, "AGENT", -5, -5},
    {kNominal, U"мақ", U"мек", V | G | R | L, kVerbStem, 0, "INTENT", 0, 0},
    {kNominal, U"бақ", U"бек", N | Z, kVerbStem, 0, "INTENT", 0, 0},
    {kNominal, U"пақ", U"пек", K, kVerbStem, 0, "INTENT", 0, 0},
    {kNominal, U"мақшы", U"мекші", V | G | R | L, kVerbStem, 0, "INTENT", 0, 0},
    {kNominal, U"бақшы", U"бекші", N | Z, kVerbStem, 0, "INTENT", 0, 0},
    {kNominal, U"пақшы", U"пекші", K, kVerbStem, 0, "INTENT", 0, 0},
    // Desire: айтқым, қарағысы; a possessive always follows.
    {kDesire, U"ғы", U"гі", kVoiced, kVerbStem, kNonFinal, "DESIRE", 10, 10},
    {kDesire, U"қы", U"кі", K, kVerbStem, kNonFinal, "DESIRE", 10, 10},
};

// A spelling of a suffix as it appears at the end of a word.
struct Surface {
  std::u32string text;
  const Morph* morph;
  char32_t restore;  // appended to what is left (и -> ы/і, ю -> й); 0 if none
  bool high_vowel;   // restore is ы or і by harmony
};

struct Table {
  std::vector<Morph> morphs;
  // Surfaces by their last letter.
  std::unordered_map<char32_t, std::vector<Surface>> by_last;
};

const Table& GetTable() {
  static const Table* const table = [] {
    auto* built = new Table();
    for (const Row& row : kRows) {
      for (std::u32string_view text : {row.back, row.front}) {
        if (text.empty()) continue;
        Morph morph;
        morph.text = std::u32string(text);
        morph.kind = row.kind;
        morph.left = row.left;
        morph.after = row.after;
        morph.flags = row.flags;
        morph.harmony = (row.flags & kNoHarmony) ? Harmony::kNeutral : SuffixHarmony(text);
        morph.name = row.name;
        morph.weight = row.weight;
        morph.final_weight = row.final_weight;
        built->morphs.push_back(std::move(morph));
      }
    }
    for (const Morph& morph : built->morphs) {
      built->by_last[morph.text.back()].push_back({morph.text, &morph, 0, false});
      if ((morph.flags & kIVariant) && morph.text.front() == U'й') {
        std::u32string text = morph.text;
        text.front() = U'и';
        built->by_last[text.back()].push_back({text, &morph, U'ы', true});
      }
      if ((morph.flags & kYuVariant) && morph.text == U"у") {
        built->by_last[U'ю'].push_back({U"ю", &morph, U'й', false});
      }
    }
    return built;
  }();
  return *table;
}

constexpr std::uint32_t kAllKinds = ~0u;
// A suffix spelt with ғ/г for қ/к (-лығы) is less likely than a root
// spelt so (аймағы = аймақ + ы, not ай + мақ + ы).
constexpr int kVoicedSuffixPenalty = 10;
constexpr int kMaxDepth = 9;

struct Walker {
  Walker(const Table& table, std::size_t min_root, std::size_t limit,
         absl::FunctionRef<void(const Analysis&)> take)
      : table(table), min_root(min_root), limit(limit), take(take) {}

  const Table& table;
  std::size_t min_root;
  std::size_t limit;
  absl::FunctionRef<void(const Analysis&)> take;
  std::size_t emitted = 0;
  Analysis current;  // refilled for each reading
  std::vector<const Morph*> chain;
  // What is left of the word under chain.size() suffixes, one buffer per
  // depth, so that the walk allocates only while the buffers grow.
  std::array<std::u32string, kMaxDepth + 1> rests;
  std::uint32_t kinds = 0;
  int penalty = 0;

  void Emit(const std::u32string& stem, bool verb) {
    if (emitted >= limit) return;
    current.root.assign(stem);
    current.verb = verb;
    current.kinds = kinds;
    current.suffixes.assign(chain.begin(), chain.end());
    current.penalty = penalty;
    ++emitted;
    take(current);
  }

  void Walk(const std::u32string& stem, std::uint32_t left) {
    if (emitted >= limit) return;
    if (left & kRootNoun) Emit(stem, false);
    if (left & kRootVerb) Emit(stem, true);
    if (chain.size() >= kMaxDepth || stem.size() <= min_root) return;
    const char32_t last = stem.back();
    TrySurfaces(stem, left, last, false);
    // A suffix in қ/к is spelt ғ/г before a vowel: -лығы, -мағы.
    if ((last == U'ғ' || last == U'г') && !chain.empty() && IsVowel(chain.back()->text.front())) {
      TrySurfaces(stem, left, last == U'ғ' ? U'қ' : U'к', true);
    }
  }

  void TrySurfaces(const std::u32string& stem, std::uint32_t left, char32_t last, bool voiced) {
    const auto found = table.by_last.find(last);
    if (found == table.by_last.end()) return;
    for (const Surface& surface : found->second) {
      const Morph& morph = *surface.morph;
      if (!(left & morph.kind)) continue;
      if (chain.empty() && (morph.flags & kNonFinal)) continue;
      const std::size_t n = surface.text.size();
      if (stem.size() < n + min_root) continue;
      const std::u32string_view tail = std::u32string_view(stem).substr(stem.size() - n, n - 1);
      if (tail != std::u32string_view(surface.text).substr(0, n - 1)) continue;
      if (!voiced && stem.back() != surface.text.back()) continue;
      std::u32string& rest = rests[chain.size()];
      rest.assign(stem, 0, stem.size() - n);
      if (surface.restore != 0) {
        if (surface.high_vowel) {
          // и = ы/і + й: the stem ended in a high vowel after a consonant.
          if (rest.empty() || IsVowel(rest.back())) continue;
          rest.push_back(morph.harmony == Harmony::kNeutral ? HighVowel(rest)
                         : morph.harmony == Harmony::kFront ? U'і'
                                                            : U'ы');
        } else if (rest.empty() || rest.back() != U'и') {
          rest.push_back(surface.restore);  // ю = й + у, except after и (кию)
        }
      }
      if (!(EndClass(rest) & morph.after)) continue;
      if (morph.harmony != Harmony::kNeutral) {
        const Harmony before = VowelHarmony(rest);
        if (before != Harmony::kNeutral && before != morph.harmony) continue;
      }
      chain.push_back(&morph);
      const std::uint32_t saved = kinds;
      kinds |= morph.kind;
      penalty -= voiced ? kVoicedSuffixPenalty : 0;
      Walk(rest, morph.left);
      penalty += voiced ? kVoicedSuffixPenalty : 0;
      kinds = saved;
      chain.pop_back();
    }
  }
};

}  // namespace

const std::vector<Morph>& Morphs() { return GetTable().morphs; }

void ForEachAnalysis(std::u32string_view word, std::size_t min_root, std::size_t limit,
                     absl::FunctionRef<void(const Analysis&)> take) {
  Walker walker(GetTable(), min_root, limit, take);
  walker.Walk(std::u32string(word), kAllKinds);
}

std::vector<Analysis> Analyses(std::u32string_view word, std::size_t min_root, std::size_t limit) {
  std::vector<Analysis> out;
  ForEachAnalysis(word, min_root, limit,
                  [&out](const Analysis& analysis) { out.push_back(analysis); });
  return out;
}

void ForEachNominalForm(std::u32string_view root,
                        absl::FunctionRef<void(std::u32string_view form)> take) {
  if (root.empty()) return;
  const Harmony harmony = VowelHarmony(root);
  const std::u32string voiced = Voice(root);
  std::u32string form;
  // Calls `each` with the suffixes of `kinds` that may follow `stem` (of
  // kind `kind`), and the form they make.
  const auto add = [&](std::u32string_view stem, std::uint32_t kind, std::uint32_t kinds,
                       const auto& each) {
    const auto end_class = EndClass(stem);
    for (const Morph& morph : GetTable().morphs) {
      if (!(morph.kind & kinds) || !(morph.left & kind)) continue;
      if (morph.harmony != Harmony::kNeutral && harmony != Harmony::kNeutral &&
          morph.harmony != harmony) {
        continue;
      }
      if (!(end_class & morph.after)) continue;
      const bool vowel_first = IsVowel(morph.text.front());
      form.assign(vowel_first && stem.size() == root.size() ? std::u32string_view(voiced) : stem);
      form += morph.text;
      each(std::u32string_view(form));
    }
  };
  add(root, kRootNoun, kPlural | kCase | kPoss3, take);
  std::vector<std::u32string> possessed;
  add(root, kRootNoun, kPoss3, [&](std::u32string_view stem) { possessed.emplace_back(stem); });
  for (const std::u32string& stem : possessed) add(stem, kPoss3, kCase, take);
}

std::vector<std::u32string> NominalForms(std::u32string_view root) {
  std::vector<std::u32string> out;
  ForEachNominalForm(root, [&out](std::u32string_view form) { out.emplace_back(form); });
  return out;
}

std::string Describe(const Analysis& analysis) {
  std::string out = ToUtf8(analysis.root);
  out += analysis.verb ? "(V)" : "(N)";
  for (auto it = analysis.suffixes.rbegin(); it != analysis.suffixes.rend(); ++it) {
    out += '+';
    out += ToUtf8((*it)->text);
    out += ':';
    out += (*it)->name;
  }
  return out;
}

}  // namespace steppe::kazakh
