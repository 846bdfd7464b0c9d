#include "searcher/stored_document.h"

#include <simdjson.h>

namespace steppe {

StoredDocumentReader::StoredDocumentReader()
    : unpacker_(simdjson::SIMDJSON_PADDING), parser_(std::make_unique<simdjson::dom::parser>()) {}

StoredDocumentReader::~StoredDocumentReader() = default;

absl::StatusOr<StoredDocument> StoredDocumentReader::Read(std::string_view packed) {
  const absl::StatusOr<std::string_view> json = unpacker_.Unpack(packed);
  if (!json.ok()) return json.status();
  StoredDocument document;
  simdjson::dom::object object;
  // The unpacker leaves the padding simdjson reads past the end.
  if (parser_->parse(json->data(), json->size(), false).get(object) != simdjson::SUCCESS) {
    return document;
  }
  const auto field = [&](std::string_view key) {
    std::string_view value;
    return object[key].get(value) == simdjson::SUCCESS ? value : std::string_view();
  };
  document.id = field("id");
  document.url = field("url");
  document.title = field("title");
  document.date = field("date");
  document.lang = field("lang");
  document.source = field("source");
  document.text = field("text");
  return document;
}

}  // namespace steppe
