// End-to-end: the sample corpus split by steppe-index over two databases
// served by xapian-tcpsrv on 127.0.0.1 and one local one, then searched
// through a stub file naming the three, ranks, counts and facets exactly as
// the corpus in one database.
#include <algorithm>
#include <cmath>
#include <fstream>
#include <map>
#include <memory>
#include <string>
#include <tuple>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <xapian.h>
#include <nlohmann/json.hpp>

#include "tests/e2e/served_database.h"
#include "tests/e2e/tool_runner.h"

namespace steppe::testing {
namespace {

using ::testing::HasSubstr;

const std::string kIndex = STEPPE_INDEX_BIN;
const std::string kSearch = STEPPE_SEARCH_BIN;
const std::string kCorpora = STEPPE_CORPORA_DIR;
const std::string kServer = STEPPE_TCPSRV_BIN;

class RemoteSearchTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = std::make_unique<TempDir>();
    merged_run_ = RunTool(kIndex, {"--db", *dir_ / "merged", "--shards", "1", kCorpora});
    // Index through writable servers into two folders and a local shard...
    {
      ServedDatabase first(kServer, MakeFolder("served0"), /*writable=*/true);
      ServedDatabase second(kServer, MakeFolder("served1"), /*writable=*/true);
      if (!first.ok() || !second.ok()) {
        setup_error_ = first.ok() ? second.error() : first.error();
        return;
      }
      MakeFolder("cluster");
      std::ofstream(*dir_ / "cluster/XAPIANDB")
          << "remote " << first.target() << "\nremote " << second.target() << "\nauto local\n";
      cluster_run_ = RunTool(kIndex, {"--db", *dir_ / "cluster", kCorpora});
    }
    // ... then serve the two read-only and search them with the local one.
    first_ = std::make_unique<ServedDatabase>(kServer, *dir_ / "served0", false);
    second_ = std::make_unique<ServedDatabase>(kServer, *dir_ / "served1", false);
    if (!first_->ok() || !second_->ok()) {
      setup_error_ = first_->ok() ? second_->error() : first_->error();
      return;
    }
    std::ofstream(*dir_ / "search.stub") << "remote " << first_->target() << "\nremote "
                                         << second_->target() << "\nauto cluster/local\n";
  }
  static void TearDownTestSuite() {
    first_.reset();
    second_.reset();
    dir_.reset();
  }
  void SetUp() override {
    if (kServer.empty()) GTEST_SKIP() << "no xapian-tcpsrv (package xapian-tools)";
    ASSERT_TRUE(setup_error_.empty()) << setup_error_;
    ASSERT_EQ(merged_run_.status, 0) << merged_run_.err;
    ASSERT_EQ(cluster_run_.status, 0) << cluster_run_.err;
  }

  static std::string MakeFolder(const std::string& name) {
    std::filesystem::create_directories(*dir_ / name);
    return *dir_ / name;
  }

  static ToolResult Run(const std::string& db, std::vector<std::string> arguments) {
    arguments.insert(arguments.begin(), {"--db", db});
    return RunTool(kSearch, arguments);
  }
  static std::string Merged() { return *dir_ / "merged"; }
  static std::string Cluster() { return *dir_ / "search.stub"; }

  static RankedHits Search(const std::string& db, const std::string& query) {
    const ToolResult result = Run(db, {"--json", "--limit", "1000", "--", query});
    EXPECT_EQ(result.status, 0) << query << ": " << result.err;
    return ParseRankedHits(result.out);
  }

  static std::unique_ptr<TempDir> dir_;
  static ToolResult merged_run_;
  static ToolResult cluster_run_;
  static std::unique_ptr<ServedDatabase> first_;
  static std::unique_ptr<ServedDatabase> second_;
  static std::string setup_error_;
};

std::unique_ptr<TempDir> RemoteSearchTest::dir_;
ToolResult RemoteSearchTest::merged_run_;
ToolResult RemoteSearchTest::cluster_run_;
std::unique_ptr<ServedDatabase> RemoteSearchTest::first_;
std::unique_ptr<ServedDatabase> RemoteSearchTest::second_;
std::string RemoteSearchTest::setup_error_;

TEST_F(RemoteSearchTest, IndexingSpreadsTheCorpusOverServedAndLocalShards) {
  const Xapian::doccount total = Xapian::Database(Merged()).get_doccount();
  const Xapian::doccount served0 = Xapian::Database(*dir_ / "served0").get_doccount();
  const Xapian::doccount served1 = Xapian::Database(*dir_ / "served1").get_doccount();
  const Xapian::doccount local = Xapian::Database(*dir_ / "cluster/local").get_doccount();
  EXPECT_GT(served0, 5u);
  EXPECT_GT(served1, 5u);
  EXPECT_GT(local, 5u);
  EXPECT_EQ(served0 + served1 + local, total);
  EXPECT_THAT(cluster_run_.out, HasSubstr(std::to_string(total) + " documents"));
}

TEST_F(RemoteSearchTest, RankedResultsAreThoseOfOneDatabase) {
  for (const char* query :
       {"Tokayev", "Тоқаевтың", "нефть газ", "oil OR gas", "\"central asia\"", "title:Almaty",
        "Baikonur", "сайлау", "Astana", "Нұр-Сұлтан", "lang:ru президент", "Kazakhstan -oil",
        "Қазақстан", "Nursultan Nazarbayev", "wheat 2019..2021"}) {
    const RankedHits merged = Search(Merged(), query);
    EXPECT_FALSE(merged.empty()) << query;
    EXPECT_EQ(Search(Cluster(), query), merged) << query;
  }
  // A page past the first, sorted by date, as well.
  const ToolResult merged = Run(Merged(), {"--json", "--sort", "date", "--offset", "3", "Tokayev"});
  const ToolResult cluster =
      Run(Cluster(), {"--json", "--sort", "date", "--offset", "3", "Tokayev"});
  std::vector<std::string> merged_ids;
  std::vector<std::string> cluster_ids;
  for (const auto& row : ParseJsonLines(merged.out)) merged_ids.push_back(row.at("id"));
  for (const auto& row : ParseJsonLines(cluster.out)) cluster_ids.push_back(row.at("id"));
  EXPECT_EQ(cluster_ids.size(), 10u);
  EXPECT_EQ(cluster_ids, merged_ids);
  // More like an article: the same expansion over the shards as over one.
  for (const char* id : {"en-001", "ru-004", "kk-001"}) {
    const ToolResult like_merged = Run(Merged(), {"--json", "--similar", id});
    const ToolResult like_cluster = Run(Cluster(), {"--json", "--similar", id});
    EXPECT_EQ(like_cluster.status, 0) << like_cluster.err;
    EXPECT_FALSE(like_merged.out.empty()) << id;
    std::vector<std::pair<std::string, double>> a;
    std::vector<std::pair<std::string, double>> b;
    for (const auto& row : ParseJsonLines(like_merged.out)) {
      a.emplace_back(row.at("id"), std::round(row.at("score").get<double>() * 1e6));
    }
    for (const auto& row : ParseJsonLines(like_cluster.out)) {
      b.emplace_back(row.at("id"), std::round(row.at("score").get<double>() * 1e6));
    }
    EXPECT_EQ(b, a) << id;
  }
}

TEST_F(RemoteSearchTest, CountsAndFacetsAreThoseOfOneDatabase) {
  for (const char* query : {"Kazakhstan", "Алматы", "lang:en", "Tokayev", "нефть"}) {
    const ToolResult merged = Run(Merged(), {"--count", "--", query});
    const ToolResult cluster = Run(Cluster(), {"--count", "--", query});
    EXPECT_EQ(cluster.status, 0) << cluster.err;
    EXPECT_EQ(cluster.out, merged.out) << query;
    const auto facets = [](const ToolResult& result) {
      const std::vector<nlohmann::json> rows = ParseJsonLines(result.out);
      return rows.empty() ? nlohmann::json() : rows.back();
    };
    const ToolResult merged_facets = Run(Merged(), {"--json", "--facets", "--", query});
    const ToolResult cluster_facets = Run(Cluster(), {"--json", "--facets", "--", query});
    EXPECT_EQ(cluster_facets.status, 0) << cluster_facets.err;
    EXPECT_TRUE(facets(merged_facets).contains("facets")) << query;
    EXPECT_EQ(facets(cluster_facets), facets(merged_facets)) << query;
  }
}

TEST_F(RemoteSearchTest, SnippetsAndHighlightsAreThoseOfOneDatabase) {
  // Served shards' hits are highlighted from their text, local ones' from
  // the index's positions: the same words either way.
  for (const char* query : {"Tokayev", "Тоқаевтың", "нефть газ", "Astana", "\"central asia\""}) {
    const auto rows = [&](const std::string& db) {
      std::map<std::string, nlohmann::json> by_id;
      for (auto row : ParseJsonLines(Run(db, {"--json", "--limit", "100", "--", query}).out)) {
        if (!row.contains("id")) continue;
        const std::string id = row.at("id");
        row.erase("db");
        row.erase("docid");
        row.erase("rank");  // ties may be broken by docid
        // How many copies were collapsed into a hit is a lower bound that
        // depends on what each server saw.
        row.erase("similar");
        row["score"] = std::round(row.at("score").get<double>() * 1e6) / 1e6;
        by_id[id] = row;
      }
      return by_id;
    };
    const auto merged = rows(Merged());
    EXPECT_FALSE(merged.empty()) << query;
    EXPECT_EQ(rows(Cluster()), merged) << query;
  }
}

TEST_F(RemoteSearchTest, DidYouMeanWorksOverServedShards) {
  // Served databases have no spelling table: suggestions come from their
  // terms and articles, as in one database.
  for (const char* query : {"parliment", "Astna parliment", "Мажлис"}) {
    const ToolResult merged = Run(Merged(), {"--json", "--", query});
    const ToolResult cluster = Run(Cluster(), {"--json", "--", query});
    const auto last = [](const ToolResult& result) {
      const std::vector<nlohmann::json> rows = ParseJsonLines(result.out);
      return rows.empty() ? nlohmann::json() : rows.back();
    };
    EXPECT_TRUE(last(merged).contains("did_you_mean")) << query;
    EXPECT_EQ(last(cluster), last(merged)) << query;
  }
}

TEST_F(RemoteSearchTest, ATcpUrlSearchesOneServedDatabase) {
  const ToolResult result = Run(first_->url(), {"--count", "lang:en OR lang:ru OR lang:kk"});
  EXPECT_EQ(result.status, 0) << result.err;
  EXPECT_EQ(result.out, std::to_string(Xapian::Database(*dir_ / "served0").get_doccount()) + "\n");
}

TEST_F(RemoteSearchTest, AServerThatIsNotThereIsAClearError) {
  const std::string nobody = "tcp://127.0.0.1:" + std::to_string(FreeLoopbackPort());
  const ToolResult search = Run(nobody, {"camel"});
  EXPECT_EQ(search.status, 2);
  EXPECT_THAT(search.err, HasSubstr(nobody + ": cannot reach the database server"));
  const ToolResult index = RunTool(kIndex, {"--db", nobody, kCorpora});
  EXPECT_EQ(index.status, 2);
  EXPECT_THAT(index.err, HasSubstr(nobody + ": cannot reach the database server"));
  const ToolResult bad = Run("tcp://127.0.0.1", {"camel"});
  EXPECT_EQ(bad.status, 2);
  EXPECT_THAT(bad.err, HasSubstr("no port"));
}

}  // namespace
}  // namespace steppe::testing
