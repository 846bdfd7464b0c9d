// CompactShards: merges a sharded steppe database into one Xapian database,
// for archives that are read far more than written (one database to open,
// one B-tree per table to search, no space left free for updates).
//
// Contract: `path` is a steppe database of local shards behind a stub
// (shard_layout.h). The shards are compacted into a new database in the
// same folder with Xapian's compactor (xapian-compact's merge), then the
// stub is rewritten, atomically, to name only it, and the old shards are
// removed: a crash at any point leaves the stub naming either the old
// shards or the new database, both whole. The database stays a folder
// behind a stub, now of one shard, so steppe-index keeps adding to it and
// its documents keep their ids (Xapian renumbers docids). A database of one
// shard is compacted the same way. Served shards (remote lines) are an
// error: compact them on their servers.
#ifndef STEPPE_INDEXER_SHARD_COMPACTOR_H_
#define STEPPE_INDEXER_SHARD_COMPACTOR_H_

#include <cstdint>
#include <string>

#include "absl/status/statusor.h"

namespace steppe {

struct CompactStats {
  std::size_t shards_before = 0;
  std::uint64_t documents = 0;
  std::uint64_t bytes_before = 0;
  std::uint64_t bytes_after = 0;
  std::string database;  // the new database's folder
};

absl::StatusOr<CompactStats> CompactShards(const std::string& path);

}  // namespace steppe

#endif  // STEPPE_INDEXER_SHARD_COMPACTOR_H_
