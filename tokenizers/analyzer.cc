#include "tokenizers/analyzer.h"

#include <cstdlib>
#include <utility>

#include "tokenizers/apostrophe_filter.h"
#include "tokenizers/cyrillic_yo_filter.h"
#include "tokenizers/homoglyph_filter.h"
#include "tokenizers/length_filter.h"
#include "tokenizers/roman_numeral_filter.h"

namespace steppe {

absl::StatusOr<std::unique_ptr<Analyzer>> Analyzer::Create(AnalyzerOptions options) {
  auto case_folder = CaseFolder::Create();
  if (!case_folder.ok()) return case_folder.status();
  if (const char* dir = std::getenv("STEPPE_HUNSPELL_DIR"); dir != nullptr && *dir != '\0') {
    options.hunspell_dir = dir;
  }
  auto stemmers = Stemmers::Create(options.hunspell_dir);
  if (!stemmers.ok()) return stemmers.status();
  std::unique_ptr<Analyzer> analyzer(new Analyzer());
  analyzer->stemmers_ = std::move(*stemmers);
  analyzer->case_folder_ = case_folder->get();
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
  std::string term = stemmers_->IndexTerm(token, language);
  if (analysed.size() >= kMaxAnalysedWords) analysed.clear();
  return analysed
      .emplace(std::string(surface),
               AnalysedWord{std::move(token.text), token.script, std::move(term)})
      .first->second;
}

std::vector<Token> Analyzer::Analyze(std::string_view text, Language language, AnalysisMode mode,
                                     std::uint32_t first_position) const {
  std::vector<Token> tokens = segmenter_.Segment(text, first_position);
  for (Token& token : tokens) {
    if (mode == AnalysisMode::kIndex) {
      const AnalysedWord& word = IndexWord(token.text, token.script, language);
      token.text = word.text;
      token.script = word.script;
      if (!word.term.empty()) token.terms.push_back(word.term);
      continue;
    }
    for (const auto& filter : filters_) filter->Apply(token);
    token.terms = stemmers_->QueryTerms(token, language);
    token.backoff_prefix = stemmers_->BackoffPrefix(token, language);
    token.stopword = !token.text.empty() && stopwords_.Contains(token.text, language);
  }
  return tokens;
}

std::uint32_t Analyzer::ForEachIndexTerm(
    std::string_view text, Language language, std::uint32_t first_position,
    absl::FunctionRef<void(const std::string&, std::uint32_t)> take) const {
  std::uint32_t next = first_position;
  segmenter_.ForEachWord(text, first_position, [&](const Segmenter::Word& word) {
    next = word.position + 1;
    const AnalysedWord& analysed =
        IndexWord(text.substr(word.begin, word.end - word.begin), word.script, language);
    if (!analysed.term.empty()) take(analysed.term, word.position);
  });
  return next;
}

std::vector<std::string> Analyzer::StageNames() const {
  std::vector<std::string> names = {"segment"};
  for (const auto& filter : filters_) names.emplace_back(filter->Name());
  names.emplace_back("stem");
  return names;
}

}  // namespace steppe
