// SpellingSuggester's distances; what it suggests over an index of real
// articles is tested end to end (tests/e2e/index_and_search_test.cc).
#include "searcher/spelling_suggester.h"

#include <gtest/gtest.h>

namespace steppe {
namespace {

TEST(SpellingDistanceTest, CountsInsertionsDeletionsSubstitutionsAndSwaps) {
  EXPECT_EQ(SpellingSuggester::Distance(U"astana", U"astana", 2), 0u);
  EXPECT_EQ(SpellingSuggester::Distance(U"astna", U"astana", 2), 1u);  // insertion
  EXPECT_EQ(SpellingSuggester::Distance(U"parliment", U"parliament", 2), 1u);
  EXPECT_EQ(SpellingSuggester::Distance(U"алмты", U"алматы", 2), 1u);
  EXPECT_EQ(SpellingSuggester::Distance(U"presidnet", U"president", 2), 1u);  // a swap
  EXPECT_EQ(SpellingSuggester::Distance(U"назарбаеф", U"назарбаев", 2), 1u);
  // Over the limit: limit + 1, whatever the distance.
  EXPECT_EQ(SpellingSuggester::Distance(U"zzzqqq", U"astana", 2), 3u);
  EXPECT_EQ(SpellingSuggester::Distance(U"a", U"abcdef", 1), 2u);
}

TEST(SpellingDistanceTest, AStemMeetsTheBeginningOfAWordAtOneEditMore) {
  // presid (English stem of president) against presidnet: the beginning
  // "presid" plus one.
  EXPECT_EQ(SpellingSuggester::StemDistance(U"presidnet", U"presid", 2), 1u);
  EXPECT_EQ(SpellingSuggester::StemDistance(U"elektions", U"elect", 2), 2u);
  // Stems under five letters never: "za" is no stem of zzzqqq.
  EXPECT_EQ(SpellingSuggester::StemDistance(U"zzzqqq", U"za", 2), 3u);
  // Nor with more than four letters left over.
  EXPECT_EQ(SpellingSuggester::StemDistance(U"blockchainization", U"blockchain", 2), 3u);
}

}  // namespace
}  // namespace steppe
