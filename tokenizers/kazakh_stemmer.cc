#include "tokenizers/kazakh_stemmer.h"

#include <algorithm>
#include <optional>
#include <tuple>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/str_cat.h"
#include "tokenizers/kazakh_latin.h"
#include "tokenizers/kazakh_lexicon.h"
#include "tokenizers/kazakh_phonology.h"
#include "tokenizers/kazakh_suffixes.h"

namespace steppe {
namespace {

using kazakh::Analysis;
using kazakh::KazakhLexicon;

// Suffixes stripped from roots the lexicon does not know (names, new
// words): plural, possessive, case. Person endings, derivation and verb
// morphology need a known root.
constexpr std::uint32_t kUnknownRootSuffixes =
    kazakh::kPlural | kazakh::kPoss3 | kazakh::kCase | kazakh::kAttribute;

// Passive, reflexive and reciprocal suffixes, undone on known verb stems
// (жасалды -> жаса, келісті -> кел); causatives make verbs of their own.
struct VoiceEnding {
  std::u32string_view text;
  bool after_vowel;  // л, н, с follow vowels; ыл, ын, ыс consonants
};
constexpr VoiceEnding kVoiceEndings[] = {
    {U"ыл", false}, {U"іл", false}, {U"ын", false}, {U"ін", false}, {U"ыс", false},
    {U"іс", false}, {U"л", true},   {U"н", true},   {U"с", true},
};

constexpr std::size_t kMaxCacheEntries = 1 << 16;

// The weight of a root from our own list: common words, sure to be stems.
constexpr int kOwnWordWeight = 8;
// The most a root can add to a reading's score: a word of our own list
// standing bare (NounWeight).
constexpr int kMaxRootWeight = 3 * kOwnWordWeight;
// The weight of a root the lexicon does not know, below any it knows.
constexpr int kUnknownRootWeight = -20;

class RuleStemmer : public KazakhStemmer {
 public:
  explicit RuleStemmer(KazakhLexicon lexicon) : lexicon_(std::move(lexicon)) {}

  std::string Stem(std::string_view word) const override {
    const auto cached = cache_.find(std::string(word));
    if (cached != cache_.end()) return cached->second;
    std::string stem = Compute(word);
    if (cache_.size() >= kMaxCacheEntries) cache_.clear();
    cache_.emplace(std::string(word), stem);
    return stem;
  }

  void AddNames(const std::vector<std::string>& names) override {
    // Roots as hunspell-kk's are (not sure stems of our own list, which
    // would outweigh a listed word: таразы, scales, is no Тараз + -ы), and
    // never stripped themselves.
    std::string roots;
    std::string kept;
    for (const std::string& name : names) {
      if (name.empty() || name.find_first_of(" -\n") != std::string::npos) continue;
      absl::StrAppend(&roots, name, "\n");
      absl::StrAppend(&kept, "= ", name, "\n");
    }
    lexicon_.AddHunspell(roots);
    lexicon_.AddOwn(kept);
    cache_.clear();
    support_cache_.clear();
  }

  bool IsCommonStem(std::string_view stem) const override {
    const std::u32string text = kazakh::ToUtf32(stem);
    if (text.empty()) return false;
    return lexicon_.IsNoun(text) || lexicon_.IsVerb(kazakh::CanonicalVerb(text));
  }

 private:
  std::string Compute(std::string_view word) const {
    for (char c : word) {
      if (c >= '0' && c <= '9') return std::string(word);
    }
    const bool latin = std::any_of(word.begin(), word.end(), [](char c) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    });
    std::u32string text = kazakh::ToUtf32(KazakhLatinToCyrillic(word));
    for (char32_t& c : text) c = kazakh::FoldLetter(c);
    // A hyphenated word is stemmed on its last part (Нұр-Сұлтанда).
    const std::size_t hyphen = text.rfind(U'-');
    if (hyphen != std::u32string::npos && hyphen + 1 < text.size()) {
      return kazakh::ToUtf8(text.substr(0, hyphen + 1)) +
             kazakh::ToUtf8(StemCyrillic(text.substr(hyphen + 1), latin));
    }
    return kazakh::ToUtf8(StemCyrillic(text, latin));
  }

  // `latin`: the word was written in Latin letters, where a final i is as
  // likely an English or Uzbek name's (Kaspi) as a Kazakh possessive: an
  // unknown word keeps it when nothing else is stripped.
  std::u32string StemCyrillic(const std::u32string& word, bool latin = false) const {
    if (const std::u32string* stem = lexicon_.FormStem(word)) return *stem;
    if (lexicon_.IsProtected(word) || word.size() <= 2 || !kazakh::HasVowel(word)) return word;
    for (char32_t c : word) {
      if (!kazakh::IsCyrillic(c)) return word;
    }
    // Of the readings whose root the lexicon knows, the one whose suffixes
    // weigh most (then the longest root): common inflections are stripped,
    // endings that more often end a stem (-м, -а, -ма) are not. A reading
    // with an unknown root competes too, at a cost, when it strips only
    // nominal inflection (инвесторлардың, though hunspell-kk lists the
    // inflected инвесторларды but no инвестор).
    // Ties go to a known root, then to the longest known root or the
    // shortest unknown one.
    using Rank = std::tuple<int, bool, int>;
    std::optional<Rank> best_rank;
    std::u32string best;
    bool best_known = false;
    kazakh::ForEachAnalysis(
        word, kazakh::kMinRoot, kazakh::kMaxReadings, [&](const Analysis& analysis) {
          // No root weighs more than kMaxRootWeight: a reading whose score
          // cannot reach the best one's is not looked up.
          if (best_rank && Score(analysis) + kMaxRootWeight < std::get<0>(*best_rank)) return;
          std::optional<std::pair<std::u32string, int>> stem = KnownStem(analysis, word);
          if (!stem && !IsPlausibleUnknownRoot(analysis)) return;
          const int length = static_cast<int>(analysis.root.size());
          const Rank rank = stem ? Rank{Score(analysis) + stem->second, true, length}
                                 : Rank{Score(analysis) + kUnknownRootWeight, false, -length};
          if (best_rank && rank <= *best_rank) return;
          best_rank = rank;
          best_known = stem.has_value();
          if (stem) {
            best = std::move(stem->first);
          } else {
            best = analysis.root;
          }
        });
    if (!best_rank) return latin ? kazakh::Devoice(word) : UnknownRootKey(word);
    if (best_known) return best;
    return latin && best == word ? kazakh::Devoice(best) : UnknownRootKey(best);
  }

  static int Score(const Analysis& analysis) {
    int score = analysis.penalty;
    for (std::size_t i = 0; i < analysis.suffixes.size(); ++i) {
      score += i == 0 ? analysis.suffixes[i]->final_weight : analysis.suffixes[i]->weight;
    }
    return score;
  }

  // The stem of an analysis whose root the lexicon knows, with how much
  // the root adds to its score; nullopt if the root is unknown.
  std::optional<std::pair<std::u32string, int>> KnownStem(const Analysis& analysis,
                                                          const std::u32string& word) const {
    const std::u32string& root = analysis.root;
    if (root.size() < 2) return std::nullopt;
    const bool bare = analysis.suffixes.empty();
    const bool before_vowel =
        !analysis.suffixes.empty() && kazakh::IsVowel(analysis.suffixes.back()->text.front());
    for (const std::u32string& candidate :
         kazakh::RootSpellings(root, analysis.verb, before_vowel)) {
      if (analysis.verb) {
        std::u32string stem = kazakh::CanonicalVerb(candidate);
        // A bare verb stem is an imperative, rare in news; оқы for оқ- is
        // its only spelling, екі is no verb ек-.
        if (bare && stem != candidate) continue;
        if (lexicon_.IsVerb(stem)) {
          const int weight = (lexicon_.IsOwnVerb(stem) ? kOwnWordWeight / 2 : 0) - (bare ? 3 : 0);
          return std::make_pair(UndoVoice(std::move(stem)), weight);
        }
      } else if (lexicon_.IsNoun(candidate) && kazakh::CanEndNominal(candidate)) {
        return std::make_pair(NounStem(candidate), NounWeight(candidate, word));
      }
    }
    return std::nullopt;
  }

  // Hunspell-kk lists many inflected forms as words of their own (болды,
  // автордың) and some clipped ones (мүмк, себеб); a real nominal root shows
  // itself by inflected forms of its own in the list, other than `word`.
  // A bare word without such forms is likely an inflected form itself, a
  // root reached by stripping without them likely a clipping.
  // `with_accusative`: count the accusative in -ды/-ты too, which is spelt
  // like the past of a verb (жасалды).
  int NounWeight(const std::u32string& root, const std::u32string& word,
                 bool with_accusative = true) const {
    const bool bare = root == word;
    // Ours are sure stems: a word that is one is not inflected (теңге).
    if (lexicon_.IsOwnNoun(root)) return bare ? 3 * kOwnWordWeight : kOwnWordWeight;
    int support = 0;
    for (const SupportingForm& form : SupportingForms(root)) {
      if (!with_accusative && form.accusative_like) continue;
      support += form.text != word;
    }
    if (support == 0) return bare ? -5 : -8;
    if (support == 1) return bare ? -3 : -5;
    return std::min(support, 10) - 2;
  }

  // The inflected forms of `root` the lexicon lists, each with whether its
  // suffix is spelt like an accusative in -ды/-ты. Computed once per root:
  // a root is weighed for many words, and its forms are many.
  struct SupportingForm {
    std::u32string text;
    bool accusative_like = false;
  };
  const std::vector<SupportingForm>& SupportingForms(const std::u32string& root) const {
    if (const auto it = support_cache_.find(root); it != support_cache_.end()) return it->second;
    std::vector<SupportingForm> forms;
    kazakh::ForEachNominalForm(root, [&](std::u32string_view form) {
      if (!lexicon_.IsNoun(form)) return;
      const std::u32string_view suffix = form.substr(root.size());
      const bool accusative_like = suffix.size() == 2 && (suffix[0] == U'д' || suffix[0] == U'т');
      forms.push_back({std::u32string(form), accusative_like});
    });
    if (support_cache_.size() >= kMaxCacheEntries) support_cache_.clear();
    return support_cache_.emplace(root, std::move(forms)).first->second;
  }

  std::u32string NounStem(const std::u32string& root) const {
    const std::u32string* alias = lexicon_.RootStem(root);
    return alias != nullptr ? *alias : root;
  }

  bool IsRealNoun(const std::u32string& root) const {
    return lexicon_.IsNoun(root) && NounWeight(root, root, false) >= 0;
  }

  // A verb in a voice suffix that is also a noun (байланыс, табыс) has
  // become a word of its own and keeps it.
  std::u32string UndoVoice(std::u32string stem) const {
    for (bool changed = true; changed && !IsRealNoun(stem);) {
      changed = false;
      for (const VoiceEnding& ending : kVoiceEndings) {
        if (stem.size() < ending.text.size() + 2) continue;
        if (std::u32string_view(stem).substr(stem.size() - ending.text.size()) != ending.text) {
          continue;
        }
        const std::u32string base = stem.substr(0, stem.size() - ending.text.size());
        if (kazakh::IsVowel(base.back()) != ending.after_vowel || !kazakh::HasVowel(base)) continue;
        // кел is no passive of a verb ке-: a single consonant leaves 3 letters.
        if (ending.after_vowel && base.size() < 3) continue;
        const kazakh::Harmony harmony = kazakh::SuffixHarmony(ending.text);
        const kazakh::Harmony before = kazakh::VowelHarmony(base);
        if (harmony != kazakh::Harmony::kNeutral && before != kazakh::Harmony::kNeutral &&
            harmony != before) {
          continue;
        }
        std::u32string canonical = kazakh::CanonicalVerb(base);
        if (!lexicon_.IsVerb(canonical)) continue;
        stem = std::move(canonical);
        changed = true;
        break;
      }
    }
    return stem;
  }

  // Whether a reading may stand with a root the lexicon does not know
  // (names, new words): it strips only the nominal inflection news text
  // puts on them, down to a root of two syllables or four letters.
  static bool IsPlausibleUnknownRoot(const Analysis& analysis) {
    if (analysis.verb || (analysis.kinds & ~kUnknownRootSuffixes) != 0) return false;
    const std::u32string& root = analysis.root;
    if (root.size() < 3 || (kazakh::Syllables(root) < 2 && root.size() < 4)) return false;
    if (!analysis.suffixes.empty()) {
      const kazakh::Morph& inner = *analysis.suffixes.back();
      // Қазақстан, Түркістан: -стан is no ablative.
      if (root.back() == U'с' && (inner.text == U"тан" || inner.text == U"тен")) return false;
    }
    return true;
  }

  // The key of an unknown root. Алматы + -ның and Алмат + -ы + -ның cannot
  // be told apart without the lexicon: one key for both drops a final ы/і
  // after a consonant. б/г/ғ are devoiced (клуб, клубы).
  static std::u32string UnknownRootKey(std::u32string root) {
    if (root.size() >= 4 && (root.back() == U'ы' || root.back() == U'і') &&
        !kazakh::IsVowel(root[root.size() - 2])) {
      root.pop_back();
    }
    return kazakh::Devoice(root);
  }

  KazakhLexicon lexicon_;
  mutable absl::flat_hash_map<std::string, std::string> cache_;
  mutable absl::flat_hash_map<std::u32string, std::vector<SupportingForm>> support_cache_;
};

}  // namespace

absl::StatusOr<std::unique_ptr<KazakhStemmer>> KazakhStemmer::Create(
    const std::string& hunspell_dic, std::string_view snapshot) {
  absl::StatusOr<KazakhLexicon> lexicon = KazakhLexicon::Load(hunspell_dic, snapshot);
  if (!lexicon.ok()) return lexicon.status();
  return std::unique_ptr<KazakhStemmer>(new RuleStemmer(*std::move(lexicon)));
}

}  // namespace steppe
