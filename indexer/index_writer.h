// IndexWriter: the one writer of a steppe database.
//
// Contract: Open creates the database or opens an existing one of the same
// schema, and fails with a clear message when another process holds the
// write lock. Write replaces any document with the same id term (so
// re-indexing never duplicates) and says whether it added or replaced. Work
// is committed every `commit_every` documents, or sooner, once the
// uncommitted documents hold kCommitPostings postings, and by Commit();
// Xapian's commits are atomic, so a crash or a kill loses at most the
// documents since the last commit and never corrupts what was committed.
#ifndef STEPPE_INDEXER_INDEX_WRITER_H_
#define STEPPE_INDEXER_INDEX_WRITER_H_

#include <cstdint>
#include <memory>
#include <string>

#include <xapian.h>

#include "absl/status/statusor.h"
#include "indexer/document_builder.h"

namespace steppe {

class IndexWriter {
 public:
  enum class Outcome { kAdded, kReplaced };

  // Xapian holds uncommitted postings in sorted maps that every new
  // posting searches, so a batch too large costs more per posting than its
  // commit saves. Measured on 20 MB of news (about 210 postings an
  // article): 50,000 a batch indexed 13% faster than 1,000 articles, and
  // 25,000 or 100,000 no faster (bench/README.md).
  static constexpr std::uint64_t kCommitPostings = 50000;

  // `wait`: when another indexer holds the database, wait for it to
  // finish instead of failing with "database is locked by another indexer".
  static absl::StatusOr<std::unique_ptr<IndexWriter>> Open(const std::string& path,
                                                           unsigned commit_every,
                                                           bool wait = false);

  absl::StatusOr<Outcome> Write(const BuiltDocument& built);
  absl::Status Commit();
  Xapian::doccount DocCount() const { return db_.get_doccount(); }

 private:
  IndexWriter(Xapian::WritableDatabase db, unsigned commit_every)
      : db_(std::move(db)), commit_every_(commit_every) {}

  Xapian::WritableDatabase db_;
  unsigned commit_every_;
  unsigned uncommitted_ = 0;
  std::uint64_t uncommitted_postings_ = 0;
};

}  // namespace steppe

#endif  // STEPPE_INDEXER_INDEX_WRITER_H_
