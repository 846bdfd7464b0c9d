#include "tokenizers/analyzer.h"

#include <algorithm>
#include <cstdlib>
#include <optional>
#include <utility>

#include "absl/strings/str_split.h"
#include "tokenizers/apostrophe_filter.h"
#include "tokenizers/cyrillic_yo_filter.h"
#include "tokenizers/gazetteer.h"
#include "tokenizers/homoglyph_filter.h"
#include "tokenizers/length_filter.h"
#include "tokenizers/name_key.h"
#include "tokenizers/roman_numeral_filter.h"
#include "tokenizers/script.h"

namespace steppe {

absl::StatusOr<std::unique_ptr<Analyzer>> Analyzer::Create(AnalyzerOptions options) {
  auto gazetteer = Gazetteer::Bundled();
  if (!gazetteer.ok()) return gazetteer.status();
  return Create(*gazetteer, std::move(options));
}

absl::StatusOr<std::unique_ptr<Analyzer>> Analyzer::Create(const Gazetteer& bundled,
                                                           AnalyzerOptions options) {
  auto case_folder = CaseFolder::Create();
  if (!case_folder.ok()) return case_folder.status();
  if (const char* dir = std::getenv("STEPPE_HUNSPELL_DIR"); dir != nullptr && *dir != '\0') {
    options.hunspell_dir = dir;
  }
  auto stemmers = Stemmers::Create(options.hunspell_dir, options.english_words);
  if (!stemmers.ok()) return stemmers.status();
  auto name_words = bundled.NameWords();
  if (!name_words.ok()) return name_words.status();
  std::unique_ptr<Analyzer> analyzer(new Analyzer());
  analyzer->case_folder_ = case_folder->get();
  analyzer->gazetteer_words_ = std::move(*name_words);
  // In byte order: the same lexicon every run.
  std::vector<std::string> cyrillic_names;
  const FrozenStrings& words = analyzer->gazetteer_words_.words;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (StartsWithCyrillic(words[i])) cyrillic_names.emplace_back(words[i]);
  }
  analyzer->stemmers_ = std::move(*stemmers);
  analyzer->stemmers_->AddKazakhNames(cyrillic_names);
  analyzer->filters_.push_back(std::make_unique<RomanNumeralFilter>());
  analyzer->filters_.push_back(std::move(*case_folder));
  analyzer->filters_.push_back(std::make_unique<ApostropheFilter>());
  analyzer->filters_.push_back(std::make_unique<HomoglyphFilter>());
  analyzer->filters_.push_back(std::make_unique<CyrillicYoFilter>());
  analyzer->filters_.push_back(std::make_unique<LengthFilter>());
  return analyzer;
}

const Analyzer::AnalysedWord& Analyzer::IndexWord(std::string_view surface, Script script,
                                                  Language language) const {
  auto& analysed = analysed_[static_cast<std::size_t>(language)];
  const auto seen = analysed.find(absl::string_view(surface.data(), surface.size()));
  if (seen != analysed.end()) return seen->second;
  Token token;
  token.text.assign(surface);
  token.script = script;
  for (const auto& filter : filters_) filter->Apply(token);
  Stemmers::NameReading reading = stemmers_->Read(token, language);
  std::vector<std::string> name_keys;
  std::vector<std::string> context_keys;
  if (!reading.term.empty() && StartsWithCapital(surface)) {
    AddNameKeys(reading, token.text, language, name_keys);
    if (name_keys.empty() && token.script == Script::kCyrillic) {
      AddNameKeys(reading, token.text, language, context_keys, /*even_common=*/true);
    }
  }
  if (analysed.size() >= kMaxAnalysedWords) analysed.clear();
  return analysed
      .emplace(std::string(surface),
               AnalysedWord{std::move(token.text), token.script, std::move(reading.term),
                            std::move(name_keys), std::move(context_keys)})
      .first->second;
}

bool Analyzer::NameFollows(std::string_view text, std::size_t end, std::size_t next_begin,
                           std::string_view next) {
  if (!StartsWithCapital(next)) return false;
  const std::string_view between = text.substr(end, next_begin - end);
  return between.find_first_not_of(" -") == std::string_view::npos;
}

bool Analyzer::StartsSentence(std::string_view text, std::size_t previous_end, std::size_t begin) {
  if (previous_end == kNoWord) return true;
  const std::string_view between = text.substr(previous_end, begin - previous_end);
  return between.find_first_of(".!?:;\n") != std::string_view::npos ||
         between.find("\u2026") != std::string_view::npos;  // …
}

bool Analyzer::IsGazetteerWord(const Stemmers::NameSource& source, const std::string& word) const {
  return gazetteer_words_.words.Contains(word) || gazetteer_words_.words.Contains(source.text);
}

void Analyzer::AddNameKeys(const Stemmers::NameReading& reading, const std::string& word,
                           Language language, std::vector<std::string>& keys,
                           bool even_common) const {
  if (stopwords_.Contains(word, language)) return;
  for (const Stemmers::NameSource* source : {&reading.own, &reading.second}) {
    if (source->text.empty() ||
        (!source->name && !even_common && !IsGazetteerWord(*source, word))) {
      continue;
    }
    // The spellings NameKeys adds, but not of a Latin word read as Kazakh
    // in Cyrillic: its ө and і are the transliteration's, not its own.
    const bool transliterated = !StartsWithCyrillic(word) && StartsWithCyrillic(source->text);
    for (std::string& key : transliterated ? std::vector<std::string>{NameKey(source->text)}
                                           : NameKeys(source->text)) {
      if (key.empty()) continue;
      if (std::find(keys.begin(), keys.end(), key) == keys.end()) keys.push_back(std::move(key));
    }
  }
}

std::vector<Token> Analyzer::Analyze(std::string_view text, Language language, AnalysisMode mode,
                                     std::uint32_t first_position) const {
  std::vector<Token> tokens = segmenter_.Segment(text, first_position);
  if (mode == AnalysisMode::kIndex) {
    // As ForEachIndexTerm: a capitalized word's keys from its context
    // (the next token's text is still as written when this one's is read).
    for (std::size_t i = 0; i < tokens.size(); ++i) {
      Token& token = tokens[i];
      const AnalysedWord& word = IndexWord(token.text, token.script, language);
      token.text = word.text;
      token.script = word.script;
      if (!word.term.empty()) token.terms.push_back(word.term);
      token.name_keys = word.name_keys;
      if (!word.context_keys.empty() &&
          (!StartsSentence(text, i == 0 ? kNoWord : tokens[i - 1].end, token.begin) ||
           (i + 1 < tokens.size() &&
            NameFollows(text, token.end, tokens[i + 1].begin, tokens[i + 1].text)))) {
        token.name_keys = word.context_keys;
      }
    }
    return tokens;
  }
  for (Token& token : tokens) {
    const bool capital = StartsWithCapital(token.text);
    for (const auto& filter : filters_) filter->Apply(token);
    // Each reading once: its term is a candidate, its sources give the keys.
    const std::vector<Stemmers::NameReading> readings = stemmers_->QueryReadings(token, language);
    token.terms = Stemmers::TermsOf(readings);
    // A word that some reading takes for a common word (union, OIL; казак,
    // the Cossack; қазақ; rider) is no name in any; but a Latin word typed
    // with a capital that only the Kazakh lexicon knows may be (Jomart,
    // though жомарт is generous: the lexicon has many names in lower case).
    // (Not a Cyrillic one: on KazQAD, whose questions begin with a capital,
    // that costs 0.003 nDCG@10.)
    if (std::none_of(readings.begin(), readings.end(), [&](const Stemmers::NameReading& r) {
          return !r.own.text.empty() && !r.own.name && !IsGazetteerWord(r.own, token.text) &&
                 !(capital && r.kazakh && token.script == Script::kLatin);
        })) {
      for (const Stemmers::NameReading& reading : readings) {
        AddNameKeys(reading, token.text, language, token.name_keys);
      }
    }
    if (capital && token.name_keys.empty()) {
      for (const Stemmers::NameReading& reading : readings) {
        AddNameKeys(reading, token.text, language, token.context_name_keys, /*even_common=*/true);
      }
    }
    // A name written as one, in no letters only Kazakh has, is a Russian
    // or foreign name, not a Kazakh stem others derive from: Головкин is no
    // Головин. (Kazakh words keep it: on KazQAD they gain from it.)
    if (!capital || token.name_keys.empty() || HasKazakhLetter(token.text)) {
      token.backoff_prefix = stemmers_->BackoffPrefix(token, language);
    }
    token.stopword = !token.text.empty() && stopwords_.Contains(token.text, language);
  }
  return tokens;
}

std::uint32_t Analyzer::ForEachIndexTerm(
    std::string_view text, Language language, std::uint32_t first_position,
    absl::FunctionRef<void(const IndexWordTerms&)> take) const {
  return ForEachIndexWord(text, language, first_position, [&](const PlacedIndexWord& word) {
    if (!word.term.empty()) {
      take({word.term, word.name_keys, word.position, word.keys_from_context});
    }
  });
}

std::uint32_t Analyzer::ForEachIndexWord(
    std::string_view text, Language language, std::uint32_t first_position,
    absl::FunctionRef<void(const PlacedIndexWord&)> take) const {
  std::uint32_t next = first_position;
  std::size_t previous_end = kNoWord;
  // A capitalized word at the start of a sentence whose keys depend on
  // whether the next word has a capital too. Its analysis is looked up
  // again then (the next word's analysis may move it, and the lookup finds
  // it before the next word's is made).
  std::optional<Segmenter::Word> pending;
  const auto flush = [&](bool name_follows) {
    if (!pending) return;
    const AnalysedWord& analysed = IndexWord(
        text.substr(pending->begin, pending->end - pending->begin), pending->script, language);
    take({pending->begin, pending->end, analysed.term,
          name_follows ? analysed.context_keys : analysed.name_keys, pending->position,
          name_follows});
    pending.reset();
  };
  segmenter_.ForEachWord(text, first_position, [&](const Segmenter::Word& word) {
    next = word.position + 1;
    const std::string_view surface = text.substr(word.begin, word.end - word.begin);
    if (pending) flush(NameFollows(text, pending->end, word.begin, surface));
    const bool starts = StartsSentence(text, previous_end, word.begin);
    previous_end = word.end;
    const AnalysedWord& analysed = IndexWord(surface, word.script, language);
    if (analysed.context_keys.empty()) {
      take({word.begin, word.end, analysed.term, analysed.name_keys, word.position, false});
    } else if (!starts) {
      take({word.begin, word.end, analysed.term, analysed.context_keys, word.position, true});
    } else {
      pending = word;
    }
  });
  flush(false);
  return next;
}

std::vector<std::string> Analyzer::StageNames() const {
  std::vector<std::string> names = {"segment"};
  for (const auto& filter : filters_) names.emplace_back(filter->Name());
  names.emplace_back("stem");
  return names;
}

}  // namespace steppe
