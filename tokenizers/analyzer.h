// Analyzer: the whole analysis chain, text in, positioned terms out.
//
// Contract: Segmenter, then the token filters in order (roman-numeral,
// casefold, apostrophe, homoglyph, cyrillic-yo, length), then Stemmers, then
// the name key (name_key.h) of a word that may be a name: in a text, a word
// written with a capital that is no stopword and whose reading may be a
// name (Stemmers::NameReading) or that is a one-word name or a surname of
// the bundled gazetteer (алматы, назарбаев: hunspell-kk lists them as
// words); in a query, any such word, capital or not. A capitalized Cyrillic
// word that the dictionaries take for a common word (Kazakh first names:
// Нұрсұлтан, Қайрат, Дариға) is a name too in a text where it is not the
// first word of a sentence or the next word has a capital as well (and has
// its keys as `context_name_keys` in a query, for a query's names). The
// indexer and the searcher both analyse through this class, so the same words always
// give the same terms on both sides. Each language's dictionaries are
// loaded when a word first needs them (Stemmers), so creating an Analyzer
// costs little and its first words of a language cost the loading;
// LoadDictionaries() loads them all up front, for the indexer's threads. A
// missing dictionary file is Create()'s error; one that fails to load at
// first use all the same (a malformed file) is status()'s, and what was
// analysed since must not be used: callers check status() after analysing
// (steppe-search after its search, the indexer by loading up front). An
// Analyzer is used by one thread at a time (one per thread).
#ifndef STEPPE_TOKENIZERS_ANALYZER_H_
#define STEPPE_TOKENIZERS_ANALYZER_H_

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/functional/function_ref.h"
#include "absl/status/statusor.h"
#include "tokenizers/case_folder.h"
#include "tokenizers/gazetteer.h"
#include "tokenizers/language.h"
#include "tokenizers/language_guesser.h"
#include "tokenizers/segmenter.h"
#include "tokenizers/stemmers.h"
#include "tokenizers/stopwords.h"
#include "tokenizers/token.h"
#include "tokenizers/token_filter.h"

namespace steppe {

// Where the analysis finds the dictionaries it loads at run time.
struct AnalyzerOptions {
  // hunspell-kk's and hunspell-ru's dictionaries (Debian's place); the
  // STEPPE_HUNSPELL_DIR environment variable overrides it.
  std::string hunspell_dir = "/usr/share/hunspell";
  // A list of English words, one a line (Debian's wamerican): its
  // lower-case words are common words, never name keys.
  std::string english_words = "/usr/share/dict/american-english";
};

class Analyzer {
 public:
  // With the bundled gazetteer (Gazetteer::Bundled()), loaded here.
  static absl::StatusOr<std::unique_ptr<Analyzer>> Create(AnalyzerOptions options = {});
  // With `bundled`, which must be Gazetteer::Bundled() as it is, before a
  // user's names are added (every Analyzer must give the same terms): its
  // names are read here, and it need not outlive the Analyzer. For a tool
  // that needs the gazetteer too, so that it is loaded once.
  static absl::StatusOr<std::unique_ptr<Analyzer>> Create(const Gazetteer& bundled,
                                                          AnalyzerOptions options = {});

  // Loads every dictionary not loaded yet, rather than at first use;
  // returns status().
  absl::Status LoadDictionaries() const { return stemmers_->LoadAll(); }
  // OK, or the error of the first dictionary that failed to load when first
  // needed; after an error the analysis is wrong (see the contract).
  const absl::Status& status() const { return stemmers_->status(); }

  // Tokens of `text` with their terms: one per token in kIndex mode, the
  // candidates to OR in kQuery mode (where stopwords and the Kazakh back-off
  // prefix are also set).
  // Dropped tokens have no terms.
  std::vector<Token> Analyze(std::string_view text, Language language, AnalysisMode mode,
                             std::uint32_t first_position = 0) const;

  // Index mode without Tokens, for the document builder: calls
  // take({term, name_keys, position, keys_from_context}) for each word that
  // has an index term, in order, exactly as Analyze(kIndex) gives them
  // (name_keys usually empty; keys_from_context when they are a common
  // word's that the context made a name's); a word seen before costs one
  // hash lookup and no allocation. Returns the position after the last word.
  struct IndexWordTerms {
    const std::string& term;
    const std::vector<std::string>& name_keys;
    std::uint32_t position;
    bool keys_from_context;
  };
  std::uint32_t ForEachIndexTerm(std::string_view text, Language language,
                                 std::uint32_t first_position,
                                 absl::FunctionRef<void(const IndexWordTerms&)> take) const;

  // The same with where each word is, for snippets: calls take() for every
  // word, in order, a dropped one too (its term and name_keys empty), with
  // its byte offsets in `text` as a Token has them. ForEachIndexTerm is
  // this without the dropped words. Returns the position after the last word.
  struct PlacedIndexWord {
    std::size_t begin;
    std::size_t end;
    const std::string& term;
    const std::vector<std::string>& name_keys;
    std::uint32_t position;
    bool keys_from_context;
  };
  std::uint32_t ForEachIndexWord(std::string_view text, Language language,
                                 std::uint32_t first_position,
                                 absl::FunctionRef<void(const PlacedIndexWord&)> take) const;

  Language GuessLanguage(std::string_view text) const { return guesser_.Guess(text); }

  // Case-folds a whole value (a source name, a filter) the way words are.
  std::string Fold(std::string_view text) const { return case_folder_->Fold(text); }

  // The names of the stages, in order, for steppe-analyze.
  std::vector<std::string> StageNames() const;

  // Which stemmer made a token's index term: english, russian, kazakh, none.
  std::string_view StemmerName(const Token& token, Language language) const {
    return stemmers_->StemmerName(token, language);
  }

 private:
  Analyzer() = default;

  // Index mode: what the filters and the stemmer made of a word, as written,
  // in a text of each language, so that a word seen before skips them
  // (news vocabulary is Zipfian: most words of a text were seen before).
  struct AnalysedWord {
    std::string text;  // folded
    Script script = Script::kNone;
    std::string term;                    // empty: dropped
    std::vector<std::string> name_keys;  // distinct
    // A capitalized Cyrillic word without name keys (its readings are
    // common words): the keys it has where the context says it is a name.
    std::vector<std::string> context_keys;
  };
  // Whether the word at `begin` starts a sentence: the text's first word
  // (`previous_end` is kNoWord), or one after a full stop, ! ? : ; … or a
  // line break since the previous word (which ended at `previous_end`).
  static constexpr std::size_t kNoWord = ~std::size_t{0};
  static bool StartsSentence(std::string_view text, std::size_t previous_end, std::size_t begin);
  // Whether the word that ended at `end` is followed by `next` (which
  // begins at `next_begin`), written with a capital, with nothing but
  // spaces or a hyphen between: the first word of a name.
  static bool NameFollows(std::string_view text, std::size_t end, std::size_t next_begin,
                          std::string_view next);
  static constexpr std::size_t kMaxAnalysedWords = 1 << 18;  // per language
  // What the filters and the stemmer make of a word, remembered; valid until
  // the next call.
  const AnalysedWord& IndexWord(std::string_view surface, Script script, Language language) const;
  // Whether a folded word or its reading is a name the gazetteer lists on
  // its own (Алматы) or as a surname (Назарбаев).
  bool IsGazetteerWord(const Stemmers::NameSource& source, const std::string& word) const;
  // Adds the name keys of a reading of the folded `word` to `keys` (see the
  // contract), each once.
  // `even_common`: of the readings that are common words too.
  void AddNameKeys(const Stemmers::NameReading& reading, const std::string& word, Language language,
                   std::vector<std::string>& keys, bool even_common = false) const;
  mutable std::array<absl::flat_hash_map<std::string, AnalysedWord>, kLanguageCount> analysed_;

  Segmenter segmenter_;
  const CaseFolder* case_folder_ = nullptr;  // also one of filters_
  std::vector<std::unique_ptr<TokenFilter>> filters_;
  std::unique_ptr<Stemmers> stemmers_;
  Stopwords stopwords_;
  LanguageGuesser guesser_;
  // The bundled gazetteer's one-word names and surnames, folded.
  GazetteerNameWords gazetteer_words_;
};

}  // namespace steppe

#endif  // STEPPE_TOKENIZERS_ANALYZER_H_
