// RussianDictionary: hunspell-ru for RussianStemmer, in folded UTF-8: the
// lemmas of a word form, and the dictionary's entries grouped by Snowball
// stem.
//
// Contract: words in and lemmas out are case-folded UTF-8 with ё as е,
// whatever the dictionary's own encoding (its .aff SET line; KOI8-R and
// cp1251 dictionaries are converted with ICU). Lemmas() reads a word as
// written in lower case; TitleLemmas() as capitalized, which also finds
// names (киева -> Киев, and кий). A lemma is `proper` when its dictionary
// entry is capitalized. Entries with affix flags are paradigms (стол/...);
// entries without are single listed forms (нашего, Египта), which hunspell
// gives as their own lemma. A listed noun form whose nominative the
// dictionary has, found by its ending and fleeting vowel, has that lemma
// instead (Египта: египет, певцом: певец, огня: огонь, мужем: муж), and so
// has a plural the dictionary gives a paradigm of its own (углы: угол).
// Group() gives, for a Snowball stem, the entries that share it, nullopt
// when at most one paradigm and no listed form do. Load() reads the .dic
// twice (hunspell, then this index: its words sorted, 3 MB); Group() is a
// search of that index. Not thread-safe (hunspell is not).
#ifndef STEPPE_TOKENIZERS_RUSSIAN_DICTIONARY_H_
#define STEPPE_TOKENIZERS_RUSSIAN_DICTIONARY_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <xapian.h>

#include "absl/status/statusor.h"

class Hunspell;

namespace steppe {

class RussianDictionary {
 public:
  struct Lemma {
    std::string text;  // folded
    bool proper = false;
  };
  struct StemGroup {
    std::string paradigms;          // folded entries with affix flags, each ending in '\n'
    bool has_listed_forms = false;  // entries without flags share the stem
  };

  // `hunspell_dir` holds ru_RU.aff and ru_RU.dic; an error if unreadable.
  static absl::StatusOr<std::unique_ptr<RussianDictionary>> Load(const std::string& hunspell_dir);
  ~RussianDictionary();

  std::vector<Lemma> Lemmas(std::string_view word) const;
  std::vector<Lemma> TitleLemmas(std::string_view word) const;
  // Whether `word` is a form of a capitalized entry, as the .aff's suffix
  // rules make them (true if the .aff has rules of other kinds): when not,
  // TitleLemmas() finds no name. Much cheaper than TitleLemmas().
  bool MayBeName(std::string_view word) const;
  // Whether `lemma` is a dictionary entry with affix flags (a paradigm).
  bool IsParadigm(std::string_view lemma) const;
  // Whether `lemma` is an entry without flags that is the nominative of
  // listed forms (египет, of Египта, Египтом; угол, of угла, углы).
  bool IsListedNominative(std::string_view lemma) const;
  // Found when asked, by a search of the sorted entries.
  std::optional<StemGroup> Group(const std::string& snowball_stem) const;

 private:
  RussianDictionary() = default;
  absl::Status IndexEntries(const std::string& aff_path, const std::string& dic_path);
  std::vector<Lemma> Analyze(const std::string& word) const;
  // Between folded UTF-8 and the dictionary's encoding; false if a
  // character has no equivalent there.
  bool ToDictionary(std::string_view utf8, std::string& out) const;
  std::string FromDictionary(std::string_view bytes) const;
  std::string_view Entry(std::size_t i) const;
  // The index of the first entry not less than `word`.
  std::uint32_t Find(std::string_view word) const;
  // The kinds of `word`'s entries (see the .cc), 0 if it has none.
  std::uint8_t KindOf(std::string_view word) const;

  std::unique_ptr<Hunspell> hunspell_;
  std::string encoding_;  // empty for UTF-8
  Xapian::Stem snowball_{"russian"};
  // The dictionary's words, folded, as the .dic lists them: word w is
  // pool_[starts_[w], starts_[w + 1]). Entry i, in sorted order and each
  // word once (140,000: 3.5 MB in all), is word order_[i], of the kinds
  // kinds_[i].
  std::string pool_;
  std::vector<std::uint32_t> starts_;
  std::vector<std::uint32_t> order_;
  std::vector<std::uint8_t> kinds_;
  // Listed forms with a known nominative: (entry, the nominative's entry),
  // by entry.
  std::vector<std::pair<std::uint32_t, std::uint32_t>> nominatives_;
  // Per entry, the bytes Snowball takes off it, plus one; 0 until Group()
  // first needs it.
  mutable std::vector<std::uint8_t> stemmed_off_;
  // Hashes of the folded forms of capitalized entries, sorted (60,000);
  // all_may_be_names_ when the .aff has rules SuffixRules does not follow.
  std::vector<std::uint64_t> name_forms_;
  bool all_may_be_names_ = false;
};

}  // namespace steppe

#endif  // STEPPE_TOKENIZERS_RUSSIAN_DICTIONARY_H_
