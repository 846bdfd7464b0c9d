#include "tokenizers/stub_file.h"

#include <fstream>
#include <system_error>

namespace steppe {

std::filesystem::path FindStubFile(const std::string& path) {
  std::error_code error;
  std::filesystem::path root = path;
  if (std::filesystem::is_regular_file(root, error)) return root;
  if (std::filesystem::is_regular_file(root / kStubFileName, error)) return root / kStubFileName;
  return {};
}

absl::StatusOr<std::vector<StubEntry>> ReadStubFile(const std::filesystem::path& stub) {
  std::ifstream in(stub);
  if (!in) return absl::UnavailableError(stub.string() + ": cannot read");
  std::vector<StubEntry> entries;
  std::string line;
  for (std::uint64_t number = 1; std::getline(in, line); ++number) {
    const auto first = line.find_first_not_of(" \t\r");
    if (first == std::string::npos || line[first] == '#') continue;
    StubEntry entry;
    const auto space = line.find_first_of(" \t\r", first);
    entry.kind = line.substr(first, space - first);
    const auto target = space == std::string::npos ? space : line.find_first_not_of(" \t", space);
    if (target != std::string::npos) entry.target = line.substr(target);
    while (!entry.target.empty() && (entry.target.back() == '\r' || entry.target.back() == ' ' ||
                                     entry.target.back() == '\t')) {
      entry.target.pop_back();
    }
    entry.line = number;
    entry.text = line;
    entries.push_back(std::move(entry));
  }
  return entries;
}

std::filesystem::path StubEntry::LocalPath(const std::filesystem::path& stub) const {
  const std::filesystem::path path = target;
  return path.is_absolute() ? path : stub.parent_path() / path;
}

absl::Status WriteStubFile(const std::filesystem::path& stub, std::string_view comment,
                           const std::vector<std::string>& targets) {
  const std::filesystem::path temporary = stub.string() + ".tmp";
  {
    std::ofstream out(temporary, std::ios::trunc);
    out << "# " << comment << "\n";
    for (const std::string& target : targets) out << "auto " << target << "\n";
    out.flush();
    if (!out) return absl::UnavailableError(temporary.string() + ": cannot write");
  }
  std::error_code error;
  std::filesystem::rename(temporary, stub, error);
  if (error) return absl::UnavailableError(stub.string() + ": cannot write: " + error.message());
  return absl::OkStatus();
}

}  // namespace steppe
