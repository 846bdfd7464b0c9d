#include "indexer/record_reader.h"

#include <fmt/format.h>

#include "indexer/delimited_reader.h"
#include "indexer/jsonl_reader.h"
#include "indexer/page_reader.h"

namespace steppe {

std::string ReaderLimits::Describe() const {
  if (max_record_bytes >= (std::size_t{1} << 20) &&
      max_record_bytes % (std::size_t{1} << 20) == 0) {
    return fmt::format("{} MiB", max_record_bytes >> 20);
  }
  return fmt::format("{} bytes", max_record_bytes);
}

std::unique_ptr<RecordReader> MakeReader(InputFormat format, const ReaderLimits& limits) {
  switch (format) {
    case InputFormat::kJsonLines:
      return std::make_unique<JsonlReader>(limits);
    case InputFormat::kCsv:
      return std::make_unique<DelimitedReader>(',', limits);
    case InputFormat::kTsv:
      return std::make_unique<DelimitedReader>('\t', limits);
    case InputFormat::kHtml:
      return std::make_unique<HtmlPageReader>(limits);
    case InputFormat::kText:
      return std::make_unique<TextPageReader>(limits);
    case InputFormat::kUnknown:
    case InputFormat::kBinary:
      break;
  }
  return nullptr;
}

}  // namespace steppe
