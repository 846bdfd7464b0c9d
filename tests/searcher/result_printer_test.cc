#include "searcher/result_printer.h"

#include <stdio.h>

#include <cstdio>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace steppe {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

// Runs `print` on an in-memory FILE and returns what it wrote.
template <typename Print>
std::string Capture(Print print) {
  char* buffer = nullptr;
  std::size_t size = 0;
  std::FILE* out = open_memstream(&buffer, &size);
  if (out == nullptr) {
    ADD_FAILURE() << "open_memstream failed";
    return "";
  }
  print(out);
  std::fclose(out);
  std::string text(buffer, size);
  free(buffer);
  return text;
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) lines.push_back(line);
  return lines;
}

SearchResult TwoHits() {
  SearchResult result;
  Hit first;
  first.rank = 1;
  first.docid = 3;
  first.score = 1.5;
  first.percent = 100;
  first.db = "/data/en.db";
  first.id = "en-001";
  first.title = "Oil output rises";
  first.title_marked = {"Oil output rises", {{0, 3}}, {}};
  first.date = "2019-06-05";
  first.lang = "en";
  first.source = "Steppe Herald";
  first.url = "https://steppe-herald.example/2019/oil";
  first.snippet = {"Oil production in western Kazakhstan rose.", {{0, 3}, {26, 36}}, {}};

  Hit second;
  second.rank = 2;
  second.docid = 8;
  second.score = 0.75;
  second.percent = 50;
  second.db = "/data/kk.db";
  second.id = "kk-001";
  second.title = "Тоқаевтың жарлығы";
  second.title_marked = {"Тоқаевтың жарлығы", {{0, 18}}, {}};
  second.lang = "kk";
  second.url = "kk-001";  // same as the id: not printed twice
  second.snippet = {"…Бүгін Тоқаевтың жарлығы жарияланды…", {{14, 32}}, {"Тоқаевтың"}};

  result.hits = {first, second};
  result.matches_estimated = 2;
  result.matches_lower = 2;
  result.matches_upper = 2;
  return result;
}

TEST(PrintJsonTest, OneObjectPerHitWithExactlyTheDocumentedKeys) {
  const std::string text = Capture([](std::FILE* out) { PrintJson(TwoHits(), out); });
  const std::vector<std::string> lines = Lines(text);
  ASSERT_EQ(lines.size(), 2u) << text;
  // The keys of result_printer.h and README.md.
  const std::set<std::string> expected_keys = {
      "rank", "id",      "score",      "percent", "title", "date",  "lang",   "source",
      "url",  "snippet", "highlights", "matched", "db",    "docid", "similar"};
  for (const std::string& line : lines) {
    const nlohmann::json row = nlohmann::json::parse(line);
    ASSERT_TRUE(row.is_object()) << line;
    std::set<std::string> keys;
    for (const auto& [key, value] : row.items()) keys.insert(key);
    EXPECT_EQ(keys, expected_keys) << line;
  }
}

TEST(PrintJsonTest, Values) {
  const std::string text = Capture([](std::FILE* out) { PrintJson(TwoHits(), out); });
  const std::vector<std::string> lines = Lines(text);
  ASSERT_EQ(lines.size(), 2u);
  const nlohmann::json first = nlohmann::json::parse(lines[0]);
  EXPECT_EQ(first.at("rank"), 1);
  EXPECT_EQ(first.at("id"), "en-001");
  EXPECT_DOUBLE_EQ(first.at("score").get<double>(), 1.5);
  EXPECT_EQ(first.at("percent"), 100);
  EXPECT_EQ(first.at("title"), "Oil output rises");
  EXPECT_EQ(first.at("date"), "2019-06-05");
  EXPECT_EQ(first.at("lang"), "en");
  EXPECT_EQ(first.at("source"), "Steppe Herald");
  EXPECT_EQ(first.at("url"), "https://steppe-herald.example/2019/oil");
  EXPECT_EQ(first.at("db"), "/data/en.db");
  EXPECT_EQ(first.at("docid"), 3);
  EXPECT_EQ(first.at("snippet"), "Oil production in western Kazakhstan rose.");
  EXPECT_EQ(first.at("highlights"), nlohmann::json::parse("[[0, 3], [26, 36]]"));

  const nlohmann::json second = nlohmann::json::parse(lines[1]);
  EXPECT_EQ(second.at("rank"), 2);
  EXPECT_EQ(second.at("title"), "Тоқаевтың жарлығы");
  EXPECT_TRUE(second.at("date").is_null());  // no date
  // Highlights are byte ranges into the snippet as printed.
  const std::string snippet = second.at("snippet");
  EXPECT_EQ(second.at("matched"), nlohmann::json::parse(R"(["Тоқаевтың"])"));
  const auto range = second.at("highlights").at(0);
  EXPECT_EQ(
      snippet.substr(range.at(0), range.at(1).get<std::size_t>() - range.at(0).get<std::size_t>()),
      "Тоқаевтың");
}

TEST(PrintJsonTest, NoHitsPrintsNothing) {
  EXPECT_EQ(Capture([](std::FILE* out) { PrintJson(SearchResult(), out); }), "");
}

TEST(PrintJsonTest, InvalidUtf8StillGivesValidJson) {
  SearchResult result = TwoHits();
  result.hits[0].title = "bad \xFF byte";
  const std::vector<std::string> lines =
      Lines(Capture([&](std::FILE* out) { PrintJson(result, out); }));
  ASSERT_EQ(lines.size(), 2u);
  const nlohmann::json row = nlohmann::json::parse(lines[0]);
  EXPECT_THAT(row.at("title").get<std::string>(), HasSubstr("bad "));
}

TEST(PrintHumanTest, PlainOutputHasNoEscapeCodes) {
  SearchRequest request;
  const std::string text =
      Capture([&](std::FILE* out) { PrintHuman(TwoHits(), request, /*color=*/false, out); });
  EXPECT_THAT(text, Not(HasSubstr("\033")));
  EXPECT_THAT(text, HasSubstr("  1. Oil output rises\n"));
  EXPECT_THAT(text, HasSubstr("2019-06-05 · en · Steppe Herald · en-001 · 1.50"));
  EXPECT_THAT(text, HasSubstr("     Oil production in western Kazakhstan rose.\n"));
  EXPECT_THAT(text, HasSubstr("     https://steppe-herald.example/2019/oil\n"));
  EXPECT_THAT(text, HasSubstr("  2. Тоқаевтың жарлығы\n"));
  EXPECT_THAT(text, HasSubstr("no date · kk · no source · kk-001 · 0.75"));
  EXPECT_THAT(text, HasSubstr("…Бүгін Тоқаевтың жарлығы жарияланды…"));
  EXPECT_THAT(text, ::testing::EndsWith("1-2 of 2 matches\n"));
  // The url equal to the id is not printed on a line of its own.
  EXPECT_THAT(text, Not(HasSubstr("     kk-001\n")));
}

TEST(PrintHumanTest, ColorOutputMarksMatches) {
  SearchRequest request;
  const std::string text =
      Capture([&](std::FILE* out) { PrintHuman(TwoHits(), request, /*color=*/true, out); });
  EXPECT_THAT(text, HasSubstr("\033["));
  // Snippet matches in bold red, then back to normal.
  EXPECT_THAT(text, HasSubstr("\033[1;31mOil\033[0m production in western "
                              "\033[1;31mKazakhstan\033[0m rose."));
  EXPECT_THAT(text, HasSubstr("…Бүгін \033[1;31mТоқаевтың\033[0m жарлығы"));
  // The title is bold, its match marked inside it.
  EXPECT_THAT(text, HasSubstr("\033[1m\033[1;31mOil\033[0m\033[1m output rises\033[0m"));
}

TEST(PrintHumanTest, CountLine) {
  SearchRequest request;
  request.offset = 10;
  SearchResult result = TwoHits();
  result.hits[0].rank = 11;
  result.hits[1].rank = 12;
  result.matches_estimated = 40;
  result.matches_lower = 30;
  result.matches_upper = 50;
  const std::string text =
      Capture([&](std::FILE* out) { PrintHuman(result, request, /*color=*/false, out); });
  EXPECT_THAT(text, HasSubstr(" 11. Oil output rises"));
  EXPECT_THAT(text, ::testing::EndsWith("11-12 of about 40 matches\n"));
}

TEST(PrintHumanTest, NoMatches) {
  SearchRequest request;
  for (bool color : {false, true}) {
    const std::string text =
        Capture([&](std::FILE* out) { PrintHuman(SearchResult(), request, color, out); });
    EXPECT_EQ(text, "no matches\n");
  }
}

TEST(PrintHumanTest, UntitledHit) {
  SearchRequest request;
  SearchResult result = TwoHits();
  result.hits[0].title.clear();
  result.hits[0].title_marked = {};
  for (bool color : {false, true}) {
    const std::string text =
        Capture([&](std::FILE* out) { PrintHuman(result, request, color, out); });
    EXPECT_THAT(text, HasSubstr("(no title)"));
  }
}

}  // namespace
}  // namespace steppe
