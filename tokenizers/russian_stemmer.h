// RussianStemmer: Snowball russian, mended where it splits one name or
// word into several stems or merges different words into one.
//
// Contract: `word` is case-folded Russian (ё already folded to е). Every
// case form of a surname or place name in -ов/-ев/-ин/-ын/-ский/-цкий gets
// one term (Назарбаев, Назарбаева, Назарбаеву, Назарбаевым, Назарбаевой:
// назарбаев), and so do the forms of an ordinary word, a participle with its
// verb (использованный, использует, использовать). How:
//   - a word hunspell-ru knows is replaced by its lemma, a participle's
//     lemma by its verb, and the term is Snowball's stem of that lemma;
//     when the dictionary has another lexeme with the same stem (право,
//     правый, править: прав), the term is the lemma itself, marked "#"
//     (#право), so the two stay apart;
//   - of several lemmas, the word is read as a name when hunspell-ru has
//     one capitalized (Киева: Киев, not кий; франции: Франция, not франций),
//     unless the word is a common noun's own dictionary form (герой, not
//     Гера) or a town's adjective (томском: томский, not Томск); else the
//     lemma with the word's Snowball stem, then the shortest, then the
//     first in byte order. Two hand-written lists, not taken from any
//     corpus, come first: corpora/lexicon/ru-preferred-lemmas.lst (common
//     words over rarer readings: стали is стать, not сталь; мира is мир,
//     not Мира) and ru-surnames.txt (Лавров, Волков are the surnames, not
//     лавр, волк);
//   - a surname in -ов/-ев/-ин/-ын the dictionary does not know as a name
//     gets its masculine base (Кунаевой, Путину: кунаев, путин);
//   - any other word loses one noun or adjective ending and is marked "~"
//     (Байденом: ~байден), so it never meets a dictionary word by accident.
// Combining stress marks are ignored; words without Cyrillic letters come
// back unchanged, words with digits go to Snowball. Measured on UD Russian
// (GSD, Taiga, PUD) by bench/eval_conflation. Not thread-safe (it caches
// what the forms of a lemma share); one per Analyzer.
//
// What depends on the dictionary alone (which lexeme a participle belongs
// to, which Snowball stems several lexemes share) costs a few microseconds
// per lemma to work out, more than the rest of a word's analysis. Compile()
// works it out for every entry once, as a table that is used where it lies
// (a snapshot: snapshot.h, of frozen sets: frozen_strings.h); the build does
// so for the hunspell-ru it finds and compiles the table in
// (data::RussianTable()), and Create() takes it. A table made from other
// dictionary files (another fingerprint) is left unused and the stemmer
// works everything out as it goes, with the same results.
#ifndef STEPPE_TOKENIZERS_RUSSIAN_STEMMER_H_
#define STEPPE_TOKENIZERS_RUSSIAN_STEMMER_H_

#include <memory>
#include <string>
#include <string_view>

#include "absl/status/statusor.h"

namespace steppe {

class RussianStemmer {
 public:
  // `hunspell_dir`: the folder holding hunspell-ru's ru_RU.aff and .dic,
  // in any encoding hunspell allows; an error if unreadable.
  // `table`: what Compile() made, or empty; anything else is an error.
  // `snapshot`: the dictionary's, for RussianDictionary::Load, or empty.
  // Both must outlive the stemmer.
  static absl::StatusOr<std::unique_ptr<RussianStemmer>> Create(const std::string& hunspell_dir,
                                                                std::string_view table = {},
                                                                std::string_view snapshot = {});
  // The dictionary's participle lexemes and shared stems, as a table for
  // Create().
  static absl::StatusOr<std::string> Compile(const std::string& hunspell_dir);
  virtual ~RussianStemmer() = default;

  virtual std::string Stem(std::string_view word) const = 0;
  // Stem()'s term, and whether the reading it chose is a name: a surname,
  // a name hunspell-ru lists capitalized, or a word it does not know; then
  // `lemma` is the name's dictionary form where the term is a stem of it
  // (Каспия: term касп, lemma каспий), else the term.
  struct Reading {
    std::string term;
    bool name = false;
    std::string lemma;
  };
  virtual Reading Read(std::string_view word) const = 0;
  // Whether Create() was given a table compiled from this dictionary.
  virtual bool UsesTable() const = 0;
};

}  // namespace steppe

#endif  // STEPPE_TOKENIZERS_RUSSIAN_STEMMER_H_
