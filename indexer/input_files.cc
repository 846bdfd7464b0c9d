#include "indexer/input_files.h"

#include <algorithm>
#include <filesystem>
#include <system_error>

#include <fmt/format.h>

#include "indexer/input_format.h"

namespace steppe {
namespace fs = std::filesystem;

namespace {

bool IsHidden(const fs::path& path) {
  const std::string name = path.filename().string();
  return name.size() > 1 && name[0] == '.';
}

// Whether a file's name says it is a dump of records (JSON Lines, CSV,
// TSV), which may hold none; an empty page (text, HTML) or a file of no
// known name is left to its reader, which calls it a bad record.
bool HoldsRecords(const std::string& name) {
  const InputFormat format = FormatFromName(name);
  return format == InputFormat::kJsonLines || format == InputFormat::kCsv ||
         format == InputFormat::kTsv;
}

void WalkDirectory(const fs::path& root, InputListing& listing) {
  std::vector<fs::path> found;
  std::error_code error;
  fs::recursive_directory_iterator it(root, fs::directory_options::skip_permission_denied, error);
  if (error) {
    listing.ignored.push_back(
        fmt::format("{}: cannot read folder: {}", root.string(), error.message()));
    return;
  }
  for (; it != fs::recursive_directory_iterator(); it.increment(error)) {
    if (error) {
      // The iterator is not usable after a failed step: say where and stop.
      listing.ignored.push_back(
          fmt::format("{}: folder walk stopped early: {}", root.string(), error.message()));
      break;
    }
    const fs::directory_entry& entry = *it;
    if (IsHidden(entry.path())) {
      if (entry.is_directory(error)) it.disable_recursion_pending();
      continue;
    }
    if (entry.is_directory(error)) {
      // Links to folders are not followed (they may loop): said, not
      // dropped silently.
      if (entry.is_symlink(error)) {
        listing.ignored.push_back(fmt::format(
            "{}: a link to a folder, not followed (name it on the command line to read it)",
            entry.path().string()));
      }
      continue;
    }
    if (!entry.is_regular_file(error)) {
      listing.ignored.push_back(fmt::format("{}: not a regular file", entry.path().string()));
      continue;
    }
    const std::string name = entry.path().string();
    if (FormatFromName(name) == InputFormat::kUnknown && !IsArchiveName(name)) {
      listing.ignored.push_back(
          fmt::format("{}: no known format (name it on the command line to read it)", name));
      continue;
    }
    found.push_back(entry.path());
  }
  std::sort(found.begin(), found.end());
  for (const fs::path& path : found) {
    std::error_code size_error;
    const auto size = fs::file_size(path, size_error);
    if (!size_error && size == 0 && HoldsRecords(path.string())) {
      listing.ignored.push_back(fmt::format("{}: empty file, nothing to index", path.string()));
      continue;
    }
    listing.files.push_back({path.string(), size_error ? 0 : static_cast<std::uint64_t>(size)});
  }
}

}  // namespace

absl::StatusOr<InputListing> ListInputs(const std::vector<std::string>& arguments) {
  InputListing listing;
  bool stdin_seen = false;
  for (const std::string& argument : arguments) {
    if (argument == "-") {
      listing.files.push_back({"-", 0});
      stdin_seen = true;
      continue;
    }
    std::error_code error;
    const fs::file_status status = fs::status(argument, error);
    if (error || !fs::exists(status)) {
      return absl::NotFoundError(fmt::format("{}: no such file or folder", argument));
    }
    if (fs::is_directory(status)) {
      WalkDirectory(argument, listing);
    } else {
      const auto size = fs::file_size(argument, error);
      if (!error && size == 0 && fs::is_regular_file(status) && HoldsRecords(argument)) {
        listing.ignored.push_back(fmt::format("{}: empty file, nothing to index", argument));
        continue;
      }
      listing.files.push_back({argument, error ? 0 : static_cast<std::uint64_t>(size)});
    }
  }
  if (!stdin_seen) {
    for (const InputFile& file : listing.files) listing.total_bytes += file.bytes;
  }
  return listing;
}

}  // namespace steppe
