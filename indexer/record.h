// Record: one article as read from a dump, before analysis.
//
// Contract: readers fill the fields they find, as written (the date in any
// format, the language as any code or empty); `origin` says where the record
// came from for messages. The document builder validates and normalises.
#ifndef STEPPE_INDEXER_RECORD_H_
#define STEPPE_INDEXER_RECORD_H_

#include <cstdint>
#include <string>

namespace steppe {

// Where a record or a problem is: "dump.jsonl:12", "pages.tar.gz:a.txt".
struct Origin {
  std::string file;
  std::uint64_t line = 0;  // 0 when the record is a whole file

  std::string ToString() const { return line == 0 ? file : file + ":" + std::to_string(line); }
};

struct Record {
  std::string id;
  std::string url;
  std::string title;
  std::string text;
  std::string date;
  std::string lang;
  std::string source;
  Origin origin;
};

}  // namespace steppe

#endif  // STEPPE_INDEXER_RECORD_H_
