#include "indexer/index_writer.h"

#include <memory>
#include <string>

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <xapian.h>

#include "tests/indexer/indexer_test_util.h"
#include "tokenizers/index_schema.h"

namespace steppe {
namespace {

using ::testing::HasSubstr;
using testing::TempDir;

// A minimal document keyed on `id`, with `word` as its only other term.
BuiltDocument Doc(const std::string& id, const std::string& word) {
  BuiltDocument built;
  built.id = id;
  built.id_term = "Q" + id;
  built.document.add_boolean_term(built.id_term);
  built.document.add_term(word);
  built.document.set_data(word);
  return built;
}

Xapian::doccount CommittedCount(const std::string& path) {
  return Xapian::Database(path).get_doccount();
}

TEST(IndexWriterTest, CreatesTheDatabaseAndWritesTheSchemaVersion) {
  TempDir dir;
  const std::string path = dir / "db";
  {
    auto writer = IndexWriter::Open(path, 1000);
    ASSERT_TRUE(writer.ok()) << writer.status();
    EXPECT_EQ((*writer)->DocCount(), 0u);
    ASSERT_TRUE((*writer)->Commit().ok());
  }
  Xapian::Database db(path);
  EXPECT_EQ(db.get_metadata(std::string(schema::kSchemaVersionKey)),
            std::to_string(schema::kSchemaVersion));
}

TEST(IndexWriterTest, AddThenReplaceTheSameId) {
  TempDir dir;
  const std::string path = dir / "db";
  auto writer = IndexWriter::Open(path, 1000);
  ASSERT_TRUE(writer.ok()) << writer.status();

  auto first = (*writer)->Write(Doc("en-001", "first"));
  ASSERT_TRUE(first.ok()) << first.status();
  EXPECT_EQ(*first, IndexWriter::Outcome::kAdded);
  auto other = (*writer)->Write(Doc("en-002", "other"));
  ASSERT_TRUE(other.ok());
  EXPECT_EQ(*other, IndexWriter::Outcome::kAdded);
  auto again = (*writer)->Write(Doc("en-001", "second"));
  ASSERT_TRUE(again.ok()) << again.status();
  EXPECT_EQ(*again, IndexWriter::Outcome::kReplaced);
  EXPECT_EQ((*writer)->DocCount(), 2u);
  ASSERT_TRUE((*writer)->Commit().ok());

  Xapian::Database db(path);
  EXPECT_EQ(db.get_doccount(), 2u);
  EXPECT_EQ(db.get_termfreq("Qen-001"), 1u);
  EXPECT_EQ(db.get_termfreq("first"), 0u);
  EXPECT_EQ(db.get_termfreq("second"), 1u);
  Xapian::PostingIterator posting = db.postlist_begin("Qen-001");
  ASSERT_NE(posting, db.postlist_end("Qen-001"));
  EXPECT_EQ(db.get_document(*posting).get_data(), "second");
}

TEST(IndexWriterTest, ReplacingSurvivesReopening) {
  TempDir dir;
  const std::string path = dir / "db";
  {
    auto writer = IndexWriter::Open(path, 1000);
    ASSERT_TRUE(writer.ok());
    ASSERT_TRUE((*writer)->Write(Doc("a", "one")).ok());
    ASSERT_TRUE((*writer)->Commit().ok());
  }
  auto writer = IndexWriter::Open(path, 1000);
  ASSERT_TRUE(writer.ok()) << writer.status();
  EXPECT_EQ((*writer)->DocCount(), 1u);
  auto outcome = (*writer)->Write(Doc("a", "two"));
  ASSERT_TRUE(outcome.ok());
  EXPECT_EQ(*outcome, IndexWriter::Outcome::kReplaced);
  EXPECT_EQ((*writer)->DocCount(), 1u);
}

TEST(IndexWriterTest, CommitsEveryNDocuments) {
  TempDir dir;
  const std::string path = dir / "db";
  auto writer = IndexWriter::Open(path, 2);
  ASSERT_TRUE(writer.ok());
  ASSERT_TRUE((*writer)->Commit().ok());
  ASSERT_TRUE((*writer)->Write(Doc("a", "x")).ok());
  EXPECT_EQ(CommittedCount(path), 0u);
  ASSERT_TRUE((*writer)->Write(Doc("b", "x")).ok());
  EXPECT_EQ(CommittedCount(path), 2u);
  ASSERT_TRUE((*writer)->Write(Doc("c", "x")).ok());
  EXPECT_EQ(CommittedCount(path), 2u);
  ASSERT_TRUE((*writer)->Commit().ok());
  EXPECT_EQ(CommittedCount(path), 3u);
}

TEST(IndexWriterTest, SecondWriterIsRefusedWhileTheFirstIsOpen) {
  TempDir dir;
  const std::string path = dir / "db";
  auto first = IndexWriter::Open(path, 1000);
  ASSERT_TRUE(first.ok()) << first.status();
  auto second = IndexWriter::Open(path, 1000);
  ASSERT_FALSE(second.ok());
  EXPECT_TRUE(absl::IsUnavailable(second.status())) << second.status();
  EXPECT_THAT(std::string(second.status().message()), HasSubstr("locked by another indexer"));
  EXPECT_THAT(std::string(second.status().message()), HasSubstr(path));
  // The first writer is unharmed.
  ASSERT_TRUE((*first)->Write(Doc("a", "x")).ok());
  ASSERT_TRUE((*first)->Commit().ok());
  EXPECT_EQ(CommittedCount(path), 1u);
}

TEST(IndexWriterTest, LockIsReleasedWhenTheWriterGoes) {
  TempDir dir;
  const std::string path = dir / "db";
  {
    auto first = IndexWriter::Open(path, 1000);
    ASSERT_TRUE(first.ok());
  }
  auto second = IndexWriter::Open(path, 1000);
  EXPECT_TRUE(second.ok()) << second.status();
}

TEST(IndexWriterTest, ForeignXapianDatabaseWithDocumentsIsRefused) {
  TempDir dir;
  const std::string path = dir / "foreign";
  {
    Xapian::WritableDatabase db(path, Xapian::DB_CREATE_OR_OPEN);
    Xapian::Document doc;
    doc.add_term("hello");
    db.add_document(doc);
    db.commit();
  }
  auto writer = IndexWriter::Open(path, 1000);
  ASSERT_FALSE(writer.ok());
  EXPECT_TRUE(absl::IsFailedPrecondition(writer.status())) << writer.status();
  EXPECT_THAT(std::string(writer.status().message()), HasSubstr("not made by steppe"));
  EXPECT_THAT(std::string(writer.status().message()), HasSubstr(path));
  // And it is left as it was.
  Xapian::Database db(path);
  EXPECT_EQ(db.get_doccount(), 1u);
  EXPECT_EQ(db.get_metadata(std::string(schema::kSchemaVersionKey)), "");
}

TEST(IndexWriterTest, EmptyForeignDatabaseIsAdopted) {
  TempDir dir;
  const std::string path = dir / "empty";
  { Xapian::WritableDatabase db(path, Xapian::DB_CREATE_OR_OPEN); }
  {
    auto writer = IndexWriter::Open(path, 1000);
    ASSERT_TRUE(writer.ok()) << writer.status();
    ASSERT_TRUE((*writer)->Commit().ok());
  }
  EXPECT_EQ(Xapian::Database(path).get_metadata(std::string(schema::kSchemaVersionKey)),
            std::to_string(schema::kSchemaVersion));
}

TEST(IndexWriterTest, OtherSchemaVersionIsRefused) {
  TempDir dir;
  const std::string path = dir / "old";
  {
    Xapian::WritableDatabase db(path, Xapian::DB_CREATE_OR_OPEN);
    db.set_metadata(std::string(schema::kSchemaVersionKey), "999");
    db.commit();
  }
  auto writer = IndexWriter::Open(path, 1000);
  ASSERT_FALSE(writer.ok());
  EXPECT_TRUE(absl::IsFailedPrecondition(writer.status())) << writer.status();
  EXPECT_THAT(std::string(writer.status().message()), HasSubstr("schema 999"));
}

TEST(IndexWriterTest, PathThatCannotHoldADatabaseIsAnError) {
  TempDir dir;
  testing::WriteFile(dir / "plain-file", "not a folder");
  auto writer = IndexWriter::Open(dir / "plain-file", 1000);
  ASSERT_FALSE(writer.ok());
  EXPECT_THAT(std::string(writer.status().message()), HasSubstr("plain-file"));
}

}  // namespace
}  // namespace steppe
