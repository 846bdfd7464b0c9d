#include "tokenizers/frozen_strings.h"

#include <algorithm>
#include <bit>
#include <string>

#include "tokenizers/snapshot_hash.h"

namespace steppe {
namespace {

// A slot's tag: 0 when empty, else the top byte of its string's hash (1 for 0).
std::uint8_t TagOf(std::uint64_t hash) {
  const auto tag = static_cast<std::uint8_t>(hash >> 56);
  return tag == 0 ? 1 : tag;
}

}  // namespace

void FrozenStrings::Write(std::vector<std::string_view> strings, SnapshotWriter& out) {
  if (!std::is_sorted(strings.begin(), strings.end())) std::sort(strings.begin(), strings.end());
  strings.erase(std::unique(strings.begin(), strings.end()), strings.end());
  std::vector<std::uint32_t> offsets;
  offsets.reserve(strings.size() + 1);
  std::string pool;
  for (const std::string_view text : strings) {
    offsets.push_back(static_cast<std::uint32_t>(pool.size()));
    pool.append(text);
  }
  offsets.push_back(static_cast<std::uint32_t>(pool.size()));
  const std::size_t capacity = std::bit_ceil(strings.size() + strings.size() / 2 + 1);
  std::vector<std::uint8_t> tags(capacity, 0);
  std::vector<std::uint32_t> indices(capacity, 0);
  for (std::size_t i = 0; i < strings.size(); ++i) {
    const std::uint64_t hash = SnapshotHash(strings[i]);
    std::size_t slot = hash & (capacity - 1);
    while (tags[slot] != 0) slot = (slot + 1) & (capacity - 1);
    tags[slot] = TagOf(hash);
    indices[slot] = static_cast<std::uint32_t>(i);
  }
  out.Add(offsets);
  out.AddBytes(pool);
  out.Add(tags);
  out.Add(indices);
}

std::optional<FrozenStrings> FrozenStrings::Read(SnapshotReader& in) {
  FrozenStrings strings;
  const std::optional<std::span<const std::uint32_t>> offsets = in.Next<std::uint32_t>();
  const std::optional<std::string_view> pool = in.NextBytes();
  const std::optional<std::span<const std::uint8_t>> tags = in.Next<std::uint8_t>();
  const std::optional<std::span<const std::uint32_t>> indices = in.Next<std::uint32_t>();
  if (!offsets.has_value() || !pool.has_value() || !tags.has_value() || !indices.has_value() ||
      offsets->empty() || offsets->front() != 0 || offsets->back() != pool->size() ||
      !std::is_sorted(offsets->begin(), offsets->end()) || !std::has_single_bit(tags->size()) ||
      indices->size() != tags->size() || tags->size() <= offsets->size() - 1) {
    return std::nullopt;
  }
  strings.offsets_ = *offsets;
  strings.pool_ = *pool;
  strings.tags_ = *tags;
  strings.indices_ = *indices;
  return strings;
}

std::optional<std::uint32_t> FrozenStrings::Find(std::string_view text, std::uint64_t hash) const {
  if (tags_.empty()) return std::nullopt;
  const std::uint8_t tag = TagOf(hash);
  const std::size_t mask = tags_.size() - 1;
  std::size_t slot = hash & mask;
  // A table Write() made has empty slots; the bound guards against one it did not.
  for (std::size_t probes = 0; probes < tags_.size(); ++probes, slot = (slot + 1) & mask) {
    const std::uint8_t found = tags_[slot];
    if (found == 0) return std::nullopt;
    if (found != tag) continue;
    const std::uint32_t index = indices_[slot];
    if (index < size() && (*this)[index] == text) return index;
  }
  return std::nullopt;
}

std::uint32_t FrozenStrings::LowerBound(std::string_view text) const {
  std::size_t low = 0;
  std::size_t high = size();
  while (low < high) {
    const std::size_t middle = low + (high - low) / 2;
    if ((*this)[middle] < text) {
      low = middle + 1;
    } else {
      high = middle;
    }
  }
  return static_cast<std::uint32_t>(low);
}

}  // namespace steppe
