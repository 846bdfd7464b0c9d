// DelimitedReader: CSV (RFC 4180) and TSV with a header row (libcsv).
//
// Contract: the header names the columns, in any order and case: id, url,
// title, text (or body, content), date, lang (or language), source; other
// columns are ignored. A header with no text column fails the whole input.
// Quoted fields may hold commas, doubled quotes and newlines. A row whose
// field count differs from the header's, or that is not valid UTF-8, is
// reported with the line it starts on and skipped.
#ifndef STEPPE_INDEXER_DELIMITED_READER_H_
#define STEPPE_INDEXER_DELIMITED_READER_H_

#include "indexer/record_reader.h"

namespace steppe {

class DelimitedReader : public RecordReader {
 public:
  DelimitedReader(char delimiter, const ReaderLimits& limits)
      : delimiter_(delimiter), limits_(limits) {}
  absl::Status Read(ByteSource& source, const std::string& name, RecordSink& sink) override;

 private:
  char delimiter_;
  ReaderLimits limits_;
};

}  // namespace steppe

#endif  // STEPPE_INDEXER_DELIMITED_READER_H_
