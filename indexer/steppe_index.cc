// steppe-index: indexes article dumps into a steppe (Xapian) database.
// A thin shell over RunIndexing: options, messages, progress, exit status.
#include <pthread.h>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <string>
#include <thread>
#include <vector>

#include <fmt/format.h>
#include <xapian.h>
#include <CLI/CLI.hpp>

#include "indexer/indexing_run.h"
#include "indexer/shard_compactor.h"
#include "tokenizers/color_choice.h"
#include "tokenizers/tool_config.h"
#include "tokenizers/tool_version.h"

namespace {

constexpr int kExitOk = 0;
constexpr int kExitBadRecords = 1;
constexpr int kExitError = 2;
constexpr int kExitInterrupted = 130;

// Waits for SIGINT/SIGTERM on a thread of its own (the signals are blocked
// everywhere else), so no handler and no global state are needed. The first
// Ctrl-C sets a flag the run checks between records; it then commits and
// exits. A second one exits at once, which is safe too: Xapian's commits are
// atomic, so only the documents since the last commit are lost.
class InterruptWatcher {
 public:
  explicit InterruptWatcher(std::atomic<bool>& stop) : stop_(stop) {
    sigemptyset(&signals_);
    sigaddset(&signals_, SIGINT);
    sigaddset(&signals_, SIGTERM);
    sigaddset(&signals_, SIGUSR1);  // our own wake-up call at the end of the run
    pthread_sigmask(SIG_BLOCK, &signals_, nullptr);
    thread_ = std::thread([this] {
      int signal = 0;
      while (sigwait(&signals_, &signal) == 0 && signal != SIGUSR1) {
        if (stop_.exchange(true)) {
          fmt::print(stderr, "\nsteppe-index: stopped; uncommitted documents are not saved\n");
          std::_Exit(kExitInterrupted);
        }
        fmt::print(stderr,
                   "\nsteppe-index: stopping after the current record (Ctrl-C again to quit "
                   "at once)\n");
      }
    });
  }
  ~InterruptWatcher() {
    pthread_kill(thread_.native_handle(), SIGUSR1);
    thread_.join();
  }
  InterruptWatcher(const InterruptWatcher&) = delete;
  InterruptWatcher& operator=(const InterruptWatcher&) = delete;

 private:
  std::atomic<bool>& stop_;
  sigset_t signals_;
  std::thread thread_;
};

double Megabytes(std::uint64_t bytes) { return static_cast<double>(bytes) / 1e6; }

class TerminalReporter : public steppe::Reporter {
 public:
  TerminalReporter(bool progress, bool quiet) : progress_(progress), quiet_(quiet) {}

  void Problem(const steppe::Origin& origin, std::string_view message) override {
    ClearProgress();
    fmt::print(stderr, "steppe-index: {}: {}\n", origin.ToString(), message);
  }
  void Warning(const steppe::Origin& origin, std::string_view message) override {
    if (quiet_) return;
    ClearProgress();
    fmt::print(stderr, "steppe-index: warning: {}: {}\n", origin.ToString(), message);
  }
  void Progress(const steppe::IndexStats& stats) override {
    if (!progress_) return;
    const auto now = std::chrono::steady_clock::now();
    if (now - last_ < std::chrono::milliseconds(250)) return;
    last_ = now;
    const double seconds = std::chrono::duration<double>(now - start_).count();
    const double rate = seconds > 0 ? Megabytes(stats.raw_bytes) / seconds : 0;
    std::string eta;
    if (stats.total_raw_bytes > 0 && rate > 0 && stats.raw_bytes <= stats.total_raw_bytes) {
      const double left = Megabytes(stats.total_raw_bytes - stats.raw_bytes) / rate;
      eta = fmt::format(
          "  {:.0f}%  ETA {:.0f}s",
          100.0 * static_cast<double>(stats.raw_bytes) / static_cast<double>(stats.total_raw_bytes),
          left);
    }
    fmt::print(stderr, "\r\033[K{} documents  {:.1f} MB  {:.1f} MB/s{}", stats.queued,
               Megabytes(stats.raw_bytes), rate, eta);
    std::fflush(stderr);
    shown_ = true;
  }
  void ClearProgress() {
    if (!shown_) return;
    fmt::print(stderr, "\r\033[K");
    shown_ = false;
  }

 private:
  bool progress_;
  bool quiet_;
  bool shown_ = false;
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
  std::chrono::steady_clock::time_point last_{};
};

// The configuration file's database and [index] settings, for each option
// the command line did not give (the command line wins).
absl::Status ApplyConfig(const steppe::ToolConfig& config, const steppe::Environment& env,
                         const CLI::App& app, steppe::IndexOptions& options,
                         std::size_t& max_record_mb) {
  if (app.count("--db") == 0) {
    const std::vector<std::string> databases = steppe::DefaultDatabases(config, env);
    if (databases.size() != 1) {
      return absl::InvalidArgumentError(
          fmt::format("{}: db names {} databases; say which to index into with --db", config.path,
                      databases.size()));
    }
    options.db_path = databases.front();
  }
  const steppe::ToolConfig::Index& index = config.index;
  if (index.threads && app.count("--threads") == 0) options.threads = *index.threads;
  if (index.shards && app.count("--shards") == 0) options.new_shards = *index.shards;
  if (index.commit_every && app.count("--commit-every") == 0) {
    options.commit_every = *index.commit_every;
  }
  if (index.max_record_mb && app.count("--max-record-mb") == 0) {
    max_record_mb = *index.max_record_mb;
  }
  return absl::OkStatus();
}

// steppe-index --compact: merges the shards, says what it did.
int Compact(const std::string& db_path) {
  auto compacted = steppe::CompactShards(db_path);
  if (!compacted.ok()) {
    fmt::print(stderr, "steppe-index: {}\n", std::string(compacted.status().message()));
    return kExitError;
  }
  fmt::print("{}: {} shard{} merged into one, {} documents, {:.1f} MB -> {:.1f} MB\n", db_path,
             compacted->shards_before, compacted->shards_before == 1 ? "" : "s",
             compacted->documents, Megabytes(compacted->bytes_before),
             Megabytes(compacted->bytes_after));
  return kExitOk;
}

int Run(int argc, char** argv) {
  CLI::App app{
      "Index article dumps into a steppe database.\n\n"
      "INPUT is a file, a folder (read recursively) or - for standard input. Formats:\n"
      "JSON Lines (id, url, title, text|body, date, lang, source), CSV/TSV with a header,\n"
      "plain-text and HTML pages; any of them may be compressed (.gz .zst .bz2 .xz) or\n"
      "packed in .tar/.zip. Indexing the same articles again replaces them.",
      "steppe-index"};
  app.footer(
      "Examples:\n"
      "  steppe-index corpora/{news,csv,html,pages}  # the sample corpus, into ./steppe-db\n"
      "  steppe-index --db /tmp/news /usr/share/steppe/sample/   # as installed\n"
      "  steppe-index --db news.db dump.jsonl.zst pages.tar.gz\n"
      "  zcat dump.jsonl.gz | steppe-index --db news.db -\n"
      "  steppe-index --db news.db --compact          # merge the shards into one\n\n"
      "Database: --db, else $STEPPE_DB, else the configuration file's db, else\n"
      "./steppe-db. Configuration: $STEPPE_CONFIG, else\n"
      "$XDG_CONFIG_HOME/steppe/config.toml (see steppe-config(5)); options given here win.\n\n"
      "Exit status: 0 all indexed, 1 some records or inputs were bad (reported on\n"
      "standard error), 2 error, 130 interrupted (what was done is committed).\n"
      "More: man steppe-index.");
  // Like most shell tools, a repeated option takes its last value.
  app.option_defaults()->multi_option_policy(CLI::MultiOptionPolicy::TakeLast);
  steppe::IndexOptions options;
  std::string format_name;
  bool quiet = false;
  std::size_t max_record_mb = options.limits.max_record_bytes >> 20;
  app.add_option("--db,-d", options.db_path,
                 "Database folder (default: $STEPPE_DB, else the configuration's db, else "
                 "./steppe-db)");
  app.add_option("--format,-f", format_name,
                 "Read every input as this format: jsonl, csv, tsv, html, text (default: from the "
                 "name, else from the content)");
  app.add_flag("--strict", options.strict, "Stop at the first bad record");
  app.add_option("--commit-every", options.commit_every, "Commit every N documents")
      ->check(CLI::PositiveNumber);
  app.add_option("--threads,-j", options.threads,
                 fmt::format("Threads analysing records while one reads and one writes "
                             "(default: one per core but the writer's, here {})",
                             steppe::DefaultThreads()))
      ->check(CLI::PositiveNumber);
  app.add_option(
         "--shards", options.shards,
         fmt::format("Split a new database into N shards, written at once by N threads "
                     "and searched as one (default: one per two cores, at least two; here {}; an "
                     "existing database keeps its own)",
                     steppe::DefaultShards()))
      ->check(CLI::PositiveNumber);
  app.add_option("--max-record-mb", max_record_mb, "Largest record or page read, in MiB")
      ->check(CLI::PositiveNumber);
  bool timings = false;
  app.add_flag("--timings", timings,
               "After the summary, where the time went: setup, reading, analysis, writing");
  app.add_flag("--quiet,-q", quiet, "No progress and no warnings, only problems and the summary");
  app.add_flag("--wait", options.wait_for_lock,
               "When another steppe-index is writing the database, wait for it to finish "
               "(default: fail at once, saying so)");
  bool compact = false;
  app.add_flag("--compact", compact,
               "Merge the database's shards into one (Xapian's compactor), after indexing any "
               "INPUT: for archives read more than written");
  app.add_option("INPUT", options.inputs, "Files, folders, or - for standard input");
  app.set_version_flag("--version", steppe::VersionLine("steppe-index"));
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? kExitOk : kExitError;
  }
  const steppe::Environment& env = steppe::ProcessEnvironment();
  auto config = steppe::LoadToolConfig(env);
  absl::Status applied =
      config.ok() ? ApplyConfig(*config, env, app, options, max_record_mb) : config.status();
  if (!applied.ok()) {
    fmt::print(stderr, "steppe-index: {}\n", std::string(applied.message()));
    return kExitError;
  }
  if (!format_name.empty()) {
    options.format = steppe::ParseFormatName(format_name);
    if (!options.format) {
      fmt::print(stderr, "steppe-index: unknown format '{}' (use jsonl, csv, tsv, html or text)\n",
                 format_name);
      return kExitError;
    }
  }
  options.limits.max_record_bytes = max_record_mb << 20;
  if (options.inputs.empty() && !compact) {
    fmt::print(stderr, "steppe-index: no INPUT given (files, folders or -), nor --compact\n");
    return kExitError;
  }
  if (options.inputs.empty()) return Compact(options.db_path);

  std::atomic<bool> stop{false};
  options.stop = &stop;
  InterruptWatcher watcher(stop);
  // The progress line redraws itself with terminal escapes.
  TerminalReporter reporter(!quiet && steppe::DrawsEscapes(STDERR_FILENO, env), quiet);
  auto stats = steppe::RunIndexing(options, reporter);
  reporter.ClearProgress();
  if (!stats.ok()) {
    fmt::print(stderr, "steppe-index: {}\n", std::string(stats.status().message()));
    return kExitError;
  }
  const double mb = Megabytes(stats->bytes);
  fmt::print(
      "{}: {} documents ({} added, {} replaced{}), {} skipped, {} files, {:.2f} MB in {:.2f} s, "
      "{:.2f} MB/s, peak memory {:.0f} MB\n",
      options.db_path, stats->documents(), stats->added, stats->replaced,
      stats->repeated > 0
          ? fmt::format("; {} repeated ids, the last record of each kept", stats->repeated)
          : "",
      stats->bad, stats->files, mb, stats->seconds, stats->seconds > 0 ? mb / stats->seconds : 0.0,
      Megabytes(stats->peak_rss_bytes));
  if (timings) {
    fmt::print(
        "timings: {:.2f} s wall; setup {:.2f} s, read {:.2f} s, analysis {:.2f} s on {} "
        "thread(s), write {:.2f} s on {} shard(s)\n",
        stats->seconds, stats->setup_seconds, stats->read_seconds, stats->analysis_seconds,
        stats->threads, stats->write_seconds, stats->shards);
  }
  if (stats->failed_inputs > 0) {
    fmt::print(stderr, "steppe-index: {} input(s) could not be read to the end\n",
               stats->failed_inputs);
  }
  if (stats->interrupted) {
    fmt::print(stderr,
               "steppe-index: interrupted after {} documents; everything indexed so far is "
               "committed\n",
               stats->documents());
    return kExitInterrupted;
  }
  if (stats->stopped_at_bad_record) {
    fmt::print(stderr, "steppe-index: stopped at the first bad record (--strict)\n");
  }
  if (compact) {
    if (const int compacted = Compact(options.db_path); compacted != kExitOk) return compacted;
  }
  return stats->bad > 0 || stats->failed_inputs > 0 ? kExitBadRecords : kExitOk;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return Run(argc, argv);
  } catch (const Xapian::Error& e) {
    fmt::print(stderr, "steppe-index: {}\n", e.get_description());
    return kExitError;
  } catch (const std::exception& e) {
    fmt::print(stderr, "steppe-index: {}\n", e.what());
    return kExitError;
  }
}
