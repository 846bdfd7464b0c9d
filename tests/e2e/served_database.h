// ServedDatabase: a database folder served by xapian-tcpsrv on the loopback
// interface, for tests of remote shards; never beyond 127.0.0.1.
//
// Contract: the constructor starts `xapian-tcpsrv [--writable] --interface
// 127.0.0.1 --port P FOLDER` on a port the system says is free, and
// returns once the server accepts connections (ok() false, and error()
// saying why, when it did not within 10 s); the destructor stops it.
// target() is the address a stub file's "remote" line or --db tcp://
// takes.
#ifndef STEPPE_TESTS_E2E_SERVED_DATABASE_H_
#define STEPPE_TESTS_E2E_SERVED_DATABASE_H_

#include <memory>
#include <string>

#include "tests/e2e/tool_runner.h"

namespace steppe::testing {

class ServedDatabase {
 public:
  ServedDatabase(const std::string& server, const std::string& folder, bool writable);
  ~ServedDatabase();
  ServedDatabase(const ServedDatabase&) = delete;
  ServedDatabase& operator=(const ServedDatabase&) = delete;

  bool ok() const { return error_.empty(); }
  const std::string& error() const { return error_; }
  unsigned port() const { return port_; }
  std::string target() const { return "127.0.0.1:" + std::to_string(port_); }
  std::string url() const { return "tcp://" + target(); }

 private:
  std::unique_ptr<RunningTool> server_;
  unsigned port_ = 0;
  std::string error_;
};

// A loopback port nothing listens on now (the system's pick).
unsigned FreeLoopbackPort();
// Whether something accepts TCP connections on the loopback port.
bool AcceptsConnections(unsigned port);

}  // namespace steppe::testing

#endif  // STEPPE_TESTS_E2E_SERVED_DATABASE_H_
