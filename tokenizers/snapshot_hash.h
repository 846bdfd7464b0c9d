// SnapshotHash: a 64-bit hash of bytes that is the same in every process and
// every build on machines of one byte order, unlike absl::Hash (seeded per
// process) and std::hash (the C++ library's to change): for the hashes kept
// in snapshots (snapshot.h), tables of words among them, so it takes eight
// bytes at a time. (Ids and shards, which databases keep, use the indexer's
// own StableHash64, FNV-1a, which must never change; this one may, as
// snapshots are remade with the build.)
//
// Contract: a pure function of the bytes, mixed in all 64 bits (a hash
// table may take its slot from the low bits and a tag from the high ones).
// Not cryptographic.
#ifndef STEPPE_TOKENIZERS_SNAPSHOT_HASH_H_
#define STEPPE_TOKENIZERS_SNAPSHOT_HASH_H_

#include <bit>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace steppe {

inline std::uint64_t SnapshotHash(std::string_view bytes) {
  constexpr std::uint64_t kMultiplier = 0x9E3779B97F4A7C15;
  // Loads of fixed sizes only: a copy of a variable length would be a call,
  // and its narrow stores stall the wide load that follows.
  const auto load64 = [](const char* at) {
    std::uint64_t word = 0;
    std::memcpy(&word, at, 8);
    return word;
  };
  const auto load32 = [](const char* at) {
    std::uint32_t word = 0;
    std::memcpy(&word, at, 4);
    return std::uint64_t{word};
  };
  const char* const data = bytes.data();
  const std::size_t size = bytes.size();
  std::uint64_t hash = size * kMultiplier;
  std::size_t i = 0;
  for (; i + 8 <= size; i += 8) hash = (std::rotl(hash, 23) ^ load64(data + i)) * kMultiplier;
  if (i < size) {
    // The last bytes: the last eight (overlapping the words before), or
    // for a short string its first and last four, or its first, middle
    // and last byte.
    std::uint64_t word = 0;
    if (size >= 8) {
      word = load64(data + size - 8);
    } else if (size >= 4) {
      word = load32(data) | load32(data + size - 4) << 32;
    } else {
      word = std::uint64_t{static_cast<unsigned char>(data[0])} << 16 |
             std::uint64_t{static_cast<unsigned char>(data[size / 2])} << 8 |
             static_cast<unsigned char>(data[size - 1]);
    }
    hash = (std::rotl(hash, 23) ^ word) * kMultiplier;
  }
  // MurmurHash3's finalizer.
  hash ^= hash >> 33;
  hash *= 0xFF51AFD7ED558CCD;
  hash ^= hash >> 33;
  hash *= 0xC4CEB9FE1A85EC53;
  hash ^= hash >> 33;
  return hash;
}

}  // namespace steppe

#endif  // STEPPE_TOKENIZERS_SNAPSHOT_HASH_H_
