#include "indexer/input_feed.h"

#include <memory>
#include <string>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tests/indexer/indexer_test_util.h"

namespace steppe {
namespace {

using ::testing::ElementsAre;
using testing::TempDir;
using testing::WriteFile;

// What the feed emitted, one line per item: kind, then id or origin.
std::vector<std::string> Feed(const std::vector<std::string>& paths, int halt_after = -1) {
  std::vector<std::string> seen;
  std::vector<InputFile> files;
  files.reserve(paths.size());
  for (const std::string& path : paths) files.push_back({path, 0});
  InputFeed feed(
      std::nullopt, ReaderLimits{},
      [&](std::unique_ptr<WorkItem> item) {
        switch (item->kind) {
          case WorkItem::Kind::kInputOpened:
            seen.push_back("open");
            break;
          case WorkItem::Kind::kRecord:
            seen.push_back("record " + item->record.id);
            break;
          case WorkItem::Kind::kBadRecord:
            seen.push_back("bad " + item->origin.ToString());
            break;
          case WorkItem::Kind::kFailedInput:
            seen.push_back("failed " + item->origin.ToString());
            break;
        }
      },
      [&] { return halt_after >= 0 && static_cast<int>(seen.size()) >= halt_after; });
  feed.ReadAll(files);
  return seen;
}

TEST(InputFeedTest, EveryInputAndRecordInOrder) {
  TempDir dir;
  WriteFile(dir / "a.jsonl",
            "{\"id\":\"a1\",\"text\":\"x\"}\nnot json\n{\"id\":\"a2\",\"text\":\"y\"}\n");
  WriteFile(dir / "b.jsonl", "{\"id\":\"b1\",\"text\":\"z\"}\n");
  EXPECT_THAT(Feed({dir / "a.jsonl", dir / "b.jsonl", dir / "missing.jsonl"}),
              ElementsAre("open", "record a1", "bad " + (dir / "a.jsonl") + ":2", "record a2",
                          "open", "record b1", "open", "failed " + (dir / "missing.jsonl")));
}

TEST(InputFeedTest, StopsReadingAfterTheRecordWhenHalted) {
  TempDir dir;
  WriteFile(dir / "a.jsonl", "{\"id\":\"a1\",\"text\":\"x\"}\n{\"id\":\"a2\",\"text\":\"y\"}\n");
  WriteFile(dir / "b.jsonl", "{\"id\":\"b1\",\"text\":\"z\"}\n");
  EXPECT_THAT(Feed({dir / "a.jsonl", dir / "b.jsonl"}, 2), ElementsAre("open", "record a1"));
}

TEST(InputFeedTest, CountsTheBytesItRead) {
  TempDir dir;
  const std::string text = "{\"id\":\"a1\",\"text\":\"x\"}\n";
  WriteFile(dir / "a.jsonl", text);
  InputFeed feed(
      std::nullopt, ReaderLimits{}, [](std::unique_ptr<WorkItem>) {}, [] { return false; });
  feed.ReadAll({{dir / "a.jsonl", 0}});
  EXPECT_EQ(feed.bytes(), text.size());
  EXPECT_EQ(feed.raw_bytes(), text.size());
}

}  // namespace
}  // namespace steppe
