#include "tokenizers/russian_dictionary.h"

#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/ucnv.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <fstream>
#include <numeric>
#include <optional>
#include <utility>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/ascii.h"
#include "tokenizers/hunspell_suffixes.h"
#include "tokenizers/snapshot_hash.h"
#include "tokenizers/utf32.h"

namespace steppe {
namespace {

// What the entries of one folded word are, common (lower-case) or names
// (capitalized): with the affix flags of a noun or adjective, with a verb's
// (hunspell-ru: L for verbs, B for imperatives), or without flags.
constexpr std::uint8_t kCommonNominal = 1;
constexpr std::uint8_t kCommonVerbal = 2;
constexpr std::uint8_t kCommonListed = 4;
constexpr std::uint8_t kProperNominal = 8;
constexpr std::uint8_t kProperVerbal = 16;
constexpr std::uint8_t kProperListed = 32;
constexpr std::uint8_t kParadigm = kCommonNominal | kCommonVerbal | kProperNominal | kProperVerbal;
constexpr std::uint8_t kCommon = kCommonNominal | kCommonVerbal | kCommonListed;
constexpr std::uint8_t kProper = kProperNominal | kProperVerbal | kProperListed;
// A listed form, or a plural paradigm (углы), with a known nominative (see
// NominativeOf), and that nominative.
constexpr std::uint8_t kHasNominative = 64;
constexpr std::uint8_t kNominative = 128;

// The same in every run and build, as fingerprints and snapshots need.
std::uint64_t HashOf(std::string_view text) { return SnapshotHash(text); }

constexpr std::string_view kSnapshotKind = "russian-dictionary";

// Appends `text` to `out` in lower case, ё as е, for ASCII and Cyrillic
// (U+0400-U+045F) text, byte by byte: the dictionary has nothing else, and
// ICU would take a third of Load() for the same. False, with `out` as it
// was, for any other character.
bool AppendFoldedCyrillic(std::string_view text, std::string& out) {
  const std::size_t size = out.size();
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto lead = static_cast<unsigned char>(text[i]);
    if (lead < 0x80) {
      out.push_back(absl::ascii_tolower(static_cast<char>(lead)));
      continue;
    }
    const auto trail = i + 1 < text.size() ? static_cast<unsigned char>(text[++i]) : 0;
    if ((lead == 0xD0 && trail == 0x81) || (lead == 0xD1 && trail == 0x91)) {
      out.append("\xD0\xB5");  // Ё, ё
    } else if (lead == 0xD0 && trail >= 0x80 && trail <= 0x8F) {
      out.push_back('\xD1');  // Ѐ-Џ to ѐ-џ
      out.push_back(static_cast<char>(trail + 0x10));
    } else if (lead == 0xD0 && trail >= 0x90 && trail <= 0x9F) {
      out.push_back('\xD0');  // А-П to а-п
      out.push_back(static_cast<char>(trail + 0x20));
    } else if (lead == 0xD0 && trail >= 0xA0 && trail <= 0xAF) {
      out.push_back('\xD1');  // Р-Я to р-я
      out.push_back(static_cast<char>(trail - 0x20));
    } else if ((lead == 0xD0 && trail >= 0xB0 && trail <= 0xBF) ||
               (lead == 0xD1 && trail >= 0x80 && trail <= 0x9F)) {
      out.push_back(static_cast<char>(lead));  // already lower case
      out.push_back(static_cast<char>(trail));
    } else {
      out.resize(size);
      return false;
    }
  }
  return true;
}

// Appends `text` in lower case, ё as е: how words reach the stemmer.
void AppendFolded(std::string_view utf8, std::string& out) {
  if (AppendFoldedCyrillic(utf8, out)) return;
  icu::UnicodeString folded = icu::UnicodeString::fromUTF8(utf8);
  folded.toLower(icu::Locale::getRoot());
  folded.findAndReplace(icu::UnicodeString(static_cast<UChar32>(0x0451)),
                        icu::UnicodeString(static_cast<UChar32>(0x0435)));
  folded.toUTF8String(out);
}

bool StartsUpper(std::string_view utf8) {
  if (utf8.empty()) return false;
  const auto lead = static_cast<unsigned char>(utf8[0]);
  if (lead < 0x80) return absl::ascii_isupper(static_cast<char>(lead));
  // Ѐ-Я, with Ё, are U+0400-U+042F: D0 80-AF.
  if (lead == 0xD0 && utf8.size() > 1) return static_cast<unsigned char>(utf8[1]) < 0xB0;
  return u_isupper(icu::UnicodeString::fromUTF8(utf8).char32At(0));
}

bool AllCyrillic(std::string_view word) {
  if (word.size() % 2 != 0) return false;
  for (std::size_t i = 0; i < word.size(); i += 2) {
    if (word[i] != '\xD0' && word[i] != '\xD1') return false;
  }
  return true;
}

// Hunspell's names for encodings that ICU spells otherwise.
std::string IcuEncodingName(std::string name) {
  const std::string lower = absl::AsciiStrToLower(name);
  if (lower == "microsoft-cp1251") return "windows-1251";
  if (lower == "iso8859-5") return "ISO-8859-5";
  return name;
}

// The encoding an .aff names on its SET line; hunspell's default is ISO 8859-1.
std::string AffEncoding(std::string_view aff) {
  while (!aff.empty()) {
    const std::size_t newline = aff.find('\n');
    std::string_view line = aff.substr(0, newline);
    aff.remove_prefix(newline == std::string_view::npos ? aff.size() : newline + 1);
    if (line.substr(0, 4) != "SET ") continue;
    line.remove_prefix(4);
    const std::size_t end = line.find_first_of(" \t\r");
    return std::string(line.substr(0, end));
  }
  return "ISO8859-1";
}

bool Readable(const std::string& path) { return std::ifstream(path).good(); }

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  std::string text(static_cast<std::size_t>(std::max<std::streamoff>(in.tellg(), 0)), '\0');
  in.seekg(0);
  in.read(text.data(), static_cast<std::streamsize>(text.size()));
  text.resize(static_cast<std::size_t>(in.gcount()));
  return text;
}

constexpr std::size_t kLetter = 2;  // bytes, in the all-Cyrillic words below

bool IsVowel(std::string_view letter) {
  return std::string_view("аеиоуыэюяьъй").find(letter) != std::string_view::npos;
}

// After these a noun's endings are spelled the same hard or soft (мужем,
// пальцем, свечей).
bool EndsHushing(std::string_view stem) {
  return stem.ends_with("ж") || stem.ends_with("ш") || stem.ends_with("ч") || stem.ends_with("щ") ||
         stem.ends_with("ц");
}

// Which nominatives a case ending allows: a hard one (стол, окно, вода)
// with а, у, о, ы or ов, a soft one (конь, поле, земля) with я, ю, ей or
// ем; е and и go with both.
struct Declension {
  bool hard = true;
  bool soft = true;
};
Declension DeclensionOf(std::string_view stem, std::string_view ending) {
  if (EndsHushing(stem) || ending.empty()) return {};
  const std::string_view first = ending.substr(0, kLetter);
  if (first == "я" || first == "ю" || ending == "ей" || ending == "ем") return {false, true};
  if (first == "а" || first == "у" || first == "о" || first == "ы" || ending == "ов") {
    return {true, false};
  }
  return {};
}

// The nominative of a masculine noun whose oblique stem is `stem`, with
// the fleeting vowel put back before its last letter: льв: лев, бойц: боец,
// пальц: палец; певц: певец, огн: огонь, угл: угол, Египт: Египет. "" when
// the dictionary has none of `declension`: a paradigm, or a word without
// flags whose genitive is listed too (угол, угла; not денег, of деньги).
// With `genitive_needed`, a paradigm needs the listed genitive too.
// Two-letter stems take -о- only (мха: мох, not мех).
template <typename Paradigm, typename Listed>
std::string WithFleetingVowel(const std::string& stem, Declension declension, bool genitive_needed,
                              Paradigm paradigm, Listed listed) {
  if (stem.size() < 2 * kLetter) return "";
  const std::string last = stem.substr(stem.size() - kLetter);
  const std::string before = stem.substr(stem.size() - 2 * kLetter, kLetter);
  const std::string head = stem.substr(0, stem.size() - kLetter);
  std::vector<std::string> bases;
  if (before == "ь" || before == "й") {
    bases.push_back(stem.substr(0, stem.size() - 2 * kLetter) + "е" + last);
  } else if (!IsVowel(before) && !IsVowel(last)) {
    bases.push_back(head + "о" + last);
    if (stem.size() > 2 * kLetter) bases.push_back(head + "е" + last);
  }
  const bool genitive_listed = listed(stem + "а") || listed(stem + "я");
  if (genitive_needed && !genitive_listed) return "";
  for (const std::string& base : bases) {
    for (const std::string_view soft : {"", "ь"}) {
      if (soft.empty() ? !declension.hard : !declension.soft) continue;
      std::string word = base + std::string(soft);
      if (paradigm(word) || (genitive_listed && listed(word))) return word;
    }
  }
  return "";
}

// The nominative of a listed noun form, one hunspell-ru's affixes cannot
// make, when the dictionary has it; "" otherwise. `form` is folded and all
// Cyrillic; `paradigm(word)` tells whether `word` is an entry with a noun's
// or adjective's flags, `listed(word)` whether it is an entry without
// flags, of the case of `form` (common or name). Four patterns, each kept
// narrow, for verb forms are listed too (приму is not прием, уйму not
// уйма), and the nominative must take the form's ending (хором is not
// хорь's):
//   - -ом/-ем after a hushing consonant or ц (мужем: муж, Парижем: Париж);
//   - the stem, with the fleeting vowel put back before its last letter if
//     need be (певцом: певец, огня: огонь, Египта: Египет, льва: лев,
//     деревнями: деревня), when it has a listed form with an ending only
//     nouns have (певцов, огням, Египтом, деревнях) or a plural paradigm
//     (огни/O);
//   - a genitive plural without ending (лиц: лицо, Афин: Афины);
//   - -мя nouns (времени, именем: время, имя).
template <typename Paradigm, typename Listed>
std::string NominativeOf(std::string_view form, bool proper, Paradigm paradigm, Listed listed) {
  static constexpr std::array<std::string_view, 21> kEndings = {
      "ами", "ями", "ом", "ем", "ой", "ей", "ою", "ею", "ам", "ям", "ах",
      "ях",  "ов",  "ев", "а",  "я",  "у",  "ю",  "е",  "ы",  "и"};
  // Endings no verb form has.
  static constexpr std::array<std::string_view, 8> kNounEndings = {"ом", "ов", "ам",  "ами",
                                                                   "ах", "ям", "ями", "ях"};
  static constexpr std::array<std::string_view, 9> kPluralEndings = {"ов",  "ев",  "ей", "ам", "ям",
                                                                     "ами", "ями", "ах", "ях"};
  if (form.ends_with("ся") || form.ends_with("сь")) return "";
  const auto other_paradigm = [&](const std::string& word) {
    return word != form && paradigm(word);
  };
  const auto other_listed = [&](const std::string& word) { return word != form && listed(word); };
  const auto noun_stem = [&](const std::string& stem) {
    return std::any_of(
               kNounEndings.begin(), kNounEndings.end(),
               [&](std::string_view ending) { return listed(stem + std::string(ending)); }) ||
           paradigm(stem + "ы") || paradigm(stem + "и");
  };

  // A genitive plural without ending, of a neuter or a plural-only noun
  // (not сорок: сорока; хором is not хоромы).
  const bool bare = std::none_of(kEndings.begin(), kEndings.end(), [&](std::string_view ending) {
    return ending.size() > kLetter && form.ends_with(ending);
  });
  if (form.size() >= 3 * kLetter && bare) {
    for (const std::string_view suffix : {"о", "ы", "и"}) {
      if (suffix == "и" && !proper) continue;
      std::string word = std::string(form) + std::string(suffix);
      if (other_paradigm(word)) return word;
    }
  }
  for (const std::string_view ending : kEndings) {
    if (!form.ends_with(ending)) continue;
    std::string stem(form.substr(0, form.size() - ending.size()));
    const std::size_t stem_letters = stem.size() / kLetter;
    if (stem_letters < 2) continue;
    if (stem.ends_with("мен")) {
      std::string neuter = stem.substr(0, stem.size() - 2 * kLetter) + "я";
      if (other_paradigm(neuter) || other_listed(neuter)) return neuter;
    }
    if ((ending == "ом" || ending == "ем") && stem_letters >= 3 && EndsHushing(stem) &&
        other_paradigm(stem)) {
      return stem;
    }
    if (!noun_stem(stem)) continue;
    // Two-letter stems need a genitive and an instrumental listed (сна,
    // сном: сон; not трем, трах: тор).
    if (stem_letters == 2 && !((listed(stem + "а") && listed(stem + "ом")) ||
                               (listed(stem + "я") && listed(stem + "ем")))) {
      continue;
    }
    const Declension declension = DeclensionOf(stem, ending);
    if (stem_letters >= 3) {
      // The stem as it is, bare for a genitive plural (счетов: счет; a
      // listed form in -ом is an adverb: потом, рядом), or with a
      // feminine, neuter or soft ending (деревнями: деревня, путями: путь;
      // not дыбом: дыба).
      if ((ending == "ов" || ending == "ев") && other_paradigm(stem)) return stem;
      const bool masculine = ending == "ом" || ending == "ем" || ending == "ов" || ending == "ев";
      for (const std::string_view suffix : {"а", "я", "о", "е", "ь"}) {
        if (masculine && (suffix == "а" || suffix == "я")) continue;
        const bool soft = suffix == "я" || suffix == "е" || suffix == "ь";
        if (soft ? !declension.soft : !declension.hard) continue;
        std::string word = stem + std::string(suffix);
        if (other_paradigm(word) || (suffix == "ь" && other_listed(word))) return word;
      }
    }
    if (std::string nominative = WithFleetingVowel(stem, declension, false, paradigm, listed);
        !nominative.empty()) {
      return nominative;
    }
    // Plural-only nouns: нардов: нарды, Гималаев: Гималаи (not готов: готы).
    const bool plural =
        std::find(kPluralEndings.begin(), kPluralEndings.end(), ending) != kPluralEndings.end();
    if (plural && stem_letters >= 4) {
      for (const std::string_view suffix : {"ы", "и"}) {
        if (suffix == "и" && !proper) continue;
        std::string word = stem + std::string(suffix);
        if (other_paradigm(word)) return word;
      }
    }
  }
  return "";
}

}  // namespace

RussianDictionary::~RussianDictionary() = default;

absl::StatusOr<std::unique_ptr<RussianDictionary>> RussianDictionary::Load(
    const std::string& hunspell_dir, std::string_view snapshot) {
  const std::string aff = hunspell_dir + "/ru_RU.aff";
  const std::string dic = hunspell_dir + "/ru_RU.dic";
  std::unique_ptr<RussianDictionary> dictionary(new RussianDictionary());
  // The snapshot of these very files: nothing to read.
  const std::optional<SnapshotReader> given = SnapshotReader::Open(snapshot, kSnapshotKind);
  if (given.has_value() && given->Matches({aff, dic}) && dictionary->Open(snapshot)) {
    dictionary->from_snapshot_ = true;
    return dictionary;
  }
  if (!Readable(aff) || !Readable(dic)) {
    return absl::NotFoundError("hunspell-ru dictionary not readable: " + aff + ", " + dic);
  }
  const std::vector<FileStamp> stamps = {StampOf(aff).value_or(FileStamp{}),
                                         StampOf(dic).value_or(FileStamp{})};
  const std::string aff_text = ReadFile(aff);
  const std::string dic_text = ReadFile(dic);
  dictionary->fingerprint_ = HashOf(aff_text) * 1000003 + HashOf(dic_text);
  // The same files, copied or touched since the snapshot was made.
  if (given.has_value() && given->fingerprint() == dictionary->fingerprint_ &&
      dictionary->Open(snapshot)) {
    dictionary->from_snapshot_ = true;
    return dictionary;
  }
  const std::string encoding = AffEncoding(aff_text);
  const std::string lower = absl::AsciiStrToLower(encoding);
  if (lower != "utf-8" && lower != "utf8") {
    dictionary->encoding_ = IcuEncodingName(encoding);
    UErrorCode status = U_ZERO_ERROR;
    UConverter* converter = ucnv_open(dictionary->encoding_.c_str(), &status);
    if (U_FAILURE(status)) {
      return absl::FailedPreconditionError("hunspell-ru: unknown encoding " + encoding);
    }
    ucnv_close(converter);
  }
  if (absl::Status parsed = dictionary->Parse(aff, aff_text, dic, dic_text, stamps); !parsed.ok()) {
    return parsed;
  }
  return dictionary;
}

absl::Status RussianDictionary::Parse(const std::string& aff_path, std::string_view aff_text,
                                      const std::string& dic_path, std::string_view dic_text,
                                      const std::vector<FileStamp>& stamps) {
  const std::string aff_utf8 = FromDictionary(aff_text);
  std::optional<HunspellSuffixes> rules = HunspellSuffixes::Parse(aff_utf8);
  if (!rules.has_value()) {
    return absl::FailedPreconditionError(
        "hunspell-ru: " + aff_path +
        " uses affix features steppe does not read (prefixes, long flags, affixes with flags)");
  }
  // The folded entries as the .dic lists them, end to end: entry i is
  // pool[starts[i], starts[i + 1]), of the kind kinds[i].
  std::string pool;
  std::vector<std::uint32_t> starts;
  std::vector<std::uint8_t> kinds;
  std::string flag_pool;  // entry i's flags: flag_pool[flag_starts[i], flag_starts[i + 1])
  std::vector<std::uint32_t> flag_starts;
  std::vector<std::uint64_t> name_forms;
  {
    const std::string text = FromDictionary(dic_text);
    std::string_view rest = text;
    const auto next_line = [&rest] {
      const std::size_t newline = rest.find('\n');
      const std::string_view line = rest.substr(0, newline);
      rest.remove_prefix(newline == std::string_view::npos ? rest.size() : newline + 1);
      return line;
    };
    const std::string_view count_line = next_line();  // how many entries follow
    std::size_t count = 0;
    std::from_chars(count_line.data(), count_line.data() + count_line.size(), count);
    count = std::min<std::size_t>(count, text.size() / 2);
    pool.reserve(text.size());
    starts.reserve(count + 1);
    kinds.reserve(count);
    while (!rest.empty()) {
      const std::string_view line = next_line();
      // word[/flags][<space or tab> morphology]; "\/" is a slash in the word.
      std::size_t end = line.find_first_of(" \t\r");
      if (end == std::string_view::npos) end = line.size();
      std::size_t slash = 0;
      while ((slash = line.find('/', slash)) != std::string_view::npos && slash < end &&
             slash > 0 && line[slash - 1] == '\\') {
        ++slash;
      }
      const std::size_t word_end = slash != std::string_view::npos && slash < end ? slash : end;
      if (word_end == 0) continue;
      const std::string_view word = line.substr(0, word_end);
      const std::string_view flags =
          word_end < end ? line.substr(word_end + 1, end - word_end - 1) : std::string_view();
      const bool proper = StartsUpper(word);
      std::uint8_t kind = proper ? kProperListed : kCommonListed;
      if (!flags.empty()) {
        const bool verbal = flags.find_first_of("BL") != std::string_view::npos;
        kind = proper ? (verbal ? kProperVerbal : kProperNominal)
                      : (verbal ? kCommonVerbal : kCommonNominal);
      }
      starts.push_back(static_cast<std::uint32_t>(pool.size()));
      AppendFolded(word, pool);
      kinds.push_back(kind);
      flag_starts.push_back(static_cast<std::uint32_t>(flag_pool.size()));
      flag_pool.append(flags);
      if (proper) {
        // The forms of names, for MayBeName().
        rules->Expand(
            ToUtf32(std::string_view(pool).substr(starts.back())), flags,
            [&](std::u32string_view form) { name_forms.push_back(HashOf(ToUtf8(form))); });
      }
    }
  }
  std::sort(name_forms.begin(), name_forms.end());
  name_forms.erase(std::unique(name_forms.begin(), name_forms.end()), name_forms.end());
  if (kinds.empty()) return absl::DataLossError("hunspell-ru: no entries in " + dic_path);
  starts.push_back(static_cast<std::uint32_t>(pool.size()));
  flag_starts.push_back(static_cast<std::uint32_t>(flag_pool.size()));
  const auto entry = [&](std::uint32_t i) {
    return std::string_view(pool).substr(starts[i], starts[i + 1] - starts[i]);
  };

  // Sorted and unique, the kinds of a word's entries merged (лед, ледок:
  // ёж and еж, Лев and лев).
  std::vector<std::uint32_t> order(kinds.size());
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(),
            [&](std::uint32_t a, std::uint32_t b) { return entry(a) < entry(b); });
  std::vector<std::string_view> entries;
  std::vector<std::uint8_t> entry_kinds;
  entries.reserve(order.size());
  entry_kinds.reserve(order.size());
  // The flags of a word's common entries, then of its names, merged.
  std::string entry_flags;
  std::vector<std::uint32_t> entry_flag_starts = {0};
  std::string common_flags;
  std::string proper_flags;
  const auto close_flags = [&] {
    entry_flags.append(common_flags);
    entry_flag_starts.push_back(static_cast<std::uint32_t>(entry_flags.size()));
    entry_flags.append(proper_flags);
    entry_flag_starts.push_back(static_cast<std::uint32_t>(entry_flags.size()));
    common_flags.clear();
    proper_flags.clear();
  };
  for (const std::uint32_t i : order) {
    if (!entries.empty() && entries.back() == entry(i)) {
      entry_kinds.back() |= kinds[i];
    } else {
      if (!entries.empty()) close_flags();
      entries.push_back(entry(i));
      entry_kinds.push_back(kinds[i]);
    }
    std::string& merged = (kinds[i] & kProper) != 0 ? proper_flags : common_flags;
    for (std::uint32_t f = flag_starts[i]; f < flag_starts[i + 1]; ++f) {
      if (merged.find(flag_pool[f]) == std::string::npos) merged.push_back(flag_pool[f]);
    }
  }
  close_flags();
  absl::flat_hash_map<std::string_view, std::uint32_t> index;  // entry -> i
  index.reserve(entries.size());
  for (std::uint32_t i = 0; i < entries.size(); ++i) index.emplace(entries[i], i);
  const auto kind_of = [&](std::string_view word) -> std::uint8_t {
    const auto it = index.find(word);
    return it == index.end() ? 0 : entry_kinds[it->second];
  };

  // Listed forms, and plurals with a paradigm of their own (огни/O), with
  // their nominative: hunspell gives them as their own lemma, Analyze() the
  // nominative.
  std::vector<Nominative> nominatives;
  for (std::uint32_t i = 0; i < entries.size(); ++i) {
    const std::uint8_t kind = entry_kinds[i];
    const std::string_view word = entries[i];
    if (!AllCyrillic(word)) continue;
    for (const bool proper : {false, true}) {
      const std::uint8_t nominal = proper ? kProperNominal : kCommonNominal;
      const std::uint8_t listed = proper ? kProperListed : kCommonListed;
      const auto is_paradigm = [&](std::string_view w) { return (kind_of(w) & nominal) != 0; };
      const auto is_listed = [&](std::string_view w) { return (kind_of(w) & listed) != 0; };
      std::string nominative;
      if (!(kind & kParadigm) && (kind & listed)) {
        nominative = NominativeOf(word, proper, is_paradigm, is_listed);
      } else if ((kind & ~kNominative) == nominal && (word.ends_with("ы") || word.ends_with("и"))) {
        const std::string stem(word.substr(0, word.size() - kLetter));
        nominative = WithFleetingVowel(stem, DeclensionOf(stem, word.substr(stem.size())), true,
                                       is_paradigm, is_listed);
      }
      if (nominative.empty()) continue;
      const auto target = index.find(nominative);  // an entry, as the predicates said
      if (target == index.end()) continue;
      nominatives.push_back({i, target->second});
      entry_kinds[i] |= kHasNominative;
      entry_kinds[target->second] |= kNominative;
      break;
    }
  }

  // All of it as a snapshot, which the dictionary then views.
  SnapshotWriter out(kSnapshotKind, stamps, fingerprint_);
  out.AddBytes(aff_utf8);
  FrozenStrings::Write(std::move(entries), out);
  out.Add(entry_kinds);
  out.AddBytes(entry_flags);
  out.Add(entry_flag_starts);
  out.Add(nominatives);
  out.Add(name_forms);
  owned_snapshot_ = std::move(out).Finish();
  if (!Open(owned_snapshot_)) {
    return absl::InternalError("hunspell-ru: the snapshot made of " + dic_path +
                               " does not read back");
  }
  return absl::OkStatus();
}

bool RussianDictionary::Open(std::string_view snapshot) {
  std::optional<SnapshotReader> in = SnapshotReader::Open(snapshot, kSnapshotKind);
  if (!in.has_value()) return false;
  const std::optional<std::string_view> aff = in->NextBytes();
  const std::optional<FrozenStrings> entries = FrozenStrings::Read(*in);
  const std::optional<std::span<const std::uint8_t>> kinds = in->Next<std::uint8_t>();
  const std::optional<std::string_view> flags = in->NextBytes();
  const std::optional<std::span<const std::uint32_t>> flag_starts = in->Next<std::uint32_t>();
  const std::optional<std::span<const Nominative>> nominatives = in->Next<Nominative>();
  const std::optional<std::span<const std::uint64_t>> name_forms = in->Next<std::uint64_t>();
  if (!aff.has_value() || !entries.has_value() || !kinds.has_value() || !flags.has_value() ||
      !flag_starts.has_value() || !nominatives.has_value() || !name_forms.has_value()) {
    return false;
  }
  const std::size_t size = entries->size();
  const auto valid = [size](const Nominative& n) { return n.entry < size && n.nominative < size; };
  if (kinds->size() != size || flag_starts->size() != 2 * size + 1 || flag_starts->front() != 0 ||
      flag_starts->back() != flags->size() ||
      !std::is_sorted(flag_starts->begin(), flag_starts->end()) ||
      !std::all_of(nominatives->begin(), nominatives->end(), valid) ||
      !std::is_sorted(nominatives->begin(), nominatives->end(),
                      [](const Nominative& a, const Nominative& b) { return a.entry < b.entry; })) {
    return false;
  }
  std::optional<HunspellSuffixes> rules = HunspellSuffixes::Parse(*aff);
  if (!rules.has_value()) return false;
  suffixes_ = std::make_unique<HunspellSuffixes>(std::move(*rules));
  fingerprint_ = in->fingerprint();
  snapshot_ = snapshot;
  entries_ = *entries;
  kinds_ = *kinds;
  flags_ = *flags;
  flag_starts_ = *flag_starts;
  nominatives_ = *nominatives;
  name_forms_ = *name_forms;
  stemmed_off_.clear();
  return true;
}

void RussianDictionary::ForEachEntry(absl::FunctionRef<void(std::string_view)> take) const {
  for (std::size_t i = 0; i < entries_.size(); ++i) take(entries_[i]);
}

std::string_view RussianDictionary::Entry(std::size_t i) const { return entries_[i]; }

std::uint32_t RussianDictionary::Find(std::string_view word) const {
  return entries_.LowerBound(word);
}

std::optional<std::uint32_t> RussianDictionary::Lookup(std::string_view word) const {
  return entries_.Find(word);
}

std::uint8_t RussianDictionary::KindOf(std::string_view word) const {
  const std::optional<std::uint32_t> i = Lookup(word);
  return i.has_value() ? kinds_[*i] : 0;
}

std::string RussianDictionary::FromDictionary(std::string_view bytes) const {
  if (encoding_.empty()) return std::string(bytes);
  const icu::UnicodeString text(bytes.data(), static_cast<int32_t>(bytes.size()),
                                encoding_.c_str());
  std::string out;
  text.toUTF8String(out);
  return out;
}

std::vector<RussianDictionary::Lemma> RussianDictionary::Analyze(std::string_view word,
                                                                 bool title) const {
  std::vector<Lemma> lemmas;
  const auto add = [&](std::uint32_t i, bool proper) {
    if (kinds_[i] & kHasNominative) {
      const auto it =
          std::lower_bound(nominatives_.begin(), nominatives_.end(), i,
                           [](const Nominative& n, std::uint32_t e) { return n.entry < e; });
      if (it != nominatives_.end() && it->entry == i) i = it->nominative;
    }
    const std::string_view text = Entry(i);
    const bool seen = std::any_of(lemmas.begin(), lemmas.end(), [&](const Lemma& other) {
      return other.text == text && other.proper == proper;
    });
    if (!seen) lemmas.push_back({std::string(text), proper});
  };
  // The word as an entry of its own (a paradigm's first form, or listed).
  if (const std::optional<std::uint32_t> i = Lookup(word)) {
    if (kinds_[*i] & kCommon) add(*i, false);
    if (title && (kinds_[*i] & kProper)) add(*i, true);
  }
  // A form a rule made of an entry with the rule's flag.
  suffixes_->ForEachBase(
      word, [&](std::string_view base, const std::vector<const HunspellSuffixes::Rule*>& rules) {
        const std::optional<std::uint32_t> i = Lookup(base);
        if (!i.has_value()) return;
        const std::string_view common = Flags(*i, false);
        const std::string_view proper = title ? Flags(*i, true) : std::string_view();
        bool as_common = false;
        bool as_proper = false;
        for (const HunspellSuffixes::Rule* rule : rules) {
          const bool in_common = !as_common && common.find(rule->flag) != std::string_view::npos;
          const bool in_proper = !as_proper && proper.find(rule->flag) != std::string_view::npos;
          if ((in_common || in_proper) && HunspellSuffixes::MatchesEnd(*rule, base)) {
            as_common |= in_common;
            as_proper |= in_proper;
          }
        }
        if (as_common) add(*i, false);
        if (as_proper) add(*i, true);
      });
  return lemmas;
}

std::string_view RussianDictionary::Flags(std::uint32_t i, bool proper) const {
  const std::uint32_t begin = flag_starts_[2 * i + (proper ? 1 : 0)];
  const std::uint32_t end = flag_starts_[2 * i + (proper ? 2 : 1)];
  return std::string_view(flags_).substr(begin, end - begin);
}

std::vector<RussianDictionary::Lemma> RussianDictionary::Lemmas(std::string_view word) const {
  return Analyze(word, false);
}

std::vector<RussianDictionary::Lemma> RussianDictionary::TitleLemmas(std::string_view word) const {
  return Analyze(word, true);
}

bool RussianDictionary::MayBeName(std::string_view word) const {
  return std::binary_search(name_forms_.begin(), name_forms_.end(), HashOf(word));
}

bool RussianDictionary::IsParadigm(std::string_view lemma) const {
  return (KindOf(lemma) & kParadigm) != 0;
}

bool RussianDictionary::IsListedNominative(std::string_view lemma) const {
  const std::uint8_t kind = KindOf(lemma);
  return (kind & kNominative) && !(kind & kParadigm);
}

std::optional<RussianDictionary::StemGroup> RussianDictionary::Group(
    const std::string& snowball_stem) const {
  // Snowball only takes endings off, so the entries with this stem begin
  // with it: a run of the sorted entries. What it takes off each is kept
  // for the next search that passes there.
  StemGroup group;
  int paradigms = 0;
  if (stemmed_off_.empty()) stemmed_off_.assign(kinds_.size(), 0);
  for (std::size_t i = Find(snowball_stem); i < kinds_.size(); ++i) {
    const std::string_view word = Entry(i);
    if (word.substr(0, snowball_stem.size()) != snowball_stem) break;
    // A listed form with a nominative is that nominative's, not a word of
    // its own.
    if (kinds_[i] & kHasNominative) continue;
    if (stemmed_off_[i] == 0) {
      const std::string stem = snowball_(std::string(word));
      const bool prefix = word.substr(0, stem.size()) == stem;
      stemmed_off_[i] =
          prefix
              ? static_cast<std::uint8_t>(std::min<std::size_t>(word.size() - stem.size() + 1, 255))
              : 255;
    }
    if (word.size() + 1 - stemmed_off_[i] != snowball_stem.size()) continue;
    if (kinds_[i] & kParadigm) {
      group.paradigms.append(word).push_back('\n');
      ++paradigms;
    } else {
      group.has_listed_forms = true;
    }
  }
  if (paradigms < 2 && (paradigms == 0 || !group.has_listed_forms)) return std::nullopt;
  return group;
}

}  // namespace steppe
