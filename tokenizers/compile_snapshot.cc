// compile_snapshot: writes the snapshot (snapshot.h) of one of the
// dictionaries steppe loads at run time, for the build to compile in.
//
//   compile_snapshot russian HUNSPELL_DIR OUT   (its ru_RU.aff and ru_RU.dic)
//   compile_snapshot kazakh KK_DIC OUT          (hunspell-kk's kk_KZ.dic)
//   compile_snapshot english WORD_LIST OUT      (wamerican's american-english)
//
// When the dictionary cannot be loaded it writes an empty snapshot and says
// so: steppe then reads the dictionary when it needs it, as it does any
// dictionary but the one the build saw. Exits 1 if OUT cannot be written,
// 2 on a bad command line.
#include <fstream>
#include <iostream>
#include <string>
#include <string_view>

#include "absl/status/statusor.h"
#include "tokenizers/english_words.h"
#include "tokenizers/kazakh_lexicon.h"
#include "tokenizers/russian_dictionary.h"

namespace {

// The snapshot of the `kind` dictionary at `source`.
absl::StatusOr<std::string> Snapshot(std::string_view kind, const std::string& source) {
  if (kind == "russian") {
    auto dictionary = steppe::RussianDictionary::Load(source);
    if (!dictionary.ok()) return dictionary.status();
    return std::string((*dictionary)->snapshot());
  }
  if (kind == "kazakh") {
    auto lexicon = steppe::kazakh::KazakhLexicon::Load(source);
    if (!lexicon.ok()) return lexicon.status();
    return std::string(lexicon->snapshot());
  }
  auto words = steppe::EnglishWords::Load(source);
  if (!words.ok()) return words.status();
  return std::string((*words)->snapshot());
}

}  // namespace

int main(int argc, char** argv) {
  const std::string_view kind = argc == 4 ? argv[1] : "";
  if (kind != "russian" && kind != "kazakh" && kind != "english") {
    std::cerr << "usage: compile_snapshot russian|kazakh|english SOURCE OUT\n";
    return 2;
  }
  std::string snapshot;
  if (auto made = Snapshot(kind, argv[2]); made.ok()) {
    snapshot = std::move(*made);
  } else {
    std::cerr << "compile_snapshot: " << made.status().message()
              << "; steppe will read the dictionary when it needs it\n";
  }
  std::ofstream out(argv[3], std::ios::binary | std::ios::trunc);
  out << snapshot;
  out.close();
  if (!out) {
    std::cerr << "compile_snapshot: cannot write " << argv[3] << "\n";
    return 1;
  }
  return 0;
}
