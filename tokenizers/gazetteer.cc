#include "tokenizers/gazetteer.h"

#include <unicode/unistr.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include <fmt/format.h>

#include "absl/strings/str_split.h"
#include "steppe_data/kGazetteerNeighbours.h"
#include "steppe_data/kGazetteerOrganisations.h"
#include "steppe_data/kGazetteerPeople.h"
#include "steppe_data/kGazetteerPlaces.h"
#include "tokenizers/name_key.h"

namespace steppe {
namespace {

std::string_view Trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r')) {
    text.remove_suffix(1);
  }
  return text;
}

// Unicode case folding, so that names meet whatever their case.
std::string Folded(std::string_view name) {
  std::string out;
  icu::UnicodeString::fromUTF8(icu::StringPiece(name.data(), static_cast<int32_t>(name.size())))
      .foldCase()
      .toUTF8String(out);
  return out;
}

bool IsSlug(std::string_view id) {
  return !id.empty() && std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
  });
}

}  // namespace

absl::StatusOr<Gazetteer> Gazetteer::Bundled() {
  Gazetteer gazetteer;
  const std::pair<std::string_view, std::string_view> lists[] = {
      {data::kGazetteerPlaces, "corpora/gazetteer/kz-places.aliases"},
      {data::kGazetteerPeople, "corpora/gazetteer/kz-people.aliases"},
      {data::kGazetteerOrganisations, "corpora/gazetteer/kz-organisations.aliases"},
      {data::kGazetteerNeighbours, "corpora/gazetteer/neighbours.aliases"},
  };
  for (const auto& [text, origin] : lists) {
    if (absl::Status added = gazetteer.Add(text, origin); !added.ok()) return added;
  }
  return gazetteer;
}

absl::Status Gazetteer::AddFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return absl::NotFoundError(path + ": cannot read the aliases file");
  std::ostringstream text;
  text << in.rdbuf();
  return Add(text.str(), path);
}

absl::Status Gazetteer::Add(std::string_view text, std::string_view origin) {
  std::size_t number = 0;
  for (absl::string_view raw : absl::StrSplit(absl::string_view(text.data(), text.size()), '\n')) {
    ++number;
    const std::string_view line = Trim(std::string_view(raw.data(), raw.size()));
    if (line.empty() || line.front() == '#') continue;
    const std::string where = fmt::format("{}:{}", origin, number);
    std::vector<std::string_view> fields;
    for (absl::string_view field :
         absl::StrSplit(absl::string_view(line.data(), line.size()), " | ")) {
      fields.push_back(Trim(std::string_view(field.data(), field.size())));
    }
    if (fields.size() < 3) {
      return absl::InvalidArgumentError(
          fmt::format("{}: expected 'id | type | canonical | alias | ...', found {} field(s)",
                      where, fields.size()));
    }
    const std::string id(fields[0]);
    const std::string type(fields[1]);
    if (!IsSlug(id)) {
      return absl::InvalidArgumentError(
          fmt::format("{}: id '{}' is not lowercase letters, digits and hyphens", where, id));
    }
    if (std::find(kEntityTypes.begin(), kEntityTypes.end(), type) == kEntityTypes.end()) {
      return absl::InvalidArgumentError(fmt::format("{}: unknown type '{}'", where, type));
    }
    for (std::size_t i = 2; i < fields.size(); ++i) {
      if (fields[i].empty()) return absl::InvalidArgumentError(where + ": an empty name");
    }
    std::size_t entity = entities_.size();
    if (const auto known = by_id_.find(id); known != by_id_.end()) {
      entity = known->second;
      if (entities_[entity].type != type) {
        return absl::InvalidArgumentError(
            fmt::format("{}: '{}' is a {}, not a {}", where, id, entities_[entity].type, type));
      }
    } else {
      entities_.push_back({id, type, std::string(fields[2]), {}});
      by_id_.emplace(id, entity);
    }
    for (std::size_t i = 2; i < fields.size(); ++i) {
      if (absl::Status added = AddName(entity, std::string(fields[i]), where); !added.ok()) {
        return added;
      }
    }
  }
  return absl::OkStatus();
}

absl::Status Gazetteer::AddName(std::size_t entity, const std::string& name,
                                std::string_view where) {
  const auto [it, added] = by_name_.emplace(Folded(name), entity);
  if (!added) {
    if (it->second == entity) return absl::OkStatus();  // said twice of one entity
    return absl::InvalidArgumentError(
        fmt::format("{}: '{}' already names '{}'", where, name, entities_[it->second].id));
  }
  if (name != entities_[entity].canonical) entities_[entity].aliases.push_back(name);
  if (std::string key = SpellingKey(name); !key.empty()) {
    // A person's surname: the last word of a name of two or more.
    const std::size_t space = key.rfind(' ');
    if (entities_[entity].type == "person" && space != std::string::npos) {
      const auto [surname, first] = by_surname_.emplace(key.substr(space + 1), entity);
      if (!first && surname->second != entity) surname->second = kAmbiguous;
    }
    const auto [spelt, first] = by_spelling_.emplace(std::move(key), entity);
    if (!first && spelt->second != entity) spelt->second = kAmbiguous;
  }
  return absl::OkStatus();
}

bool Gazetteer::SpellsAnotherEntity(const std::string& key, std::size_t entity) const {
  const auto named = by_spelling_.find(key);
  return named != by_spelling_.end() && named->second != entity;
}

const GazetteerEntity* Gazetteer::FindSurname(std::string_view word) const {
  const std::string key = SpellingKey(word);
  const auto it = by_surname_.find(key);
  if (it == by_surname_.end() || it->second == kAmbiguous) return nullptr;
  // Not a word that is another entity's name (Konaev, the town).
  if (SpellsAnotherEntity(key, it->second)) return nullptr;
  return &entities_[it->second];
}

std::vector<std::string> Gazetteer::Surnames(const GazetteerEntity& entity) const {
  const auto index = static_cast<std::size_t>(&entity - entities_.data());
  std::vector<std::string> surnames;
  std::vector<std::string> keys;
  const auto add = [&](const std::string& name) {
    const std::size_t space = name.rfind(' ');
    if (space == std::string::npos) return;
    std::string surname = name.substr(space + 1);
    std::string key = SpellingKey(surname);
    // Not one that is also another entity's name (Қонаев, the town).
    if (SpellsAnotherEntity(key, index)) return;
    if (std::find(keys.begin(), keys.end(), key) != keys.end()) return;
    keys.push_back(std::move(key));
    surnames.push_back(std::move(surname));
  };
  add(entity.canonical);
  for (const std::string& alias : entity.aliases) add(alias);
  return surnames;
}

std::string Gazetteer::SpellingKey(std::string_view name) {
  std::string key;
  for (absl::string_view word : absl::StrSplit(absl::string_view(name.data(), name.size()),
                                               absl::ByAnyChar(" -\t"), absl::SkipEmpty())) {
    const std::string folded = Folded(std::string_view(word.data(), word.size()));
    const std::string part = NameKey(folded);
    if (part.empty()) continue;
    if (!key.empty()) key.push_back(' ');
    key.append(part);
  }
  return key;
}

const GazetteerEntity* Gazetteer::FindSpelling(std::string_view name) const {
  const auto it = by_spelling_.find(SpellingKey(name));
  return it == by_spelling_.end() || it->second == kAmbiguous ? nullptr : &entities_[it->second];
}

const GazetteerEntity* Gazetteer::Find(std::string_view name) const {
  const auto it = by_name_.find(Folded(Trim(name)));
  return it == by_name_.end() ? nullptr : &entities_[it->second];
}

}  // namespace steppe
