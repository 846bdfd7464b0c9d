#include "indexer/shard_layout.h"

#include <filesystem>
#include <system_error>

#include <fmt/format.h>

#include "indexer/document_builder.h"
#include "tokenizers/remote_address.h"
#include "tokenizers/stub_file.h"

namespace steppe {
namespace {

namespace fs = std::filesystem;

std::string ShardName(unsigned shard) { return fmt::format("shard{}", shard); }

// The shard paths a stub file names, each "auto NAME" or "glass NAME" with
// NAME relative to the stub's folder.
absl::StatusOr<std::vector<std::string>> ReadStub(const fs::path& stub) {
  auto entries = ReadStubFile(stub);
  if (!entries.ok()) return entries.status();
  std::vector<std::string> shards;
  for (const StubEntry& entry : *entries) {
    if (entry.kind == "remote") {
      // A shard served writable by xapian-tcpsrv --writable.
      auto address = ParseRemoteTarget(entry.target);
      if (!address.ok()) {
        return absl::FailedPreconditionError(fmt::format("{}:{}: {}", stub.string(), entry.line,
                                                         std::string(address.status().message())));
      }
      shards.push_back(address->Url());
      continue;
    }
    if (!entry.IsLocal()) {
      return absl::FailedPreconditionError(fmt::format(
          "{}:{}: steppe-index writes local shards ('auto NAME') and served ones ('remote "
          "HOST:PORT'), not '{}'",
          stub.string(), entry.line, entry.text));
    }
    shards.push_back(entry.LocalPath(stub).string());
  }
  if (shards.empty()) {
    return absl::FailedPreconditionError(fmt::format("{}: names no databases", stub.string()));
  }
  return shards;
}

// Writes the stub naming `count` shards into `folder`, atomically.
absl::Status WriteStub(const fs::path& folder, unsigned count) {
  std::vector<std::string> shards;
  for (unsigned shard = 0; shard < count; ++shard) shards.push_back(ShardName(shard));
  return WriteStubFile(folder / kStubFileName,
                       fmt::format("steppe database of {} shards; a document's shard comes "
                                   "from its id.",
                                   count),
                       shards);
}

std::string Mismatch(const std::string& path, std::size_t has, unsigned requested) {
  return fmt::format(
      "{}: the database has {} shard{}, not {}; index into a new folder to change that", path, has,
      has == 1 ? "" : "s", requested);
}

}  // namespace

absl::StatusOr<ShardLayout> ShardLayout::Prepare(const std::string& path, unsigned requested,
                                                 unsigned fallback) {
  std::error_code error;
  auto remote = ParseRemoteUrl(path);
  if (!remote.ok()) return remote.status();
  if (remote->has_value()) {
    // One database on a server: its layout is the server's business.
    if (requested > 1) {
      return absl::FailedPreconditionError(fmt::format(
          "{}: a served database is one shard; to shard over servers, list them in a stub file "
          "('remote HOST:PORT' lines) and index into that",
          path));
    }
    return ShardLayout({(*remote)->Url()});
  }
  const fs::path root = path;
  if (const fs::path stub = FindStubFile(path); !stub.empty()) {
    auto shards = ReadStub(stub);
    if (!shards.ok()) return shards.status();
    if (requested != 0 && requested != shards->size()) {
      return absl::FailedPreconditionError(Mismatch(path, shards->size(), requested));
    }
    return ShardLayout(std::move(*shards));
  }
  const bool exists = fs::exists(root, error);
  const bool empty_folder = exists && fs::is_directory(root, error) && fs::is_empty(root, error);
  if (exists && !empty_folder) {
    // One database (or whatever is there: IndexWriter says what is wrong).
    if (requested > 1) return absl::FailedPreconditionError(Mismatch(path, 1, requested));
    return ShardLayout({path});
  }
  const unsigned count = requested != 0 ? requested : std::max(1U, fallback);
  if (count == 1) return ShardLayout({path});
  fs::create_directories(root, error);
  if (error) {
    return absl::UnavailableError(fmt::format("{}: cannot create: {}", path, error.message()));
  }
  if (auto written = WriteStub(root, count); !written.ok()) return written;
  std::vector<std::string> shards;
  for (unsigned shard = 0; shard < count; ++shard)
    shards.push_back((root / ShardName(shard)).string());
  return ShardLayout(std::move(shards));
}

std::size_t ShardLayout::ShardOf(std::string_view id_term) const {
  return shards_.size() == 1 ? 0 : StableHash64(id_term) % shards_.size();
}

}  // namespace steppe
