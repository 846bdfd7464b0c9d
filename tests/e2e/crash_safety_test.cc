// End-to-end: steppe-index killed with SIGKILL at several points of a long
// run leaves a database that opens, passes xapian-check, and that the same
// command completes with one document per id; searches during indexing see
// the last commit and never fail; a second indexer is told the database is
// locked, or waits with --wait.
#include <chrono>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <xapian.h>

#include "tests/e2e/tool_runner.h"

namespace steppe::testing {
namespace {

using ::testing::HasSubstr;

const std::string kIndex = STEPPE_INDEX_BIN;
const std::string kSearch = STEPPE_SEARCH_BIN;
const std::string kCheck = STEPPE_XAPIAN_CHECK_BIN;
constexpr int kArticles = 20000;  // about 1.5 s of indexing here

// kArticles articles of our own making, each a few sentences, ids a0...
std::string WriteArticles(const TempDir& dir) {
  const std::string path = dir / "long.jsonl";
  std::ofstream out(path);
  const char* places[] = {"Astana", "Almaty", "Shymkent", "Aktobe", "Karaganda", "Taraz"};
  const char* things[] = {"wheat", "oil", "gas", "water", "rail", "wool"};
  for (int i = 0; i < kArticles; ++i) {
    const std::string place = places[i % 6];
    const std::string thing = things[(i / 6) % 6];
    out << R"({"id":"a)" << i << R"(","title":")" << place << " reports on " << thing
        << R"(","text":"Officials in )" << place << " said " << thing << " output rose by "
        << i % 97 << " percent in the quarter. Traders expect more " << thing << " from " << place
        << " next year, and the regional akimat plans " << i % 13
        << R"( new projects.","lang":"en","date":"2020-01-01"})"
        << "\n";
  }
  return path;
}

bool Opens(const std::string& db) {
  try {
    Xapian::Database database(db);
    return true;
  } catch (const Xapian::Error&) {
    return false;
  }
}

// xapian-check on each of a stub's shards.
void ExpectCheckPasses(const std::string& db) {
  if (kCheck.empty()) return;
  for (const auto& entry : std::filesystem::directory_iterator(db)) {
    if (!entry.is_directory()) continue;
    const ToolResult check = RunTool(kCheck, {entry.path().string()});
    EXPECT_EQ(check.status, 0) << entry.path() << ": " << check.out << check.err;
  }
}

TEST(CrashSafetyTest, KilledAtSeveralPointsTheDatabaseStaysWholeAndTheRunCompletesIt) {
  TempDir dir;
  const std::string input = WriteArticles(dir);
  const std::string db = dir / "db";
  const std::vector<std::string> command = {"--db",           db,    "--shards", "2",
                                            "--commit-every", "500", input};
  int killed_midway = 0;
  for (const int milliseconds : {100, 400, 900}) {
    RunningTool indexer(kIndex, command);
    std::this_thread::sleep_for(std::chrono::milliseconds(milliseconds));
    indexer.Signal(SIGKILL);
    const ToolResult killed = indexer.Wait();
    // Killed, or done before the kill: either way the database is whole.
    EXPECT_TRUE(killed.status == 128 + SIGKILL || killed.status == 0) << killed.status;
    ASSERT_TRUE(Opens(db)) << "after a kill at " << milliseconds << " ms";
    const Xapian::doccount kept = Xapian::Database(db).get_doccount();
    EXPECT_LE(kept, static_cast<Xapian::doccount>(kArticles));
    if (killed.status == 128 + SIGKILL && kept < static_cast<Xapian::doccount>(kArticles)) {
      ++killed_midway;
    }
    ExpectCheckPasses(db);
  }
  EXPECT_GE(killed_midway, 1);  // the test killed at least one run halfway
  const ToolResult again = RunTool(kIndex, command);
  ASSERT_EQ(again.status, 0) << again.err;
  const Xapian::Database done(db);
  EXPECT_EQ(done.get_doccount(), static_cast<Xapian::doccount>(kArticles));
  for (int i = 0; i < kArticles; i += 1997) {
    EXPECT_EQ(done.get_termfreq("Qa" + std::to_string(i)), 1u) << i;
  }
  ExpectCheckPasses(db);
}

TEST(CrashSafetyTest, SearchesDuringIndexingSeeTheLastCommitAndNeverFail) {
  TempDir dir;
  const std::string input = WriteArticles(dir);
  const std::string db = dir / "db";
  RunningTool indexer(kIndex, {"--db", db, "--shards", "2", "--commit-every", "200", input});
  // Until the first shard exists there is nothing to search.
  for (int i = 0; i < 500 && !Opens(db); ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  ASSERT_TRUE(Opens(db));
  unsigned long last = 0;
  int searches = 0;
  for (; searches < 40; ++searches) {
    const ToolResult count = RunTool(kSearch, {"--db", db, "--count", "wheat OR oil OR gas"});
    ASSERT_LE(count.status, 1) << count.err;  // hits or none, never an error
    const unsigned long now = std::stoul(count.out);
    EXPECT_GE(now, last);  // commits only add
    last = now;
    const ToolResult page = RunTool(kSearch, {"--db", db, "--json", "--facets", "Astana wheat"});
    ASSERT_LE(page.status, 1) << page.err;
  }
  const ToolResult done = indexer.Wait();
  EXPECT_EQ(done.status, 0) << done.err;
  const ToolResult count = RunTool(kSearch, {"--db", db, "--count", "lang:en"});
  EXPECT_EQ(count.out, std::to_string(kArticles) + "\n");
}

TEST(CrashSafetyTest, ASecondIndexerIsToldTheDatabaseIsLockedOrWaits) {
  TempDir dir;
  const std::string input = WriteArticles(dir);
  const std::string db = dir / "db";
  ASSERT_EQ(RunTool(kIndex, {"--db", db, "--shards", "1", input}).status, 0);
  auto holder = std::make_unique<Xapian::WritableDatabase>(db, Xapian::DB_OPEN);
  const ToolResult refused = RunTool(kIndex, {"--db", db, input});
  EXPECT_EQ(refused.status, 2);
  EXPECT_THAT(refused.err, HasSubstr(db + ": database is locked by another indexer"));
  // --wait: indexes once the other writer is gone.
  RunningTool waiting(kIndex, {"--db", db, "--wait", input});
  std::this_thread::sleep_for(std::chrono::milliseconds(400));
  holder.reset();
  const ToolResult waited = waiting.Wait();
  EXPECT_EQ(waited.status, 0) << waited.err;
  EXPECT_THAT(waited.out, HasSubstr("(0 added, " + std::to_string(kArticles) + " replaced)"));
}

}  // namespace
}  // namespace steppe::testing
