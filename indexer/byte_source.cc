#include "indexer/byte_source.h"

#include "indexer/record_reader.h"

#include <algorithm>

#include <fmt/format.h>

namespace steppe {

absl::StatusOr<std::string_view> PeekableSource::Peek() {
  if (!peeked_) {
    auto block = inner_.Next();
    if (!block.ok()) return block.status();
    first_ = *block;
    peeked_ = true;
  }
  return first_;
}

absl::StatusOr<std::string_view> PeekableSource::Next() {
  if (peeked_ && !replayed_) {
    replayed_ = true;
    return first_;
  }
  return inner_.Next();
}

absl::StatusOr<std::string_view> StringSource::Next() {
  const std::size_t n = std::min(block_, data_.size());
  std::string_view block = data_.substr(0, n);
  data_.remove_prefix(n);
  return block;
}

absl::Status ReadAll(ByteSource& source, std::size_t max_bytes, std::string& out) {
  out.clear();
  while (true) {
    auto block = source.Next();
    if (!block.ok()) return block.status();
    if (block->empty()) return absl::OkStatus();
    if (out.size() + block->size() > max_bytes) {
      return absl::ResourceExhaustedError(fmt::format("larger than the {} limit for one document",
                                                      ReaderLimits{max_bytes}.Describe()));
    }
    out.append(*block);
  }
}

}  // namespace steppe
