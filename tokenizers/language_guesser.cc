#include "tokenizers/language_guesser.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cstdlib>

#include "steppe_data/kLangidEnglish.h"
#include "steppe_data/kLangidKazakhCyrillic.h"
#include "steppe_data/kLangidKazakhLatin.h"
#include "steppe_data/kLangidRussian.h"

namespace steppe {
namespace {

// ---------------------------------------------------------------------------
// Evidence weights, in points for one side of a script.

// The lists a marker word is on.
constexpr uint8_t kEnglishMarker = 1;
constexpr uint8_t kRussianMarker = 2;
constexpr uint8_t kKazakhCyrillicMarker = 4;
constexpr uint8_t kKazakhLatinMarker = 8;

// A word's Kazakh letters weigh by how likely the word is a name that other
// languages quote too: lower-case words are never names, capitalised words
// at the start of a sentence sometimes are, capitalised words inside one
// usually are. In Latin script a capitalised word weighs by its letters too:
// ǵ ı ń ý ū and the apostrophe digraphs are Kazakh (Qańtar, Fınlıandııa),
// á ó ú ä ö ü ñ ş ğ are as much Spanish, German or Turkish (Durán, Kühn,
// Erdoğan), and q is in Iraq, Qatar and the English spelling Toqaev.
enum class Strength : uint8_t { kNone, kQ, kWeak, kStrong };
enum class Position : uint8_t { kLowerCase, kCapitalFirst, kCapitalInside };

int KazakhLetterPoints(Strength strength, Position position) {
  if (strength == Strength::kNone) return 0;
  switch (position) {
    case Position::kLowerCase:
      return 6;
    case Position::kCapitalFirst:
      return strength == Strength::kStrong ? 4 : strength == Strength::kWeak ? 2 : 1;
    case Position::kCapitalInside:
      return strength == Strength::kStrong ? 3 : 1;
  }
  return 0;
}
constexpr int kMarkerPoints = 4;         // a lower-case marker word
constexpr int kCapitalMarkerPoints = 2;  // a capitalised one ("The", "Мен")
constexpr int kKazakhEndingPoints = 3;   // -ып, -ген; -yp, -sy (lower case only)
constexpr int kRussianHintPoints = 1;    // -ого, -ться; ё ъ ь щ э ц ф
constexpr int kEnglishHintPoints = 1;    // th, wh, ck, ch, -ing, -tion, -ed; é, č
// Kazakh must beat Russian or English by more than a name or two inside a
// sentence (Тоқаев in Russian, Qayyum or QTLY in English).
constexpr int kKazakhMargin = 2;
// For the choice of script, a point of evidence counts as this many letters
// more: words in a language outweigh names and code ("Samsung galaxy S8
// қашан шықты?" is Kazakh).
constexpr int kPointLetters = 2;
// Reading stops early when the evidence is this clear: see Decisive().
constexpr int kDecisiveLetters = 300;
constexpr int kDecisivePoints = 100;

// ---------------------------------------------------------------------------
// Characters.

enum class Kind : uint8_t {
  kBreak,       // space, punctuation, symbols, invalid bytes
  kLatin,       // a Latin letter
  kCyrillic,    // a Cyrillic letter
  kOther,       // a letter of another script
  kCombining,   // a combining accent
  kApostrophe,  // ' ’ ʼ ‘ ` ´
  kHyphen,      // - ‐ ‑
  kDigit,
};

bool IsLetter(Kind kind) {
  return kind == Kind::kLatin || kind == Kind::kCyrillic || kind == Kind::kOther;
}

// ASCII characters next to which a word is code, an address or a number:
// "js.src", "user@host", "#tag", "a_b", "x=1", "<EMH>", "{var", "q2lDF0".
// So is a word right after . : , ; ) ! or right before ( } ], or before
// . : , ; that touch what follows ("d.getElementById(id))return;js=").
constexpr bool IsCodeMark(UChar32 c) {
  switch (c) {
    case '/':
    case '\\':
    case '@':
    case '#':
    case '_':
    case '=':
    case '<':
    case '>':
    case '{':
    case '[':
    case '&':
    case '%':
    case '+':
    case '~':
    case '$':
    case '^':
    case '|':
    case '*':
      return true;
    default:
      return c >= '0' && c <= '9';
  }
}

bool IsCodeBefore(UChar32 c) {
  return IsCodeMark(c) || c == '.' || c == ':' || c == ',' || c == ';' || c == ')' || c == '!';
}

constexpr std::array<Kind, 128> MakeAsciiKinds() {
  std::array<Kind, 128> kinds{};
  for (int c = 0; c < 128; ++c) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
      kinds[c] = Kind::kLatin;
    } else if (c >= '0' && c <= '9') {
      kinds[c] = Kind::kDigit;
    } else if (c == '\'' || c == '`') {
      kinds[c] = Kind::kApostrophe;
    } else if (c == '-') {
      kinds[c] = Kind::kHyphen;
    } else {
      kinds[c] = Kind::kBreak;
    }
  }
  return kinds;
}
constexpr std::array<Kind, 128> kAsciiKinds = MakeAsciiKinds();

Kind NonAsciiKind(UChar32 c) {
  if (c >= 0x0400 && c <= 0x052F) {
    return (c >= 0x0482 && c <= 0x0489) ? Kind::kBreak : Kind::kCyrillic;
  }
  if ((c >= 0x00C0 && c <= 0x02AF && c != 0x00D7 && c != 0x00F7) || (c >= 0x1E00 && c <= 0x1EFF)) {
    return Kind::kLatin;
  }
  if (c >= 0x0300 && c <= 0x036F) return Kind::kCombining;
  if (c == 0x2019 || c == 0x02BC || c == 0x2018 || c == 0x00B4) return Kind::kApostrophe;
  if (c == 0x2010 || c == 0x2011) return Kind::kHyphen;
  if (c < 0x0370) return (c == 0x00AA || c == 0x00BA || c == 0x00B5) ? Kind::kOther : Kind::kBreak;
  return u_isalpha(c) ? Kind::kOther : Kind::kBreak;
}

Kind KindOf(UChar32 c) {
  return c < 0 ? Kind::kBreak : c < 0x80 ? kAsciiKinds[c] : NonAsciiKind(c);
}

// Lower case of a Cyrillic letter, without a table lookup.
UChar32 CyrillicLower(UChar32 c) {
  if (c >= 0x0410 && c <= 0x042F) return c + 0x20;
  if (c >= 0x0400 && c <= 0x040F) return c + 0x50;
  if ((c >= 0x0460 && c <= 0x0481) || (c >= 0x048A && c <= 0x04BF) ||
      (c >= 0x04D0 && c <= 0x052F)) {
    return c | 1;
  }
  if (c == 0x04C0) return 0x04CF;
  if (c >= 0x04C1 && c <= 0x04CE) return (c & 1) ? c + 1 : c;
  return c;
}

bool IsKazakhCyrillic(UChar32 lower) {
  switch (lower) {
    case 0x04D9:  // ә
    case 0x0493:  // ғ
    case 0x049B:  // қ
    case 0x04A3:  // ң
    case 0x04E9:  // ө
    case 0x04B1:  // ұ
    case 0x04AF:  // ү
    case 0x04BB:  // һ
    case 0x0456:  // і
      return true;
    default:
      return false;
  }
}

// Letters of Russian words that Kazakh has only in Russian loans.
bool IsRussianHintLetter(UChar32 lower) {
  switch (lower) {
    case 0x0451:  // ё
    case 0x044A:  // ъ
    case 0x044C:  // ь
    case 0x0449:  // щ
    case 0x044D:  // э
    case 0x0446:  // ц
    case 0x0444:  // ф
      return true;
    default:
      return false;
  }
}

bool IsUkrainianLetter(UChar32 lower) {
  return lower == 0x0457 || lower == 0x0454 || lower == 0x0491;  // ї є ґ
}

// How Kazakh a non-ASCII Latin letter of the 2018 or 2021 alphabet is.
Strength KazakhLatinStrength(UChar32 lower) {
  switch (lower) {
    case 0x01F5:  // ǵ
    case 0x0131:  // ı
    case 0x0144:  // ń
    case 0x00FD:  // ý
    case 0x016B:  // ū
    case 0x0259:  // ə, of older Latin spellings
      return Strength::kStrong;
    case 0x00E1:  // á
    case 0x00F3:  // ó
    case 0x00FA:  // ú
    case 0x00E4:  // ä
    case 0x011F:  // ğ
    case 0x00F1:  // ñ
    case 0x00F6:  // ö
    case 0x015F:  // ş
    case 0x00FC:  // ü
      return Strength::kWeak;
    default:
      return Strength::kNone;
  }
}

// English clitics after an apostrophe (Kazakhstan's, won't, you'll, who'd),
// which are not the 2017 Kazakh digraphs however the word before ends.
bool StartsEnglishClitic(std::string_view rest) {
  auto is_letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  for (std::string_view clitic : {"s", "t", "d", "m", "ll", "re", "ve"}) {
    if (rest.size() < clitic.size()) continue;
    bool same = true;
    for (std::size_t i = 0; i < clitic.size(); ++i) same = same && (rest[i] | 0x20) == clitic[i];
    if (!same) continue;
    if (rest.size() == clitic.size() || !is_letter(rest[clitic.size()])) return true;
  }
  return false;
}

// English letter pairs that Kazakh Latin spellings do not use.
bool IsEnglishPair(UChar32 first, UChar32 second) {
  switch (first << 8 | second) {
    case 't' << 8 | 'h':
    case 'w' << 8 | 'h':
    case 'c' << 8 | 'k':
    case 'p' << 8 | 'h':
    case 'c' << 8 | 'h':
    case 'e' << 8 | 'e':
    case 'o' << 8 | 'o':
    case 'e' << 8 | 'a':
    case 'o' << 8 | 'u':
      return true;
    default:
      return false;
  }
}

// ---------------------------------------------------------------------------
// Words as packed letter codes: a word is known by its first and its last
// kPackedLetters letters (and its length), 10 bits a letter, so marker words
// are found and endings matched with integer operations, without copying or
// hashing strings.

constexpr int kPackedLetters = 6;
constexpr uint64_t kCodeMask = 0x3FF;
constexpr uint64_t kApostropheCode = 0x3FE;  // inside a word: ja'ne
constexpr uint64_t kOtherCode = 0x3FF;

// A lower-case letter's code: ASCII as it is, then Latin-1 and Latin
// Extended, then Cyrillic; any other letter one code.
constexpr uint64_t LetterCode(char32_t lower) {
  if (lower < 0x80) return lower;
  if (lower >= 0x00C0 && lower <= 0x02AF) return 0x80 + (lower - 0x00C0);
  if (lower >= 0x0400 && lower <= 0x052F) return 0x270 + (lower - 0x0400);
  return kOtherCode;
}

struct Ending {
  uint64_t bits = 0;
  uint64_t mask = 0;
  int letters = 0;
};

// An ending written in ASCII, Latin-1 or Cyrillic UTF-8, packed at compile
// time.
constexpr Ending MakeEnding(std::string_view utf8) {
  Ending ending;
  for (std::size_t i = 0; i < utf8.size();) {
    const auto lead = static_cast<unsigned char>(utf8[i]);
    char32_t c = lead;
    if (lead >= 0x80) {
      c = ((lead & 0x1Fu) << 6) | (static_cast<unsigned char>(utf8[i + 1]) & 0x3Fu);
      ++i;
    }
    ++i;
    ending.bits = (ending.bits << 10) | LetterCode(c);
    ending.mask = (ending.mask << 10) | kCodeMask;
    ++ending.letters;
  }
  return ending;
}

// A list of endings sorted by their last letter, and for each letter code
// the run of endings that end with it: a word is compared with the few
// endings that end like it.
template <std::size_t N>
struct Endings {
  std::array<Ending, N> sorted{};
  std::array<uint16_t, kCodeMask + 1> runs{};  // first << 8 | count
};

template <std::size_t N>
constexpr Endings<N> MakeEndings(const std::string_view (&utf8)[N]) {
  static_assert(N < 256);
  Endings<N> endings;
  for (std::size_t i = 0; i < N; ++i) endings.sorted[i] = MakeEnding(utf8[i]);
  std::sort(endings.sorted.begin(), endings.sorted.end(), [](const Ending& a, const Ending& b) {
    return (a.bits & kCodeMask) < (b.bits & kCodeMask);
  });
  for (std::size_t i = 0; i < N; ++i) {
    uint16_t& run = endings.runs[endings.sorted[i].bits & kCodeMask];
    if (run == 0) run = static_cast<uint16_t>(i << 8);
    ++run;
  }
  return endings;
}

constexpr std::string_view kRussianEndingText[] = {"ого", "его", "ться", "тся", "ый",  "ая", "яя",
                                                   "ое",  "ые",  "ых",   "ие",  "ими", "ями"};
// Kazakh suffixes Russian words do not end in: converbs (-ып), participles
// (-ген, -атын), possessives (-уы, -ына, -ында), verbal nouns (-ау, -еу), and
// plurals with a case ending; bare plurals are Russian nouns as often
// (доллар, удар, канцлер, характер), so they are left out.
constexpr std::string_view kKazakhCyrillicEndingText[] = {
    "ып",    "ген",   "ыз",     "уы",     "ына",    "ында",   "ынан",   "атын",
    "йтын",  "тады",  "йды",    "ерге",   "ау",     "еу",     "ларды",  "дарды",
    "тарды", "ларда", "дарда",  "тарда",  "лерде",  "дерде",  "терде",  "ларын",
    "дарын", "тарын", "лармен", "лермен", "дармен", "дермен", "тармен", "термен"};
constexpr std::string_view kEnglishEndingText[] = {"ing", "ings", "ed", "tion", "tions"};
// Kazakh Latin suffixes, in ASCII as every alphabet writes them.
constexpr std::string_view kKazakhLatinEndingText[] = {"yp", "yz", "yn",  "di",  "ti",
                                                       "sy", "si", "ndy", "leri"};

constexpr auto kRussianEndings = MakeEndings(kRussianEndingText);
constexpr auto kKazakhCyrillicEndings = MakeEndings(kKazakhCyrillicEndingText);
constexpr auto kEnglishEndings = MakeEndings(kEnglishEndingText);
constexpr auto kKazakhLatinEndings = MakeEndings(kKazakhLatinEndingText);

// Whether a word whose last letters are `tail` (`letters` of them since the
// last hyphen) ends with one of `endings` after a stem of two letters or
// more: сына is not сын-ына.
template <std::size_t N>
bool EndsWithAny(uint64_t tail, int letters, const Endings<N>& endings) {
  const uint16_t run = endings.runs[tail & kCodeMask];
  const std::size_t end = (run >> 8) + (run & 0xFF);
  for (std::size_t i = run >> 8; i < end; ++i) {
    const Ending& ending = endings.sorted[i];
    if (letters >= ending.letters + 2 && (tail & ending.mask) == ending.bits) return true;
  }
  return false;
}

uint64_t HashKey(uint64_t head, uint64_t tail, int length) {
  uint64_t h = head * 0x9E3779B97F4A7C15ull;
  h ^= (tail + static_cast<uint64_t>(length)) * 0xC2B2AE3D27D4EB4Full;
  return h ^ (h >> 29);
}

// ---------------------------------------------------------------------------
// Reading a sample.

// One word being read.
struct Word {
  uint64_t head = 0;     // the first kPackedLetters codes
  uint64_t tail = 0;     // the last kPackedLetters codes since the last hyphen
  int length = 0;        // codes in all (letters and apostrophes)
  int tail_letters = 0;  // codes since the start or the last hyphen
  int latin = 0;
  int cyrillic = 0;
  int other = 0;
  UChar32 last = 0;              // the last letter, lower case
  bool capital = false;          // its first letter is upper case
  bool sentence_start = false;   // it is the first word of the text or a sentence
  bool code = false;             // it follows a code mark
  bool quoted = false;           // a quotation opened by an apostrophe is open
  bool compound = false;         // joined by a hyphen: never a marker word
  bool kazakh_cyrillic = false;  // ә ғ қ ң ө ұ ү һ і
  bool kazakh_not_i = false;     // ә ғ қ ң ө ұ ү һ
  bool russian_letter = false;
  bool ukrainian_letter = false;
  bool foreign_letter = false;  // a Latin letter neither English nor Kazakh: é, č, ā, ß
  bool english_pair = false;    // th, wh, ck, ph, ch, ee, oo, ea, ou
  bool pending_q = false;       // the last letter was q
  Strength kazakh_latin = Strength::kNone;

  int Letters() const { return latin + cyrillic + other; }
  void Raise(Strength strength) { kazakh_latin = std::max(kazakh_latin, strength); }
  void Push(uint64_t code) {
    if (length < kPackedLetters) head = (head << 10) | code;
    tail = (tail << 10) | code;
    ++length;
    ++tail_letters;
  }
};

// What the words of the sample showed.
struct Evidence {
  int latin_letters = 0;  // all of them, code included
  int cyrillic_letters = 0;
  int prose_latin = 0;  // in prose words only
  int prose_cyrillic = 0;
  int english = 0;  // points
  int russian = 0;
  int kazakh_latin = 0;
  int kazakh_cyrillic = 0;
  // Ukrainian spells і too: points of words whose only Kazakh letter is і
  // count only while words with the other Kazakh letters (ә ғ қ ң ө ұ ү һ)
  // are at least as many as Ukrainian words (with ї є ґ, or Russian-list
  // words with і such as від).
  int kazakh_i_only = 0;
  int kazakh_words = 0;
  int ukrainian_words = 0;

  int KazakhCyrillic() const {
    return kazakh_cyrillic + (ukrainian_words > kazakh_words ? 0 : kazakh_i_only);
  }
  // How much the prose is in either script.
  int CyrillicWeight() const {
    return prose_cyrillic + kPointLetters * (russian + KazakhCyrillic());
  }
  int LatinWeight() const { return prose_latin + kPointLetters * (english + kazakh_latin); }
  // How far Kazakh is ahead of the other language of a script; above 0 it wins.
  int CyrillicKazakhLead() const { return KazakhCyrillic() - russian - kKazakhMargin; }
  int LatinKazakhLead() const { return kazakh_latin - english - kKazakhMargin; }

  // Whether the rest of the sample could hardly change the guess: one
  // script well over three times the other, and in it one language ahead by
  // kDecisivePoints (some 25 marker words). Long texts are mostly decided
  // within their first kilobyte.
  bool Decisive() const {
    const int cyrillic = CyrillicWeight();
    const int latin = LatinWeight();
    if (cyrillic >= 3 * latin + kDecisiveLetters) {
      return std::abs(CyrillicKazakhLead()) >= kDecisivePoints;
    }
    if (latin >= 3 * cyrillic + kDecisiveLetters) {
      return std::abs(LatinKazakhLead()) >= kDecisivePoints;
    }
    return false;
  }
};

}  // namespace

class LanguageGuesser::Scanner {
 public:
  Scanner(const LanguageGuesser& guesser, std::string_view text)
      : guesser_(guesser),
        bytes_(reinterpret_cast<const uint8_t*>(text.data())),
        length_(static_cast<int32_t>(std::min(text.size(), kSampleBytes))) {}

  Evidence Run() {
    Kind previous = Kind::kBreak;
    UChar32 previous_char = ' ';
    bool in_word = false;
    bool sentence_start = true;
    for (int32_t i = 0; i < length_;) {
      UChar32 c = bytes_[i];
      Kind kind;
      if (c < 0x80) {
        ++i;
        kind = kAsciiKinds[c];
      } else {
        U8_NEXT(bytes_, i, length_, c);
        kind = KindOf(c);
      }
      if (IsLetter(kind)) {
        if (!in_word) {
          word_ = Word();
          word_.code = IsCodeBefore(previous_char);
          if (previous == Kind::kApostrophe) quote_open_ = true;
          word_.quoted = quote_open_;
          word_.sentence_start = sentence_start;
          sentence_start = false;
          in_word = true;
        }
        AddLetter(c, kind);
      } else if (in_word && kind == Kind::kCombining) {
        // An accent typed apart: ǵ ń ý ū are Kazakh, á ó ú ä ö ü may not be.
        if (word_.latin > word_.cyrillic) {
          const bool strong =
              word_.last == 'g' || word_.last == 'n' || word_.last == 'y' || c == 0x0304;  // macron
          word_.Raise(strong ? Strength::kStrong : Strength::kWeak);
        }
      } else if (in_word && (kind == Kind::kApostrophe || kind == Kind::kHyphen) && LetterAt(i)) {
        ResolveQ(c);
        if (kind == Kind::kApostrophe) {
          CheckDigraph(i, /*final=*/false);
          word_.Push(kApostropheCode);
        } else {
          word_.compound = true;
          word_.tail = 0;  // the endings are the last part's
          word_.tail_letters = 0;
        }
      } else {
        if (in_word) {
          if (kind == Kind::kApostrophe) CheckDigraph(i, /*final=*/true);
          EndWord(c, i);
          in_word = false;
          if (evidence_.Decisive()) return evidence_;
        }
        if (c == '.' || c == '!' || c == '?' || c == '\n' || c == 0x2026) {
          sentence_start = true;
          quote_open_ = false;
        }
      }
      previous = kind;
      previous_char = c;
    }
    if (in_word) EndWord(' ', length_);
    return evidence_;
  }

 private:
  bool LetterAt(int32_t i) const {
    if (i >= length_) return false;
    UChar32 c = bytes_[i];
    if (c >= 0x80) U8_NEXT(bytes_, i, length_, c);
    return IsLetter(KindOf(c));
  }

  // q before anything but u is Kazakh (Qazaqstan, joq); qu is English too.
  void ResolveQ(UChar32 next) {
    if (!word_.pending_q) return;
    word_.pending_q = false;
    if (next != 'u' && next != 'U') word_.Raise(Strength::kQ);
  }

  void AddLetter(UChar32 c, Kind kind) {
    ResolveQ(c);
    UChar32 lower;
    if (kind == Kind::kCyrillic) {
      lower = CyrillicLower(c);
      ++word_.cyrillic;
      if (IsKazakhCyrillic(lower)) {
        word_.kazakh_cyrillic = true;
        if (lower != 0x0456) word_.kazakh_not_i = true;
      } else if (IsRussianHintLetter(lower)) {
        word_.russian_letter = true;
      } else if (IsUkrainianLetter(lower)) {
        word_.ukrainian_letter = true;
      }
    } else if (c < 0x80) {
      lower = c | 0x20;
      ++word_.latin;
      if (lower == 'q') word_.pending_q = true;
      if (word_.last < 0x80 && IsEnglishPair(word_.last, lower)) word_.english_pair = true;
      // A Latin i inside a Cyrillic word stands for і: бiрақ.
      if (lower == 'i' && word_.cyrillic > 0) {
        word_.kazakh_cyrillic = true;
        lower = 0x0456;
      }
    } else if (kind == Kind::kLatin) {
      lower = u_tolower(c);
      ++word_.latin;
      const Strength strength = KazakhLatinStrength(lower);
      word_.Raise(strength);
      if (lower == 0x0259 || lower == 0x0275) {
        // ə and ɵ typed for ә and ө, inside a Cyrillic word.
        if (word_.cyrillic > 0) word_.kazakh_cyrillic = word_.kazakh_not_i = true;
      } else if (strength == Strength::kNone && lower >= 0x80) {
        word_.foreign_letter = true;
      }
    } else {
      lower = u_tolower(c);
      ++word_.other;
    }
    if (word_.Letters() == 1) word_.capital = lower != c;
    word_.last = lower;
    word_.Push(LetterCode(lower));
  }

  // An apostrophe after a letter: a 2017 digraph (jan'a, u'shin, tan'), unless
  // an English clitic follows (Astana's, don't) or, at the end of a word, it
  // closes a quotation ('green').
  void CheckDigraph(int32_t after, bool final) {
    if (word_.latin <= word_.cyrillic) return;
    const UChar32 last = word_.last;
    if (final) {
      // Weak: English drops a g there too (DUNKIN' DONUTS, goin').
      if ((last == 'n' || last == 'g') && !word_.quoted) word_.Raise(Strength::kQ);
      return;
    }
    switch (last) {
      case 'a':
      case 'g':
      case 'n':
      case 'o':
      case 'u':
      case 'i':
      case 's':
      case 'c':
      case 'y':
        break;
      default:
        return;
    }
    const std::string_view rest(reinterpret_cast<const char*>(bytes_) + after,
                                static_cast<std::size_t>(length_ - after));
    if (StartsEnglishClitic(rest)) return;
    // One letter before the apostrophe is an Irish name or a French article
    // as often (O'Neal, d'Arc).
    word_.Raise(word_.Letters() == 1 ? Strength::kQ : Strength::kStrong);
  }

  // Ends the word at `terminator`; `next` is the index after it.
  void EndWord(UChar32 terminator, int32_t next) {
    ResolveQ(terminator);
    bool code = word_.code || IsCodeMark(terminator) || terminator == '(' || terminator == '}' ||
                terminator == ']';
    if (!code &&
        (terminator == '.' || terminator == ':' || terminator == ',' || terminator == ';') &&
        next < length_) {
      const uint8_t after = bytes_[next];
      code = IsCodeMark(after) || (after >= 'a' && after <= 'z') || (after >= 'A' && after <= 'Z');
    }
    const bool cyrillic = word_.cyrillic > word_.latin;
    const int letters = word_.latin + word_.cyrillic;
    (cyrillic ? evidence_.cyrillic_letters : evidence_.latin_letters) += letters;
    if (code || letters == 0 || word_.other > letters) return;
    (cyrillic ? evidence_.prose_cyrillic : evidence_.prose_latin) += letters;

    // A capital letter alone is an initial or a list item (А. С. Пушкин; A, B).
    const uint8_t lists = word_.compound || (word_.capital && letters == 1)
                              ? 0
                              : guesser_.FindMarker(word_.head, word_.tail, word_.length);
    const int marker = word_.capital ? kCapitalMarkerPoints : kMarkerPoints;
    const Position position = !word_.capital         ? Position::kLowerCase
                              : word_.sentence_start ? Position::kCapitalFirst
                                                     : Position::kCapitalInside;
    const uint64_t tail = word_.tail;
    const int tail_letters = word_.tail_letters;
    if (cyrillic) {
      if (lists & kRussianMarker) evidence_.russian += marker;
      if (lists & kKazakhCyrillicMarker) evidence_.kazakh_cyrillic += marker;
      if (word_.ukrainian_letter || (word_.kazakh_cyrillic && (lists & kRussianMarker))) {
        // Ukrainian is taken for Russian, not for Kazakh because of its і.
        ++evidence_.ukrainian_words;
        if (word_.ukrainian_letter) evidence_.russian += marker;
      } else if (word_.kazakh_cyrillic) {
        const int points = KazakhLetterPoints(Strength::kStrong, position);
        if (word_.kazakh_not_i) {
          evidence_.kazakh_cyrillic += points;
          ++evidence_.kazakh_words;
        } else {
          evidence_.kazakh_i_only += points;
        }
      } else if (lists == 0) {
        if (!word_.capital && EndsWithAny(tail, tail_letters, kKazakhCyrillicEndings)) {
          evidence_.kazakh_cyrillic += kKazakhEndingPoints;
        } else if (word_.russian_letter || EndsWithAny(tail, tail_letters, kRussianEndings)) {
          evidence_.russian += kRussianHintPoints;
        }
      }
    } else {
      if (lists & kEnglishMarker) evidence_.english += marker;
      if (lists & kKazakhLatinMarker) evidence_.kazakh_latin += marker;
      if (word_.foreign_letter) {
        evidence_.english += kEnglishHintPoints;  // a foreign name or word
      } else if (word_.kazakh_latin != Strength::kNone) {
        evidence_.kazakh_latin += KazakhLetterPoints(word_.kazakh_latin, position);
      } else if (lists == 0) {
        if (word_.english_pair || EndsWithAny(tail, tail_letters, kEnglishEndings)) {
          evidence_.english += kEnglishHintPoints;
        } else if (!word_.capital && EndsWithAny(tail, tail_letters, kKazakhLatinEndings)) {
          evidence_.kazakh_latin += kKazakhEndingPoints;
        }
      }
    }
  }

  const LanguageGuesser& guesser_;
  const uint8_t* bytes_;
  int32_t length_;
  Word word_;
  bool quote_open_ = false;  // since the sentence began ('facing eviction')
  Evidence evidence_;
};

LanguageGuesser::LanguageGuesser() {
  markers_.resize(kMarkerSlots);
  AddMarkers(data::kLangidEnglish, kEnglishMarker);
  AddMarkers(data::kLangidRussian, kRussianMarker);
  AddMarkers(data::kLangidKazakhCyrillic, kKazakhCyrillicMarker);
  AddMarkers(data::kLangidKazakhLatin, kKazakhLatinMarker);
}

// Each white-space separated word of the lines not starting with #.
void LanguageGuesser::AddMarkers(std::string_view list, uint8_t bit) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(list.data());
  const auto length = static_cast<int32_t>(list.size());
  bool comment = false;
  bool line_start = true;
  uint64_t head = 0;
  uint64_t tail = 0;
  int letters = 0;
  for (int32_t i = 0; i <= length;) {
    UChar32 c = ' ';
    if (i < length) {
      U8_NEXT(bytes, i, length, c);
    } else {
      ++i;
    }
    if (line_start && c == '#') comment = true;
    line_start = c == '\n';
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
      if (letters > 0 && !comment) AddMarker(head, tail, letters, bit);
      if (c == '\n') comment = false;
      head = tail = 0;
      letters = 0;
      continue;
    }
    const uint64_t code = c == '\'' ? kApostropheCode : LetterCode(static_cast<char32_t>(c));
    if (letters < kPackedLetters) head = (head << 10) | code;
    tail = (tail << 10) | code;
    ++letters;
  }
}

void LanguageGuesser::AddMarker(uint64_t head, uint64_t tail, int length, uint8_t bit) {
  if (length > 2 * kPackedLetters) return;  // longer words are not looked up
  const std::size_t mask = markers_.size() - 1;
  for (std::size_t slot = HashKey(head, tail, length) & mask;; slot = (slot + 1) & mask) {
    MarkerSlot& marker = markers_[slot];
    if (marker.lists == 0) marker = {head, tail, static_cast<uint8_t>(length), 0};
    if (marker.head == head && marker.tail == tail && marker.length == length) {
      marker.lists |= bit;
      return;
    }
  }
}

uint8_t LanguageGuesser::FindMarker(uint64_t head, uint64_t tail, int length) const {
  if (length > 2 * kPackedLetters) return 0;
  const std::size_t mask = markers_.size() - 1;
  for (std::size_t slot = HashKey(head, tail, length) & mask;; slot = (slot + 1) & mask) {
    const MarkerSlot& marker = markers_[slot];
    if (marker.lists == 0) return 0;
    if (marker.head == head && marker.tail == tail && marker.length == length) return marker.lists;
  }
}

LanguageGuess LanguageGuesser::GuessWithScript(std::string_view text) const {
  const Evidence e = Scanner(*this, text).Run();
  const int letters = e.latin_letters + e.cyrillic_letters;
  if (letters == 0) return {};
  // Prose decides the script; a text of code and addresses alone is judged
  // by all its letters.
  int cyrillic_weight = e.CyrillicWeight();
  int latin_weight = e.LatinWeight();
  if (cyrillic_weight + latin_weight == 0) {
    cyrillic_weight = e.cyrillic_letters;
    latin_weight = e.latin_letters;
  }
  const bool cyrillic = cyrillic_weight >= latin_weight;
  const Script script = cyrillic ? Script::kCyrillic : Script::kLatin;
  if (letters < kMinLetters) return {Language::kUnknown, script};
  if (cyrillic) {
    return {e.CyrillicKazakhLead() > 0 ? Language::kKazakh : Language::kRussian, script};
  }
  return {e.LatinKazakhLead() > 0 ? Language::kKazakh : Language::kEnglish, script};
}

}  // namespace steppe
