#include "tokenizers/stemmers.h"

#include "steppe_data/EnglishSnapshot.h"
#include "steppe_data/KazakhSnapshot.h"
#include "steppe_data/RussianSnapshot.h"
#include "steppe_data/RussianTable.h"
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

Stemmers::Stemmers(const std::string& hunspell_dir, const std::string& english_words)
    : english_("english"),
      english_words_(
          [english_words] { return EnglishWords::Load(english_words, data::EnglishSnapshot()); }),
      russian_([hunspell_dir] {
        return RussianStemmer::Create(hunspell_dir, data::RussianTable(), data::RussianSnapshot());
      }),
      kazakh_([this, hunspell_dir]() -> absl::StatusOr<std::unique_ptr<KazakhStemmer>> {
        auto kazakh = KazakhStemmer::Create(hunspell_dir + "/kk_KZ.dic", data::KazakhSnapshot());
        if (kazakh.ok() && !kazakh_names_.empty()) (*kazakh)->AddNames(kazakh_names_);
        return kazakh;
      }) {}

absl::StatusOr<std::unique_ptr<Stemmers>> Stemmers::Create(const std::string& hunspell_dir,
                                                           const std::string& english_words) {
  // Loaded when first needed; whether they are there is known now.
  const auto readable = [](const std::string& path) { return std::ifstream(path).good(); };
  const std::string aff = hunspell_dir + "/ru_RU.aff";
  const std::string dic = hunspell_dir + "/ru_RU.dic";
  if (!readable(aff) || !readable(dic)) {
    return absl::NotFoundError(
        fmt::format("hunspell-ru dictionary not readable: {}, {}", aff, dic));
  }
  if (const std::string kazakh = hunspell_dir + "/kk_KZ.dic"; !readable(kazakh)) {
    return absl::NotFoundError(fmt::format("hunspell-kk dictionary not readable: {}", kazakh));
  }
  if (!readable(english_words)) {
    return absl::NotFoundError(
        fmt::format("cannot read the English word list {} (Debian's wamerican)", english_words));
  }
  return std::unique_ptr<Stemmers>(new Stemmers(hunspell_dir, english_words));
}

void Stemmers::AddKazakhNames(const std::vector<std::string>& names) {
  kazakh_names_.insert(kazakh_names_.end(), names.begin(), names.end());
  if (kazakh_.tried()) {
    if (KazakhStemmer* kazakh = Loaded(kazakh_)) kazakh->AddNames(names);
  }
}

template <typename T>
T* Stemmers::Loaded(const LazyLoaded<T>& dictionary) const {
  T* loaded = dictionary.Get();
  if (loaded == nullptr && status_.ok()) status_ = dictionary.error();
  return loaded;
}

absl::Status Stemmers::LoadAll() const {
  Loaded(english_words_);
  Loaded(russian_);
  Loaded(kazakh_);
  return status_;
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
      if (const RussianStemmer* russian = Loaded(russian_)) stem = russian->Stem(word);
      break;
    case Which::kKazakh:
      if (const KazakhStemmer* kazakh = Loaded(kazakh_)) stem = kazakh->Stem(word);
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
    const KazakhStemmer* kazakh = Loaded(kazakh_);
    return kazakh != nullptr && (HasKazakhSurnameEnding(stem) || !kazakh->IsCommonStem(stem));
  };
  switch (which) {
    case Which::kEnglish:
      reading.term = Apply(which, token.text);
      if (const EnglishWords* words = Loaded(english_words_)) {
        reading.own = {token.text, !words->Contains(token.text)};
      } else {
        reading.own = {token.text, false};
      }
      break;
    case Which::kRussian: {
      const RussianStemmer* russian_stemmer = Loaded(russian_);
      if (russian_stemmer == nullptr) {
        reading.term = token.text;
        return reading;
      }
      RussianStemmer::Reading russian = russian_stemmer->Read(token.text);
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
