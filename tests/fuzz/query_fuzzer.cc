// Fuzz target: steppe's query parser over any bytes, with the bundled
// gazetteer, as steppe-search parses a query (without a database: back-off
// prefixes stay wildcards). It must give a query or an error, never crash.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string_view>

#include "searcher/query_parser.h"
#include "tokenizers/analyzer.h"
#include "tokenizers/gazetteer.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const steppe::Gazetteer gazetteer = [] {
    auto bundled = steppe::Gazetteer::Bundled();
    if (!bundled.ok()) std::abort();
    return std::move(*bundled);
  }();
  static const std::unique_ptr<steppe::Analyzer> analyzer = [] {
    auto made = steppe::Analyzer::Create(gazetteer);
    if (!made.ok()) std::abort();
    return std::move(*made);
  }();
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  for (const bool exact : {false, true}) {
    steppe::QueryOptions options;
    options.gazetteer = &gazetteer;
    options.exact = exact;
    const steppe::QueryParser parser(*analyzer, options);
    const absl::StatusOr<steppe::ParsedQuery> parsed = parser.Parse(text);
    if (parsed.ok()) (void)parsed->query.get_description();
  }
  return 0;
}
