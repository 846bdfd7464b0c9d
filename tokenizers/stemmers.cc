#include "tokenizers/stemmers.h"

#include "steppe_data/kRussianTable.h"
#include "tokenizers/utf32.h"

#include <algorithm>
#include <array>

namespace steppe {

bool HasKazakhLetter(std::string_view word) {
  // ә ғ қ ң ө ұ ү һ і, lower case (the word is folded).
  static constexpr std::array<std::string_view, 9> kLetters = {"\xD3\x99", "\xD2\x93", "\xD2\x9B",
                                                               "\xD2\xA3", "\xD3\xA9", "\xD2\xB1",
                                                               "\xD2\xAF", "\xD2\xBB", "\xD1\x96"};
  for (std::string_view letter : kLetters) {
    if (word.find(letter) != std::string_view::npos) return true;
  }
  return false;
}

absl::StatusOr<std::unique_ptr<Stemmers>> Stemmers::Create(const std::string& hunspell_dir) {
  auto kazakh = KazakhStemmer::Create(hunspell_dir + "/kk_KZ.dic");
  if (!kazakh.ok()) return kazakh.status();
  auto russian = RussianStemmer::Create(hunspell_dir, data::kRussianTable);
  if (!russian.ok()) return russian.status();
  std::unique_ptr<Stemmers> stemmers(new Stemmers());
  stemmers->kazakh_ = std::move(*kazakh);
  stemmers->russian_ = std::move(*russian);
  return stemmers;
}

Stemmers::Which Stemmers::Choose(const Token& token, Language language) const {
  if (token.script == Script::kLatin) {
    return language == Language::kKazakh ? Which::kKazakh : Which::kEnglish;
  }
  if (token.script == Script::kCyrillic) {
    if (language == Language::kKazakh || HasKazakhLetter(token.text)) return Which::kKazakh;
    return Which::kRussian;
  }
  return Which::kNone;
}

std::string Stemmers::Apply(Which which, const std::string& word) const {
  std::string stem;
  switch (which) {
    case Which::kEnglish: {
      stem = english_(word);
      if (stem.empty()) stem = word;
      return stem;
    }
    case Which::kRussian:
      stem = russian_->Stem(word);
      break;
    case Which::kKazakh:
      stem = kazakh_->Stem(word);
      break;
    case Which::kNone:
      break;
  }
  return stem.empty() ? word : stem;
}

std::string Stemmers::IndexTerm(const Token& token, Language language) const {
  if (token.text.empty()) return {};
  return Apply(Choose(token, language), token.text);
}

std::string_view Stemmers::StemmerName(const Token& token, Language language) const {
  switch (Choose(token, language)) {
    case Which::kEnglish:
      return "english";
    case Which::kRussian:
      return "russian";
    case Which::kKazakh:
      return "kazakh";
    case Which::kNone:
      break;
  }
  return "none";
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
    if (std::find(terms.begin(), terms.end(), term) == terms.end()) {
      terms.push_back(std::move(term));
    }
  }
  return terms;
}

std::string Stemmers::BackoffPrefix(const Token& token, Language language) const {
  // Unknown language: of the candidate readings only the Kazakh one is read
  // by the Kazakh stemmer whenever any is, and they share its stem.
  const Language reading = language == Language::kUnknown ? Language::kKazakh : language;
  if (token.text.empty() || Choose(token, reading) != Which::kKazakh) return {};
  const std::u32string stem = ToUtf32(Apply(Which::kKazakh, token.text));
  if (stem.size() <= kBackoffLetters) return {};
  const std::u32string_view head = std::u32string_view(stem).substr(0, kBackoffLetters);
  // Letters only: a hyphenated or numbered stem has no useful prefix.
  if (std::any_of(head.begin(), head.end(), [](char32_t c) { return c < 0x400 || c > 0x4FF; })) {
    return {};
  }
  return ToUtf8(head);
}

}  // namespace steppe
