// AnalyzerPool: Analyzers for the threads of an indexing run, lent one at a
// time.
//
// Contract: Create loads `size` Analyzers up front, with all their
// dictionaries (an error if the dictionaries cannot be loaded): every
// record needs its language's, and an indexing run must not fail halfway.
// Borrow() lends one no other thread holds until the Lease is destroyed,
// waiting for one to come back when all are lent. The most recently returned
// Analyzer is lent first, so with one busy thread at a time one Analyzer
// does all the work and its stem caches stay warm. Thread-safe.
#ifndef STEPPE_INDEXER_ANALYZER_POOL_H_
#define STEPPE_INDEXER_ANALYZER_POOL_H_

#include <condition_variable>
#include <memory>
#include <mutex>
#include <vector>

#include "absl/status/statusor.h"
#include "tokenizers/analyzer.h"

namespace steppe {

class AnalyzerPool {
 public:
  class Lease {
   public:
    Lease(AnalyzerPool& pool, const Analyzer* analyzer) : pool_(pool), analyzer_(analyzer) {}
    ~Lease() { pool_.Return(analyzer_); }
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;
    const Analyzer& operator*() const { return *analyzer_; }

   private:
    AnalyzerPool& pool_;
    const Analyzer* analyzer_;
  };

  static absl::StatusOr<std::unique_ptr<AnalyzerPool>> Create(std::size_t size);

  Lease Borrow();

 private:
  AnalyzerPool() = default;
  void Return(const Analyzer* analyzer);

  std::vector<std::unique_ptr<Analyzer>> owned_;
  std::mutex mutex_;
  std::condition_variable returned_;
  std::vector<const Analyzer*> idle_;  // a stack
};

}  // namespace steppe

#endif  // STEPPE_INDEXER_ANALYZER_POOL_H_
