#include "searcher/facets.h"

#include <algorithm>
#include <map>

#include "tokenizers/index_schema.h"

namespace steppe {
namespace {

// A spy's values and counts, most first, ties by value.
std::vector<FacetCount> MostFirst(const Xapian::ValueCountMatchSpy& spy) {
  std::vector<FacetCount> counts;
  for (auto it = spy.values_begin(); it != spy.values_end(); ++it) {
    counts.push_back({*it, it.get_termfreq()});
  }
  std::sort(counts.begin(), counts.end(), [](const FacetCount& a, const FacetCount& b) {
    return a.count != b.count ? a.count > b.count : a.value < b.value;
  });
  return counts;
}

}  // namespace

FacetCounter::FacetCounter(Xapian::Enquire& enquire)
    : languages_(schema::kLangSlot), sources_(schema::kSourceSlot), dates_(schema::kDateSlot) {
  enquire.add_matchspy(&languages_);
  enquire.add_matchspy(&sources_);
  enquire.add_matchspy(&dates_);
}

Facets FacetCounter::Collect() const {
  Facets facets;
  facets.matches = static_cast<Xapian::doccount>(languages_.get_total());
  facets.languages = MostFirst(languages_);
  facets.sources = MostFirst(sources_);
  // Dates are YYYYMMDD: a year is the sum of its days.
  std::map<std::string, Xapian::doccount> years;
  Xapian::doccount dated = 0;
  for (auto it = dates_.values_begin(); it != dates_.values_end(); ++it) {
    years[(*it).substr(0, 4)] += it.get_termfreq();
    dated += it.get_termfreq();
  }
  for (const auto& [year, count] : years) facets.years.push_back({year, count});
  facets.undated = facets.matches - std::min(dated, facets.matches);
  return facets;
}

}  // namespace steppe
