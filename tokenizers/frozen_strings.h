// FrozenStrings: an immutable set of byte strings, in byte order, with a
// hash index, kept in a snapshot (snapshot.h) and used where it lies:
// opening one costs a check of its offsets, looking a string up a hash and
// a probe or two, as a hash set does, but nothing is built at run time.
//
// Contract: Write() sorts and deduplicates `strings` and writes them as
// four sections: their offsets, their bytes end to end, and an
// open-addressing table (linear probing, at most 2/3 full) of their index
// by SnapshotHash, as a byte of the hash per slot then the indices; Read()
// views the four sections, nullopt unless they are consistent (offsets in
// order within the bytes, a table whose size is a power of two). String i is the i-th in byte
// order; Find() gives a string's index, LowerBound() the index of the first string not less than
// `text`. At most 4 GB of strings. Immutable; thread-safe.
#ifndef STEPPE_TOKENIZERS_FROZEN_STRINGS_H_
#define STEPPE_TOKENIZERS_FROZEN_STRINGS_H_

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "tokenizers/snapshot.h"
#include "tokenizers/snapshot_hash.h"

namespace steppe {

class FrozenStrings {
 public:
  FrozenStrings() = default;  // empty

  static void Write(std::vector<std::string_view> strings, SnapshotWriter& out);
  static std::optional<FrozenStrings> Read(SnapshotReader& in);

  std::size_t size() const { return offsets_.empty() ? 0 : offsets_.size() - 1; }
  std::string_view operator[](std::size_t i) const {
    return pool_.substr(offsets_[i], offsets_[i + 1] - offsets_[i]);
  }
  std::optional<std::uint32_t> Find(std::string_view text) const {
    return Find(text, SnapshotHash(text));
  }
  // The same with SnapshotHash(text) already worked out.
  std::optional<std::uint32_t> Find(std::string_view text, std::uint64_t hash) const;
  bool Contains(std::string_view text) const { return Find(text).has_value(); }
  std::uint32_t LowerBound(std::string_view text) const;

 private:
  std::span<const std::uint32_t> offsets_;  // size() + 1
  std::string_view pool_;
  // The table, a power of two of slots: a tag per slot (0 when empty, else
  // a byte of the string's hash), so that a miss mostly reads tags alone,
  // and the index of the slot's string.
  std::span<const std::uint8_t> tags_;
  std::span<const std::uint32_t> indices_;
};

}  // namespace steppe

#endif  // STEPPE_TOKENIZERS_FROZEN_STRINGS_H_
