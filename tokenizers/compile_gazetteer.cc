// compile_gazetteer: reads gazetteer files (gazetteer.h's format) and writes
// their snapshot, for the build to compile in as the bundled gazetteer.
//
//   compile_gazetteer OUT FILE...
//
// A malformed line or a name given to two entities fails the build with the
// file, line and what is wrong. Exits 0 when OUT is written, 1 on an error
// in a file or when OUT cannot be written, 2 on a bad command line.
#include <fstream>
#include <iostream>
#include <string>

#include "tokenizers/gazetteer.h"

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: compile_gazetteer OUT FILE...\n";
    return 2;
  }
  steppe::Gazetteer gazetteer;
  for (int i = 2; i < argc; ++i) {
    if (const absl::Status added = gazetteer.AddFile(argv[i]); !added.ok()) {
      std::cerr << "compile_gazetteer: " << added.message() << "\n";
      return 1;
    }
  }
  const absl::StatusOr<std::string> snapshot = gazetteer.Snapshot();
  if (!snapshot.ok()) {
    std::cerr << "compile_gazetteer: " << snapshot.status().message() << "\n";
    return 1;
  }
  std::ofstream out(argv[1], std::ios::binary | std::ios::trunc);
  out << *snapshot;
  out.close();
  if (!out) {
    std::cerr << "compile_gazetteer: cannot write " << argv[1] << "\n";
    return 1;
  }
  return 0;
}
