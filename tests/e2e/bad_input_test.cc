// End-to-end: what steppe-index does with bad and unusual input, and how
// several databases are searched as one.
#include <chrono>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <xapian.h>
#include <nlohmann/json.hpp>

#include "tests/e2e/tool_runner.h"

namespace steppe::testing {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::UnorderedElementsAre;

const std::string kIndex = STEPPE_INDEX_BIN;
const std::string kSearch = STEPPE_SEARCH_BIN;
const std::string kCorpora = STEPPE_CORPORA_DIR;

void WriteFile(const std::string& path, const std::string& content) {
  std::ofstream out(path, std::ios::binary);
  out << content;
}

std::vector<std::string> SearchIds(const std::vector<std::string>& dbs, const std::string& query);

const char* kThreeArticles =
    R"({"id":"a1","title":"Steppe wolves return","text":"Wolves were seen near Karaganda again this winter.","date":"2020-01-02","lang":"en","source":"Test"})"
    "\n"
    R"({"id":"a2","title":"Broken record", "text": )"
    "\n"
    R"({"id":"a3","title":"Saiga herds grow","text":"Saiga antelope numbers rose in Betpak-Dala.","date":"2021-05-06","lang":"en","source":"Test"})"
    "\n";

TEST(BadInputTest, MalformedLineIsReportedWithItsLineAndTheRestIndexed) {
  TempDir dir;
  WriteFile(dir / "dump.jsonl", kThreeArticles);
  const ToolResult result = RunTool(kIndex, {"--db", dir / "db", dir / "dump.jsonl"});
  EXPECT_EQ(result.status, 1);
  EXPECT_THAT(result.err, HasSubstr("dump.jsonl:2: malformed JSON"));
  EXPECT_THAT(result.out, HasSubstr("2 documents (2 added, 0 replaced), 1 skipped"));
  EXPECT_THAT(SearchIds({dir / "db"}, "wolves OR saiga"), UnorderedElementsAre("a1", "a3"));
}

TEST(BadInputTest, StrictStopsAtTheFirstBadRecord) {
  TempDir dir;
  WriteFile(dir / "dump.jsonl", kThreeArticles);
  const ToolResult result = RunTool(kIndex, {"--strict", "--db", dir / "db", dir / "dump.jsonl"});
  EXPECT_EQ(result.status, 1);
  EXPECT_THAT(result.err, HasSubstr("--strict"));
  EXPECT_EQ(Xapian::Database(dir / "db").get_doccount(), 1u);
}

TEST(BadInputTest, MissingTextAndInvalidUtf8AreBadRecords) {
  TempDir dir;
  WriteFile(dir / "dump.jsonl",
            "{\"id\":\"x1\",\"title\":\"no text\"}\n"
            "{\"id\":\"x2\",\"text\":\"bad \xC3\x28 bytes\"}\n"
            "{\"id\":\"x3\",\"text\":\"fine text about Shymkent\"}\n");
  const ToolResult result = RunTool(kIndex, {"--db", dir / "db", dir / "dump.jsonl"});
  EXPECT_EQ(result.status, 1);
  EXPECT_THAT(result.err, HasSubstr("dump.jsonl:1: no article text"));
  EXPECT_THAT(result.err, HasSubstr("dump.jsonl:2: invalid UTF-8"));
  EXPECT_THAT(SearchIds({dir / "db"}, "Shymkent"), ElementsAre("x3"));
}

TEST(BadInputTest, StandardInputAndCompressedInputs) {
  TempDir dir;
  const std::string line =
      R"({"id":"s1","text":"Shubat is fermented camel milk from Mangystau.","lang":"en"})";
  const ToolResult piped = RunTool(kIndex, {"--db", dir / "db", "-"}, line + "\n");
  EXPECT_EQ(piped.status, 0) << piped.err;

  WriteFile(
      dir / "more.jsonl",
      R"({"id":"s2","text":"Kumis is fermented mare milk, a summer drink of the steppe.","lang":"en"})"
      "\n");
  ASSERT_EQ(std::system(("gzip -k " + (dir / "more.jsonl")).c_str()), 0);
  std::filesystem::remove(dir / "more.jsonl");
  std::filesystem::create_directory(dir / "pages");
  std::filesystem::copy(kCorpora + "/pages/herald-2019-tokayev-inauguration.txt", dir / "pages");
  ASSERT_EQ(
      std::system(("tar -C " + dir.path() + " -czf " + (dir / "pages.tar.gz") + " pages").c_str()),
      0);
  std::filesystem::remove_all(dir / "pages");

  const ToolResult packed =
      RunTool(kIndex, {"--db", dir / "db", dir / "more.jsonl.gz", dir / "pages.tar.gz"});
  EXPECT_EQ(packed.status, 0) << packed.err;
  EXPECT_THAT(packed.out, HasSubstr("2 documents (2 added"));
  EXPECT_THAT(SearchIds({dir / "db"}, "fermented"), UnorderedElementsAre("s1", "s2"));
  EXPECT_EQ(SearchIds({dir / "db"}, "\"New head of state\"").size(), 1u);
}

TEST(BadInputTest, TruncatedGzipIsReportedAndWhatWasReadStays) {
  TempDir dir;
  std::string many;
  // Varied text, so that half of the compressed file still holds many articles.
  std::uint64_t state = 12345;
  for (int i = 0; i < 20000; ++i) {
    std::string words;
    for (int w = 0; w < 12; ++w) {
      state = state * 6364136223846793005ULL + 1442695040888963407ULL;
      words += " w" + std::to_string(state >> 40);
    }
    many += R"({"id":"t)" + std::to_string(i) + R"(","text":"Aktau port)" + words +
            R"(","lang":"en"})" + "\n";
  }
  WriteFile(dir / "big.jsonl", many);
  ASSERT_EQ(std::system(("gzip " + (dir / "big.jsonl")).c_str()), 0);
  const auto size = std::filesystem::file_size(dir / "big.jsonl.gz");
  std::filesystem::resize_file(dir / "big.jsonl.gz", size / 2);
  const ToolResult result = RunTool(kIndex, {"--db", dir / "db", dir / "big.jsonl.gz"});
  EXPECT_EQ(result.status, 1);
  EXPECT_THAT(result.err, HasSubstr("big.jsonl.gz"));
  const auto indexed = Xapian::Database(dir / "db").get_doccount();
  EXPECT_GT(indexed, 0u);
  EXPECT_LT(indexed, 20000u);
}

TEST(InterruptTest, CtrlCCommitsWhatWasIndexedAndSaysHowFar) {
  TempDir dir;
  RunningTool indexer(kIndex, {"--db", dir / "db", "--commit-every", "7", "-"});
  std::string batch;
  for (int i = 0; i < 500; ++i) {
    batch += R"({"id":"c)" + std::to_string(i) +
             R"(","text":"Steppe article about grain exports from Kostanay.","lang":"en"})" + "\n";
  }
  indexer.Write(batch);
  // The database (its last shard, when sharded) appears once the tool has
  // opened it, by which time its Ctrl-C handling is in place.
  const auto opened = [&dir] {
    return std::filesystem::exists(dir / "db/iamglass") ||
           std::filesystem::exists(dir / "db/shard1/iamglass");
  };
  for (int i = 0; i < 1000 && !opened(); ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  ASSERT_TRUE(opened());
  indexer.Signal(SIGINT);
  // Records written after Ctrl-C are not indexed once the flag is seen.
  indexer.Write(batch);
  const ToolResult result = indexer.Wait();
  EXPECT_EQ(result.status, 130) << result.err;
  EXPECT_THAT(result.err, HasSubstr("interrupted after "));
  EXPECT_THAT(result.err, HasSubstr("committed"));
  // The count the tool reports is exactly what the database holds.
  const auto documents = Xapian::Database(dir / "db").get_doccount();
  EXPECT_THAT(result.err,
              HasSubstr("interrupted after " + std::to_string(documents) + " documents"));
  EXPECT_LE(documents, 500u);
}

TEST(BadInputTest, MissingInputIsAnError) {
  TempDir dir;
  const ToolResult result = RunTool(kIndex, {"--db", dir / "db", dir / "absent.jsonl"});
  EXPECT_EQ(result.status, 2);
  EXPECT_THAT(result.err, HasSubstr("absent.jsonl: no such file or folder"));
}

// The hits of `query` over `dbs`, as steppe-search --json prints them.
std::vector<nlohmann::json> SearchRows(const std::vector<std::string>& dbs,
                                       const std::string& query, int expected_status = 0) {
  std::vector<std::string> arguments;
  for (const std::string& db : dbs) arguments.insert(arguments.end(), {"--db", db});
  arguments.insert(arguments.end(), {"--json", "--limit", "100", "--", query});
  const ToolResult result = RunTool(kSearch, arguments);
  EXPECT_EQ(result.status, expected_status) << result.err;
  return ParseJsonLines(result.out);
}

std::vector<std::string> SearchIds(const std::vector<std::string>& dbs, const std::string& query) {
  std::vector<std::string> ids;
  for (const auto& row : SearchRows(dbs, query)) ids.push_back(row.at("id"));
  return ids;
}

TEST(SeveralDatabasesTest, RepeatedDbAndStubFileSearchAsOne) {
  TempDir dir;
  const std::string en = kCorpora + "/news/articles-en.jsonl";
  const std::string ru = kCorpora + "/news/articles-ru.jsonl";
  ASSERT_EQ(RunTool(kIndex, {"--db", dir / "en", en}).status, 0);
  ASSERT_EQ(RunTool(kIndex, {"--db", dir / "ru", ru}).status, 0);
  ASSERT_EQ(RunTool(kIndex, {"--db", dir / "all", en, ru}).status, 0);
  WriteFile(dir / "stub", "auto " + (dir / "en") + "\nauto " + (dir / "ru") + "\n");

  const std::string query = "Nazarbayev OR Назарбаев";
  const auto merged = SearchRows({dir / "all"}, query);
  const auto combined = SearchRows({dir / "en", dir / "ru"}, query);
  const auto stub = SearchRows({dir / "stub"}, query);
  ASSERT_GT(merged.size(), 4u);
  ASSERT_EQ(combined.size(), merged.size());
  ASSERT_EQ(stub.size(), merged.size());
  bool saw_en = false;
  bool saw_ru = false;
  for (std::size_t i = 0; i < merged.size(); ++i) {
    // Statistics are combined across databases, so every score is the same
    // as in one merged database.
    EXPECT_NEAR(combined[i].at("score").get<double>(), merged[i].at("score").get<double>(), 1e-9);
    EXPECT_NEAR(stub[i].at("score").get<double>(), merged[i].at("score").get<double>(), 1e-9);
    const std::string id = combined[i].at("id");
    const std::string db = combined[i].at("db");
    EXPECT_EQ(db, id.rfind("en-", 0) == 0 ? dir / "en" : dir / "ru") << id;
    saw_en |= id.rfind("en-", 0) == 0;
    saw_ru |= id.rfind("ru-", 0) == 0;
  }
  EXPECT_TRUE(saw_en);
  EXPECT_TRUE(saw_ru);
}

}  // namespace
}  // namespace steppe::testing
