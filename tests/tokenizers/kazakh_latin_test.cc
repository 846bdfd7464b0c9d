#include "tokenizers/kazakh_latin.h"

#include <string>
#include <string_view>

#include <gtest/gtest.h>

namespace steppe {
namespace {

TEST(KazakhLatinTest, CyrillicComesBackAsItIs) {
  for (std::string_view word : {"тоқаевтың", "нұр-сұлтан", "әлем", "2019", "", "-"}) {
    EXPECT_EQ(KazakhLatinToCyrillic(word), word);
  }
}

TEST(KazakhLatinTest, Alphabet2018WithAcuteAccents) {
  EXPECT_EQ(KazakhLatinToCyrillic("toqaevtyń"), "тоқаевтың");
  EXPECT_EQ(KazakhLatinToCyrillic("qazaqstannyń"), "қазақстанның");
  EXPECT_EQ(KazakhLatinToCyrillic("jáne"), "және");
  EXPECT_EQ(KazakhLatinToCyrillic("úkimet"), "үкімет");
  EXPECT_EQ(KazakhLatinToCyrillic("bilim"), "білім");
  EXPECT_EQ(KazakhLatinToCyrillic("ótti"), "өтті");
  EXPECT_EQ(KazakhLatinToCyrillic("buǵan"), "бұған");
  EXPECT_EQ(KazakhLatinToCyrillic("týraly"), "туралы");
  EXPECT_EQ(KazakhLatinToCyrillic("shyǵys"), "шығыс");
}

TEST(KazakhLatinTest, Alphabet2018DotlessIIsIOrShortI) {
  EXPECT_EQ(KazakhLatinToCyrillic("respýblıkasy"), "республикасы");
  EXPECT_EQ(KazakhLatinToCyrillic("prezıdent"), "президент");
  EXPECT_EQ(KazakhLatinToCyrillic("aıtty"), "айтты");
  EXPECT_EQ(KazakhLatinToCyrillic("úı"), "үй");
  EXPECT_EQ(KazakhLatinToCyrillic("bıyl"), "биыл");
  EXPECT_EQ(KazakhLatinToCyrillic("ıe"), "ие");
}

TEST(KazakhLatinTest, Alphabet2018YaYuAndTs) {
  EXPECT_EQ(KazakhLatinToCyrillic("saıasat"), "саясат");
  EXPECT_EQ(KazakhLatinToCyrillic("azııa"), "азия");
  EXPECT_EQ(KazakhLatinToCyrillic("qoıý"), "қою");
  EXPECT_EQ(KazakhLatinToCyrillic("ıaǵnı"), "яғни");
  EXPECT_EQ(KazakhLatinToCyrillic("mıllıard"), "миллиард");
  EXPECT_EQ(KazakhLatinToCyrillic("tsıfrlyq"), "цифрлық");
  EXPECT_EQ(KazakhLatinToCyrillic("konstıtýtsııalyq"), "конституциялық");
  // Before other letters ts is т + с: өтсе, айтса.
  EXPECT_EQ(KazakhLatinToCyrillic("ótse"), "өтсе");
  EXPECT_EQ(KazakhLatinToCyrillic("aıtsa"), "айтса");
}

TEST(KazakhLatinTest, Alphabet2021) {
  EXPECT_EQ(KazakhLatinToCyrillic("toqaevtyñ"), "тоқаевтың");
  EXPECT_EQ(KazakhLatinToCyrillic("qazaqstandağy"), "қазақстандағы");
  EXPECT_EQ(KazakhLatinToCyrillic("ükımet"), "үкімет");
  EXPECT_EQ(KazakhLatinToCyrillic("ūlttyq"), "ұлттық");
  EXPECT_EQ(KazakhLatinToCyrillic("şyğys"), "шығыс");
  EXPECT_EQ(KazakhLatinToCyrillic("älem"), "әлем");
  EXPECT_EQ(KazakhLatinToCyrillic("ösu"), "өсу");  // u is у in 2021
  EXPECT_EQ(KazakhLatinToCyrillic("şaiqas"), "шайқас");
  EXPECT_EQ(KazakhLatinToCyrillic("säuırde"), "сәуірде");
}

TEST(KazakhLatinTest, Alphabet2017WithApostrophes) {
  EXPECT_EQ(KazakhLatinToCyrillic("toqaevtyn'"), "тоқаевтың");
  EXPECT_EQ(KazakhLatinToCyrillic("a'lem"), "әлем");
  EXPECT_EQ(KazakhLatinToCyrillic("qazaqstang'a"), "қазақстанға");
  EXPECT_EQ(KazakhLatinToCyrillic("o'ner"), "өнер");
  EXPECT_EQ(KazakhLatinToCyrillic("u'kimet"), "үкімет");
  EXPECT_EQ(KazakhLatinToCyrillic("ty'raly"), "туралы");
  EXPECT_EQ(KazakhLatinToCyrillic("s'ahar"), "шахар");
  EXPECT_EQ(KazakhLatinToCyrillic("c'empi'on"), "чемпион");
  EXPECT_EQ(KazakhLatinToCyrillic("ai'tty"), "айтты");
}

TEST(KazakhLatinTest, PlainAsciiAndPressSpellings) {
  EXPECT_EQ(KazakhLatinToCyrillic("toqaev"), "тоқаев");
  EXPECT_EQ(KazakhLatinToCyrillic("nursultan"), "нұрсұлтан");
  EXPECT_EQ(KazakhLatinToCyrillic("qasym-jomart"), "қасым-жомарт");
  EXPECT_EQ(KazakhLatinToCyrillic("zhanaozen"), "жанаозен");
  EXPECT_EQ(KazakhLatinToCyrillic("shymkent"), "шымкент");
  EXPECT_EQ(KazakhLatinToCyrillic("tokayev"), "токаев");
  EXPECT_EQ(KazakhLatinToCyrillic("nazarbayev"), "назарбаев");
  EXPECT_EQ(KazakhLatinToCyrillic("yerlan"), "ерлан");
  EXPECT_EQ(KazakhLatinToCyrillic("aybek"), "айбек");
  EXPECT_EQ(KazakhLatinToCyrillic("mangghystau"), "маңғыстау");
  EXPECT_EQ(KazakhLatinToCyrillic("kazakhstan"), "казахстан");
}

TEST(KazakhLatinTest, AsciiCapitalsAreLowered) {
  EXPECT_EQ(KazakhLatinToCyrillic("Toqaev"), "тоқаев");
  EXPECT_EQ(KazakhLatinToCyrillic("QAZAQSTAN"), "қазақстан");
}

TEST(KazakhLatinTest, TheSameWordInEveryAlphabetMeets) {
  const std::string cyrillic = "тоқаевтың";
  for (std::string_view latin : {"toqaevtyń", "toqaevtyñ", "toqaevtyn'", "toqaevtyng"}) {
    EXPECT_EQ(KazakhLatinToCyrillic(latin), cyrillic) << latin;
  }
}

}  // namespace
}  // namespace steppe
