// StoredDocument: what a search shows of a hit, read from the document's
// stored data (document_data.h: the JSON object of index_schema.h).
//
// Contract: StoredDocumentReader::Read unpacks a document's data and reads
// its fields; a field that is missing or not a string is empty, and data
// that is not a JSON object leaves every field empty; data that does not
// unpack is a DataLoss error. The reader keeps its buffers from one document
// to the next (a search's hits), so `text`, a view of them, is valid until
// the next Read. A reader is used by one thread at a time.
#ifndef STEPPE_SEARCHER_STORED_DOCUMENT_H_
#define STEPPE_SEARCHER_STORED_DOCUMENT_H_

#include <memory>
#include <string>
#include <string_view>

#include "absl/status/statusor.h"
#include "tokenizers/document_data.h"

namespace simdjson::dom {
class parser;
}  // namespace simdjson::dom

namespace steppe {

struct StoredDocument {
  std::string id;
  std::string url;
  std::string title;
  std::string date;
  std::string lang;
  std::string source;
  std::string_view text;
};

class StoredDocumentReader {
 public:
  StoredDocumentReader();
  ~StoredDocumentReader();
  StoredDocumentReader(const StoredDocumentReader&) = delete;
  StoredDocumentReader& operator=(const StoredDocumentReader&) = delete;

  absl::StatusOr<StoredDocument> Read(std::string_view packed);

 private:
  DocumentDataUnpacker unpacker_;
  std::unique_ptr<simdjson::dom::parser> parser_;
};

}  // namespace steppe

#endif  // STEPPE_SEARCHER_STORED_DOCUMENT_H_
