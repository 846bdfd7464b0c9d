#include "indexer/shard_compactor.h"

#include <filesystem>
#include <system_error>
#include <vector>

#include <fmt/format.h>
#include <xapian.h>

#include "tokenizers/stub_file.h"

namespace steppe {
namespace {

namespace fs = std::filesystem;

std::uint64_t FolderBytes(const fs::path& folder) {
  std::uint64_t bytes = 0;
  std::error_code error;
  for (const auto& entry : fs::recursive_directory_iterator(folder, error)) {
    if (entry.is_regular_file(error)) bytes += entry.file_size(error);
  }
  return bytes;
}

// A name in `folder` that nothing has yet: compactN.
std::string FreshName(const fs::path& folder) {
  for (unsigned n = 0;; ++n) {
    std::string name = fmt::format("compact{}", n);
    std::error_code error;
    if (!fs::exists(folder / name, error)) return name;
  }
}

}  // namespace

absl::StatusOr<CompactStats> CompactShards(const std::string& path) {
  const fs::path stub = FindStubFile(path);
  if (stub.empty()) {
    std::error_code error;
    if (!fs::exists(path, error)) {
      return absl::NotFoundError(fmt::format("{}: no such database", path));
    }
    return absl::FailedPreconditionError(fmt::format(
        "{}: one database, not shards behind a stub file; xapian-compact {} OUT compacts it "
        "into a new folder",
        path, path));
  }
  auto entries = ReadStubFile(stub);
  if (!entries.ok()) return entries.status();
  const fs::path folder = stub.parent_path();
  std::vector<fs::path> shards;
  for (const StubEntry& entry : *entries) {
    if (!entry.IsLocal()) {
      return absl::FailedPreconditionError(
          fmt::format("{}:{}: '{}' is not a local shard; compact served shards on their servers",
                      stub.string(), entry.line, entry.text));
    }
    shards.push_back(entry.LocalPath(stub));
  }
  if (shards.empty()) {
    return absl::FailedPreconditionError(fmt::format("{}: names no databases", stub.string()));
  }
  CompactStats stats;
  stats.shards_before = shards.size();
  for (const fs::path& shard : shards) stats.bytes_before += FolderBytes(shard);
  const std::string name = FreshName(folder);
  const fs::path output = folder / name;
  try {
    Xapian::Database all;
    for (const fs::path& shard : shards) all.add_database(Xapian::Database(shard.string()));
    stats.documents = all.get_doccount();
    // Renumbered: Xapian interleaves the shards' docids; the merge appends
    // them one shard after another.
    all.compact(output.string(), Xapian::DBCOMPACT_MULTIPASS);
  } catch (const Xapian::Error& e) {
    std::error_code error;
    fs::remove_all(output, error);
    return absl::InternalError(fmt::format("{}: cannot compact: {}", path, e.get_description()));
  }
  // The stub now names the new database alone, by an atomic rename.
  if (absl::Status written = WriteStubFile(
          stub,
          fmt::format("steppe database, compacted from {} shard{}; a document's shard comes from "
                      "its id.",
                      shards.size(), shards.size() == 1 ? "" : "s"),
          {name});
      !written.ok()) {
    return written;
  }
  std::error_code error;
  for (const fs::path& shard : shards) {
    if (shard.parent_path() == folder) fs::remove_all(shard, error);  // not one elsewhere
  }
  stats.bytes_after = FolderBytes(output);
  stats.database = output.string();
  return stats;
}

}  // namespace steppe
