// JsonlReader: JSON Lines, one article object per line (simdjson).
//
// Contract: fields id (string or number), url, title, text or body (or
// content), date, lang (or language), source; null counts as absent and
// unknown fields are ignored. A line that is not valid JSON, not an object,
// not valid UTF-8, too long, or has a field of the wrong type is reported
// with its line number and skipped; blank lines are not records.
#ifndef STEPPE_INDEXER_JSONL_READER_H_
#define STEPPE_INDEXER_JSONL_READER_H_

#include "indexer/record_reader.h"

namespace steppe {

class JsonlReader : public RecordReader {
 public:
  explicit JsonlReader(const ReaderLimits& limits) : limits_(limits) {}
  absl::Status Read(ByteSource& source, const std::string& name, RecordSink& sink) override;

 private:
  ReaderLimits limits_;
};

}  // namespace steppe

#endif  // STEPPE_INDEXER_JSONL_READER_H_
