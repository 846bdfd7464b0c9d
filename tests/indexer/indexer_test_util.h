// Helpers shared by the indexer tests: temporary folders, files, and a
// RecordSink that collects what a reader delivers.
#ifndef STEPPE_TESTS_INDEXER_INDEXER_TEST_UTIL_H_
#define STEPPE_TESTS_INDEXER_INDEXER_TEST_UTIL_H_

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <limits>
#include <sstream>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

#include <gtest/gtest.h>

#include "indexer/record.h"
#include "indexer/record_sink.h"

namespace steppe::testing {

// A fresh folder under the system temp folder, removed with its contents.
class TempDir {
 public:
  TempDir() {
    std::string pattern =
        (std::filesystem::temp_directory_path() / "steppe-indexer-test-XXXXXX").string();
    char* made = mkdtemp(pattern.data());
    if (made == nullptr) {
      ADD_FAILURE() << "mkdtemp failed";
      return;
    }
    path_ = made;
  }
  ~TempDir() {
    if (path_.empty()) return;
    std::error_code error;
    std::filesystem::remove_all(path_, error);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::filesystem::path& path() const { return path_; }
  std::string operator/(std::string_view name) const { return (path_ / name).string(); }

 private:
  std::filesystem::path path_;
};

inline void WriteFile(const std::string& path, std::string_view content) {
  std::filesystem::create_directories(std::filesystem::path(path).parent_path());
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  ASSERT_TRUE(out) << "cannot write " << path;
  out.write(content.data(), static_cast<std::streamsize>(content.size()));
}

inline std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  EXPECT_TRUE(in) << "cannot read " << path;
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

struct BadRecord {
  Origin origin;
  std::string problem;
};

// Collects records and problems; asks the reader to stop after `stop_after`
// deliveries (records and problems together).
class CollectingSink : public RecordSink {
 public:
  explicit CollectingSink(std::size_t stop_after = std::numeric_limits<std::size_t>::max())
      : stop_after_(stop_after) {}

  bool OnRecord(Record record) override {
    records.push_back(std::move(record));
    return ++delivered_ < stop_after_;
  }
  bool OnBadRecord(const Origin& origin, std::string_view problem) override {
    bad.push_back({origin, std::string(problem)});
    return ++delivered_ < stop_after_;
  }

  std::vector<Record> records;
  std::vector<BadRecord> bad;

 private:
  std::size_t stop_after_;
  std::size_t delivered_ = 0;
};

// The lines of a text file that are not blank.
inline std::size_t CountNonBlankLines(const std::string& path) {
  std::istringstream in(ReadFile(path));
  std::size_t count = 0;
  for (std::string line; std::getline(in, line);) {
    if (line.find_first_not_of(" \t\r") != std::string::npos) ++count;
  }
  return count;
}

}  // namespace steppe::testing

#endif  // STEPPE_TESTS_INDEXER_INDEXER_TEST_UTIL_H_
