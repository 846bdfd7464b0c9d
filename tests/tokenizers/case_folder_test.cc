#include "tokenizers/case_folder.h"

#include <memory>
#include <string>
#include <string_view>

#include <gtest/gtest.h>
#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>

namespace steppe {
namespace {

// `text` through one of ICU's own normalizers, bypassing CaseFolder.
std::string Icu(const icu::Normalizer2* normalizer, std::string_view text) {
  std::string out;
  UErrorCode status = U_ZERO_ERROR;
  icu::StringByteSink<std::string> sink(&out);
  normalizer->normalizeUTF8(0, icu::StringPiece(text.data(), static_cast<int32_t>(text.size())),
                            sink, nullptr, status);
  EXPECT_TRUE(U_SUCCESS(status)) << u_errorName(status);
  return out;
}

std::string Nfd(std::string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  return Icu(icu::Normalizer2::getNFDInstance(status), text);
}

std::string Nfc(std::string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  return Icu(icu::Normalizer2::getNFCInstance(status), text);
}

std::string IcuCasefold(std::string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  return Icu(icu::Normalizer2::getNFKCCasefoldInstance(status), text);
}

class CaseFolderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto folder = CaseFolder::Create();
    ASSERT_TRUE(folder.ok()) << folder.status();
    folder_ = std::move(*folder);
  }
  std::string Fold(std::string_view text) const { return folder_->Fold(text); }

  std::unique_ptr<CaseFolder> folder_;
};

TEST_F(CaseFolderTest, NameIsCasefold) { EXPECT_EQ(folder_->Name(), "casefold"); }

TEST_F(CaseFolderTest, LowersCyrillicAndLatin) {
  EXPECT_EQ(Fold("ТОҚАЕВ"), "тоқаев");
  EXPECT_EQ(Fold("Тоқаев"), "тоқаев");
  EXPECT_EQ(Fold("ӘҒҚҢӨҰҮҺІ"), "әғқңөұүһі");
  EXPECT_EQ(Fold("TOKAYEV"), "tokayev");
  EXPECT_EQ(Fold("Qazaqstan"), "qazaqstan");
  EXPECT_EQ(Fold("ÁǴŃÓÚÝ"), "áǵńóúý");
  EXPECT_EQ(Fold("ÄĞÑÖŞŪÜ"), "äğñöşūü");
}

TEST_F(CaseFolderTest, LowerCaseIsUnchanged) {
  for (std::string_view word : {"тоқаев", "tokayev", "әлем", "jaña", "2019", "3.5"}) {
    EXPECT_EQ(Fold(word), word);
  }
}

TEST_F(CaseFolderTest, NfcAndNfdGiveTheSameBytes) {
  // Words whose decomposed form really differs: й, ё and the 2018/2021
  // Kazakh Latin letters decompose; Тоқаев itself has no decomposable letter,
  // so it is checked alongside them.
  for (std::string_view word : {"Тоқаев", "Қайрат", "Королёв", "Тоқаевтың жарлығы", "Toqaevtyń",
                                "rásimi", "Ñursūltan", "Şymkent", "TOQAEVTYŃ"}) {
    const std::string nfc = Nfc(word);
    const std::string nfd = Nfd(word);
    EXPECT_EQ(Fold(nfc), Fold(nfd)) << word;
    EXPECT_EQ(Fold(nfd), Nfc(Fold(nfd))) << word << ": folded text is composed";
  }
  EXPECT_NE(Nfc("Қайрат"), Nfd("Қайрат"));  // the check above is not vacuous
  EXPECT_EQ(Fold(Nfd("Қайрат")), "қайрат");
  EXPECT_EQ(Fold(Nfd("Королёв")), "королёв");
  EXPECT_EQ(Fold(Nfd("TOQAEVTYŃ")), "toqaevtyń");
}

TEST_F(CaseFolderTest, CapitalDottedIFoldsToPlainI) {
  EXPECT_EQ(Fold("İ"), "i");
  EXPECT_EQ(Fold("İstanbul"), "istanbul");
  EXPECT_EQ(Fold("BİLİM"), "bilim");
  EXPECT_EQ(Fold(Nfd("BİLİM")), "bilim");  // I + U+0307
  EXPECT_EQ(Fold("I"), "i");
  // The dotless ı stays a letter of its own (2021 alphabet: ı and i differ).
  EXPECT_EQ(Fold("ı"), "ı");
  EXPECT_NE(Fold("bılım"), Fold("bilim"));
}

TEST_F(CaseFolderTest, CompatibilityFormsFold) {
  EXPECT_EQ(Fold("ＴＯＫＡＹＥＶ"), "tokayev");  // full width
  EXPECT_EQ(Fold("ﬁnance"), "finance");          // ligature
  EXPECT_EQ(Fold("Straße"), "strasse");
}

TEST_F(CaseFolderTest, AsciiFastPathEqualsIcu) {
  std::string all_ascii;
  for (int c = 1; c < 0x80; ++c) all_ascii.push_back(static_cast<char>(c));
  EXPECT_EQ(Fold(all_ascii), IcuCasefold(all_ascii));
  for (int c = 1; c < 0x80; ++c) {
    const std::string one(1, static_cast<char>(c));
    EXPECT_EQ(Fold(one), IcuCasefold(one)) << "byte " << c;
  }
  for (std::string_view text : {"Kassym-Jomart Tokayev", "NUR-SULTAN 2019", "Don't Stop"}) {
    EXPECT_EQ(Fold(text), IcuCasefold(text)) << text;
  }
}

TEST_F(CaseFolderTest, FoldsWholeTexts) {
  EXPECT_EQ(Fold("Steppe Herald"), "steppe herald");
  EXPECT_EQ(Fold("Алаш Ақпарат"), "алаш ақпарат");
  EXPECT_EQ(Fold(""), "");
}

TEST_F(CaseFolderTest, ApplyRewritesTextOnly) {
  Token token;
  token.text = "ТОҚАЕВТЫҢ";
  token.begin = 7;
  token.end = 25;
  token.position = 3;
  token.script = Script::kCyrillic;
  folder_->Apply(token);
  EXPECT_EQ(token.text, "тоқаевтың");
  EXPECT_EQ(token.begin, 7u);
  EXPECT_EQ(token.end, 25u);
  EXPECT_EQ(token.position, 3u);
  EXPECT_EQ(token.script, Script::kCyrillic);
}

}  // namespace
}  // namespace steppe
