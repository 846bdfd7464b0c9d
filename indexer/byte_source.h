// ByteSource: a stream of bytes read in blocks (a file, a decompressed
// archive member, standard input).
//
// Contract: Next returns the next non-empty block, an empty view at the end,
// or an error (a truncated .gz, an I/O failure). A block stays valid until
// the next call. PeekableSource lets a caller look at the first block (to
// sniff the format) and still read it again.
#ifndef STEPPE_INDEXER_BYTE_SOURCE_H_
#define STEPPE_INDEXER_BYTE_SOURCE_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "absl/status/statusor.h"

namespace steppe {

class ByteSource {
 public:
  virtual ~ByteSource() = default;
  virtual absl::StatusOr<std::string_view> Next() = 0;
};

class PeekableSource : public ByteSource {
 public:
  explicit PeekableSource(ByteSource& inner) : inner_(inner) {}

  // The first block, without consuming it.
  absl::StatusOr<std::string_view> Peek();
  absl::StatusOr<std::string_view> Next() override;

 private:
  ByteSource& inner_;
  bool peeked_ = false;
  bool replayed_ = false;
  std::string_view first_;
};

// A source over bytes already in memory, for tests and small inputs.
class StringSource : public ByteSource {
 public:
  explicit StringSource(std::string_view data, std::size_t block = 1 << 16)
      : data_(data), block_(block) {}
  absl::StatusOr<std::string_view> Next() override;

 private:
  std::string_view data_;
  std::size_t block_;
};

// Reads a whole source into `out`, failing when it exceeds `max_bytes`.
absl::Status ReadAll(ByteSource& source, std::size_t max_bytes, std::string& out);

}  // namespace steppe

#endif  // STEPPE_INDEXER_BYTE_SOURCE_H_
