#include "searcher/searcher.h"

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "tests/searcher/test_index.h"
#include "tokenizers/document_data.h"

namespace steppe {
namespace {

using ::steppe::testing::TempDir;
using ::steppe::testing::TestArticle;
using ::testing::ElementsAre;

// Two English articles about the steppe: a two-word note that names it
// once, and a longer report that names it twice among other words.
std::vector<TestArticle> LengthArticles() {
  return {
      {"note", "", "Steppe horses", "", "en", ""},
      {"report", "",
       "Steppe grazing reports: herders moved cattle across frozen pasture while winter "
       "storms closed roads; steppe villages waited",
       "", "en", ""},
  };
}

class SearcherTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto analyzer = Analyzer::Create();
    ASSERT_TRUE(analyzer.ok()) << analyzer.status();
    analyzer_ = std::move(*analyzer);
    // Searcher reads the id from the document data, a JSON object.
    Xapian::WritableDatabase db(dir_.Sub("db"), Xapian::DB_CREATE_OR_OVERWRITE);
    for (const TestArticle& article : LengthArticles()) {
      Xapian::Document doc = testing::MakeDocument(*analyzer_, article);
      doc.set_data(
          PackDocumentData(nlohmann::json{{"id", article.id}, {"lang", article.lang}}.dump()));
      db.add_document(doc);
    }
    db.commit();
    auto databases = DatabaseSet::Open({dir_.Sub("db")});
    ASSERT_TRUE(databases.ok()) << databases.status();
    databases_ = std::make_unique<DatabaseSet>(std::move(*databases));
  }

  std::vector<std::string> RankedIds(const SearchRequest& request) const {
    Searcher searcher(*databases_, *analyzer_);
    auto result = searcher.Search(request);
    EXPECT_TRUE(result.ok()) << result.status();
    std::vector<std::string> ids;
    if (result.ok()) {
      for (const Hit& hit : result->hits) ids.push_back(hit.id);
    }
    return ids;
  }

  TempDir dir_;
  std::unique_ptr<Analyzer> analyzer_;
  std::unique_ptr<DatabaseSet> databases_;
};

TEST_F(SearcherTest, LongDocumentsAreDiscountedByClassicLengthNormalisation) {
  // With b = 0.75 the short note that names the steppe once outranks the
  // report eight times its length that names it twice.
  SearchRequest request;
  request.query = "steppe";
  EXPECT_THAT(RankedIds(request), ElementsAre("note", "report"));
}

TEST_F(SearcherTest, TheRequestSetsTheBm25Parameters) {
  // Xapian's default normalisation (b = 0.5) lets the second mention win.
  SearchRequest request;
  request.query = "steppe";
  request.bm25.b = 0.5;
  EXPECT_THAT(RankedIds(request), ElementsAre("report", "note"));
  // No length normalisation at all: term frequency alone decides.
  request.bm25.b = 0.0;
  EXPECT_THAT(RankedIds(request), ElementsAre("report", "note"));
}

TEST(SearcherCountTest, NoHitsAskedForIsAnExactCount) {
  auto analyzer = Analyzer::Create();
  ASSERT_TRUE(analyzer.ok()) << analyzer.status();
  // More matches than a page of hits counts exactly (1,000): of 2,400
  // articles, 1,200 name the steppe, 800 horses, 400 both; half are Russian.
  TempDir dir;
  std::vector<TestArticle> articles;
  for (int i = 0; i < 2400; ++i) {
    std::string text = "filler" + std::to_string(i % 7);
    if (i % 2 == 0) text += " steppe";
    if (i % 3 == 0) text += " horses";
    articles.push_back({"a" + std::to_string(i), "", text, "", i % 4 < 2 ? "en" : "ru", ""});
  }
  testing::WriteDatabase(**analyzer, dir.Sub("db"), articles);
  auto databases = DatabaseSet::Open({dir.Sub("db")});
  ASSERT_TRUE(databases.ok()) << databases.status();
  const Searcher searcher(*databases, **analyzer);
  for (const auto& [query, count] :
       std::vector<std::pair<std::string, Xapian::doccount>>{{"steppe horses", 1600},
                                                             {"steppe AND horses", 400},
                                                             {"lang:en steppe horses", 800},
                                                             {"steppe -horses", 800},
                                                             {"camel", 0}}) {
    SearchRequest request;
    request.query = query;
    request.limit = 0;
    const auto result = searcher.Search(request);
    ASSERT_TRUE(result.ok()) << result.status();
    EXPECT_TRUE(result->hits.empty()) << query;
    EXPECT_EQ(result->matches_estimated, count) << query;
    EXPECT_EQ(result->matches_lower, count) << query;
    EXPECT_EQ(result->matches_upper, count) << query;
  }
}

}  // namespace
}  // namespace steppe
