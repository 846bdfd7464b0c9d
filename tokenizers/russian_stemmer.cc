#include "tokenizers/russian_stemmer.h"

#include <xapian.h>

#include <algorithm>
#include <cstdint>
#include <optional>
#include <set>
#include <span>
#include <tuple>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "steppe_data/kRussianPreferredLemmas.h"
#include "steppe_data/kRussianSurnames.h"
#include "tokenizers/frozen_strings.h"
#include "tokenizers/russian_dictionary.h"
#include "tokenizers/russian_morphology.h"
#include "tokenizers/snapshot.h"

namespace steppe {
namespace {

// Terms of the three kinds never meet by accident: a whole lemma (#стол) is
// not a Snowball stem (стол), and neither is the light stem of a word the
// dictionary does not know (~байден).
constexpr std::string_view kLemmaMark = "#";
constexpr std::string_view kUnknownMark = "~";
constexpr std::size_t kMaxCached = 1 << 17;

// Calls `take` with each line of `text` that is neither empty nor a comment.
template <typename Take>
void ForEachLine(std::string_view text, Take take) {
  while (!text.empty()) {
    const std::size_t newline = text.find('\n');
    std::string_view line = text.substr(0, newline);
    text.remove_prefix(newline == std::string_view::npos ? text.size() : newline + 1);
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.remove_suffix(1);
    if (!line.empty() && line.front() != '#') take(line);
  }
}

bool HasCyrillic(std::string_view word) {
  // Cyrillic letters (U+0400-U+04FF) lead with D0-D3 in UTF-8.
  for (const char c : word) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte >= 0xD0 && byte <= 0xD3) return true;
  }
  return false;
}

bool HasDigit(std::string_view word) {
  for (const char c : word) {
    if (c >= '0' && c <= '9') return true;
  }
  return false;
}

std::string Marked(std::string_view mark, std::string_view text) {
  std::string marked(mark);
  marked.append(text);
  return marked;
}

template <typename Map, typename Value>
void Remember(Map& cache, const std::string& key, const Value& value) {
  if (cache.size() >= kMaxCached) cache.clear();
  cache.emplace(key, value);
}

class DictionaryStemmer : public RussianStemmer {
 public:
  explicit DictionaryStemmer(std::unique_ptr<RussianDictionary> dictionary)
      : dictionary_(std::move(dictionary)) {
    ForEachLine(data::kRussianPreferredLemmas, [&](std::string_view line) {
      const std::size_t arrow = line.find(" > ");
      if (arrow == std::string_view::npos) {
        preferred_.emplace(line);
      } else {
        form_lemmas_.emplace(std::string(line.substr(0, arrow)),
                             std::string(line.substr(arrow + 3)));
      }
    });
    ForEachLine(data::kRussianSurnames, [&](std::string_view line) { surnames_.emplace(line); });
  }
  // Its caches are its own: one per Analyzer, never copied.
  DictionaryStemmer(const DictionaryStemmer&) = delete;
  DictionaryStemmer& operator=(const DictionaryStemmer&) = delete;

  // Not cached by word: the Analyzer in front remembers its words, and the
  // per-lemma caches below hold what the forms of one word share.
  std::string Stem(std::string_view word) const override {
    return Compute(StripStressMarks(word)).term;
  }
  Reading Read(std::string_view word) const override { return Compute(StripStressMarks(word)); }
  bool UsesTable() const override { return table_.has_value(); }

  // Compile()'s table: a snapshot named by the dictionary's fingerprint,
  // of the Snowball stems that several lexemes share, and of the entries
  // that belong to another lexeme (participles) with that lexeme (their
  // verb): the entries, the lexemes, and for each entry its lexeme's index.
  std::string CompileTable() const {
    std::vector<std::string> shared;
    absl::flat_hash_set<std::string> shared_written;
    std::vector<std::string> entries;  // in byte order, as ForEachEntry gives them
    std::vector<std::string> lexemes;  // of each entry
    dictionary_->ForEachEntry([&](std::string_view entry_view) {
      std::string entry(entry_view);
      if (std::string lexeme = Canonical(entry); lexeme != entry) {
        entries.push_back(entry);
        lexemes.push_back(std::move(lexeme));
      }
      if (!dictionary_->IsParadigm(entry)) return;
      std::string stem = snowball_(entry);
      if (SharedStem(stem) && shared_written.insert(stem).second) shared.push_back(std::move(stem));
    });
    std::vector<std::string> distinct = lexemes;
    std::sort(distinct.begin(), distinct.end());
    distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
    std::vector<std::uint32_t> lexeme_of;
    lexeme_of.reserve(lexemes.size());
    for (const std::string& lexeme : lexemes) {
      lexeme_of.push_back(static_cast<std::uint32_t>(
          std::lower_bound(distinct.begin(), distinct.end(), lexeme) - distinct.begin()));
    }
    const auto views = [](const std::vector<std::string>& texts) {
      return std::vector<std::string_view>(texts.begin(), texts.end());
    };
    SnapshotWriter out(kTableKind, {}, dictionary_->fingerprint());
    FrozenStrings::Write(views(shared), out);
    FrozenStrings::Write(views(entries), out);
    FrozenStrings::Write(views(distinct), out);
    out.Add(lexeme_of);
    return std::move(out).Finish();
  }

  // Takes a table CompileTable() made, unless another dictionary's; it is
  // used where it lies.
  absl::Status UseTable(std::string_view bytes) {
    if (bytes.empty()) return absl::OkStatus();
    std::optional<SnapshotReader> in = SnapshotReader::Open(bytes, kTableKind);
    if (!in.has_value()) return absl::InvalidArgumentError("russian table: not a compiled table");
    if (in->fingerprint() != dictionary_->fingerprint()) {
      return absl::OkStatus();  // compiled from other dictionary files
    }
    std::optional<FrozenStrings> shared = FrozenStrings::Read(*in);
    std::optional<FrozenStrings> entries = FrozenStrings::Read(*in);
    std::optional<FrozenStrings> lexemes = FrozenStrings::Read(*in);
    const std::optional<std::span<const std::uint32_t>> lexeme_of = in->Next<std::uint32_t>();
    if (!shared.has_value() || !entries.has_value() || !lexemes.has_value() ||
        !lexeme_of.has_value() || lexeme_of->size() != entries->size() ||
        std::any_of(lexeme_of->begin(), lexeme_of->end(),
                    [&](std::uint32_t i) { return i >= lexemes->size(); })) {
      return absl::InvalidArgumentError("russian table: malformed");
    }
    table_ = Table{*shared, *entries, *lexemes, *lexeme_of};
    return absl::OkStatus();
  }

 private:
  using Lemma = RussianDictionary::Lemma;

  Reading Compute(const std::string& word) const {
    if (!HasCyrillic(word)) return {word, false, {}};
    if (HasDigit(word)) return {snowball_(word), false, {}};
    std::string surname = SurnameBase(word);
    if (!surname.empty() && surnames_.count(surname) > 0) return {surname, true, {}};

    // Hunspell reads the word as written in lower case (common words) and
    // capitalized (names too: киева -> Киев, and кий).
    // (Read capitalized, a word has its lower-case readings too, in the
    // same order, and the names': one reading serves for both.)
    std::vector<Lemma> names;
    std::vector<Lemma> common;
    if (dictionary_->MayBeName(word)) {
      for (Lemma& lemma : dictionary_->TitleLemmas(word)) {
        (lemma.proper ? names : common).push_back(std::move(lemma));
      }
    } else {
      common = dictionary_->Lemmas(word);
    }
    if (names.empty() && common.empty()) {
      // Surnames and places in -ов/-ев/-ин/-ын the dictionary does not know:
      // every case form gets the masculine base (Назарбаевой -> назарбаев),
      // the term the dictionary's own names in -ов get below.
      if (!surname.empty()) return {surname, true, {}};
      return {Marked(kUnknownMark, StripNounEnding(word)), true, {}};
    }
    if (const auto it = form_lemmas_.find(word); it != form_lemmas_.end()) {
      return {LemmaKey(Canonical(it->second)), false, {}};
    }

    const Lemma* chosen = Preferred(names, common);
    if (chosen == nullptr && !surname.empty()) {
      // A case form of a name in -ов/-ин the dictionary knows (Путина,
      // Киева) is the name even when it is a common word too (путина, the
      // fishing season).
      for (const Lemma& name : names) {
        if (SurnameBaseOfLemma(name.text) == surname) return {surname, true, {}};
      }
    }
    if (chosen == nullptr && !names.empty() && ReadAsName(word, common)) {
      // A name in -ов/-ин gets its surname base even when the dictionary's
      // name is another (Иванов, Марков: not Иван, Марк).
      if (!surname.empty()) return {surname, true, {}};
      chosen = &Choose(word, names);
    }
    if (chosen == nullptr) chosen = &Choose(word, common);
    const std::string lemma = Canonical(chosen->text);
    if (chosen->proper) {
      if (std::string base = SurnameBaseOfLemma(lemma); !base.empty()) return {base, true, {}};
    }
    if (chosen->proper) return {LemmaKey(lemma), true, lemma};
    return {LemmaKey(lemma), false, {}};
  }

  // A lemma of corpora/lexicon/ru-preferred-lemmas.lst among the readings.
  const Lemma* Preferred(const std::vector<Lemma>& names, const std::vector<Lemma>& common) const {
    for (const std::vector<Lemma>* readings : {&common, &names}) {
      for (const Lemma& lemma : *readings) {
        if (preferred_.count(lemma.text) > 0) return &lemma;
      }
    }
    return nullptr;
  }

  // Whether a form of a name is read as the name. It is, unless it is also
  // a common word's own dictionary form (герой, not Гера; поле, not Поль)
  // or a case form of an adjective in -ский named after a town (томском:
  // томский, not Томск).
  bool ReadAsName(const std::string& word, const std::vector<Lemma>& common) const {
    for (const Lemma& lemma : common) {
      if (lemma.text == word && dictionary_->IsParadigm(lemma.text)) return false;
      if ((word.ends_with("ском") || word.ends_with("цком")) &&
          (lemma.text.ends_with("ский") || lemma.text.ends_with("цкий") ||
           lemma.text.ends_with("ской"))) {
        return false;
      }
    }
    return true;
  }

  // Of several lemmas, the one with the word's Snowball stem, then the
  // shortest, then the first in byte order: a rule, so that all the forms
  // hunspell reads the same two ways (политики: политик, политика) go the
  // same way.
  const Lemma& Choose(const std::string& word, const std::vector<Lemma>& candidates) const {
    if (candidates.size() == 1) return candidates.front();
    const std::string word_stem = snowball_(word);
    const auto key = [&](const Lemma& lemma) {
      return std::make_tuple(snowball_(lemma.text) != word_stem, lemma.text.size(),
                             std::string_view(lemma.text));
    };
    const Lemma* best = &candidates.front();
    for (const Lemma& lemma : candidates) {
      if (key(lemma) < key(*best)) best = &lemma;
    }
    return *best;
  }

  // The lexeme a lemma belongs to: a participle's verb when the dictionary
  // knows it (использованный -> использовать), else the lemma itself.
  std::string Canonical(const std::string& lemma) const {
    if (table_.has_value() && dictionary_->IsEntry(lemma)) {
      const std::optional<std::uint32_t> entry = table_->entries.Find(lemma);
      return entry.has_value() ? std::string(table_->lexemes[table_->lexeme_of[*entry]]) : lemma;
    }
    if (const auto it = canonical_.find(lemma); it != canonical_.end()) return it->second;
    std::string lexeme = lemma;
    for (const std::string& verb : ParticipleVerbCandidates(lemma)) {
      if (IsDictionaryLemma(verb)) {
        lexeme = verb;
        break;
      }
    }
    Remember(canonical_, lemma, lexeme);
    return lexeme;
  }

  bool IsDictionaryLemma(const std::string& word) const {
    std::vector<Lemma> lemmas = dictionary_->Lemmas(word);
    if (lemmas.empty()) lemmas = dictionary_->TitleLemmas(word);
    for (const Lemma& lemma : lemmas) {
      if (lemma.text == word) return true;
    }
    return false;
  }

  // Snowball's stem of the lemma, unless the dictionary has another lexeme
  // with that stem (правый, право, править, правило: прав), or single listed
  // forms with it: then the lemma itself, marked.
  // Kept per lemma: the many forms of a word share it.
  std::string LemmaKey(const std::string& lemma) const {
    if (const auto it = lemma_keys_.find(lemma); it != lemma_keys_.end()) return it->second;
    std::string key = ComputeLemmaKey(lemma);
    Remember(lemma_keys_, lemma, key);
    return key;
  }

  std::string ComputeLemmaKey(const std::string& lemma) const {
    // A nominative the dictionary lists without flags, with its case forms
    // (время, времени): its own term, for its stem may be a pronoun's (им).
    if (dictionary_->IsListedNominative(lemma)) return Marked(kLemmaMark, lemma);
    std::string stem = snowball_(lemma);
    if (!dictionary_->IsParadigm(lemma) || !SharedStem(stem)) return stem;
    return Marked(kLemmaMark, lemma);
  }

  // Asked only of the Snowball stem of a paradigm's first form.
  bool SharedStem(const std::string& stem) const {
    if (table_.has_value()) return table_->shared_stems.Contains(stem);
    if (const auto it = shared_.find(stem); it != shared_.end()) return it->second;
    const std::optional<RussianDictionary::StemGroup> group = dictionary_->Group(stem);
    if (!group.has_value() || group->has_listed_forms) {
      const bool shared = group.has_value();
      Remember(shared_, stem, shared);
      return shared;
    }
    std::set<std::string> lexemes;
    std::string_view paradigms = group->paradigms;
    while (!paradigms.empty()) {
      const std::size_t end = paradigms.find('\n');
      lexemes.insert(Canonical(std::string(paradigms.substr(0, end))));
      paradigms.remove_prefix(end + 1);
    }
    const bool shared = lexemes.size() > 1;
    Remember(shared_, stem, shared);
    return shared;
  }

  // What a compiled table says of every entry of this dictionary, viewed
  // where the table lies.
  struct Table {
    FrozenStrings shared_stems;
    FrozenStrings entries;                     // that belong to another lexeme
    FrozenStrings lexemes;                     // theirs
    std::span<const std::uint32_t> lexeme_of;  // per entry, its lexeme's index
  };
  static constexpr std::string_view kTableKind = "russian-table";

  std::unique_ptr<RussianDictionary> dictionary_;
  std::optional<Table> table_;
  Xapian::Stem snowball_{"russian"};
  absl::flat_hash_set<std::string> preferred_;
  absl::flat_hash_map<std::string, std::string> form_lemmas_;
  absl::flat_hash_set<std::string> surnames_;
  mutable absl::flat_hash_map<std::string, std::string> canonical_;
  mutable absl::flat_hash_map<std::string, std::string> lemma_keys_;
  mutable absl::flat_hash_map<std::string, bool> shared_;
};

}  // namespace

absl::StatusOr<std::unique_ptr<RussianStemmer>> RussianStemmer::Create(
    const std::string& hunspell_dir, std::string_view table, std::string_view snapshot) {
  auto dictionary = RussianDictionary::Load(hunspell_dir, snapshot);
  if (!dictionary.ok()) return dictionary.status();
  auto stemmer = std::make_unique<DictionaryStemmer>(std::move(*dictionary));
  if (absl::Status used = stemmer->UseTable(table); !used.ok()) return used;
  return std::unique_ptr<RussianStemmer>(std::move(stemmer));
}

absl::StatusOr<std::string> RussianStemmer::Compile(const std::string& hunspell_dir) {
  auto dictionary = RussianDictionary::Load(hunspell_dir);
  if (!dictionary.ok()) return dictionary.status();
  return DictionaryStemmer(std::move(*dictionary)).CompileTable();
}

}  // namespace steppe
