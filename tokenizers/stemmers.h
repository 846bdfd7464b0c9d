// Stemmers: the last analysis stage, turning a folded word into its terms.
//
// Contract: at index time a word yields exactly one term, chosen by the
// word's script, its letters and the document's language:
//   - Kazakh documents: every Latin or Cyrillic word goes through the
//     KazakhStemmer (Latin first converted to Cyrillic), so Toqaevtyń and
//     Тоқаевтың give one term;
//   - other documents: a Cyrillic word with letters only Kazakh uses (ә ғ қ
//     ң ө ұ ү һ і) is Kazakh (a name such as Тоқаев in a Russian text) and
//     goes through the KazakhStemmer; other Cyrillic words through the
//     RussianStemmer; Latin words through Snowball english;
//   - numbers and other scripts stay as they are.
// At query time a word of a known language yields that same term; a word
// whose language is unknown yields every term a document could have made of
// it (English, Russian and Kazakh analyses, deduplicated), to be ORed.
// A word's reading also says whether it may be a name (NameReading), for the
// name keys (name_key.h): a Latin word not in the English word list
// (wamerican's lower-case words), a Russian word the RussianStemmer reads as
// a name or does not know, a Kazakh word whose stem hunspell-kk does not
// list or that ends like a surname (-ов, -ев, -ин, -ұлы, -қызы ...).
// Not thread-safe (the Russian and Kazakh stemmers cache); one per Analyzer,
// whose own memory of words spares most calls.
#ifndef STEPPE_TOKENIZERS_STEMMERS_H_
#define STEPPE_TOKENIZERS_STEMMERS_H_

#include <memory>
#include <string>
#include <vector>

#include <xapian.h>

#include "absl/container/flat_hash_set.h"
#include "absl/status/statusor.h"
#include "tokenizers/kazakh_stemmer.h"
#include "tokenizers/language.h"
#include "tokenizers/russian_stemmer.h"
#include "tokenizers/token.h"

namespace steppe {

enum class AnalysisMode { kIndex, kQuery };

class Stemmers {
 public:
  // `hunspell_dir` holds hunspell-kk's and hunspell-ru's dictionaries,
  // `english_words` is a word list, one word a line (lower-case ones are
  // common words).
  static absl::StatusOr<std::unique_ptr<Stemmers>> Create(const std::string& hunspell_dir,
                                                          const std::string& english_words);

  // KazakhStemmer::AddNames: names the Kazakh stemmer must not strip.
  void AddKazakhNames(const std::vector<std::string>& names) { kazakh_->AddNames(names); }

  std::string IndexTerm(const Token& token, Language language) const;
  // The distinct terms of QueryReadings(), in order.
  std::vector<std::string> QueryTerms(const Token& token, Language language) const;

  // A word's index term, and what its name keys are made of: its reading's
  // own (the folded word for a Latin word read as English, as names are
  // not inflected there and Snowball would cut Aktobe to aktob; the
  // dictionary form of a name hunspell-ru lists; else the term) and a
  // second: for a word read as English, or as Russian unknown to
  // hunspell-ru, that may be a name, its Kazakh reading's stem (Toqaevqa,
  // Астанада in a text guessed to be English or Russian: a name with a
  // Kazakh suffix); for a Russian surname in -ова/-ева/-ина, the word
  // itself (a woman's name, as well as a man's genitive). `name` says
  // whether a reading may be a name; a source is empty when it adds
  // nothing.
  struct NameSource {
    std::string text;
    bool name = false;
  };
  struct NameReading {
    std::string term;
    NameSource own;
    NameSource second;
    bool kazakh = false;  // `own` is the Kazakh stemmer's
  };
  NameReading Read(const Token& token, Language language) const;
  // In query mode: Read() in `language`, or in each language a document
  // could have been in when unknown (English, Russian, Kazakh).
  std::vector<NameReading> QueryReadings(const Token& token, Language language) const;
  // The distinct terms of `readings`, in order.
  static std::vector<std::string> TermsOf(const std::vector<NameReading>& readings);

  // For a word the Kazakh stemmer reads in `language` (kUnknown: the word
  // is read as Kazakh among the other candidates), the first
  // kBackoffLetters letters of its Kazakh stem when the stem is longer; ""
  // otherwise. The query side matches that prefix as well, at a lower
  // weight: Kazakh builds words by derivation and compounding the stemmer
  // leaves whole (неандертальдықтар: неандертальдық, not неандерталь;
  // ішекқуыстылар), and a short prefix meets them. On KazQAD this raised
  // nDCG@10 from 0.761 to 0.778 (under Xapian's default BM25), with no
  // cost at index time.
  std::string BackoffPrefix(const Token& token, Language language) const;
  static constexpr std::size_t kBackoffLetters = 5;

  // The stemmer IndexTerm would use, by name ("english", "russian",
  // "kazakh", "none"), for steppe-analyze.
  std::string_view StemmerName(const Token& token, Language language) const;

 private:
  enum class Which { kNone, kEnglish, kRussian, kKazakh };
  Stemmers() : english_("english") {}
  Which Choose(const Token& token, Language language) const;
  std::string Apply(Which which, const std::string& word) const;

  Xapian::Stem english_;
  absl::flat_hash_set<std::string> english_words_;  // lower-case entries
  std::unique_ptr<RussianStemmer> russian_;
  std::unique_ptr<KazakhStemmer> kazakh_;
};

// True when a folded Cyrillic word has a letter only Kazakh uses.
bool HasKazakhLetter(std::string_view word);

// True when a Kazakh stem ends the way surnames and patronymics do (-ов,
// -ев, -ин, -ова, -ева, -ина, -ұлы, -қызы ...).
bool HasKazakhSurnameEnding(std::string_view stem);

}  // namespace steppe

#endif  // STEPPE_TOKENIZERS_STEMMERS_H_
