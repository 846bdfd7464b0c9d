// steppe-analyze: shows how steppe analyses a text, token by token, like
// Elasticsearch's _analyze, so a person can see why two forms meet or not.
#include <unistd.h>

#include <iostream>
#include <iterator>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "absl/strings/str_join.h"
#include "tokenizers/analyzer.h"
#include "tokenizers/tool_version.h"

namespace {

constexpr int kExitError = 2;

int Run(int argc, char** argv) {
  CLI::App app{"Show the language, tokens and index terms steppe makes of a text.",
               "steppe-analyze"};
  app.footer(
      "Examples:\n"
      "  steppe-analyze 'Тоқаевтың жарлығы'\n"
      "  steppe-analyze --lang ru Назарбаева Назарбаев\n"
      "  steppe-analyze --query Nur-Sultan      # the terms a query looks up\n"
      "  echo 'Kassym-Jomart Tokayev' | steppe-analyze --json | jq -c .terms\n\n"
      "Exit status: 0 analysed, 2 error. More: man steppe-analyze.");
  // Like most shell tools, a repeated option takes its last value.
  app.option_defaults()->multi_option_policy(CLI::MultiOptionPolicy::TakeLast);
  std::string lang_code;
  bool query_mode = false;
  bool json = false;
  std::vector<std::string> words;
  app.add_option("--lang,-l", lang_code, "Language of the text: en, ru, kk (default: guessed)");
  app.add_flag("--query,-q", query_mode,
               "Analyse as a query: a word of unknown language gives every candidate term");
  app.add_flag("--json", json, "One JSON object per token");
  app.add_option("text", words, "Text to analyse (default: standard input)");
  app.set_version_flag("--version", steppe::VersionLine("steppe-analyze"));
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? 0 : kExitError;
  }

  std::string text;
  if (words.empty()) {
    text.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
  } else {
    text = absl::StrJoin(words, " ");
  }

  auto analyzer = steppe::Analyzer::Create();
  if (!analyzer.ok()) {
    std::cerr << "steppe-analyze: " << analyzer.status().message() << "\n";
    return kExitError;
  }
  steppe::Language language = steppe::Language::kUnknown;
  bool guessed = false;
  if (!lang_code.empty()) {
    language = steppe::ParseLanguage(lang_code);
    if (language == steppe::Language::kUnknown) {
      std::cerr << "steppe-analyze: unknown language '" << lang_code << "' (use en, ru or kk)\n";
      return kExitError;
    }
  } else if (!query_mode) {
    language = (*analyzer)->GuessLanguage(text);
    guessed = true;
  }
  const auto mode = query_mode ? steppe::AnalysisMode::kQuery : steppe::AnalysisMode::kIndex;
  const std::vector<steppe::Token> tokens = (*analyzer)->Analyze(text, language, mode);
  if (!(*analyzer)->status().ok()) {  // a dictionary failed to load when first needed
    std::cerr << "steppe-analyze: " << (*analyzer)->status().message() << "\n";
    return kExitError;
  }

  if (json) {
    for (const steppe::Token& token : tokens) {
      nlohmann::ordered_json row = {
          {"position", token.position},
          {"token", text.substr(token.begin, token.end - token.begin)},
          {"start", token.begin},
          {"end", token.end},
          {"script", steppe::ScriptName(token.script)},
          {"folded", token.text},
          {"terms", token.terms},
          {"stemmer", query_mode && language == steppe::Language::kUnknown
                          ? std::string("all")
                          : std::string((*analyzer)->StemmerName(token, language))},
          {"stopword", token.stopword},
          {"lang", steppe::LanguageCode(language)},
      };
      std::cout << row.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace)
                << "\n";
    }
    return 0;
  }
  fmt::print("language: {}{}\n", steppe::LanguageCode(language),
             guessed ? " (guessed)" : (query_mode && lang_code.empty() ? " (any)" : ""));
  fmt::print("chain: {}\n", absl::StrJoin((*analyzer)->StageNames(), " -> "));
  fmt::print("{:>4}  {:<24} {:<6} {:<24} {:<8} {}\n", "pos", "token", "script", "folded", "stemmer",
             "terms");
  for (const steppe::Token& token : tokens) {
    const std::string surface = text.substr(token.begin, token.end - token.begin);
    std::string terms = token.terms.empty() ? "(dropped)" : absl::StrJoin(token.terms, " | ");
    if (token.stopword) terms += "   (stopword: left out of free-text queries)";
    if (token.hyphen_joined_to_next) terms += "   (hyphen: phrase with next)";
    const std::string stemmer = query_mode && language == steppe::Language::kUnknown
                                    ? std::string("all")
                                    : std::string((*analyzer)->StemmerName(token, language));
    fmt::print("{:>4}  {:<24} {:<6} {:<24} {:<8} {}\n", token.position, surface,
               steppe::ScriptName(token.script), token.text, stemmer, terms);
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return Run(argc, argv);
  } catch (const Xapian::Error& e) {
    fmt::print(stderr, "steppe-analyze: {}\n", e.get_description());
    return kExitError;
  } catch (const std::exception& e) {
    std::cerr << "steppe-analyze: " << e.what() << "\n";
    return kExitError;
  }
}
