// RecordSink: where readers deliver what they read.
//
// Contract: a reader calls OnRecord for each record it could read and
// OnBadRecord for each one it could not, with where and why, then goes on
// with the next; it never drops one silently. OnRecord returns false to ask
// the reader to stop early (Ctrl-C, --strict); the reader then returns OK.
#ifndef STEPPE_INDEXER_RECORD_SINK_H_
#define STEPPE_INDEXER_RECORD_SINK_H_

#include <string_view>

#include "indexer/record.h"

namespace steppe {

class RecordSink {
 public:
  virtual ~RecordSink() = default;
  virtual bool OnRecord(Record record) = 0;
  virtual bool OnBadRecord(const Origin& origin, std::string_view problem) = 0;
};

}  // namespace steppe

#endif  // STEPPE_INDEXER_RECORD_SINK_H_
