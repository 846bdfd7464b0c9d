// eval_variants: how well one spelling of a name finds the others, and how
// little it finds of look-alikes, over an evaluation set of our own
// (tests/variants/variant_eval.txt; its README gives the format).
//
// Indexes one tiny document per spelling and per inflected form (its text is
// that form alone, its language left to steppe to tell) with steppe's
// indexer, then queries every spelling and look-alike with steppe's searcher
// (default options, as steppe-search runs them), and prints:
//   recall             share of same-entity (query spelling, document
//                      spelling) pairs found; a query of more words than the
//                      document (a full name, a bare surname) is not counted
//   inflection recall  the same, for documents holding an inflected form
//   leakage            share of look-alike pairs where either finds the other
//   near-miss leakage  the same, over the pairs marked near
//
//   eval_variants [--file F] [--failures] [--exact]
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "bench/problems_reporter.h"
#include "indexer/indexing_run.h"
#include "searcher/database_set.h"
#include "searcher/searcher.h"
#include "tokenizers/analyzer.h"

namespace {

namespace fs = std::filesystem;

struct Entity {
  std::string id;
  std::vector<std::string> spellings;
  std::vector<std::string> inflected;
};

struct LookAlike {
  bool near = false;
  std::string a, b;
};

struct EvalSet {
  std::vector<Entity> entities;
  std::vector<LookAlike> look_alikes;
};

std::string Trim(const std::string& text) {
  const auto begin = text.find_first_not_of(" \t\r");
  const auto end = text.find_last_not_of(" \t\r");
  return begin == std::string::npos ? std::string() : text.substr(begin, end - begin + 1);
}

// Reads the set; an error names the file and line.
bool ReadSet(const std::string& path, EvalSet& set, std::string& error) {
  std::ifstream in(path);
  if (!in) {
    error = path + ": cannot read";
    return false;
  }
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    line = Trim(line);
    if (line.empty() || line[0] == '#') continue;
    const auto space = line.find(' ');
    const std::string keyword = line.substr(0, space);
    const std::string rest = space == std::string::npos ? "" : Trim(line.substr(space + 1));
    const auto fail = [&](const std::string& what) {
      error = fmt::format("{}:{}: {}", path, number, what);
      return false;
    };
    if (keyword == "entity") {
      if (rest.empty()) return fail("entity needs an id");
      set.entities.push_back({rest.substr(0, rest.find(' ')), {}, {}});
    } else if (keyword == "spelling" || keyword == "inflected") {
      if (set.entities.empty()) return fail(keyword + " before any entity");
      if (rest.empty()) return fail(keyword + " needs a text");
      (keyword == "spelling" ? set.entities.back().spellings : set.entities.back().inflected)
          .push_back(rest);
    } else if (keyword == "lookalike") {
      const auto kind_end = rest.find(' ');
      const std::string kind = rest.substr(0, kind_end);
      const std::string pair = kind_end == std::string::npos ? "" : rest.substr(kind_end + 1);
      const auto bar = pair.find("||");
      if ((kind != "near" && kind != "far") || bar == std::string::npos) {
        return fail("expected 'lookalike near|far A || B'");
      }
      LookAlike look{kind == "near", Trim(pair.substr(0, bar)), Trim(pair.substr(bar + 2))};
      if (look.a.empty() || look.b.empty()) return fail("a look-alike pair needs two sides");
      set.look_alikes.push_back(look);
    } else {
      return fail("unknown line '" + keyword + "'");
    }
  }
  return true;
}

std::size_t Words(const std::string& text) {
  std::size_t words = 0;
  bool in_word = false;
  for (const char c : text) {
    const bool space = c == ' ' || c == '\t';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

struct Ratio {
  std::size_t found = 0, total = 0;
  double Value() const {
    return total == 0 ? 0 : static_cast<double>(found) / static_cast<double>(total);
  }
};

int Run(int argc, char** argv) {
  CLI::App app{"Name-variant recall and look-alike leakage of steppe", "eval_variants"};
  std::string path = STEPPE_VARIANT_EVAL_FILE;
  bool failures = false;
  bool exact = false;
  app.add_flag("--exact", exact, "As steppe-search --exact (no gazetteer names)");
  bool no_gazetteer = false;
  app.add_flag("--no-gazetteer", no_gazetteer,
               "Queries without the gazetteer's names (name keys only): how names the "
               "gazetteer does not know fare");
  app.add_option("--file", path, "The evaluation set");
  app.add_flag("--failures", failures, "List every pair missed or leaked");
  double min_recall = 0;
  double min_inflection = 0;
  double max_leakage = 1;
  double max_near_leakage = 1;
  app.add_option("--min-recall", min_recall, "Fail (exit 1) below this recall");
  app.add_option("--min-inflection-recall", min_inflection,
                 "Fail (exit 1) below this inflection recall");
  app.add_option("--max-leakage", max_leakage, "Fail (exit 1) above this leakage (a share)");
  app.add_option("--max-near-leakage", max_near_leakage,
                 "Fail (exit 1) above this near-miss leakage (a share)");
  CLI11_PARSE(app, argc, argv);

  EvalSet set;
  std::string error;
  if (!ReadSet(path, set, error)) {
    fmt::print(stderr, "eval_variants: {}\n", error);
    return 2;
  }
  std::string pattern = (fs::temp_directory_path() / "steppe-variants-XXXXXX").string();
  if (mkdtemp(pattern.data()) == nullptr) return 2;
  const fs::path work = pattern;

  // One document per distinct text; its id is the text's number.
  std::map<std::string, std::string> doc_of;
  const auto add_doc = [&](const std::string& text) {
    doc_of.emplace(text, "d" + std::to_string(doc_of.size()));
  };
  for (const Entity& entity : set.entities) {
    for (const std::string& text : entity.spellings) add_doc(text);
    for (const std::string& text : entity.inflected) add_doc(text);
  }
  for (const LookAlike& look : set.look_alikes) {
    add_doc(look.a);
    add_doc(look.b);
  }
  {
    std::ofstream docs(work / "docs.jsonl");
    for (const auto& [text, id] : doc_of) {
      docs << nlohmann::json{{"id", id}, {"text", text}}.dump() << '\n';
    }
  }
  steppe::IndexOptions options;
  options.inputs = {(work / "docs.jsonl").string()};
  options.db_path = (work / "db").string();
  steppe::bench::ProblemsReporter reporter("eval_variants");
  if (auto stats = steppe::RunIndexing(options, reporter); !stats.ok()) {
    fmt::print(stderr, "eval_variants: {}\n", std::string(stats.status().message()));
    fs::remove_all(work);
    return 2;
  }
  auto analyzer = steppe::Analyzer::Create();
  auto databases = steppe::DatabaseSet::Open({options.db_path});
  if (!analyzer.ok() || !databases.ok()) return 2;
  auto gazetteer = steppe::Gazetteer::Bundled();
  if (!gazetteer.ok()) {
    fmt::print(stderr, "eval_variants: {}\n", std::string(gazetteer.status().message()));
    return 2;
  }
  const steppe::Searcher searcher(*databases, **analyzer, no_gazetteer ? nullptr : &*gazetteer);

  // What each query text finds.
  std::map<std::string, std::set<std::string>> found_by;
  const auto found = [&](const std::string& query, const std::string& doc_text) {
    auto it = found_by.find(query);
    if (it == found_by.end()) {
      steppe::SearchRequest request;
      request.query = query;
      request.limit = static_cast<Xapian::doccount>(doc_of.size());
      request.exact = exact;
      std::set<std::string> ids;
      if (auto result = searcher.Search(request); result.ok()) {
        for (const steppe::Hit& hit : result->hits) ids.insert(hit.id);
      } else {
        fmt::print(stderr, "eval_variants: query '{}': {}\n", query,
                   std::string(result.status().message()));
      }
      it = found_by.emplace(query, std::move(ids)).first;
    }
    return it->second.count(doc_of.at(doc_text)) > 0;
  };

  Ratio recall, inflection, leakage, near_leakage;
  std::size_t spellings = 0, inflected = 0;
  for (const Entity& entity : set.entities) {
    spellings += entity.spellings.size();
    inflected += entity.inflected.size();
    for (const std::string& query : entity.spellings) {
      for (const std::string& doc : entity.spellings) {
        if (doc == query || Words(query) > Words(doc)) continue;
        const bool hit = found(query, doc);
        ++recall.total;
        recall.found += hit;
        if (!hit && failures) fmt::print("missed  {}: '{}' -> '{}'\n", entity.id, query, doc);
      }
      for (const std::string& doc : entity.inflected) {
        if (Words(query) > Words(doc)) continue;
        const bool hit = found(query, doc);
        ++inflection.total;
        inflection.found += hit;
        if (!hit && failures)
          fmt::print("missed  {}: '{}' -> '{}' (inflected)\n", entity.id, query, doc);
      }
    }
  }
  for (const LookAlike& look : set.look_alikes) {
    const bool leak = found(look.a, look.b) || found(look.b, look.a);
    ++leakage.total;
    leakage.found += leak;
    if (look.near) {
      ++near_leakage.total;
      near_leakage.found += leak;
    }
    if (leak && failures) {
      fmt::print("leaked  {} '{}' <-> '{}'\n", look.near ? "near" : "far", look.a, look.b);
    }
  }
  fs::remove_all(work);
  fmt::print(
      "{} entities, {} spellings, {} inflected forms, {} look-alike pairs ({} near)\n"
      "recall {:.3f} ({} of {} pairs)\n"
      "inflection recall {:.3f} ({} of {})\n"
      "leakage {:.1f}% ({} of {})\n"
      "near-miss leakage {:.1f}% ({} of {})\n",
      set.entities.size(), spellings, inflected, leakage.total, near_leakage.total, recall.Value(),
      recall.found, recall.total, inflection.Value(), inflection.found, inflection.total,
      100 * leakage.Value(), leakage.found, leakage.total, 100 * near_leakage.Value(),
      near_leakage.found, near_leakage.total);
  bool met = true;
  const auto check = [&](bool ok, std::string_view what) {
    if (!ok) fmt::print(stderr, "eval_variants: {}\n", what);
    met = met && ok;
  };
  check(recall.Value() >= min_recall, fmt::format("recall below {}", min_recall));
  check(inflection.Value() >= min_inflection,
        fmt::format("inflection recall below {}", min_inflection));
  check(leakage.Value() <= max_leakage, fmt::format("leakage above {}", max_leakage));
  check(near_leakage.Value() <= max_near_leakage,
        fmt::format("near-miss leakage above {}", max_near_leakage));
  return met ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) { return Run(argc, argv); }
