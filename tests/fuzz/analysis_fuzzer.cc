// Fuzz target: the analysis chain (segmentation, filters, stemmers, name
// keys) over any bytes, in every language and both modes, as the indexer
// and the query parser run it. It must never crash, and every index term
// must fit Xapian's term length.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string_view>

#include "tokenizers/analyzer.h"
#include "tokenizers/index_schema.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  // Made once: dictionaries are loaded on first use and then kept.
  static const std::unique_ptr<steppe::Analyzer> analyzer = [] {
    auto made = steppe::Analyzer::Create();
    if (!made.ok()) std::abort();
    return std::move(*made);
  }();
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  for (const steppe::Language language : {steppe::Language::kUnknown, steppe::Language::kEnglish,
                                          steppe::Language::kRussian, steppe::Language::kKazakh}) {
    for (const steppe::AnalysisMode mode :
         {steppe::AnalysisMode::kIndex, steppe::AnalysisMode::kQuery}) {
      for (const steppe::Token& token : analyzer->Analyze(text, language, mode)) {
        for (const std::string& term : token.terms) {
          if (term.size() > steppe::schema::kMaxTermBytes) std::abort();
        }
      }
    }
    analyzer->ForEachIndexWord(text, language, 1, [&](const steppe::Analyzer::PlacedIndexWord& w) {
      if (w.begin > w.end || w.end > text.size()) std::abort();
    });
  }
  (void)analyzer->GuessLanguage(text);
  return 0;
}
