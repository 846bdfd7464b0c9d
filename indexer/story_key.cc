#include "indexer/story_key.h"

#include <algorithm>

#include <fmt/format.h>

#include "tokenizers/document_id.h"

namespace steppe {

void StoryKey::Add(std::string_view term, const std::vector<std::string>& name_keys,
                   bool keys_from_context) {
  // Each feature kept as a stable hash of its kind and text: no string per
  // word of the article.
  const auto add = [this](char kind, std::string_view text) {
    std::string feature(1, kind);
    feature.append(text);
    ++counts_[StableHash64(feature)];
    ++features_;
  };
  if (!name_keys.empty() && !keys_from_context) {
    const GazetteerEntity* entity =
        gazetteer_ != nullptr ? gazetteer_->FindSpellingKey(name_keys.front()) : nullptr;
    if (entity != nullptr) {
      add('e', entity->id);
    } else {
      add('n', name_keys.front());
    }
  } else if (!term.empty() &&
             std::all_of(term.begin(), term.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    add('d', term);
  }
}

std::string StoryKey::Key(std::string_view date) const {
  // Undated, a story must be told by more of them.
  const std::size_t top_features = date.empty() ? kTopFeaturesUndated : kTopFeatures;
  if (features_ < (date.empty() ? kMinFeaturesUndated : kMinFeatures)) return {};
  std::vector<std::pair<std::size_t, std::uint64_t>> ranked;
  ranked.reserve(counts_.size());
  for (const auto& [feature, count] : counts_) ranked.emplace_back(count, feature);
  // Most frequent first; the top ones as a set, with every feature as
  // frequent as the last of them, so that no tie is broken by chance.
  std::sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first > b.first : a.second < b.second;
  });
  // What the story keeps coming back to: the names and numbers said more
  // than once, when there are a few; else all of them.
  const std::size_t repeated = static_cast<std::size_t>(
      std::count_if(ranked.begin(), ranked.end(), [](const auto& r) { return r.first > 1; }));
  if (repeated >= kMinRepeated) ranked.resize(repeated);
  if (ranked.size() > top_features) {
    const std::size_t least = ranked[top_features - 1].first;
    std::size_t kept = top_features;
    while (kept < ranked.size() && ranked[kept].first == least) ++kept;
    ranked.resize(kept);
  }
  std::vector<std::uint64_t> top;
  top.reserve(ranked.size());
  for (const auto& [count, feature] : ranked) top.push_back(feature);
  std::sort(top.begin(), top.end());
  std::string text(date);
  for (const std::uint64_t feature : top) text += fmt::format("\x1f{:016x}", feature);
  return fmt::format("{:016x}", StableHash64(text));
}

}  // namespace steppe
