#include "tokenizers/snapshot.h"

#include <sys/stat.h>

#include <algorithm>

namespace steppe {
namespace {

constexpr std::string_view kMagic = "steppesn";  // 8 bytes
// Bumped whenever the layout of a header or of any kind's sections changes.
constexpr std::uint64_t kFormatVersion = 1;

}  // namespace

std::optional<FileStamp> StampOf(const std::string& path) {
  struct stat info {};
  if (stat(path.c_str(), &info) != 0) return std::nullopt;
  return FileStamp{
      static_cast<std::uint64_t>(info.st_size),
      static_cast<std::int64_t>(info.st_mtim.tv_sec) * 1'000'000'000 + info.st_mtim.tv_nsec};
}

SnapshotWriter::SnapshotWriter(std::string_view kind, const std::vector<FileStamp>& stamps,
                               std::uint64_t fingerprint) {
  out_.append(kMagic);
  AddWord(kFormatVersion);
  AddBytes(kind);
  Add(stamps);
  AddWord(fingerprint);
}

void SnapshotWriter::AddWord(std::uint64_t word) {
  char bytes[sizeof word];
  std::memcpy(bytes, &word, sizeof word);
  out_.append(bytes, sizeof bytes);
}

void SnapshotWriter::AddBytes(std::string_view bytes) {
  AddWord(bytes.size());
  out_.append(bytes);
  out_.append((8 - bytes.size() % 8) % 8, '\0');
}

std::optional<SnapshotReader> SnapshotReader::Open(std::string_view block, std::string_view kind) {
  if (block.substr(0, kMagic.size()) != kMagic) return std::nullopt;
  SnapshotReader reader(block.substr(kMagic.size()));
  if (reader.NextWord() != kFormatVersion || reader.NextBytes() != kind) return std::nullopt;
  const std::optional<std::span<const FileStamp>> stamps = reader.Next<FileStamp>();
  const std::optional<std::uint64_t> fingerprint = reader.NextWord();
  if (!stamps.has_value() || !fingerprint.has_value()) return std::nullopt;
  reader.stamps_.assign(stamps->begin(), stamps->end());
  reader.fingerprint_ = *fingerprint;
  return reader;
}

bool SnapshotReader::Matches(const std::vector<std::string>& paths) const {
  if (paths.size() != stamps_.size()) return false;
  for (std::size_t i = 0; i < paths.size(); ++i) {
    if (StampOf(paths[i]) != stamps_[i]) return false;
  }
  return true;
}

std::optional<std::uint64_t> SnapshotReader::NextWord() {
  std::uint64_t word = 0;
  if (rest_.size() < sizeof word) return std::nullopt;
  std::memcpy(&word, rest_.data(), sizeof word);
  rest_.remove_prefix(sizeof word);
  return word;
}

std::optional<std::string_view> SnapshotReader::NextBytes() {
  const std::optional<std::uint64_t> size = NextWord();
  if (!size.has_value() || *size > rest_.size()) return std::nullopt;
  const std::string_view bytes = rest_.substr(0, *size);
  rest_.remove_prefix(std::min<std::size_t>(rest_.size(), *size + (8 - *size % 8) % 8));
  return bytes;
}

}  // namespace steppe
