#include "indexer/archive_input.h"

#include <archive.h>
#include <archive_entry.h>

#include <fmt/format.h>

#include "indexer/input_format.h"

namespace steppe {
namespace {

constexpr std::size_t kBlockBytes = 1 << 16;

}  // namespace

absl::StatusOr<std::unique_ptr<ArchiveInput>> ArchiveInput::Open(const std::string& path) {
  const bool from_stdin = path == "-";
  archive* handle = archive_read_new();
  if (handle == nullptr) return absl::ResourceExhaustedError("libarchive: out of memory");
  archive_read_support_filter_all(handle);
  // Named archives are read as archives; any other file is one stream. On
  // standard input there is no name, so archives are recognised by content.
  const bool is_archive = from_stdin || IsArchiveName(path);
  if (is_archive) {
    archive_read_support_format_tar(handle);
    archive_read_support_format_gnutar(handle);
    archive_read_support_format_zip(handle);
  }
  if (!is_archive || from_stdin) archive_read_support_format_raw(handle);
  // The raw format does not take an empty stream; this one does.
  archive_read_support_format_empty(handle);

  const int status = from_stdin ? archive_read_open_fd(handle, 0, kBlockBytes)
                                : archive_read_open_filename(handle, path.c_str(), kBlockBytes);
  std::unique_ptr<ArchiveInput> input(
      new ArchiveInput(from_stdin ? "(standard input)" : path, handle, is_archive));
  if (status != ARCHIVE_OK) return input->Error("cannot open");
  return input;
}

ArchiveInput::~ArchiveInput() { archive_read_free(handle_); }

absl::Status ArchiveInput::Error(const std::string& what) const {
  const char* detail = archive_error_string(handle_);
  return absl::DataLossError(fmt::format("{}: {}: {}",
                                         display_name_.empty() ? path_ : display_name_, what,
                                         detail != nullptr ? detail : "unknown libarchive error"));
}

absl::StatusOr<bool> ArchiveInput::NextEntry() {
  if (empty_entry_) return false;  // libarchive is already at its end
  while (true) {
    archive_entry* entry = nullptr;
    const int status = archive_read_next_header(handle_, &entry);
    if (status == ARCHIVE_EOF) {
      // An empty file (or an empty .gz) is still one entry, with no bytes.
      if (archive_format(handle_) == ARCHIVE_FORMAT_EMPTY && !IsArchiveName(path_) &&
          !single_entry_done_) {
        single_entry_done_ = true;
        empty_entry_ = true;
        display_name_ = path_;
        entry_name_ = path_;
        return true;
      }
      return false;
    }
    if (status != ARCHIVE_OK && status != ARCHIVE_WARN) return Error("cannot read archive");
    // The raw format names its one entry "data"; it is the input itself.
    const bool raw = archive_format(handle_) == ARCHIVE_FORMAT_RAW;
    if (raw) {
      if (single_entry_done_) return false;
      single_entry_done_ = true;
      display_name_ = path_;
      entry_name_ = path_;
      return true;
    }
    if (archive_entry_filetype(entry) != AE_IFREG) continue;
    const char* name = archive_entry_pathname(entry);
    entry_name_ = name != nullptr ? name : "";
    display_name_ = path_ + ":" + entry_name_;
    return true;
  }
}

absl::StatusOr<std::string_view> ArchiveInput::Next() {
  const void* buffer = nullptr;
  size_t size = 0;
  la_int64_t offset = 0;
  if (empty_entry_) return std::string_view();
  while (true) {
    const int status = archive_read_data_block(handle_, &buffer, &size, &offset);
    if (status == ARCHIVE_EOF) return std::string_view();
    if (status != ARCHIVE_OK && status != ARCHIVE_WARN) return Error("cannot read");
    if (size > 0) return std::string_view(static_cast<const char*>(buffer), size);
  }
}

std::uint64_t ArchiveInput::RawBytesRead() const {
  const la_int64_t bytes = archive_filter_bytes(handle_, -1);
  return bytes > 0 ? static_cast<std::uint64_t>(bytes) : 0;
}

}  // namespace steppe
