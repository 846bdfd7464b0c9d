// End-to-end: the examples steppe-search --help and steppe-analyze --help
// teach run as printed on the sample corpus: each succeeds and prints
// something (a search, hits), with nothing on standard error.
#include <sstream>
#include <string>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tests/e2e/tool_runner.h"

namespace steppe::testing {
namespace {

const std::string kIndex = STEPPE_INDEX_BIN;
const std::string kSearch = STEPPE_SEARCH_BIN;
const std::string kAnalyze = STEPPE_ANALYZE_BIN;
const std::string kCorpora = STEPPE_CORPORA_DIR;

// The example command lines of a tool's --help: the indented lines after
// the "Examples" heading up to a blank line, that run the tool, without
// their trailing # comment.
std::vector<std::string> Examples(const std::string& tool, const std::string& name) {
  std::vector<std::string> examples;
  std::istringstream help(RunTool(tool, {"--help"}).out);
  bool in_examples = false;
  for (std::string line; std::getline(help, line);) {
    if (line.starts_with("Examples")) {
      in_examples = true;
      continue;
    }
    if (line.empty()) in_examples = false;
    if (!in_examples || !line.starts_with("  ") || line.find(name + " ") == std::string::npos) {
      continue;
    }
    const std::size_t comment = line.find("  #");
    examples.push_back(
        line.substr(2, comment == std::string::npos ? std::string::npos : comment - 2));
  }
  return examples;
}

TEST(HelpExamplesTest, EachExampleRunsOnTheSampleCorpus) {
  TempDir dir;
  const ToolResult indexed =
      RunTool(kIndex, {"--quiet", "--db", dir / "db", kCorpora + "/news", kCorpora + "/csv",
                       kCorpora + "/html", kCorpora + "/pages"});
  ASSERT_EQ(indexed.status, 0) << indexed.err;
  const std::string path = PathOf({kSearch, kAnalyze});
  for (const auto& [tool, name] :
       {std::pair{kSearch, "steppe-search"}, std::pair{kAnalyze, "steppe-analyze"}}) {
    const std::vector<std::string> examples = Examples(tool, name);
    EXPECT_GE(examples.size(), 4u) << name;
    for (const std::string& example : examples) {
      const ToolResult run =
          RunTool("/bin/bash", {"-o", "pipefail", "-c", example}, "",
                  {{"PATH", path}, {"STEPPE_DB", dir / "db"}, {"LANG", "C.UTF-8"}});
      EXPECT_EQ(run.status, 0) << example << "\n" << run.err;
      EXPECT_NE(run.out, "") << example;
      if (example.find("--explain") == std::string::npos) {
        EXPECT_EQ(run.err, "") << example;
      }
    }
  }
}

}  // namespace
}  // namespace steppe::testing
