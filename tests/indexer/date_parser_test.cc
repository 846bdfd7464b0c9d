#include "indexer/date_parser.h"

#include <optional>
#include <string>

#include <gtest/gtest.h>

namespace steppe {
namespace {

TEST(DateParserTest, IsoDates) {
  EXPECT_EQ(ParseDate("2019-06-12"), "2019-06-12");
  EXPECT_EQ(ParseDate("2019/06/12"), "2019-06-12");
  EXPECT_EQ(ParseDate("  2019-06-12  "), "2019-06-12");
}

TEST(DateParserTest, Timestamps) {
  EXPECT_EQ(ParseDate("2019-06-12T10:00:00Z"), "2019-06-12");
  EXPECT_EQ(ParseDate("2021-12-16T10:30:00+06:00"), "2021-12-16");
  EXPECT_EQ(ParseDate("2019-06-12 23:59:59"), "2019-06-12");
}

TEST(DateParserTest, DayFirstNumericDates) {
  EXPECT_EQ(ParseDate("12.06.2019"), "2019-06-12");
  EXPECT_EQ(ParseDate("12/06/2019"), "2019-06-12");
  EXPECT_EQ(ParseDate("1.6.2019"), "2019-06-01");
}

TEST(DateParserTest, MonthFirstOnlyWhenDayFirstIsImpossible) {
  EXPECT_EQ(ParseDate("06/25/2019"), "2019-06-25");
  EXPECT_EQ(ParseDate("25/06/2019"), "2019-06-25");
}

TEST(DateParserTest, EnglishMonthNames) {
  EXPECT_EQ(ParseDate("12 June 2019"), "2019-06-12");
  EXPECT_EQ(ParseDate("June 12, 2019"), "2019-06-12");
  EXPECT_EQ(ParseDate("Jun 12, 2019"), "2019-06-12");
  EXPECT_EQ(ParseDate("2019 June 12"), "2019-06-12");
  EXPECT_EQ(ParseDate("18 May 2023"), "2023-05-18");
  EXPECT_EQ(ParseDate("Sept. 5, 2020"), "2020-09-05");
}

TEST(DateParserTest, RussianMonthNames) {
  EXPECT_EQ(ParseDate("12 июня 2019 г."), "2019-06-12");
  EXPECT_EQ(ParseDate("12 июня 2019, 14:30"), "2019-06-12");
  EXPECT_EQ(ParseDate("6 июня 2022, 09:15"), "2022-06-06");
  EXPECT_EQ(ParseDate("15 апреля 2024, 18:40"), "2024-04-15");
  EXPECT_EQ(ParseDate("1 мая 2020"), "2020-05-01");
  EXPECT_EQ(ParseDate("3 ЯНВАРЯ 2022"), "2022-01-03");
}

TEST(DateParserTest, KazakhCyrillicMonthNames) {
  EXPECT_EQ(ParseDate("12 маусым 2019"), "2019-06-12");
  EXPECT_EQ(ParseDate("29 тамыз 2019, 11:20"), "2019-08-29");
  EXPECT_EQ(ParseDate("16 желтоқсан 2021"), "2021-12-16");
  EXPECT_EQ(ParseDate("5 қаңтар 2022"), "2022-01-05");
}

TEST(DateParserTest, KazakhLatinMonthNames) {
  EXPECT_EQ(ParseDate("12 maýsym 2019"), "2019-06-12");   // 2018 alphabet
  EXPECT_EQ(ParseDate("12 mausym 2019"), "2019-06-12");   // 2021 alphabet
  EXPECT_EQ(ParseDate("5 Qañtar 2022"), "2022-01-05");    // 2021 alphabet
  EXPECT_EQ(ParseDate("1 qyrkúiek 2020"), "2020-09-01");  // 2018 alphabet
  EXPECT_EQ(ParseDate("16 Jeltoqsan 2021"), "2021-12-16");
}

TEST(DateParserTest, LeadingWeekdayIsIgnored) {
  EXPECT_EQ(ParseDate("Wednesday, 12 June 2019"), "2019-06-12");
  EXPECT_EQ(ParseDate("Wed, 12 Jun 2019 10:00:00 +0000"), "2019-06-12");
  EXPECT_EQ(ParseDate("среда, 12 июня 2019"), "2019-06-12");
}

TEST(DateParserTest, YearMonthAndYearAlone) {
  EXPECT_EQ(ParseDate("2019-06"), "2019-06-01");
  EXPECT_EQ(ParseDate("June 2019"), "2019-06-01");
  EXPECT_EQ(ParseDate("2019"), "2019-01-01");
}

TEST(DateParserTest, CompactEightDigits) {
  EXPECT_EQ(ParseDate("20190612"), "2019-06-12");
  EXPECT_EQ(ParseDate("20190230"), std::nullopt);
}

TEST(DateParserTest, LeapYears) {
  EXPECT_EQ(ParseDate("2020-02-29"), "2020-02-29");
  EXPECT_EQ(ParseDate("2000-02-29"), "2000-02-29");
  EXPECT_EQ(ParseDate("2019-02-29"), std::nullopt);
  EXPECT_EQ(ParseDate("1900-02-29"), std::nullopt);
}

TEST(DateParserTest, ImpossibleDatesAreRejected) {
  EXPECT_EQ(ParseDate("2019-02-30"), std::nullopt);
  EXPECT_EQ(ParseDate("2019-13-01"), std::nullopt);
  EXPECT_EQ(ParseDate("2019-04-31"), std::nullopt);
  EXPECT_EQ(ParseDate("2019-00-10"), std::nullopt);
  EXPECT_EQ(ParseDate("32.01.2019"), std::nullopt);
  EXPECT_EQ(ParseDate("31 June 2019"), std::nullopt);
  EXPECT_EQ(ParseDate("13/13/2019"), std::nullopt);
}

TEST(DateParserTest, EmptyAndBlankAreRejected) {
  EXPECT_EQ(ParseDate(""), std::nullopt);
  EXPECT_EQ(ParseDate("   "), std::nullopt);
  EXPECT_EQ(ParseDate("--/--"), std::nullopt);
}

TEST(DateParserTest, TextThatIsNotADateIsRejected) {
  EXPECT_EQ(ParseDate("yesterday"), std::nullopt);
  EXPECT_EQ(ParseDate("12 June"), std::nullopt);  // no year
  EXPECT_EQ(ParseDate("12.06"), std::nullopt);    // no year
  EXPECT_EQ(ParseDate("123456"), std::nullopt);
  EXPECT_EQ(ParseDate("Семей полигонының жабылғанына 28 жыл"), std::nullopt);
}

// The contract accepts a year alone and ignores only leading weekday names:
// a headline that merely contains a year is not a date. (The page extractor
// relies on this to tell a date line from a headline.)
TEST(DateParserTest, WordsAroundAYearAreNotADate) {
  EXPECT_EQ(ParseDate("Kazakhstan 2019"), std::nullopt);
  EXPECT_EQ(ParseDate("Қазақстан 2019"), std::nullopt);
  EXPECT_EQ(ParseDate("Kazakhstan votes in 2019 election"), std::nullopt);
  EXPECT_EQ(ParseDate("Выборы 2019 года"), std::nullopt);
  EXPECT_EQ(ParseDate("Kazakhstan votes in June 2019"), std::nullopt);
}

TEST(DateParserTest, KazakhstanIsNotOctober) {
  // Қазан (October) is a prefix of no form of Қазақстан, and a long word
  // that merely starts with a month stem is not a month.
  EXPECT_EQ(ParseDate("12 Қазақстан 2019"), std::nullopt);
  EXPECT_EQ(ParseDate("12 қазан 2019"), "2019-10-12");
}

TEST(DateParserTest, YearsOutsideTheSupportedRangeAreRejected) {
  EXPECT_EQ(ParseDate("1899-12-31"), std::nullopt);
  EXPECT_EQ(ParseDate("2101-01-01"), std::nullopt);
  EXPECT_EQ(ParseDate("12 June 0019"), std::nullopt);
}

}  // namespace
}  // namespace steppe

namespace steppe {
namespace {

TEST(DateParserLabelTest, PageLabelsBeforeADateAreAllowed) {
  EXPECT_EQ(ParseDate("Published 12 June 2019"), "2019-06-12");
  EXPECT_EQ(ParseDate("Updated on Wednesday, 12 June 2019 at 14:30"), "2019-06-12");
  EXPECT_EQ(ParseDate("Опубликовано 12 июня 2019 в 14:30"), "2019-06-12");
  EXPECT_EQ(ParseDate("Жарияланды: 12 маусым 2019"), "2019-06-12");
  EXPECT_EQ(ParseDate("Published in Astana 2019"), std::nullopt);
}

}  // namespace
}  // namespace steppe

namespace steppe {
namespace {

TEST(DateParserMonthTest, EnglishMonthsMatchWhole) {
  EXPECT_EQ(ParseDate("Mayor 2019"), std::nullopt);
  EXPECT_EQ(ParseDate("Market 2019"), std::nullopt);
  EXPECT_EQ(ParseDate("Sept. 3, 2019"), "2019-09-03");
  EXPECT_EQ(ParseDate("3 maýsymda 2019"), "2019-06-03");  // June, inflected
}

}  // namespace
}  // namespace steppe
