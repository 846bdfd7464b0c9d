// End-to-end: the README's five-minute tour, run line by line as written
// (with the built tools on PATH and $STEPPE_DB in a scratch folder), works:
// every line succeeds (a line whose comment says "no matches" exits 1, as
// grep would), writes nothing to standard error (but --explain, whose
// output goes there), and prints results.
#include <sstream>
#include <string>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tests/e2e/tool_runner.h"

namespace steppe::testing {
namespace {

using ::testing::HasSubstr;

const std::string kSource = STEPPE_SOURCE_DIR;
const std::string kIndex = STEPPE_INDEX_BIN;
const std::string kSearch = STEPPE_SEARCH_BIN;
const std::string kAnalyze = STEPPE_ANALYZE_BIN;

// The command lines of the first ```sh block after "## A five-minute tour".
std::vector<std::string> TourLines() {
  const std::string readme = ReadFile(kSource + "/README.md");
  const std::size_t tour = readme.find("\n## A five-minute tour\n");
  if (tour == std::string::npos) return {};
  const std::size_t begin = readme.find("```sh\n", tour);
  const std::size_t end = readme.find("\n```", begin + 6);
  std::istringstream block(readme.substr(begin + 6, end - begin - 6));
  std::vector<std::string> lines;
  for (std::string line; std::getline(block, line);) {
    if (!line.empty() && !line.starts_with("#")) lines.push_back(line);
  }
  return lines;
}

TEST(ReadmeTourTest, EveryLineRunsAsWritten) {
  const std::vector<std::string> lines = TourLines();
  ASSERT_GT(lines.size(), 10u);
  ASSERT_TRUE(lines.front().starts_with("export PATH=$PWD/build/"));
  TempDir dir;
  const std::string path = PathOf({kIndex, kSearch, kAnalyze});
  std::string all;
  for (std::size_t i = 1; i < lines.size(); ++i) {
    const std::string& line = lines[i];
    std::string command = "cd " + kSource;
    command += " && ";
    command += line;
    const ToolResult run =
        RunTool("/bin/bash", {"-o", "pipefail", "-c", command}, "",
                {{"PATH", path}, {"STEPPE_DB", dir / "steppe-db"}, {"LANG", "C.UTF-8"}});
    const int expected = line.find("# no matches") != std::string::npos ? 1 : 0;
    EXPECT_EQ(run.status, expected) << line << "\n" << run.err;
    // Only --explain writes to standard error, as it says.
    if (line.find("--explain") == std::string::npos) {
      EXPECT_EQ(run.err, "") << line;
    } else {
      EXPECT_THAT(run.err, HasSubstr("Query(")) << line;
    }
    EXPECT_NE(run.out, "") << line;
    all += run.out;
  }
  // A few of the promises the comments make.
  EXPECT_THAT(all, HasSubstr("86 documents"));
  EXPECT_THAT(all, HasSubstr("did you mean: parliament"));
  EXPECT_THAT(all, HasSubstr("languages:"));
  EXPECT_THAT(all, HasSubstr("тоқаев"));
}

}  // namespace
}  // namespace steppe::testing
