// LineReader: splits a ByteSource into lines, in bounded memory.
//
// Contract: Next yields each line without its "\n" or "\r\n", with its
// 1-based number; a UTF-8 byte-order mark at the start is dropped. A line
// longer than `max_line_bytes` is not kept: Next returns it as an empty line
// with `too_long` set, having skipped its bytes, so one huge line cannot
// exhaust memory. The last line need not end with "\n".
#ifndef STEPPE_INDEXER_LINE_READER_H_
#define STEPPE_INDEXER_LINE_READER_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "absl/status/statusor.h"
#include "indexer/byte_source.h"

namespace steppe {

struct Line {
  std::string_view text;
  std::uint64_t number = 0;
  bool too_long = false;
};

class LineReader {
 public:
  LineReader(ByteSource& source, std::size_t max_line_bytes)
      : source_(source), max_line_bytes_(max_line_bytes) {}

  // False at the end of the source.
  absl::StatusOr<bool> Next(Line& line);

 private:
  void Finish(Line& line);

  ByteSource& source_;
  std::size_t max_line_bytes_;
  std::string_view block_;
  std::string pending_;
  std::uint64_t number_ = 0;
  bool at_end_ = false;
  bool overflow_ = false;
};

}  // namespace steppe

#endif  // STEPPE_INDEXER_LINE_READER_H_
