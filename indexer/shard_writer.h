// ShardWriter: writes the documents of one shard database on a thread of
// its own, so that several shards are written at once and writing overlaps
// analysis.
//
// Contract: Write queues a built document (blocking while the bounded queue
// is full, which bounds memory); the thread writes queued documents in the
// order given, through IndexWriter (replace by id, commit every N). Finish
// writes what is queued, commits, stops the thread and returns the counts:
// documents added and replaced, and each document that could not be written
// with its origin and the reason. A writer that was opened is always
// finished (its destructor does it), so a run that ends early still commits.
#ifndef STEPPE_INDEXER_SHARD_WRITER_H_
#define STEPPE_INDEXER_SHARD_WRITER_H_

#include <oneapi/tbb/concurrent_queue.h>

#include <atomic>
#include <cstdint>
#include <memory>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "absl/status/statusor.h"
#include "indexer/document_builder.h"
#include "indexer/index_writer.h"
#include "indexer/record.h"

namespace steppe {

class ShardWriter {
 public:
  struct Summary {
    std::uint64_t added = 0;
    std::uint64_t replaced = 0;
    double write_seconds = 0;  // time spent writing and committing
    std::vector<std::pair<Origin, std::string>> failures;
    absl::Status committed;  // the last commit
  };

  static absl::StatusOr<std::unique_ptr<ShardWriter>> Open(const std::string& path,
                                                           unsigned commit_every,
                                                           bool wait = false);
  ~ShardWriter();
  ShardWriter(const ShardWriter&) = delete;
  ShardWriter& operator=(const ShardWriter&) = delete;

  void Write(BuiltDocument document, Origin origin);
  // Documents that could not be written so far (any thread may ask).
  std::uint64_t failures() const { return failure_count_.load(); }
  Summary Finish();

 private:
  struct Job {
    BuiltDocument document;
    Origin origin;
  };

  explicit ShardWriter(std::unique_ptr<IndexWriter> writer);
  void Run();

  std::unique_ptr<IndexWriter> writer_;
  // A null job ends the thread.
  tbb::concurrent_bounded_queue<std::unique_ptr<Job>> queue_;
  std::atomic<std::uint64_t> failure_count_{0};
  Summary summary_;  // the thread's until it is joined
  std::thread thread_;
  bool finished_ = false;
};

}  // namespace steppe

#endif  // STEPPE_INDEXER_SHARD_WRITER_H_
