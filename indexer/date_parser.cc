#include "indexer/date_parser.h"

#include <unicode/unistr.h>

#include <array>
#include <cctype>
#include <string>
#include <utility>
#include <vector>

#include <fmt/format.h>

namespace steppe {
namespace {

struct Part {
  std::string text;  // lower-cased
  bool is_number = false;
};

std::vector<Part> Split(std::string_view text) {
  std::vector<Part> parts;
  Part current;
  auto flush = [&] {
    if (!current.text.empty()) parts.push_back(std::move(current));
    current = Part();
  };
  for (unsigned char c : text) {
    const bool digit = std::isdigit(c) != 0;
    const bool letter = std::isalpha(c) != 0 || c >= 0x80;
    if (!digit && !letter) {
      flush();
      continue;
    }
    if (!current.text.empty() && current.is_number != digit) flush();
    current.is_number = digit;
    current.text.push_back(static_cast<char>(c));
  }
  flush();
  for (Part& part : parts) {
    if (part.is_number) continue;
    std::string lower;
    icu::UnicodeString::fromUTF8(part.text).toLower().toUTF8String(lower);
    part.text = std::move(lower);
  }
  return parts;
}

// Month names. English ones do not inflect and must match whole ("Mayor" is
// not May). Russian and Kazakh ones (both scripts) are stems that may take
// at most kMaxEnding more bytes (июня, июнь, маусымда, maýsymda), so
// Қазақстан is not taken for қазан.
int MonthOf(const std::string& word) {
  constexpr std::size_t kMaxEnding = 4;
  static const std::array<std::vector<std::string_view>, 12> kEnglish = {{
      {"january", "jan"},
      {"february", "feb"},
      {"march", "mar"},
      {"april", "apr"},
      {"may"},
      {"june", "jun"},
      {"july", "jul"},
      {"august", "aug"},
      {"september", "sept", "sep"},
      {"october", "oct"},
      {"november", "nov"},
      {"december", "dec"},
  }};
  static const std::array<std::vector<std::string_view>, 12> kStems = {{
      {"январ", "янв", "қаңтар", "qańtar", "qañtar", "qantar"},
      {"феврал", "фев", "ақпан", "aqpan"},
      {"март", "мар", "наурыз", "naýryz", "nauryz"},
      {"апрел", "апр", "сәуір", "sáýir", "säuır", "sauir", "säuir"},
      {"май", "мая", "мамыр", "mamyr"},
      {"июн", "маусым", "maýsym", "mausym"},
      {"июл", "шілде", "shilde", "şılde", "şilde"},
      {"август", "авг", "тамыз", "tamyz"},
      {"сентябр", "сент", "қыркүйек", "qyrkúiek", "qyrküiek", "qyrkuiek"},
      {"октябр", "окт", "қазан", "qazan"},
      {"ноябр", "ноя", "қараша", "qarasha", "qaraşa"},
      {"декабр", "дек", "желтоқсан", "jeltoqsan"},
  }};
  for (std::size_t month = 0; month < kStems.size(); ++month) {
    for (std::string_view name : kEnglish[month]) {
      if (word == name) return static_cast<int>(month) + 1;
    }
    for (std::string_view stem : kStems[month]) {
      if (word.size() >= stem.size() && word.size() <= stem.size() + kMaxEnding &&
          word.compare(0, stem.size(), stem) == 0) {
        return static_cast<int>(month) + 1;
      }
    }
  }
  return 0;
}

// Words that may stand around the numbers of a date without making it
// something else: weekday names (English, Russian, Kazakh in both scripts),
// the little words of written dates ("г.", "жылғы", "12th of", "T") and the
// labels pages put before them ("Published", "Опубликовано", "Жарияланды").
bool IsDateWord(const std::string& word) {
  static const std::vector<std::string_view> kWords = {
      "monday",       "tuesday",    "wednesday", "thursday",   "friday",     "saturday",
      "sunday",       "mon",        "tue",       "tues",       "wed",        "thu",
      "thur",         "thurs",      "fri",       "sat",        "sun",        "понедельник",
      "вторник",      "среда",      "четверг",   "пятница",    "суббота",    "воскресенье",
      "пн",           "вт",         "ср",        "чт",         "пт",         "сб",
      "вс",           "дүйсенбі",   "сейсенбі",  "сәрсенбі",   "бейсенбі",   "жұма",
      "сенбі",        "жексенбі",   "dúısenbi",  "düisenbi",   "duisenbi",   "seısenbi",
      "seisenbi",     "sársenbi",   "särsenbi",  "sarsenbi",   "beısenbi",   "beisenbi",
      "juma",         "jūma",       "senbi",     "jeksenbi",   "г",          "год",
      "года",         "ж",          "жыл",       "жылы",       "жылғы",      "t",
      "th",           "st",         "nd",        "rd",         "of",         "the",
      "published",    "updated",    "posted",    "on",         "date",       "at",
      "опубликовано", "обновлено",  "дата",      "публикации", "в",          "жарияланды",
      "жарияланған",  "жаңартылды", "күні",      "uaqyty",     "jarııalandy"};
  for (std::string_view known : kWords) {
    if (word == known) return true;
  }
  return false;
}

bool Valid(int year, int month, int day) {
  static constexpr std::array<int, 12> kDays = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return false;
  if (day > kDays[static_cast<std::size_t>(month - 1)]) return false;
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return !(month == 2 && day == 29 && !leap);
}

std::optional<std::string> Make(int year, int month, int day) {
  if (!Valid(year, month, day)) return std::nullopt;
  return fmt::format("{:04}-{:02}-{:02}", year, month, day);
}

int ToInt(const std::string& digits) { return digits.size() > 4 ? -1 : std::stoi(digits); }

}  // namespace

std::optional<std::string> ParseDate(std::string_view text) {
  const std::vector<Part> parts = Split(text);
  if (parts.empty()) return std::nullopt;

  // Numbers before the first word, and words (weekdays, "г.", "T") around them.
  std::vector<int> numbers;
  std::vector<std::size_t> number_widths;
  int month_by_name = 0;
  for (const Part& part : parts) {
    if (part.is_number) {
      if (part.text.size() == 8 && numbers.empty() && month_by_name == 0) {
        // 20190612
        return Make(std::stoi(part.text.substr(0, 4)), std::stoi(part.text.substr(4, 2)),
                    std::stoi(part.text.substr(6, 2)));
      }
      numbers.push_back(ToInt(part.text));
      number_widths.push_back(part.text.size());
    } else if (const int month = month_by_name == 0 ? MonthOf(part.text) : 0; month != 0) {
      month_by_name = month;
    } else if (!IsDateWord(part.text)) {
      return std::nullopt;  // "Kazakhstan 2019" is a headline, not a date
    }
    if (numbers.size() == 3 || (month_by_name != 0 && numbers.size() == 2)) break;
  }

  if (month_by_name != 0) {
    // 12 June 2019 | June 12, 2019 | 2019 June 12 | June 2019
    int year = 0;
    int day = 0;
    for (std::size_t i = 0; i < numbers.size(); ++i) {
      if (number_widths[i] == 4) {
        year = numbers[i];
      } else if (number_widths[i] <= 2 && day == 0) {
        day = numbers[i];
      }
    }
    if (year == 0) return std::nullopt;
    return Make(year, month_by_name, day == 0 ? 1 : day);
  }

  if (numbers.empty() || number_widths[0] > 4) return std::nullopt;
  if (number_widths[0] == 4) {
    // 2019-06-12, 2019/06/12, 2019-06, 2019
    const int year = numbers[0];
    const int month = numbers.size() > 1 ? numbers[1] : 1;
    const int day = numbers.size() > 2 ? numbers[2] : 1;
    return Make(year, month, day);
  }
  if (numbers.size() >= 3 && number_widths[2] == 4) {
    // 12.06.2019 (day first, as in Kazakhstan and Russia); 06/25/2019 when
    // only month-first can be right.
    int day = numbers[0];
    int month = numbers[1];
    if (month > 12 && day <= 12) std::swap(day, month);
    return Make(numbers[2], month, day);
  }
  return std::nullopt;
}

}  // namespace steppe
