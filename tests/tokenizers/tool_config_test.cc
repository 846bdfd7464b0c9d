#include "tokenizers/tool_config.h"

#include <filesystem>
#include <fstream>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace steppe {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;

const FixedEnvironment kHome({{"HOME", "/home/aigerim"}});

absl::StatusOr<ToolConfig> Parse(std::string_view text) {
  return ParseToolConfig(text, "/home/aigerim/.config/steppe/config.toml", kHome);
}

TEST(ToolConfigTest, ReadsEveryKey) {
  auto config = Parse(R"(
# my defaults
db = ["~/news/steppe-db", "archive.db", "/srv/steppe/old", "tcp://10.0.0.10:7000"]

[search]
limit = 25
sort = "date"
color = "never"
collapse = false
query_lang = "kk"
aliases = "~/names.aliases"

[index]
threads = 3
shards = 4
commit_every = 5000
max_record_mb = 16
)");
  ASSERT_TRUE(config.ok()) << config.status();
  EXPECT_EQ(config->path, "/home/aigerim/.config/steppe/config.toml");
  // ~/ from $HOME, relative paths from the file's folder, addresses as written.
  EXPECT_THAT(config->databases,
              ElementsAre("/home/aigerim/news/steppe-db", "/home/aigerim/.config/steppe/archive.db",
                          "/srv/steppe/old", "tcp://10.0.0.10:7000"));
  EXPECT_EQ(config->search.limit, 25u);
  EXPECT_EQ(config->search.sort, "date");
  EXPECT_EQ(config->search.color, "never");
  EXPECT_EQ(config->search.collapse, false);
  EXPECT_EQ(config->search.query_lang, "kk");
  EXPECT_THAT(config->search.aliases, ElementsAre("/home/aigerim/names.aliases"));
  EXPECT_EQ(config->index.threads, 3u);
  EXPECT_EQ(config->index.shards, 4u);
  EXPECT_EQ(config->index.commit_every, 5000u);
  EXPECT_EQ(config->index.max_record_mb, 16u);
}

TEST(ToolConfigTest, AnEmptyFileSetsNothing) {
  auto config = Parse("");
  ASSERT_TRUE(config.ok()) << config.status();
  EXPECT_THAT(config->databases, IsEmpty());
  EXPECT_FALSE(config->search.limit.has_value());
  EXPECT_FALSE(config->search.collapse.has_value());
  EXPECT_FALSE(config->index.threads.has_value());
}

// Each mistake is named with its file and line, never passed over.
TEST(ToolConfigTest, MistakesNameTheFileLineAndWhatIsWrong) {
  const std::string file = "/home/aigerim/.config/steppe/config.toml";
  struct Case {
    std::string text;
    std::string message;
  };
  const Case cases[] = {
      {"[search]\nlimt = 5\n", file + ":2: unknown key 'limt' in [search]"},
      {"\n\n[serch]\nlimit = 5\n", file + ":3: unknown key 'serch'"},
      {"[index]\nthreads = 0\n", file + ":2: 'threads' must be a whole number of 1 or more"},
      {"[search]\nlimit = \"ten\"\n", file + ":2: 'limit' must be a whole number"},
      {"[search]\nsort = \"newest\"\n", file + ":2: 'sort' must be one of \"relevance\", \"date\""},
      {"[search]\ncolor = true\n", file + ":2: 'color' must be one of"},
      {"[search]\ncollapse = \"no\"\n", file + ":2: 'collapse' must be true or false"},
      {"db = 7\n", file + ":1: 'db' must be a string or an array of strings"},
      {"db = [\"a\", 2]\n", file + ":1: 'db' must be a string or an array of strings"},
      {"db = \"\"\n", file + ":1: 'db' is empty"},
      {"search = 3\n", file + ":1: 'search' must be a table"},
      {"[search]\nlimit = 5\nlimit = 6\n", file + ":3: not valid TOML"},
      {"db = \"unterminated\n", file + ":1: not valid TOML"},
  };
  for (const Case& c : cases) {
    auto config = Parse(c.text);
    ASSERT_FALSE(config.ok()) << c.text;
    EXPECT_TRUE(absl::IsInvalidArgument(config.status())) << c.text;
    EXPECT_THAT(std::string(config.status().message()), HasSubstr(c.message)) << c.text;
  }
}

TEST(ToolConfigTest, TheFileIsNamedBySteppeConfigElseXdgElseHome) {
  auto named = ConfigPath(FixedEnvironment(
      {{"STEPPE_CONFIG", "/etc/steppe.toml"}, {"XDG_CONFIG_HOME", "/x"}, {"HOME", "/h"}}));
  ASSERT_TRUE(named.has_value());
  EXPECT_EQ(named->path, "/etc/steppe.toml");
  EXPECT_TRUE(named->required);

  EXPECT_FALSE(ConfigPath(FixedEnvironment({{"STEPPE_CONFIG", ""}, {"HOME", "/h"}})).has_value());

  auto xdg = ConfigPath(FixedEnvironment({{"XDG_CONFIG_HOME", "/x"}, {"HOME", "/h"}}));
  ASSERT_TRUE(xdg.has_value());
  EXPECT_EQ(xdg->path, "/x/steppe/config.toml");
  EXPECT_FALSE(xdg->required);

  auto home = ConfigPath(FixedEnvironment({{"XDG_CONFIG_HOME", ""}, {"HOME", "/h"}}));
  ASSERT_TRUE(home.has_value());
  EXPECT_EQ(home->path, "/h/.config/steppe/config.toml");

  EXPECT_FALSE(ConfigPath(FixedEnvironment({})).has_value());
}

class LoadToolConfigTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("steppe_tool_config_test_" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir_ / "steppe");
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  std::filesystem::path dir_;
};

TEST_F(LoadToolConfigTest, AMissingDefaultFileIsNoConfiguration) {
  auto config = LoadToolConfig(FixedEnvironment({{"XDG_CONFIG_HOME", dir_ / "elsewhere"}}));
  ASSERT_TRUE(config.ok()) << config.status();
  EXPECT_TRUE(config->path.empty());
}

TEST_F(LoadToolConfigTest, AMissingNamedFileIsAnError) {
  const std::string missing = dir_ / "missing.toml";
  auto config = LoadToolConfig(FixedEnvironment({{"STEPPE_CONFIG", missing}}));
  ASSERT_FALSE(config.ok());
  EXPECT_THAT(std::string(config.status().message()),
              HasSubstr(missing + ": cannot read the configuration file ($STEPPE_CONFIG)"));
}

TEST_F(LoadToolConfigTest, ReadsTheXdgFile) {
  std::ofstream(dir_ / "steppe" / "config.toml") << "db = \"news.db\"\n[search]\nlimit = 3\n";
  auto config = LoadToolConfig(FixedEnvironment({{"XDG_CONFIG_HOME", dir_.string()}}));
  ASSERT_TRUE(config.ok()) << config.status();
  EXPECT_EQ(config->path, (dir_ / "steppe" / "config.toml").string());
  EXPECT_THAT(config->databases, ElementsAre((dir_ / "steppe" / "news.db").string()));
  EXPECT_EQ(config->search.limit, 3u);
}

TEST(DefaultDatabasesTest, SteppeDbThenTheConfigurationThenTheCurrentFolder) {
  ToolConfig config;
  config.databases = {"/a", "/b"};
  EXPECT_THAT(DefaultDatabases(config, FixedEnvironment({{"STEPPE_DB", "/env.db"}})),
              ElementsAre("/env.db"));
  EXPECT_THAT(DefaultDatabases(config, FixedEnvironment({{"STEPPE_DB", ""}})),
              ElementsAre("/a", "/b"));
  EXPECT_THAT(DefaultDatabases(ToolConfig{}, FixedEnvironment({})), ElementsAre("steppe-db"));
}

}  // namespace
}  // namespace steppe
