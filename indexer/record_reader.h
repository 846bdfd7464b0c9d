// RecordReader: reads the records of one input stream in one format.
//
// Contract: Read delivers every record of `source` to the sink and reports
// every record it cannot read there too (with file and line), then goes on.
// It returns an error only when the stream itself fails (truncated archive,
// a CSV without a text column) and records read before that stay delivered.
// No reader holds more than one record (bounded by max_record_bytes) in
// memory. MakeReader gives the reader for a format.
#ifndef STEPPE_INDEXER_RECORD_READER_H_
#define STEPPE_INDEXER_RECORD_READER_H_

#include <cstddef>
#include <memory>
#include <string>

#include "absl/status/status.h"
#include "indexer/byte_source.h"
#include "indexer/input_format.h"
#include "indexer/record_sink.h"

namespace steppe {

struct ReaderLimits {
  std::size_t max_record_bytes = std::size_t{64} << 20;

  // "64 MiB", or "512 bytes" for a limit under a mebibyte.
  std::string Describe() const;
};

class RecordReader {
 public:
  virtual ~RecordReader() = default;
  virtual absl::Status Read(ByteSource& source, const std::string& name, RecordSink& sink) = 0;
};

// nullptr for kUnknown and kBinary, which have no reader.
std::unique_ptr<RecordReader> MakeReader(InputFormat format, const ReaderLimits& limits);

}  // namespace steppe

#endif  // STEPPE_INDEXER_RECORD_READER_H_
