#include "searcher/database_set.h"

#include <filesystem>

#include "tokenizers/index_schema.h"

#include <fstream>
#include <map>
#include <string>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <xapian.h>

#include "tests/searcher/test_index.h"

namespace steppe {
namespace {

using ::steppe::testing::TempDir;
using ::testing::HasSubstr;

// A database at `path` with `count` documents whose data is "name:i" and
// which all hold the term "common" and the term `name`.
void MakeDatabase(const std::string& path, const std::string& name, int count) {
  Xapian::WritableDatabase db(path, Xapian::DB_CREATE_OR_OVERWRITE);
  for (int i = 1; i <= count; ++i) {
    Xapian::Document doc;
    doc.set_data(name + ":" + std::to_string(i));
    doc.add_term("common");
    doc.add_term(name);
    db.add_document(doc);
  }
  db.commit();
}

void WriteFile(const std::string& path, const std::string& contents) {
  std::ofstream out(path);
  out << contents;
}

// The name part of a document's data: "a" for "a:3".
std::string NameOf(const Xapian::Document& doc) {
  const std::string data = doc.get_data();
  return data.substr(0, data.find(':'));
}

class DatabaseSetTest : public ::testing::Test {
 protected:
  void SetUp() override {
    a_ = dir_.Sub("a");
    b_ = dir_.Sub("b");
    c_ = dir_.Sub("c");
    MakeDatabase(a_, "a", 3);
    MakeDatabase(b_, "b", 2);
    MakeDatabase(c_, "c", 4);
  }

  // For every document of the combined database, the path DatabaseOf gives
  // against the database the document really came from.
  static void ExpectOwners(const DatabaseSet& set, const std::map<std::string, std::string>& paths,
                           Xapian::doccount expected_count) {
    const Xapian::Database& db = set.database();
    EXPECT_EQ(db.get_doccount(), expected_count);
    Xapian::doccount seen = 0;
    for (auto it = db.postlist_begin(""); it != db.postlist_end(""); ++it) {
      ++seen;
      const std::string name = NameOf(db.get_document(*it));
      ASSERT_TRUE(paths.count(name)) << name;
      EXPECT_EQ(set.DatabaseOf(*it), paths.at(name)) << "docid " << *it << " (" << name << ")";
    }
    EXPECT_EQ(seen, expected_count);
  }

  TempDir dir_;
  std::string a_;
  std::string b_;
  std::string c_;
};

TEST_F(DatabaseSetTest, OpensOneDatabase) {
  auto set = DatabaseSet::Open({a_});
  ASSERT_TRUE(set.ok()) << set.status();
  ExpectOwners(*set, {{"a", a_}}, 3);
}

TEST_F(DatabaseSetTest, CombinesTwoDatabasesAndMapsDocidsBack) {
  auto set = DatabaseSet::Open({a_, b_});
  ASSERT_TRUE(set.ok()) << set.status();
  ExpectOwners(*set, {{"a", a_}, {"b", b_}}, 5);

  // One ranked search over both.
  Xapian::Enquire enquire(set->database());
  enquire.set_query(Xapian::Query("common"));
  const Xapian::MSet mset = enquire.get_mset(0, 10);
  EXPECT_EQ(mset.size(), 5u);
  int from_b = 0;
  for (auto it = mset.begin(); it != mset.end(); ++it) from_b += set->DatabaseOf(*it) == b_;
  EXPECT_EQ(from_b, 2);
}

TEST_F(DatabaseSetTest, OrderOfPathsDoesNotMatter) {
  auto set = DatabaseSet::Open({c_, a_, b_});
  ASSERT_TRUE(set.ok()) << set.status();
  ExpectOwners(*set, {{"a", a_}, {"b", b_}, {"c", c_}}, 9);
}

TEST_F(DatabaseSetTest, StubFileCountsAsTheShardsItLists) {
  const std::string stub = dir_.Sub("ab.stub");
  WriteFile(stub, "# the first two\nauto a\n\nauto b\n");
  auto set = DatabaseSet::Open({stub, c_});
  ASSERT_TRUE(set.ok()) << set.status();
  ExpectOwners(*set, {{"a", stub}, {"b", stub}, {"c", c_}}, 9);

  set = DatabaseSet::Open({c_, stub});
  ASSERT_TRUE(set.ok()) << set.status();
  ExpectOwners(*set, {{"a", stub}, {"b", stub}, {"c", c_}}, 9);
}

TEST_F(DatabaseSetTest, FolderWithAStubInside) {
  const std::string folder = dir_.Sub("stubdir");
  std::filesystem::create_directory(folder);
  WriteFile(folder + "/XAPIANDB", "auto ../a\nauto ../b\n");
  auto set = DatabaseSet::Open({folder, c_});
  ASSERT_TRUE(set.ok()) << set.status();
  ExpectOwners(*set, {{"a", folder}, {"b", folder}, {"c", c_}}, 9);
}

TEST_F(DatabaseSetTest, MissingPathIsAnErrorNamingIt) {
  const std::string missing = dir_.Sub("no-such-db");
  auto set = DatabaseSet::Open({a_, missing});
  ASSERT_FALSE(set.ok());
  EXPECT_EQ(set.status().code(), absl::StatusCode::kNotFound);
  EXPECT_THAT(set.status().message(), HasSubstr(missing));
}

TEST_F(DatabaseSetTest, EmptyFolderIsAnErrorNamingIt) {
  const std::string empty = dir_.Sub("empty");
  std::filesystem::create_directory(empty);
  auto set = DatabaseSet::Open({empty});
  ASSERT_FALSE(set.ok());
  EXPECT_THAT(set.status().message(), HasSubstr(empty));
}

TEST_F(DatabaseSetTest, FileThatIsNotADatabaseIsAnErrorNamingIt) {
  const std::string junk = dir_.Sub("notes.txt");
  WriteFile(junk, "this is not a database\n");
  auto set = DatabaseSet::Open({junk});
  ASSERT_FALSE(set.ok());
  EXPECT_THAT(set.status().message(), HasSubstr(junk));
}

TEST_F(DatabaseSetTest, StubListingAMissingDatabaseIsAnErrorNamingTheStub) {
  const std::string stub = dir_.Sub("broken.stub");
  WriteFile(stub, "auto a\nauto missing\n");
  auto set = DatabaseSet::Open({stub});
  ASSERT_FALSE(set.ok());
  EXPECT_THAT(set.status().message(), HasSubstr(stub));
}

}  // namespace
}  // namespace steppe

namespace steppe {
namespace {

TEST(DatabaseSetSchemaTest, ADatabaseOfAnotherSchemaIsRefused) {
  char pattern[] = "/tmp/steppe-schema-XXXXXX";
  ASSERT_NE(mkdtemp(pattern), nullptr);
  const std::string path = std::string(pattern) + "/db";
  {
    Xapian::WritableDatabase db(path, Xapian::DB_CREATE_OR_OPEN);
    db.set_metadata(std::string(schema::kSchemaVersionKey), "1");
    db.commit();
  }
  auto set = DatabaseSet::Open({path});
  EXPECT_FALSE(set.ok());
  EXPECT_THAT(std::string(set.status().message()), ::testing::HasSubstr("re-index"));
  {
    Xapian::WritableDatabase db(path, Xapian::DB_OPEN);
    db.set_metadata(std::string(schema::kSchemaVersionKey), std::to_string(schema::kSchemaVersion));
    db.commit();
  }
  EXPECT_TRUE(DatabaseSet::Open({path}).ok());
  std::filesystem::remove_all(pattern);
}

}  // namespace
}  // namespace steppe
