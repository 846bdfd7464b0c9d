// Snapshot: what a loader worked out from a dictionary's files, as one
// block of bytes that is used where it lies (in the binary, where the
// build embedded it, or in memory), so that loading it parses nothing.
//
// Contract: a snapshot is a header (a magic, the format version, the
// snapshot's kind, the FileStamps of the files it was made from and a
// 64-bit fingerprint of their contents), then sections, each an 8-byte
// length and its bytes, padded to 8 bytes. SnapshotWriter writes one;
// SnapshotReader::Open reads its header, and is nullopt for a block that
// is not a snapshot of that kind and format (an empty one included); its
// sections are then read in the order they were written, each checked
// against the block's end and, when typed, against its type's size and
// alignment (a section of trivially copyable T is viewed in place, so the
// block must be 8-byte aligned and outlive what is read from it). What the
// sections hold is the loader's to check. A FileStamp is a file's size and
// modification time: it tells that an installed file is still the one a
// snapshot was made from without reading it (dpkg gives a package's files
// the package's times); Matches() compares a snapshot's stamps with the
// files'. Immutable; thread-safe.
#ifndef STEPPE_TOKENIZERS_SNAPSHOT_H_
#define STEPPE_TOKENIZERS_SNAPSHOT_H_

#include <cstdint>
#include <cstring>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace steppe {

struct FileStamp {
  std::uint64_t size = 0;
  std::int64_t modified_ns = 0;
  bool operator==(const FileStamp&) const = default;
};

// The stamp of the file at `path`, nullopt if it cannot be stat()ed.
std::optional<FileStamp> StampOf(const std::string& path);

class SnapshotWriter {
 public:
  SnapshotWriter(std::string_view kind, const std::vector<FileStamp>& stamps,
                 std::uint64_t fingerprint);

  void AddBytes(std::string_view bytes);
  template <typename T>
  void Add(std::span<const T> items) {
    static_assert(std::is_trivially_copyable_v<T> && alignof(T) <= 8);
    AddBytes(std::string_view(reinterpret_cast<const char*>(items.data()), items.size_bytes()));
  }
  template <typename T>
  void Add(const std::vector<T>& items) {
    Add(std::span<const T>(items));
  }

  // The snapshot; the writer is spent.
  std::string Finish() && { return std::move(out_); }

 private:
  void AddWord(std::uint64_t word);

  std::string out_;
};

class SnapshotReader {
 public:
  static std::optional<SnapshotReader> Open(std::string_view block, std::string_view kind);

  const std::vector<FileStamp>& stamps() const { return stamps_; }
  std::uint64_t fingerprint() const { return fingerprint_; }
  // Whether the files at `paths` have the stamps the snapshot was made from.
  bool Matches(const std::vector<std::string>& paths) const;

  // The next section; nullopt past the end or for a malformed section.
  std::optional<std::string_view> NextBytes();
  template <typename T>
  std::optional<std::span<const T>> Next() {
    static_assert(std::is_trivially_copyable_v<T> && alignof(T) <= 8);
    const std::optional<std::string_view> bytes = NextBytes();
    if (!bytes.has_value() || bytes->size() % sizeof(T) != 0 ||
        reinterpret_cast<std::uintptr_t>(bytes->data()) % alignof(T) != 0) {
      return std::nullopt;
    }
    return std::span<const T>(reinterpret_cast<const T*>(bytes->data()), bytes->size() / sizeof(T));
  }

 private:
  explicit SnapshotReader(std::string_view rest) : rest_(rest) {}
  std::optional<std::uint64_t> NextWord();

  std::string_view rest_;
  std::vector<FileStamp> stamps_;
  std::uint64_t fingerprint_ = 0;
};

}  // namespace steppe

#endif  // STEPPE_TOKENIZERS_SNAPSHOT_H_
