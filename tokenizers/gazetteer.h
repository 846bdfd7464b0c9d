// Gazetteer: named entities and every name each goes by (renames,
// abbreviations, spellings in other scripts), from corpora/gazetteer (built
// in) and from users' own files in the same format.
//
// Contract: a line is `id | type | canonical | alias | ...` (fields
// separated by " | "; `#` starts a comment line; blank lines pass).
// `id` is lowercase ASCII letters, digits and hyphens; `type` one of
// kEntityTypes. A line whose id is already known adds its names to that
// entity (so a user's file can extend a built-in entry; its type must then
// match). A name belongs to one entity: a name already given to another is
// an error, as is a malformed line; errors name the origin (a file) and
// line. Names are compared case-folded (Unicode), so Find("нұр-сұлтан")
// finds the entity that lists Нұр-Сұлтан; FindSpelling() compares them by
// the name keys of their words (name_key.h), so it also finds
// Qasym-Zhomart Tokaev for Kassym-Jomart Tokayev. Two entities whose names
// share a spelling key are found by neither through it.
//
// Snapshot() writes the gazetteer's tables as a snapshot (snapshot.h) that
// FromSnapshot() uses where it lies, computing no key: the build compiles
// corpora/gazetteer's into the tools this way, so Bundled() costs the
// copying of the entities' names. Adding names to a gazetteer read from a
// snapshot first rebuilds its tables in memory (about a millisecond).
// Copyable; const methods are thread-safe.
#ifndef STEPPE_TOKENIZERS_GAZETTEER_H_
#define STEPPE_TOKENIZERS_GAZETTEER_H_

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "tokenizers/frozen_strings.h"

namespace steppe {

inline constexpr std::array<std::string_view, 14> kEntityTypes = {
    "person",       "city",    "region", "district", "country", "capital", "party",
    "organisation", "company", "body",   "event",    "river",   "lake",    "other"};

struct GazetteerEntity {
  std::string id;
  std::string type;
  std::string canonical;
  std::vector<std::string> aliases;  // as written, in the order given
};

// The words by which a text names an entity, case-folded as the analysis
// folds words (CaseFolder): the word of a one-word name, and the last word
// (the surname) of a person's name of several. `owner` keeps the memory
// `words` views alive (null when that is the binary's own).
struct GazetteerNameWords {
  FrozenStrings words;
  std::shared_ptr<const std::string> owner;
};

class Gazetteer {
 public:
  // corpora/gazetteer's lists, compiled in (as a snapshot the build made).
  static absl::StatusOr<Gazetteer> Bundled();
  // The gazetteer a Snapshot() wrote. `block` must be 8-byte aligned and
  // outlive the gazetteer unless `owner` holds it; an error for a block
  // that is not such a snapshot.
  static absl::StatusOr<Gazetteer> FromSnapshot(std::string_view block,
                                                std::shared_ptr<const std::string> owner = nullptr);
  // The snapshot of this gazetteer, its name words included.
  absl::StatusOr<std::string> Snapshot() const;

  // Adds the entities of `text`; `origin` names it in errors. On an error
  // the lines before the bad one stay added.
  absl::Status Add(std::string_view text, std::string_view origin);
  // Adds the entities of the file at `path`.
  absl::Status AddFile(const std::string& path);

  const std::vector<GazetteerEntity>& entities() const { return entities_; }
  // The entity `name` (canonical or alias, any case) belongs to, or nullptr.
  const GazetteerEntity* Find(std::string_view name) const;
  // The entity a name spelt any way belongs to, or nullptr.
  const GazetteerEntity* FindSpelling(std::string_view name) const;
  // The same for a name already made a spelling key (SpellingKey(): a
  // word's name key, for a name of one word).
  const GazetteerEntity* FindSpellingKey(std::string_view key) const;
  // The person whose surname (the last word of one of the person's names
  // of two words or more) `word` spells, any way; nullptr when none, when
  // two share it (Aliyev: Ilham, Heydar) or when it spells another
  // entity's name (Konaev, the town named after Kunayev).
  const GazetteerEntity* FindSurname(std::string_view word) const;
  // A person's surnames, one per spelling key, as written, in the order of
  // the entity's names; not those that spell another entity's name
  // (Қонаев, Kunayev's name in Kazakh, is also a town).
  std::vector<std::string> Surnames(const GazetteerEntity& entity) const;
  // The name keys of the words of `name` (split at spaces and hyphens),
  // joined by spaces: what FindSpelling() compares.
  static std::string SpellingKey(std::string_view name);
  // The words by which a text names one of the entities.
  absl::StatusOr<GazetteerNameWords> NameWords() const;

 private:
  // One of the tables below as a snapshot holds it: the keys, and the
  // entity of each (kFrozenAmbiguous for several).
  struct FrozenIndex {
    FrozenStrings keys;
    std::span<const std::uint32_t> entities;
  };
  struct Frozen {
    FrozenIndex by_name;
    FrozenIndex by_spelling;
    FrozenIndex by_surname;
    FrozenStrings name_words;
  };
  static constexpr std::uint32_t kFrozenAmbiguous = ~std::uint32_t{0};

  absl::Status AddName(std::size_t entity, const std::string& name, std::string_view where);
  // Whether a spelling key names an entity other than `entity` (or
  // several: kAmbiguous is no entity's index).
  bool SpellsAnotherEntity(const std::string& key, std::size_t entity) const;
  // The entity (or kAmbiguous) `key` maps to in a table, from the snapshot
  // while the gazetteer is frozen.
  std::optional<std::size_t> Lookup(const absl::flat_hash_map<std::string, std::size_t>& table,
                                    const FrozenIndex Frozen::*frozen, std::string_view key) const;
  // Rebuilds the tables in memory from the snapshot, to add names to them.
  void Thaw();

  std::vector<GazetteerEntity> entities_;
  absl::flat_hash_map<std::string, std::size_t> by_id_;
  absl::flat_hash_map<std::string, std::size_t> by_name_;      // case-folded name -> entity
  absl::flat_hash_map<std::string, std::size_t> by_spelling_;  // SpellingKey -> entity
  absl::flat_hash_map<std::string, std::size_t> by_surname_;   // surname's key -> person
  // Set while the tables are the snapshot's (the maps above then empty).
  std::optional<Frozen> frozen_;
  std::shared_ptr<const std::string> owner_;  // the snapshot's bytes, unless the binary's
  static constexpr std::size_t kAmbiguous = ~std::size_t{0};
};

}  // namespace steppe

#endif  // STEPPE_TOKENIZERS_GAZETTEER_H_
