// StoryKey: a key that the copies of one news story share, so that search
// can collapse them to one hit (Xapian's collapse key, schema::kStorySlot):
// the same wire story republished by several outlets, or its editions in
// other languages.
//
// Contract: Add() takes an article's words in order (title, then body):
// their index term and name keys. What survives republishing and
// translation is kept: the names (each word's first name key, not one the
// context alone made a name's; a name the gazetteer knows as its entity's
// id, so that Қазақстан and Казахстан, Astana and Akmola, are one) and the
// numbers (terms of digits). Key(date) hashes the date with the set of the
// kTopFeatures most frequent of those said more than once (when at least
// kMinRepeated are; else of all) and every other as frequent as the last
// of them, so that no tie is broken by chance: copies of a
// story, reworded or reordered, translated, keep their main names and
// numbers; two stories of one day about the same people and figures are
// taken for one (news clustering's usual trade; --no-collapse shows all).
// An undated article's key takes its kTopFeaturesUndated most frequent,
// and needs kMinFeaturesUndated. Empty, so never collapsed, with fewer. Deterministic across
// machines and runs (StableHash64).
#ifndef STEPPE_INDEXER_STORY_KEY_H_
#define STEPPE_INDEXER_STORY_KEY_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "tokenizers/gazetteer.h"

namespace steppe {

class StoryKey {
 public:
  static constexpr std::size_t kMinFeatures = 6;
  static constexpr std::size_t kTopFeatures = 5;
  static constexpr std::size_t kMinRepeated = 3;
  static constexpr std::size_t kMinFeaturesUndated = 12;
  static constexpr std::size_t kTopFeaturesUndated = 8;

  // `gazetteer` (not owned; may be null) names the entities.
  explicit StoryKey(const Gazetteer* gazetteer = nullptr) : gazetteer_(gazetteer) {}

  void Add(std::string_view term, const std::vector<std::string>& name_keys,
           bool keys_from_context);
  // `date`: the article's, YYYY-MM-DD (or empty).
  std::string Key(std::string_view date) const;

 private:
  const Gazetteer* gazetteer_;
  std::size_t features_ = 0;                                // names and numbers added
  absl::flat_hash_map<std::uint64_t, std::size_t> counts_;  // by feature's hash
};

}  // namespace steppe

#endif  // STEPPE_INDEXER_STORY_KEY_H_
