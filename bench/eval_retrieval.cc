// eval_retrieval: ranked retrieval quality of steppe on a judged test
// collection: indexes the collection's documents with steppe's indexer,
// runs every query through steppe's searcher (default options, as
// steppe-search would), and scores the top 10 against the qrels.
//
// Prints nDCG@10, Recall@10 and MRR@10 averaged over the queries that have
// at least one relevant document. Exits 0 with a "skipped" line when the
// collection is absent.
//
//   eval_retrieval --set kazqad        (../shared/corpora/ir/kazqad, validation)
//   eval_retrieval --set tengrinews    (../shared/corpora/ir/pg-kazsearch-tengrinews)
//   eval_retrieval --docs D.jsonl --queries Q.tsv --qrels R.tsv
//   eval_retrieval --set tengrinews --engine plain-xapian   (the baseline)
//
// --engine plain-xapian is the baseline the issue measured: Xapian's own
// TermGenerator and QueryParser, no stemming, words ORed.
#include <cmath>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <xapian.h>
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "bench/problems_reporter.h"
#include "indexer/indexing_run.h"
#include "searcher/database_set.h"
#include "searcher/searcher.h"
#include "tokenizers/analyzer.h"

namespace {

namespace fs = std::filesystem;

// "qid<TAB>query" lines.
std::vector<std::pair<std::string, std::string>> ReadQueries(const std::string& path) {
  std::vector<std::pair<std::string, std::string>> queries;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    const auto tab = line.find('\t');
    if (tab == std::string::npos) continue;
    queries.emplace_back(line.substr(0, tab), line.substr(tab + 1));
  }
  return queries;
}

// TREC qrels: "qid 0 docid relevance", tabs or spaces.
std::map<std::string, std::map<std::string, int>> ReadQrels(const std::string& path) {
  std::map<std::string, std::map<std::string, int>> qrels;
  std::ifstream in(path);
  std::string qid, iteration, docid;
  int relevance = 0;
  while (in >> qid >> iteration >> docid >> relevance) qrels[qid][docid] = relevance;
  return qrels;
}

// The baseline: the collection's title and text through Xapian's
// TermGenerator without a stemmer; the id as document data.
std::uint64_t IndexPlain(const std::string& docs, const std::string& db_path) {
  Xapian::WritableDatabase db(db_path, Xapian::DB_CREATE_OR_OVERWRITE);
  Xapian::TermGenerator generator;
  std::ifstream in(docs);
  std::uint64_t count = 0;
  for (std::string line; std::getline(in, line);) {
    if (line.empty()) continue;
    const auto row = nlohmann::json::parse(line);
    Xapian::Document document;
    generator.set_document(document);
    generator.index_text(row.value("title", std::string()));
    generator.increase_termpos();
    generator.index_text(row.value("text", std::string()));
    document.set_data(row.value("id", std::string()));
    db.add_document(document);
    ++count;
  }
  db.commit();
  return count;
}

// The baseline's search: Xapian's QueryParser, words ORed, no stemming.
absl::StatusOr<std::vector<std::string>> SearchPlain(const Xapian::Database& db,
                                                     const std::string& text, std::size_t k) {
  try {
    Xapian::QueryParser parser;
    parser.set_database(db);
    Xapian::Enquire enquire(db);
    enquire.set_query(parser.parse_query(text));
    std::vector<std::string> ranked;
    const Xapian::MSet mset = enquire.get_mset(0, static_cast<Xapian::doccount>(k));
    for (auto it = mset.begin(); it != mset.end(); ++it)
      ranked.push_back(it.get_document().get_data());
    return ranked;
  } catch (const Xapian::Error& e) {
    return absl::InvalidArgumentError(e.get_description());
  }
}

struct Metrics {
  double ndcg = 0, recall = 0, mrr = 0;
};

Metrics Score(const std::vector<std::string>& ranked, const std::map<std::string, int>& judged,
              std::size_t k) {
  Metrics m;
  std::vector<int> gains;
  int relevant = 0;
  for (const auto& [doc, rel] : judged) {
    if (rel > 0) {
      gains.push_back(rel);
      ++relevant;
    }
  }
  std::sort(gains.rbegin(), gains.rend());
  double dcg = 0, ideal = 0;
  int found = 0;
  for (std::size_t i = 0; i < std::min(k, ranked.size()); ++i) {
    const auto it = judged.find(ranked[i]);
    const int rel = it == judged.end() ? 0 : it->second;
    if (rel <= 0) continue;
    dcg += (std::pow(2.0, rel) - 1) / std::log2(static_cast<double>(i) + 2);
    ++found;
    if (m.mrr == 0) m.mrr = 1.0 / static_cast<double>(i + 1);
  }
  for (std::size_t i = 0; i < std::min(k, gains.size()); ++i) {
    ideal += (std::pow(2.0, gains[i]) - 1) / std::log2(static_cast<double>(i) + 2);
  }
  m.ndcg = ideal > 0 ? dcg / ideal : 0;
  m.recall = relevant > 0 ? static_cast<double>(found) / relevant : 0;
  return m;
}

int Run(int argc, char** argv) {
  CLI::App app{"nDCG@10 of steppe on a judged collection", "eval_retrieval"};
  std::string set;
  std::string shared = "../shared/corpora";
  std::string docs, queries_path, qrels_path, work;
  std::size_t k = 10;
  bool all_words = false;
  std::string query_language;
  app.add_option("--query-lang", query_language, "As steppe-search --query-lang");
  app.add_option("--set", set, "kazqad or tengrinews (paths under --shared)");
  app.add_option("--shared", shared, "The shared corpora folder");
  app.add_option("--docs", docs, "Documents, JSON Lines");
  app.add_option("--queries", queries_path, "Queries, qid<TAB>text");
  app.add_option("--qrels", qrels_path, "Judgments, TREC qrels");
  app.add_option("--work", work, "Folder for the database (default: a fresh temp folder)");
  app.add_option("--k", k, "Cut-off (default 10)");
  app.add_flag("--all", all_words, "Match all words instead of any");
  std::string engine = "steppe";
  app.add_option("--engine", engine, "steppe, or plain-xapian for the unstemmed baseline")
      ->check(CLI::IsMember({"steppe", "plain-xapian"}));
  steppe::Bm25Parameters bm25;
  app.add_option("--bm25-k1", bm25.k1, "BM25 saturation (default: steppe-search's)");
  app.add_option("--bm25-b", bm25.b, "BM25 length normalisation (default: steppe-search's)");
  bool exact = false;
  app.add_flag("--exact", exact, "As steppe-search --exact");
  bool per_query = false;
  app.add_flag("--per-query", per_query, "Print each query's nDCG, to study failures");
  CLI11_PARSE(app, argc, argv);
  if (set == "kazqad") {
    docs = shared + "/ir/kazqad/kazqad-validation-passages.jsonl";
    queries_path = shared + "/ir/kazqad/kazqad-topics-v1.0-kk-validation.tsv";
    qrels_path = shared + "/ir/kazqad/kazqad-qrels-v1.0-validation.tsv";
  } else if (set == "tengrinews") {
    docs = shared + "/ir/pg-kazsearch-tengrinews/docs.jsonl";
    queries_path = shared + "/ir/pg-kazsearch-tengrinews/queries.tsv";
    qrels_path = shared + "/ir/pg-kazsearch-tengrinews/qrels.tsv";
  }
  for (const std::string& path : {docs, queries_path, qrels_path}) {
    if (path.empty() || !fs::exists(path)) {
      fmt::print("eval_retrieval: skipped: '{}' not found\n", path);
      return 0;
    }
  }
  const bool own_work = work.empty();
  if (own_work) {
    std::string pattern = (fs::temp_directory_path() / "steppe-eval-XXXXXX").string();
    if (mkdtemp(pattern.data()) == nullptr) return 2;
    work = pattern;
  }
  const std::string db_path = work + "/db";
  std::uint64_t documents = 0;
  std::function<absl::StatusOr<std::vector<std::string>>(const std::string&)> search;
  std::unique_ptr<steppe::Analyzer> analyzer;
  std::optional<steppe::DatabaseSet> databases;
  std::optional<steppe::Gazetteer> gazetteer;
  std::unique_ptr<steppe::Searcher> searcher;
  std::unique_ptr<Xapian::Database> plain;
  if (engine == "steppe") {
    steppe::IndexOptions options;
    options.inputs = {docs};
    options.db_path = db_path;
    steppe::bench::ProblemsReporter reporter("eval_retrieval");
    auto stats = steppe::RunIndexing(options, reporter);
    if (!stats.ok()) {
      fmt::print(stderr, "eval_retrieval: {}\n", std::string(stats.status().message()));
      return 2;
    }
    documents = stats->documents();
    auto made = steppe::Analyzer::Create();
    auto opened = steppe::DatabaseSet::Open({db_path});
    if (!made.ok() || !opened.ok()) return 2;
    analyzer = std::move(*made);
    databases.emplace(std::move(*opened));
    auto bundled = steppe::Gazetteer::Bundled();
    if (!bundled.ok()) return 2;
    gazetteer.emplace(std::move(*bundled));
    searcher = std::make_unique<steppe::Searcher>(*databases, *analyzer, &*gazetteer);
    search = [&](const std::string& text) -> absl::StatusOr<std::vector<std::string>> {
      steppe::SearchRequest request;
      request.query = text;
      request.limit = static_cast<Xapian::doccount>(k);
      request.all_words = all_words;
      request.query_language = query_language;
      request.bm25 = bm25;
      request.exact = exact;
      auto result = searcher->Search(request);
      if (!result.ok()) return result.status();
      std::vector<std::string> ranked;
      for (const auto& hit : result->hits) ranked.push_back(hit.id);
      return ranked;
    };
  } else {
    documents = IndexPlain(docs, db_path);
    plain = std::make_unique<Xapian::Database>(db_path);
    search = [&](const std::string& text) { return SearchPlain(*plain, text, k); };
  }

  const auto queries = ReadQueries(queries_path);
  const auto qrels = ReadQrels(qrels_path);
  Metrics total;
  int scored = 0, failed = 0;
  for (const auto& [qid, text] : queries) {
    const auto judged = qrels.find(qid);
    if (judged == qrels.end()) continue;
    bool any_relevant = false;
    for (const auto& [doc, rel] : judged->second) any_relevant |= rel > 0;
    if (!any_relevant) continue;
    auto result = search(text);
    std::vector<std::string> ranked;
    if (result.ok()) {
      ranked = std::move(*result);
    } else {
      ++failed;
      fmt::print(stderr, "eval_retrieval: {} '{}': {}\n", qid, text,
                 std::string(result.status().message()));
    }
    const Metrics m = Score(ranked, judged->second, k);
    if (per_query) fmt::print("{}\t{:.3f}\t{}\n", qid, m.ndcg, text);
    total.ndcg += m.ndcg;
    total.recall += m.recall;
    total.mrr += m.mrr;
    ++scored;
  }
  if (own_work) fs::remove_all(work);
  if (scored == 0) return 2;
  fmt::print(
      "{}: {} documents, {} queries ({} failed): nDCG@{}={:.3f} Recall@{}={:.3f} "
      "MRR@{}={:.3f}\n",
      set.empty() ? docs : set, documents, scored, failed, k, total.ndcg / scored, k,
      total.recall / scored, k, total.mrr / scored);
  return 0;
}

}  // namespace

int main(int argc, char** argv) { return Run(argc, argv); }
