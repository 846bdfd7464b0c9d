// NameKey: one spelling-insensitive key for the spellings of a name.
//
// Contract: `word` is one case-folded word (a name's stem, as the stemmers
// give it) in Cyrillic (Russian, Kazakh and the other Central Asian
// alphabets) or in Latin script with or without diacritics; the key is
// lower-case ASCII letters and digits, the same for the spellings the press
// and the standards give one name:
//   Тоқаев, Токаев, Tokayev, Tokaev, Toqaev          -> tokaev
//   Қасым, Касым, Kassym, Kasym, Qasym               -> kasim
//   Жомарт, Zhomart, Jomart, Žomart                  -> jomart
//   Бердымухамедов, Berdymukhamedov, Berdimuhamedow  -> berdimuhamedov
// How, in order: every letter is written in ASCII (Cyrillic by its common
// romanization, ж j, х h, ц ts, ч ch, ш and щ sh, ы and й y, ю yu, я ya, ъ
// and ь nothing; Kazakh ә ғ қ ң ө ұ ү һ і as a g k n o u u h i; Latin
// letters lose their marks, ç č ch, ş š sh, ž j, 2017-alphabet s' c' sh
// ch); then shch is sh, zh, dzh and dj are j, kh h, gh g, q k, w v, x ks
// (as in Alexander); a word-initial ye is e (Yerlan, Ерлан) and a later yo
// is e (Mirziyoyev, Мирзиёев, as Russian mostly writes ё); a final -iy,
// -ii or -y after a consonant is y (Дмитрий, Dmitry; Алматы, Almaty;
// Каспий, Kaspiy, but not Kaspi), any other y is i; an i between two
// vowels, a glide, goes (Tokayev, Nazarbayev, Aliyev); and a doubled letter
// is one (Kassym), except in keys of three letters or fewer, which are
// initials (EEU, EU). Anything else (apostrophes, hyphens, other scripts)
// is dropped. What the key keeps apart: vowels other than i/y (Karimov,
// Kerimov), every consonant class (Tokayev, Tokarev), endings (Nazarbayev,
// Nazarbayeva). Renames and spellings that differ in a vowel (Kunaev,
// Qonaev; Valikhanov, Ualikhanov) are the gazetteer's to join.
// Empty for a word with no letter or digit it can write.
#ifndef STEPPE_TOKENIZERS_NAME_KEY_H_
#define STEPPE_TOKENIZERS_NAME_KEY_H_

#include <string>
#include <string_view>
#include <vector>

namespace steppe {

std::string NameKey(std::string_view word);

// NameKey() of `word`, then the keys of the spellings Russian (and so the
// English press) makes of a Kazakh name, each once: ө as у as well as о
// (Шөкеев, Шукеев; Ақтөбе, Актобе), an і between consonants left out
// (Тілеуберді, Тлеуберди; Нұртілеу, Нуртлеу), and a patronymic in
// -ұлы/-улы/-uly as the surname in -ев/-ов (Құнанбайұлы, Кунанбаев;
// Жанұзақұлы, Жанузаков); and a surname in -ov/-ev with an Uzbek case
// ending (-ning, -ga, -da, -dan, -dagi, -ni) as the bare surname
// (Mirziyoyevning). A word with none of these has its one key.
std::vector<std::string> NameKeys(std::string_view word);

}  // namespace steppe

#endif  // STEPPE_TOKENIZERS_NAME_KEY_H_
