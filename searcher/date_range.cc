#include "searcher/date_range.h"

#include <cctype>

#include <fmt/format.h>

#include "tokenizers/index_schema.h"

namespace steppe {
namespace {

bool AllDigits(std::string_view text) {
  for (char c : text) {
    if (std::isdigit(static_cast<unsigned char>(c)) == 0) return false;
  }
  return !text.empty();
}

}  // namespace

absl::StatusOr<std::string> ParseDateBound(std::string_view text, DateBound bound) {
  const auto bad = [&] {
    return absl::InvalidArgumentError(
        fmt::format("'{}' is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)", text));
  };
  if (text.size() != 4 && text.size() != 7 && text.size() != 10) return bad();
  const std::string_view year = text.substr(0, 4);
  if (!AllDigits(year)) return bad();
  std::string month = bound == DateBound::kLower ? "01" : "12";
  std::string day = bound == DateBound::kLower ? "01" : "31";
  if (text.size() >= 7) {
    if (text[4] != '-' || !AllDigits(text.substr(5, 2))) return bad();
    month = std::string(text.substr(5, 2));
    if (month < "01" || month > "12") return bad();
  }
  if (text.size() == 10) {
    if (text[7] != '-' || !AllDigits(text.substr(8, 2))) return bad();
    day = std::string(text.substr(8, 2));
    if (day < "01" || day > "31") return bad();
  }
  return std::string(year) + month + day;
}

bool LooksLikeDateRange(std::string_view text) {
  const auto dots = text.find("..");
  if (dots == std::string_view::npos) return false;
  // Digits and dashes on both sides, at least one side not empty:
  // "2019..2020-03" is a range, "Kazakhstan..." is a word.
  const auto date_like = [](std::string_view side) {
    return side.find_first_not_of("0123456789-") == std::string_view::npos;
  };
  const std::string_view since = text.substr(0, dots);
  const std::string_view until = text.substr(dots + 2);
  return date_like(since) && date_like(until) && !(since.empty() && until.empty());
}

absl::StatusOr<Xapian::Query> DateRangeQuery(std::string_view since, std::string_view until) {
  std::string low;
  std::string high;
  if (!since.empty()) {
    auto bound = ParseDateBound(since, DateBound::kLower);
    if (!bound.ok()) return bound.status();
    low = *bound;
  }
  if (!until.empty()) {
    auto bound = ParseDateBound(until, DateBound::kUpper);
    if (!bound.ok()) return bound.status();
    high = *bound;
  }
  if (low.empty() && high.empty()) return Xapian::Query::MatchAll;
  if (!low.empty() && !high.empty() && low > high) {
    return absl::InvalidArgumentError(
        fmt::format("date range {}..{} is empty: it ends before it starts", since, until));
  }
  if (high.empty()) return Xapian::Query(Xapian::Query::OP_VALUE_GE, schema::kDateSlot, low);
  if (low.empty()) return Xapian::Query(Xapian::Query::OP_VALUE_LE, schema::kDateSlot, high);
  return Xapian::Query(Xapian::Query::OP_VALUE_RANGE, schema::kDateSlot, low, high);
}

absl::StatusOr<Xapian::Query> ParseDateRange(std::string_view text) {
  const auto dots = text.find("..");
  if (dots == std::string_view::npos) {
    return absl::InvalidArgumentError(fmt::format("'{}' is not a date range", text));
  }
  const std::string_view since = text.substr(0, dots);
  const std::string_view until = text.substr(dots + 2);
  if (since.empty() && until.empty()) {
    return absl::InvalidArgumentError("'..' needs a date on at least one side");
  }
  return DateRangeQuery(since, until);
}

}  // namespace steppe
