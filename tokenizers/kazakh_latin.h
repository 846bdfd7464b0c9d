// KazakhLatinToCyrillic: one internal form for Kazakh in any script.
//
// Contract: converts a case-folded Kazakh word written in Latin script (the
// 2017 apostrophe alphabet, the 2018 acute-accent alphabet, the 2021
// alphabet, and the common ASCII press spellings: sh, ch, zh, kh, gh, q, ng,
// y/i glides) to Kazakh Cyrillic; a word already in Cyrillic comes back as
// it is. Used before Kazakh stemming so Toqaevtyń and Тоқаевтың meet.
// The alphabet is told per word by the letters only it has: 2021 by ä ğ ñ
// ö ş ç ū ü (ı = і, i = и/й, u = у), 2018 by á ǵ ń ó ú ý or ı (i = і, ı =
// и/й, u = ұ, ý = у), 2017 by an apostrophe after a letter (a' ә, g' ғ, n'
// ң, o' ө, u' ү, y' у, i' и/й, s' ш, c' ч); plain ASCII is read as 2018
// without its marks plus the press spellings (ya я, yu ю, ye е, y after a
// vowel й; Tokayev -> токаев, as k cannot be told from қ). и/й is й after a
// vowel, и elsewhere; ıa/ia is я at the start or after a vowel; u after a
// vowel is у; ts is ц before и or at the start. Capital ASCII letters are
// lowered; other characters are kept, stray apostrophes dropped.
#ifndef STEPPE_TOKENIZERS_KAZAKH_LATIN_H_
#define STEPPE_TOKENIZERS_KAZAKH_LATIN_H_

#include <string>
#include <string_view>

namespace steppe {

std::string KazakhLatinToCyrillic(std::string_view word);

}  // namespace steppe

#endif  // STEPPE_TOKENIZERS_KAZAKH_LATIN_H_
