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

std::vector<Token> Analyzer::Analyze(std::string_view text, Language language, AnalysisMode mode,
                                     std::uint32_t first_position) const {
  std::vector<Token> tokens = segmenter_.Segment(text, first_position);
  auto& analysed = analysed_[static_cast<std::size_t>(language)];
  for (Token& token : tokens) {
    if (mode == AnalysisMode::kIndex) {
      const auto seen = analysed.find(absl::string_view(token.text.data(), token.text.size()));
      if (seen != analysed.end()) {
        token.text = seen->second.text;
        token.script = seen->second.script;
        if (!seen->second.term.empty()) token.terms.push_back(seen->second.term);
        continue;
      }
    }
    std::string surface = mode == AnalysisMode::kIndex ? token.text : std::string();
    for (const auto& filter : filters_) filter->Apply(token);
    if (mode == AnalysisMode::kIndex) {
      std::string term = stemmers_->IndexTerm(token, language);
      if (analysed.size() >= kMaxAnalysedWords) analysed.clear();
      analysed.emplace(std::move(surface), AnalysedWord{token.text, token.script, term});
      if (!term.empty()) token.terms.push_back(std::move(term));
    } else {
      token.terms = stemmers_->QueryTerms(token, language);
      token.backoff_prefixes = stemmers_->BackoffPrefixes(token, language);
      token.stopword = !token.text.empty() && stopwords_.Contains(token.text, language);
    }
  }
  return tokens;
}

std::vector<std::string> Analyzer::StageNames() const {
  std::vector<std::string> names = {"segment"};
  for (const auto& filter : filters_) names.emplace_back(filter->Name());
  names.emplace_back("stem");
  return names;
}

}  // namespace steppe
