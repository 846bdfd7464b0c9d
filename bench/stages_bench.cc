// Microbenchmarks of each analysis and indexing stage, in MB/s of input,
// over the texts of the sample corpus (corpora/news/*.jsonl).
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include <benchmark/benchmark.h>
#include <nlohmann/json.hpp>

#include "indexer/byte_source.h"
#include "indexer/document_builder.h"
#include "indexer/jsonl_reader.h"
#include "tokenizers/analyzer.h"
#include "tokenizers/case_folder.h"
#include "tokenizers/segmenter.h"

namespace steppe {
namespace {

struct Sample {
  std::string jsonl;            // every JSON line of the corpus
  std::vector<Record> records;  // the same, parsed
  std::string all_text;         // every text, joined
};

const Sample& GetSample() {
  static const Sample sample = [] {
    Sample s;
    for (const auto& entry :
         std::filesystem::directory_iterator(std::string(STEPPE_CORPORA_DIR) + "/news")) {
      std::ifstream in(entry.path());
      s.jsonl.append(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }
    std::size_t at = 0;
    while (at < s.jsonl.size()) {
      const std::size_t end = s.jsonl.find('\n', at);
      const auto row = nlohmann::json::parse(s.jsonl.substr(at, end - at));
      Record record;
      record.id = row.value("id", "");
      record.title = row.value("title", "");
      record.text = row.value("text", "");
      record.lang = row.value("lang", "");
      record.date = row.value("date", "");
      record.source = row.value("source", "");
      s.all_text += record.title + "\n" + record.text + "\n";
      s.records.push_back(std::move(record));
      at = end == std::string::npos ? s.jsonl.size() : end + 1;
    }
    return s;
  }();
  return sample;
}

const Analyzer& GetAnalyzer() {
  static const std::unique_ptr<Analyzer> analyzer = std::move(Analyzer::Create().value());
  return *analyzer;
}

void BM_Segment(benchmark::State& state) {
  const std::string& text = GetSample().all_text;
  Segmenter segmenter;
  for (auto _ : state) benchmark::DoNotOptimize(segmenter.Segment(text));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_Segment);

void BM_CaseFold(benchmark::State& state) {
  const std::string& text = GetSample().all_text;
  auto folder = CaseFolder::Create().value();
  for (auto _ : state) benchmark::DoNotOptimize(folder->Fold(text));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_CaseFold);

void BM_GuessLanguage(benchmark::State& state) {
  const Sample& sample = GetSample();
  std::size_t bytes = 0;
  for (auto _ : state) {
    for (const Record& record : sample.records) {
      benchmark::DoNotOptimize(GetAnalyzer().GuessLanguage(record.text));
      bytes += std::min(record.text.size(), LanguageGuesser::kSampleBytes);
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
}
BENCHMARK(BM_GuessLanguage);

void BM_AnalyzeIndexMode(benchmark::State& state) {
  const Sample& sample = GetSample();
  std::size_t bytes = 0;
  for (auto _ : state) {
    for (const Record& record : sample.records) {
      benchmark::DoNotOptimize(
          GetAnalyzer().Analyze(record.text, ParseLanguage(record.lang), AnalysisMode::kIndex));
      bytes += record.text.size();
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
}
BENCHMARK(BM_AnalyzeIndexMode);

class NullSink : public RecordSink {
 public:
  bool OnRecord(Record record) override {
    benchmark::DoNotOptimize(record);
    return true;
  }
  bool OnBadRecord(const Origin&, std::string_view) override { return true; }
};

void BM_ReadJsonLines(benchmark::State& state) {
  const std::string& jsonl = GetSample().jsonl;
  JsonlReader reader{ReaderLimits{}};
  NullSink sink;
  for (auto _ : state) {
    StringSource source(jsonl);
    benchmark::DoNotOptimize(reader.Read(source, "bench", sink));
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * jsonl.size()));
}
BENCHMARK(BM_ReadJsonLines);

void BM_BuildDocument(benchmark::State& state) {
  const Sample& sample = GetSample();
  DocumentBuilder builder(GetAnalyzer());
  std::size_t bytes = 0;
  for (auto _ : state) {
    for (const Record& record : sample.records) {
      benchmark::DoNotOptimize(builder.Build(record));
      bytes += record.title.size() + record.text.size();
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
}
BENCHMARK(BM_BuildDocument);

}  // namespace
}  // namespace steppe

BENCHMARK_MAIN();
