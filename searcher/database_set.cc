#include "searcher/database_set.h"

#include <algorithm>
#include <filesystem>
#include <utility>

#include <fmt/format.h>

#include "tokenizers/index_schema.h"
#include "tokenizers/remote_address.h"
#include "tokenizers/stub_file.h"

namespace steppe {
namespace {

// How many shards a path holds (the entries of its stub file, else one),
// and whether some are served over the network.
std::pair<std::size_t, bool> ShardsOf(const std::string& path) {
  const std::filesystem::path stub = FindStubFile(path);
  if (stub.empty()) return {1, false};
  const auto entries = ReadStubFile(stub);
  if (!entries.ok() || entries->empty()) return {1, false};
  const bool served = std::any_of(entries->begin(), entries->end(),
                                  [](const StubEntry& entry) { return entry.kind == "remote"; });
  return {entries->size(), served};
}

}  // namespace

absl::StatusOr<DatabaseSet> DatabaseSet::Open(const std::vector<std::string>& paths) {
  DatabaseSet set;
  for (const std::string& path : paths) {
    auto remote = ParseRemoteUrl(path);
    if (!remote.ok()) return remote.status();
    std::error_code error;
    if (!remote->has_value() && !std::filesystem::exists(path, error)) {
      return absl::NotFoundError(fmt::format("{}: no such database", path));
    }
    try {
      const Xapian::Database database = remote->has_value()
                                            ? Xapian::Remote::open((*remote)->host, (*remote)->port)
                                            : Xapian::Database(path);
      // A database analysed another way would silently miss: say so instead.
      const std::string version = database.get_metadata(std::string(schema::kSchemaVersionKey));
      if (!version.empty() && version != std::to_string(schema::kSchemaVersion)) {
        return absl::FailedPreconditionError(fmt::format(
            "{}: made with steppe schema {}, this steppe searches schema {}; re-index it", path,
            version, schema::kSchemaVersion));
      }
      set.database_.add_database(database);
    } catch (const Xapian::NetworkError& e) {
      return absl::UnavailableError(
          fmt::format("{}: cannot reach the database server: {}", path, e.get_msg()));
    } catch (const Xapian::DatabaseOpeningError& e) {
      return absl::NotFoundError(fmt::format("{}: not a steppe database ({})", path, e.get_msg()));
    } catch (const Xapian::Error& e) {
      return absl::InternalError(fmt::format("{}: cannot open: {}", path, e.get_description()));
    }
    auto [shards, served] =
        std::filesystem::is_regular_file(path) || std::filesystem::is_directory(path)
            ? ShardsOf(path)
            : std::pair<std::size_t, bool>{1, false};
    set.served_ = set.served_ || served || remote->has_value();
    for (std::size_t i = 0; i < shards; ++i) set.shard_owner_.push_back(path);
  }
  return set;
}

const std::string& DatabaseSet::DatabaseOf(Xapian::docid docid) const {
  return shard_owner_[(docid - 1) % shard_owner_.size()];
}

}  // namespace steppe
