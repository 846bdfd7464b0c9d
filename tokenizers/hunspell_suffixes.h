// HunspellSuffixes: the suffix rules of a hunspell .aff file, run both ways:
// forward to make an entry's forms, backward to find which entries and
// flags could have made a word.
//
// Contract: Parse reads the SFX lines of an .aff already in UTF-8 (SFX flag
// strip add condition), with strip, add and condition case-folded and ё as
// е, the way words reach the stemmers; nullopt when the .aff has what
// these rules do not follow: prefixes, flags of more than one character,
// affixes with flags of their own, a malformed condition. This is all of
// hunspell that hunspell-ru's dictionary uses, so a stemmer can look words
// up without hunspell, several times faster (a hash lookup per candidate
// instead of hunspell's full check). Immutable after Parse; thread-safe.
#ifndef STEPPE_TOKENIZERS_HUNSPELL_SUFFIXES_H_
#define STEPPE_TOKENIZERS_HUNSPELL_SUFFIXES_H_

#include <array>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"

namespace steppe {

class HunspellSuffixes {
 public:
  struct Rule {
    char flag = 0;
    std::u32string strip;
    std::u32string add;
    // One position of the condition: a set of characters, or all but them
    // (empty: any character); the positions match the end of the entry.
    struct CharClass {
      std::u32string chars;
      bool negated = false;
    };
    std::vector<CharClass> condition;
  };

  static std::optional<HunspellSuffixes> Parse(std::string_view aff);
  // Move-only: the index points into the rules.
  HunspellSuffixes(HunspellSuffixes&&) = default;
  HunspellSuffixes& operator=(HunspellSuffixes&&) = default;
  HunspellSuffixes(const HunspellSuffixes&) = delete;
  HunspellSuffixes& operator=(const HunspellSuffixes&) = delete;

  // Calls `take(form)` with a folded entry and each form the rules of
  // `flags` make of it.
  template <typename Take>
  void Expand(std::u32string_view entry, std::string_view flags, Take take) const {
    take(entry);
    std::u32string form;
    for (const char flag : flags) {
      for (const Rule& rule : by_flag_[static_cast<unsigned char>(flag)]) {
        if (!Matches(rule.condition, entry) || entry.size() < rule.strip.size() ||
            entry.substr(entry.size() - rule.strip.size()) != rule.strip) {
          continue;
        }
        form.assign(entry.substr(0, entry.size() - rule.strip.size()));
        form += rule.add;
        take(std::u32string_view(form));
      }
    }
  }

  // Calls `take(base, rules)` for each entry `base` some rule could have
  // made the folded `word` from, with the rules that could have: those
  // whose add ends `word` and whose strip ends `base`; the caller checks
  // that `base` is an entry with one of their flags and MatchesEnd().
  // As hunspell without FULLSTRIP, a rule never adds the whole word.
  template <typename Take>
  void ForEachBase(std::string_view word, Take take) const {
    std::string base;
    std::size_t cut = word.size();
    while (cut > 0 && word.size() - cut <= max_add_bytes_) {
      const std::string_view ending = word.substr(cut);
      if (const auto it = by_add_.find(absl::string_view(ending.data(), ending.size()));
          it != by_add_.end()) {
        for (const StripGroup& group : it->second) {
          base.assign(word.substr(0, cut));
          base += group.strip;
          take(std::string_view(base), group.rules);
        }
      }
      do {
        --cut;
      } while (cut > 0 && (static_cast<unsigned char>(word[cut]) & 0xC0) == 0x80);
    }
  }

  // Whether `rule`'s condition holds at the end of the UTF-8 `entry`.
  static bool MatchesEnd(const Rule& rule, std::string_view entry);

 private:
  HunspellSuffixes() = default;

  struct StripGroup {
    std::string strip;               // UTF-8
    std::vector<const Rule*> rules;  // into by_flag_
  };

  static bool Matches(const std::vector<Rule::CharClass>& condition, std::u32string_view entry);

  std::array<std::vector<Rule>, 256> by_flag_;
  // By the add, in UTF-8 (empty for "0"), then by the strip.
  absl::flat_hash_map<std::string, std::vector<StripGroup>> by_add_;
  std::size_t max_add_bytes_ = 0;
};

}  // namespace steppe

#endif  // STEPPE_TOKENIZERS_HUNSPELL_SUFFIXES_H_
