// ListInputs: turns the command line's INPUT arguments into files to read.
//
// Contract: "-" is standard input; a file is taken as named, whatever its
// extension; a directory is walked recursively in sorted order, taking the
// files whose names say a format steppe reads (see input_format.h) or an
// archive, and listing every other file in `ignored` with the reason, so
// nothing is passed over silently. Hidden files and folders (".git") are not
// walked; symbolic links to folders are not followed (no loops) and are
// listed in `ignored`, as is an empty file of records (JSON Lines, CSV,
// TSV; an empty page is left to its reader, a bad record). A missing
// argument is an error naming it.
#ifndef STEPPE_INDEXER_INPUT_FILES_H_
#define STEPPE_INDEXER_INPUT_FILES_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/status/statusor.h"

namespace steppe {

struct InputFile {
  std::string path;         // "-" for standard input
  std::uint64_t bytes = 0;  // size on disk, 0 when unknown
};

struct InputListing {
  std::vector<InputFile> files;
  std::vector<std::string> ignored;  // "path: why"
  std::uint64_t total_bytes = 0;     // 0 when standard input is among the inputs
};

absl::StatusOr<InputListing> ListInputs(const std::vector<std::string>& arguments);

}  // namespace steppe

#endif  // STEPPE_INDEXER_INPUT_FILES_H_
