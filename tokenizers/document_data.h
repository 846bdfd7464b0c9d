// The stored data of a steppe document: the article's JSON object (see
// index_schema.h), compressed with zstd.
//
// Contract: UnpackDocumentData(PackDocumentData(json)) == json for any
// string. Xapian would deflate the data itself (zlib, in its writer
// thread), which costs about a quarter of the writer's time; a zstd frame
// made where the document is built is several times cheaper, and Xapian
// then stores it as it is. Unpack fails with a clear status on data that is
// not a whole zstd frame.
#ifndef STEPPE_TOKENIZERS_DOCUMENT_DATA_H_
#define STEPPE_TOKENIZERS_DOCUMENT_DATA_H_

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

#include "absl/status/statusor.h"

struct ZSTD_DCtx_s;

namespace steppe {

std::string PackDocumentData(std::string_view json);

absl::StatusOr<std::string> UnpackDocumentData(std::string_view packed);

// DocumentDataUnpacker: UnpackDocumentData for one document after another
// (a search's hits).
//
// Contract: Unpack gives what UnpackDocumentData gives, and fails as it
// does, but keeps its zstd context and its buffer from one call to the next
// (about half the time on news articles), so the JSON it returns is valid
// until the next call. The buffer holds `padding` more bytes after the JSON,
// for parsers that read past the end (simdjson's SIMDJSON_PADDING).
class DocumentDataUnpacker {
 public:
  explicit DocumentDataUnpacker(std::size_t padding = 0);

  absl::StatusOr<std::string_view> Unpack(std::string_view packed);

 private:
  struct ContextDeleter {
    void operator()(ZSTD_DCtx_s* context) const;
  };
  std::unique_ptr<ZSTD_DCtx_s, ContextDeleter> context_;
  std::string buffer_;
  std::size_t padding_;
};

}  // namespace steppe

#endif  // STEPPE_TOKENIZERS_DOCUMENT_DATA_H_
