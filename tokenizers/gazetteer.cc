#include "tokenizers/gazetteer.h"

#include <unicode/unistr.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include <fmt/format.h>

#include "absl/strings/str_split.h"
#include "tokenizers/case_folder.h"
#include "tokenizers/name_key.h"
#include "tokenizers/snapshot.h"

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

absl::Status Gazetteer::AddFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return absl::NotFoundError(path + ": cannot read the aliases file");
  std::ostringstream text;
  text << in.rdbuf();
  return Add(text.str(), path);
}

absl::Status Gazetteer::Add(std::string_view text, std::string_view origin) {
  Thaw();
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

std::optional<std::size_t> Gazetteer::Lookup(
    const absl::flat_hash_map<std::string, std::size_t>& table, const FrozenIndex Frozen::*frozen,
    std::string_view key) const {
  if (frozen_.has_value()) {
    const FrozenIndex& index = (*frozen_).*frozen;
    const std::optional<std::uint32_t> found = index.keys.Find(key);
    if (!found.has_value()) return std::nullopt;
    const std::uint32_t entity = index.entities[*found];
    return entity == kFrozenAmbiguous ? kAmbiguous : entity;
  }
  const auto it = table.find(absl::string_view(key.data(), key.size()));
  if (it == table.end()) return std::nullopt;
  return it->second;
}

bool Gazetteer::SpellsAnotherEntity(const std::string& key, std::size_t entity) const {
  const std::optional<std::size_t> named = Lookup(by_spelling_, &Frozen::by_spelling, key);
  return named.has_value() && *named != entity;
}

const GazetteerEntity* Gazetteer::FindSurname(std::string_view word) const {
  const std::string key = SpellingKey(word);
  const std::optional<std::size_t> person = Lookup(by_surname_, &Frozen::by_surname, key);
  if (!person.has_value() || *person == kAmbiguous) return nullptr;
  // Not a word that is another entity's name (Konaev, the town).
  if (SpellsAnotherEntity(key, *person)) return nullptr;
  return &entities_[*person];
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
  return FindSpellingKey(SpellingKey(name));
}

const GazetteerEntity* Gazetteer::FindSpellingKey(std::string_view key) const {
  const std::optional<std::size_t> entity = Lookup(by_spelling_, &Frozen::by_spelling, key);
  return !entity.has_value() || *entity == kAmbiguous ? nullptr : &entities_[*entity];
}

const GazetteerEntity* Gazetteer::Find(std::string_view name) const {
  const std::optional<std::size_t> entity = Lookup(by_name_, &Frozen::by_name, Folded(Trim(name)));
  return entity.has_value() ? &entities_[*entity] : nullptr;
}

// The snapshot: the entities (each one's strings: id, type, canonical,
// aliases), then each table as FrozenStrings of its keys and the entity of
// each, then the name words.
namespace {

constexpr std::string_view kSnapshotKind = "gazetteer";
constexpr std::string_view kNameWordsKind = "gazetteer-name-words";

std::vector<std::string> ComputeNameWords(const std::vector<GazetteerEntity>& entities,
                                          const CaseFolder& folder) {
  std::vector<std::string> words;
  for (const GazetteerEntity& entity : entities) {
    const auto add = [&](const std::string& name) {
      std::vector<std::string> parts =
          absl::StrSplit(folder.Fold(name), absl::ByAnyChar(" -"), absl::SkipEmpty());
      if (parts.empty() || (parts.size() > 1 && entity.type != "person")) return;
      words.push_back(std::move(parts.back()));
    };
    add(entity.canonical);
    for (const std::string& alias : entity.aliases) add(alias);
  }
  return words;
}

void WriteTable(const absl::flat_hash_map<std::string, std::size_t>& table, std::uint32_t ambiguous,
                SnapshotWriter& out) {
  std::vector<std::string_view> keys;
  keys.reserve(table.size());
  for (const auto& [key, entity] : table) keys.emplace_back(key);
  std::sort(keys.begin(), keys.end());
  std::vector<std::uint32_t> entities;
  entities.reserve(keys.size());
  for (const std::string_view key : keys) {
    const std::size_t entity = table.find(absl::string_view(key.data(), key.size()))->second;
    entities.push_back(entity == ~std::size_t{0} ? ambiguous : static_cast<std::uint32_t>(entity));
  }
  FrozenStrings::Write(std::move(keys), out);
  out.Add(entities);
}

}  // namespace

absl::StatusOr<std::string> Gazetteer::Snapshot() const {
  Gazetteer thawed = *this;
  thawed.Thaw();
  auto folder = CaseFolder::Create();
  if (!folder.ok()) return folder.status();
  const std::vector<std::string> name_words = ComputeNameWords(thawed.entities_, **folder);
  SnapshotWriter out(kSnapshotKind, {}, 0);
  std::vector<std::uint32_t> first_strings = {0};
  std::vector<std::string_view> strings;
  for (const GazetteerEntity& entity : thawed.entities_) {
    strings.insert(strings.end(), {entity.id, entity.type, entity.canonical});
    strings.insert(strings.end(), entity.aliases.begin(), entity.aliases.end());
    first_strings.push_back(static_cast<std::uint32_t>(strings.size()));
  }
  std::vector<std::uint32_t> offsets = {0};
  std::string pool;
  for (const std::string_view text : strings) {
    pool.append(text);
    offsets.push_back(static_cast<std::uint32_t>(pool.size()));
  }
  out.Add(first_strings);
  out.Add(offsets);
  out.AddBytes(pool);
  WriteTable(thawed.by_name_, kFrozenAmbiguous, out);
  WriteTable(thawed.by_spelling_, kFrozenAmbiguous, out);
  WriteTable(thawed.by_surname_, kFrozenAmbiguous, out);
  FrozenStrings::Write({name_words.begin(), name_words.end()}, out);
  return std::move(out).Finish();
}

absl::StatusOr<Gazetteer> Gazetteer::FromSnapshot(std::string_view block,
                                                  std::shared_ptr<const std::string> owner) {
  const absl::Status corrupt = absl::DataLossError("not a readable gazetteer snapshot");
  std::optional<SnapshotReader> in = SnapshotReader::Open(block, kSnapshotKind);
  if (!in.has_value()) return corrupt;
  const auto first_strings = in->Next<std::uint32_t>();
  const auto offsets = in->Next<std::uint32_t>();
  const auto pool = in->NextBytes();
  if (!first_strings || !offsets || !pool || first_strings->empty() || offsets->empty() ||
      first_strings->front() != 0 || first_strings->back() != offsets->size() - 1 ||
      offsets->front() != 0 || offsets->back() != pool->size() ||
      !std::is_sorted(first_strings->begin(), first_strings->end()) ||
      !std::is_sorted(offsets->begin(), offsets->end())) {
    return corrupt;
  }
  Gazetteer gazetteer;
  const auto text = [&](std::size_t i) {
    return std::string(pool->substr((*offsets)[i], (*offsets)[i + 1] - (*offsets)[i]));
  };
  gazetteer.entities_.reserve(first_strings->size() - 1);
  for (std::size_t e = 0; e + 1 < first_strings->size(); ++e) {
    const std::uint32_t first = (*first_strings)[e];
    const std::uint32_t end = (*first_strings)[e + 1];
    if (end - first < 3) return corrupt;
    GazetteerEntity& entity = gazetteer.entities_.emplace_back(
        GazetteerEntity{text(first), text(first + 1), text(first + 2), {}});
    entity.aliases.reserve(end - first - 3);
    for (std::uint32_t i = first + 3; i < end; ++i) entity.aliases.push_back(text(i));
  }
  const std::size_t count = gazetteer.entities_.size();
  const auto read_table = [&](FrozenIndex& index) {
    std::optional<FrozenStrings> keys = FrozenStrings::Read(*in);
    const auto entities = in->Next<std::uint32_t>();
    if (!keys.has_value() || !entities.has_value() || entities->size() != keys->size() ||
        std::any_of(entities->begin(), entities->end(),
                    [&](std::uint32_t e) { return e >= count && e != kFrozenAmbiguous; })) {
      return false;
    }
    index = {*keys, *entities};
    return true;
  };
  Frozen frozen;
  if (!read_table(frozen.by_name) || !read_table(frozen.by_spelling) ||
      !read_table(frozen.by_surname)) {
    return corrupt;
  }
  std::optional<FrozenStrings> name_words = FrozenStrings::Read(*in);
  if (!name_words.has_value()) return corrupt;
  frozen.name_words = *name_words;
  gazetteer.frozen_ = frozen;
  gazetteer.owner_ = std::move(owner);
  return gazetteer;
}

void Gazetteer::Thaw() {
  if (!frozen_.has_value()) return;
  const auto thaw = [](const FrozenIndex& index,
                       absl::flat_hash_map<std::string, std::size_t>& table) {
    table.reserve(index.keys.size());
    for (std::size_t i = 0; i < index.keys.size(); ++i) {
      const std::uint32_t entity = index.entities[i];
      table.emplace(std::string(index.keys[i]), entity == kFrozenAmbiguous ? kAmbiguous : entity);
    }
  };
  thaw(frozen_->by_name, by_name_);
  thaw(frozen_->by_spelling, by_spelling_);
  thaw(frozen_->by_surname, by_surname_);
  for (std::size_t e = 0; e < entities_.size(); ++e) by_id_.emplace(entities_[e].id, e);
  frozen_.reset();
  owner_.reset();
}

absl::StatusOr<GazetteerNameWords> Gazetteer::NameWords() const {
  if (frozen_.has_value()) return GazetteerNameWords{frozen_->name_words, owner_};
  auto folder = CaseFolder::Create();
  if (!folder.ok()) return folder.status();
  const std::vector<std::string> words = ComputeNameWords(entities_, **folder);
  SnapshotWriter out(kNameWordsKind, {}, 0);
  FrozenStrings::Write({words.begin(), words.end()}, out);
  auto bytes = std::make_shared<const std::string>(std::move(out).Finish());
  std::optional<SnapshotReader> in = SnapshotReader::Open(*bytes, kNameWordsKind);
  std::optional<FrozenStrings> frozen =
      in.has_value() ? FrozenStrings::Read(*in) : std::optional<FrozenStrings>();
  if (!frozen.has_value())
    return absl::InternalError("the gazetteer's name words do not read back");
  return GazetteerNameWords{*frozen, std::move(bytes)};
}

}  // namespace steppe
