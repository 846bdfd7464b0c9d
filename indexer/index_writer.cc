#include "indexer/index_writer.h"

#include <fmt/format.h>

#include "tokenizers/index_schema.h"
#include "tokenizers/remote_address.h"

namespace steppe {

absl::StatusOr<std::unique_ptr<IndexWriter>> IndexWriter::Open(const std::string& path,
                                                               unsigned commit_every, bool wait) {
  auto remote = ParseRemoteUrl(path);
  if (!remote.ok()) return remote.status();
  try {
    Xapian::WritableDatabase db =
        remote->has_value()
            ? Xapian::Remote::open_writable((*remote)->host, (*remote)->port)
            : Xapian::WritableDatabase(
                  path, Xapian::DB_CREATE_OR_OPEN | (wait ? Xapian::DB_RETRY_LOCK : 0));
    const std::string version = db.get_metadata(std::string(schema::kSchemaVersionKey));
    const std::string expected = std::to_string(schema::kSchemaVersion);
    if (version.empty()) {
      if (db.get_doccount() > 0) {
        return absl::FailedPreconditionError(
            fmt::format("{}: a Xapian database not made by steppe; index into a new folder", path));
      }
      db.set_metadata(std::string(schema::kSchemaVersionKey), expected);
    } else if (version != expected) {
      return absl::FailedPreconditionError(fmt::format(
          "{}: made with steppe schema {}, this steppe writes schema {}; index into a new folder",
          path, version, expected));
    }
    return std::unique_ptr<IndexWriter>(new IndexWriter(std::move(db), commit_every));
  } catch (const Xapian::NetworkError& e) {
    return absl::UnavailableError(
        fmt::format("{}: cannot reach the database server (is it xapian-tcpsrv --writable?): {}",
                    path, e.get_msg()));
  } catch (const Xapian::DatabaseLockError&) {
    return absl::UnavailableError(fmt::format(
        "{}: database is locked by another indexer (--wait waits for it to finish)", path));
  } catch (const Xapian::Error& e) {
    return absl::InternalError(
        fmt::format("{}: cannot open database: {}", path, e.get_description()));
  }
}

absl::StatusOr<IndexWriter::Outcome> IndexWriter::Write(const BuiltDocument& built) {
  try {
    const bool existed = db_.term_exists(built.id_term);
    db_.replace_document(built.id_term, built.document);
    uncommitted_postings_ += built.document.termlist_count();
    if (++uncommitted_ >= commit_every_ || uncommitted_postings_ >= kCommitPostings) {
      db_.commit();
      uncommitted_ = 0;
      uncommitted_postings_ = 0;
    }
    return existed ? Outcome::kReplaced : Outcome::kAdded;
  } catch (const Xapian::Error& e) {
    return absl::InternalError(
        fmt::format("cannot write document '{}': {}", built.id, e.get_description()));
  }
}

absl::Status IndexWriter::Commit() {
  try {
    db_.commit();
    uncommitted_ = 0;
    uncommitted_postings_ = 0;
    return absl::OkStatus();
  } catch (const Xapian::Error& e) {
    return absl::InternalError(fmt::format("cannot commit: {}", e.get_description()));
  }
}

}  // namespace steppe
