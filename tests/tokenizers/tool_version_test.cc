#include "tokenizers/tool_version.h"

#include <xapian.h>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace steppe {
namespace {

TEST(ToolVersionTest, NamesTheToolSteppeXapianIcuAndTheSchema) {
  const std::string line = VersionLine("steppe-search");
  EXPECT_THAT(
      line,
      ::testing::MatchesRegex(
          R"(steppe-search [0-9]+\.[0-9]+\.[0-9]+ \(Xapian [0-9.]+, ICU [0-9.]+, index schema [0-9]+\))"));
  EXPECT_THAT(line, ::testing::HasSubstr(std::string("Xapian ") + Xapian::version_string()));
}

}  // namespace
}  // namespace steppe
