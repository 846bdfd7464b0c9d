#include "tokenizers/segmenter.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <cstddef>
#include <cstdint>

#include "tokenizers/script.h"

namespace steppe {
namespace {

enum class CharClass { kSeparator, kLetter, kDigit, kApostrophe, kHyphen, kDecimalPoint };

CharClass Classify(UChar32 c) {
  if (c < 0x80) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return CharClass::kLetter;
    if (c >= '0' && c <= '9') return CharClass::kDigit;
    if (c == '\'' || c == '`') return CharClass::kApostrophe;
    if (c == '-') return CharClass::kHyphen;
    if (c == '.' || c == ',') return CharClass::kDecimalPoint;
    return CharClass::kSeparator;
  }
  // Fast paths for the Cyrillic block and the Latin letters of Latin-1 and
  // Extended-A/B, where our texts spend their time.
  if (c >= 0x0400 && c <= 0x04FF) return CharClass::kLetter;
  if (c >= 0x00C0 && c <= 0x024F && c != 0x00D7 && c != 0x00F7) return CharClass::kLetter;
  switch (c) {
    case 0x2019:  // right single quotation mark, the press's apostrophe
    case 0x02BC:  // modifier letter apostrophe
    case 0x02BB:  // modifier letter turned comma (Uzbek o')
      return CharClass::kApostrophe;
    case 0x2010:  // hyphen
    case 0x2011:  // non-breaking hyphen
      return CharClass::kHyphen;
    default:
      break;
  }
  const int32_t category = u_charType(c);
  const uint32_t mask = U_MASK(category);
  if (mask & (U_GC_L_MASK | U_GC_M_MASK)) return CharClass::kLetter;
  if (mask & U_GC_ND_MASK) return CharClass::kDigit;
  return CharClass::kSeparator;
}

bool IsAsciiWordByte(std::uint8_t b) {
  return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9');
}

// A Cyrillic letter (U+0400-U+04FF, two bytes, not the combining marks
// U+0483-U+0489) starts at byte `i`.
bool IsCyrillicLetterAt(const std::uint8_t* bytes, std::int32_t i, std::int32_t length) {
  const std::uint8_t lead = bytes[i];
  if (lead < 0xD0 || lead > 0xD3 || i + 1 >= length) return false;
  const std::uint8_t trail = bytes[i + 1];
  if ((trail & 0xC0) != 0x80) return false;
  return !(lead == 0xD2 && trail >= 0x83 && trail <= 0x89);
}

// Reads the code point at `i` without advancing; -1 at the end or on a bad byte.
UChar32 PeekAt(std::string_view text, std::size_t i) {
  if (i >= text.size()) return -1;
  UChar32 c;
  auto index = static_cast<int32_t>(i);
  U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), index, static_cast<int32_t>(text.size()),
          c);
  return c;
}

// Tracks the letters of the word being built to decide its script.
struct ScriptTally {
  int latin = 0;
  int cyrillic = 0;
  int other = 0;
  int digits = 0;

  void Add(UChar32 c, CharClass cls) {
    if (cls == CharClass::kDigit) {
      ++digits;
      return;
    }
    if (c < 0x80) {
      ++latin;
      return;
    }
    switch (ScriptOf(c)) {
      case Script::kLatin:
        ++latin;
        break;
      case Script::kCyrillic:
        ++cyrillic;
        break;
      case Script::kOther:
        ++other;
        break;
      default:
        break;
    }
  }

  Script Decide() const {
    if (latin == 0 && cyrillic == 0 && other == 0)
      return digits > 0 ? Script::kNumber : Script::kNone;
    if (other > latin && other > cyrillic) return Script::kOther;
    return cyrillic > latin ? Script::kCyrillic : Script::kLatin;
  }
};

}  // namespace

std::vector<Token> Segmenter::Segment(std::string_view text, std::uint32_t first_position) const {
  std::vector<Token> tokens;
  ForEachWord(text, first_position, [&](const Word& word) {
    Token token;
    token.begin = word.begin;
    token.end = word.end;
    token.text.assign(text.substr(word.begin, word.end - word.begin));
    token.position = word.position;
    token.script = word.script;
    token.hyphen_joined_to_next = word.hyphen_joined_to_next;
    tokens.push_back(std::move(token));
  });
  return tokens;
}

void Segmenter::ForEachWord(std::string_view text, std::uint32_t first_position,
                            absl::FunctionRef<void(const Word&)> take) const {
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(text.size());
  std::uint32_t position = first_position;

  int32_t i = 0;
  bool in_word = false;
  std::size_t word_begin = 0;
  std::size_t word_end = 0;
  CharClass last_class = CharClass::kSeparator;
  ScriptTally tally;

  auto finish_word = [&](bool joined) {
    take(Word{word_begin, word_end, position++, tally.Decide(), joined});
    in_word = false;
    tally = ScriptTally();
  };

  while (i < length) {
    // Fast paths for runs of ASCII letters and digits and for Cyrillic
    // letters, where our texts spend their time; the same as the general
    // path below would do with them.
    if (const std::uint8_t lead = bytes[i]; IsAsciiWordByte(lead)) {
      if (!in_word) {
        in_word = true;
        word_begin = static_cast<std::size_t>(i);
      }
      bool digit = false;
      for (; i < length && IsAsciiWordByte(bytes[i]); ++i) {
        digit = bytes[i] <= '9';
        ++(digit ? tally.digits : tally.latin);
      }
      word_end = static_cast<std::size_t>(i);
      last_class = digit ? CharClass::kDigit : CharClass::kLetter;
      continue;
    }
    if (IsCyrillicLetterAt(bytes, i, length)) {
      if (!in_word) {
        in_word = true;
        word_begin = static_cast<std::size_t>(i);
      }
      do {
        ++tally.cyrillic;
        i += 2;
      } while (i < length && IsCyrillicLetterAt(bytes, i, length));
      word_end = static_cast<std::size_t>(i);
      last_class = CharClass::kLetter;
      continue;
    }
    const auto start = static_cast<std::size_t>(i);
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    const CharClass cls = c < 0 ? CharClass::kSeparator : Classify(c);
    const auto next = static_cast<std::size_t>(i);

    if (cls == CharClass::kLetter || cls == CharClass::kDigit) {
      if (!in_word) {
        in_word = true;
        word_begin = start;
      }
      tally.Add(c, cls);
      word_end = next;
      last_class = cls;
      continue;
    }
    if (!in_word) continue;

    // A connector stays inside the word only if a word character follows.
    const UChar32 after = PeekAt(text, next);
    const CharClass after_class = after < 0 ? CharClass::kSeparator : Classify(after);
    const bool word_follows = after_class == CharClass::kLetter || after_class == CharClass::kDigit;
    if (cls == CharClass::kApostrophe && last_class == CharClass::kLetter &&
        after_class == CharClass::kLetter) {
      word_end = next;
      last_class = cls;
      continue;
    }
    if (cls == CharClass::kDecimalPoint && last_class == CharClass::kDigit &&
        after_class == CharClass::kDigit) {
      word_end = next;
      last_class = cls;
      continue;
    }
    finish_word(cls == CharClass::kHyphen && word_follows);
    last_class = CharClass::kSeparator;
  }
  if (in_word) finish_word(false);
}

}  // namespace steppe
