#include "tokenizers/english_words.h"

#include <algorithm>
#include <fstream>
#include <optional>
#include <sstream>
#include <vector>

#include <fmt/format.h>

#include "tokenizers/snapshot.h"
#include "tokenizers/snapshot_hash.h"

namespace steppe {
namespace {

constexpr std::string_view kSnapshotKind = "english-words";

}  // namespace

absl::StatusOr<std::unique_ptr<EnglishWords>> EnglishWords::Load(const std::string& path,
                                                                 std::string_view snapshot) {
  std::unique_ptr<EnglishWords> words(new EnglishWords());
  // The snapshot of this very file: nothing to read.
  const std::optional<SnapshotReader> given = SnapshotReader::Open(snapshot, kSnapshotKind);
  if (given.has_value() && given->Matches({path}) && words->Open(snapshot)) {
    words->from_snapshot_ = true;
    return words;
  }
  const std::optional<FileStamp> stamp = StampOf(path);
  std::ifstream file(path, std::ios::binary);
  if (!file) {
    return absl::NotFoundError(
        fmt::format("cannot read the English word list {} (Debian's wamerican)", path));
  }
  std::ostringstream read;
  read << file.rdbuf();
  const std::string text = read.str();
  std::vector<std::string_view> lower_case;
  std::string_view rest = text;
  while (!rest.empty()) {
    const std::size_t newline = rest.find('\n');
    std::string_view line = rest.substr(0, newline);
    rest.remove_prefix(newline == std::string_view::npos ? rest.size() : newline + 1);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (!line.empty() &&
        std::all_of(line.begin(), line.end(), [](char c) { return c >= 'a' && c <= 'z'; })) {
      lower_case.push_back(line);
    }
  }
  if (lower_case.empty()) {
    return absl::InvalidArgumentError(
        fmt::format("the English word list {} holds no lower-case words", path));
  }
  SnapshotWriter out(kSnapshotKind, {stamp.value_or(FileStamp{})}, SnapshotHash(text));
  FrozenStrings::Write(std::move(lower_case), out);
  words->owned_snapshot_ = std::move(out).Finish();
  if (!words->Open(words->owned_snapshot_)) {
    return absl::InternalError(fmt::format("the snapshot made of {} does not read back", path));
  }
  return words;
}

bool EnglishWords::Open(std::string_view snapshot) {
  std::optional<SnapshotReader> in = SnapshotReader::Open(snapshot, kSnapshotKind);
  if (!in.has_value()) return false;
  std::optional<FrozenStrings> words = FrozenStrings::Read(*in);
  if (!words.has_value()) return false;
  words_ = *words;
  snapshot_ = snapshot;
  return true;
}

}  // namespace steppe
