#include "indexer/input_files.h"

#include <filesystem>
#include <string>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tests/indexer/indexer_test_util.h"

namespace steppe {
namespace {

namespace fs = std::filesystem;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using testing::TempDir;
using ::testing::UnorderedElementsAre;
using testing::WriteFile;

std::vector<std::string> Paths(const InputListing& listing) {
  std::vector<std::string> paths;
  for (const InputFile& file : listing.files) paths.push_back(file.path);
  return paths;
}

TEST(ListInputsTest, WalksAFolderRecursivelyInSortedOrder) {
  TempDir dir;
  WriteFile(dir / "b.jsonl", "{}\n");
  WriteFile(dir / "a.csv", "id,text\n");
  WriteFile(dir / "sub/z.html", "<p>x</p>");
  WriteFile(dir / "sub/deeper/c.txt", "text");
  WriteFile(dir / "c.jsonl.gz", "not really gzip");
  WriteFile(dir / "pages.tar.gz", "not really a tar");
  WriteFile(dir / "m.zip", "not really a zip");

  auto listing = ListInputs({dir.path().string()});
  ASSERT_TRUE(listing.ok()) << listing.status();
  EXPECT_THAT(Paths(*listing),
              ElementsAre(dir / "a.csv", dir / "b.jsonl", dir / "c.jsonl.gz", dir / "m.zip",
                          dir / "pages.tar.gz", dir / "sub/deeper/c.txt", dir / "sub/z.html"));
  EXPECT_THAT(listing->ignored, IsEmpty());
}

TEST(ListInputsTest, RecordsSizesAndTheirTotal) {
  TempDir dir;
  WriteFile(dir / "a.jsonl", std::string(10, 'a'));
  WriteFile(dir / "b.jsonl", std::string(25, 'b'));
  auto listing = ListInputs({dir.path().string()});
  ASSERT_TRUE(listing.ok()) << listing.status();
  ASSERT_EQ(listing->files.size(), 2u);
  EXPECT_EQ(listing->files[0].bytes, 10u);
  EXPECT_EQ(listing->files[1].bytes, 25u);
  EXPECT_EQ(listing->total_bytes, 35u);
}

TEST(ListInputsTest, SkipsHiddenFilesAndFolders) {
  TempDir dir;
  WriteFile(dir / ".git/objects/pack.jsonl", "{}\n");
  WriteFile(dir / ".hidden.jsonl", "{}\n");
  WriteFile(dir / "visible/.cache/x.csv", "id,text\n");
  WriteFile(dir / "visible/a.jsonl", "{}\n");
  auto listing = ListInputs({dir.path().string()});
  ASSERT_TRUE(listing.ok()) << listing.status();
  EXPECT_THAT(Paths(*listing), ElementsAre(dir / "visible/a.jsonl"));
  for (const std::string& ignored : listing->ignored) {
    EXPECT_THAT(ignored, ::testing::Not(HasSubstr(".git"))) << ignored;
  }
}

TEST(ListInputsTest, ListsFilesOfUnknownFormatAsIgnoredWithAReason) {
  TempDir dir;
  WriteFile(dir / "README.md", "# notes");
  WriteFile(dir / "logo.png", "\x89PNG");
  WriteFile(dir / "a.jsonl", "{}\n");
  auto listing = ListInputs({dir.path().string()});
  ASSERT_TRUE(listing.ok()) << listing.status();
  EXPECT_THAT(Paths(*listing), ElementsAre(dir / "a.jsonl"));
  ASSERT_EQ(listing->ignored.size(), 2u);
  EXPECT_THAT(listing->ignored,
              UnorderedElementsAre(HasSubstr(dir / "README.md" + ": no known format"),
                                   HasSubstr(dir / "logo.png" + ": no known format")));
}

TEST(ListInputsTest, FileNamedOnTheCommandLineIsTakenWhateverItsExtension) {
  TempDir dir;
  WriteFile(dir / "dump.data", "{\"text\": \"x\"}\n");
  WriteFile(dir / "README.md", "# notes");
  auto listing = ListInputs({dir / "dump.data", dir / "README.md"});
  ASSERT_TRUE(listing.ok()) << listing.status();
  EXPECT_THAT(Paths(*listing), ElementsAre(dir / "dump.data", dir / "README.md"));
  EXPECT_THAT(listing->ignored, IsEmpty());
}

TEST(ListInputsTest, ArgumentsKeepTheirCommandLineOrder) {
  TempDir dir;
  WriteFile(dir / "b.jsonl", "{}\n");
  WriteFile(dir / "a.jsonl", "{}\n");
  auto listing = ListInputs({dir / "b.jsonl", dir / "a.jsonl"});
  ASSERT_TRUE(listing.ok()) << listing.status();
  EXPECT_THAT(Paths(*listing), ElementsAre(dir / "b.jsonl", dir / "a.jsonl"));
}

TEST(ListInputsTest, MissingArgumentIsAnErrorNamingIt) {
  TempDir dir;
  const std::string missing = dir / "no-such-dump.jsonl";
  auto listing = ListInputs({missing});
  ASSERT_FALSE(listing.ok());
  EXPECT_TRUE(absl::IsNotFound(listing.status())) << listing.status();
  EXPECT_THAT(std::string(listing.status().message()), HasSubstr(missing));
}

TEST(ListInputsTest, MissingArgumentAfterGoodOnesIsStillAnError) {
  TempDir dir;
  WriteFile(dir / "a.jsonl", "{}\n");
  auto listing = ListInputs({dir / "a.jsonl", dir / "gone"});
  ASSERT_FALSE(listing.ok());
  EXPECT_THAT(std::string(listing.status().message()), HasSubstr(dir / "gone"));
}

TEST(ListInputsTest, StandardInputIsDashAndMakesTheTotalUnknown) {
  TempDir dir;
  WriteFile(dir / "a.jsonl", std::string(10, 'a'));
  auto listing = ListInputs({"-", dir / "a.jsonl"});
  ASSERT_TRUE(listing.ok()) << listing.status();
  ASSERT_EQ(listing->files.size(), 2u);
  EXPECT_EQ(listing->files[0].path, "-");
  EXPECT_EQ(listing->files[0].bytes, 0u);
  EXPECT_EQ(listing->total_bytes, 0u);
}

TEST(ListInputsTest, SymlinkLoopDoesNotHangOrRepeatFiles) {
  TempDir dir;
  WriteFile(dir / "top/a.jsonl", "{}\n");
  WriteFile(dir / "top/sub/b.jsonl", "{}\n");
  std::error_code error;
  fs::create_directory_symlink("..", dir / "top/sub/loop", error);
  ASSERT_FALSE(error) << error.message();
  fs::create_directory_symlink(dir.path() / "top", dir / "top/sub/again", error);
  ASSERT_FALSE(error) << error.message();

  auto listing = ListInputs({dir / "top"});
  ASSERT_TRUE(listing.ok()) << listing.status();
  EXPECT_THAT(Paths(*listing), ElementsAre(dir / "top/a.jsonl", dir / "top/sub/b.jsonl"));
}

TEST(ListInputsTest, SymlinkToAFileIsRead) {
  TempDir dir;
  WriteFile(dir / "data/real.jsonl", "{}\n");
  std::error_code error;
  fs::create_directories(dir / "walk", error);
  fs::create_symlink(dir / "data/real.jsonl", dir / "walk/link.jsonl", error);
  ASSERT_FALSE(error) << error.message();
  auto listing = ListInputs({dir / "walk"});
  ASSERT_TRUE(listing.ok()) << listing.status();
  EXPECT_THAT(Paths(*listing), ElementsAre(dir / "walk/link.jsonl"));
}

TEST(ListInputsTest, EmptyFolderGivesNothing) {
  TempDir dir;
  auto listing = ListInputs({dir.path().string()});
  ASSERT_TRUE(listing.ok()) << listing.status();
  EXPECT_THAT(listing->files, IsEmpty());
  EXPECT_THAT(listing->ignored, IsEmpty());
  EXPECT_EQ(listing->total_bytes, 0u);
}

TEST(ListInputsTest, TheSampleCorpus) {
  auto listing = ListInputs({STEPPE_CORPORA_DIR});
  ASSERT_TRUE(listing.ok()) << listing.status();
  // 4 jsonl + 1 csv + 5 pages + 3 html.
  EXPECT_EQ(listing->files.size(), 13u);
  // The READMEs and the data lists of corpora/lexicon (.lst) and
  // corpora/gazetteer (.aliases) are passed over, named.
  std::size_t lists = 0;
  for (const char* folder : {"/lexicon", "/gazetteer"}) {
    for (const auto& entry :
         std::filesystem::directory_iterator(std::string(STEPPE_CORPORA_DIR) + folder)) {
      lists += entry.path().extension() == ".lst" || entry.path().extension() == ".aliases";
    }
  }
  ASSERT_GT(lists, 0u);
  ASSERT_EQ(listing->ignored.size(), 2 + lists);  // corpora/ and gazetteer/ READMEs
  std::size_t readmes = 0;
  for (const std::string& ignored : listing->ignored) {
    EXPECT_THAT(ignored, HasSubstr(": no known format"));
    readmes += ignored.find("README.md") != std::string::npos;
  }
  EXPECT_EQ(readmes, 2u);
}

}  // namespace
}  // namespace steppe
