#include "indexer/story_key.h"

#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "tokenizers/document_id.h"

namespace steppe {

void StoryKey::Add(std::string_view term, const std::vector<std::string>& name_keys,
                   bool keys_from_context) {
  if (!name_keys.empty() && !keys_from_context) {
    const GazetteerEntity* entity =
        gazetteer_ != nullptr ? gazetteer_->FindSpellingKey(name_keys.front()) : nullptr;
    features_.push_back(entity != nullptr ? "e" + entity->id : "n" + name_keys.front());
  } else if (!term.empty() &&
             std::all_of(term.begin(), term.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    features_.push_back("d" + std::string(term));
  }
}

std::string StoryKey::Key(std::string_view date) const {
  // Undated, a story must be told by more of them.
  const std::size_t top_features = date.empty() ? kTopFeaturesUndated : kTopFeatures;
  if (features_.size() < (date.empty() ? kMinFeaturesUndated : kMinFeatures)) return {};
  std::map<std::string_view, std::size_t> counts;
  for (const std::string& feature : features_) ++counts[feature];
  std::vector<std::pair<std::size_t, std::string_view>> ranked;
  ranked.reserve(counts.size());
  for (const auto& [feature, count] : counts) ranked.emplace_back(count, feature);
  // Most frequent first, ties in byte order; the top ones, as a set.
  std::sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first > b.first : a.second < b.second;
  });
  if (ranked.size() > top_features) ranked.resize(top_features);
  std::vector<std::string_view> top;
  for (const auto& [count, feature] : ranked) top.push_back(feature);
  std::sort(top.begin(), top.end());
  std::string text(date);
  for (const std::string_view feature : top) {
    text.push_back('\x1f');
    text.append(feature);
  }
  return fmt::format("{:016x}", StableHash64(text));
}

}  // namespace steppe
