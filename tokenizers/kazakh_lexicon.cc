#include "tokenizers/kazakh_lexicon.h"

#include <fstream>
#include <optional>
#include <sstream>
#include <utility>
#include <vector>

#include <unicode/uchar.h>

#include "absl/strings/str_cat.h"
#include "steppe_data/kKazakhLexicon.h"
#include "tokenizers/kazakh_phonology.h"
#include "tokenizers/snapshot.h"
#include "tokenizers/snapshot_hash.h"

namespace steppe::kazakh {
namespace {

constexpr std::string_view kSnapshotKind = "kazakh-lexicon";

std::u32string Fold(std::string_view utf8) {
  std::u32string word = ToUtf32(utf8);
  for (char32_t& c : word) c = static_cast<char32_t>(u_foldCase(static_cast<UChar32>(c), 0));
  for (char32_t& c : word) c = FoldLetter(c);
  return word;
}

std::string_view Trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r')) {
    text.remove_suffix(1);
  }
  return text;
}

template <typename Fn>
void ForEachLine(std::string_view text, Fn fn) {
  while (!text.empty()) {
    const std::size_t end = text.find('\n');
    fn(Trim(text.substr(0, end)));
    if (end == std::string_view::npos) break;
    text.remove_prefix(end + 1);
  }
}

}  // namespace

std::u32string CanonicalVerb(std::u32string_view stem) {
  std::u32string out(stem);
  if (out.size() >= 3 && (out.back() == U'ы' || out.back() == U'і') &&
      !IsVowel(out[out.size() - 2]) && out[out.size() - 2] != U'й') {
    out.pop_back();
  }
  return Devoice(out);
}

absl::StatusOr<KazakhLexicon> KazakhLexicon::Load(const std::string& hunspell_dic,
                                                  std::string_view snapshot) {
  KazakhLexicon lexicon;
  // The snapshot of this very file: nothing to read.
  const std::optional<SnapshotReader> given = SnapshotReader::Open(snapshot, kSnapshotKind);
  if (given.has_value() && given->Matches({hunspell_dic}) && lexicon.Open(snapshot)) {
    lexicon.from_snapshot_ = true;
  } else {
    const std::optional<FileStamp> stamp = StampOf(hunspell_dic);
    std::ifstream in(hunspell_dic, std::ios::binary);
    if (!in) return absl::NotFoundError(absl::StrCat("cannot read ", hunspell_dic));
    std::ostringstream text;
    text << in.rdbuf();
    std::vector<std::u32string> nouns;
    std::vector<std::u32string> verbs;
    ReadHunspell(
        text.str(), [&](std::u32string root) { nouns.push_back(std::move(root)); },
        [&](std::u32string stem) { verbs.push_back(std::move(stem)); });
    if (nouns.empty()) {
      return absl::InvalidArgumentError(absl::StrCat(hunspell_dic, " holds no words"));
    }
    const auto bytes = [](const std::vector<std::u32string>& words) {
      std::vector<std::string_view> views;
      views.reserve(words.size());
      for (const std::u32string& word : words) views.push_back(Bytes(word));
      return views;
    };
    SnapshotWriter out(kSnapshotKind, {stamp.value_or(FileStamp{})}, SnapshotHash(text.str()));
    FrozenStrings::Write(bytes(nouns), out);
    FrozenStrings::Write(bytes(verbs), out);
    lexicon.owned_snapshot_ = std::make_shared<const std::string>(std::move(out).Finish());
    if (!lexicon.Open(*lexicon.owned_snapshot_)) {
      return absl::InternalError(
          absl::StrCat("the snapshot made of ", hunspell_dic, " does not read back"));
    }
  }
  lexicon.AddOwn(data::kKazakhLexicon);
  return lexicon;
}

bool KazakhLexicon::Open(std::string_view snapshot) {
  std::optional<SnapshotReader> in = SnapshotReader::Open(snapshot, kSnapshotKind);
  if (!in.has_value()) return false;
  std::optional<FrozenStrings> nouns = FrozenStrings::Read(*in);
  std::optional<FrozenStrings> verbs = FrozenStrings::Read(*in);
  if (!nouns.has_value() || !verbs.has_value()) return false;
  listed_nouns_ = *nouns;
  listed_verbs_ = *verbs;
  snapshot_ = snapshot;
  return true;
}

std::u32string KazakhLexicon::InfinitiveStem(std::u32string_view word) {
  if (word.size() < 2) return {};
  std::u32string stem(word.substr(0, word.size() - 1));
  if (word.back() == U'ю') {
    if (stem.back() != U'и') stem.push_back(U'й');  // қою -> қой, кию -> ки
  } else if (word.back() != U'у') {
    return {};
  }
  // Two-letter stems in a vowel are few (де, же, жу, ки ...); тау, бау,
  // кеу are nouns hunspell-kk marks as verbs.
  if (stem.size() < 2) return {};
  if (stem.size() == 2 && IsVowel(stem[1]) && stem[1] != U'у' && stem[1] != U'и' && stem != U"де" &&
      stem != U"же") {
    return {};
  }
  return CanonicalVerb(stem);
}

void KazakhLexicon::AddHunspell(std::string_view dic_text) {
  ReadHunspell(
      dic_text, [&](std::u32string root) { nouns_.insert(std::move(root)); },
      [&](std::u32string stem) { verbs_.insert(std::move(stem)); });
}

void KazakhLexicon::ReadHunspell(std::string_view dic_text,
                                 absl::FunctionRef<void(std::u32string)> noun,
                                 absl::FunctionRef<void(std::u32string)> verb) {
  if (dic_text.substr(0, 3) == "\xEF\xBB\xBF") dic_text.remove_prefix(3);
  bool first = true;
  ForEachLine(dic_text, [&](std::string_view line) {
    if (first) {  // the entry count
      first = false;
      if (!line.empty() && line.front() >= '0' && line.front() <= '9') return;
    }
    if (line.empty()) return;
    const std::size_t slash = line.find('/');
    std::u32string word = Fold(line.substr(0, slash));
    const std::string_view flags =
        slash == std::string_view::npos ? std::string_view() : line.substr(slash + 1);
    if (word.empty()) return;
    if (!flags.empty() && flags.front() == 'M') {
      if (std::u32string stem = InfinitiveStem(word); !stem.empty()) verb(std::move(stem));
    } else if (word.size() > 2) {  // its two-letter words are mostly suffixes (ды, ға)
      noun(std::move(word));
    }
  });
}

void KazakhLexicon::AddOwn(std::string_view list_text) {
  ForEachLine(list_text, [&](std::string_view line) {
    if (line.empty() || line.front() == '#') return;
    std::string_view target;
    const std::size_t arrow = line.find('>');
    if (arrow != std::string_view::npos) {
      target = Trim(line.substr(arrow + 1));
      line = Trim(line.substr(0, arrow));
    }
    char tag = 0;
    if (line.size() > 2 && (line[0] == 'n' || line[0] == 'v' || line[0] == '=') && line[1] == ' ') {
      tag = line[0];
      line = Trim(line.substr(2));
    }
    const std::u32string word = Fold(line);
    if (word.empty()) return;
    switch (tag) {
      case 'n':
        nouns_.insert(word);
        own_nouns_.insert(word);
        if (!target.empty()) roots_[word] = Fold(target);
        break;
      case 'v':
        verbs_.insert(CanonicalVerb(word));
        own_verbs_.insert(CanonicalVerb(word));
        break;
      case '=':
        protected_.insert(word);
        break;
      default:
        if (!target.empty()) forms_[word] = Fold(target);
        break;
    }
  });
}

const std::u32string* KazakhLexicon::FormStem(std::u32string_view word) const {
  const auto found = forms_.find(word);
  return found == forms_.end() ? nullptr : &found->second;
}

const std::u32string* KazakhLexicon::RootStem(std::u32string_view root) const {
  const auto found = roots_.find(root);
  return found == roots_.end() ? nullptr : &found->second;
}

}  // namespace steppe::kazakh
