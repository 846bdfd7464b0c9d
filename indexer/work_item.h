// WorkItem: one thing the input side of an indexing run hands to the
// analysis and writing stages, in input order.
//
// Contract: a record to index, or an event the writing stage counts and
// reports (an input opened, a bad record, an input that failed). Each
// carries how many bytes the input side had read when it was made, so
// progress is reported in step with what is written. The analysis stage
// fills `built` for records; nothing else touches an item once it is queued.
#ifndef STEPPE_INDEXER_WORK_ITEM_H_
#define STEPPE_INDEXER_WORK_ITEM_H_

#include <cstdint>
#include <optional>
#include <string>

#include "absl/status/statusor.h"
#include "indexer/document_builder.h"
#include "indexer/record.h"

namespace steppe {

struct WorkItem {
  enum class Kind { kRecord, kInputOpened, kBadRecord, kFailedInput };

  Kind kind = Kind::kRecord;
  Record record;                                       // kRecord
  Origin origin;                                       // kBadRecord, kFailedInput
  std::string problem;                                 // kBadRecord, kFailedInput
  std::uint64_t bytes = 0;                             // decompressed bytes read so far
  std::uint64_t raw_bytes = 0;                         // bytes read from disk so far
  std::optional<absl::StatusOr<BuiltDocument>> built;  // kRecord, after analysis
};

}  // namespace steppe

#endif  // STEPPE_INDEXER_WORK_ITEM_H_
