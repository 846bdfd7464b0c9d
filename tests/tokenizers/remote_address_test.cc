#include "tokenizers/remote_address.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace steppe {
namespace {

using ::testing::HasSubstr;

TEST(RemoteAddressTest, ReadsTcpUrlsAndLeavesPathsAlone) {
  auto url = ParseRemoteUrl("tcp://127.0.0.1:7000");
  ASSERT_TRUE(url.ok()) << url.status();
  ASSERT_TRUE(url->has_value());
  EXPECT_EQ((*url)->host, "127.0.0.1");
  EXPECT_EQ((*url)->port, 7000u);
  EXPECT_EQ((*url)->Url(), "tcp://127.0.0.1:7000");
  auto named = ParseRemoteUrl("tcp://search-3.example.org:65535");
  ASSERT_TRUE(named.ok() && named->has_value());
  EXPECT_EQ((*named)->host, "search-3.example.org");
  for (const char* path : {"steppe-db", "/srv/news/XAPIANDB", "tcp", "tcp:/x:1", "./tcp://x:1"}) {
    auto local = ParseRemoteUrl(path);
    ASSERT_TRUE(local.ok()) << path;
    EXPECT_FALSE(local->has_value()) << path;
  }
}

TEST(RemoteAddressTest, IPv6AddressesAreInBrackets) {
  auto address = ParseRemoteTarget("[::1]:4000");
  ASSERT_TRUE(address.ok()) << address.status();
  EXPECT_EQ(address->host, "::1");
  EXPECT_EQ(address->Url(), "tcp://[::1]:4000");
  EXPECT_THAT(std::string(ParseRemoteTarget("::1:4000").status().message()),
              HasSubstr("IPv6 address must be in brackets"));
}

TEST(RemoteAddressTest, BadAddressesSayWhatIsWrong) {
  const auto message = [](const char* text) {
    auto parsed = ParseRemoteUrl(text);
    return parsed.ok() ? std::string() : std::string(parsed.status().message());
  };
  EXPECT_THAT(message("tcp://localhost"), HasSubstr("no port"));
  EXPECT_THAT(message("tcp://:7000"), HasSubstr("no host"));
  EXPECT_THAT(message("tcp://host:0"), HasSubstr("1 to 65535"));
  EXPECT_THAT(message("tcp://host:70000"), HasSubstr("1 to 65535"));
  EXPECT_THAT(message("tcp://host:7x"), HasSubstr("1 to 65535"));
  EXPECT_THAT(message("tcp://host:7x"), HasSubstr("'host:7x'"));
}

}  // namespace
}  // namespace steppe
