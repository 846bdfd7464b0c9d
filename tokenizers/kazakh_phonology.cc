#include "tokenizers/kazakh_phonology.h"

namespace steppe::kazakh {

bool IsVowel(char32_t c) {
  switch (c) {
    case U'а':
    case U'ә':
    case U'е':
    case U'ё':
    case U'и':
    case U'о':
    case U'ө':
    case U'у':
    case U'ұ':
    case U'ү':
    case U'ы':
    case U'і':
    case U'э':
    case U'ю':
    case U'я':
      return true;
    default:
      return false;
  }
}

bool IsCyrillic(char32_t c) { return c >= 0x0400 && c <= 0x04FF; }

Harmony LetterHarmony(char32_t c) {
  switch (c) {
    case U'а':
    case U'о':
    case U'ұ':
    case U'ы':
    case U'я':
    case U'қ':
    case U'ғ':
      return Harmony::kBack;
    case U'ә':
    case U'ө':
    case U'ү':
    case U'і':
    case U'е':
    case U'э':
    case U'ё':
    case U'к':
    case U'г':
      return Harmony::kFront;
    default:
      return Harmony::kNeutral;
  }
}

Harmony VowelHarmony(std::u32string_view stem) {
  for (std::size_t i = stem.size(); i-- > 0;) {
    if (!IsVowel(stem[i])) continue;
    // е after a vowel is йе, harmony-neutral: Тоқаевтың, Назарбаевқа.
    if (stem[i] == U'е' && i > 0 && IsVowel(stem[i - 1])) continue;
    const Harmony harmony = LetterHarmony(stem[i]);
    if (harmony != Harmony::kNeutral) return harmony;
  }
  return Harmony::kNeutral;
}

Harmony SuffixHarmony(std::u32string_view suffix) {
  for (char32_t c : suffix) {
    const Harmony harmony = LetterHarmony(c);
    if (harmony != Harmony::kNeutral) return harmony;
  }
  return Harmony::kNeutral;
}

SoundClass EndClass(std::u32string_view stem) {
  if (stem.empty()) return kVowelEnd;
  switch (stem.back()) {
    case U'й':
    case U'у':
    case U'и':
    case U'ю':
      return kGlideEnd;
    case U'р':
      return kREnd;
    case U'л':
      return kLEnd;
    case U'м':
    case U'н':
    case U'ң':
      return kNasalEnd;
    case U'ж':
    case U'з':
      return kZEnd;
    default:
      return IsVowel(stem.back()) ? kVowelEnd : kVoicelessEnd;
  }
}

int Syllables(std::u32string_view word) {
  int count = 0;
  for (std::size_t i = 0; i < word.size(); ++i) {
    if (!IsVowel(word[i])) continue;
    // у after a vowel is the glide of тау, not a syllable of its own.
    if (word[i] == U'у' && i > 0 && IsVowel(word[i - 1])) continue;
    ++count;
  }
  return count;
}

bool HasVowel(std::u32string_view word) {
  for (char32_t c : word) {
    if (IsVowel(c)) return true;
  }
  return false;
}

namespace {

// `stem` with its last letter, when it is the n-th of `from`, replaced by
// the n-th of `to`.
std::u32string SwapLast(std::u32string_view stem, std::u32string_view from,
                        std::u32string_view to) {
  std::u32string out(stem);
  if (out.empty()) return out;
  if (const std::size_t at = from.find(out.back()); at != std::u32string_view::npos) {
    out.back() = to[at];
  }
  return out;
}

}  // namespace

std::u32string Devoice(std::u32string_view stem) { return SwapLast(stem, U"бгғ", U"пкқ"); }

std::u32string Voice(std::u32string_view stem) { return SwapLast(stem, U"пкқ", U"бгғ"); }

char32_t HighVowel(std::u32string_view stem) {
  return VowelHarmony(stem) == Harmony::kFront ? U'і' : U'ы';
}

namespace {

// The consonants between which ы/і drops before a vowel: халық/халқы,
// орын/орны, ауыз/аузы, мойын/мойны, ауыл/аулы, қорық/қорқады.
bool IsElidingPair(char32_t first, char32_t second) {
  static constexpr std::u32string_view kFirst = U"рлйу";
  static constexpr std::u32string_view kSecond = U"қкнз";
  if (first == U'у' && second == U'л') return true;
  return kFirst.find(first) != std::u32string_view::npos &&
         kSecond.find(second) != std::u32string_view::npos;
}

}  // namespace

std::vector<std::u32string> RootSpellings(std::u32string_view root, bool verb, bool before_vowel) {
  std::vector<std::u32string> out{std::u32string(root)};
  const std::size_t n = root.size();
  if (verb && n >= 4 && (root[n - 2] == U'ы' || root[n - 2] == U'і') &&
      IsElidingPair(root[n - 3], root[n - 1]) && IsVowel(root[n - 4])) {
    std::u32string elided(root.substr(0, n - 2));
    elided.push_back(root[n - 1]);
    out.push_back(std::move(elided));
  }
  if (!before_vowel) return out;
  std::u32string devoiced = Devoice(root);
  if (devoiced != root) out.push_back(std::move(devoiced));
  if (n >= 3 && IsElidingPair(root[n - 2], root[n - 1]) && IsVowel(root[n - 3])) {
    std::u32string restored(root.substr(0, n - 1));
    restored.push_back(HighVowel(restored));
    restored.push_back(root[n - 1]);
    out.push_back(Devoice(restored));
  }
  return out;
}

bool CanEndNominal(std::u32string_view root) {
  if (root.empty()) return false;
  const char32_t last = root.back();
  if (last == U'б' || last == U'г' || last == U'ғ') return false;
  if (root.size() < 3 || IsVowel(last) || IsVowel(root[root.size() - 2])) return true;
  static constexpr std::u32string_view kClusterFirst = U"рлйунсшңктпдь";
  return kClusterFirst.find(root[root.size() - 2]) != std::u32string_view::npos;
}

}  // namespace steppe::kazakh
