// search_latency: in-process search latency over a query set, the work
// steppe-search does for one query, for issue 5's targets (p50 <= 2 ms and
// p99 <= 20 ms over at least 100,000 documents; bench/README.md, "Search
// latency").
//
// Contract: opens the databases, the gazetteer and the analysis as
// steppe-search does (their start-up times reported apart; the analysis
// with all its dictionaries loaded, which a process loads as its query and
// hits first need them), runs every
// query of the set once untimed (warm-up: the analysis's caches, the
// database's blocks in the page cache), then times `--runs` passes over the
// set, in order. A timed search is Searcher::Search with steppe-search's
// defaults and `--limit` hits: parse, match, documents and snippets, all it
// does before printing. Prints the documents searched, the queries, the
// percentiles of all timed searches (p50, p90, p99, max, mean, in ms), the
// slowest queries by their median with where the time goes (then timed
// apart: parsing; Xapian's matching of the parsed query alone; the rest,
// reading the hits' documents and making their snippets), and queries that
// found nothing or failed; `--json FILE` writes the same, with every
// query's times. `--cold` also searches each query once with a freshly
// created analysis (its caches empty, as a new steppe-search process has
// them; its creation and its dictionaries' loading not timed).
// Timings depend on the machine and its load: the load average at start is
// printed beside them. Exit status: 0 measured, 1 some queries failed (the
// others are measured), 2 error (no database, no query file, bad options).
//
//   search_latency --db DB [--queries FILE] [--runs 3] [--limit 10] [--json FILE]
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <memory>
#include <numeric>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <fmt/format.h>
#include <xapian.h>
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "absl/status/statusor.h"
#include "searcher/database_set.h"
#include "searcher/query_parser.h"
#include "searcher/searcher.h"
#include "tokenizers/analyzer.h"
#include "tokenizers/gazetteer.h"

namespace {

constexpr int kExitMeasured = 0;
constexpr int kExitSomeFailed = 1;
constexpr int kExitError = 2;

using Clock = std::chrono::steady_clock;

double MsSince(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

// One query of the set and what was measured of it.
struct QueryTimes {
  std::string text;
  std::string error;  // the search's error: not timed
  Xapian::doccount matches = 0;
  Xapian::termcount terms = 0;  // in the parsed query, a wildcard counting one
  bool wildcard = false;        // the parsed query expands a prefix
  Xapian::Query parsed;
  std::vector<double> whole_ms;
  std::vector<double> parse_ms;
  std::vector<double> match_ms;  // Xapian alone, the parsed query
  double median_ms = 0;          // of whole_ms
  double cold_ms = -1;           // --cold: with a fresh analysis
};

struct Options {
  std::vector<std::string> dbs;
  std::string queries_path = STEPPE_BENCH_QUERIES;
  int runs = 3;
  Xapian::doccount limit = 10;
  std::size_t slowest = 5;
  bool cold = false;
  bool no_collapse = false;
  std::string json_path;
};

// What the searches need, opened as steppe-search opens it.
struct Engine {
  steppe::DatabaseSet databases;
  std::unique_ptr<steppe::Analyzer> analyzer;
  steppe::Gazetteer gazetteer;
  double open_ms = 0, analyzer_ms = 0, gazetteer_ms = 0;
};

struct Summary {
  double p50 = 0, p90 = 0, p99 = 0, max = 0, mean = 0;
};

// The value at fraction `q` of sorted `values`, nearest rank.
double Percentile(const std::vector<double>& sorted, double q) {
  if (sorted.empty()) return 0;
  const auto rank = static_cast<std::size_t>(std::ceil(q * static_cast<double>(sorted.size())));
  return sorted[std::clamp<std::size_t>(rank, 1, sorted.size()) - 1];
}

Summary Summarize(std::vector<double> values) {
  Summary s;
  if (values.empty()) return s;
  std::sort(values.begin(), values.end());
  s.p50 = Percentile(values, 0.50);
  s.p90 = Percentile(values, 0.90);
  s.p99 = Percentile(values, 0.99);
  s.max = values.back();
  s.mean = std::accumulate(values.begin(), values.end(), 0.0) / static_cast<double>(values.size());
  return s;
}

double Median(std::vector<double> values) { return Summarize(std::move(values)).p50; }

// steppe-search's request for `query` with default options.
steppe::SearchRequest Request(const std::string& query, Xapian::doccount limit, bool collapse) {
  steppe::SearchRequest request;
  request.query = query;
  request.limit = limit;
  request.collapse = collapse;
  return request;
}

// Xapian's matching of a parsed query alone, as Searcher matches a default
// request (BM25 with its parameters; its check-at-least, mirrored here for
// this breakdown only): the top `limit` docids, no documents read.
constexpr Xapian::doccount kSearcherCheckAtLeast = 1000;

double MatchMs(const Xapian::Database& database, const Xapian::Query& query,
               Xapian::doccount limit) {
  const steppe::Bm25Parameters bm25;
  const Clock::time_point t = Clock::now();
  Xapian::Enquire enquire(database);
  enquire.set_query(query);
  enquire.set_weighting_scheme(Xapian::BM25Weight(bm25.k1, 0, 1, bm25.b, 0.5));
  const Xapian::MSet mset = enquire.get_mset(0, limit, std::max(kSearcherCheckAtLeast, limit));
  return MsSince(t);
}

// The queries of a file: one per line; blank lines and # comments skipped.
bool ReadQueries(const std::string& path, std::vector<QueryTimes>& queries) {
  std::ifstream in(path);
  if (!in) return false;
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    const auto first = line.find_first_not_of(" \t");
    if (first == std::string::npos || line[first] == '#') continue;
    queries.emplace_back().text = line.substr(first);
  }
  return true;
}

std::string LoadAverage() {
  std::ifstream in("/proc/loadavg");
  std::string one, five, fifteen;
  if (!(in >> one >> five >> fifteen)) return "unknown";
  return fmt::format("{} {} {}", one, five, fifteen);
}

nlohmann::json SummaryJson(const Summary& s) {
  return {{"p50", s.p50}, {"p90", s.p90}, {"p99", s.p99}, {"max", s.max}, {"mean", s.mean}};
}

absl::StatusOr<Engine> Open(const std::vector<std::string>& dbs) {
  Clock::time_point start = Clock::now();
  auto databases = steppe::DatabaseSet::Open(dbs);
  if (!databases.ok()) return databases.status();
  const double open_ms = MsSince(start);
  start = Clock::now();
  auto gazetteer = steppe::Gazetteer::Bundled();
  if (!gazetteer.ok()) return gazetteer.status();
  const double gazetteer_ms = MsSince(start);
  // As steppe-search makes it, with every dictionary loaded: what a process
  // that meets all three languages pays.
  start = Clock::now();
  auto analyzer = steppe::Analyzer::Create(*gazetteer);
  if (!analyzer.ok()) return analyzer.status();
  if (absl::Status loaded = (*analyzer)->LoadDictionaries(); !loaded.ok()) return loaded;
  const double analyzer_ms = MsSince(start);
  return Engine{std::move(*databases), std::move(*analyzer), std::move(*gazetteer), open_ms,
                analyzer_ms,           gazetteer_ms};
}

// Every query once, untimed: its matches and parsed query, or its error.
void WarmUp(const Engine& engine, const Options& options, std::vector<QueryTimes>& queries) {
  const steppe::Searcher searcher(engine.databases, *engine.analyzer, &engine.gazetteer);
  steppe::QueryOptions parse_options;  // as Searcher parses a default request
  parse_options.gazetteer = &engine.gazetteer;
  const steppe::QueryParser parser(*engine.analyzer, parse_options);
  for (QueryTimes& query : queries) {
    auto result = searcher.Search(Request(query.text, options.limit, !options.no_collapse));
    if (!result.ok()) {
      query.error = std::string(result.status().message());
      continue;
    }
    query.matches = result->matches_estimated;
    query.wildcard = result->query_description.find("WILDCARD") != std::string::npos;
    if (auto parsed = parser.Parse(query.text); parsed.ok()) {
      query.parsed = parsed->query;
      query.terms = query.parsed.get_length();
    }
  }
}

// The timed passes: whole searches first, then parsing and matching apart.
// Returns every whole search's time.
std::vector<double> TimePasses(const Engine& engine, const Options& options,
                               std::vector<QueryTimes>& queries) {
  const steppe::Searcher searcher(engine.databases, *engine.analyzer, &engine.gazetteer);
  steppe::QueryOptions parse_options;
  parse_options.gazetteer = &engine.gazetteer;
  const steppe::QueryParser parser(*engine.analyzer, parse_options);
  std::vector<double> all;
  for (int run = 0; run < options.runs; ++run) {
    for (QueryTimes& query : queries) {
      if (!query.error.empty()) continue;
      const steppe::SearchRequest request = Request(query.text, options.limit, !options.no_collapse);
      const Clock::time_point t = Clock::now();
      const auto result = searcher.Search(request);
      query.whole_ms.push_back(MsSince(t));
      all.push_back(query.whole_ms.back());
    }
  }
  for (int run = 0; run < options.runs; ++run) {
    for (QueryTimes& query : queries) {
      if (!query.error.empty()) continue;
      const Clock::time_point t = Clock::now();
      const auto parsed = parser.Parse(query.text);
      query.parse_ms.push_back(MsSince(t));
      query.match_ms.push_back(MatchMs(engine.databases.database(), query.parsed, options.limit));
    }
  }
  for (QueryTimes& query : queries) query.median_ms = Median(query.whole_ms);
  return all;
}

// Each query once with a fresh analysis: what a new process pays for the
// search itself, start-up aside.
absl::StatusOr<std::vector<double>> TimeCold(const Engine& engine, const Options& options,
                                             std::vector<QueryTimes>& queries) {
  std::vector<double> all;
  for (QueryTimes& query : queries) {
    if (!query.error.empty()) continue;
    auto fresh = steppe::Analyzer::Create(engine.gazetteer);
    if (!fresh.ok()) return fresh.status();
    // Its dictionaries loaded, as they would be when first needed.
    if (absl::Status loaded = (*fresh)->LoadDictionaries(); !loaded.ok()) return loaded;
    const steppe::Searcher searcher(engine.databases, **fresh, &engine.gazetteer);
    const steppe::SearchRequest request = Request(query.text, options.limit, !options.no_collapse);
    const Clock::time_point t = Clock::now();
    const auto result = searcher.Search(request);
    query.cold_ms = MsSince(t);
    all.push_back(query.cold_ms);
  }
  return all;
}

void PrintSummary(std::string_view what, std::size_t count, const Summary& s) {
  fmt::print("{} ({} searches, ms): p50 {:.3f}  p90 {:.3f}  p99 {:.3f}  max {:.3f}  mean {:.3f}\n",
             what, count, s.p50, s.p90, s.p99, s.max, s.mean);
}

void PrintReport(const Engine& engine, const Options& options,
                 const std::vector<QueryTimes>& queries, const std::vector<double>& all,
                 const std::vector<double>& all_cold) {
  std::vector<const QueryTimes*> timed, failed, empty;
  for (const QueryTimes& query : queries) {
    (query.error.empty() ? timed : failed).push_back(&query);
    if (query.error.empty() && query.matches == 0) empty.push_back(&query);
  }
  std::sort(timed.begin(), timed.end(),
            [](const QueryTimes* a, const QueryTimes* b) { return a->median_ms > b->median_ms; });
  fmt::print("database: {} ({} documents)\n", fmt::join(options.dbs, " "),
             engine.databases.database().get_doccount());
  fmt::print("start-up: open {:.1f} ms, analysis {:.1f} ms, gazetteer {:.1f} ms\n", engine.open_ms,
             engine.analyzer_ms, engine.gazetteer_ms);
  fmt::print("queries: {} from {} ({} timed, {} failed, {} without hits), {} runs, limit {}\n",
             queries.size(), options.queries_path, timed.size(), failed.size(), empty.size(),
             options.runs, options.limit);
  fmt::print("load average at start: {}\n", LoadAverage());
  const Summary total = Summarize(all);
  PrintSummary("latency", all.size(), total);
  if (options.cold)
    PrintSummary("cold, a fresh analysis per query", all_cold.size(), Summarize(all_cold));
  fmt::print("targets: p50 <= 2 ms {}, p99 <= 20 ms {}\n", total.p50 <= 2 ? "met" : "MISSED",
             total.p99 <= 20 ? "met" : "MISSED");
  fmt::print(
      "slowest queries (median ms: whole; parse, match, the rest = documents and "
      "snippets):\n");
  for (std::size_t i = 0; i < std::min(options.slowest, timed.size()); ++i) {
    const QueryTimes& q = *timed[i];
    const double parse = Median(q.parse_ms), match = Median(q.match_ms);
    fmt::print("  {:8.3f}  parse {:.3f}, match {:.3f}, rest {:.3f}; ~{} matches, {} terms{}  {}\n",
               q.median_ms, parse, match, std::max(0.0, q.median_ms - parse - match), q.matches,
               q.terms, q.wildcard ? ", wildcard" : "", q.text);
  }
  for (const QueryTimes* q : empty) fmt::print("no hits: {}\n", q->text);
  for (const QueryTimes* q : failed) fmt::print("FAILED: {}: {}\n", q->text, q->error);
}

bool WriteJson(const Engine& engine, const Options& options, const std::vector<QueryTimes>& queries,
               const std::vector<double>& all, const std::vector<double>& all_cold) {
  nlohmann::json out = {
      {"databases", options.dbs},
      {"documents", engine.databases.database().get_doccount()},
      {"queries_file", options.queries_path},
      {"queries", queries.size()},
      {"runs", options.runs},
      {"limit", options.limit},
      {"load_average", LoadAverage()},
      {"startup_ms",
       {{"open", engine.open_ms},
        {"analysis", engine.analyzer_ms},
        {"gazetteer", engine.gazetteer_ms}}},
      {"latency_ms", SummaryJson(Summarize(all))},
      {"cold_latency_ms", options.cold ? SummaryJson(Summarize(all_cold)) : nlohmann::json()},
      {"per_query", nlohmann::json::array()}};
  for (const QueryTimes& q : queries) {
    nlohmann::json entry = {{"query", q.text}};
    if (!q.error.empty()) {
      entry["error"] = q.error;
    } else {
      entry.update({{"matches", q.matches},
                    {"terms", q.terms},
                    {"wildcard", q.wildcard},
                    {"median_ms", q.median_ms},
                    {"whole_ms", q.whole_ms},
                    {"parse_ms", q.parse_ms},
                    {"match_ms", q.match_ms}});
      if (q.cold_ms >= 0) entry["cold_ms"] = q.cold_ms;
    }
    out["per_query"].push_back(std::move(entry));
  }
  std::ofstream file(options.json_path);
  file << out.dump(2) << '\n';
  return static_cast<bool>(file);
}

int Run(int argc, char** argv) {
  CLI::App app{
      "In-process search latency: every query of a set searched as steppe-search does "
      "(parse, match, top hits with snippets), after one warm-up pass.",
      "search_latency"};
  Options options;
  app.add_option("--db,-d", options.dbs, "Database folder or Xapian stub file; repeat for several")
      ->required()
      ->allow_extra_args(false);
  app.add_option("--queries,-q", options.queries_path, "Queries, one per line (# comments)")
      ->capture_default_str();
  app.add_option("--runs", options.runs, "Timed passes over the query set")
      ->capture_default_str()
      ->check(CLI::Range(1, 1000));
  app.add_option("--limit,-n", options.limit,
                 "Hits per query, with snippets, as steppe-search --limit")
      ->capture_default_str();
  app.add_option("--slowest", options.slowest, "Slowest queries to list")->capture_default_str();
  app.add_flag("--cold", options.cold,
               "Also search each query once with a freshly created analysis (its caches "
               "empty, as in a new steppe-search process; the creation not timed)");
  app.add_flag("--no-collapse", options.no_collapse,
               "Show every copy of a story, as steppe-search --no-collapse (in a corpus repeated "
               "with new ids every article has copies, which collapsing folds)");
  app.add_option("--json", options.json_path,
                 "Also write the figures and every query's times here");
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? kExitMeasured : kExitError;
  }

  std::vector<QueryTimes> queries;
  if (!ReadQueries(options.queries_path, queries)) {
    fmt::print(stderr, "search_latency: {}: cannot read the query file\n", options.queries_path);
    return kExitError;
  }
  if (queries.empty()) {
    fmt::print(stderr, "search_latency: {}: no queries in it\n", options.queries_path);
    return kExitError;
  }
  auto engine = Open(options.dbs);
  if (!engine.ok()) {
    fmt::print(stderr, "search_latency: {}\n", std::string(engine.status().message()));
    return kExitError;
  }
  WarmUp(*engine, options, queries);
  const std::vector<double> all = TimePasses(*engine, options, queries);
  std::vector<double> all_cold;
  if (options.cold) {
    auto cold = TimeCold(*engine, options, queries);
    if (!cold.ok()) {
      fmt::print(stderr, "search_latency: {}\n", std::string(cold.status().message()));
      return kExitError;
    }
    all_cold = std::move(*cold);
  }
  PrintReport(*engine, options, queries, all, all_cold);
  if (!options.json_path.empty() && !WriteJson(*engine, options, queries, all, all_cold)) {
    fmt::print(stderr, "search_latency: {}: cannot write\n", options.json_path);
    return kExitError;
  }
  const bool failed = std::any_of(queries.begin(), queries.end(),
                                  [](const QueryTimes& q) { return !q.error.empty(); });
  return failed ? kExitSomeFailed : kExitMeasured;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return Run(argc, argv);
  } catch (const Xapian::Error& e) {
    fmt::print(stderr, "search_latency: {}\n", e.get_description());
    return kExitError;
  } catch (const std::exception& e) {
    fmt::print(stderr, "search_latency: {}\n", e.what());
    return kExitError;
  }
}
