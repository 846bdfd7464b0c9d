#include "indexer/page_reader.h"

#include <string>

#include <simdjson.h>

#include "indexer/html_extractor.h"

namespace steppe {
namespace {

// Reads the whole page; on a problem reports it and returns false.
bool ReadPage(ByteSource& source, const ReaderLimits& limits, const Origin& origin,
              RecordSink& sink, std::string& page, absl::Status& stream_error) {
  absl::Status status = ReadAll(source, limits.max_record_bytes, page);
  if (absl::IsResourceExhausted(status)) {
    sink.OnBadRecord(origin, std::string(status.message()));
    return false;
  }
  if (!status.ok()) {
    stream_error = status;
    return false;
  }
  if (page.find_first_not_of(" \t\r\n") == std::string::npos) {
    sink.OnBadRecord(origin, "empty file");
    return false;
  }
  if (page.find('\0') != std::string::npos) {
    sink.OnBadRecord(origin, "contains NUL bytes: a binary file, not a text page");
    return false;
  }
  return true;
}

bool Deliver(PageParts parts, Record record, RecordSink& sink) {
  if (parts.body.empty()) {
    return sink.OnBadRecord(record.origin, "no article text found on the page");
  }
  record.title = std::move(parts.title);
  record.text = std::move(parts.body);
  if (record.date.empty()) record.date = std::move(parts.date);
  if (record.source.empty()) record.source = std::move(parts.source);
  return sink.OnRecord(std::move(record));
}

}  // namespace

absl::Status TextPageReader::Read(ByteSource& source, const std::string& name, RecordSink& sink) {
  const Origin origin{name, 0};
  std::string page;
  absl::Status stream_error;
  if (!ReadPage(source, limits_, origin, sink, page, stream_error)) return stream_error;
  if (!simdjson::validate_utf8(page.data(), page.size())) {
    sink.OnBadRecord(origin,
                     "invalid UTF-8 (convert legacy encodings such as Windows-1251 or "
                     "KOI8-R with iconv first)");
    return absl::OkStatus();
  }
  std::string_view text = page;
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  Record record;
  record.origin = origin;
  Deliver(extractor_.Extract(SplitLines(text)), std::move(record), sink);
  return absl::OkStatus();
}

absl::Status HtmlPageReader::Read(ByteSource& source, const std::string& name, RecordSink& sink) {
  const Origin origin{name, 0};
  std::string page;
  absl::Status stream_error;
  if (!ReadPage(source, limits_, origin, sink, page, stream_error)) return stream_error;
  auto html = ExtractHtml(page);
  if (!html.ok()) {
    sink.OnBadRecord(origin, std::string(html.status().message()));
    return absl::OkStatus();
  }
  Record record;
  record.origin = origin;
  record.url = html->url;
  record.date = html->date;
  record.lang = html->lang;
  record.source = html->source;
  Deliver(extractor_.Extract(html->lines, html->title), std::move(record), sink);
  return absl::OkStatus();
}

}  // namespace steppe
