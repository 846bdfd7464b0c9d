// KazakhLexicon: the Kazakh words a stem may be, for the Kazakh stemmer.
//
// Contract: holds nominal roots (nouns, adjectives, names, other words)
// and verb stems, in lower-case Cyrillic with ё and э folded to е. From
// hunspell-kk's .dic (first line a count, entries `word/FLAGS`, UTF-8 with
// a BOM, CRLF): entries with the verb flags (M...) are infinitives in -у/-ю
// and become verb stems (жазу -> жаз, қою -> қой, табу -> тап; two-letter
// stems only in и, у or as де, же: тау is a noun); all other entries of
// three letters or more are nominal roots (its two-letter ones are mostly
// suffixes: ды, ға). Hunspell-kk also lists inflected forms (болды,
// автордың) and clippings (мүмк); the stemmer weighs its roots for that.
// Our own list (corpora/lexicon/kazakh_lexicon.lst, embedded) adds, a line
// each:
//   n ROOT           a nominal root, sure to be a stem (two-letter roots,
//                    words that look inflected: теңге, аймақ, Қарағанды)
//   v STEM           a verb stem, common or missing from hunspell-kk
//   n ROOT > STEM    a root that stands for another stem (екен > е)
//   = WORD           a word never stripped (және, бұрын)
//   WORD > STEM      an irregular word form and its stem (оның > ол)
// Verb stems are kept canonical (CanonicalVerb), so оқы- and оқ- meet.
#ifndef STEPPE_TOKENIZERS_KAZAKH_LEXICON_H_
#define STEPPE_TOKENIZERS_KAZAKH_LEXICON_H_

#include <string>
#include <string_view>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/status/statusor.h"

namespace steppe::kazakh {

// A verb stem's key: a final ы/і after a consonant dropped (оқы -> оқ, as
// оқу and оқиды spell it), then б/г/ғ devoiced (таб -> тап).
std::u32string CanonicalVerb(std::u32string_view stem);

class KazakhLexicon {
  // Looked up by view, without making a string of each candidate.
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::u32string_view text) const {
      return std::hash<std::u32string_view>{}(text);
    }
  };
  struct Equal {
    using is_transparent = void;
    bool operator()(std::u32string_view a, std::u32string_view b) const { return a == b; }
  };
  // Open addressing: most lookups are of candidate roots that are not
  // there, and a miss must be cheap.
  using Set = absl::flat_hash_set<std::u32string, Hash, Equal>;
  using Map = absl::flat_hash_map<std::u32string, std::u32string, Hash, Equal>;

 public:
  // hunspell-kk's .dic at `hunspell_dic` plus our embedded list; an error
  // if the file is unreadable.
  static absl::StatusOr<KazakhLexicon> Load(const std::string& hunspell_dic);

  void AddHunspell(std::string_view dic_text);
  void AddOwn(std::string_view list_text);

  bool IsNoun(std::u32string_view root) const { return nouns_.contains(root); }
  // A nominal root from our own list rather than hunspell-kk's.
  bool IsOwnNoun(std::u32string_view root) const { return own_nouns_.contains(root); }
  // A verb stem from our own list of common verbs; `stem` must be canonical.
  bool IsOwnVerb(std::u32string_view stem) const { return own_verbs_.contains(stem); }
  // `stem` must be canonical.
  bool IsVerb(std::u32string_view stem) const { return verbs_.contains(stem); }
  bool IsProtected(std::u32string_view word) const { return protected_.contains(word); }
  // The stem of an irregular form, or nullptr.
  const std::u32string* FormStem(std::u32string_view word) const;
  // The stem a nominal root stands for, or nullptr if it is its own.
  const std::u32string* RootStem(std::u32string_view root) const;

  std::size_t nouns() const { return nouns_.size(); }
  std::size_t verbs() const { return verbs_.size(); }

 private:
  void AddInfinitive(std::u32string_view word);

  Set nouns_;
  Set own_nouns_;
  Set verbs_;
  Set own_verbs_;
  Set protected_;
  Map forms_;
  Map roots_;
};

}  // namespace steppe::kazakh

#endif  // STEPPE_TOKENIZERS_KAZAKH_LEXICON_H_
