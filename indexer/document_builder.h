// DocumentBuilder: turns a Record into the Xapian document steppe stores,
// laid out as tokenizers/index_schema.h says.
//
// Contract: a record without text is refused with the reason. The id term
// comes from the record's id, else its url, else a hash of its title and
// text, so the same article indexed twice lands on the same document. The
// language is the record's own when it names one, else guessed from the
// text. A date that cannot be read leaves the document without a date and
// adds a warning; nothing else about the record is changed silently.
#ifndef STEPPE_INDEXER_DOCUMENT_BUILDER_H_
#define STEPPE_INDEXER_DOCUMENT_BUILDER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <xapian.h>

#include "absl/status/statusor.h"
#include "indexer/record.h"
#include "tokenizers/analyzer.h"
#include "tokenizers/document_id.h"
#include "tokenizers/gazetteer.h"

namespace steppe {

struct BuiltDocument {
  Xapian::Document document;
  std::string id;       // the article's id as stored
  std::string id_term;  // the unique term replace_document keys on
  std::vector<std::string> warnings;
};

class DocumentBuilder {
 public:
  // `gazetteer` (not owned; may be null): the entities story keys name.
  explicit DocumentBuilder(const Analyzer& analyzer, const Gazetteer* gazetteer = nullptr)
      : analyzer_(analyzer), gazetteer_(gazetteer) {}

  absl::StatusOr<BuiltDocument> Build(const Record& record) const;

 private:
  const Analyzer& analyzer_;
  const Gazetteer* gazetteer_;
};

}  // namespace steppe

#endif  // STEPPE_INDEXER_DOCUMENT_BUILDER_H_
