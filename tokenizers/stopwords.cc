#include "tokenizers/stopwords.h"

#include "steppe_data/kStopwordsEn.h"
#include "steppe_data/kStopwordsKk.h"
#include "steppe_data/kStopwordsRu.h"
#include "tokenizers/kazakh_latin.h"

namespace steppe {
namespace {

// One word a line; '#' starts a comment line.
std::unordered_set<std::string> ParseList(std::string_view text) {
  std::unordered_set<std::string> words;
  while (!text.empty()) {
    const auto newline = text.find('\n');
    std::string_view line = text.substr(0, newline);
    text.remove_prefix(newline == std::string_view::npos ? text.size() : newline + 1);
    while (!line.empty() && (line.back() == ' ' || line.back() == '\r')) line.remove_suffix(1);
    if (!line.empty() && line.front() != '#') words.emplace(line);
  }
  return words;
}

}  // namespace

Stopwords::Stopwords()
    : english_(ParseList(data::kStopwordsEn)),
      russian_(ParseList(data::kStopwordsRu)),
      kazakh_(ParseList(data::kStopwordsKk)) {}

bool Stopwords::Contains(std::string_view word, Language language) const {
  const std::string key(word);
  const auto kazakh = [&] { return kazakh_.count(KazakhLatinToCyrillic(key)) > 0; };
  switch (language) {
    case Language::kEnglish:
      return english_.count(key) > 0;
    case Language::kRussian:
      return russian_.count(key) > 0;
    case Language::kKazakh:
      return kazakh();
    case Language::kUnknown:
      break;
  }
  return english_.count(key) > 0 || russian_.count(key) > 0 || kazakh();
}

}  // namespace steppe
