#include "searcher/date_range.h"

#include <string>
#include <string_view>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <xapian.h>

#include "tests/searcher/test_index.h"
#include "tokenizers/index_schema.h"

namespace steppe {
namespace {

using ::steppe::testing::Ids;
using ::steppe::testing::TempDir;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;

std::string Bound(std::string_view text, DateBound bound) {
  auto parsed = ParseDateBound(text, bound);
  EXPECT_TRUE(parsed.ok()) << text << ": " << parsed.status();
  return parsed.ok() ? *parsed : "";
}

TEST(ParseDateBoundTest, FullDates) {
  EXPECT_EQ(Bound("2019-06-12", DateBound::kLower), "20190612");
  EXPECT_EQ(Bound("2019-06-12", DateBound::kUpper), "20190612");
}

TEST(ParseDateBoundTest, PartialDatesFillFirstOrLastDay) {
  EXPECT_EQ(Bound("2019", DateBound::kLower), "20190101");
  EXPECT_EQ(Bound("2019", DateBound::kUpper), "20191231");
  EXPECT_EQ(Bound("2019-06", DateBound::kLower), "20190601");
  EXPECT_EQ(Bound("2019-06", DateBound::kUpper), "20190631");
  EXPECT_EQ(Bound("2020-02", DateBound::kUpper), "20200231");
  // The upper bound of a month sorts after every real day of it.
  EXPECT_GT(Bound("2019-06", DateBound::kUpper), "20190630");
  EXPECT_LT(Bound("2019-06", DateBound::kUpper), "20190701");
}

TEST(ParseDateBoundTest, RejectsAnythingElse) {
  for (std::string_view text : {"",
                                "19",
                                "201",
                                "20190",
                                "2019-6",
                                "2019-6-1",
                                "2019/06",
                                "2019-13",
                                "2019-00",
                                "2019-06-00",
                                "2019-06-32",
                                "2019-06-1x",
                                "2019-06-12x",
                                "abcd",
                                "2019-ab",
                                "2019-06-12T10",
                                " 2019",
                                "2019 ",
                                "12.06.2019",
                                "-2019",
                                "2019--06"}) {
    for (DateBound bound : {DateBound::kLower, DateBound::kUpper}) {
      auto parsed = ParseDateBound(text, bound);
      EXPECT_FALSE(parsed.ok()) << "'" << text << "' gave " << parsed.value_or("?");
      if (!parsed.ok()) {
        EXPECT_EQ(parsed.status().code(), absl::StatusCode::kInvalidArgument);
        EXPECT_THAT(parsed.status().message(), HasSubstr("'" + std::string(text) + "'"));
        EXPECT_THAT(parsed.status().message(), HasSubstr("YYYY-MM-DD"));
      }
    }
  }
}

TEST(LooksLikeDateRangeTest, DigitsAndDashesAroundTwoDots) {
  EXPECT_TRUE(LooksLikeDateRange("2019-06-01..2019-06-30"));
  EXPECT_TRUE(LooksLikeDateRange("2019.."));
  EXPECT_TRUE(LooksLikeDateRange("..2020-01"));
  EXPECT_TRUE(LooksLikeDateRange("2019-13.."));  // a bad date, reported as such
  EXPECT_FALSE(LooksLikeDateRange(".."));
  EXPECT_FALSE(LooksLikeDateRange("Kazakhstan..."));
  EXPECT_FALSE(LooksLikeDateRange("etc..."));
  EXPECT_FALSE(LooksLikeDateRange("2019-06-01"));
  EXPECT_FALSE(LooksLikeDateRange("3.5"));
  EXPECT_FALSE(LooksLikeDateRange(""));
}

TEST(ParseDateRangeTest, Descriptions) {
  auto query = ParseDateRange("2019-06-01..2019-06-30");
  ASSERT_TRUE(query.ok()) << query.status();
  EXPECT_EQ(query->get_description(), "Query(VALUE_RANGE 0 20190601 20190630)");
  query = ParseDateRange("2019..");
  ASSERT_TRUE(query.ok()) << query.status();
  EXPECT_EQ(query->get_description(), "Query(VALUE_GE 0 20190101)");
  query = ParseDateRange("..2020-01");
  ASSERT_TRUE(query.ok()) << query.status();
  EXPECT_EQ(query->get_description(), "Query(VALUE_LE 0 20200131)");
}

TEST(ParseDateRangeTest, Errors) {
  auto query = ParseDateRange("..");
  ASSERT_FALSE(query.ok());
  EXPECT_EQ(query.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(query.status().message(), HasSubstr("at least one side"));

  query = ParseDateRange("2020..2019");
  ASSERT_FALSE(query.ok());
  EXPECT_EQ(query.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(query.status().message(), HasSubstr("ends before it starts"));

  query = ParseDateRange("2019-06");
  ASSERT_FALSE(query.ok());
  EXPECT_THAT(query.status().message(), HasSubstr("not a date range"));

  query = ParseDateRange("2019-13..2020");
  ASSERT_FALSE(query.ok());
  EXPECT_THAT(query.status().message(), HasSubstr("'2019-13' is not a date"));

  query = ParseDateRange("2019..2020-1");
  ASSERT_FALSE(query.ok());
  EXPECT_THAT(query.status().message(), HasSubstr("'2020-1' is not a date"));
}

TEST(DateRangeQueryTest, EmptyBoundsMatchAll) {
  auto query = DateRangeQuery("", "");
  ASSERT_TRUE(query.ok());
  EXPECT_EQ(query->get_description(), Xapian::Query(Xapian::Query::MatchAll).get_description());
}

TEST(DateRangeQueryTest, SameDayAndSamePartialDateAreNotEmpty) {
  EXPECT_TRUE(DateRangeQuery("2019-06-12", "2019-06-12").ok());
  EXPECT_TRUE(DateRangeQuery("2019-06", "2019-06").ok());
  EXPECT_TRUE(DateRangeQuery("2019", "2019").ok());
  EXPECT_FALSE(DateRangeQuery("2019-06-13", "2019-06-12").ok());
  EXPECT_FALSE(DateRangeQuery("x", "").ok());
  EXPECT_FALSE(DateRangeQuery("", "x").ok());
}

// The queries against real values in the date slot.
class DateRangeDatabaseTest : public ::testing::Test {
 protected:
  void SetUp() override {
    Xapian::WritableDatabase db(dir_.Sub("db"), Xapian::DB_CREATE_OR_OVERWRITE);
    for (std::string_view date : {"20181231", "20190101", "20190531", "20190601", "20190630",
                                  "20190701", "20191231", "20200101", "20200229"}) {
      Xapian::Document doc;
      doc.add_value(schema::kDateSlot, std::string(date));
      doc.set_data(std::string(date));
      doc.add_term("x");
      db.add_document(doc);
    }
    Xapian::Document undated;  // no date: never matches a date filter
    undated.set_data("undated");
    undated.add_term("x");
    db.add_document(undated);
    db.commit();
    db_ = Xapian::Database(dir_.Sub("db"));
  }

  std::vector<std::string> Range(std::string_view text) const {
    auto query = ParseDateRange(text);
    EXPECT_TRUE(query.ok()) << text << ": " << query.status();
    return query.ok() ? Ids(db_, *query) : std::vector<std::string>{};
  }
  std::vector<std::string> SinceUntil(std::string_view since, std::string_view until) const {
    auto query = DateRangeQuery(since, until);
    EXPECT_TRUE(query.ok()) << since << ".." << until << ": " << query.status();
    return query.ok() ? Ids(db_, *query) : std::vector<std::string>{};
  }

  TempDir dir_;
  Xapian::Database db_;
};

TEST_F(DateRangeDatabaseTest, BoundsAreInclusive) {
  EXPECT_THAT(Range("2019-06-01..2019-06-30"), ElementsAre("20190601", "20190630"));
  EXPECT_THAT(Range("2019-06..2019-06"), ElementsAre("20190601", "20190630"));
  EXPECT_THAT(Range("2019-05-31..2019-07-01"),
              ElementsAre("20190531", "20190601", "20190630", "20190701"));
}

TEST_F(DateRangeDatabaseTest, WholeYearsAndOpenEnds) {
  EXPECT_THAT(Range("2019..2019"),
              ElementsAre("20190101", "20190531", "20190601", "20190630", "20190701", "20191231"));
  EXPECT_THAT(Range("2020.."), ElementsAre("20200101", "20200229"));
  EXPECT_THAT(Range("..2018"), ElementsAre("20181231"));
  EXPECT_THAT(Range("..2019-01"), ElementsAre("20181231", "20190101"));
  EXPECT_THAT(Range("2020-02..2020-02"), ElementsAre("20200229"));
}

TEST_F(DateRangeDatabaseTest, SinceAndUntil) {
  EXPECT_THAT(SinceUntil("2019-12", ""), ElementsAre("20191231", "20200101", "20200229"));
  EXPECT_THAT(SinceUntil("", "2018-12-31"), ElementsAre("20181231"));
  EXPECT_THAT(SinceUntil("2019-06", "2019-06"), ElementsAre("20190601", "20190630"));
  EXPECT_THAT(SinceUntil("2021", ""), IsEmpty());
  // Neither bound: everything, the undated document included.
  EXPECT_EQ(SinceUntil("", "").size(), 10u);
}

}  // namespace
}  // namespace steppe
