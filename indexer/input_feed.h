// InputFeed: the input side of an indexing run. Reads every input file,
// archive member and record, in order, and hands each to `emit` as a
// WorkItem.
//
// Contract: every input, member and record yields exactly one item: a
// record, or the reason it could not be read (bad record, failed input,
// with file and line). Files are announced by a kInputOpened item before
// their records. Reading stops early, after the current record, once
// `halt()` returns true (Ctrl-C, --strict). Runs on one thread; `emit` may
// block (a bounded queue) and that is how the readers are paced.
#ifndef STEPPE_INDEXER_INPUT_FEED_H_
#define STEPPE_INDEXER_INPUT_FEED_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "indexer/archive_input.h"
#include "indexer/input_files.h"
#include "indexer/input_format.h"
#include "indexer/record_reader.h"
#include "indexer/record_sink.h"
#include "indexer/work_item.h"

namespace steppe {

class InputFeed : public RecordSink {
 public:
  using Emit = std::function<void(std::unique_ptr<WorkItem>)>;
  using Halt = std::function<bool()>;

  InputFeed(std::optional<InputFormat> format, ReaderLimits limits, Emit emit, Halt halt)
      : format_(format), limits_(limits), emit_(std::move(emit)), halt_(std::move(halt)) {}

  // Reads `files` to the end, or until halt() says to stop.
  void ReadAll(const std::vector<InputFile>& files);

  bool OnRecord(Record record) override;
  bool OnBadRecord(const Origin& origin, std::string_view problem) override;

  // Totals, for the run's summary once ReadAll has returned.
  std::uint64_t bytes() const { return bytes_; }
  std::uint64_t raw_bytes() const { return raw_bytes_done_; }

 private:
  void ReadInput(const InputFile& file);
  absl::Status ReadEntry(ArchiveInput& input);
  void FailInput(const std::string& name, const absl::Status& status);
  std::unique_ptr<WorkItem> NewItem(WorkItem::Kind kind);

  std::optional<InputFormat> format_;
  ReaderLimits limits_;
  Emit emit_;
  Halt halt_;
  std::uint64_t bytes_ = 0;
  std::uint64_t raw_bytes_done_ = 0;  // of the inputs read to the end
  const ArchiveInput* current_ = nullptr;
};

}  // namespace steppe

#endif  // STEPPE_INDEXER_INPUT_FEED_H_
