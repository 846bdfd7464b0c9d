#include "tokenizers/russian_morphology.h"

#include <array>
#include <utility>

namespace steppe {
namespace {

// Letters in UTF-8 text: bytes that do not continue a multi-byte sequence.
int Letters(std::string_view text) {
  int count = 0;
  for (const char c : text) count += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return count;
}

constexpr std::array<std::string_view, 4> kSurnameSuffixes = {"ов", "ев", "ин", "ын"};

// `word` less `ending` when what is left ends in a surname suffix after at
// least two letters; "" otherwise.
std::string SurnameStem(std::string_view word, std::string_view ending) {
  if (!word.ends_with(ending)) return "";
  const std::string_view rest = word.substr(0, word.size() - ending.size());
  for (const std::string_view suffix : kSurnameSuffixes) {
    if (rest.ends_with(suffix) && Letters(rest) >= 4) return std::string(rest);
  }
  return "";
}

struct ParticipleRule {
  std::string_view suffix;
  std::array<std::string_view, 4> infinitive_endings;  // "" pads
};

// First matching suffix wins; its infinitive endings are tried in order.
constexpr std::array<ParticipleRule, 36> kParticipleRules = {{
    // Passive past: использованный, оставленный, размещенный, проведенный.
    {"ованный", {"овать"}},
    {"еванный", {"евать"}},
    {"анный", {"ать", "ять"}},
    {"янный", {"ять"}},
    {"вленный", {"вить"}},
    {"бленный", {"бить"}},
    {"пленный", {"пить"}},
    {"мленный", {"мить"}},
    {"фленный", {"фить"}},
    {"жденный", {"дить"}},
    {"щенный", {"стить", "тить", "щить"}},
    {"ченный", {"тить", "чить", "кать"}},
    {"женный", {"жить", "зить", "дить", "гать"}},
    {"шенный", {"сить", "шить", "хать"}},
    {"денный", {"сти", "дить", "деть"}},
    {"сенный", {"сти", "сить"}},
    {"тенный", {"сти", "тить"}},
    {"ренный", {"реть", "рить"}},
    {"енный", {"ить", "еть", "ать", "ти"}},
    {"тый", {"ть"}},
    // Active past: работавший, получивший; спасший.
    {"вший", {"ть"}},
    {"ший", {"ти", "ть", "чь"}},
    // Active present: организующий, создающий, говорящий, несущий.
    {"ующий", {"овать", "евать"}},
    {"юющий", {"ювать"}},
    {"ающий", {"авать", "ать"}},
    {"яющий", {"ять"}},
    {"еющий", {"еть"}},
    {"ющий", {"ть", "ить"}},
    {"ущий", {"ти", "ть"}},
    {"ящий", {"ить", "еть", "ять"}},
    {"ащий", {"ать", "ить", "еть"}},
    // Passive present: используемый, называемый, видимый.
    {"уемый", {"овать", "евать"}},
    {"аемый", {"ать", "авать"}},
    {"яемый", {"ять"}},
    {"емый", {"ать", "еть", "ить", "ять"}},
    {"имый", {"ить", "еть"}},
}};

// Case endings of nouns and adjectives, longest first.
constexpr std::array<std::string_view, 48> kNounEndings = {
    "ами", "ями", "ого", "его", "ому", "ему", "ыми", "ими", "ием", "ой", "ей", "ом",
    "ем",  "ам",  "ям",  "ах",  "ях",  "ою",  "ею",  "ую",  "юю",  "ая", "яя", "ое",
    "ее",  "ые",  "ие",  "ых",  "их",  "ым",  "им",  "ов",  "ев",  "ий", "ый", "ия",
    "ию",  "ии",  "а",   "я",   "о",   "у",   "ю",   "ы",   "и",   "е",  "ь",  "й"};

}  // namespace

std::string SurnameBase(std::string_view word) {
  static constexpr std::array<std::string_view, 11> kEndings = {"ыми", "ым", "ом", "ой", "ою", "ых",
                                                                "а",   "у",  "е",  "ы",  ""};
  for (const std::string_view ending : kEndings) {
    std::string base = SurnameStem(word, ending);
    if (!base.empty()) return base;
  }
  return "";
}

std::string SurnameBaseOfLemma(std::string_view lemma) {
  std::string base = SurnameStem(lemma, "а");
  return base.empty() ? SurnameStem(lemma, "") : base;
}

std::vector<std::string> ParticipleVerbCandidates(std::string_view lemma) {
  std::string_view reflexive;
  if (lemma.ends_with("ийся") || lemma.ends_with("ыйся")) {
    reflexive = "ся";
    lemma.remove_suffix(reflexive.size());
  }
  std::vector<std::string> verbs;
  for (const ParticipleRule& rule : kParticipleRules) {
    if (!lemma.ends_with(rule.suffix)) continue;
    if (Letters(lemma) <= Letters(rule.suffix) + 1) break;
    const std::string_view stem = lemma.substr(0, lemma.size() - rule.suffix.size());
    for (const std::string_view ending : rule.infinitive_endings) {
      if (ending.empty()) break;
      std::string verb(stem);
      verb.append(ending).append(reflexive);
      verbs.push_back(std::move(verb));
    }
    break;
  }
  return verbs;
}

std::string StripNounEnding(std::string_view word) {
  const int letters = Letters(word);
  for (const std::string_view ending : kNounEndings) {
    if (word.ends_with(ending) && letters - Letters(ending) >= 3) {
      return std::string(word.substr(0, word.size() - ending.size()));
    }
  }
  return std::string(word);
}

std::string StripStressMarks(std::string_view word) {
  // U+0300 and U+0301 are CC 80 and CC 81 in UTF-8.
  std::string out;
  out.reserve(word.size());
  for (std::size_t i = 0; i < word.size(); ++i) {
    if (word[i] == '\xCC' && i + 1 < word.size() &&
        (word[i + 1] == '\x80' || word[i + 1] == '\x81')) {
      ++i;
      continue;
    }
    out.push_back(word[i]);
  }
  return out;
}

}  // namespace steppe
