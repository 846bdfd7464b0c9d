// DatabaseSet: the databases one search runs over, opened as one.
//
// Contract: each path is a steppe database folder, a Xapian stub file
// listing several (local ones, or "remote HOST:PORT" lines for databases
// served by xapian-tcpsrv), or tcp://HOST:PORT for one served database;
// all are combined into one Xapian::Database and searched as one ranked
// whole. A server that cannot be reached is an error naming it. A path that does not exist or is
// not a Xapian database is an error naming it, and so is a steppe database of another schema
// version (its terms come from another analysis). DatabaseOf maps a docid of the combined database
// back to the path it came from (Xapian interleaves the docids of its shards, and a stub file
// counts as the shards it lists).
#ifndef STEPPE_SEARCHER_DATABASE_SET_H_
#define STEPPE_SEARCHER_DATABASE_SET_H_

#include <string>
#include <vector>

#include <xapian.h>

#include "absl/status/statusor.h"

namespace steppe {

class DatabaseSet {
 public:
  static absl::StatusOr<DatabaseSet> Open(const std::vector<std::string>& paths);

  const Xapian::Database& database() const { return database_; }
  // Moves to the databases' latest commit (after Xapian's
  // DatabaseModifiedError: an indexer committed while a search read).
  void Reopen() const { database_.reopen(); }
  const std::string& DatabaseOf(Xapian::docid docid) const;
  // Whether some of the databases are served over the network (each read
  // of a posting or position list is then a round trip).
  bool served() const { return served_; }

 private:
  // Mutable for Reopen(): what it opens is the same databases, later.
  mutable Xapian::Database database_;
  std::vector<std::string> shard_owner_;  // the path each shard came from
  bool served_ = false;
};

}  // namespace steppe

#endif  // STEPPE_SEARCHER_DATABASE_SET_H_
