// ParseDate: reads the dates found in news dumps into ISO form.
//
// Contract: returns "YYYY-MM-DD" for ISO dates and timestamps
// (2019-06-12, 2019-06-12T10:00:00Z, 2019/06/12), day-first numeric dates
// (12.06.2019, 12/06/2019), month names in English, Russian and Kazakh
// (12 June 2019, June 12, 2019, 12 июня 2019 г., 12 маусым 2019), and
// year-month or year alone (2019-06 gives 2019-06-01); nullopt for anything
// else or an impossible date. Weekday names, labels such as "Published" or
// "Опубликовано" and trailing times are ignored; any other word makes the
// text something other than a date ("Kazakhstan 2019" is a headline).
#ifndef STEPPE_INDEXER_DATE_PARSER_H_
#define STEPPE_INDEXER_DATE_PARSER_H_

#include <optional>
#include <string>
#include <string_view>

namespace steppe {

std::optional<std::string> ParseDate(std::string_view text);

}  // namespace steppe

#endif  // STEPPE_INDEXER_DATE_PARSER_H_
