#include "tokenizers/remote_address.h"

#include <charconv>

#include <fmt/format.h>

namespace steppe {

std::string RemoteAddress::Url() const {
  const bool ipv6 = host.find(':') != std::string::npos;
  return fmt::format("{}{}{}{}:{}", kRemoteScheme, ipv6 ? "[" : "", host, ipv6 ? "]" : "", port);
}

absl::StatusOr<RemoteAddress> ParseRemoteTarget(std::string_view target) {
  const auto bad = [&](std::string_view why) {
    return absl::InvalidArgumentError(
        fmt::format("'{}': {} (expected HOST:PORT, such as 127.0.0.1:7000)", target, why));
  };
  const std::size_t colon = target.rfind(':');
  if (colon == std::string_view::npos) return bad("no port");
  std::string_view host = target.substr(0, colon);
  const std::string_view port_text = target.substr(colon + 1);
  if (host.size() >= 2 && host.front() == '[' && host.back() == ']') {
    host = host.substr(1, host.size() - 2);
  } else if (host.find(':') != std::string_view::npos) {
    return bad("an IPv6 address must be in brackets");
  }
  if (host.empty()) return bad("no host");
  unsigned port = 0;
  const auto [end, error] =
      std::from_chars(port_text.data(), port_text.data() + port_text.size(), port);
  if (error != std::errc() || end != port_text.data() + port_text.size() || port == 0 ||
      port > 65535) {
    return bad("the port is not a number from 1 to 65535");
  }
  return RemoteAddress{std::string(host), port};
}

absl::StatusOr<std::optional<RemoteAddress>> ParseRemoteUrl(std::string_view text) {
  if (!text.starts_with(kRemoteScheme)) return std::nullopt;
  auto address = ParseRemoteTarget(text.substr(kRemoteScheme.size()));
  if (!address.ok()) return address.status();
  return std::optional<RemoteAddress>(std::move(*address));
}

}  // namespace steppe
