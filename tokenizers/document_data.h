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

#include <string>
#include <string_view>

#include "absl/status/statusor.h"

namespace steppe {

std::string PackDocumentData(std::string_view json);

absl::StatusOr<std::string> UnpackDocumentData(std::string_view packed);

}  // namespace steppe

#endif  // STEPPE_TOKENIZERS_DOCUMENT_DATA_H_
