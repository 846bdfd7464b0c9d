// analysis_cost: how much of end-to-end indexing time analysis costs.
//
// On one input, in one run: (0) runs the analysis chain alone (Analyzer:
// segmentation, filters, stemming) over every record's title and text with
// a fresh Analyzer, timed; (1) reads every record and builds its Xapian
// document (analysis, postings, stored data) with another, timed; (2) writes those documents,
// already built, into a fresh database, timed: what indexing would cost if
// analysis were free; (3) indexes the same input end to end with
// RunIndexing (reading, analysis and writing overlapped) into another fresh
// database, timed. The chain's share is (0) of (3); reading and document
// building together add (3) - (2) to what writing alone costs, whether they
// run beside the writer or not.
//
//   analysis_cost [--threads N] INPUT.jsonl
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include "bench/problems_reporter.h"
#include "indexer/document_builder.h"
#include "indexer/index_writer.h"
#include "indexer/indexing_run.h"
#include "indexer/input_feed.h"
#include "tokenizers/analyzer.h"
#include "tokenizers/language.h"

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

double Since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

int Run(int argc, char** argv) {
  CLI::App app{"Share of end-to-end indexing time that analysis costs", "analysis_cost"};
  std::string input;
  unsigned threads = 0;
  unsigned commit_every = steppe::IndexOptions{}.commit_every;
  app.add_option("INPUT", input, "A JSON Lines dump")->required()->check(CLI::ExistingFile);
  app.add_option("--threads", threads, "As steppe-index --threads");
  bool chain_only_run = false;
  app.add_flag("--chain-only", chain_only_run,
               "Run the analysis chain alone and stop (to profile it, under perf say)");
  CLI11_PARSE(app, argc, argv);

  std::string pattern = (fs::temp_directory_path() / "steppe-analysis-cost-XXXXXX").string();
  if (mkdtemp(pattern.data()) == nullptr) return 2;
  const fs::path work = pattern;

  // (1) Read and analyse, one Analyzer, warm from nothing as a run starts.
  std::vector<steppe::Record> records;
  steppe::InputFeed feed(
      std::nullopt, steppe::ReaderLimits{},
      [&records](std::unique_ptr<steppe::WorkItem> item) {
        if (item->kind == steppe::WorkItem::Kind::kRecord)
          records.push_back(std::move(item->record));
      },
      [] { return false; });
  feed.ReadAll({{input, 0}});
  auto chain = steppe::Analyzer::Create();
  if (!chain.ok()) return 2;
  auto start = Clock::now();
  for (const steppe::Record& record : records) {
    const steppe::Language language = steppe::ParseLanguage(record.lang);
    // As the document builder runs it.
    std::size_t terms = 0;
    const auto count = [&terms](const steppe::Analyzer::IndexWordTerms&) { ++terms; };
    (*chain)->ForEachIndexTerm(record.title, language, 0, count);
    (*chain)->ForEachIndexTerm(record.text, language, 0, count);
  }
  const double chain_only = Since(start);
  if (chain_only_run) {
    fmt::print("analysis chain alone (one thread, cold): {:.2f} s\n", chain_only);
    fs::remove_all(work);
    return 0;
  }

  auto analyzer = steppe::Analyzer::Create();
  if (!analyzer.ok()) return 2;
  const steppe::DocumentBuilder builder(**analyzer);
  std::vector<steppe::BuiltDocument> built;
  built.reserve(records.size());
  start = Clock::now();
  for (const steppe::Record& record : records) {
    auto document = builder.Build(record);
    if (document.ok()) built.push_back(std::move(*document));
  }
  const double analysis = Since(start);

  // (2) Write the built documents: indexing with free analysis.
  auto writer = steppe::IndexWriter::Open((work / "written").string(), commit_every);
  if (!writer.ok()) return 2;
  start = Clock::now();
  for (const steppe::BuiltDocument& document : built) {
    if (!(*writer)->Write(document).ok()) return 2;
  }
  if (!(*writer)->Commit().ok()) return 2;
  const double write_only = Since(start);
  writer->reset();

  // (3) End to end.
  steppe::IndexOptions options;
  options.inputs = {input};
  options.db_path = (work / "indexed").string();
  options.threads = threads;
  steppe::bench::ProblemsReporter reporter("analysis_cost");
  auto stats = steppe::RunIndexing(options, reporter);
  fs::remove_all(work);
  if (!stats.ok()) return 2;

  const double mb = static_cast<double>(stats->bytes) / 1e6;
  fmt::print("input: {} records, {:.2f} MB\n", records.size(), mb);
  fmt::print("analysis chain alone (one thread, cold):   {:.2f} s, {:.2f} MB/s\n", chain_only,
             mb / chain_only);
  fmt::print("building documents (analysis included):   {:.2f} s, {:.2f} MB/s\n", analysis,
             mb / analysis);
  fmt::print("writing the built documents alone:        {:.2f} s\n", write_only);
  fmt::print("end to end ({} analysis threads):          {:.2f} s, {:.2f} MB/s\n", stats->threads,
             stats->seconds, mb / stats->seconds);
  fmt::print("the analysis chain's time is {:.1f}% of end to end\n",
             100.0 * chain_only / stats->seconds);
  fmt::print("reading and building add {:.2f} s to writing alone: {:.1f}% of end to end\n",
             stats->seconds - write_only, 100.0 * (stats->seconds - write_only) / stats->seconds);
  return 0;
}

}  // namespace

int main(int argc, char** argv) { return Run(argc, argv); }
