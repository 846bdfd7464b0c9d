// Writes real compressed files and archives with libarchive's write API,
// for the tests that read them back.
#ifndef STEPPE_TESTS_INDEXER_ARCHIVE_TEST_UTIL_H_
#define STEPPE_TESTS_INDEXER_ARCHIVE_TEST_UTIL_H_

#include <archive.h>
#include <archive_entry.h>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <gtest/gtest.h>

namespace steppe::testing {

enum class Compression { kNone, kGzip, kBzip2, kXz, kZstd };
enum class ArchiveFormat { kRaw, kTar, kZip };

struct Member {
  std::string name;
  std::string content;
};

inline void AddFilter(archive* handle, Compression compression) {
  int status = ARCHIVE_OK;
  switch (compression) {
    case Compression::kNone:
      status = archive_write_add_filter_none(handle);
      break;
    case Compression::kGzip:
      status = archive_write_add_filter_gzip(handle);
      break;
    case Compression::kBzip2:
      status = archive_write_add_filter_bzip2(handle);
      break;
    case Compression::kXz:
      status = archive_write_add_filter_xz(handle);
      break;
    case Compression::kZstd:
      status = archive_write_add_filter_zstd(handle);
      break;
  }
  ASSERT_EQ(status, ARCHIVE_OK) << archive_error_string(handle);
}

// Writes `members` to `path`: as a tar or zip archive, or (kRaw, exactly one
// member) as a single compressed stream.
inline void WriteArchive(const std::string& path, ArchiveFormat format, Compression compression,
                         const std::vector<Member>& members) {
  archive* handle = archive_write_new();
  ASSERT_NE(handle, nullptr);
  AddFilter(handle, compression);
  int status = ARCHIVE_OK;
  switch (format) {
    case ArchiveFormat::kRaw:
      ASSERT_EQ(members.size(), 1u) << "a raw stream holds one member";
      status = archive_write_set_format_raw(handle);
      break;
    case ArchiveFormat::kTar:
      status = archive_write_set_format_pax_restricted(handle);
      break;
    case ArchiveFormat::kZip:
      status = archive_write_set_format_zip(handle);
      break;
  }
  ASSERT_EQ(status, ARCHIVE_OK) << archive_error_string(handle);
  ASSERT_EQ(archive_write_open_filename(handle, path.c_str()), ARCHIVE_OK)
      << archive_error_string(handle);
  for (const Member& member : members) {
    archive_entry* entry = archive_entry_new();
    archive_entry_set_pathname(entry, member.name.c_str());
    archive_entry_set_filetype(entry, AE_IFREG);
    archive_entry_set_perm(entry, 0644);
    archive_entry_set_size(entry, static_cast<la_int64_t>(member.content.size()));
    ASSERT_EQ(archive_write_header(handle, entry), ARCHIVE_OK) << archive_error_string(handle);
    if (!member.content.empty()) {
      ASSERT_EQ(archive_write_data(handle, member.content.data(), member.content.size()),
                static_cast<la_ssize_t>(member.content.size()))
          << archive_error_string(handle);
    }
    archive_entry_free(entry);
  }
  ASSERT_EQ(archive_write_close(handle), ARCHIVE_OK) << archive_error_string(handle);
  archive_write_free(handle);
}

// A single file compressed with `compression`.
inline void WriteCompressed(const std::string& path, Compression compression,
                            const std::string& content) {
  WriteArchive(path, ArchiveFormat::kRaw, compression, {{"data", content}});
}

// A folder entry, for archives that hold folders as well as files.
inline void WriteTarWithFolder(const std::string& path, const std::string& folder,
                               const std::vector<Member>& files) {
  archive* handle = archive_write_new();
  ASSERT_NE(handle, nullptr);
  AddFilter(handle, Compression::kGzip);
  ASSERT_EQ(archive_write_set_format_pax_restricted(handle), ARCHIVE_OK);
  ASSERT_EQ(archive_write_open_filename(handle, path.c_str()), ARCHIVE_OK);
  archive_entry* dir = archive_entry_new();
  archive_entry_set_pathname(dir, folder.c_str());
  archive_entry_set_filetype(dir, AE_IFDIR);
  archive_entry_set_perm(dir, 0755);
  ASSERT_EQ(archive_write_header(handle, dir), ARCHIVE_OK) << archive_error_string(handle);
  archive_entry_free(dir);
  for (const Member& member : files) {
    archive_entry* entry = archive_entry_new();
    archive_entry_set_pathname(entry, (folder + "/" + member.name).c_str());
    archive_entry_set_filetype(entry, AE_IFREG);
    archive_entry_set_perm(entry, 0644);
    archive_entry_set_size(entry, static_cast<la_int64_t>(member.content.size()));
    ASSERT_EQ(archive_write_header(handle, entry), ARCHIVE_OK) << archive_error_string(handle);
    ASSERT_EQ(archive_write_data(handle, member.content.data(), member.content.size()),
              static_cast<la_ssize_t>(member.content.size()));
    archive_entry_free(entry);
  }
  ASSERT_EQ(archive_write_close(handle), ARCHIVE_OK) << archive_error_string(handle);
  archive_write_free(handle);
}

}  // namespace steppe::testing

#endif  // STEPPE_TESTS_INDEXER_ARCHIVE_TEST_UTIL_H_
