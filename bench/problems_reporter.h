// ProblemsReporter: the indexing Reporter of the bench tools, which index
// inputs only to measure something else.
//
// Contract: prints each problem (a record or file steppe could not index)
// to standard error as "TOOL: ORIGIN: MESSAGE", so a measurement never
// hides what it skipped; warnings (files passed over, dates kept as
// missing) and progress are not printed.
#ifndef STEPPE_BENCH_PROBLEMS_REPORTER_H_
#define STEPPE_BENCH_PROBLEMS_REPORTER_H_

#include <string>
#include <string_view>
#include <utility>

#include <fmt/format.h>

#include "indexer/indexing_run.h"

namespace steppe::bench {

class ProblemsReporter : public Reporter {
 public:
  explicit ProblemsReporter(std::string tool) : tool_(std::move(tool)) {}

  void Problem(const Origin& origin, std::string_view message) override {
    fmt::print(stderr, "{}: {}: {}\n", tool_, origin.ToString(), message);
  }
  void Warning(const Origin&, std::string_view) override {}

 private:
  std::string tool_;
};

}  // namespace steppe::bench

#endif  // STEPPE_BENCH_PROBLEMS_REPORTER_H_
