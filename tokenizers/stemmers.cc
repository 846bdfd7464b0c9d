#include "tokenizers/stemmers.h"

#include "steppe_data/kRussianTable.h"
#include "tokenizers/utf32.h"

#include <algorithm>
#include <array>
#include <fstream>

#include <fmt/format.h>

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

namespace {

// A woman's surname in the nominative (-ова, -ева, -ина, -ына after three
// letters or more), or "" if `word` is not one in any case: Назарбаева
// (also a man's genitive) and Назарбаевой are назарбаева.
std::string RussianWomansSurname(std::string_view word) {
  if (word.size() < 12) return {};
  for (std::string_view base : {"ова", "ева", "ина", "ына"}) {
    if (word.ends_with(base)) return std::string(word);
    // -ой: the genitive, dative, instrumental and prepositional.
    const std::string oblique = std::string(base.substr(0, base.size() - 2)) + "ой";
    if (word.ends_with(oblique)) {
      return std::string(word.substr(0, word.size() - oblique.size())) + std::string(base);
    }
  }
  return {};
}

}  // namespace

bool HasKazakhSurnameEnding(std::string_view stem) {
  static constexpr std::array<std::string_view, 10> kEndings = {
      "ов", "ев", "ин", "ова", "ева", "ина", "ұлы", "улы", "қызы", "кызы"};
  // At least three letters (six bytes of Cyrillic) before the ending.
  return std::any_of(kEndings.begin(), kEndings.end(), [&](std::string_view ending) {
    return stem.size() >= ending.size() + 6 && stem.ends_with(ending);
  });
}

absl::StatusOr<std::unique_ptr<Stemmers>> Stemmers::Create(const std::string& hunspell_dir,
                                                           const std::string& english_words) {
  auto kazakh = KazakhStemmer::Create(hunspell_dir + "/kk_KZ.dic");
  if (!kazakh.ok()) return kazakh.status();
  auto russian = RussianStemmer::Create(hunspell_dir, data::kRussianTable);
  if (!russian.ok()) return russian.status();
  std::ifstream words_file(english_words, std::ios::binary);
  if (!words_file) {
    return absl::NotFoundError(
        fmt::format("cannot read the English word list {} (Debian's wamerican)", english_words));
  }
  std::unique_ptr<Stemmers> stemmers(new Stemmers());
  stemmers->english_words_.reserve(1 << 17);
  for (std::string line; std::getline(words_file, line);) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() ||
        !std::all_of(line.begin(), line.end(), [](char c) { return c >= 'a' && c <= 'z'; })) {
      continue;
    }
    stemmers->english_words_.insert(std::move(line));
  }
  if (stemmers->english_words_.empty()) {
    return absl::InvalidArgumentError(
        fmt::format("the English word list {} holds no lower-case words", english_words));
  }
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

Stemmers::NameReading Stemmers::Read(const Token& token, Language language) const {
  NameReading reading;
  if (token.text.empty()) return reading;
  const Which which = Choose(token, language);
  if (which == Which::kNone || std::any_of(token.text.begin(), token.text.end(),
                                           [](char c) { return c >= '0' && c <= '9'; })) {
    reading.term = Apply(which, token.text);
    return reading;
  }
  const auto kazakh_name = [&](const std::string& stem) {
    return HasKazakhSurnameEnding(stem) || !kazakh_->IsCommonStem(stem);
  };
  switch (which) {
    case Which::kEnglish:
      reading.term = Apply(which, token.text);
      reading.own = {token.text, !english_words_.contains(token.text)};
      break;
    case Which::kRussian: {
      RussianStemmer::Reading russian = russian_->Read(token.text);
      reading.term = std::move(russian.term);
      if (reading.term.empty()) reading.term = token.text;
      if (!russian.lemma.empty()) {  // a name hunspell-ru knows: Russian
        reading.own = {std::move(russian.lemma), russian.name};
        return reading;
      }
      reading.own = {reading.term, russian.name};
      if (reading.term.rfind('~', 0) != 0) {
        // A surname in -ова, -ева, -ина is a man's in the genitive or a
        // woman's own (Назарбаева): both; -овой, -евой, -иной a woman's.
        if (russian.name) {
          if (std::string woman = RussianWomansSurname(token.text); !woman.empty()) {
            reading.second = {std::move(woman), true};
          }
        }
        return reading;  // only a word hunspell-ru does not know may be Kazakh
      }
      break;
    }
    case Which::kKazakh:
      reading.term = Apply(which, token.text);
      reading.own = {reading.term, kazakh_name(reading.term)};
      reading.kazakh = true;
      return reading;
    case Which::kNone:
      break;
  }
  if (reading.own.name) {
    // Only a reading that strips a whole suffix or none: the Kazakh
    // stemmer's guess that a final -і/-ы of an unknown root is a
    // possessive would make Kaspi a касп.
    std::string stem = Apply(Which::kKazakh, token.text);
    const std::size_t letters = ToUtf32(token.text).size();
    const std::size_t stripped = letters - std::min(letters, ToUtf32(stem).size());
    if (stem != reading.own.text && stripped != 1) {
      const bool name = kazakh_name(stem);
      reading.second = {std::move(stem), name};
    }
  }
  return reading;
}

std::vector<Stemmers::NameReading> Stemmers::QueryReadings(const Token& token,
                                                           Language language) const {
  std::vector<NameReading> readings;
  if (token.text.empty()) return readings;
  if (language != Language::kUnknown) {
    readings.push_back(Read(token, language));
    return readings;
  }
  // Unknown language: every analysis a document could have given this word.
  for (Language candidate : {Language::kEnglish, Language::kRussian, Language::kKazakh}) {
    readings.push_back(Read(token, candidate));
  }
  return readings;
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
  return TermsOf(QueryReadings(token, language));
}

std::vector<std::string> Stemmers::TermsOf(const std::vector<NameReading>& readings) {
  std::vector<std::string> terms;
  for (const NameReading& reading : readings) {
    if (std::find(terms.begin(), terms.end(), reading.term) == terms.end()) {
      terms.push_back(reading.term);
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
