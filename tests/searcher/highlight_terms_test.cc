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

TEST(HighlightTermsTest, GivesWhereTheDocumentHoldsTheQuerysTermsInOrder) {
  const HighlightTerms terms = QueryTerms();
  EXPECT_EQ(terms.size(), 5u);  // each once
  // Тоқаев at 5 matches through its name key; "other" matches nothing.
  EXPECT_THAT(terms.Positions(SmallDocument()),
              ElementsAre(PositionMatch{1, 4}, PositionMatch{3, 2}, PositionMatch{5, 0},
                          PositionMatch{7, 4}));
}

TEST(HighlightTermsTest, APositionTwoTermsMatchIsGivenOnceWithTheFirst) {
  Xapian::Document document;
  document.add_posting("tokayev", 4);
  document.add_posting(schema::Term(schema::kNamePrefix, "tokaev"), 4);
  EXPECT_THAT(QueryTerms().Positions(document), ElementsAre(PositionMatch{4, 0}));
}

TEST(HighlightTermsTest, NoTermsOrNoneInTheDocumentGiveNoPositions) {
  EXPECT_THAT(HighlightTerms({}).Positions(SmallDocument()), IsEmpty());
  EXPECT_THAT(HighlightTerms({"absent", "Nnone"}).Positions(SmallDocument()), IsEmpty());
  EXPECT_THAT(QueryTerms().Positions(Xapian::Document()), IsEmpty());
}

TEST(HighlightTermsTest, ReadsADocumentFromADatabase) {
  testing::TempDir dir;
  {
    Xapian::WritableDatabase db(dir.Sub("db"), Xapian::DB_CREATE_OR_OPEN);
    db.add_document(SmallDocument());
    db.commit();
  }
  const Xapian::Database db(dir.Sub("db"));
  EXPECT_THAT(QueryTerms().Positions(db.get_document(1)),
              ElementsAre(PositionMatch{1, 4}, PositionMatch{3, 2}, PositionMatch{5, 0},
                          PositionMatch{7, 4}));
}

}  // namespace
}  // namespace steppe
