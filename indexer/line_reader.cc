#include "indexer/line_reader.h"

namespace steppe {

absl::StatusOr<bool> LineReader::Next(Line& line) {
  pending_.clear();
  overflow_ = false;
  while (true) {
    if (block_.empty()) {
      if (at_end_) break;
      auto block = source_.Next();
      if (!block.ok()) return block.status();
      if (block->empty()) {
        at_end_ = true;
        break;
      }
      block_ = *block;
    }
    const std::size_t newline = block_.find('\n');
    const std::string_view piece = block_.substr(0, newline);
    if (!overflow_) {
      if (pending_.size() + piece.size() > max_line_bytes_) {
        overflow_ = true;
        pending_.clear();
      } else {
        pending_.append(piece);
      }
    }
    if (newline == std::string_view::npos) {
      block_ = {};
      continue;
    }
    block_.remove_prefix(newline + 1);
    ++number_;
    Finish(line);
    return true;
  }
  if (pending_.empty() && !overflow_) return false;
  ++number_;
  Finish(line);
  return true;
}

void LineReader::Finish(Line& line) {
  line.number = number_;
  line.too_long = overflow_;
  std::string_view text = pending_;
  if (number_ == 1 && text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
  line.text = text;
}

}  // namespace steppe
