#include "tokenizers/english_words.h"

#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <string>

#include <gtest/gtest.h>

#include "steppe_data/EnglishSnapshot.h"

namespace steppe {
namespace {

constexpr const char* kWamerican = "/usr/share/dict/american-english";

// A word list of the test's own, one per process (CTest runs tests in
// parallel processes).
class EnglishWordsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    path_ = ::testing::TempDir() + "/english_words_test." + std::to_string(getpid());
    std::ofstream(path_, std::ios::binary) << "harvest\r\nAktobe\nwheat\ndon't\ncafé\n\nwheat\n";
  }
  void TearDown() override { std::remove(path_.c_str()); }

  std::string path_;
};

TEST_F(EnglishWordsTest, KeepsTheLowerCaseWords) {
  auto words = EnglishWords::Load(path_);
  ASSERT_TRUE(words.ok()) << words.status();
  EXPECT_TRUE((*words)->Contains("harvest"));  // CRLF
  EXPECT_TRUE((*words)->Contains("wheat"));
  EXPECT_FALSE((*words)->Contains("aktobe"));  // a name
  EXPECT_FALSE((*words)->Contains("Aktobe"));
  EXPECT_FALSE((*words)->Contains("don't"));
  EXPECT_FALSE((*words)->Contains("café"));
  EXPECT_FALSE((*words)->Contains(""));
}

TEST_F(EnglishWordsTest, AListWithoutWordsIsAnError) {
  EXPECT_FALSE(EnglishWords::Load(path_ + ".missing").ok());
  std::ofstream(path_, std::ios::binary | std::ios::trunc) << "Aktobe\nAlmaty\n";
  EXPECT_FALSE(EnglishWords::Load(path_).ok());
}

TEST_F(EnglishWordsTest, UsesTheSnapshotOfItsOwnListOnly) {
  auto parsed = EnglishWords::Load(path_);
  ASSERT_TRUE(parsed.ok()) << parsed.status();
  EXPECT_FALSE((*parsed)->from_snapshot());
  const std::string snapshot((*parsed)->snapshot());
  auto frozen = EnglishWords::Load(path_, snapshot);
  ASSERT_TRUE(frozen.ok()) << frozen.status();
  EXPECT_TRUE((*frozen)->from_snapshot());
  EXPECT_TRUE((*frozen)->Contains("harvest"));
  EXPECT_FALSE((*frozen)->Contains("aktobe"));

  std::ofstream(path_, std::ios::app | std::ios::binary) << "steppe\n";
  auto changed = EnglishWords::Load(path_, snapshot);
  ASSERT_TRUE(changed.ok()) << changed.status();
  EXPECT_FALSE((*changed)->from_snapshot());
  EXPECT_TRUE((*changed)->Contains("steppe"));
  EXPECT_FALSE((*frozen)->Contains("steppe"));
  // Another kind's snapshot, or none at all: the list is read.
  auto other = EnglishWords::Load(path_, "not a snapshot");
  ASSERT_TRUE(other.ok()) << other.status();
  EXPECT_FALSE((*other)->from_snapshot());
}

TEST(EnglishWordsBuildTest, TheBuildsSnapshotIsOfThisWordList) {
  auto words = EnglishWords::Load(kWamerican, data::EnglishSnapshot());
  ASSERT_TRUE(words.ok()) << words.status();
  EXPECT_TRUE((*words)->from_snapshot())
      << "the build's snapshot is of another word list, or none: rebuild steppe";
  auto parsed = EnglishWords::Load(kWamerican);
  ASSERT_TRUE(parsed.ok()) << parsed.status();
  std::ifstream list(kWamerican);
  int checked = 0;
  for (std::string line; std::getline(list, line); ++checked) {
    ASSERT_EQ((*words)->Contains(line), (*parsed)->Contains(line)) << line;
  }
  EXPECT_GT(checked, 50000);
}

}  // namespace
}  // namespace steppe
