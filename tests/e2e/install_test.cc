// End-to-end: steppe as a user installs it. `cmake --install` into a
// prefix and the .deb CPack builds, unpacked into a scratch root, hold the
// same files: the three tools, man pages, bash and zsh completions, the
// data files and the sample corpus. The .deb depends on real Debian
// packages. From the installed paths alone (no build tree on PATH, the
// sample corpus from share/steppe), a user indexes and searches; the
// tools colour only on a terminal (driven through a pseudo-terminal) and
// never with NO_COLOR; each man page renders without warnings and
// documents every option; the bash completion completes every option.
#include <filesystem>
#include <memory>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tests/e2e/tool_runner.h"

namespace steppe::testing {
namespace {

namespace fs = std::filesystem;
using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsSupersetOf;
using ::testing::Not;

const std::string kBuildDir = STEPPE_BUILD_DIR;
const std::string kCmake = STEPPE_CMAKE_COMMAND;
const std::string kCpack = STEPPE_CPACK_COMMAND;
const std::string kEnv = "/usr/bin/env";
const char* const kTools[] = {"steppe-index", "steppe-search", "steppe-analyze"};
constexpr std::string_view kColour = "\033[";

// Every file under `root`, as paths relative to it.
std::set<std::string> FilesUnder(const fs::path& root) {
  std::set<std::string> files;
  if (!fs::exists(root)) return files;
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    if (!entry.is_directory()) files.insert(fs::relative(entry.path(), root).string());
  }
  return files;
}

// The options a tool's --help lists (-n, --limit, --no-collapse, ...).
std::set<std::string> HelpOptions(const std::string& help) {
  std::set<std::string> options;
  constexpr std::string_view kHeading = "\nOptions:\n";
  const std::size_t start = help.find(kHeading);
  if (start == std::string::npos) return options;
  std::istringstream lines(help.substr(start + kHeading.size()));
  const std::regex option(R"((?:^|[ ,])(--?[a-z][a-z-]*))");
  for (std::string line; std::getline(lines, line);) {
    if (line.empty()) break;  // the footer follows a blank line
    // Only the option column (descriptions start after a wide gap).
    const std::string column = line.substr(0, line.find("   ", 2));
    for (auto it = std::sregex_iterator(column.begin(), column.end(), option);
         it != std::sregex_iterator(); ++it) {
      options.insert((*it)[1]);
    }
  }
  return options;
}

class InstallTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = std::make_unique<TempDir>();
    prefix_install_ = RunTool(kCmake, {"--install", kBuildDir, "--prefix", *dir_ / "prefix"});
    package_ = RunTool(kCpack, {"-G", "DEB", "-B", *dir_ / "package", "--config",
                                kBuildDir + "/CPackConfig.cmake"});
    for (const auto& entry : fs::directory_iterator(*dir_ / "package")) {
      if (entry.path().extension() == ".deb") deb_ = entry.path();
    }
    if (!deb_.empty()) unpack_ = RunTool("/usr/bin/dpkg-deb", {"-x", deb_, *dir_ / "root"});
    root_ = *dir_ / "root";
  }
  static void TearDownTestSuite() { dir_.reset(); }
  void SetUp() override {
    ASSERT_EQ(prefix_install_.status, 0) << prefix_install_.out << prefix_install_.err;
    ASSERT_EQ(package_.status, 0) << package_.out << package_.err;
    ASSERT_FALSE(deb_.empty()) << package_.out;
    ASSERT_EQ(unpack_.status, 0) << unpack_.err;
  }

  // Runs an installed tool by name, found on a PATH of the scratch root's
  // usr/bin and the system's folders only, with a clean environment.
  static ToolResult Installed(const std::string& tool, const std::vector<std::string>& arguments,
                              const std::vector<std::string>& environment = {}) {
    std::vector<std::string> all = {"-i", "PATH=" + root_ + "/usr/bin:/usr/bin:/bin",
                                    "HOME=" + *dir_ / "home", "LANG=C.UTF-8"};
    all.insert(all.end(), environment.begin(), environment.end());
    all.push_back(tool);
    all.insert(all.end(), arguments.begin(), arguments.end());
    return RunTool(kEnv, all);
  }
  static std::string Tool(const std::string& name) { return root_ + "/usr/bin/" + name; }
  static std::string Share(const std::string& path) { return root_ + "/usr/share/" + path; }
  static const std::string& Database() {
    static const ToolResult indexed =
        Installed("steppe-index", {"--quiet", "--db", *dir_ / "db", Share("steppe/sample/")});
    EXPECT_EQ(indexed.status, 0) << indexed.err;
    static const std::string db = *dir_ / "db";
    return db;
  }

  static std::unique_ptr<TempDir> dir_;
  static ToolResult prefix_install_;
  static ToolResult package_;
  static ToolResult unpack_;
  static std::string deb_;
  static std::string root_;
};

std::unique_ptr<TempDir> InstallTest::dir_;
ToolResult InstallTest::prefix_install_;
ToolResult InstallTest::package_;
ToolResult InstallTest::unpack_;
std::string InstallTest::deb_;
std::string InstallTest::root_;

TEST_F(InstallTest, ThePrefixAndThePackageHoldTheToolsTheirPagesCompletionsAndData) {
  const std::set<std::string> prefix = FilesUnder(*dir_ / "prefix");
  std::set<std::string> package;
  for (const std::string& file : FilesUnder(root_)) {
    ASSERT_TRUE(file.starts_with("usr/")) << file;
    package.insert(file.substr(4));
  }
  EXPECT_EQ(prefix, package);
  EXPECT_THAT(package, IsSupersetOf({
                           "bin/steppe-index",
                           "bin/steppe-search",
                           "bin/steppe-analyze",
                           "share/man/man1/steppe-index.1.gz",
                           "share/man/man1/steppe-search.1.gz",
                           "share/man/man1/steppe-analyze.1.gz",
                           "share/man/man5/steppe-config.5.gz",
                           "share/bash-completion/completions/steppe-index",
                           "share/bash-completion/completions/steppe-search",
                           "share/bash-completion/completions/steppe-analyze",
                           "share/zsh/vendor-completions/_steppe-index",
                           "share/zsh/vendor-completions/_steppe-search",
                           "share/zsh/vendor-completions/_steppe-analyze",
                           "share/steppe/gazetteer/kz-places.aliases",
                           "share/steppe/gazetteer/kz-people.aliases",
                           "share/steppe/lexicon/stopwords-kk.lst",
                           "share/steppe/sample/news/articles-en.jsonl",
                           "share/steppe/sample/news/articles-kk-latn.jsonl",
                           "share/steppe/sample/csv/articles.csv",
                           "share/steppe/schema/search-output.schema.json",
                           "share/steppe/schema/analyze-output.schema.json",
                           "share/doc/steppe/README.md",
                       }));
  // Nothing of the tests, benchmarks or build tools.
  for (const std::string& file : package) {
    EXPECT_TRUE(file.starts_with("bin/steppe-") || file.starts_with("share/")) << file;
  }
}

TEST_F(InstallTest, ThePackageDependsOnDebianPackagesThisMachineHas) {
  const ToolResult fields = RunTool("/usr/bin/dpkg-deb", {"-f", deb_, "Package", "Depends"});
  ASSERT_EQ(fields.status, 0) << fields.err;
  EXPECT_THAT(fields.out, HasSubstr("Package: steppe\n"));
  const std::size_t at = fields.out.find("Depends: ");
  ASSERT_NE(at, std::string::npos) << fields.out;
  std::string depends = fields.out.substr(at + 9);
  depends = depends.substr(0, depends.find('\n'));
  // "libxapian30 (>= 1.4.22), libicu72 (>= 72.1~rc-1~), ... | ..., hunspell-kk, ..."
  std::set<std::string> names;
  const std::regex name(R"((?:^|[,|]) *([a-z0-9][a-z0-9+.-]+))");
  for (auto it = std::sregex_iterator(depends.begin(), depends.end(), name);
       it != std::sregex_iterator(); ++it) {
    names.insert((*it)[1]);
  }
  EXPECT_THAT(names, IsSupersetOf({"libxapian30", "hunspell-kk", "hunspell-ru", "wamerican"}));
  EXPECT_THAT(depends, HasSubstr("libicu"));
  for (const std::string& package : names) {
    const ToolResult known = RunTool("/usr/bin/dpkg-query", {"-W", "-f=${Status}", package});
    EXPECT_THAT(known.out, HasSubstr("install ok installed")) << package << " in " << depends;
  }
}

TEST_F(InstallTest, TheInstalledToolsIndexAndSearchTheInstalledSample) {
  for (const char* tool : kTools) {
    const ToolResult version = Installed(tool, {"--version"});
    EXPECT_EQ(version.status, 0) << version.err;
    EXPECT_THAT(version.out, HasSubstr(std::string(tool) + " "));
    EXPECT_THAT(version.out, HasSubstr("Xapian 1.4"));
    const ToolResult help = Installed(tool, {"--help"});
    EXPECT_EQ(help.status, 0) << help.err;
    EXPECT_THAT(help.out, HasSubstr("Examples"));
    EXPECT_THAT(help.out, HasSubstr("Exit status"));
  }
  const ToolResult indexed =
      Installed("steppe-index", {"--quiet", "--db", *dir_ / "smoke", Share("steppe/sample/")});
  ASSERT_EQ(indexed.status, 0) << indexed.err;
  EXPECT_THAT(indexed.out, HasSubstr(": 86 documents (86 added, 0 replaced), 0 skipped"));
  // Any spelling, through the compiled-in gazetteer and dictionaries.
  const ToolResult found =
      Installed("steppe-search", {"--db", *dir_ / "smoke", "--json", "--limit", "40", "Toqaev"});
  ASSERT_EQ(found.status, 0) << found.err;
  std::set<std::string> ids;
  for (const auto& hit : ParseJsonLines(found.out)) ids.insert(hit.at("id"));
  EXPECT_THAT(ids, IsSupersetOf({"en-001", "ru-001", "kk-001", "kkl-001"}));
  const ToolResult renamed =
      Installed("steppe-search",
                {"--db", *dir_ / "smoke", "--json", "--limit", "1", "--lang", "ru", "Tselinograd"});
  ASSERT_EQ(renamed.status, 0) << renamed.err;
  // $STEPPE_DB and the installed analyser.
  const ToolResult counted =
      Installed("steppe-search", {"--count", "Алматы"}, {"STEPPE_DB=" + *dir_ / "smoke"});
  EXPECT_EQ(counted.status, 0) << counted.err;
  const ToolResult analysed = Installed("steppe-analyze", {"--json", "Тоқаевтың"});
  ASSERT_EQ(analysed.status, 0) << analysed.err;
  EXPECT_THAT(analysed.out, HasSubstr("\"terms\":[\"тоқаев\"]"));
}

TEST_F(InstallTest, ColourOnATerminalOnlyAndNeverWithNoColor) {
  const std::string db = Database();
  auto search = [&](std::vector<std::string> extra, std::vector<std::string> environment) {
    std::vector<std::string> arguments = {"-i", "PATH=/usr/bin:/bin", "LANG=C.UTF-8"};
    arguments.insert(arguments.end(), environment.begin(), environment.end());
    arguments.insert(arguments.end(), {Tool("steppe-search"), "--db", db});
    arguments.insert(arguments.end(), extra.begin(), extra.end());
    arguments.push_back("Tokayev");
    return arguments;
  };
  const ToolResult terminal = RunInTerminal(kEnv, search({}, {"TERM=xterm-256color"}));
  EXPECT_EQ(terminal.status, 0) << terminal.out;
  EXPECT_THAT(terminal.out, HasSubstr("\033[1;31mTokayev\033[0m"));  // a highlighted match
  EXPECT_THAT(terminal.out, HasSubstr("sworn in as president"));

  const ToolResult no_color =
      RunInTerminal(kEnv, search({}, {"TERM=xterm-256color", "NO_COLOR=1"}));
  EXPECT_EQ(no_color.status, 0) << no_color.out;
  EXPECT_THAT(no_color.out, HasSubstr("sworn in as president"));
  EXPECT_THAT(no_color.out, Not(HasSubstr(kColour)));

  const ToolResult dumb = RunInTerminal(kEnv, search({}, {"TERM=dumb"}));
  EXPECT_THAT(dumb.out, HasSubstr("sworn in as president"));
  EXPECT_THAT(dumb.out, Not(HasSubstr(kColour)));

  const ToolResult never = RunInTerminal(kEnv, search({"--color", "never"}, {"TERM=xterm"}));
  EXPECT_THAT(never.out, Not(HasSubstr(kColour)));

  // Into a pipe: none, unless asked for.
  const ToolResult piped = RunTool(kEnv, search({}, {"TERM=xterm-256color"}));
  EXPECT_EQ(piped.status, 0) << piped.err;
  EXPECT_THAT(piped.out, HasSubstr("sworn in as president"));
  EXPECT_THAT(piped.out, Not(HasSubstr(kColour)));
  const ToolResult forced = RunTool(kEnv, search({"--color", "always"}, {"NO_COLOR=1"}));
  EXPECT_THAT(forced.out, HasSubstr("\033[1;31mTokayev\033[0m"));
  // --json is never coloured.
  const ToolResult json = RunInTerminal(kEnv, search({"--json"}, {"TERM=xterm-256color"}));
  EXPECT_THAT(json.out, Not(HasSubstr(kColour)));
}

TEST_F(InstallTest, IndexingShowsProgressOnATerminalThatCanRedrawIt) {
  auto index = [&](const std::string& db, const std::string& term) {
    return RunInTerminal(
        kEnv, {"-i", "PATH=/usr/bin:/bin", "LANG=C.UTF-8", "TERM=" + term, Tool("steppe-index"),
               "--db", *dir_ / db, Share("steppe/sample/news")});
  };
  const ToolResult terminal = index("progress", "xterm-256color");
  EXPECT_EQ(terminal.status, 0) << terminal.out;
  EXPECT_THAT(terminal.out, HasSubstr("\r\033[K"));
  EXPECT_THAT(terminal.out, HasSubstr("74 documents (74 added"));
  const ToolResult dumb = index("plain", "dumb");
  EXPECT_EQ(dumb.status, 0) << dumb.out;
  EXPECT_THAT(dumb.out, Not(HasSubstr(kColour)));
  EXPECT_THAT(dumb.out, HasSubstr("74 documents (74 added"));
}

TEST_F(InstallTest, ManPagesRenderAndDocumentEveryOption) {
  for (const char* tool : kTools) {
    const std::string page = Share(std::string("man/man1/") + tool + ".1.gz");
    const ToolResult rendered = RunTool(
        kEnv, {"LANG=C.UTF-8", "LC_ALL=C.UTF-8", "MANWIDTH=80", "man", "--warnings=w", "-l", page});
    EXPECT_EQ(rendered.status, 0) << rendered.err;
    EXPECT_EQ(rendered.err, "") << tool;
    for (const char* section : {"NAME", "SYNOPSIS", "DESCRIPTION", "OPTIONS", "ENVIRONMENT",
                                "EXIT STATUS", "EXAMPLES", "SEE ALSO"}) {
      EXPECT_THAT(rendered.out, HasSubstr(std::string("\n") + section + "\n")) << tool;
    }
    // Every option --help lists is in the page (roff writes - as \-).
    const ToolResult source = RunTool("/usr/bin/zcat", {page});
    const std::set<std::string> options = HelpOptions(Installed(tool, {"--help"}).out);
    EXPECT_THAT(options, IsSupersetOf({"--help", "--version", "-h"})) << tool;
    for (const std::string& option : options) {
      std::string escaped;
      for (char c : option) escaped += c == '-' ? std::string("\\-") : std::string(1, c);
      EXPECT_THAT(source.out, HasSubstr(escaped)) << tool << " " << option;
    }
  }
  const ToolResult config =
      RunTool(kEnv, {"LANG=C.UTF-8", "LC_ALL=C.UTF-8", "MANWIDTH=80", "man", "--warnings=w", "-l",
                     Share("man/man5/steppe-config.5.gz")});
  EXPECT_EQ(config.status, 0);
  EXPECT_EQ(config.err, "");
  for (const char* key :
       {"db", "limit", "sort", "color", "collapse", "query_lang", "aliases", "threads", "shards",
        "commit_every", "max_record_mb", "STEPPE_CONFIG", "XDG_CONFIG_HOME"}) {
    EXPECT_THAT(config.out, HasSubstr(key));
  }
}

TEST_F(InstallTest, BashCompletesEveryOptionAndTheirValues) {
  // COMPREPLY for the words typed so far, the last being completed.
  auto complete = [&](const std::string& tool, const std::string& words) {
    std::string function = "_" + tool;
    std::replace(function.begin(), function.end(), '-', '_');
    const std::string script = "source '" + Share("bash-completion/completions/" + tool) +
                               "'; COMP_WORDS=(" + words +
                               "); COMP_CWORD=$((${#COMP_WORDS[@]}-1));" +
                               " COMP_LINE=\"${COMP_WORDS[*]}\"; COMP_POINT=${#COMP_LINE}; " +
                               function + "; printf '%s\\n' \"${COMPREPLY[@]}\"";
    const ToolResult run = RunTool("/bin/bash", {"--norc", "--noprofile", "-c", script});
    EXPECT_EQ(run.status, 0) << run.err;
    EXPECT_EQ(run.err, "");
    std::set<std::string> replies;
    std::istringstream lines(run.out);
    for (std::string line; std::getline(lines, line);) {
      if (!line.empty()) replies.insert(line);
    }
    return replies;
  };
  for (const char* tool : kTools) {
    const std::set<std::string> options = HelpOptions(Installed(tool, {"--help"}).out);
    ASSERT_GT(options.size(), 4u) << tool;
    std::set<std::string> long_options;
    for (const std::string& option : options) {
      if (option.starts_with("--")) long_options.insert(option);
    }
    EXPECT_THAT(complete(tool, std::string(tool) + " --"), IsSupersetOf(long_options)) << tool;
    // zsh's completion parses and names every option too.
    const std::string zsh_file = Share(std::string("zsh/vendor-completions/_") + tool);
    EXPECT_EQ(RunTool("/usr/bin/zsh", {"-n", zsh_file}).status, 0) << tool;
    const std::string zsh = ReadFile(zsh_file);
    for (const std::string& option : options) {
      EXPECT_THAT(zsh, HasSubstr(option)) << tool;
    }
  }
  EXPECT_EQ(complete("steppe-search", "steppe-search --so"),
            (std::set<std::string>{"--sort", "--source"}));
  EXPECT_EQ(complete("steppe-search", "steppe-search --sort ''"),
            (std::set<std::string>{"relevance", "date"}));
  EXPECT_EQ(complete("steppe-search", "steppe-search --color ''"),
            (std::set<std::string>{"auto", "always", "never"}));
  EXPECT_EQ(complete("steppe-search", "steppe-search -l ''"),
            (std::set<std::string>{"en", "ru", "kk"}));
  EXPECT_EQ(complete("steppe-index", "steppe-index --format ''"),
            (std::set<std::string>{"jsonl", "csv", "tsv", "html", "text"}));
  // Paths: the installed sample's folders.
  EXPECT_THAT(complete("steppe-index", "steppe-index '" + Share("steppe/sample/n") + "'"),
              Contains(HasSubstr("sample/news")));
}

}  // namespace
}  // namespace steppe::testing
