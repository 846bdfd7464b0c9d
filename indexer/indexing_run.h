// RunIndexing: reads every input, builds documents and writes them, with
// counts of what happened.
//
// One thread reads and parses the inputs, up to `threads` analyse records
// into documents at once (a oneTBB pipeline), and one thread per shard
// (shard_layout.h) writes them, all overlapped. Everything is reported, and
// each shard written, in input order, so the result is the same whatever
// the number of threads.
//
// Contract: every input file, archive member and record ends up counted:
// added, replaced, or bad (reported through Reporter with file and line and
// the reason). A failing input (unreadable, corrupt archive) is reported and
// the run goes on with the next. With `strict` the run stops at the first
// bad record; when `stop` becomes true (Ctrl-C) it stops after the current
// record. Either way what was written is committed before it returns.
// Opening the database is the only failure that returns an error.
#ifndef STEPPE_INDEXER_INDEXING_RUN_H_
#define STEPPE_INDEXER_INDEXING_RUN_H_

#include <atomic>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "indexer/input_format.h"
#include "indexer/record.h"
#include "indexer/record_reader.h"

namespace steppe {

struct IndexOptions {
  std::vector<std::string> inputs;
  std::string db_path;
  std::optional<InputFormat> format;  // forces a format instead of guessing
  bool strict = false;
  unsigned commit_every = 1000;
  // Wait for another indexer to finish rather than fail (DB_RETRY_LOCK).
  bool wait_for_lock = false;
  unsigned threads = 0;  // analysis threads; 0: DefaultThreads()
  unsigned shards = 0;   // 0: the database's own layout; a new one gets DefaultShards()
  // With shards 0: a new database's shards instead of DefaultShards() (the
  // configuration file's, which an existing database does not have to match).
  unsigned new_shards = 0;
  ReaderLimits limits;
  const std::atomic<bool>* stop = nullptr;
};

struct IndexStats {
  std::uint64_t files = 0;
  std::uint64_t added = 0;
  std::uint64_t replaced = 0;  // documents of earlier runs replaced
  // Records whose id an earlier record of this run had: the last one is
  // kept (each is written over the one before).
  std::uint64_t repeated = 0;
  std::uint64_t bad = 0;            // records refused
  std::uint64_t failed_inputs = 0;  // inputs that could not be read to the end
  std::uint64_t ignored_files = 0;  // files in folders with no known format
  std::uint64_t warnings = 0;
  std::uint64_t queued = 0;           // documents handed to the writers so far (progress)
  std::uint64_t bytes = 0;            // bytes read, after decompression
  std::uint64_t raw_bytes = 0;        // bytes read from disk
  std::uint64_t total_raw_bytes = 0;  // size of all inputs, 0 when unknown
  double seconds = 0;
  unsigned threads = 0;              // analysis threads the run used
  unsigned shards = 0;               // shard databases written
  std::uint64_t peak_rss_bytes = 0;  // the process's peak resident memory
  // Where the time went, for --timings and bench/: loading the analysers'
  // dictionaries; reading and parsing (CPU time of the reading thread);
  // analysis (summed over its threads); writing and committing (summed
  // over the shards' threads). The stages
  // overlap, so they add up to more than `seconds` when they do.
  double setup_seconds = 0;
  double read_seconds = 0;
  double analysis_seconds = 0;
  double write_seconds = 0;
  bool interrupted = false;
  bool stopped_at_bad_record = false;

  // Documents written and kept: each repeated id counts once.
  std::uint64_t documents() const { return added + replaced; }
};

// Where a run tells what it sees; the tool prints, tests collect.
class Reporter {
 public:
  virtual ~Reporter() = default;
  virtual void Problem(const Origin& origin, std::string_view message) = 0;
  virtual void Warning(const Origin& origin, std::string_view message) = 0;
  virtual void Progress(const IndexStats& /*stats*/) {}
};

// One analysis thread per core but the writer's, at least one.
unsigned DefaultThreads();
// Shards for a new database: one per two cores, at least two. Writing is
// the slower half of indexing, and two writers beat one even on two cores
// (bench/README.md).
unsigned DefaultShards();

absl::StatusOr<IndexStats> RunIndexing(const IndexOptions& options, Reporter& reporter);

}  // namespace steppe

#endif  // STEPPE_INDEXER_INDEXING_RUN_H_
