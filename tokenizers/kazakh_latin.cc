#include "tokenizers/kazakh_latin.h"

#include "tokenizers/kazakh_phonology.h"

namespace steppe {
namespace {

// Which Latin alphabet a word is written in, by the letters only one uses.
enum class Alphabet {
  k2017,   // apostrophes: a' g' n' o' u' y' i' s' c'
  k2018,   // acute accents: á ǵ ń ó ú ý ı; i = і, ı = и/й, u = ұ, ý = у
  k2021,   // ä ğ ñ ö ş ç ū ü ı; ı = і, i = и/й, ū = ұ, u = у
  kAscii,  // no marks: the 2018 letters stripped, or English press spellings
};

bool IsAsciiLetter(char32_t c) { return c >= U'a' && c <= U'z'; }

Alphabet Detect(std::u32string_view word) {
  bool acute = false, turkic = false, apostrophe = false;
  for (std::size_t i = 0; i < word.size(); ++i) {
    switch (word[i]) {
      case U'á':
      case U'ǵ':
      case U'ń':
      case U'ó':
      case U'ú':
      case U'ý':
        acute = true;
        break;
      case U'ä':
      case U'ğ':
      case U'ñ':
      case U'ö':
      case U'ş':
      case U'ç':
      case U'ū':
      case U'ü':
        turkic = true;
        break;
      case U'\'':
        if (i > 0 && IsAsciiLetter(word[i - 1])) apostrophe = true;
        break;
      default:
        break;
    }
  }
  if (turkic && !acute) return Alphabet::k2021;
  if (acute || turkic) return Alphabet::k2018;
  if (apostrophe) return Alphabet::k2017;
  for (char32_t c : word) {
    if (c == U'ı') return Alphabet::k2018;
  }
  return Alphabet::kAscii;
}

bool IsLatinVowel(char32_t c) {
  switch (c) {
    case U'a':
    case U'e':
    case U'i':
    case U'o':
    case U'u':
    case U'y':
    case U'á':
    case U'ä':
    case U'ó':
    case U'ö':
    case U'ú':
    case U'ü':
    case U'ū':
    case U'ý':
    case U'ı':
      return true;
    default:
      return false;
  }
}

// и or й for the letter of both: й after a vowel, и elsewhere.
char32_t IOrShortI(const std::u32string& out) {
  return !out.empty() && kazakh::IsVowel(out.back()) && out.back() != U'и' ? U'й' : U'и';
}

char32_t Simple(char32_t c) {
  switch (c) {
    case U'a':
      return U'а';
    case U'á':
    case U'ä':
      return U'ә';
    case U'b':
      return U'б';
    case U'c':
      return U'ц';
    case U'd':
      return U'д';
    case U'e':
    case U'é':
      return U'е';
    case U'f':
      return U'ф';
    case U'g':
      return U'г';
    case U'ǵ':
    case U'ğ':
      return U'ғ';
    case U'h':
      return U'х';
    case U'j':
      return U'ж';
    case U'k':
      return U'к';
    case U'l':
      return U'л';
    case U'm':
      return U'м';
    case U'n':
      return U'н';
    case U'ń':
    case U'ñ':
      return U'ң';
    case U'o':
      return U'о';
    case U'ó':
    case U'ö':
      return U'ө';
    case U'p':
      return U'п';
    case U'q':
      return U'қ';
    case U'r':
      return U'р';
    case U's':
      return U'с';
    case U'ş':
      return U'ш';
    case U'ç':
      return U'ч';
    case U't':
      return U'т';
    case U'ú':
    case U'ü':
      return U'ү';
    case U'ū':
      return U'ұ';
    case U'ý':
      return U'у';
    case U'v':
      return U'в';
    case U'w':
      return U'у';
    case U'z':
      return U'з';
    default:
      return 0;
  }
}

std::u32string Convert(std::u32string_view in, Alphabet alphabet) {
  std::u32string out;
  out.reserve(in.size());
  auto at = [&](std::size_t i) -> char32_t { return i < in.size() ? in[i] : 0; };
  for (std::size_t i = 0; i < in.size(); ++i) {
    const char32_t c = in[i];
    const char32_t next = at(i + 1);
    // 2017: a letter and an apostrophe.
    if (alphabet == Alphabet::k2017 && next == U'\'') {
      char32_t letter = 0;
      switch (c) {
        case U'a':
          letter = U'ә';
          break;
        case U'g':
          letter = U'ғ';
          break;
        case U'n':
          letter = U'ң';
          break;
        case U'o':
          letter = U'ө';
          break;
        case U'u':
          letter = U'ү';
          break;
        case U'y':
          letter = U'у';
          break;
        case U's':
          letter = U'ш';
          break;
        case U'c':
          letter = U'ч';
          break;
        case U'i':
          if (at(i + 2) == U'a') {
            out.push_back(U'я');
            i += 2;
            continue;
          }
          letter = IOrShortI(out);
          break;
        default:
          break;
      }
      if (letter != 0) {
        out.push_back(letter);
        ++i;
        continue;
      }
    }
    if (c == U'\'') continue;  // a stray apostrophe
    // Digraphs.
    if (c == U's' && next == U'h') {
      if (at(i + 2) == U'c' && at(i + 3) == U'h') {
        out.push_back(U'щ');
        i += 3;
      } else {
        out.push_back(U'ш');
        ++i;
      }
      continue;
    }
    if (next == U'h' && (c == U'c' || c == U'z' || c == U'k' || c == U'g')) {
      out.push_back(c == U'c' ? U'ч' : c == U'z' ? U'ж' : c == U'k' ? U'х' : U'ғ');
      ++i;
      continue;
    }
    // ц: ts before the и of a loanword (tsıfrlyq, konstıtýtsııa), or first.
    if (c == U't' && next == U's') {
      const char32_t after = at(i + 2);
      const bool i_letter = alphabet == Alphabet::k2021 ? after == U'i' : after == U'ı';
      if (i == 0 || i_letter) {
        out.push_back(U'ц');
        ++i;
        continue;
      }
    }
    // ng for ң in plain ASCII, at the end or before a consonant.
    if (alphabet == Alphabet::kAscii && c == U'n' && next == U'g' &&
        (i + 2 >= in.size() || !IsLatinVowel(at(i + 2)))) {
      out.push_back(U'ң');
      ++i;
      continue;
    }
    // The letter of и and й, and я = ıa, ю = ıý/ıu.
    const bool is_i_short =
        (c == U'ı' && alphabet != Alphabet::k2021) || (c == U'i' && alphabet == Alphabet::k2021);
    if (is_i_short) {
      // я after a vowel, at the start or after и (саясат, яғни, азия);
      // after a consonant ıa is и + а (миллиард, олимпиада).
      const bool ya_position = out.empty() || kazakh::IsVowel(out.back());
      if (next == U'a' && ya_position) {
        out.push_back(U'я');
        ++i;
      } else if (next == U'ý' || (next == U'u' && alphabet == Alphabet::k2021)) {
        out.push_back(U'ю');
        ++i;
      } else {
        out.push_back(IOrShortI(out));
      }
      continue;
    }
    if (c == U'ı' || c == U'i') {  // і in 2021 (ı) and elsewhere (i)
      out.push_back(U'і');
      continue;
    }
    if (c == U'u') {
      // ұ never follows a vowel: there u is the glide у (tau, auyl).
      const bool glide = !out.empty() && kazakh::IsVowel(out.back());
      out.push_back(alphabet == Alphabet::k2021 || glide ? U'у' : U'ұ');
      continue;
    }
    if (c == U'y') {
      if (alphabet == Alphabet::kAscii) {
        // Press spellings: ya, yu, ye; y after a vowel is й.
        if (next == U'a') {
          out.push_back(U'я');
          ++i;
          continue;
        }
        if (next == U'u') {
          out.push_back(U'ю');
          ++i;
          continue;
        }
        if (next == U'e' && (i == 0 || IsLatinVowel(at(i - 1)))) {
          out.push_back(U'е');
          ++i;
          continue;
        }
        if (i > 0 && IsLatinVowel(at(i - 1)) && !IsLatinVowel(next)) {
          out.push_back(U'й');
          continue;
        }
      }
      out.push_back(U'ы');
      continue;
    }
    if (c == U'x') {
      out += U"кс";
      continue;
    }
    const char32_t letter = Simple(c);
    out.push_back(letter != 0 ? letter : c);
  }
  return out;
}

bool HasLatin(std::u32string_view word) {
  for (char32_t c : word) {
    if (IsAsciiLetter(c) || (c >= 0xC0 && c < 0x250)) return true;
  }
  return false;
}

}  // namespace

std::string KazakhLatinToCyrillic(std::string_view word) {
  std::u32string text = kazakh::ToUtf32(word);
  for (char32_t& c : text) {
    if (c >= U'A' && c <= U'Z') c += U'a' - U'A';
  }
  if (!HasLatin(text)) return std::string(word);
  return kazakh::ToUtf8(Convert(text, Detect(text)));
}

}  // namespace steppe
