// StubFile: reading a Xapian stub database file, the text file that names
// the databases one database path spans ("auto shard0", "remote
// host:port" for one served by xapian-tcpsrv), whether given by name or as
// XAPIANDB inside a folder.
//
// Contract: FindStubFile says which stub a path stands for: the path itself
// when it is a file, DIR/XAPIANDB when the folder has one, else an empty
// path. ReadStubFile gives one entry per line that is neither blank nor a
// comment (#): its first word (the kind), the rest (the target, trailing
// blanks dropped) and its line number; an error only when the file cannot
// be read. StubEntry::IsLocal says whether an entry names a local database
// ("auto" or "glass" and a path), LocalPath where it is (relative to the
// stub's folder unless absolute). WriteStubFile writes a stub of local
// databases atomically (a temporary file renamed over it), so a crash
// leaves the old stub or the new one whole. The indexer writes stubs and
// the searcher reads them, so this lives, like index_schema.h, in the one
// library both depend on.
#ifndef STEPPE_TOKENIZERS_STUB_FILE_H_
#define STEPPE_TOKENIZERS_STUB_FILE_H_

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"

namespace steppe {

inline constexpr std::string_view kStubFileName = "XAPIANDB";

struct StubEntry {
  std::string kind;    // "auto", "glass", "remote", ...
  std::string target;  // a path (relative to the stub's folder) or a remote's address
  std::uint64_t line = 0;
  std::string text;  // the whole line, for messages

  bool IsLocal() const { return (kind == "auto" || kind == "glass") && !target.empty(); }
  std::filesystem::path LocalPath(const std::filesystem::path& stub) const;
};

std::filesystem::path FindStubFile(const std::string& path);

absl::StatusOr<std::vector<StubEntry>> ReadStubFile(const std::filesystem::path& stub);

// Writes `stub` naming the local databases `targets` ("auto TARGET" lines)
// under a "# comment" line.
absl::Status WriteStubFile(const std::filesystem::path& stub, std::string_view comment,
                           const std::vector<std::string>& targets);

}  // namespace steppe

#endif  // STEPPE_TOKENIZERS_STUB_FILE_H_
