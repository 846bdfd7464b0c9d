#include "tokenizers/stemmers.h"

#include <algorithm>

namespace steppe {

Stemmers::Stemmers() : english_("english"), russian_("russian") {}

const Xapian::Stem* Stemmers::StemmerFor(Script script, Language language) const {
  if (language == Language::kKazakh) return nullptr;
  if (script == Script::kLatin) return &english_;
  if (script == Script::kCyrillic) return &russian_;
  return nullptr;
}

std::string Stemmers::IndexTerm(const Token& token, Language language) const {
  if (token.text.empty()) return {};
  const Xapian::Stem* stem = StemmerFor(token.script, language);
  if (stem == nullptr) return token.text;
  std::string term = (*stem)(token.text);
  return term.empty() ? token.text : term;
}

std::vector<std::string> Stemmers::QueryTerms(const Token& token, Language language) const {
  std::vector<std::string> terms;
  if (token.text.empty()) return terms;
  if (language != Language::kUnknown) {
    terms.push_back(IndexTerm(token, language));
    return terms;
  }
  // Unknown language: every analysis a document could have given this word.
  for (Language candidate : {Language::kEnglish, Language::kRussian, Language::kKazakh}) {
    std::string term = IndexTerm(token, candidate);
    if (std::find(terms.begin(), terms.end(), term) == terms.end())
      terms.push_back(std::move(term));
  }
  return terms;
}

}  // namespace steppe
