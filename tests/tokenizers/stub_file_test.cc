#include "tokenizers/stub_file.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include <gtest/gtest.h>

namespace steppe {
namespace {

class StubFileTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string pattern =
        (std::filesystem::temp_directory_path() / "steppe-stub-test-XXXXXX").string();
    ASSERT_NE(mkdtemp(pattern.data()), nullptr);
    dir_ = pattern;
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  void Write(const std::filesystem::path& path, const std::string& text) {
    std::filesystem::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << text;
  }
  std::filesystem::path dir_;
};

TEST_F(StubFileTest, FindsTheFileOrTheFoldersXapiandb) {
  Write(dir_ / "db/XAPIANDB", "auto shard0\n");
  Write(dir_ / "news.stub", "auto a\n");
  std::filesystem::create_directories(dir_ / "plain");
  EXPECT_EQ(FindStubFile((dir_ / "db").string()), dir_ / "db/XAPIANDB");
  EXPECT_EQ(FindStubFile((dir_ / "news.stub").string()), dir_ / "news.stub");
  EXPECT_TRUE(FindStubFile((dir_ / "plain").string()).empty());
  EXPECT_TRUE(FindStubFile((dir_ / "absent").string()).empty());
}

TEST_F(StubFileTest, ReadsOneEntryPerLineThatIsNotBlankOrAComment) {
  Write(dir_ / "s", "# shards\n\nauto shard0\r\n  glass\t/abs/b  \nremote :tcp 127.0.0.1:9000\n");
  const auto entries = ReadStubFile(dir_ / "s");
  ASSERT_TRUE(entries.ok()) << entries.status();
  ASSERT_EQ(entries->size(), 3u);
  EXPECT_EQ((*entries)[0].kind, "auto");
  EXPECT_EQ((*entries)[0].target, "shard0");
  EXPECT_EQ((*entries)[0].line, 3u);
  EXPECT_EQ((*entries)[1].kind, "glass");
  EXPECT_EQ((*entries)[1].target, "/abs/b");
  EXPECT_EQ((*entries)[2].kind, "remote");
  EXPECT_EQ((*entries)[2].target, ":tcp 127.0.0.1:9000");
  EXPECT_EQ((*entries)[2].line, 5u);
  EXPECT_EQ((*entries)[2].text, "remote :tcp 127.0.0.1:9000");
}

TEST_F(StubFileTest, AnUnreadableFileIsAnError) {
  const auto entries = ReadStubFile(dir_ / "absent");
  ASSERT_FALSE(entries.ok());
  EXPECT_NE(entries.status().message().find("cannot read"), std::string::npos);
}

}  // namespace
}  // namespace steppe
