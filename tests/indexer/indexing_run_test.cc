#include "indexer/indexing_run.h"

#include <atomic>
#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <xapian.h>
#include <nlohmann/json.hpp>

#include "tests/indexer/archive_test_util.h"
#include "tests/indexer/indexer_test_util.h"
#include "tokenizers/document_data.h"
#include "tokenizers/index_schema.h"

namespace steppe {
namespace {

namespace fs = std::filesystem;
using ::testing::Contains;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::SizeIs;
using testing::TempDir;
using testing::WriteFile;

struct Reported {
  std::string origin;
  std::string message;
};

class CollectingReporter : public Reporter {
 public:
  void Problem(const Origin& origin, std::string_view message) override {
    problems.push_back({origin.ToString(), std::string(message)});
  }
  void Warning(const Origin& origin, std::string_view message) override {
    warnings.push_back({origin.ToString(), std::string(message)});
  }
  void Progress(const IndexStats& stats) override { progress.push_back(stats.queued); }

  std::vector<Reported> problems;
  std::vector<Reported> warnings;
  std::vector<std::uint64_t> progress;
};

std::string Corpora() { return STEPPE_CORPORA_DIR; }

// Records in the sample corpus: one per JSONL line, 4 CSV rows, 5 text pages
// and 3 HTML pages.
std::uint64_t CorpusDocuments() {
  std::uint64_t jsonl = 0;
  for (const auto& entry : fs::directory_iterator(Corpora() + "/news")) {
    if (entry.path().extension() == ".jsonl") {
      jsonl += testing::CountNonBlankLines(entry.path().string());
    }
  }
  EXPECT_EQ(jsonl, 74u);  // as corpora/README.md says
  return jsonl + 4 + 5 + 3;
}

std::string Line(const std::string& id, const std::string& text) {
  return nlohmann::json({{"id", id}, {"text", text}, {"lang", "en"}}).dump() + "\n";
}

std::set<std::string> StoredIds(const std::string& db_path) {
  std::set<std::string> ids;
  Xapian::Database db(db_path);
  for (auto it = db.allterms_begin("Q"); it != db.allterms_end("Q"); ++it) {
    ids.insert((*it).substr(1));
  }
  return ids;
}

// The stored title and text of every document, for boilerplate checks.
std::string AllStoredText(const std::string& db_path) {
  std::string all;
  Xapian::Database db(db_path);
  for (auto it = db.postlist_begin(""); it != db.postlist_end(""); ++it) {
    const auto data =
        nlohmann::json::parse(UnpackDocumentData(db.get_document(*it).get_data()).value());
    all += data["title"].get<std::string>() + "\n" + data["text"].get<std::string>() + "\n";
  }
  return all;
}

void ExpectNoBoilerplate(const std::string& db_path) {
  const std::string all = AllStoredText(db_path);
  EXPECT_GT(all.size(), 1000u);
  for (const char* mark :
       {"Subscribe", "Breaking News", "Accessibility links", "trackingPixelInit", "zzqheader",
        "Photo:", "Фото:", "©", "Most read", "Related stories", "Читайте также", "Тағы оқыңыз"}) {
    EXPECT_THAT(all, ::testing::Not(HasSubstr(mark)));
  }
}

// One database whatever the machine's cores (sharded_indexing_test.cc
// covers shards).
IndexOptions Options(std::vector<std::string> inputs, const std::string& db_path) {
  IndexOptions options;
  options.inputs = std::move(inputs);
  options.db_path = db_path;
  options.shards = 1;
  return options;
}

TEST(IndexingRunTest, IndexesTheWholeSampleCorpus) {
  TempDir dir;
  const std::string db_path = dir / "db";
  CollectingReporter reporter;
  auto stats = RunIndexing(Options({Corpora()}, db_path), reporter);
  ASSERT_TRUE(stats.ok()) << stats.status();

  const std::uint64_t expected = CorpusDocuments();
  EXPECT_EQ(stats->added, expected);
  EXPECT_EQ(stats->replaced, 0u);
  EXPECT_EQ(stats->bad, 0u);
  EXPECT_EQ(stats->failed_inputs, 0u);
  EXPECT_EQ(stats->files, 13u);
  // The READMEs and the lists of corpora/lexicon and corpora/gazetteer:
  // counted in ignored_files, the first five named through the reporter
  // and the rest summed up.
  std::size_t lists = 0;
  for (const char* folder : {"/lexicon", "/gazetteer"}) {
    for (const auto& entry : std::filesystem::directory_iterator(Corpora() + folder)) {
      lists += entry.path().extension() == ".lst" || entry.path().extension() == ".aliases";
    }
  }
  ASSERT_GT(lists, 4u);
  EXPECT_EQ(stats->ignored_files, 2 + lists);
  EXPECT_EQ(stats->warnings, 0u);
  EXPECT_FALSE(stats->interrupted);
  EXPECT_FALSE(stats->stopped_at_bad_record);
  EXPECT_GT(stats->bytes, 0u);
  EXPECT_EQ(stats->raw_bytes, stats->total_raw_bytes);
  for (const Reported& problem : reporter.problems) {
    ADD_FAILURE() << problem.origin << ": " << problem.message;
  }
  ASSERT_THAT(reporter.warnings, SizeIs(6));
  for (std::size_t i = 0; i < 5; ++i) {
    EXPECT_THAT(reporter.warnings[i].message, HasSubstr("no known format"));
  }
  EXPECT_THAT(reporter.warnings[5].message,
              HasSubstr(std::to_string(2 + lists - 5) + " more files passed over"));

  Xapian::Database db(db_path);
  EXPECT_EQ(db.get_doccount(), expected);
  const std::set<std::string> ids = StoredIds(db_path);
  EXPECT_EQ(ids.size(), expected);
  for (const char* id : {"en-001", "ru-021", "kk-016", "kkl-009", "csv-001", "csv-004"}) {
    EXPECT_TRUE(ids.contains(id)) << id;
  }
  // Pages have no id field; the HTML ones have a canonical URL.
  EXPECT_TRUE(ids.contains(
      "https://steppe-herald.kz/news/2021/12/16/kazakhstan-thirty-years-independence"));
  EXPECT_EQ(db.get_metadata(std::string(schema::kSchemaVersionKey)),
            std::to_string(schema::kSchemaVersion));
  ExpectNoBoilerplate(db_path);
  // Every document has a date.
  for (auto it = db.postlist_begin(""); it != db.postlist_end(""); ++it) {
    EXPECT_EQ(db.get_document(*it).get_value(schema::kDateSlot).size(), 8u)
        << UnpackDocumentData(db.get_document(*it).get_data()).value().substr(0, 80);
  }
}

// Every document's id, then its terms with positions and wdf, then its
// data: what a search could tell apart.
std::vector<std::string> Dump(const std::string& db_path) {
  std::vector<std::string> dump;
  Xapian::Database db(db_path);
  for (auto doc = db.postlist_begin(""); doc != db.postlist_end(""); ++doc) {
    const Xapian::Document document = db.get_document(*doc);
    std::string text =
        std::to_string(*doc) + "\n" + UnpackDocumentData(document.get_data()).value() + "\n";
    for (auto term = document.termlist_begin(); term != document.termlist_end(); ++term) {
      text += *term + " " + std::to_string(term.get_wdf());
      for (auto pos = term.positionlist_begin(); pos != term.positionlist_end(); ++pos) {
        text += " " + std::to_string(*pos);
      }
      text += "\n";
    }
    dump.push_back(std::move(text));
  }
  return dump;
}

TEST(IndexingRunTest, AnyNumberOfThreadsWritesTheSameDatabase) {
  TempDir dir;
  std::vector<std::vector<std::string>> dumps;
  for (const unsigned threads : {1u, 3u}) {
    const std::string db = dir / ("db" + std::to_string(threads));
    IndexOptions options = Options({Corpora()}, db);
    options.threads = threads;
    CollectingReporter reporter;
    auto stats = RunIndexing(options, reporter);
    ASSERT_TRUE(stats.ok()) << stats.status();
    EXPECT_EQ(stats->documents(), CorpusDocuments());
    EXPECT_EQ(stats->threads, threads);
    EXPECT_GT(stats->analysis_seconds, 0);
    EXPECT_GT(stats->write_seconds, 0);
    dumps.push_back(Dump(db));
  }
  ASSERT_EQ(dumps[0].size(), CorpusDocuments());
  // Same document numbers (input order), terms, positions and data.
  EXPECT_EQ(dumps[0], dumps[1]);
}

TEST(IndexingRunTest, DuplicateIdsAcrossThreadsLastOneWins) {
  TempDir dir;
  std::string data;
  for (int i = 0; i < 200; ++i)
    data += Line("d" + std::to_string(i % 10), "Text " + std::to_string(i) + ".");
  WriteFile(dir / "a.jsonl", data);
  IndexOptions options = Options({dir / "a.jsonl"}, dir / "db");
  options.threads = 4;
  CollectingReporter reporter;
  auto stats = RunIndexing(options, reporter);
  ASSERT_TRUE(stats.ok()) << stats.status();
  EXPECT_EQ(stats->added, 10u);
  EXPECT_EQ(stats->replaced, 0u);  // nothing of an earlier run
  EXPECT_EQ(stats->repeated, 190u);
  Xapian::Database db(dir / "db");
  for (int i = 0; i < 10; ++i) {
    Xapian::Enquire enquire(db);
    enquire.set_query(Xapian::Query("Qd" + std::to_string(i)));
    const Xapian::MSet mset = enquire.get_mset(0, 10);
    ASSERT_EQ(mset.size(), 1u);
    const auto stored =
        nlohmann::json::parse(UnpackDocumentData(mset.begin().get_document().get_data()).value());
    EXPECT_EQ(stored["text"], "Text " + std::to_string(190 + i) + ".");
  }
}

TEST(IndexingRunTest, SecondRunReplacesEverything) {
  TempDir dir;
  const std::string db_path = dir / "db";
  CollectingReporter first_reporter;
  auto first = RunIndexing(Options({Corpora()}, db_path), first_reporter);
  ASSERT_TRUE(first.ok()) << first.status();
  const Xapian::doccount count = Xapian::Database(db_path).get_doccount();

  CollectingReporter reporter;
  auto second = RunIndexing(Options({Corpora()}, db_path), reporter);
  ASSERT_TRUE(second.ok()) << second.status();
  EXPECT_EQ(second->added, 0u);
  EXPECT_EQ(second->replaced, first->added);
  EXPECT_EQ(second->bad, 0u);
  EXPECT_EQ(Xapian::Database(db_path).get_doccount(), count);
}

TEST(IndexingRunTest, MalformedLineIsReportedWithFileAndLine) {
  TempDir dir;
  const std::string input = dir / "in/dump.jsonl";
  WriteFile(input, Line("a", "First article text.") + "{\"id\": \"b\", \"text\": broken\n" +
                       Line("c", "Third article text."));
  CollectingReporter reporter;
  auto stats = RunIndexing(Options({dir / "in"}, dir / "db"), reporter);
  ASSERT_TRUE(stats.ok()) << stats.status();
  EXPECT_EQ(stats->added, 2u);
  EXPECT_EQ(stats->bad, 1u);
  EXPECT_FALSE(stats->stopped_at_bad_record);
  ASSERT_THAT(reporter.problems, SizeIs(1));
  EXPECT_EQ(reporter.problems[0].origin, input + ":2");
  EXPECT_THAT(reporter.problems[0].message, HasSubstr("malformed JSON"));
  EXPECT_EQ(StoredIds(dir / "db"), (std::set<std::string>{"a", "c"}));
}

TEST(IndexingRunTest, RecordWithoutTextIsBad) {
  TempDir dir;
  const std::string input = dir / "dump.jsonl";
  WriteFile(input, Line("a", "Some text.") + "{\"id\": \"b\", \"title\": \"No text\"}\n");
  CollectingReporter reporter;
  auto stats = RunIndexing(Options({input}, dir / "db"), reporter);
  ASSERT_TRUE(stats.ok());
  EXPECT_EQ(stats->added, 1u);
  EXPECT_EQ(stats->bad, 1u);
  ASSERT_THAT(reporter.problems, SizeIs(1));
  EXPECT_EQ(reporter.problems[0].origin, input + ":2");
  EXPECT_THAT(reporter.problems[0].message, HasSubstr("no article text"));
}

TEST(IndexingRunTest, UnreadableDateIsAWarningAndTheDocumentIsIndexed) {
  TempDir dir;
  const std::string input = dir / "dump.jsonl";
  WriteFile(input, "{\"id\": \"a\", \"text\": \"Text.\", \"date\": \"last Tuesday\"}\n");
  CollectingReporter reporter;
  auto stats = RunIndexing(Options({input}, dir / "db"), reporter);
  ASSERT_TRUE(stats.ok());
  EXPECT_EQ(stats->added, 1u);
  EXPECT_EQ(stats->warnings, 1u);
  ASSERT_THAT(reporter.warnings, SizeIs(1));
  EXPECT_EQ(reporter.warnings[0].origin, input + ":1");
  EXPECT_THAT(reporter.warnings[0].message, HasSubstr("last Tuesday"));
}

TEST(IndexingRunTest, StrictStopsAtTheFirstBadRecord) {
  TempDir dir;
  WriteFile(dir / "in/a.jsonl", Line("a1", "Text one.") + "not json\n" + Line("a3", "Text three."));
  WriteFile(dir / "in/b.jsonl", Line("b1", "Text four."));
  IndexOptions options = Options({dir / "in"}, dir / "db");
  options.strict = true;
  CollectingReporter reporter;
  auto stats = RunIndexing(options, reporter);
  ASSERT_TRUE(stats.ok()) << stats.status();
  EXPECT_TRUE(stats->stopped_at_bad_record);
  EXPECT_EQ(stats->added, 1u);
  EXPECT_EQ(stats->bad, 1u);
  EXPECT_EQ(stats->files, 1u);
  ASSERT_THAT(reporter.problems, SizeIs(1));
  EXPECT_EQ(reporter.problems[0].origin, dir / "in/a.jsonl" + ":2");
  // What was written before the stop is committed.
  EXPECT_EQ(StoredIds(dir / "db"), (std::set<std::string>{"a1"}));
}

TEST(IndexingRunTest, StopFlagAlreadySetIndexesNothing) {
  TempDir dir;
  WriteFile(dir / "in/a.jsonl", Line("a1", "Text one.") + Line("a2", "Text two."));
  WriteFile(dir / "in/b.jsonl", Line("b1", "Text three."));
  std::atomic<bool> stop{true};
  IndexOptions options = Options({dir / "in"}, dir / "db");
  options.stop = &stop;
  CollectingReporter reporter;
  auto stats = RunIndexing(options, reporter);
  ASSERT_TRUE(stats.ok()) << stats.status();
  EXPECT_TRUE(stats->interrupted);
  EXPECT_EQ(stats->documents(), 0u);
  EXPECT_EQ(stats->bad, 0u);
  EXPECT_LE(stats->files, 1u);
  EXPECT_THAT(reporter.problems, IsEmpty());
  EXPECT_EQ(Xapian::Database(dir / "db").get_doccount(), 0u);
}

TEST(IndexingRunTest, StopFlagSetDuringTheRunStopsAfterTheCurrentRecord) {
  TempDir dir;
  std::atomic<bool> stop{false};

  // Raises the stop flag when the first warning arrives (record a1's date).
  class StoppingReporter : public CollectingReporter {
   public:
    explicit StoppingReporter(std::atomic<bool>& stop) : stop_(stop) {}
    void Warning(const Origin& origin, std::string_view message) override {
      CollectingReporter::Warning(origin, message);
      stop_ = true;
    }

   private:
    std::atomic<bool>& stop_;
  } reporter(stop);
  WriteFile(dir / "in/a.jsonl", "{\"id\": \"a1\", \"text\": \"One.\", \"date\": \"soon\"}\n" +
                                    Line("a2", "Two.") + Line("a3", "Three."));

  IndexOptions options = Options({dir / "in"}, dir / "db");
  options.stop = &stop;
  auto stats = RunIndexing(options, reporter);
  ASSERT_TRUE(stats.ok()) << stats.status();
  EXPECT_TRUE(stats->interrupted);
  EXPECT_EQ(stats->added, 1u);
  EXPECT_EQ(StoredIds(dir / "db"), (std::set<std::string>{"a1"}));
}

TEST(IndexingRunTest, GzipCompressedJsonl) {
  TempDir dir;
  const std::string input = dir / "in/dump.jsonl.gz";
  fs::create_directories(dir / "in");
  ASSERT_NO_FATAL_FAILURE(testing::WriteCompressed(
      input, testing::Compression::kGzip,
      Line("g1", "Gzip one.") + Line("g2", "Gzip two.") + Line("g3", "Gzip three.")));
  CollectingReporter reporter;
  auto stats = RunIndexing(Options({dir / "in"}, dir / "db"), reporter);
  ASSERT_TRUE(stats.ok()) << stats.status();
  EXPECT_EQ(stats->added, 3u);
  EXPECT_EQ(stats->bad, 0u);
  EXPECT_THAT(reporter.problems, IsEmpty());
  EXPECT_EQ(StoredIds(dir / "db"), (std::set<std::string>{"g1", "g2", "g3"}));
  EXPECT_EQ(stats->raw_bytes, fs::file_size(input));
  EXPECT_GT(stats->bytes, 0u);
}

TEST(IndexingRunTest, TarGzOfCorpusPages) {
  TempDir dir;
  std::vector<testing::Member> members;
  for (const auto& entry : fs::directory_iterator(Corpora() + "/pages")) {
    members.push_back(
        {"pages/" + entry.path().filename().string(), testing::ReadFile(entry.path().string())});
  }
  for (const auto& entry : fs::directory_iterator(Corpora() + "/html")) {
    members.push_back(
        {"html/" + entry.path().filename().string(), testing::ReadFile(entry.path().string())});
  }
  ASSERT_EQ(members.size(), 8u);
  const std::string archive = dir / "pages.tar.gz";
  ASSERT_NO_FATAL_FAILURE(testing::WriteArchive(archive, testing::ArchiveFormat::kTar,
                                                testing::Compression::kGzip, members));
  CollectingReporter reporter;
  auto stats = RunIndexing(Options({archive}, dir / "db"), reporter);
  ASSERT_TRUE(stats.ok()) << stats.status();
  EXPECT_EQ(stats->added, 8u);
  EXPECT_EQ(stats->bad, 0u);
  EXPECT_EQ(stats->files, 1u);
  EXPECT_THAT(reporter.problems, IsEmpty());
  Xapian::Database db(dir / "db");
  EXPECT_EQ(db.get_doccount(), 8u);
  ExpectNoBoilerplate(dir / "db");
}

TEST(IndexingRunTest, ProblemsInsideAnArchiveNameTheMember) {
  TempDir dir;
  const std::string archive = dir / "dumps.tar.gz";
  ASSERT_NO_FATAL_FAILURE(testing::WriteArchive(
      archive, testing::ArchiveFormat::kTar, testing::Compression::kGzip,
      {{"x/good.jsonl", Line("x1", "Fine.")}, {"x/bad.jsonl", Line("x2", "Fine.") + "[1]\n"}}));
  CollectingReporter reporter;
  auto stats = RunIndexing(Options({archive}, dir / "db"), reporter);
  ASSERT_TRUE(stats.ok()) << stats.status();
  EXPECT_EQ(stats->added, 2u);
  EXPECT_EQ(stats->bad, 1u);
  ASSERT_THAT(reporter.problems, SizeIs(1));
  EXPECT_EQ(reporter.problems[0].origin, archive + ":x/bad.jsonl:2");
}

TEST(IndexingRunTest, FailingInputIsReportedAndTheRunGoesOn) {
  TempDir dir;
  // A truncated .gz first, then a good file.
  const std::string whole = dir / "whole.gz";
  std::string big;
  // Lines padded with an ignored field, so the stream is long but cheap to index.
  const std::string pad(2000, 'p');
  for (int i = 0; i < 2000; ++i) {
    big +=
        nlohmann::json({{"id", "t" + std::to_string(i)}, {"text", "Text."}, {"pad", pad}}).dump() +
        "\n";
  }
  ASSERT_NO_FATAL_FAILURE(testing::WriteCompressed(whole, testing::Compression::kGzip, big));
  const std::string bytes = testing::ReadFile(whole);
  fs::remove(whole);
  WriteFile(dir / "in/a-truncated.jsonl.gz", bytes.substr(0, bytes.size() / 2));
  WriteFile(dir / "in/b-good.jsonl", Line("good", "Good text."));

  CollectingReporter reporter;
  auto stats = RunIndexing(Options({dir / "in"}, dir / "db"), reporter);
  ASSERT_TRUE(stats.ok()) << stats.status();
  EXPECT_EQ(stats->failed_inputs, 1u);
  EXPECT_THAT(reporter.problems,
              Contains(::testing::Field(&Reported::origin, dir / "in/a-truncated.jsonl.gz")));
  EXPECT_TRUE(StoredIds(dir / "db").contains("good"));
  EXPECT_THAT(reporter.problems,
              Contains(::testing::Field(&Reported::message, HasSubstr("truncated gzip input"))));
  // The records before the truncation stay indexed (all but "good" are t*).
  EXPECT_GT(stats->added, 100u);
  EXPECT_LT(stats->added, 2001u);
}

TEST(IndexingRunTest, FileOfUnknownFormatNamedOnTheCommandLineIsSniffed) {
  TempDir dir;
  WriteFile(dir / "dump.data", Line("s1", "Sniffed as JSON Lines."));
  WriteFile(dir / "empty.data", "");
  CollectingReporter reporter;
  auto stats = RunIndexing(Options({dir / "dump.data", dir / "empty.data"}, dir / "db"), reporter);
  ASSERT_TRUE(stats.ok()) << stats.status();
  EXPECT_EQ(stats->added, 1u);
  EXPECT_EQ(stats->bad, 1u);
  ASSERT_THAT(reporter.problems, SizeIs(1));
  EXPECT_EQ(reporter.problems[0].origin, dir / "empty.data");
  EXPECT_THAT(reporter.problems[0].message, HasSubstr("empty"));
}

TEST(IndexingRunTest, EmptyFilesAreNotFailedInputs) {
  TempDir dir;
  WriteFile(dir / "in/empty.jsonl", "");
  WriteFile(dir / "in/empty.txt", "");
  WriteFile(dir / "in/good.jsonl", Line("g", "Good text."));
  ASSERT_NO_FATAL_FAILURE(
      testing::WriteCompressed(dir / "in/empty.jsonl.gz", testing::Compression::kGzip, ""));
  CollectingReporter reporter;
  auto stats = RunIndexing(Options({dir / "in"}, dir / "db"), reporter);
  ASSERT_TRUE(stats.ok()) << stats.status();
  // An empty JSON Lines file is passed over with a warning (it holds no
  // records); an empty page is a bad record.
  EXPECT_EQ(stats->files, 3u);
  EXPECT_EQ(stats->ignored_files, 1u);
  EXPECT_EQ(stats->failed_inputs, 0u);
  EXPECT_EQ(stats->added, 1u);
  EXPECT_EQ(stats->bad, 1u);
  ASSERT_THAT(reporter.problems, SizeIs(1));
  EXPECT_EQ(reporter.problems[0].origin, dir / "in/empty.txt");
  EXPECT_THAT(reporter.problems[0].message, HasSubstr("empty file"));
}

TEST(IndexingRunTest, ForcedFormatOverridesTheName) {
  TempDir dir;
  WriteFile(dir / "rows.txt", "id,text\nr1,Row one.\nr2,Row two.\n");
  IndexOptions options = Options({dir / "rows.txt"}, dir / "db");
  options.format = InputFormat::kCsv;
  CollectingReporter reporter;
  auto stats = RunIndexing(options, reporter);
  ASSERT_TRUE(stats.ok()) << stats.status();
  EXPECT_EQ(stats->added, 2u);
  EXPECT_EQ(StoredIds(dir / "db"), (std::set<std::string>{"r1", "r2"}));
}

TEST(IndexingRunTest, MissingInputIsAnError) {
  TempDir dir;
  CollectingReporter reporter;
  auto stats = RunIndexing(Options({dir / "nope.jsonl"}, dir / "db"), reporter);
  ASSERT_FALSE(stats.ok());
  EXPECT_THAT(std::string(stats.status().message()), HasSubstr("nope.jsonl"));
}

TEST(IndexingRunTest, LockedDatabaseIsAnError) {
  TempDir dir;
  WriteFile(dir / "a.jsonl", Line("a", "Text."));
  Xapian::WritableDatabase holder(dir / "db", Xapian::DB_CREATE_OR_OPEN);
  CollectingReporter reporter;
  auto stats = RunIndexing(Options({dir / "a.jsonl"}, dir / "db"), reporter);
  ASSERT_FALSE(stats.ok());
  EXPECT_THAT(std::string(stats.status().message()), HasSubstr("locked by another indexer"));
}

TEST(IndexingRunTest, ProgressIsReportedEvery64Documents) {
  TempDir dir;
  std::string data;
  for (int i = 0; i < 130; ++i) data += Line("p" + std::to_string(i), "Text.");
  WriteFile(dir / "a.jsonl", data);
  CollectingReporter reporter;
  auto stats = RunIndexing(Options({dir / "a.jsonl"}, dir / "db"), reporter);
  ASSERT_TRUE(stats.ok());
  EXPECT_EQ(stats->added, 130u);
  EXPECT_EQ(reporter.progress, (std::vector<std::uint64_t>{64, 128}));
}

}  // namespace
}  // namespace steppe
