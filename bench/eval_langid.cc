// eval_langid: how often LanguageGuesser names the right language.
//
// Five sets (--sets picks some), each item labelled by its source:
//   news       every record of news/**/*.jsonl, guessed from title + "\n" +
//              text with the record's own lang field hidden; Kazakh records
//              with "script": "Latn" are Latin-script Kazakh.
//   ud         the "# text = " sentences of ud/*/*.conllu of --min-chars
//              characters or more, labelled by the treebank's name.
//   kk-latin   the lines of news/kk/kazinform-qz-latin-script.jsonl texts of
//              --min-chars characters or more (Latin-script Kazakh).
//   news-lines the lines of every news text of --min-chars characters or
//              more that hold none of { } = _ :// (code and addresses),
//              labelled by their record (quotes in another language inside
//              a record count as errors).
//   kk-queries the Kazakh queries and questions of ir/ (queries.tsv,
//              *-topics-*.tsv), whatever their length.
// Prints per set the accuracy of the language (kk right whatever its script),
// the accuracy per gold label (en, ru, kk-Cyrl, kk-Latn), the share of
// Kazakh items whose script was told right, a confusion summary of gold
// against guess, and Guess's speed. Exits 0 with a "skipped" line when the
// corpus folder is absent.
//
//   eval_langid                                  # ../shared/corpora, every set
//   eval_langid --corpora /path/to/corpora --sets news ud --errors 20
//   eval_langid --engine cld2 | exttextcat       # the Debian libraries instead
//
// --engine runs the same sets through a packaged library, for comparison:
// CLD2 (libcld2) on the whole text, or libexttextcat restricted to its en,
// ru and kk models. Either names a language only; the Kazakh script is then
// the majority of Latin or Cyrillic letters.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <fmt/format.h>
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#ifdef STEPPE_HAVE_CLD2
#include <cld2/public/compact_lang_det.h>
#endif
#ifdef STEPPE_HAVE_EXTTEXTCAT
#include <textcat.h>
#endif

#include "tokenizers/language.h"
#include "tokenizers/language_guesser.h"
#include "tokenizers/script.h"
#include "tokenizers/utf32.h"

namespace {

namespace fs = std::filesystem;

// A gold or guessed label: the language, and for Kazakh its script.
std::string Label(steppe::Language language, steppe::Script script) {
  if (language != steppe::Language::kKazakh) return std::string(steppe::LanguageCode(language));
  return script == steppe::Script::kLatin ? "kk-Latn" : "kk-Cyrl";
}

struct Item {
  std::string text;
  steppe::Language language;
  std::string label;
  std::string origin;
};

struct Set {
  std::string name;
  std::vector<Item> items;
};

std::size_t CountChars(std::string_view text) {
  std::size_t n = 0;
  for (char c : text) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

std::vector<fs::path> FilesUnder(const fs::path& dir, std::string_view extension) {
  std::vector<fs::path> files;
  if (!fs::is_directory(dir)) return files;
  for (const auto& entry : fs::recursive_directory_iterator(dir)) {
    if (entry.is_regular_file() && entry.path().extension() == extension) {
      files.push_back(entry.path());
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

Set NewsSet(const fs::path& news_dir) {
  Set set{"news", {}};
  for (const fs::path& file : FilesUnder(news_dir, ".jsonl")) {
    std::ifstream in(file);
    std::string line;
    int line_number = 0;
    while (std::getline(in, line)) {
      ++line_number;
      if (line.empty()) continue;
      const auto row = nlohmann::json::parse(line, nullptr, false);
      if (row.is_discarded()) continue;
      const steppe::Language language = steppe::ParseLanguage(row.value("lang", ""));
      if (language == steppe::Language::kUnknown) continue;
      const bool latin = row.value("script", "") == "Latn";
      set.items.push_back(
          {row.value("title", "") + "\n" + row.value("text", ""), language,
           Label(language, latin ? steppe::Script::kLatin : steppe::Script::kCyrillic),
           fmt::format("{}:{}", file.filename().string(), line_number)});
    }
  }
  return set;
}

steppe::Language TreebankLanguage(std::string_view name) {
  if (name.starts_with("UD_English")) return steppe::Language::kEnglish;
  if (name.starts_with("UD_Russian")) return steppe::Language::kRussian;
  if (name.starts_with("UD_Kazakh")) return steppe::Language::kKazakh;
  return steppe::Language::kUnknown;
}

Set UdSet(const fs::path& ud_dir, std::size_t min_chars) {
  Set set{"ud", {}};
  for (const fs::path& file : FilesUnder(ud_dir, ".conllu")) {
    const std::string treebank = file.parent_path().filename().string();
    const steppe::Language language = TreebankLanguage(treebank);
    if (language == steppe::Language::kUnknown) continue;
    std::ifstream in(file);
    std::string line;
    int line_number = 0;
    constexpr std::string_view kPrefix = "# text = ";
    while (std::getline(in, line)) {
      ++line_number;
      if (!line.starts_with(kPrefix)) continue;
      std::string text = line.substr(kPrefix.size());
      if (CountChars(text) < min_chars) continue;
      set.items.push_back({std::move(text), language, Label(language, steppe::Script::kCyrillic),
                           fmt::format("{}:{}", file.filename().string(), line_number)});
    }
  }
  return set;
}

Set KazakhLatinLineSet(const fs::path& file, std::size_t min_chars) {
  Set set{"kk-latin", {}};
  std::ifstream in(file);
  std::string line;
  int line_number = 0;
  while (std::getline(in, line)) {
    ++line_number;
    const auto row = nlohmann::json::parse(line, nullptr, false);
    if (row.is_discarded()) continue;
    const std::string text = row.value("text", "");
    std::size_t at = 0;
    while (at <= text.size()) {
      std::size_t end = text.find('\n', at);
      if (end == std::string::npos) end = text.size();
      std::string piece = text.substr(at, end - at);
      if (CountChars(piece) >= min_chars) {
        set.items.push_back({std::move(piece), steppe::Language::kKazakh, "kk-Latn",
                             fmt::format("{}:{}", file.filename().string(), line_number)});
      }
      at = end + 1;
    }
  }
  return set;
}

// Every line of min_chars or more of every news text, labelled by its record.
Set NewsLineSet(const fs::path& news_dir, std::size_t min_chars) {
  Set set{"news-lines", {}};
  for (Item& record : NewsSet(news_dir).items) {
    const std::string& text = record.text;
    std::size_t at = 0;
    while (at <= text.size()) {
      std::size_t end = text.find('\n', at);
      if (end == std::string::npos) end = text.size();
      std::string piece = text.substr(at, end - at);
      // Lines of code, addresses and file names (embedded players, tweet
      // links) are in no language.
      const bool code = piece.find_first_of("{}=_") != std::string::npos ||
                        piece.find("://") != std::string::npos ||
                        piece.find("pic.twitter.com") != std::string::npos;
      if (!code && CountChars(piece) >= min_chars) {
        set.items.push_back({std::move(piece), record.language, record.label, record.origin});
      }
      at = end + 1;
    }
  }
  return set;
}

// Kazakh search queries and questions of the IR collections, of any length.
Set KazakhQuerySet(const fs::path& ir_dir) {
  Set set{"kk-queries", {}};
  for (const fs::path& file : FilesUnder(ir_dir, ".tsv")) {
    const std::string name = file.filename().string();
    if (name != "queries.tsv" && name.find("-topics-") == std::string::npos) continue;
    std::ifstream in(file);
    std::string line;
    int line_number = 0;
    while (std::getline(in, line)) {
      ++line_number;
      const std::size_t tab = line.find('\t');
      if (tab == std::string::npos) continue;
      set.items.push_back({line.substr(tab + 1), steppe::Language::kKazakh, "kk-Cyrl",
                           fmt::format("{}:{}", name, line_number)});
    }
  }
  return set;
}

struct Tally {
  int total = 0;
  int right = 0;
};

// An engine: a text in, a language and script out; and how many of the
// text's bytes it reads.
struct Engine {
  std::function<steppe::LanguageGuess(std::string_view)> guess;
  std::function<std::size_t(std::string_view)> bytes_read;
};

// Latin or Cyrillic, whichever has more letters.
steppe::Script MajorityScript(std::string_view text) {
  int latin = 0;
  int cyrillic = 0;
  for (const char32_t c : steppe::ToUtf32(text)) {
    const steppe::Script script = steppe::ScriptOf(static_cast<UChar32>(c));
    latin += script == steppe::Script::kLatin;
    cyrillic += script == steppe::Script::kCyrillic;
  }
  return cyrillic >= latin ? steppe::Script::kCyrillic : steppe::Script::kLatin;
}

#ifdef STEPPE_HAVE_CLD2
Engine Cld2Engine() {
  return {[](std::string_view text) {
            bool reliable = false;
            const CLD2::Language found = CLD2::DetectLanguage(
                text.data(), static_cast<int>(text.size()), /*is_plain_text=*/true, &reliable);
            steppe::Language language = steppe::Language::kUnknown;
            if (found == CLD2::ENGLISH) language = steppe::Language::kEnglish;
            if (found == CLD2::RUSSIAN) language = steppe::Language::kRussian;
            if (found == CLD2::KAZAKH) language = steppe::Language::kKazakh;
            return steppe::LanguageGuess{language, MajorityScript(text)};
          },
          [](std::string_view text) { return text.size(); }};
}
#endif

#ifdef STEPPE_HAVE_EXTTEXTCAT
// libexttextcat with only its en, ru and kk models, as steppe chooses among
// those three.
Engine ExttextcatEngine(const fs::path& work) {
  const fs::path conf = work / "steppe-eval-textcat.conf";
  std::ofstream(conf) << "en.lm en\nru.lm ru\nkk.lm kk\n";
  void* handle = special_textcat_Init(conf.c_str(), STEPPE_EXTTEXTCAT_MODELS "/");
  fs::remove(conf);
  if (handle == nullptr) return {};
  return {[handle](std::string_view text) {
            const std::string answer = textcat_Classify(handle, text.data(), text.size());
            // "[kk]", or "[ru][kk]" when unsure (the first is the best),
            // "UNKNOWN" or "SHORT".
            const std::string first = answer.substr(0, answer.find(']') + 1);
            steppe::Language language = steppe::Language::kUnknown;
            if (first == "[en]") language = steppe::Language::kEnglish;
            if (first == "[ru]") language = steppe::Language::kRussian;
            if (first == "[kk]") language = steppe::Language::kKazakh;
            return steppe::LanguageGuess{language, MajorityScript(text)};
          },
          [](std::string_view text) { return text.size(); }};
}
#endif

void Evaluate(const Set& set, const Engine& engine, int show_errors) {
  if (set.items.empty()) {
    fmt::print("[{}] no items; skipped\n", set.name);
    return;
  }
  std::map<std::string, Tally> by_label;
  std::map<std::pair<std::string, std::string>, int> confusion;
  Tally overall, kazakh_script;
  std::size_t bytes = 0;
  int shown = 0;
  const auto start = std::chrono::steady_clock::now();
  std::vector<steppe::LanguageGuess> guesses;
  guesses.reserve(set.items.size());
  for (const Item& item : set.items) {
    guesses.push_back(engine.guess(item.text));
    bytes += engine.bytes_read(item.text);
  }
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  for (std::size_t i = 0; i < set.items.size(); ++i) {
    const Item& item = set.items[i];
    const steppe::LanguageGuess guess = guesses[i];
    const bool right = guess.language == item.language;
    const std::string guessed = Label(guess.language, guess.script);
    ++overall.total;
    overall.right += right;
    Tally& tally = by_label[item.label];
    ++tally.total;
    tally.right += right;
    if (item.language == steppe::Language::kKazakh && right) {
      ++kazakh_script.total;
      kazakh_script.right += guessed == item.label;
    }
    if (guessed != item.label) ++confusion[{item.label, guessed}];
    if (!right && shown < show_errors) {
      ++shown;
      // The first 160 bytes, cut before a whole character.
      std::size_t cut = std::min<std::size_t>(item.text.size(), 160);
      while (cut < item.text.size() && cut > 0 &&
             (static_cast<unsigned char>(item.text[cut]) & 0xC0) == 0x80) {
        --cut;
      }
      std::string excerpt = item.text.substr(0, cut);
      for (char& c : excerpt) c = c == '\n' ? ' ' : c;
      fmt::print("  error {} gold={} guess={}: {}\n", item.origin, item.label, guessed, excerpt);
    }
  }
  auto percent = [](const Tally& t) { return t.total ? 100.0 * t.right / t.total : 0.0; };
  fmt::print("[{}] items={} accuracy={:.2f}% ({} wrong)\n", set.name, overall.total,
             percent(overall), overall.total - overall.right);
  for (const auto& [label, tally] : by_label) {
    fmt::print("  {:8} items={:6} accuracy={:.2f}% ({} wrong)\n", label, tally.total,
               percent(tally), tally.total - tally.right);
  }
  if (kazakh_script.total > 0) {
    fmt::print("  kk script told right: {:.2f}% of {} Kazakh items guessed kk\n",
               percent(kazakh_script), kazakh_script.total);
  }
  if (confusion.empty()) {
    fmt::print("  confusion: none\n");
  } else {
    fmt::print("  confusion (gold -> guess: count):");
    for (const auto& [pair, count] : confusion) {
      fmt::print(" {}->{}: {};", pair.first, pair.second, count);
    }
    fmt::print("\n");
  }
  const double megabytes = static_cast<double>(bytes) / 1e6;
  fmt::print("  speed: {:.1f} MB/s over {:.2f} MB sampled\n",
             seconds > 0 ? megabytes / seconds : 0.0, megabytes);
}

int Run(int argc, char** argv) {
  CLI::App app{"Language identification accuracy over the shared corpora", "eval_langid"};
  std::string corpora = STEPPE_SHARED_CORPORA_DIR;
  std::size_t min_chars = 20;
  int show_errors = 0;
  std::vector<std::string> sets = {"news", "ud", "kk-latin", "news-lines", "kk-queries"};
  app.add_option("--corpora", corpora, "The shared corpora folder (news/ and ud/ inside)");
  app.add_option("--min-chars", min_chars, "Shortest sentence or line kept, in characters");
  app.add_option("--errors", show_errors, "Print up to this many wrong guesses per set");
  app.add_option("--sets", sets, "Sets to run: news, ud, kk-latin, news-lines, kk-queries");
  std::string engine_name = "steppe";
  app.add_option("--engine", engine_name, "steppe, or a packaged library: cld2, exttextcat")
      ->check(CLI::IsMember({"steppe", "cld2", "exttextcat"}));
  CLI11_PARSE(app, argc, argv);

  if (!fs::is_directory(corpora)) {
    fmt::print("eval_langid: {} not found; skipped (shared corpora absent)\n", corpora);
    return 0;
  }
  const fs::path root(corpora);
  const steppe::LanguageGuesser guesser;
  Engine engine{[&guesser](std::string_view text) { return guesser.GuessWithScript(text); },
                [](std::string_view text) {
                  return std::min(text.size(), steppe::LanguageGuesser::kSampleBytes);
                }};
  if (engine_name == "cld2") {
#ifdef STEPPE_HAVE_CLD2
    engine = Cld2Engine();
#else
    fmt::print(stderr, "eval_langid: built without libcld2 (scripts/setup.sh installs it)\n");
    return 2;
#endif
  } else if (engine_name == "exttextcat") {
#ifdef STEPPE_HAVE_EXTTEXTCAT
    engine = ExttextcatEngine(fs::temp_directory_path());
    if (!engine.guess) {
      fmt::print(stderr, "eval_langid: libexttextcat could not load its models\n");
      return 2;
    }
#else
    fmt::print(stderr, "eval_langid: built without libexttextcat (scripts/setup.sh installs it)\n");
    return 2;
#endif
  }
  fmt::print("engine: {}\n", engine_name);
  for (const std::string& name : sets) {
    Set set;
    if (name == "news") {
      set = NewsSet(root / "news");
    } else if (name == "ud") {
      set = UdSet(root / "ud", min_chars);
    } else if (name == "news-lines") {
      set = NewsLineSet(root / "news", min_chars);
    } else if (name == "kk-queries") {
      set = KazakhQuerySet(root / "ir");
    } else if (name == "kk-latin") {
      set = KazakhLatinLineSet(root / "news/kk/kazinform-qz-latin-script.jsonl", min_chars);
    } else {
      fmt::print(stderr, "eval_langid: unknown set {}\n", name);
      return 2;
    }
    Evaluate(set, engine, show_errors);
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) { return Run(argc, argv); }
