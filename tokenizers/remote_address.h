// RemoteAddress: where a database served by xapian-tcpsrv is, as steppe's
// tools name it on the command line (tcp://HOST:PORT) and as a Xapian stub
// file's "remote HOST:PORT" line does.
//
// Contract: ParseRemoteUrl accepts "tcp://HOST:PORT" and nothing else
// (nullopt for a path: the caller opens it as a local database), and gives
// an error for a tcp:// URL without a host or a port in 1..65535;
// ParseRemoteTarget does the same for a stub line's target, "HOST:PORT".
// HOST may be a name, an IPv4 address or an IPv6 address in brackets
// ([::1]:4000, brackets dropped). Url() writes the address back in the
// first form. Shared by the indexer (writable remote shards) and the
// searcher.
#ifndef STEPPE_TOKENIZERS_REMOTE_ADDRESS_H_
#define STEPPE_TOKENIZERS_REMOTE_ADDRESS_H_

#include <optional>
#include <string>
#include <string_view>

#include "absl/status/statusor.h"

namespace steppe {

struct RemoteAddress {
  std::string host;
  unsigned port = 0;

  std::string Url() const;
};

inline constexpr std::string_view kRemoteScheme = "tcp://";

absl::StatusOr<std::optional<RemoteAddress>> ParseRemoteUrl(std::string_view text);
absl::StatusOr<RemoteAddress> ParseRemoteTarget(std::string_view target);

}  // namespace steppe

#endif  // STEPPE_TOKENIZERS_REMOTE_ADDRESS_H_
