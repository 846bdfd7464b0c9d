// Date bounds for filters: "2019", "2019-06", "2019-06-12", and ranges
// "2019-06-01..2019-06-30", "2019..", "..2020-01".
//
// Contract: dates compare as the "YYYYMMDD" strings stored in the date
// slot. A lower bound fills a partial date with its first day (2019-06 ->
// 20190601), an upper bound with its last (2019-06 -> 20190631, which sorts
// after every real day of June). Anything else is an InvalidArgument error.
#ifndef STEPPE_SEARCHER_DATE_RANGE_H_
#define STEPPE_SEARCHER_DATE_RANGE_H_

#include <string>
#include <string_view>

#include <xapian.h>

#include "absl/status/statusor.h"

namespace steppe {

enum class DateBound { kLower, kUpper };

absl::StatusOr<std::string> ParseDateBound(std::string_view text, DateBound bound);

// True when `text` has the shape of a range: digits and dashes around "..",
// on at least one side ("2019..", "2019-06-01..2019-06-30", "..2020").
bool LooksLikeDateRange(std::string_view text);

// A value-range query on the date slot; either side of ".." may be empty.
absl::StatusOr<Xapian::Query> ParseDateRange(std::string_view text);

// The query for --since/--until, either of which may be empty.
absl::StatusOr<Xapian::Query> DateRangeQuery(std::string_view since, std::string_view until);

}  // namespace steppe

#endif  // STEPPE_SEARCHER_DATE_RANGE_H_
