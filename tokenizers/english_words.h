// EnglishWords: the common words of English, from a word list, for telling
// a word from a name (name_key.h).
//
// Contract: Load() reads a list of one word a line (Debian's wamerican,
// LF or CRLF) and keeps its words written in lower-case ASCII letters
// only: the capitalized ones are names, and the rest have apostrophes or
// accents. An error when the file cannot be read or has no such word.
// The words are kept frozen (frozen_strings.h), and snapshot() gives them
// as a snapshot (snapshot.h); Load() given the snapshot made of the same
// file (its size and time; the build embeds the one of the list it finds)
// uses it in place instead of reading the list, which takes 10 ms, and
// ignores any other. Immutable once loaded; thread-safe.
#ifndef STEPPE_TOKENIZERS_ENGLISH_WORDS_H_
#define STEPPE_TOKENIZERS_ENGLISH_WORDS_H_

#include <memory>
#include <string>
#include <string_view>

#include "absl/status/statusor.h"
#include "tokenizers/frozen_strings.h"

namespace steppe {

class EnglishWords {
 public:
  // `snapshot`: another Load()'s snapshot(), or empty; it must outlive the
  // words.
  static absl::StatusOr<std::unique_ptr<EnglishWords>> Load(const std::string& path,
                                                            std::string_view snapshot = {});
  // The words view their snapshot: they stay where they are made.
  EnglishWords(const EnglishWords&) = delete;
  EnglishWords& operator=(const EnglishWords&) = delete;

  bool Contains(std::string_view word) const { return words_.Contains(word); }

  // What Load() read or was given, as a snapshot for a later Load().
  std::string_view snapshot() const { return snapshot_; }
  // Whether Load() used the snapshot it was given.
  bool from_snapshot() const { return from_snapshot_; }

 private:
  EnglishWords() = default;
  // Views `snapshot`; false unless it is a well-formed one.
  bool Open(std::string_view snapshot);

  std::string owned_snapshot_;  // when Load() read the list
  std::string_view snapshot_;
  bool from_snapshot_ = false;
  FrozenStrings words_;
};

}  // namespace steppe

#endif  // STEPPE_TOKENIZERS_ENGLISH_WORDS_H_
