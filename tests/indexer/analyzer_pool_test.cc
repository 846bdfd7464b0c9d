#include "indexer/analyzer_pool.h"

#include <atomic>
#include <chrono>
#include <thread>

#include <gtest/gtest.h>

namespace steppe {
namespace {

TEST(AnalyzerPoolTest, LendsEachAnalyzerToOneBorrowerAtATime) {
  auto pool = AnalyzerPool::Create(2);
  ASSERT_TRUE(pool.ok()) << pool.status();
  const AnalyzerPool::Lease first = (*pool)->Borrow();
  const AnalyzerPool::Lease second = (*pool)->Borrow();
  EXPECT_NE(&*first, &*second);
  // Lent Analyzers work: the same words give the same terms on both.
  const auto terms = [](const Analyzer& analyzer) {
    std::vector<std::string> all;
    for (const Token& token :
         analyzer.Analyze("Тоқаевтың жарлығы", Language::kKazakh, AnalysisMode::kIndex)) {
      all.insert(all.end(), token.terms.begin(), token.terms.end());
    }
    return all;
  };
  EXPECT_EQ(terms(*first), terms(*second));
  EXPECT_EQ(terms(*first).size(), 2u);
}

TEST(AnalyzerPoolTest, TheLastReturnedIsLentFirst) {
  auto pool = AnalyzerPool::Create(3);
  ASSERT_TRUE(pool.ok()) << pool.status();
  const Analyzer* used = nullptr;
  {
    const AnalyzerPool::Lease lease = (*pool)->Borrow();
    used = &*lease;
  }
  for (int i = 0; i < 5; ++i) {
    const AnalyzerPool::Lease lease = (*pool)->Borrow();
    EXPECT_EQ(&*lease, used);  // one busy thread keeps one warm Analyzer
  }
}

TEST(AnalyzerPoolTest, BorrowWaitsUntilOneComesBack) {
  auto pool = AnalyzerPool::Create(1);
  ASSERT_TRUE(pool.ok()) << pool.status();
  std::atomic<bool> second_borrowed{false};
  std::thread other;
  {
    const AnalyzerPool::Lease lease = (*pool)->Borrow();
    other = std::thread([&] {
      const AnalyzerPool::Lease waited = (*pool)->Borrow();
      second_borrowed = true;
    });
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    EXPECT_FALSE(second_borrowed.load());
  }
  other.join();
  EXPECT_TRUE(second_borrowed.load());
}

TEST(AnalyzerPoolTest, MissingDictionariesAreAnError) {
  setenv("STEPPE_HUNSPELL_DIR", "/nonexistent", 1);
  auto pool = AnalyzerPool::Create(1);
  unsetenv("STEPPE_HUNSPELL_DIR");
  EXPECT_FALSE(pool.ok());
}

}  // namespace
}  // namespace steppe
