#include "indexer/indexing_run.h"

#include <chrono>
#include <memory>

#include <fmt/format.h>

#include "indexer/archive_input.h"
#include "indexer/document_builder.h"
#include "indexer/index_writer.h"
#include "indexer/input_files.h"
#include "tokenizers/analyzer.h"

namespace steppe {
namespace {

using Clock = std::chrono::steady_clock;

// Counts the decompressed bytes that pass through.
class CountingSource : public ByteSource {
 public:
  CountingSource(ByteSource& inner, std::uint64_t& bytes) : inner_(inner), bytes_(bytes) {}
  absl::StatusOr<std::string_view> Next() override {
    auto block = inner_.Next();
    if (block.ok()) bytes_ += block->size();
    return block;
  }

 private:
  ByteSource& inner_;
  std::uint64_t& bytes_;
};

class Run : public RecordSink {
 public:
  Run(const IndexOptions& options, Reporter& reporter, const Analyzer& analyzer,
      IndexWriter& writer)
      : options_(options), reporter_(reporter), builder_(analyzer), writer_(writer) {}

  bool OnRecord(Record record) override {
    if (Stopping()) return false;
    auto built = builder_.Build(record);
    if (!built.ok()) return OnBadRecord(record.origin, std::string(built.status().message()));
    for (const std::string& warning : built->warnings) {
      ++stats_.warnings;
      reporter_.Warning(record.origin, warning);
    }
    auto outcome = writer_.Write(*built);
    if (!outcome.ok()) return OnBadRecord(record.origin, std::string(outcome.status().message()));
    if (*outcome == IndexWriter::Outcome::kAdded) {
      ++stats_.added;
    } else {
      ++stats_.replaced;
    }
    MaybeReportProgress();
    return !Stopping();
  }

  bool OnBadRecord(const Origin& origin, std::string_view problem) override {
    ++stats_.bad;
    reporter_.Problem(origin, problem);
    if (options_.strict) stats_.stopped_at_bad_record = true;
    return !Stopping();
  }

  void IndexInput(const InputFile& file) {
    ++stats_.files;
    auto input = ArchiveInput::Open(file.path);
    if (!input.ok()) {
      FailInput(file.path, input.status());
      return;
    }
    while (!Stopping()) {
      auto more = (*input)->NextEntry();
      if (!more.ok()) {
        FailInput(file.path, more.status());
        break;
      }
      if (!*more) break;
      const absl::Status status = IndexEntry(**input);
      if (!status.ok()) {
        FailInput((*input)->EntryDisplayName(), status);
        break;
      }
    }
    stats_.raw_bytes = raw_bytes_done_ + (*input)->RawBytesRead();
    raw_bytes_done_ = stats_.raw_bytes;
  }

  IndexStats& stats() { return stats_; }

 private:
  bool Stopping() {
    if (options_.stop != nullptr && options_.stop->load()) stats_.interrupted = true;
    return stats_.interrupted || stats_.stopped_at_bad_record;
  }

  void FailInput(const std::string& name, const absl::Status& status) {
    ++stats_.failed_inputs;
    const std::string message(status.message());
    // Messages from the archive layer already start with the input's name.
    const std::string_view shown =
        message.rfind(name, 0) == 0 ? std::string_view(message).substr(name.size() + 2) : message;
    reporter_.Problem({name, 0}, shown);
    if (options_.strict) stats_.stopped_at_bad_record = true;
  }

  absl::Status IndexEntry(ArchiveInput& input) {
    current_input_ = &input;
    CountingSource counted(input, stats_.bytes);
    PeekableSource source(counted);
    InputFormat format = options_.format.value_or(FormatFromName(input.EntryName()));
    if (format == InputFormat::kUnknown) {
      auto head = source.Peek();
      if (!head.ok()) return head.status();
      if (head->empty()) {
        OnBadRecord({input.EntryDisplayName(), 0}, "empty file");
        return absl::OkStatus();
      }
      format = SniffFormat(*head);
    }
    std::unique_ptr<RecordReader> reader = MakeReader(format, options_.limits);
    if (reader == nullptr) {
      OnBadRecord({input.EntryDisplayName(), 0},
                  "binary data, not a format steppe reads (jsonl, csv, tsv, html, text)");
      return absl::OkStatus();
    }
    return reader->Read(source, input.EntryDisplayName(), *this);
  }

  void MaybeReportProgress() {
    if ((stats_.documents() & 63) != 0) return;
    if (current_input_ != nullptr) {
      stats_.raw_bytes = raw_bytes_done_ + current_input_->RawBytesRead();
    }
    reporter_.Progress(stats_);
  }

  const IndexOptions& options_;
  Reporter& reporter_;
  DocumentBuilder builder_;
  IndexWriter& writer_;
  IndexStats stats_;
  std::uint64_t raw_bytes_done_ = 0;
  ArchiveInput* current_input_ = nullptr;
};

}  // namespace

absl::StatusOr<IndexStats> RunIndexing(const IndexOptions& options, Reporter& reporter) {
  const auto start = Clock::now();
  auto listing = ListInputs(options.inputs);
  if (!listing.ok()) return listing.status();
  auto analyzer = Analyzer::Create();
  if (!analyzer.ok()) return analyzer.status();
  auto writer = IndexWriter::Open(options.db_path, options.commit_every);
  if (!writer.ok()) return writer.status();

  Run run(options, reporter, **analyzer, **writer);
  IndexStats& stats = run.stats();
  stats.total_raw_bytes = listing->total_bytes;
  stats.ignored_files = listing->ignored.size();
  // Every passed-over file is named, up to a handful; the rest are counted.
  constexpr std::size_t kIgnoredNamed = 5;
  for (std::size_t i = 0; i < listing->ignored.size() && i < kIgnoredNamed; ++i) {
    const std::string& ignored = listing->ignored[i];
    const auto colon = ignored.find(": ");
    reporter.Warning({ignored.substr(0, colon), 0},
                     colon == std::string::npos ? "ignored" : ignored.substr(colon + 2));
  }
  if (listing->ignored.size() > kIgnoredNamed) {
    reporter.Warning({options.inputs.size() == 1 ? options.inputs.front() : "inputs", 0},
                     fmt::format("{} more files passed over the same way",
                                 listing->ignored.size() - kIgnoredNamed));
  }
  for (const InputFile& file : listing->files) {
    if (stats.interrupted || stats.stopped_at_bad_record) break;
    run.IndexInput(file);
  }
  const absl::Status committed = (*writer)->Commit();
  stats.seconds = std::chrono::duration<double>(Clock::now() - start).count();
  if (!committed.ok()) return committed;
  return stats;
}

}  // namespace steppe
