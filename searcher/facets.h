// Facets: how the documents matching a query spread over languages,
// sources and years, counted as Xapian matches them (ValueCountMatchSpy on
// the value slots of index_schema.h), so they are counted alike in one
// database, local shards and remote ones (xapian-tcpsrv counts its own and
// the client adds them up).
//
// Contract: a FacetCounter registers its spies on an Enquire, which must
// then look at every match (the caller asks get_mset for check_at_least of
// the database's size); Collect() then gives the counts of all matching
// documents, most first for languages and sources (ties by value), in year
// order for years; a document without a date is counted as undated. The
// counter must outlive the Enquire's get_mset.
#ifndef STEPPE_SEARCHER_FACETS_H_
#define STEPPE_SEARCHER_FACETS_H_

#include <string>
#include <vector>

#include <xapian.h>

namespace steppe {

struct FacetCount {
  std::string value;
  Xapian::doccount count = 0;
  bool operator==(const FacetCount&) const = default;
};

struct Facets {
  std::vector<FacetCount> languages;
  std::vector<FacetCount> sources;
  std::vector<FacetCount> years;
  Xapian::doccount undated = 0;
  Xapian::doccount matches = 0;  // the documents counted
};

class FacetCounter {
 public:
  explicit FacetCounter(Xapian::Enquire& enquire);
  FacetCounter(const FacetCounter&) = delete;
  FacetCounter& operator=(const FacetCounter&) = delete;

  Facets Collect() const;

 private:
  Xapian::ValueCountMatchSpy languages_;
  Xapian::ValueCountMatchSpy sources_;
  Xapian::ValueCountMatchSpy dates_;
};

}  // namespace steppe

#endif  // STEPPE_SEARCHER_FACETS_H_
