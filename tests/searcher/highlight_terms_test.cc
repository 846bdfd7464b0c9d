#include "searcher/highlight_terms.h"

#include <string>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <xapian.h>

#include "tests/searcher/test_index.h"
#include "tokenizers/index_schema.h"

namespace steppe {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

// Words 1..7 of a document: газ, other, pipelin, -, Тоқаев (its term and
// name key), -, газ.
Xapian::Document SmallDocument() {
  Xapian::Document document;
  document.add_posting("газ", 1);
  document.add_posting("other", 2);
  document.add_posting("pipelin", 3);
  document.add_posting("тоқаев", 5);
  document.add_posting(schema::Term(schema::kNamePrefix, "tokaev"), 5);
  document.add_posting("газ", 7);
  return document;
}

// The terms of the query "pipeline газ Tokayev", numbered in byte order:
// Ntokaev 0, absent 1, pipelin 2, tokayev 3, газ 4.
HighlightTerms QueryTerms() {
  return HighlightTerms({"pipelin", "газ", "tokayev", "Ntokaev", "absent", "газ"});
}

// Positions of `terms` in the document `document` makes, read back from a
// database (as a search reads its hits).
std::vector<PositionMatch> PositionsIn(const Xapian::Document& document,
                                       const HighlightTerms& terms) {
  testing::TempDir dir;
  {
    Xapian::WritableDatabase db(dir.Sub("db"), Xapian::DB_CREATE_OR_OPEN);
    db.add_document(Xapian::Document());  // so that the document is number 2
    db.add_document(document);
    db.commit();
  }
  return terms.Positions(Xapian::Database(dir.Sub("db")), 2);
}

TEST(HighlightTermsTest, GivesWhereTheDocumentHoldsTheQuerysTermsInOrder) {
  const HighlightTerms terms = QueryTerms();
  EXPECT_EQ(terms.size(), 5u);  // each once
  // Тоқаев at 5 matches through its name key; "other" matches nothing.
  EXPECT_THAT(PositionsIn(SmallDocument(), terms),
              ElementsAre(PositionMatch{1, 4}, PositionMatch{3, 2}, PositionMatch{5, 0},
                          PositionMatch{7, 4}));
}

TEST(HighlightTermsTest, ManyTermsGiveTheSamePositions) {
  // Past a few dozen terms the hit's term list is read instead of a
  // position list per term: the same positions come back.
  std::vector<std::string> many = {"pipelin", "газ", "tokayev", "Ntokaev"};
  for (int i = 0; i < 100; ++i) many.push_back("absent" + std::to_string(i));
  const HighlightTerms terms(many);
  // Byte order: Ntokaev 0, absent0..absent99 1..100, pipelin 101, tokayev
  // 102, газ 103.
  EXPECT_THAT(PositionsIn(SmallDocument(), terms),
              ElementsAre(PositionMatch{1, 103}, PositionMatch{3, 101}, PositionMatch{5, 0},
                          PositionMatch{7, 103}));
}

TEST(HighlightTermsTest, APositionTwoTermsMatchIsGivenOnceWithTheFirst) {
  Xapian::Document document;
  document.add_posting("tokayev", 4);
  document.add_posting(schema::Term(schema::kNamePrefix, "tokaev"), 4);
  EXPECT_THAT(PositionsIn(document, QueryTerms()), ElementsAre(PositionMatch{4, 0}));
}

TEST(HighlightTermsTest, NoTermsOrNoneInTheDocumentGiveNoPositions) {
  EXPECT_THAT(PositionsIn(SmallDocument(), HighlightTerms({})), IsEmpty());
  EXPECT_THAT(PositionsIn(SmallDocument(), HighlightTerms({"absent", "Nnone"})), IsEmpty());
  Xapian::Document unrelated;
  unrelated.add_posting("camel", 1);
  EXPECT_THAT(PositionsIn(unrelated, QueryTerms()), IsEmpty());
}

}  // namespace
}  // namespace steppe
