#include "tokenizers/document_id.h"

#include <string>

#include <gtest/gtest.h>

#include "tokenizers/index_schema.h"

namespace steppe {
namespace {

TEST(DocumentIdTest, StableHashIsFnv1a64) {
  EXPECT_EQ(StableHash(""), "cbf29ce484222325");
  EXPECT_EQ(StableHash("a"), "af63dc4c8601ec8c");
  EXPECT_EQ(StableHash("foobar"), "85944171f73967e8");
  EXPECT_EQ(StableHash64("a"), 0xaf63dc4c8601ec8cULL);
}

TEST(DocumentIdTest, AnIdIsItsTermUnlessTooLongForOne) {
  EXPECT_EQ(IdTerm("en-001"), "Qen-001");
  const std::string overlong(300, 'x');
  EXPECT_EQ(IdTerm(overlong), "Q#" + StableHash(overlong));
  EXPECT_LE(IdTerm(overlong).size(), schema::kMaxTermBytes);
}

}  // namespace
}  // namespace steppe
