#include "tokenizers/name_key.h"

#include <algorithm>
#include <iterator>

#include "tokenizers/utf32.h"

namespace steppe {
namespace {

// The ASCII spelling of the lower-case letters outside a-z: Cyrillic
// (Russian, then Kazakh, Kyrgyz, Uzbek, Tajik, Ukrainian) by its common
// romanization, and Latin with marks (the 2018 and 2021 Kazakh alphabets,
// Uzbek, Turkmen, Turkish, ISO 9, Western European) without them. Sorted
// by code point.
struct Romanization {
  char32_t letter;
  std::string_view ascii;
};
constexpr Romanization kRomanizations[] = {
    {U'ß', "ss"}, {U'à', "a"},  {U'á', "a"},  {U'â', "a"},  {U'ã', "a"},  {U'ä', "a"},
    {U'å', "a"},  {U'æ', "a"},  {U'ç', "ch"}, {U'è', "e"},  {U'é', "e"},  {U'ê', "e"},
    {U'ë', "e"},  {U'ì', "i"},  {U'í', "i"},  {U'î', "i"},  {U'ï', "i"},  {U'ñ', "n"},
    {U'ò', "o"},  {U'ó', "o"},  {U'ô', "o"},  {U'õ', "o"},  {U'ö', "o"},  {U'ø', "o"},
    {U'ù', "u"},  {U'ú', "u"},  {U'û', "u"},  {U'ü', "u"},  {U'ý', "y"},  {U'ÿ', "y"},
    {U'ā', "a"},  {U'ă', "a"},  {U'ą', "a"},  {U'ć', "ch"}, {U'ĉ', "ch"}, {U'č', "ch"},
    {U'ď', "d"},  {U'ē', "e"},  {U'ė', "e"},  {U'ę', "e"},  {U'ě', "e"},  {U'ĝ', "g"},
    {U'ğ', "g"},  {U'ī', "i"},  {U'į', "i"},  {U'ı', "i"},  {U'ĺ', "l"},  {U'ľ', "l"},
    {U'ł', "l"},  {U'ń', "n"},  {U'ņ', "n"},  {U'ň', "n"},  {U'ō', "o"},  {U'ő', "o"},
    {U'ř', "r"},  {U'ś', "sh"}, {U'ŝ', "sh"}, {U'ş', "sh"}, {U'š', "sh"}, {U'ţ', "t"},
    {U'ť', "t"},  {U'ū', "u"},  {U'ů', "u"},  {U'ű', "u"},  {U'ų', "u"},  {U'ź', "j"},
    {U'ż', "j"},  {U'ž', "j"},  {U'ǵ', "g"},  {U'ș', "sh"}, {U'ț', "t"},  {U'а', "a"},
    {U'б', "b"},  {U'в', "v"},  {U'г', "g"},  {U'д', "d"},  {U'е', "e"},  {U'ж', "j"},
    {U'з', "z"},  {U'и', "i"},  {U'й', "y"},  {U'к', "k"},  {U'л', "l"},  {U'м', "m"},
    {U'н', "n"},  {U'о', "o"},  {U'п', "p"},  {U'р', "r"},  {U'с', "s"},  {U'т', "t"},
    {U'у', "u"},  {U'ф', "f"},  {U'х', "h"},  {U'ц', "ts"}, {U'ч', "ch"}, {U'ш', "sh"},
    {U'щ', "sh"}, {U'ы', "y"},  {U'э', "e"},  {U'ю', "yu"}, {U'я', "ya"}, {U'ё', "yo"},
    {U'є', "e"},  {U'і', "i"},  {U'ї', "i"},  {U'ў', "u"},  {U'ґ', "g"},  {U'ғ', "g"},
    {U'қ', "k"},  {U'ң', "n"},  {U'ү', "u"},  {U'ұ', "u"},  {U'ҳ', "h"},  {U'ҷ', "j"},
    {U'һ', "h"},  {U'ә', "a"},  {U'ӣ', "i"},  {U'ө', "o"},  {U'ӯ', "u"},
};

static_assert(std::is_sorted(std::begin(kRomanizations), std::end(kRomanizations),
                             [](const Romanization& a, const Romanization& b) {
                               return a.letter < b.letter;
                             }),
              "kRomanizations is searched by code point");

// "" for a character that has no ASCII spelling here (it is dropped).
std::string_view Romanize(char32_t c) {
  const auto* it = std::lower_bound(
      std::begin(kRomanizations), std::end(kRomanizations), c,
      [](const Romanization& entry, char32_t letter) { return entry.letter < letter; });
  return it != std::end(kRomanizations) && it->letter == c ? it->ascii : std::string_view();
}

bool IsApostrophe(char32_t c) {
  return c == U'\'' || c == U'\u2019' || c == U'\u02BC' || c == U'\u02BB' || c == U'\u2018' ||
         c == U'`';
}

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// The word in ASCII, letter by letter.
std::string ToAscii(std::u32string_view word) {
  std::string out;
  out.reserve(word.size() * 2);
  for (std::size_t i = 0; i < word.size(); ++i) {
    const char32_t c = word[i];
    if ((c >= U'a' && c <= U'z') || (c >= U'0' && c <= U'9')) {
      out.push_back(static_cast<char>(c));
    } else if (c >= U'A' && c <= U'Z') {
      out.push_back(static_cast<char>(c - U'A' + U'a'));
    } else if (IsApostrophe(c)) {
      // The 2017 Kazakh alphabet: s' is ш, c' is ч; other marks go.
      if (!out.empty() && (out.back() == 's' || out.back() == 'c')) out.push_back('h');
    } else {
      out.append(Romanize(c));
    }
  }
  return out;
}

// Replaces every `from` in `text` by `to`, left to right.
void ReplaceAll(std::string& text, std::string_view from, std::string_view to) {
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    if (text.compare(i, from.size(), from) == 0) {
      out.append(to);
      i += from.size();
    } else {
      out.push_back(text[i++]);
    }
  }
  text = std::move(out);
}

}  // namespace

std::string NameKey(std::string_view word) {
  std::string key = ToAscii(ToUtf32(word));
  // Digraphs of the romanizations to one letter each; French ou is u
  // (Vinokourov, Vinokurov); Alexander and Alexandre are Александр.
  ReplaceAll(key, "ou", "u");
  for (std::string_view ending : {"ander", "andre"}) {
    if (key.size() > ending.size() + 2 && key.ends_with(ending)) {
      key.replace(key.size() - ending.size(), ending.size(), "andr");
    }
  }
  ReplaceAll(key, "shch", "sh");
  ReplaceAll(key, "dzh", "j");
  ReplaceAll(key, "zh", "j");
  ReplaceAll(key, "dj", "j");  // Джапаров, Djakishev
  ReplaceAll(key, "kh", "h");
  ReplaceAll(key, "gh", "g");
  ReplaceAll(key, "q", "k");
  ReplaceAll(key, "w", "v");
  ReplaceAll(key, "x", "ks");
  // Ye- is how English writes a word-initial е (Yerlan, Yevgeny); a later
  // yo is a ё, which Russian mostly writes е (Mirziyoyev, Мирзиёев; Fyodor,
  // Федор).
  if (key.compare(0, 2, "ye") == 0) key.erase(0, 1);
  if (key.size() > 2) {
    std::string rest = key.substr(1);
    ReplaceAll(rest, "yo", "e");
    key.resize(1);
    key.append(rest);
  }
  // A final -ий/-ый after a consonant is y, whatever wrote it (Каспий,
  // Kaspiy, not Kaspi; Дмитрий, Dmitry); otherwise y is ы, й or i, as the
  // romanization chose (Abai, Абай; Kassym, Қасым).
  bool final_y = false;
  if (key.size() > 2 && !IsVowel(key[key.size() - 3]) && key[key.size() - 3] != 'y') {
    const std::string_view end = std::string_view(key).substr(key.size() - 2);
    if (end == "iy" || end == "yy" || end == "ii") {
      key.resize(key.size() - 2);
      final_y = true;
    }
  }
  if (!final_y && key.size() > 1 && key.back() == 'y' && !IsVowel(key[key.size() - 2])) {
    key.pop_back();  // Almaty, Алматы
    final_y = true;
  }
  for (char& c : key) {
    if (c == 'y') c = 'i';
  }
  // No glide between vowels (Tokayev, Tokaev; Aliyev, Алиев), then one
  // letter for a doubled one (Kassym; Мирзиеев, Mirziyoyev).
  std::string unglided;
  unglided.reserve(key.size());
  for (std::size_t i = 0; i < key.size(); ++i) {
    if (key[i] == 'i' && !unglided.empty() && IsVowel(unglided.back()) && i + 1 < key.size() &&
        IsVowel(key[i + 1]) && key[i + 1] != 'i') {
      continue;
    }
    unglided.push_back(key[i]);
  }
  // Short keys are initials (EEU is no EU) and keep their letters.
  if (unglided.size() <= 3) return final_y ? unglided + 'y' : unglided;
  std::string out;
  out.reserve(unglided.size() + 1);
  for (const char c : unglided) {
    if (!out.empty() && out.back() == c) continue;
    out.push_back(c);
  }
  if (final_y) out.push_back('y');
  return out;
}

namespace {

bool IsCyrillicConsonant(char32_t c) {
  static constexpr std::u32string_view kConsonants = U"бвгғджзйкқлмнңпрстфхһцчшщ";
  return kConsonants.find(c) != std::u32string_view::npos;
}

void AddKey(std::vector<std::string>& keys, std::string key) {
  if (!key.empty() && std::find(keys.begin(), keys.end(), key) == keys.end()) {
    keys.push_back(std::move(key));
  }
}

}  // namespace

std::vector<std::string> NameKeys(std::string_view word) {
  std::vector<std::string> keys;
  AddKey(keys, NameKey(word));
  if (keys.empty()) return keys;  // nothing it can write
  const std::u32string text = ToUtf32(word);
  std::vector<std::u32string> spellings = {text};
  // ө as у.
  if (text.find(U'ө') != std::u32string::npos) {
    std::u32string u = text;
    std::replace(u.begin(), u.end(), U'ө', U'у');
    spellings.push_back(std::move(u));
  }
  // і between consonants left out (not the first letter, not the last).
  if (text.find(U'і') != std::u32string::npos) {
    const std::size_t count = spellings.size();
    for (std::size_t n = 0; n < count; ++n) {
      std::u32string dropped;
      const std::u32string& from = spellings[n];
      for (std::size_t i = 0; i < from.size(); ++i) {
        if (from[i] == U'і' && i > 0 && i + 1 < from.size() && IsCyrillicConsonant(from[i - 1]) &&
            IsCyrillicConsonant(from[i + 1])) {
          continue;
        }
        dropped.push_back(from[i]);
      }
      if (dropped != from) spellings.push_back(std::move(dropped));
    }
  }
  for (std::size_t n = 1; n < spellings.size(); ++n) AddKey(keys, NameKey(ToUtf8(spellings[n])));
  // An Uzbek case ending on a surname in -ov/-ev (Mirziyoyevning, Karimovga,
  // Каримовнинг), or, written in Latin, on a name of five letters or more
  // that ends in a consonant (Toshkentda, Samarqandga): the bare name.
  // Uzbek suffixes, unlike Kazakh ones, do not assimilate (-da after t).
  const bool latin = std::all_of(word.begin(), word.end(),
                                 [](char c) { return static_cast<unsigned char>(c) < 0xD0; });
  for (std::string_view ending : {"ning", "dagi", "dan", "ga", "da", "ni"}) {
    const std::string& key = keys.front();
    if (key.size() < ending.size() + 5 || !key.ends_with(ending)) continue;
    const std::string base = key.substr(0, key.size() - ending.size());
    const bool surname = base.ends_with("ov") || base.ends_with("ev");
    if (surname || (latin && !IsVowel(base.back()) && base.back() != 'y')) {
      AddKey(keys, base);
      break;
    }
  }
  // A patronymic in -uly as a surname: after a vowel or a glide -ev, else -ov.
  // (A Kazakh stem may have lost the final ы: Сәрсенбайұл.)
  const bool stem_in_ul = text.size() > 4 && text.ends_with(U"ұл");
  const std::size_t count = keys.size();
  for (std::size_t n = 0; n < count; ++n) {
    const std::string& key = keys[n];
    const std::string_view ending = stem_in_ul ? "ul" : "uly";
    if (key.size() < ending.size() + 4 || !key.ends_with(ending)) continue;
    std::string base = key.substr(0, key.size() - ending.size());
    const char last = base.back();
    base += IsVowel(last) || last == 'i' ? "ev" : "ov";
    AddKey(keys, NameKey(base));
  }
  return keys;
}

}  // namespace steppe
