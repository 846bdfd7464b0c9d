#include "searcher/highlight_terms.h"

#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "tokenizers/index_schema.h"

namespace steppe {
namespace {

using Keys = std::vector<std::string>;

TEST(HighlightTermsTest, ATermOrANameKeyOfTheQueryMatches) {
  const HighlightTerms terms({"pipelin", "газ", "Ntokaev"});
  EXPECT_TRUE(terms.Matches("pipelin", {}));
  EXPECT_TRUE(terms.Matches("газ", {}));
  EXPECT_FALSE(terms.Matches("pipe", {}));
  EXPECT_FALSE(terms.Matches("pipelines", {}));
  // A word matches through its name key, written N-prefixed in the index.
  EXPECT_TRUE(terms.Matches("тоқаев", Keys{"tokaev"}));
  EXPECT_TRUE(terms.Matches("toqaevtyn", Keys{"tokaevtyn", "tokaev"}));
  EXPECT_FALSE(terms.Matches("тоқаев", Keys{"tokaevtyn"}));
  // A key is no term, nor a term a key.
  EXPECT_FALSE(terms.Matches("tokaev", {}));
  EXPECT_FALSE(terms.Matches("x", Keys{"газ"}));
  EXPECT_FALSE(HighlightTerms({}).Matches("газ", Keys{"gaz"}));
}

TEST(HighlightTermsTest, LongKeysAreCutAsTheIndexCutsThem) {
  const std::string key(300, 'k');
  const HighlightTerms terms({schema::Term(schema::kNamePrefix, key), std::string(260, 't')});
  EXPECT_TRUE(terms.Matches("x", Keys{key}));
  EXPECT_TRUE(terms.Matches("x", Keys{key + "more"}));  // the same once cut
  EXPECT_FALSE(terms.Matches("x", Keys{std::string(200, 'k')}));
  // Terms longer than any cut still match as themselves only.
  EXPECT_TRUE(terms.Matches(std::string(260, 't'), {}));
  EXPECT_FALSE(terms.Matches(std::string(250, 't'), {}));
}

}  // namespace
}  // namespace steppe
