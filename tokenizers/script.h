// ScriptOf: the writing system of one code point, with fast paths for the
// blocks our texts are made of (ASCII, Latin-1 and Latin Extended-A/B,
// Cyrillic), and ICU's uscript_getScript for the rest.
//
// Contract: letters of Latin script give kLatin, of Cyrillic kCyrillic, of
// any other script kOther; digits, punctuation, marks and common or
// inherited characters give kNone.
#ifndef STEPPE_TOKENIZERS_SCRIPT_H_
#define STEPPE_TOKENIZERS_SCRIPT_H_

#include <string_view>

#include <unicode/umachine.h>

#include "tokenizers/language.h"

namespace steppe {

Script ScriptOf(UChar32 c);

// Whether a word as written begins with an upper-case letter (Tokayev,
// Ақорда, КНБ; not tokayev, 2019).
bool StartsWithCapital(std::string_view word);

// Whether a word begins with a Cyrillic letter (Тоқаев, not Toqaev or «).
bool StartsWithCyrillic(std::string_view word);

}  // namespace steppe

#endif  // STEPPE_TOKENIZERS_SCRIPT_H_
