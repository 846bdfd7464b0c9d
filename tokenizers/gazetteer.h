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
#ifndef STEPPE_TOKENIZERS_GAZETTEER_H_
#define STEPPE_TOKENIZERS_GAZETTEER_H_

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/status.h"
#include "absl/status/statusor.h"

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

class Gazetteer {
 public:
  // corpora/gazetteer's lists, compiled in.
  static absl::StatusOr<Gazetteer> Bundled();

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

 private:
  absl::Status AddName(std::size_t entity, const std::string& name, std::string_view where);
  // Whether a spelling key names an entity other than `entity` (or
  // several: kAmbiguous is no entity's index).
  bool SpellsAnotherEntity(const std::string& key, std::size_t entity) const;

  std::vector<GazetteerEntity> entities_;
  absl::flat_hash_map<std::string, std::size_t> by_id_;
  absl::flat_hash_map<std::string, std::size_t> by_name_;      // case-folded name -> entity
  absl::flat_hash_map<std::string, std::size_t> by_spelling_;  // SpellingKey -> entity
  absl::flat_hash_map<std::string, std::size_t> by_surname_;   // surname's key -> person
  static constexpr std::size_t kAmbiguous = ~std::size_t{0};
};

}  // namespace steppe

#endif  // STEPPE_TOKENIZERS_GAZETTEER_H_
