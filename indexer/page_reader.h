// Page readers: one article per file, from a scraped plain-text page or an
// HTML page; the article is separated from the site's furniture by
// PageExtractor.
//
// Contract: the whole file is one record (origin line 0), read within
// max_record_bytes. A text page must be UTF-8 (a BOM is dropped, CRLF is
// fine); an HTML page may declare another charset. A page with no text left
// after extraction, or that cannot be read, is reported and skipped.
#ifndef STEPPE_INDEXER_PAGE_READER_H_
#define STEPPE_INDEXER_PAGE_READER_H_

#include "indexer/page_extractor.h"
#include "indexer/record_reader.h"

namespace steppe {

class TextPageReader : public RecordReader {
 public:
  explicit TextPageReader(const ReaderLimits& limits) : limits_(limits) {}
  absl::Status Read(ByteSource& source, const std::string& name, RecordSink& sink) override;

 private:
  ReaderLimits limits_;
  PageExtractor extractor_;
};

class HtmlPageReader : public RecordReader {
 public:
  explicit HtmlPageReader(const ReaderLimits& limits) : limits_(limits) {}
  absl::Status Read(ByteSource& source, const std::string& name, RecordSink& sink) override;

 private:
  ReaderLimits limits_;
  PageExtractor extractor_;
};

}  // namespace steppe

#endif  // STEPPE_INDEXER_PAGE_READER_H_
