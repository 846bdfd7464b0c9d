#include "tests/e2e/served_database.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <thread>
#include <vector>

namespace steppe::testing {
namespace {

sockaddr_in Loopback(unsigned port) {
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(static_cast<std::uint16_t>(port));
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  return address;
}

}  // namespace

unsigned FreeLoopbackPort() {
  const int fd = socket(AF_INET, SOCK_STREAM, 0);
  if (fd < 0) return 0;
  sockaddr_in address = Loopback(0);
  socklen_t length = sizeof(address);
  unsigned port = 0;
  if (bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof(address)) == 0 &&
      getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) == 0) {
    port = ntohs(address.sin_port);
  }
  close(fd);
  return port;
}

bool AcceptsConnections(unsigned port) {
  const int fd = socket(AF_INET, SOCK_STREAM, 0);
  if (fd < 0) return false;
  const sockaddr_in address = Loopback(port);
  const bool connected =
      connect(fd, reinterpret_cast<const sockaddr*>(&address), sizeof(address)) == 0;
  close(fd);
  return connected;
}

ServedDatabase::ServedDatabase(const std::string& server, const std::string& folder,
                               bool writable) {
  if (server.empty()) {
    error_ = "no xapian-tcpsrv (package xapian-tools)";
    return;
  }
  // The port may be taken between the pick and the server's bind: try a few.
  for (int attempt = 0; attempt < 3; ++attempt) {
    port_ = FreeLoopbackPort();
    std::vector<std::string> arguments = {"--interface", "127.0.0.1", "--port",
                                          std::to_string(port_), "--quiet"};
    if (writable) arguments.emplace_back("--writable");
    arguments.push_back(folder);
    server_ = std::make_unique<RunningTool>(server, arguments);
    // A writable server takes one connection at a time, and a probe is one:
    // it is served and closed at once.
    for (int wait = 0; wait < 500; ++wait) {
      if (AcceptsConnections(port_)) return;
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    server_.reset();
  }
  error_ = "xapian-tcpsrv did not start serving " + folder;
}

// Killed, not asked to stop: xapian-tcpsrv answers SIGTERM by signalling
// its whole process group, which is the test's. What a writable server
// holds is committed by its client before the client disconnects.
ServedDatabase::~ServedDatabase() { server_.reset(); }

}  // namespace steppe::testing
