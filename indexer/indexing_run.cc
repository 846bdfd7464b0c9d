#include "indexer/indexing_run.h"

#include <oneapi/tbb/concurrent_queue.h>
#include <oneapi/tbb/global_control.h>
#include <oneapi/tbb/parallel_pipeline.h>
#include <oneapi/tbb/task_arena.h>

#include <sys/resource.h>
#include <algorithm>
#include <chrono>
#include <ctime>
#include <memory>
#include <thread>

#include <fmt/format.h>

#include "absl/container/flat_hash_set.h"

#include "indexer/analyzer_pool.h"
#include "indexer/document_builder.h"
#include "indexer/input_feed.h"
#include "indexer/input_files.h"
#include "indexer/shard_layout.h"
#include "indexer/shard_writer.h"
#include "indexer/work_item.h"

namespace steppe {
namespace {

using Clock = std::chrono::steady_clock;

double Seconds(Clock::duration duration) { return std::chrono::duration<double>(duration).count(); }

// CPU time of the calling thread.
double ThreadCpuSeconds() {
  timespec now{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
  return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) / 1e9;
}

// Items waiting between the reading thread and the pipeline, beyond those
// in flight in it: enough to keep the analysis threads fed, few enough to
// bound memory (each holds one record).
constexpr std::ptrdiff_t kQueuedItems = 16;

// The last stage of the pipeline: counts and reports every item in input
// order, and hands each document to its shard's writer. Runs on one thread
// at a time.
class Committer {
 public:
  Committer(const IndexOptions& options, Reporter& reporter, const ShardLayout& layout,
            std::vector<std::unique_ptr<ShardWriter>>& writers, std::atomic<bool>& halt)
      : options_(options), reporter_(reporter), layout_(layout), writers_(writers), halt_(halt) {}

  void Take(WorkItem& item) { TakeUntimed(item); }

  IndexStats& stats() { return stats_; }

 private:
  void TakeUntimed(WorkItem& item) {
    // Read before a stop: neither written nor counted. (Only records read
    // after a stop go unanalysed.)
    if (halted_ || (item.kind == WorkItem::Kind::kRecord && !item.built.has_value())) return;
    if (options_.stop != nullptr && options_.stop->load()) {
      stats_.interrupted = true;
      Halt();
      return;
    }
    stats_.bytes = item.bytes;
    stats_.raw_bytes = item.raw_bytes;
    switch (item.kind) {
      case WorkItem::Kind::kInputOpened:
        ++stats_.files;
        return;
      case WorkItem::Kind::kBadRecord:
        Bad(item.origin, item.problem);
        return;
      case WorkItem::Kind::kFailedInput:
        ++stats_.failed_inputs;
        reporter_.Problem(item.origin, item.problem);
        if (options_.strict) StopAtBad();
        return;
      case WorkItem::Kind::kRecord:
        Write(item);
        return;
    }
  }

  void Write(WorkItem& item) {
    absl::StatusOr<BuiltDocument>& built = *item.built;
    if (!built.ok()) {
      Bad(item.record.origin, std::string(built.status().message()));
      return;
    }
    for (const std::string& warning : built->warnings) {
      ++stats_.warnings;
      reporter_.Warning(item.record.origin, warning);
    }
    // An id seen before in this run: its last record wins, and the writers'
    // count of replaced documents must not include it.
    if (!ids_seen_.insert(StableHash64(built->id_term)).second) ++stats_.repeated;
    ShardWriter& writer = *writers_[layout_.ShardOf(built->id_term)];
    writer.Write(std::move(*built), item.record.origin);
    ++stats_.queued;
    if ((stats_.queued & 63) == 0) reporter_.Progress(stats_);
    // A document the writers could not store counts as a bad record.
    if (options_.strict && writer.failures() > 0) StopAtBad();
  }

  void Bad(const Origin& origin, std::string_view problem) {
    ++stats_.bad;
    reporter_.Problem(origin, problem);
    if (options_.strict) StopAtBad();
  }

  void StopAtBad() {
    stats_.stopped_at_bad_record = true;
    Halt();
  }

  void Halt() {
    halted_ = true;
    halt_.store(true);
  }

  const IndexOptions& options_;
  Reporter& reporter_;
  const ShardLayout& layout_;
  std::vector<std::unique_ptr<ShardWriter>>& writers_;
  std::atomic<bool>& halt_;
  bool halted_ = false;
  IndexStats stats_;
  // The ids written in this run, by StableHash64 of their id term (8 bytes
  // each: 8 MB for a million articles).
  absl::flat_hash_set<std::uint64_t> ids_seen_;
};

// Names every passed-over file, up to a handful; the rest are counted.
void ReportIgnored(const IndexOptions& options, const InputListing& listing, Reporter& reporter) {
  constexpr std::size_t kIgnoredNamed = 5;
  for (std::size_t i = 0; i < listing.ignored.size() && i < kIgnoredNamed; ++i) {
    const std::string& ignored = listing.ignored[i];
    const auto colon = ignored.find(": ");
    reporter.Warning({ignored.substr(0, colon), 0},
                     colon == std::string::npos ? "ignored" : ignored.substr(colon + 2));
  }
  if (listing.ignored.size() > kIgnoredNamed) {
    reporter.Warning({options.inputs.size() == 1 ? options.inputs.front() : "inputs", 0},
                     fmt::format("{} more files passed over the same way",
                                 listing.ignored.size() - kIgnoredNamed));
  }
}

}  // namespace

unsigned DefaultThreads() {
  const unsigned cores = std::thread::hardware_concurrency();
  return cores > 2 ? cores - 1 : 1;
}

unsigned DefaultShards() { return std::max(2U, std::thread::hardware_concurrency() / 2); }

absl::StatusOr<IndexStats> RunIndexing(const IndexOptions& options, Reporter& reporter) {
  const auto start = Clock::now();
  auto listing = ListInputs(options.inputs);
  if (!listing.ok()) return listing.status();
  const unsigned threads = options.threads > 0 ? options.threads : DefaultThreads();
  auto analyzers = AnalyzerPool::Create(threads);
  if (!analyzers.ok()) return analyzers.status();
  // The entities story keys name (a snapshot in the binary: nothing built).
  const auto gazetteer = Gazetteer::Bundled();
  if (!gazetteer.ok()) return gazetteer.status();
  const double setup_seconds = Seconds(Clock::now() - start);
  auto layout = ShardLayout::Prepare(options.db_path, options.shards,
                                     options.new_shards > 0 ? options.new_shards : DefaultShards());
  if (!layout.ok()) return layout.status();
  std::vector<std::unique_ptr<ShardWriter>> writers;
  for (const std::string& shard : layout->shards()) {
    auto writer = ShardWriter::Open(shard, options.commit_every, options.wait_for_lock);
    if (!writer.ok()) return writer.status();
    writers.push_back(std::move(*writer));
  }

  std::atomic<bool> halt{false};
  Committer committer(options, reporter, *layout, writers, halt);
  IndexStats& stats = committer.stats();
  stats.threads = threads;
  stats.shards = static_cast<unsigned>(writers.size());
  stats.total_raw_bytes = listing->total_bytes;
  stats.ignored_files = listing->ignored.size();
  ReportIgnored(options, *listing, reporter);

  // One thread reads (decompression, parsing) into a bounded queue; the
  // pipeline takes items from it in order, analyses records on up to
  // `threads` threads at once, and commits them in input order on one.
  // A null item ends the queue.
  tbb::concurrent_bounded_queue<std::unique_ptr<WorkItem>> queue;
  queue.set_capacity(kQueuedItems);
  InputFeed feed(
      options.format, options.limits,
      [&queue](std::unique_ptr<WorkItem> item) { queue.push(std::move(item)); },
      [&options, &halt] {
        return halt.load() || (options.stop != nullptr && options.stop->load());
      });
  double read_seconds = 0;
  std::thread reading([&] {
    feed.ReadAll(listing->files);
    read_seconds = ThreadCpuSeconds();
    queue.push(nullptr);
  });

  bool queue_ended = false;
  const auto take = [&queue, &queue_ended](tbb::flow_control& control) -> WorkItem* {
    std::unique_ptr<WorkItem> item;
    queue.pop(item);
    if (item == nullptr) {
      queue_ended = true;
      control.stop();
    }
    return item.release();
  };
  std::atomic<std::int64_t> analysis_nanoseconds{0};
  const auto analyse = [&halt, &analyzers, &analysis_nanoseconds, &gazetteer](WorkItem* item) {
    if (item->kind == WorkItem::Kind::kRecord && !halt.load()) {
      const AnalyzerPool::Lease analyzer = (*analyzers)->Borrow();
      const auto start = Clock::now();
      item->built = DocumentBuilder(*analyzer, &*gazetteer).Build(item->record);
      analysis_nanoseconds += std::chrono::nanoseconds(Clock::now() - start).count();
    }
    return item;
  };
  const auto commit = [&committer](WorkItem* item) {
    const std::unique_ptr<WorkItem> owned(item);
    committer.Take(*owned);
  };
  // The analysis threads, and one more for the stages that take and hand
  // over items in order (the shards' writers have threads of their own).
  // TBB caps its workers at the cores it sees; --threads asks for a number.
  const tbb::global_control workers(tbb::global_control::max_allowed_parallelism,
                                    static_cast<std::size_t>(threads) + 1);
  tbb::task_arena arena(static_cast<int>(threads) + 1);
  try {
    arena.execute([&] {
      tbb::parallel_pipeline(
          2 * threads + 2,
          tbb::make_filter<void, WorkItem*>(tbb::filter_mode::serial_in_order, take) &
              tbb::make_filter<WorkItem*, WorkItem*>(tbb::filter_mode::parallel, analyse) &
              tbb::make_filter<WorkItem*, void>(tbb::filter_mode::serial_in_order, commit));
    });
  } catch (const std::exception& e) {
    // Let the reading thread finish before giving up: it may be waiting
    // for room in the queue.
    halt.store(true);
    for (std::unique_ptr<WorkItem> item; !queue_ended && (queue.pop(item), item != nullptr);) {
    }
    reading.join();
    for (auto& writer : writers) (void)writer->Finish();
    return absl::InternalError(fmt::format("indexing failed: {}", e.what()));
  }
  reading.join();

  if (!halt.load()) {
    stats.bytes = feed.bytes();
    stats.raw_bytes = feed.raw_bytes();
  }
  if (options.stop != nullptr && options.stop->load() && !stats.stopped_at_bad_record) {
    stats.interrupted = true;
  }
  // The writers write what they hold and commit; then their counts and
  // what they could not write are known.
  absl::Status committed;
  for (auto& writer : writers) {
    ShardWriter::Summary summary = writer->Finish();
    stats.added += summary.added;
    stats.replaced += summary.replaced;
    stats.write_seconds += summary.write_seconds;
    for (const auto& [origin, problem] : summary.failures) {
      ++stats.bad;
      reporter.Problem(origin, problem);
    }
    if (committed.ok()) committed = summary.committed;
  }
  // A repeated id's later records replaced the run's own earlier ones.
  stats.replaced -= std::min(stats.replaced, stats.repeated);
  stats.seconds = Seconds(Clock::now() - start);
  stats.setup_seconds = setup_seconds;
  stats.read_seconds = read_seconds;
  stats.analysis_seconds = static_cast<double>(analysis_nanoseconds.load()) / 1e9;
  rusage usage{};
  if (getrusage(RUSAGE_SELF, &usage) == 0) {
    stats.peak_rss_bytes = static_cast<std::uint64_t>(usage.ru_maxrss) * 1024;
  }
  if (!committed.ok()) return committed;
  return stats;
}

}  // namespace steppe
