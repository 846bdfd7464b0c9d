#include "indexer/analyzer_pool.h"

namespace steppe {

absl::StatusOr<std::unique_ptr<AnalyzerPool>> AnalyzerPool::Create(std::size_t size) {
  std::unique_ptr<AnalyzerPool> pool(new AnalyzerPool());
  for (std::size_t i = 0; i < size; ++i) {
    auto analyzer = Analyzer::Create();
    if (!analyzer.ok()) return analyzer.status();
    if (absl::Status loaded = (*analyzer)->LoadDictionaries(); !loaded.ok()) return loaded;
    pool->idle_.push_back(analyzer->get());
    pool->owned_.push_back(std::move(*analyzer));
  }
  return pool;
}

AnalyzerPool::Lease AnalyzerPool::Borrow() {
  std::unique_lock<std::mutex> lock(mutex_);
  returned_.wait(lock, [this] { return !idle_.empty(); });
  const Analyzer* analyzer = idle_.back();
  idle_.pop_back();
  return Lease(*this, analyzer);
}

void AnalyzerPool::Return(const Analyzer* analyzer) {
  {
    const std::lock_guard<std::mutex> lock(mutex_);
    idle_.push_back(analyzer);
  }
  returned_.notify_one();
}

}  // namespace steppe
