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
// Each language's dictionary (hunspell-ru with the Russian stemmer,
// hunspell-kk with the Kazakh one, the English word list) is loaded when a
// word first needs it, so that a process that meets no Russian word never
// reads hunspell-ru; LoadAll() loads them all at once. Create() checks that
// their files are readable; a dictionary that fails to load all the same
// (a malformed file) makes status() its error, and the words that needed
// it are left unstemmed and read as no name: the analysis is then wrong,
// and callers must check status() after using it.
// Not thread-safe (the stemmers cache, dictionaries load on first use); one
// per Analyzer, whose own memory of words spares most calls.
#ifndef STEPPE_TOKENIZERS_STEMMERS_H_
#define STEPPE_TOKENIZERS_STEMMERS_H_

#include <memory>
#include <string>
#include <vector>

#include <xapian.h>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "tokenizers/english_words.h"
#include "tokenizers/kazakh_stemmer.h"
#include "tokenizers/language.h"
#include "tokenizers/lazy_loaded.h"
#include "tokenizers/russian_stemmer.h"
#include "tokenizers/token.h"

namespace steppe {

enum class AnalysisMode { kIndex, kQuery };

class Stemmers {
 public:
  // `hunspell_dir` holds hunspell-kk's and hunspell-ru's dictionaries,
  // `english_words` is a word list, one word a line (lower-case ones are
  // common words); an error if one of them is not readable.
  static absl::StatusOr<std::unique_ptr<Stemmers>> Create(const std::string& hunspell_dir,
                                                          const std::string& english_words);
  // The Kazakh loader refers to the object: it stays where it is made.
  Stemmers(const Stemmers&) = delete;
  Stemmers& operator=(const Stemmers&) = delete;

  // KazakhStemmer::AddNames: names the Kazakh stemmer must not strip, given
  // to it when it is loaded.
  void AddKazakhNames(const std::vector<std::string>& names);

  // Loads the dictionaries not loaded yet; returns status().
  absl::Status LoadAll() const;
  // OK, or the error of the first dictionary that failed to load.
  const absl::Status& status() const { return status_; }

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
  Stemmers(const std::string& hunspell_dir, const std::string& english_words);
  Which Choose(const Token& token, Language language) const;
  std::string Apply(Which which, const std::string& word) const;
  // The dictionary, loaded if need be; nullptr if it failed to (status_).
  template <typename T>
  T* Loaded(const LazyLoaded<T>& dictionary) const;

  Xapian::Stem english_;
  std::vector<std::string> kazakh_names_;
  LazyLoaded<EnglishWords> english_words_;
  LazyLoaded<RussianStemmer> russian_;
  LazyLoaded<KazakhStemmer> kazakh_;
  mutable absl::Status status_;
};

// True when a folded Cyrillic word has a letter only Kazakh uses.
bool HasKazakhLetter(std::string_view word);

// True when a Kazakh stem ends the way surnames and patronymics do (-ов,
// -ев, -ин, -ова, -ева, -ина, -ұлы, -қызы ...).
bool HasKazakhSurnameEnding(std::string_view stem);

}  // namespace steppe

#endif  // STEPPE_TOKENIZERS_STEMMERS_H_
