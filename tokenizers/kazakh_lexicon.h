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
// What Load() reads of hunspell-kk is kept frozen (frozen_strings.h), and
// snapshot() gives it as a snapshot (snapshot.h); Load() given the snapshot
// made of the same .dic (its size and time; the build embeds the one of the
// hunspell-kk it finds) uses it in place instead of reading the .dic, which
// takes 15 ms, and ignores any other. Words added later (AddHunspell,
// AddOwn) go to sets beside it.
#ifndef STEPPE_TOKENIZERS_KAZAKH_LEXICON_H_
#define STEPPE_TOKENIZERS_KAZAKH_LEXICON_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/functional/function_ref.h"
#include "absl/status/statusor.h"
#include "tokenizers/frozen_strings.h"
#include "tokenizers/snapshot_hash.h"

namespace steppe::kazakh {

// A verb stem's key: a final ы/і after a consonant dropped (оқы -> оқ, as
// оқу and оқиды spell it), then б/г/ғ devoiced (таб -> тап).
std::u32string CanonicalVerb(std::u32string_view stem);

class KazakhLexicon {
  // Looked up by view, without making a string of each candidate; the hash
  // is the frozen sets', so that a word is hashed once for both.
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::u32string_view text) const { return SnapshotHash(Bytes(text)); }
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
  // if the file is unreadable. `snapshot`: another Load()'s snapshot(), or
  // empty; it must outlive the lexicon.
  static absl::StatusOr<KazakhLexicon> Load(const std::string& hunspell_dic,
                                            std::string_view snapshot = {});
  // What Load() read of hunspell-kk, as a snapshot for a later Load() (empty
  // for a lexicon Load() did not make).
  std::string_view snapshot() const { return snapshot_; }
  // Whether Load() used the snapshot it was given.
  bool from_snapshot() const { return from_snapshot_; }

  void AddHunspell(std::string_view dic_text);
  void AddOwn(std::string_view list_text);

  bool IsNoun(std::u32string_view root) const {
    const std::uint64_t hash = SnapshotHash(Bytes(root));
    return listed_nouns_.Find(Bytes(root), hash).has_value() ||
           nouns_.find(root, hash) != nouns_.end();
  }
  // A nominal root from our own list rather than hunspell-kk's.
  bool IsOwnNoun(std::u32string_view root) const { return own_nouns_.contains(root); }
  // A verb stem from our own list of common verbs; `stem` must be canonical.
  bool IsOwnVerb(std::u32string_view stem) const { return own_verbs_.contains(stem); }
  // `stem` must be canonical.
  bool IsVerb(std::u32string_view stem) const {
    const std::uint64_t hash = SnapshotHash(Bytes(stem));
    return listed_verbs_.Find(Bytes(stem), hash).has_value() ||
           verbs_.find(stem, hash) != verbs_.end();
  }
  bool IsProtected(std::u32string_view word) const { return protected_.contains(word); }
  // The stem of an irregular form, or nullptr.
  const std::u32string* FormStem(std::u32string_view word) const;
  // The stem a nominal root stands for, or nullptr if it is its own.
  const std::u32string* RootStem(std::u32string_view root) const;

  // How many nominal roots and verb stems (one both in hunspell-kk's .dic
  // and added later counts twice).
  std::size_t nouns() const { return nouns_.size() + listed_nouns_.size(); }
  std::size_t verbs() const { return verbs_.size() + listed_verbs_.size(); }

 private:
  // Calls noun(root) and verb(stem) with the roots and verb stems of
  // hunspell-kk's .dic text.
  static void ReadHunspell(std::string_view dic_text, absl::FunctionRef<void(std::u32string)> noun,
                           absl::FunctionRef<void(std::u32string)> verb);
  // The verb stem of an infinitive (see the contract), "" if none.
  static std::u32string InfinitiveStem(std::u32string_view word);
  // Views `snapshot`; false unless it is a well-formed one.
  bool Open(std::string_view snapshot);
  // A word's bytes, as the frozen sets hold them.
  static std::string_view Bytes(std::u32string_view text) {
    return {reinterpret_cast<const char*>(text.data()), text.size() * sizeof(char32_t)};
  }

  Set nouns_;
  Set own_nouns_;
  Set verbs_;
  Set own_verbs_;
  Set protected_;
  Map forms_;
  Map roots_;
  // hunspell-kk's roots and verb stems, Bytes() of each, frozen in
  // snapshot_: in owned_snapshot_ when Load() read the .dic (shared, so
  // that a copy of the lexicon views it too), else in the one given.
  std::shared_ptr<const std::string> owned_snapshot_;
  std::string_view snapshot_;
  bool from_snapshot_ = false;
  FrozenStrings listed_nouns_;
  FrozenStrings listed_verbs_;
};

}  // namespace steppe::kazakh

#endif  // STEPPE_TOKENIZERS_KAZAKH_LEXICON_H_
