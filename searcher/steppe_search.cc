// steppe-search: ranked search over one or more steppe databases.
// A thin shell over Searcher: options, output, exit status like grep.
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>
#include <xapian.h>
#include <CLI/CLI.hpp>

#include "absl/strings/str_join.h"
#include "searcher/database_set.h"
#include "searcher/result_printer.h"
#include "searcher/searcher.h"
#include "tokenizers/color_choice.h"
#include "tokenizers/tool_config.h"
#include "tokenizers/tool_version.h"

namespace {

constexpr int kExitHits = 0;
constexpr int kExitNoHits = 1;
constexpr int kExitError = 2;

// Ends the process once what it printed is flushed, without destroying the
// analysis, the gazetteer and the databases: freeing their many small
// allocations cost a query process about 5 ms, and a search leaves nothing
// to write back. For the end of a search only.
[[noreturn]] void ExitWithoutTeardown(int status) {
  std::fflush(stdout);
  std::fflush(stderr);
  std::_Exit(status);
}

// The configuration file's [search] settings, for each option the command
// line did not give (the command line wins). Its aliases files are read
// besides any --aliases.
void ApplyConfig(const steppe::ToolConfig::Search& config, const CLI::App& app,
                 steppe::SearchRequest& request, std::string& sort, std::string& color,
                 bool& collapse, std::vector<std::string>& aliases) {
  if (config.limit && app.count("--limit") == 0) request.limit = *config.limit;
  if (config.sort && app.count("--sort") == 0) sort = *config.sort;
  if (config.color && app.count("--color") == 0) color = *config.color;
  if (config.collapse && app.count("--collapse") == 0) collapse = *config.collapse;
  if (config.query_lang && app.count("--query-lang") == 0)
    request.query_language = *config.query_lang;
  aliases.insert(aliases.begin(), config.aliases.begin(), config.aliases.end());
}

// How results are printed.
struct Output {
  bool json = false;
  bool count = false;
  bool explain = false;
  bool color = false;
};

// Searches `request` and prints its results; `where` prefixes an error
// (a batch's file and line), `batch_query` is the query as its batch wrote
// it (nullopt for a query of the command line). Returns the exit status of
// this query alone.
int SearchOne(const steppe::Searcher& searcher, const steppe::Analyzer& analyzer,
              const steppe::SearchRequest& request, const Output& output, std::string_view where,
              std::optional<std::string_view> batch_query) {
  auto result = searcher.Search(request);
  if (!result.ok()) {
    const bool bad_query = absl::IsInvalidArgument(result.status());
    fmt::print(stderr, "steppe-search: {}{}{}\n", where, bad_query ? "bad query: " : "",
               std::string(result.status().message()));
    return kExitError;
  }
  // Dictionaries load when the search first needs them: one that failed
  // made the search wrong.
  if (!analyzer.status().ok()) {
    fmt::print(stderr, "steppe-search: {}\n", std::string(analyzer.status().message()));
    return kExitError;
  }
  if (output.explain) {
    if (batch_query.has_value()) fmt::print(stderr, "{}{}\n", where, *batch_query);
    for (const std::string& line : result->expansions) fmt::print(stderr, "{}\n", line);
    fmt::print(stderr, "{}\n", result->query_description);
  }
  if (output.count) {
    if (batch_query.has_value()) {
      fmt::print("{}\t{}\n", result->matches_estimated, *batch_query);
    } else {
      fmt::print("{}\n", result->matches_estimated);
    }
  } else if (output.json) {
    steppe::PrintJson(*result, stdout, batch_query);
  } else {
    if (batch_query.has_value()) fmt::print("== {}\n", *batch_query);
    steppe::PrintHuman(*result, request, output.color, stdout);
  }
  if (result->did_you_mean) {
    if (output.json) {
      steppe::PrintDidYouMeanJson(*result->did_you_mean, stdout, batch_query);
    } else {
      steppe::PrintDidYouMeanHuman(*result->did_you_mean, output.color, stdout);
    }
  }
  if (result->facets) {
    if (output.json) {
      steppe::PrintFacetsJson(*result->facets, stdout, batch_query);
    } else {
      steppe::PrintFacetsHuman(*result->facets, output.color, stdout);
    }
  }
  if (batch_query.has_value() && !output.count && !output.json) fmt::print("\n");
  if (output.count) return result->matches_estimated > 0 ? kExitHits : kExitNoHits;
  return result->hits.empty() ? kExitNoHits : kExitHits;
}

int Run(int argc, char** argv) {
  CLI::App app{
      "Ranked search (BM25) over steppe databases: English, Russian and Kazakh news, any\n"
      "spelling of a name (Tokayev, Toqaev, Токаев, Тоқаевтың) finding the others.\n\n"
      "Query syntax: words (any case, any of en/ru/kk), \"exact phrases\", AND OR NOT XOR,\n"
      "+required -excluded, ( ), a NEAR b, a NEAR/3 b, title:word, lang:ru,\n"
      "source:\"Steppe Herald\", id:en-001, date ranges 2019-06-01..2019-06-30.",
      "steppe-search"};
  app.footer(
      "Examples (on the sample corpus: steppe-index corpora/{news,csv,html,pages}, or the\n"
      "installed /usr/share/steppe/sample/):\n"
      "  steppe-search tokayev inauguration\n"
      "  steppe-search Toqaev                      # Tokayev, Токаев, Тоқаевтың too\n"
      "  steppe-search --lang ru --since 2022 Токаев\n"
      "  steppe-search '\"wheat harvest\"' --sort date\n"
      "  steppe-search --facets Tokayev            # by language, source and year\n"
      "  steppe-search --explain Tselinograd       # what a name was expanded to\n"
      "  steppe-search --json --limit 3 -- -camel Baikonur | jq -r .id\n"
      "  steppe-search --similar en-001 --lang kk  # Kazakh articles like en-001\n\n"
      "Databases: --db, else $STEPPE_DB, else the configuration file's db, else\n"
      "./steppe-db. Configuration: $STEPPE_CONFIG, else\n"
      "$XDG_CONFIG_HOME/steppe/config.toml (see steppe-config(5)); options given here win.\n"
      "Colour only on a terminal, never with NO_COLOR or TERM=dumb (--color to choose).\n\n"
      "Exit status: 0 hits found, 1 no hits, 2 error. More: man steppe-search.");
  // Like most shell tools, a repeated option takes its last value.
  app.option_defaults()->multi_option_policy(CLI::MultiOptionPolicy::TakeLast);
  std::vector<std::string> dbs;
  steppe::SearchRequest request;
  std::vector<std::string> words;
  std::string sort = "relevance";
  std::string color = "auto";
  bool json = false;
  bool count = false;
  bool explain = false;
  app.add_option("--db,-d", dbs,
                 "Database folder or Xapian stub file; repeat to search several as one "
                 "(default: $STEPPE_DB, else the configuration's db, else ./steppe-db)")
      ->allow_extra_args(false)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  app.add_option("--lang,-l", request.languages, "Only documents in this language (en, ru, kk)")
      ->allow_extra_args(false)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  app.add_option("--query-lang", request.query_language,
                 "Analyse the query as en, ru or kk, or 'auto' to guess, or 'any': every "
                 "language a word could be (the default)");
  app.add_option("--source,-s", request.sources, "Only documents from this source")
      ->allow_extra_args(false)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  app.add_option("--since", request.since, "Only documents dated on or after YYYY[-MM[-DD]]");
  app.add_option("--until", request.until, "Only documents dated on or before YYYY[-MM[-DD]]");
  app.add_option("--limit,-n", request.limit, "Hits to show (default 10)");
  app.add_option("--offset", request.offset, "Hits to skip first (for paging)");
  app.add_option("--sort", sort, "relevance (default) or date (newest first)")
      ->check(CLI::IsMember({"relevance", "date"}));
  app.add_flag("--all", request.all_words, "Match all words (default: any word, best first)");
  app.add_flag("--exact", request.exact,
               "Names only as written: Astana does not also look for Nur-Sultan, Akmola, "
               "Нұр-Сұлтан (the gazetteer's other names)");
  app.add_flag("--json", json, "JSON Lines: one object per hit, nothing else on standard output");
  app.add_flag("--count", count, "Print only the number of matching documents");
  app.add_flag("--facets", request.facets,
               "Also count the matching documents by language, source and year (a bar chart; "
               "with --json one more object, {\"facets\": ...})");
  app.add_flag("--explain", explain,
               "Print on standard error what each query word and name was expanded to (its "
               "terms, its name key, the gazetteer's other names), then the Xapian query");
  std::vector<std::string> aliases;
  app.add_option("--aliases", aliases,
                 "A file of your own names in the gazetteer's format (id | type | canonical | "
                 "alias | ...; see corpora/gazetteer/README.md), added to the bundled one; "
                 "repeat for several")
      ->allow_extra_args(false)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  app.add_option("--color", color, "auto (default: on a terminal, unless NO_COLOR), always, never")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  bool collapse = true;
  app.add_flag("--collapse,!--no-collapse", collapse,
               "--no-collapse shows every copy of a story (republished elsewhere, or in another "
               "language) instead of the best one and \"+N similar\" (--collapse, the default)");
  app.add_option("--similar", request.similar_to,
                 "Instead of a query: the articles most like the one with this id (more like "
                 "this), with any filters");
  std::string queries_file;
  app.add_option("--queries", queries_file,
                 "Search each line of this file (- for standard input) as a query, with the "
                 "same options, in one process (blank lines and lines starting with # are "
                 "skipped); --json adds each hit's \"query\", --count prints COUNT<TAB>QUERY");
  app.add_option("QUERY", words, "The query; use -- before a query starting with '-'");
  app.set_version_flag("--version", steppe::VersionLine("steppe-search"));
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? kExitHits : kExitError;
  }
  const int query_sources = (words.empty() ? 0 : 1) + (queries_file.empty() ? 0 : 1) +
                            (request.similar_to.empty() ? 0 : 1);
  if (query_sources != 1) {
    fmt::print(stderr, "steppe-search: {}\n",
               query_sources == 0
                   ? "no query given (a QUERY, --queries FILE or --similar ID)"
                   : "give one of a QUERY, --queries FILE and --similar ID, not several");
    return kExitError;
  }
  const steppe::Environment& env = steppe::ProcessEnvironment();
  auto config = steppe::LoadToolConfig(env);
  if (!config.ok()) {
    fmt::print(stderr, "steppe-search: {}\n", std::string(config.status().message()));
    return kExitError;
  }
  ApplyConfig(config->search, app, request, sort, color, collapse, aliases);
  request.collapse = collapse;
  if (dbs.empty()) dbs = steppe::DefaultDatabases(*config, env);
  request.query = absl::StrJoin(words, " ");
  request.sort = sort == "date" ? steppe::SortOrder::kDate : steppe::SortOrder::kRelevance;
  if (count) {
    request.offset = 0;
    request.limit = 0;
  }

  // One bundled gazetteer for the analysis and the query's names, the
  // user's names added after the analysis has read it.
  auto gazetteer = steppe::Gazetteer::Bundled();
  if (!gazetteer.ok()) {
    fmt::print(stderr, "steppe-search: {}\n", std::string(gazetteer.status().message()));
    return kExitError;
  }
  auto analyzer = steppe::Analyzer::Create(*gazetteer);
  if (!analyzer.ok()) {
    fmt::print(stderr, "steppe-search: {}\n", std::string(analyzer.status().message()));
    return kExitError;
  }
  auto databases = steppe::DatabaseSet::Open(dbs);
  if (!databases.ok()) {
    fmt::print(stderr, "steppe-search: {}\n", std::string(databases.status().message()));
    return kExitError;
  }
  for (const std::string& path : aliases) {
    if (auto added = gazetteer->AddFile(path); !added.ok()) {
      fmt::print(stderr, "steppe-search: {}\n", std::string(added.message()));
      return kExitError;
    }
  }
  steppe::Searcher searcher(*databases, **analyzer, &*gazetteer);
  const Output output{json, count, explain, steppe::UseColor(color, STDOUT_FILENO, env)};
  if (queries_file.empty()) {
    ExitWithoutTeardown(SearchOne(searcher, **analyzer, request, output, "", std::nullopt));
  }
  // A batch: each line a query, with the same options.
  std::ifstream file;
  if (queries_file != "-") {
    file.open(queries_file);
    if (!file) {
      fmt::print(stderr, "steppe-search: {}: cannot read the queries file\n", queries_file);
      return kExitError;
    }
  }
  std::istream& in = queries_file == "-" ? std::cin : file;
  const std::string name = queries_file == "-" ? "standard input" : queries_file;
  int status = kExitNoHits;
  std::size_t number = 0;
  for (std::string line; std::getline(in, line);) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    const std::size_t first = line.find_first_not_of(" \t");
    if (first == std::string::npos || line[first] == '#') continue;
    request.query = line;
    const int one = SearchOne(searcher, **analyzer, request, output,
                              fmt::format("{}:{}: ", name, number), line);
    if (one == kExitError || (one == kExitHits && status != kExitError)) status = one;
  }
  if (in.bad()) {
    fmt::print(stderr, "steppe-search: {}: read error after line {}\n", name, number);
    status = kExitError;
  }
  ExitWithoutTeardown(status);
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return Run(argc, argv);
  } catch (const Xapian::Error& e) {
    fmt::print(stderr, "steppe-search: {}\n", e.get_description());
    return kExitError;
  } catch (const std::exception& e) {
    fmt::print(stderr, "steppe-search: {}\n", e.what());
    return kExitError;
  }
}
