// Russian word-shape rules for RussianStemmer: surnames, participles, noun
// endings and stress marks, by suffix alone (no dictionary, no state).
//
// Contract: words are case-folded UTF-8 with ё folded to е. Lengths are
// counted in letters, not bytes.
//   - SurnameBase: a word shaped like a case form of a surname or place name
//     in -ов/-ев/-ин/-ын (Назарбаевым, Назарбаевой, Путину, Ивановых) gives
//     its masculine base (назарбаев, путин, иванов); other words give "".
//   - SurnameBaseOfLemma: the same for a dictionary lemma, which is in the
//     nominative: назарбаев and назарбаева give назарбаев; others "".
//   - ParticipleVerbCandidates: for a participle lemma (использованный,
//     работающий, находящийся, называемый, покинутый, ставший) the
//     infinitives it may come from, most likely first (использовать; ...);
//     empty for other words. The caller keeps the first one its dictionary
//     knows.
//   - StripNounEnding: a light stemmer for words no dictionary knows, mostly
//     names and borrowings: strips one case ending of a noun or adjective
//     (Байденом -> байден, Зеленского -> зеленск), keeping 3 letters or more.
//   - StripStressMarks: removes combining acute and grave accents (U+0301,
//     U+0300) that dictionaries and textbooks print over vowels.
#ifndef STEPPE_TOKENIZERS_RUSSIAN_MORPHOLOGY_H_
#define STEPPE_TOKENIZERS_RUSSIAN_MORPHOLOGY_H_

#include <string>
#include <string_view>
#include <vector>

namespace steppe {

std::string SurnameBase(std::string_view word);
std::string SurnameBaseOfLemma(std::string_view lemma);
std::vector<std::string> ParticipleVerbCandidates(std::string_view lemma);
std::string StripNounEnding(std::string_view word);
std::string StripStressMarks(std::string_view word);

}  // namespace steppe

#endif  // STEPPE_TOKENIZERS_RUSSIAN_MORPHOLOGY_H_
