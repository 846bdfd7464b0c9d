// eval_conflation: how well a stemmer conflates the word forms of a
// Universal Dependencies treebank, judged by its gold lemmas.
//
// Over the word types (case-folded forms; a form's lemma and part of speech
// are its most frequent ones), a pair of types with the same lemma should
// share a stem (recall) and a pair sharing a stem should have the same lemma
// (precision). Prints precision, recall and F1 over all types and over
// proper nouns (PROPN) alone. Punctuation, numbers, symbols and X are left
// out.
//
//   eval_conflation --lang kk --stemmer steppe ../shared/corpora/ud/UD_Kazakh-KTB/*.conllu
//   stemmers: steppe (the analyzer's index terms), snowball, kazakh, russian,
//             truncate:N, none
#include <algorithm>
#include <cstdio>
#include <fstream>
#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include <fmt/format.h>
#include <unicode/unistr.h>
#include <CLI/CLI.hpp>

#include "tokenizers/analyzer.h"
#include "tokenizers/kazakh_stemmer.h"
#include "tokenizers/russian_stemmer.h"

namespace {

struct TypeInfo {
  std::map<std::string, int> lemmas;
  std::map<std::string, int> upos;
};

std::string Majority(const std::map<std::string, int>& counts) {
  return std::max_element(counts.begin(), counts.end(),
                          [](const auto& a, const auto& b) { return a.second < b.second; })
      ->first;
}

std::string TruncateChars(const std::string& word, int n) {
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(word);
  if (text.countChar32() <= n) return word;
  std::string out;
  text.tempSubString(0, text.moveIndex32(0, n)).toUTF8String(out);
  return out;
}

struct Score {
  double precision = 0, recall = 0, f1 = 0;
  std::size_t types = 0;
};

// Pairs by combinatorics: a group of n types holds n(n-1)/2 pairs.
Score Evaluate(const std::vector<std::pair<std::string, std::string>>& lemma_stem) {
  std::unordered_map<std::string, double> by_lemma, by_stem, by_both;
  std::string key;
  for (const auto& [lemma, stem] : lemma_stem) {
    ++by_lemma[lemma];
    ++by_stem[stem];
    key.assign(lemma).append(1, '\x01').append(stem);
    ++by_both[key];
  }
  auto pairs = [](const std::unordered_map<std::string, double>& groups) {
    double total = 0;
    for (const auto& [key, n] : groups) total += n * (n - 1) / 2;
    return total;
  };
  const double same_lemma = pairs(by_lemma);
  const double same_stem = pairs(by_stem);
  const double both = pairs(by_both);
  Score score;
  score.types = lemma_stem.size();
  score.precision = same_stem > 0 ? both / same_stem : 1;
  score.recall = same_lemma > 0 ? both / same_lemma : 1;
  score.f1 = score.precision + score.recall > 0
                 ? 2 * score.precision * score.recall / (score.precision + score.recall)
                 : 0;
  return score;
}

int Run(int argc, char** argv) {
  CLI::App app{"Stemmer conflation F1 against UD gold lemmas", "eval_conflation"};
  std::string lang_code = "kk";
  std::string stemmer_name = "steppe";
  std::string hunspell_dir = "/usr/share/hunspell";
  std::vector<std::string> files;
  app.add_option("--lang", lang_code, "en, ru or kk");
  app.add_option("--stemmer", stemmer_name,
                 "steppe, snowball, kazakh, russian, truncate:N or none");
  app.add_option("--hunspell-dir", hunspell_dir, "Where hunspell dictionaries are");
  app.add_option("files", files, "CoNLL-U files")->required();
  CLI11_PARSE(app, argc, argv);

  for (const std::string& file : files) {
    if (!std::ifstream(file)) {
      fmt::print("eval_conflation: {} not found; skipping (shared corpora absent)\n", file);
      return 0;
    }
  }
  const steppe::Language language = steppe::ParseLanguage(lang_code);
  auto analyzer = steppe::Analyzer::Create();
  if (!analyzer.ok()) {
    fmt::print(stderr, "{}\n", std::string(analyzer.status().message()));
    return 2;
  }

  std::unordered_map<std::string, TypeInfo> types;
  for (const std::string& file : files) {
    std::ifstream in(file);
    std::string line;
    while (std::getline(in, line)) {
      if (line.empty() || line[0] == '#') continue;
      std::vector<std::string> columns;
      std::size_t at = 0;
      for (int i = 0; i < 4; ++i) {
        const std::size_t tab = line.find('\t', at);
        columns.push_back(line.substr(at, tab - at));
        at = tab == std::string::npos ? line.size() : tab + 1;
      }
      if (columns.size() < 4 || columns[0].find_first_of("-.") != std::string::npos) continue;
      const std::string& upos = columns[3];
      if (upos == "PUNCT" || upos == "NUM" || upos == "SYM" || upos == "X") continue;
      TypeInfo& info = types[(*analyzer)->Fold(columns[1])];
      ++info.lemmas[(*analyzer)->Fold(columns[2])];
      ++info.upos[upos];
    }
  }

  std::unique_ptr<steppe::KazakhStemmer> kazakh;
  std::unique_ptr<steppe::RussianStemmer> russian;
  if (stemmer_name == "kazakh") {
    auto made = steppe::KazakhStemmer::Create(hunspell_dir + "/kk_KZ.dic");
    if (!made.ok()) {
      fmt::print(stderr, "{}\n", std::string(made.status().message()));
      return 2;
    }
    kazakh = std::move(*made);
  } else if (stemmer_name == "russian") {
    auto made = steppe::RussianStemmer::Create(hunspell_dir);
    if (!made.ok()) {
      fmt::print(stderr, "{}\n", std::string(made.status().message()));
      return 2;
    }
    russian = std::move(*made);
  }
  const Xapian::Stem snowball(language == steppe::Language::kEnglish ? "english" : "russian");
  int truncate = 0;
  if (stemmer_name.rfind("truncate:", 0) == 0) truncate = std::stoi(stemmer_name.substr(9));

  std::vector<std::pair<std::string, std::string>> all, propn;
  for (const auto& [form, info] : types) {
    // The form as the analysis chain folds it (case, ё, apostrophes, look-alikes).
    const std::vector<steppe::Token> tokens =
        (*analyzer)->Analyze(form, language, steppe::AnalysisMode::kIndex);
    if (tokens.size() != 1 || tokens[0].terms.empty()) continue;
    const std::string& folded = tokens[0].text;
    std::string stem;
    if (stemmer_name == "steppe") {
      stem = tokens[0].terms.front();
    } else if (stemmer_name == "snowball") {
      stem = snowball(folded);
    } else if (kazakh) {
      stem = kazakh->Stem(folded);
    } else if (russian) {
      stem = russian->Stem(folded);
    } else if (truncate > 0) {
      stem = TruncateChars(folded, truncate);
    } else {
      stem = folded;
    }
    const std::string lemma = Majority(info.lemmas);
    all.emplace_back(lemma, stem);
    if (Majority(info.upos) == "PROPN") propn.emplace_back(lemma, stem);
  }
  const Score overall = Evaluate(all);
  const Score names = Evaluate(propn);
  fmt::print(
      "lang={} stemmer={} types={} P={:.3f} R={:.3f} F1={:.3f} | PROPN types={} P={:.3f} "
      "R={:.3f} F1={:.3f}\n",
      lang_code, stemmer_name, overall.types, overall.precision, overall.recall, overall.f1,
      names.types, names.precision, names.recall, names.f1);
  return 0;
}

}  // namespace

int main(int argc, char** argv) { return Run(argc, argv); }
