// ShardLayout: which Xapian databases a steppe database path is made of.
//
// A steppe database is either one Xapian database at its path, or, when
// indexed with --shards N (N > 1), a folder holding N shard databases
// (shard0 ... shardN-1) and a Xapian stub file, XAPIANDB, that names them:
// Xapian::Database opens the folder as one database, so steppe-search and
// xapian-delve need nothing else.
//
// Contract: Prepare(path, requested) returns the shard paths to write.
// `requested` 0 keeps an existing database's layout and gives a new one
// `fallback` shards. A layout never changes under existing documents (each
// document's shard comes from its id), so asking an existing database for
// another number of shards fails with a message saying how many it has.
// The stub is written (atomically, by rename) before any shard, so a run
// killed at any point leaves a layout the next run picks up. Paths in the
// stub are relative, so the folder can be moved. A shard may also be a
// database served by `xapian-tcpsrv --writable`: the path tcp://HOST:PORT
// (one shard), or a stub's "remote HOST:PORT" line; such a shard's path is
// its tcp:// URL.
#ifndef STEPPE_INDEXER_SHARD_LAYOUT_H_
#define STEPPE_INDEXER_SHARD_LAYOUT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"

namespace steppe {

class ShardLayout {
 public:
  static absl::StatusOr<ShardLayout> Prepare(const std::string& path, unsigned requested,
                                             unsigned fallback);

  const std::vector<std::string>& shards() const { return shards_; }

  // The shard (0 ... shards().size() - 1) that holds the document with
  // this id term: the same in every run.
  std::size_t ShardOf(std::string_view id_term) const;

 private:
  explicit ShardLayout(std::vector<std::string> shards) : shards_(std::move(shards)) {}

  std::vector<std::string> shards_;
};

}  // namespace steppe

#endif  // STEPPE_INDEXER_SHARD_LAYOUT_H_
