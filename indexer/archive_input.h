// ArchiveInput: one input (a file or standard input) opened through
// libarchive, as a sequence of members, each a ByteSource.
//
// Contract: any input may be compressed (.gz .zst .bz2 .xz, detected from
// the bytes, not the name). A .tar or .zip (compressed or not) yields one
// entry per regular member; any other input yields exactly one entry, the
// decompressed content. Standard input may also be a tar or zip archive.
// Errors (a truncated stream, a corrupt archive) come back as Status naming
// the input.
#ifndef STEPPE_INDEXER_ARCHIVE_INPUT_H_
#define STEPPE_INDEXER_ARCHIVE_INPUT_H_

#include <cstdint>
#include <memory>
#include <string>

#include "absl/status/statusor.h"
#include "indexer/byte_source.h"

struct archive;

namespace steppe {

class ArchiveInput : public ByteSource {
 public:
  // `path` "-" means standard input.
  static absl::StatusOr<std::unique_ptr<ArchiveInput>> Open(const std::string& path);
  ~ArchiveInput() override;
  ArchiveInput(const ArchiveInput&) = delete;
  ArchiveInput& operator=(const ArchiveInput&) = delete;

  // Moves to the next member; false when there are no more.
  absl::StatusOr<bool> NextEntry();

  // For messages: "dump.jsonl.gz", or "pages.tar.gz:site/a.html" for a member.
  const std::string& EntryDisplayName() const { return display_name_; }
  // For format detection: the member's name, or the input's own.
  const std::string& EntryName() const { return entry_name_; }

  // The current entry's bytes, decompressed.
  absl::StatusOr<std::string_view> Next() override;

  // Bytes read from the input so far, before decompression.
  std::uint64_t RawBytesRead() const;

 private:
  ArchiveInput(std::string path, archive* handle, bool is_archive)
      : path_(std::move(path)), handle_(handle), is_archive_(is_archive) {}
  absl::Status Error(const std::string& what) const;

  std::string path_;
  archive* handle_;
  bool is_archive_;
  bool single_entry_done_ = false;
  bool empty_entry_ = false;  // the one entry of an empty input
  std::string display_name_;
  std::string entry_name_;
};

}  // namespace steppe

#endif  // STEPPE_INDEXER_ARCHIVE_INPUT_H_
