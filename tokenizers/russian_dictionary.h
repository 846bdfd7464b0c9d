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
// entries without are single listed forms (нашего, Египта), their own
// lemma. A listed noun form whose nominative the dictionary has, found by
// its ending and fleeting vowel, has that lemma instead (Египта: египет,
// певцом: певец, огня: огонь, мужем: муж), and so has a plural the
// dictionary gives a paradigm of its own (углы: угол).
// Group() gives, for a Snowball stem, the entries that share it, nullopt
// when at most one paradigm and no listed form do.
// The lemmas are found as hunspell's stem() finds them, by undoing the
// .aff's suffix rules (HunspellSuffixes) and looking the candidates up in a
// hash index of the entries, without hunspell itself: a word costs a few
// microseconds instead of hunspell's 10-15. Load() fails clearly on an
// .aff that uses what those rules do not follow. Group() is a search of
// the sorted entries. fingerprint() names the dictionary's files (a hash
// of the .aff and .dic as read), so that what was worked out from one
// dictionary is never applied to another.
// All of it is flat arrays, which snapshot() gives as one block of bytes
// (snapshot.h); Load() given the snapshot of the same files (the build
// embeds the one of the hunspell-ru it finds: tokenizers/CMakeLists.txt)
// uses it in place instead of parsing them, which takes 100 ms: when the
// files' sizes and times are those the snapshot was made from, without
// reading them, else when their fingerprint is. Any other snapshot is
// ignored, and the files parsed. Not thread-safe (Group() fills a cache).
#ifndef STEPPE_TOKENIZERS_RUSSIAN_DICTIONARY_H_
#define STEPPE_TOKENIZERS_RUSSIAN_DICTIONARY_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

#include "absl/functional/function_ref.h"
#include "absl/status/statusor.h"
#include "tokenizers/frozen_strings.h"
#include "tokenizers/hunspell_suffixes.h"
#include "tokenizers/snapshot.h"

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
  // `snapshot`: another Load()'s snapshot(), or empty; it must outlive the
  // dictionary.
  static absl::StatusOr<std::unique_ptr<RussianDictionary>> Load(const std::string& hunspell_dir,
                                                                 std::string_view snapshot = {});
  ~RussianDictionary();
  // The dictionary is a view of its snapshot: it stays where it is made.
  RussianDictionary(const RussianDictionary&) = delete;
  RussianDictionary& operator=(const RussianDictionary&) = delete;

  // What Load() parsed or was given, as a snapshot for a later Load().
  std::string_view snapshot() const { return snapshot_; }
  // Whether Load() used the snapshot it was given.
  bool from_snapshot() const { return from_snapshot_; }

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
  // Whether `word` is an entry (a paradigm's first form or a listed form).
  bool IsEntry(std::string_view word) const { return KindOf(word) != 0; }
  // Calls `take` with every entry, folded, in byte order.
  void ForEachEntry(absl::FunctionRef<void(std::string_view)> take) const;
  std::uint64_t fingerprint() const { return fingerprint_; }

 private:
  RussianDictionary() = default;
  // Works the snapshot out from the .aff and .dic at `aff_path` and
  // `dic_path`, as read (`aff_text`, `dic_text`, in their own encoding),
  // and opens it.
  absl::Status Parse(const std::string& aff_path, std::string_view aff_text,
                     const std::string& dic_path, std::string_view dic_text,
                     const std::vector<FileStamp>& stamps);
  // Views `snapshot`; false, with nothing changed, unless it is well formed.
  bool Open(std::string_view snapshot);
  // The lemmas of `word` among the common entries, and among the names too
  // when `title`.
  std::vector<Lemma> Analyze(std::string_view word, bool title) const;
  // The dictionary's encoding to UTF-8.
  std::string FromDictionary(std::string_view bytes) const;
  std::optional<std::uint32_t> Lookup(std::string_view word) const;
  // The merged flags of entry i's common entries, or of its names.
  std::string_view Flags(std::uint32_t i, bool proper) const;
  std::string_view Entry(std::size_t i) const;
  // The index of the first entry not less than `word`.
  std::uint32_t Find(std::string_view word) const;
  // The kinds of `word`'s entries (see the .cc), 0 if it has none.
  std::uint8_t KindOf(std::string_view word) const;

  std::unique_ptr<HunspellSuffixes> suffixes_;
  std::string encoding_;  // empty for UTF-8
  std::uint64_t fingerprint_ = 0;
  Xapian::Stem snowball_{"russian"};
  // The snapshot the members below view: owned_snapshot_ when Load()
  // parsed the files, else the one it was given.
  std::string owned_snapshot_;
  std::string_view snapshot_;
  bool from_snapshot_ = false;
  // The dictionary's words, folded, in byte order, each once (140,000:
  // 2.6 MB); entry i is of the kinds kinds_[i].
  FrozenStrings entries_;
  std::span<const std::uint8_t> kinds_;
  // Entry i's flags: common ones flags_[flag_starts_[2i], flag_starts_[2i+1]),
  // names' up to flag_starts_[2i+2].
  std::string_view flags_;
  std::span<const std::uint32_t> flag_starts_;
  // Listed forms with a known nominative, by entry.
  struct Nominative {
    std::uint32_t entry;
    std::uint32_t nominative;  // its entry
  };
  std::span<const Nominative> nominatives_;
  // Per entry, the bytes Snowball takes off it, plus one; 0 until Group()
  // first needs it.
  mutable std::vector<std::uint8_t> stemmed_off_;
  // SnapshotHash()es of the folded forms of capitalized entries, sorted
  // (60,000).
  std::span<const std::uint64_t> name_forms_;
};

}  // namespace steppe

#endif  // STEPPE_TOKENIZERS_RUSSIAN_DICTIONARY_H_
