// Fuzz target: one record reader (STEPPE_FUZZ_FORMAT: kJsonLines, kCsv,
// kHtml, kText) over any bytes, read in small blocks so that records span
// them. It must deliver records or report bad ones, never crash, and keep
// every record within the reader's limit.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "indexer/byte_source.h"
#include "indexer/record_reader.h"
#include "indexer/record_sink.h"

namespace {

class CheckingSink : public steppe::RecordSink {
 public:
  explicit CheckingSink(std::size_t limit) : limit_(limit) {}
  bool OnRecord(steppe::Record record) override {
    // A record is never larger than the reader may hold.
    if (record.text.size() > limit_ || record.title.size() > limit_) std::abort();
    return true;
  }
  bool OnBadRecord(const steppe::Origin& /*origin*/, std::string_view problem) override {
    if (problem.empty()) std::abort();  // a problem always says what is wrong
    return true;
  }

 private:
  std::size_t limit_;
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  steppe::ReaderLimits limits;
  limits.max_record_bytes = 4096;  // small, so that the limit is met too
  auto reader = steppe::MakeReader(steppe::InputFormat::STEPPE_FUZZ_FORMAT, limits);
  if (!reader) std::abort();
  steppe::StringSource source(std::string_view(reinterpret_cast<const char*>(data), size), 64);
  CheckingSink sink(limits.max_record_bytes);
  (void)reader->Read(source, "fuzz", sink);
  return 0;
}
