// End-to-end: issue 7's matrix of bad input, one test per case. Each case
// indexes a file we write here with a valid record before and after the
// bad one, and checks the message (file and line or record, and what is
// wrong), that every valid record is indexed, the summary and the exit
// status (0 all indexed, 1 something was bad or passed over).
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <xapian.h>
#include <nlohmann/json.hpp>

#include "tests/e2e/tool_runner.h"

namespace steppe::testing {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
using ::testing::UnorderedElementsAre;

const std::string kIndex = STEPPE_INDEX_BIN;
const std::string kSearch = STEPPE_SEARCH_BIN;

std::string Good(const std::string& id) {
  return R"({"id":")" + id +
         R"(","title":"Saiga herds grow","text":"Saiga antelope numbers rose in Betpak-Dala.","lang":"en"})";
}

class BadInputMatrixTest : public ::testing::Test {
 protected:
  // Writes `content` to `name` in the test's folder; returns its path.
  std::string Write(const std::string& name, const std::string& content) {
    const std::string path = dir_ / name;
    std::filesystem::create_directories(std::filesystem::path(path).parent_path());
    std::ofstream(path, std::ios::binary) << content;
    return path;
  }
  ToolResult Index(const std::vector<std::string>& inputs, std::vector<std::string> options = {}) {
    options.insert(options.begin(), {"--db", dir_ / "db"});
    options.insert(options.end(), inputs.begin(), inputs.end());
    return RunTool(kIndex, options);
  }
  // The ids of the indexed articles.
  std::vector<std::string> Ids() {
    std::vector<std::string> ids;
    Xapian::Database db(dir_ / "db");
    for (auto it = db.allterms_begin("Q"); it != db.allterms_end("Q"); ++it) {
      ids.push_back((*it).substr(1));
    }
    return ids;
  }
  std::string Text(const std::string& id) {
    const ToolResult result = RunTool(kSearch, {"--db", dir_ / "db", "--json", "id:" + id});
    const auto rows = ParseJsonLines(result.out);
    return rows.empty() ? "" : rows.front().at("snippet").get<std::string>();
  }

  TempDir dir_;
};

TEST_F(BadInputMatrixTest, MalformedJson) {
  const std::string file =
      Write("in.jsonl", Good("a") + "\n{\"id\": \"b\", \"text\": oops}\n" + Good("c") + "\n");
  const ToolResult run = Index({file});
  EXPECT_EQ(run.status, 1);
  EXPECT_THAT(run.err, HasSubstr(file + ":2: malformed JSON"));
  EXPECT_THAT(run.out, HasSubstr("2 documents (2 added, 0 replaced), 1 skipped"));
  EXPECT_THAT(Ids(), UnorderedElementsAre("a", "c"));
}

TEST_F(BadInputMatrixTest, ALineThatIsNotAnObject) {
  const std::string file = Write("in.jsonl", Good("a") + "\n[1, 2]\n\"text\"\n" + Good("c") + "\n");
  const ToolResult run = Index({file});
  EXPECT_EQ(run.status, 1);
  EXPECT_THAT(run.err, HasSubstr(file + ":2: a JSON line must be an object, this one is an array"));
  EXPECT_THAT(run.err, HasSubstr(file + ":3: a JSON line must be an object, this one is a string"));
  EXPECT_THAT(run.out, HasSubstr("2 skipped"));
  EXPECT_THAT(Ids(), UnorderedElementsAre("a", "c"));
}

TEST_F(BadInputMatrixTest, WrongFieldTypes) {
  const std::string file =
      Write("in.jsonl", Good("a") + "\n" + R"({"id":"b","text":42})" + "\n" +
                            R"({"id":["b"],"text":"x"})" + "\n" +
                            R"({"id":"d","text":"x","date":{"y":1}})" + "\n" + Good("e") + "\n");
  const ToolResult run = Index({file});
  EXPECT_EQ(run.status, 1);
  EXPECT_THAT(run.err, HasSubstr(file + ":2: field 'text' is a number, expected a string"));
  EXPECT_THAT(run.err, HasSubstr(file + ":3: field 'id' is an array, expected a string"));
  EXPECT_THAT(run.err, HasSubstr(file + ":4: field 'date' is an object, expected a string"));
  EXPECT_THAT(Ids(), UnorderedElementsAre("a", "e"));
}

TEST_F(BadInputMatrixTest, MissingAndEmptyText) {
  const std::string file =
      Write("in.jsonl", Good("a") + "\n" + R"({"id":"b","title":"no text"})" + "\n" +
                            R"({"id":"c","text":""})" + "\n" + R"({"id":"d","text":"  \n "})" +
                            "\n" + Good("e") + "\n");
  const ToolResult run = Index({file});
  EXPECT_EQ(run.status, 1);
  for (const char* line : {":2: ", ":3: ", ":4: "}) {
    EXPECT_THAT(run.err, HasSubstr(file + line + "no article text")) << line;
  }
  EXPECT_THAT(run.out, HasSubstr("2 documents (2 added, 0 replaced), 3 skipped"));
  EXPECT_THAT(Ids(), UnorderedElementsAre("a", "e"));
}

TEST_F(BadInputMatrixTest, InvalidUtf8AndOverlongSequences) {
  const std::string file = Write(
      "in.jsonl", Good("a") + "\n" + "{\"id\":\"b\",\"text\":\"bad \xff\xfe byte\"}\n" +
                      "{\"id\":\"c\",\"text\":\"overlong \xc0\xaf slash\"}\n" + Good("d") + "\n");
  const ToolResult run = Index({file});
  EXPECT_EQ(run.status, 1);
  EXPECT_THAT(run.err, HasSubstr(file + ":2: invalid UTF-8"));
  EXPECT_THAT(run.err, HasSubstr(file + ":3: invalid UTF-8"));
  EXPECT_THAT(Ids(), UnorderedElementsAre("a", "d"));
}

TEST_F(BadInputMatrixTest, NulBytes) {
  // A raw NUL inside a JSON string is malformed JSON; an escaped one is text.
  static constexpr char kRaw[] = "{\"id\":\"b\",\"text\":\"raw \0 nul\"}\n";
  const std::string file =
      Write("in.jsonl", Good("a") + "\n" + std::string(kRaw, sizeof(kRaw) - 1) +
                            R"({"id":"c","text":"escaped \u0000 nul, then words"})" + "\n");
  const ToolResult run = Index({file});
  EXPECT_EQ(run.status, 1);
  EXPECT_THAT(run.err, HasSubstr(file + ":2: malformed JSON"));
  EXPECT_THAT(Ids(), UnorderedElementsAre("a", "c"));
}

TEST_F(BadInputMatrixTest, ByteOrderMarkAndCrlfLineEnds) {
  const std::string file =
      Write("in.jsonl", "\xef\xbb\xbf" + Good("a") + "\r\n" + Good("b") + "\r\n" + Good("c"));
  const ToolResult run = Index({file});
  EXPECT_EQ(run.status, 0) << run.err;
  EXPECT_THAT(run.out, HasSubstr("3 documents (3 added, 0 replaced), 0 skipped"));
  EXPECT_THAT(Ids(), UnorderedElementsAre("a", "b", "c"));
}

TEST_F(BadInputMatrixTest, LegacyCyrillicEncodingsAreRejectedClearly) {
  // "Привет мир" in Windows-1251 and in KOI8-R, as plain-text pages.
  const std::string cp1251 = Write("cp1251.txt", "\xcf\xf0\xe8\xe2\xe5\xf2 \xec\xe8\xf0.\n");
  const std::string koi8 = Write("koi8.txt", "\xf0\xd2\xc9\xd7\xc5\xd4 \xcd\xc9\xd2.\n");
  const std::string good = Write("good.jsonl", Good("a") + "\n");
  const ToolResult run = Index({cp1251, koi8, good});
  EXPECT_EQ(run.status, 1);
  for (const std::string& file : {cp1251, koi8}) {
    EXPECT_THAT(run.err, HasSubstr(file + ": invalid UTF-8 (convert legacy encodings such as "
                                          "Windows-1251 or KOI8-R with iconv first)"));
  }
  EXPECT_THAT(Ids(), UnorderedElementsAre("a"));
}

TEST_F(BadInputMatrixTest, TruncatedCompressedFiles) {
  // A gzip stream cut short: what was read before the cut is indexed.
  const std::string plain = Write("all.jsonl", Good("a") + "\n" + Good("b") + "\n");
  ASSERT_EQ(std::system(("gzip -k -f " + plain + " && zstd -q -f " + plain).c_str()), 0);
  std::filesystem::resize_file(plain + ".gz", std::filesystem::file_size(plain + ".gz") - 8);
  std::filesystem::resize_file(plain + ".zst", std::filesystem::file_size(plain + ".zst") / 2);
  const ToolResult gz = Index({plain + ".gz"});
  EXPECT_EQ(gz.status, 1);
  EXPECT_THAT(gz.err, HasSubstr(plain + ".gz"));
  EXPECT_THAT(gz.err, HasSubstr("could not be read to the end"));
  const ToolResult zst = Index({plain + ".zst"});
  EXPECT_EQ(zst.status, 1);
  EXPECT_THAT(zst.err, HasSubstr(plain + ".zst: cannot open: Truncated zstd input"));
}

TEST_F(BadInputMatrixTest, CorruptZip) {
  const std::string zip = Write("pages.zip", "PK\x03\x04 this is not really a zip archive at all");
  const std::string good = Write("good.jsonl", Good("a") + "\n");
  const ToolResult run = Index({zip, good});
  EXPECT_EQ(run.status, 1);
  EXPECT_THAT(run.err, HasSubstr(zip + ": "));
  EXPECT_THAT(run.err, HasSubstr("1 input(s) could not be read to the end"));
  EXPECT_THAT(Ids(), UnorderedElementsAre("a"));
}

TEST_F(BadInputMatrixTest, EmptyFile) {
  const std::string empty = Write("empty.jsonl", "");
  const std::string good = Write("good.jsonl", Good("a") + "\n");
  const ToolResult run = Index({empty, good});
  EXPECT_EQ(run.status, 0) << run.err;
  EXPECT_THAT(run.err, HasSubstr(empty + ": empty file, nothing to index"));
  EXPECT_THAT(Ids(), UnorderedElementsAre("a"));
}

TEST_F(BadInputMatrixTest, AFolderWithUnreadableFilesAndASymlinkLoop) {
  Write("dump/good.jsonl", Good("a") + "\n");
  std::filesystem::create_symlink("/nonexistent/steppe/file.jsonl", dir_ / "dump/dangling.jsonl");
  std::filesystem::create_directory_symlink("..", dir_ / "dump/loop");
  const ToolResult run = Index({dir_ / "dump"});
  EXPECT_EQ(run.status, 0) << run.err;
  EXPECT_THAT(run.err, HasSubstr("dump/dangling.jsonl: not a regular file"));
  EXPECT_THAT(run.err, HasSubstr("dump/loop: a link to a folder, not followed"));
  EXPECT_THAT(Ids(), UnorderedElementsAre("a"));
}

TEST_F(BadInputMatrixTest, BinaryFile) {
  std::string noise;
  for (int i = 0; i < 4096; ++i) noise.push_back(static_cast<char>((i * 7919) % 256));
  const std::string binary = Write("blob.bin", noise);
  const std::string good = Write("good.jsonl", Good("a") + "\n");
  const ToolResult run = Index({binary, good});
  EXPECT_EQ(run.status, 1);
  EXPECT_THAT(run.err, HasSubstr(binary + ": binary data, not a format steppe reads"));
  EXPECT_THAT(Ids(), UnorderedElementsAre("a"));
}

TEST_F(BadInputMatrixTest, ARecordLargerThanTheLimitIsRejectedInBoundedMemory) {
  std::string huge = R"({"id":"big","text":")";
  huge.append(3 << 20, 'x');
  huge += "\"}\n";
  const std::string file = Write("in.jsonl", Good("a") + "\n" + huge + Good("c") + "\n");
  const ToolResult run = Index({file}, {"--max-record-mb", "1"});
  EXPECT_EQ(run.status, 1);
  EXPECT_THAT(run.err, HasSubstr(file + ":2: line longer than the 1 MiB record limit"));
  EXPECT_THAT(Ids(), UnorderedElementsAre("a", "c"));
  // The summary's peak memory stays far below what holding the input takes
  // many times over (a bound, not a timing).
  EXPECT_THAT(run.out, HasSubstr("peak memory"));
}

TEST_F(BadInputMatrixTest, RepeatedIdsKeepTheLastRecordAndAreCounted) {
  const std::string file = Write("in.jsonl", R"({"id":"g","text":"first copy"})"
                                             "\n"
                                             R"({"id":"g","text":"second copy"})"
                                             "\n"
                                             R"({"id":"g","text":"third copy wins"})"
                                             "\n" +
                                                 Good("h") + "\n");
  const ToolResult run = Index({file});
  EXPECT_EQ(run.status, 0) << run.err;
  EXPECT_THAT(run.out, HasSubstr("2 documents (2 added, 0 replaced; 2 repeated ids, the last "
                                 "record of each kept)"));
  EXPECT_THAT(Ids(), UnorderedElementsAre("g", "h"));
  EXPECT_EQ(Text("g"), "third copy wins");
}

TEST_F(BadInputMatrixTest, DatesInOddFormats) {
  std::string lines;
  const std::vector<std::pair<std::string, std::string>> dates = {
      {"2019-06-12", "2019-06-12"},     {"12.06.2019", "2019-06-12"},
      {"12 June 2019", "2019-06-12"},   {"12 июня 2019", "2019-06-12"},
      {"12 маусым 2019", "2019-06-12"}, {"2019-06-12T10:00:00+05:00", "2019-06-12"},
      {"2019/06/12", "2019-06-12"},     {"June 12, 2019", "2019-06-12"}};
  for (std::size_t i = 0; i < dates.size(); ++i) {
    lines += R"({"id":"d)" + std::to_string(i) + R"(","text":"words","date":")" + dates[i].first +
             "\"}\n";
  }
  lines += R"({"id":"odd","text":"words","date":"someday"})"
           "\n";
  const std::string file = Write("in.jsonl", lines);
  const ToolResult run = Index({file});
  EXPECT_EQ(run.status, 0) << run.err;
  EXPECT_THAT(run.err, HasSubstr(file + ":9: unrecognised date 'someday', indexed without a date"));
  for (std::size_t i = 0; i < dates.size(); ++i) {
    const ToolResult found =
        RunTool(kSearch, {"--db", dir_ / "db", "--json", "id:d" + std::to_string(i)});
    const auto rows = ParseJsonLines(found.out);
    ASSERT_EQ(rows.size(), 1u) << dates[i].first;
    EXPECT_EQ(rows.front().at("date"), dates[i].second) << dates[i].first;
  }
  const auto odd = ParseJsonLines(RunTool(kSearch, {"--db", dir_ / "db", "--json", "id:odd"}).out);
  ASSERT_EQ(odd.size(), 1u);
  EXPECT_TRUE(odd.front().at("date").is_null());
}

}  // namespace
}  // namespace steppe::testing
