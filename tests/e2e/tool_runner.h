// ToolRunner: runs one of steppe's command-line tools as a user would and
// captures what it prints and its exit status.
//
// Contract: Run executes the program with exactly the given arguments (no
// shell), with `input` on standard input and the extra environment
// variables set (STEPPE_CONFIG is set empty, so that no user's
// configuration file is read, unless `environment` sets it), and returns its standard output,
// standard error and exit code; a program killed by a signal reports 128 + the signal.
#ifndef STEPPE_TESTS_E2E_TOOL_RUNNER_H_
#define STEPPE_TESTS_E2E_TOOL_RUNNER_H_

#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

namespace steppe::testing {

struct ToolResult {
  std::string out;
  std::string err;
  int status = -1;
};

ToolResult RunTool(const std::string& program, const std::vector<std::string>& arguments,
                   const std::string& input = "",
                   const std::vector<std::pair<std::string, std::string>>& environment = {});

// Runs the program like RunTool, but on a new pseudo-terminal (its
// standard input, output and error), as from an interactive shell; `out`
// is what the terminal showed (output and error together, with the
// terminal's \r\n line ends), `err` is empty.
ToolResult RunInTerminal(const std::string& program, const std::vector<std::string>& arguments,
                         const std::vector<std::pair<std::string, std::string>>& environment = {});

// The whole content of a file ("" when it cannot be read).
std::string ReadFile(const std::string& path);

// A PATH of the folders holding `programs`, in order, then /usr/bin:/bin:
// for command lines run as a user would, with steppe's tools on the PATH.
std::string PathOf(const std::vector<std::string>& programs);

// Parses JSON Lines output, one object per line (throws on a bad line).
std::vector<nlohmann::json> ParseJsonLines(const std::string& out);

// (score to 6 places, id) of every hit of steppe-search --json output (its
// objects with an id), best first, equal scores by id: what two layouts of
// one corpus must agree on (docids, which break ties, differ).
using RankedHits = std::vector<std::tuple<double, std::string>>;
RankedHits ParseRankedHits(const std::string& out);

// A tool started in the background with a pipe to its standard input; its
// output goes to files until Wait collects it.
class RunningTool {
 public:
  RunningTool(const std::string& program, const std::vector<std::string>& arguments);
  ~RunningTool();
  RunningTool(const RunningTool&) = delete;
  RunningTool& operator=(const RunningTool&) = delete;

  void Write(const std::string& data);
  void CloseInput();
  void Signal(int signal);
  ToolResult Wait();

 private:
  int pid_ = -1;
  int input_ = -1;
  std::string out_path_;
  std::string err_path_;
};

// A fresh folder under the system temp dir, removed by the destructor.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::string& path() const { return path_; }
  std::string operator/(const std::string& name) const { return path_ + "/" + name; }

 private:
  std::string path_;
};

}  // namespace steppe::testing

#endif  // STEPPE_TESTS_E2E_TOOL_RUNNER_H_
