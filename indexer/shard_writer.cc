#include "indexer/shard_writer.h"

#include <chrono>

namespace steppe {
namespace {

// Documents waiting for a shard's thread: enough to ride out a slow commit,
// few enough to bound memory (each holds one article's postings and text).
constexpr std::ptrdiff_t kQueuedDocuments = 32;

}  // namespace

absl::StatusOr<std::unique_ptr<ShardWriter>> ShardWriter::Open(const std::string& path,
                                                               unsigned commit_every, bool wait) {
  auto writer = IndexWriter::Open(path, commit_every, wait);
  if (!writer.ok()) return writer.status();
  return std::unique_ptr<ShardWriter>(new ShardWriter(std::move(*writer)));
}

ShardWriter::ShardWriter(std::unique_ptr<IndexWriter> writer) : writer_(std::move(writer)) {
  queue_.set_capacity(kQueuedDocuments);
  thread_ = std::thread([this] { Run(); });
}

ShardWriter::~ShardWriter() {
  if (!finished_) Finish();
}

void ShardWriter::Write(BuiltDocument document, Origin origin) {
  queue_.push(std::make_unique<Job>(Job{std::move(document), std::move(origin)}));
}

void ShardWriter::Run() {
  using Clock = std::chrono::steady_clock;
  for (;;) {
    std::unique_ptr<Job> job;
    queue_.pop(job);
    const auto start = Clock::now();
    if (job == nullptr) {
      summary_.committed = writer_->Commit();
      summary_.write_seconds += std::chrono::duration<double>(Clock::now() - start).count();
      return;
    }
    auto outcome = writer_->Write(job->document);
    if (!outcome.ok()) {
      summary_.failures.emplace_back(std::move(job->origin),
                                     std::string(outcome.status().message()));
      ++failure_count_;
    } else if (*outcome == IndexWriter::Outcome::kAdded) {
      ++summary_.added;
    } else {
      ++summary_.replaced;
    }
    summary_.write_seconds += std::chrono::duration<double>(Clock::now() - start).count();
  }
}

ShardWriter::Summary ShardWriter::Finish() {
  finished_ = true;
  queue_.push(nullptr);
  thread_.join();
  return std::move(summary_);
}

}  // namespace steppe
