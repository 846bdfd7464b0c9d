// Microbenchmarks of each analysis and indexing stage, in MB/s of input,
// over about 1.5 MB of real news per language from ../shared/corpora when it
// is there, else over the sample corpus (corpora/news/*.jsonl): reading
// (decompression, JSON Lines parsing), segmentation, case folding, language
// identification, stemming, name keys, the whole analysis chain, document
// building, packing the stored data, and writing built documents to Xapian.
#include <algorithm>
#include <array>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include <zlib.h>
#include <zstd.h>

#include <benchmark/benchmark.h>
#include <xapian.h>
#include <nlohmann/json.hpp>

#include "indexer/archive_input.h"
#include "indexer/byte_source.h"
#include "indexer/document_builder.h"
#include "indexer/index_writer.h"
#include "indexer/jsonl_reader.h"
#include "tokenizers/analyzer.h"
#include "tokenizers/case_folder.h"
#include "tokenizers/document_data.h"
#include "tokenizers/name_key.h"
#include "tokenizers/segmenter.h"
#include "tokenizers/stemmers.h"

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
    // Real news when ../shared/corpora is there (about 1.5 MB per language),
    // else the sample corpus we wrote.
    const std::filesystem::path shared = std::string(STEPPE_SHARED_CORPORA_DIR) + "/news";
    const std::vector<std::filesystem::path> real = {
        shared / "en/bbc-news-2004-2005.jsonl", shared / "ru/ng-ru_kw_eval.jsonl",
        shared / "kk/kaznerd-test-pseudoarticles.jsonl"};
    if (std::all_of(real.begin(), real.end(),
                    [](const auto& path) { return std::filesystem::exists(path); })) {
      constexpr std::size_t kBytesPerLanguage = 1500000;
      for (const auto& path : real) {
        std::ifstream in(path);
        std::string line;
        std::size_t taken = 0;
        while (taken < kBytesPerLanguage && std::getline(in, line)) {
          s.jsonl += line + "\n";
          taken += line.size() + 1;
        }
      }
    } else {
      for (const auto& entry :
           std::filesystem::directory_iterator(std::string(STEPPE_CORPORA_DIR) + "/news")) {
        std::ifstream in(entry.path());
        s.jsonl.append(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
      }
    }
    std::size_t at = 0;
    while (at < s.jsonl.size()) {
      const std::size_t end = s.jsonl.find('\n', at);
      const auto row = nlohmann::json::parse(s.jsonl.substr(at, end - at));
      const auto field = [&row](const char* key) {
        const auto it = row.find(key);
        return it != row.end() && it->is_string() ? it->get<std::string>() : std::string();
      };
      Record record;
      record.id = field("id");
      record.title = field("title");
      record.text = field("text");
      record.lang = field("lang");
      record.date = field("date");
      record.source = field("source");
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

// The language a benchmark's argument names: 0 en, 1 ru, 2 kk.
Language LanguageArg(const benchmark::State& state) {
  return std::array{Language::kEnglish, Language::kRussian, Language::kKazakh}[state.range(0)];
}

// Analyses every record of `language` with `analyzer` as the indexer does
// (ForEachIndexTerm); returns the bytes of text analysed.
std::size_t AnalyzeRecords(const Analyzer& analyzer, Language language) {
  std::size_t bytes = 0;
  for (const Record& record : GetSample().records) {
    if (ParseLanguage(record.lang) != language) continue;
    benchmark::DoNotOptimize(analyzer.ForEachIndexTerm(
        record.text, language, 0, [](const Analyzer::IndexWordTerms& word) {
          benchmark::DoNotOptimize(word.term.data());
          benchmark::DoNotOptimize(word.name_keys.data());
        }));
    bytes += record.text.size();
  }
  return bytes;
}

// The whole analysis chain over the records of one language, as the indexer
// runs it. The first pass fills the caches, as it would early in a real run.
void BM_AnalyzeIndexMode(benchmark::State& state) {
  const Language language = LanguageArg(state);
  std::size_t bytes = 0;
  for (auto _ : state) bytes += AnalyzeRecords(GetAnalyzer(), language);
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
  state.SetLabel(std::string(LanguageCode(language)));
}
BENCHMARK(BM_AnalyzeIndexMode)->Arg(0)->Arg(1)->Arg(2);

// The same with a fresh Analyzer for every pass, its caches empty: the cost
// of the first sight of each word, which dominates on a new corpus. The
// Analyzer is made (dictionaries loaded) outside the timed part.
void BM_AnalyzeColdIndexMode(benchmark::State& state) {
  const Language language = LanguageArg(state);
  std::size_t bytes = 0;
  for (auto _ : state) {
    state.PauseTiming();
    std::unique_ptr<Analyzer> analyzer = std::move(Analyzer::Create().value());
    if (!analyzer->LoadDictionaries().ok()) {
      state.SkipWithError("cannot load the dictionaries");
      return;
    }
    state.ResumeTiming();
    bytes += AnalyzeRecords(*analyzer, language);
    state.PauseTiming();
    analyzer.reset();
    state.ResumeTiming();
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
  state.SetLabel(std::string(LanguageCode(language)));
}
BENCHMARK(BM_AnalyzeColdIndexMode)->Arg(0)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond);

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

// A folder under the temp folder for files a benchmark writes, removed at exit.
const std::filesystem::path& ScratchDir() {
  static const struct Scratch {
    std::filesystem::path path;
    Scratch() {
      std::string pattern =
          (std::filesystem::temp_directory_path() / "steppe-stages-bench-XXXXXX").string();
      if (mkdtemp(pattern.data()) != nullptr) path = pattern;
    }
    ~Scratch() {
      std::error_code error;
      std::filesystem::remove_all(path, error);
    }
  } scratch;
  return scratch.path;
}

// The sample's JSON Lines compressed as a dump would be: 0 .jsonl.gz
// (zlib, default level), 1 .jsonl.zst (zstd, default level).
std::string CompressedSample(int kind) {
  const std::string& jsonl = GetSample().jsonl;
  std::string path = (ScratchDir() / (kind == 0 ? "sample.jsonl.gz" : "sample.jsonl.zst")).string();
  if (std::filesystem::exists(path)) return path;
  if (kind == 0) {
    gzFile out = gzopen(path.c_str(), "wb");
    gzwrite(out, jsonl.data(), static_cast<unsigned>(jsonl.size()));
    gzclose(out);
  } else {
    std::string packed(ZSTD_compressBound(jsonl.size()), '\0');
    packed.resize(ZSTD_compress(packed.data(), packed.size(), jsonl.data(), jsonl.size(),
                                ZSTD_CLEVEL_DEFAULT));
    std::ofstream(path, std::ios::binary) << packed;
  }
  return path;
}

// Decompressing a dump as the indexer reads it (libarchive), in MB/s of
// the decompressed JSON Lines.
void BM_Decompress(benchmark::State& state) {
  const std::string path = CompressedSample(static_cast<int>(state.range(0)));
  std::size_t bytes = 0;
  for (auto _ : state) {
    auto input = ArchiveInput::Open(path);
    if (!input.ok() || !(*input)->NextEntry().ok()) {
      state.SkipWithError("cannot open the compressed sample");
      return;
    }
    for (auto block = (*input)->Next(); block.ok() && !block->empty(); block = (*input)->Next()) {
      bytes += block->size();
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
  state.SetLabel(state.range(0) == 0 ? "gz" : "zst");
}
BENCHMARK(BM_Decompress)->Arg(0)->Arg(1);

// The words of one language's records as the stemmers see them: segmented
// and through the token filters (Analyzer::Analyze in index mode).
const std::vector<Token>& WordsOf(Language language) {
  static std::array<std::vector<Token>, 3> words;
  static std::array<bool, 3> made{};
  const auto at = static_cast<std::size_t>(language == Language::kEnglish   ? 0
                                           : language == Language::kRussian ? 1
                                                                            : 2);
  if (!made[at]) {
    for (const Record& record : GetSample().records) {
      if (ParseLanguage(record.lang) != language) continue;
      auto tokens = GetAnalyzer().Analyze(record.text, language, AnalysisMode::kIndex);
      words[at].insert(words[at].end(), tokens.begin(), tokens.end());
    }
    made[at] = true;
  }
  return words[at];
}

std::size_t WordBytes(const std::vector<Token>& words) {
  std::size_t bytes = 0;
  for (const Token& word : words) bytes += word.text.size() + 1;
  return bytes;
}

// Stemming alone: each word's index term (Snowball English, our Russian and
// Kazakh stemmers), with a fresh Stemmers for every pass so nothing is
// cached from the pass before; in MB/s of the words' text.
void BM_Stem(benchmark::State& state) {
  const Language language = LanguageArg(state);
  const std::vector<Token>& words = WordsOf(language);
  const AnalyzerOptions defaults;
  std::size_t bytes = 0;
  for (auto _ : state) {
    state.PauseTiming();
    auto stemmers = Stemmers::Create(defaults.hunspell_dir, defaults.english_words);
    if (!stemmers.ok() || !(*stemmers)->LoadAll().ok()) {
      state.SkipWithError("cannot load the stemmers' dictionaries");
      return;
    }
    state.ResumeTiming();
    for (const Token& word : words)
      benchmark::DoNotOptimize((*stemmers)->IndexTerm(word, language));
    bytes += WordBytes(words);
  }
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
  state.SetLabel(std::string(LanguageCode(language)));
}
BENCHMARK(BM_Stem)->Arg(0)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond);

// Name keys (name_key.h) of every word: what a name's spellings fold to.
void BM_NameKeys(benchmark::State& state) {
  const Language language = LanguageArg(state);
  const std::vector<Token>& words = WordsOf(language);
  for (auto _ : state) {
    for (const Token& word : words) benchmark::DoNotOptimize(NameKeys(word.text));
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * WordBytes(words)));
  state.SetLabel(std::string(LanguageCode(language)));
}
BENCHMARK(BM_NameKeys)->Arg(0)->Arg(1)->Arg(2);

// Compressing each record's stored data (document_data.h).
void BM_PackDocumentData(benchmark::State& state) {
  std::vector<std::string> stored;
  std::size_t size = 0;
  for (const Record& record : GetSample().records) {
    stored.push_back(
        nlohmann::json{{"id", record.id}, {"title", record.title}, {"text", record.text}}.dump());
    size += stored.back().size();
  }
  for (auto _ : state) {
    for (const std::string& json : stored) benchmark::DoNotOptimize(PackDocumentData(json));
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * size));
}
BENCHMARK(BM_PackDocumentData);

// Writing built documents into a fresh Xapian database (IndexWriter:
// replace by id, commit every 1,000), in MB/s of the records' text: the
// stage that bounds end-to-end indexing.
void BM_WriteDocuments(benchmark::State& state) {
  DocumentBuilder builder(GetAnalyzer());
  std::vector<BuiltDocument> built;
  std::size_t bytes = 0;
  for (const Record& record : GetSample().records) {
    auto document = builder.Build(record);
    if (!document.ok()) continue;
    built.push_back(std::move(*document));
    bytes += record.title.size() + record.text.size();
  }
  int pass = 0;
  for (auto _ : state) {
    state.PauseTiming();
    const std::string path = (ScratchDir() / ("write-" + std::to_string(pass++))).string();
    auto writer = IndexWriter::Open(path, 1000);
    if (!writer.ok()) {
      state.SkipWithError("cannot create a database");
      return;
    }
    state.ResumeTiming();
    for (const BuiltDocument& document : built)
      benchmark::DoNotOptimize((*writer)->Write(document));
    benchmark::DoNotOptimize((*writer)->Commit());
    state.PauseTiming();
    writer->reset();
    std::filesystem::remove_all(path);
    state.ResumeTiming();
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
}
BENCHMARK(BM_WriteDocuments)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace steppe

BENCHMARK_MAIN();
