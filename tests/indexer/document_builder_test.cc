#include "indexer/document_builder.h"

#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <xapian.h>
#include <nlohmann/json.hpp>

#include "tokenizers/document_data.h"
#include "tokenizers/index_schema.h"

namespace steppe {
namespace {

using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::Not;
using ::testing::SizeIs;
using ::testing::StartsWith;

struct TermInfo {
  Xapian::termcount wdf = 0;
  std::vector<Xapian::termpos> positions;
};

std::map<std::string, TermInfo> Terms(const Xapian::Document& doc) {
  std::map<std::string, TermInfo> terms;
  for (auto it = doc.termlist_begin(); it != doc.termlist_end(); ++it) {
    TermInfo& info = terms[*it];
    info.wdf = it.get_wdf();
    for (auto pos = it.positionlist_begin(); pos != it.positionlist_end(); ++pos) {
      info.positions.push_back(*pos);
    }
  }
  return terms;
}

std::vector<std::string> TermsWithPrefix(const Xapian::Document& doc, const std::string& prefix) {
  std::vector<std::string> found;
  for (const auto& [term, info] : Terms(doc)) {
    if (term.rfind(prefix, 0) == 0) found.push_back(term);
  }
  return found;
}

class DocumentBuilderTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto analyzer = Analyzer::Create();
    ASSERT_TRUE(analyzer.ok()) << analyzer.status();
    analyzer_ = std::move(*analyzer).release();
  }
  static void TearDownTestSuite() {
    delete analyzer_;
    analyzer_ = nullptr;
  }

  // The one index term the analyzer makes of `word` in a document of `language`.
  static std::string IndexTerm(std::string_view word, Language language) {
    const std::vector<Token> tokens = analyzer_->Analyze(word, language, AnalysisMode::kIndex);
    EXPECT_EQ(tokens.size(), 1u) << word;
    if (tokens.size() != 1 || tokens[0].terms.size() != 1) return "";
    return tokens[0].terms[0];
  }

  absl::StatusOr<BuiltDocument> Build(const Record& record) const {
    return DocumentBuilder(*analyzer_).Build(record);
  }

  static Record EnglishRecord() {
    Record record;
    record.id = "en-001";
    record.url = "https://steppe-herald.kz/news/2019/06/12/tokayev-sworn-in";
    record.title = "Tokayev sworn in as president";
    record.text = "The inauguration took place in the capital.\nLawmakers applauded the oath.";
    record.date = "2019-06-12";
    record.lang = "en";
    record.source = "Steppe Herald";
    record.origin = {"dump.jsonl", 1};
    return record;
  }

  static inline Analyzer* analyzer_ = nullptr;
};

TEST_F(DocumentBuilderTest, IdTermFromTheId) {
  Record record = EnglishRecord();
  record.id = "  en-001 ";
  auto built = Build(record);
  ASSERT_TRUE(built.ok()) << built.status();
  EXPECT_EQ(built->id, "en-001");
  EXPECT_EQ(built->id_term, "Qen-001");
  EXPECT_THAT(TermsWithPrefix(built->document, "Q"), ElementsAre("Qen-001"));
  EXPECT_EQ(Terms(built->document)["Qen-001"].wdf, 0u);  // boolean
}

TEST_F(DocumentBuilderTest, IdTermFromTheUrlWhenNoId) {
  Record record = EnglishRecord();
  record.id = "";
  auto built = Build(record);
  ASSERT_TRUE(built.ok()) << built.status();
  EXPECT_EQ(built->id, record.url);
  EXPECT_EQ(built->id_term, "Q" + record.url);
  EXPECT_THAT(TermsWithPrefix(built->document, "Q"), ElementsAre("Q" + record.url));
}

TEST_F(DocumentBuilderTest, IdFromAHashOfTitleAndTextWhenNoIdOrUrl) {
  Record record = EnglishRecord();
  record.id = " ";
  record.url = "";
  auto first = Build(record);
  auto second = Build(record);
  ASSERT_TRUE(first.ok() && second.ok());
  EXPECT_EQ(first->id, "sha:" + StableHash(record.title + "\n" + record.text));
  EXPECT_THAT(first->id, StartsWith("sha:"));
  EXPECT_EQ(first->id.size(), 4u + 16u);
  EXPECT_EQ(first->id, second->id);
  EXPECT_EQ(first->id_term, "Q" + first->id);

  // Surrounding white space does not change the article; other text does.
  Record padded = record;
  padded.text = "\n  " + record.text + "  \n";
  auto third = Build(padded);
  ASSERT_TRUE(third.ok());
  EXPECT_EQ(third->id, first->id);
  Record other = record;
  other.text += " More.";
  auto fourth = Build(other);
  ASSERT_TRUE(fourth.ok());
  EXPECT_NE(fourth->id, first->id);
  Record retitled = record;
  retitled.title = "Another headline";
  auto fifth = Build(retitled);
  ASSERT_TRUE(fifth.ok());
  EXPECT_NE(fifth->id, first->id);
}

TEST_F(DocumentBuilderTest, OverlongIdIsHashedToFitATerm) {
  Record record = EnglishRecord();
  record.id = std::string(300, 'x');
  auto built = Build(record);
  ASSERT_TRUE(built.ok()) << built.status();
  EXPECT_EQ(built->id, record.id);
  EXPECT_EQ(built->id_term, "Q#" + StableHash(record.id));
  EXPECT_LE(built->id_term.size(), schema::kMaxTermBytes);
  EXPECT_THAT(TermsWithPrefix(built->document, "Q"), ElementsAre(built->id_term));
}

TEST_F(DocumentBuilderTest, TitleWordsGetAnSPrefixedTermAndMoreWeight) {
  auto built = Build(EnglishRecord());
  ASSERT_TRUE(built.ok()) << built.status();
  auto terms = Terms(built->document);
  const std::string title_word = IndexTerm("president", Language::kEnglish);
  const std::string body_word = IndexTerm("inauguration", Language::kEnglish);
  ASSERT_FALSE(title_word.empty());
  ASSERT_FALSE(body_word.empty());

  ASSERT_TRUE(terms.contains(title_word));
  ASSERT_TRUE(terms.contains("S" + title_word));
  EXPECT_EQ(terms[title_word].wdf, schema::kTitleWdf);
  EXPECT_EQ(terms["S" + title_word].wdf, 1u);
  EXPECT_GT(terms[title_word].wdf, terms[body_word].wdf);

  ASSERT_TRUE(terms.contains(body_word));
  EXPECT_EQ(terms[body_word].wdf, 1u);
  EXPECT_FALSE(terms.contains("S" + body_word));
}

TEST_F(DocumentBuilderTest, EveryTitleWordHasAnSTerm) {
  auto built = Build(EnglishRecord());
  ASSERT_TRUE(built.ok());
  auto terms = Terms(built->document);
  for (const Token& token : analyzer_->Analyze("Tokayev sworn in as president", Language::kEnglish,
                                               AnalysisMode::kIndex)) {
    for (const std::string& term : token.terms) {
      EXPECT_TRUE(terms.contains("S" + term)) << term;
      EXPECT_TRUE(terms.contains(term)) << term;
    }
  }
}

TEST_F(DocumentBuilderTest, WordInTitleAndBodyAddsBoth) {
  Record record = EnglishRecord();
  record.title = "Harvest news";
  record.text = "The harvest was large.";
  auto built = Build(record);
  ASSERT_TRUE(built.ok());
  const std::string harvest = IndexTerm("harvest", Language::kEnglish);
  auto terms = Terms(built->document);
  EXPECT_EQ(terms[harvest].wdf, schema::kTitleWdf + 1);
  EXPECT_EQ(terms["S" + harvest].wdf, 1u);
}

TEST_F(DocumentBuilderTest, BodyPositionsStartWellAfterTheTitle) {
  Record record = EnglishRecord();
  record.title = "Harvest news";
  record.text = "Wheat grew.";
  auto built = Build(record);
  ASSERT_TRUE(built.ok());
  auto terms = Terms(built->document);
  const std::string harvest = IndexTerm("harvest", Language::kEnglish);
  const std::string news = IndexTerm("news", Language::kEnglish);
  const std::string wheat = IndexTerm("wheat", Language::kEnglish);
  EXPECT_THAT(terms[harvest].positions, ElementsAre(1));
  EXPECT_THAT(terms["S" + harvest].positions, ElementsAre(1));
  EXPECT_THAT(terms[news].positions, ElementsAre(2));
  EXPECT_THAT(terms[wheat].positions, ElementsAre(3 + schema::kTitleBodyGap));
}

TEST_F(DocumentBuilderTest, LanguageAndSourceTermsAndValues) {
  auto built = Build(EnglishRecord());
  ASSERT_TRUE(built.ok());
  EXPECT_THAT(TermsWithPrefix(built->document, "L"), ElementsAre("Len"));
  EXPECT_THAT(TermsWithPrefix(built->document, "XS"), ElementsAre("XSsteppe herald"));
  auto terms = Terms(built->document);
  EXPECT_EQ(terms["Len"].wdf, 0u);
  EXPECT_EQ(terms["XSsteppe herald"].wdf, 0u);
  EXPECT_EQ(built->document.get_value(schema::kLangSlot), "en");
  EXPECT_EQ(built->document.get_value(schema::kSourceSlot), "Steppe Herald");
}

TEST_F(DocumentBuilderTest, CyrillicSourceIsFolded) {
  Record record = EnglishRecord();
  record.source = "  Алаш Ақпарат ";
  auto built = Build(record);
  ASSERT_TRUE(built.ok());
  EXPECT_THAT(TermsWithPrefix(built->document, "XS"), ElementsAre("XSалаш ақпарат"));
  EXPECT_EQ(built->document.get_value(schema::kSourceSlot), "Алаш Ақпарат");
}

TEST_F(DocumentBuilderTest, OverlongSourceTermIsCutAtACharacterBoundary) {
  Record record = EnglishRecord();
  std::string source;
  for (int i = 0; i < 200; ++i) source += "ж";  // 400 bytes
  record.source = source;
  auto built = Build(record);
  ASSERT_TRUE(built.ok()) << built.status();
  const std::vector<std::string> terms = TermsWithPrefix(built->document, "XS");
  ASSERT_THAT(terms, SizeIs(1));
  EXPECT_LE(terms[0].size(), schema::kMaxTermBytes);
  EXPECT_GE(terms[0].size(), schema::kMaxTermBytes - 1);
  EXPECT_EQ(terms[0], "XS" + source.substr(0, terms[0].size() - 2));
  EXPECT_EQ((terms[0].size() - 2) % 2, 0u) << "cut inside a two-byte letter";
  // The value keeps the name whole.
  EXPECT_EQ(built->document.get_value(schema::kSourceSlot), source);
}

TEST_F(DocumentBuilderTest, NoSourceNoSourceTermOrValue) {
  Record record = EnglishRecord();
  record.source = "";
  auto built = Build(record);
  ASSERT_TRUE(built.ok());
  EXPECT_THAT(TermsWithPrefix(built->document, "XS"), IsEmpty());
  EXPECT_EQ(built->document.get_value(schema::kSourceSlot), "");
}

TEST_F(DocumentBuilderTest, DateValueIsYYYYMMDD) {
  for (const char* date : {"2019-06-12", "12 June 2019", "12.06.2019", "12 июня 2019 г.",
                           "2019-06-12T10:00:00Z", "20190612"}) {
    Record record = EnglishRecord();
    record.date = date;
    auto built = Build(record);
    ASSERT_TRUE(built.ok());
    EXPECT_EQ(built->document.get_value(schema::kDateSlot), "20190612") << date;
    EXPECT_THAT(built->warnings, IsEmpty()) << date;
    EXPECT_EQ(nlohmann::json::parse(UnpackDocumentData(built->document.get_data()).value())["date"],
              "2019-06-12");
  }
}

TEST_F(DocumentBuilderTest, UnreadableDateGivesAWarningAndNoDate) {
  Record record = EnglishRecord();
  record.date = "sometime in spring";
  auto built = Build(record);
  ASSERT_TRUE(built.ok()) << built.status();
  ASSERT_THAT(built->warnings, SizeIs(1));
  EXPECT_THAT(built->warnings[0], HasSubstr("sometime in spring"));
  EXPECT_THAT(built->warnings[0], HasSubstr("without a date"));
  EXPECT_EQ(built->document.get_value(schema::kDateSlot), "");
  EXPECT_EQ(nlohmann::json::parse(UnpackDocumentData(built->document.get_data()).value())["date"],
            "");
}

TEST_F(DocumentBuilderTest, ImpossibleDateGivesAWarning) {
  Record record = EnglishRecord();
  record.date = "2019-02-30";
  auto built = Build(record);
  ASSERT_TRUE(built.ok());
  EXPECT_THAT(built->warnings, SizeIs(1));
  EXPECT_EQ(built->document.get_value(schema::kDateSlot), "");
}

TEST_F(DocumentBuilderTest, NoDateIsNoWarning) {
  Record record = EnglishRecord();
  record.date = "  ";
  auto built = Build(record);
  ASSERT_TRUE(built.ok());
  EXPECT_THAT(built->warnings, IsEmpty());
  EXPECT_EQ(built->document.get_value(schema::kDateSlot), "");
}

TEST_F(DocumentBuilderTest, MissingTextIsRefused) {
  for (const char* text : {"", "   \n\t "}) {
    Record record = EnglishRecord();
    record.text = text;
    auto built = Build(record);
    ASSERT_FALSE(built.ok());
    EXPECT_TRUE(absl::IsInvalidArgument(built.status())) << built.status();
    EXPECT_THAT(std::string(built.status().message()), HasSubstr("no article text"));
  }
}

TEST_F(DocumentBuilderTest, TitleIsOptional) {
  Record record = EnglishRecord();
  record.title = "";
  auto built = Build(record);
  ASSERT_TRUE(built.ok());
  EXPECT_THAT(TermsWithPrefix(built->document, "S"), IsEmpty());
  const std::string inauguration = IndexTerm("inauguration", Language::kEnglish);
  EXPECT_THAT(Terms(built->document)[inauguration].positions,
              ElementsAre(2 + schema::kTitleBodyGap));
}

TEST_F(DocumentBuilderTest, DataIsAJsonObjectOfTheArticle) {
  Record record = EnglishRecord();
  record.title = "  Tokayev sworn in as president ";
  record.text = "\n" + record.text + "\n";
  auto built = Build(record);
  ASSERT_TRUE(built.ok());
  const auto data = nlohmann::json::parse(UnpackDocumentData(built->document.get_data()).value());
  EXPECT_EQ(data["id"], "en-001");
  EXPECT_EQ(data["url"], record.url);
  EXPECT_EQ(data["title"], "Tokayev sworn in as president");
  EXPECT_EQ(data["date"], "2019-06-12");
  EXPECT_EQ(data["lang"], "en");
  EXPECT_EQ(data["source"], "Steppe Herald");
  EXPECT_EQ(data["text"],
            "The inauguration took place in the capital.\nLawmakers applauded the oath.");
  EXPECT_EQ(data.size(), 7u);
}

TEST_F(DocumentBuilderTest, InvalidUtf8DoesNotBreakTheData) {
  Record record = EnglishRecord();
  record.text = "Caf\xE9 society in Almaty.";
  auto built = Build(record);
  ASSERT_TRUE(built.ok());
  EXPECT_NO_THROW(nlohmann::json::parse(UnpackDocumentData(built->document.get_data()).value()));
}

TEST_F(DocumentBuilderTest, RecordLanguageWins) {
  Record record = EnglishRecord();
  record.lang = "English";
  auto built = Build(record);
  ASSERT_TRUE(built.ok());
  EXPECT_THAT(TermsWithPrefix(built->document, "L"), ElementsAre("Len"));

  record.lang = "kk-Latn";
  record.title = "Toqaev ant berdi";
  record.text = "Memleket basshysy Toqaevtyń ulyqtaý rásimi ótti.";
  built = Build(record);
  ASSERT_TRUE(built.ok());
  EXPECT_THAT(TermsWithPrefix(built->document, "L"), ElementsAre("Lkk"));
  EXPECT_EQ(built->document.get_value(schema::kLangSlot), "kk");

  // A Russian record says it is Russian even when its words are Latin.
  record.lang = "ru";
  record.text = "The inauguration took place in the capital.";
  built = Build(record);
  ASSERT_TRUE(built.ok());
  EXPECT_THAT(TermsWithPrefix(built->document, "L"), ElementsAre("Lru"));
}

TEST_F(DocumentBuilderTest, LanguageGuessedWhenTheRecordHasNone) {
  Record record = EnglishRecord();
  record.lang = "";
  record.title = "Токаев вступил в должность президента";
  record.text = "Церемония инаугурации прошла в столице. Депутаты приветствовали президента.";
  auto built = Build(record);
  ASSERT_TRUE(built.ok());
  EXPECT_THAT(TermsWithPrefix(built->document, "L"), ElementsAre("Lru"));

  record.title = "Тоқаев ант берді";
  record.text =
      "Мемлекет басшысы Тоқаевтың ұлықтау рәсімі Нұр-Сұлтанда өтті. Қазақстан "
      "халқы жаңа президентті құттықтады.";
  built = Build(record);
  ASSERT_TRUE(built.ok());
  EXPECT_THAT(TermsWithPrefix(built->document, "L"), ElementsAre("Lkk"));

  record.title = "";
  record.text = "The inauguration took place in the capital on Wednesday.";
  built = Build(record);
  ASSERT_TRUE(built.ok());
  EXPECT_THAT(TermsWithPrefix(built->document, "L"), ElementsAre("Len"));
}

TEST_F(DocumentBuilderTest, UnknownLanguageCodeIsKeptNotGuessed) {
  Record record = EnglishRecord();
  record.lang = "UZ-Latn";
  auto built = Build(record);
  ASSERT_TRUE(built.ok());
  EXPECT_THAT(TermsWithPrefix(built->document, "L"), ElementsAre("Luz"));
  EXPECT_EQ(built->document.get_value(schema::kLangSlot), "uz");
}

TEST_F(DocumentBuilderTest, TooLittleTextForAGuessIsUnd) {
  Record record = EnglishRecord();
  record.lang = "";
  record.title = "";
  record.text = "2019 12 06";
  auto built = Build(record);
  ASSERT_TRUE(built.ok());
  EXPECT_THAT(TermsWithPrefix(built->document, "L"), ElementsAre("Lund"));
}

TEST_F(DocumentBuilderTest, KazakhWordsAreIndexedByTheirKazakhStems) {
  Record record;
  record.id = "kk-001";
  record.lang = "kk";
  record.title = "Тоқаев ант берді";
  record.text = "Тоқаевтың ұлықтау рәсімі Астанада өтті.";
  auto built = Build(record);
  ASSERT_TRUE(built.ok());
  auto terms = Terms(built->document);
  // Тоқаевтың and the title's Тоқаев are one term; Астанада is Астана.
  EXPECT_TRUE(terms.contains("тоқаев"));
  EXPECT_FALSE(terms.contains("тоқаевтың"));
  EXPECT_TRUE(terms.contains("астана"));
  EXPECT_TRUE(terms.contains("Sтоқаев"));
}

TEST_F(DocumentBuilderTest, RussianWordsAreStemmedInARussianDocument) {
  Record record;
  record.id = "ru-001";
  record.lang = "ru";
  record.text = "Инаугурация Токаева прошла в Астане.";
  auto built = Build(record);
  ASSERT_TRUE(built.ok());
  auto terms = Terms(built->document);
  EXPECT_TRUE(terms.contains(IndexTerm("Токаева", Language::kRussian)));
  EXPECT_FALSE(terms.contains("инаугурация")) << "expected the Snowball stem, not the surface form";
}

// The term budget: every word of the title and text is one posting of one
// unprefixed term (its stem; never the surface form beside it, as
// Xapian's STEM_SOME does), plus an S term in the title and an N name key
// for a word that may be a name. Postings are what indexing time goes on.
TEST_F(DocumentBuilderTest, EachWordIsOnePostingOfOneTerm) {
  for (const char* lang : {"en", "ru", "kk"}) {
    Record record;
    record.id = std::string("budget-") + lang;
    record.lang = lang;
    if (record.lang == "en") {
      record.title = "Tokayev signs the budget";
      record.text =
          "President Tokayev signed the budget in Astana. The budgets of the regions grew.";
    } else if (record.lang == "ru") {
      record.title = "Токаев подписал бюджет";
      record.text = "Президент Токаев подписал бюджет в Астане. Бюджеты регионов выросли.";
    } else {
      record.title = "Тоқаев бюджетке қол қойды";
      record.text = "Президент Тоқаев Астанада бюджетке қол қойды. Өңірлердің бюджеттері өсті.";
    }
    auto built = Build(record);
    ASSERT_TRUE(built.ok()) << built.status();
    const Language language = ParseLanguage(lang);
    const std::size_t words =
        analyzer_->Analyze(record.title, language, AnalysisMode::kIndex).size() +
        analyzer_->Analyze(record.text, language, AnalysisMode::kIndex).size();
    std::set<Xapian::termpos> word_positions;
    std::size_t word_postings = 0;
    std::size_t title_postings = 0;
    std::size_t name_postings = 0;
    for (const auto& [term, info] : Terms(built->document)) {
      if (term.empty()) continue;
      const bool prefixed = term[0] >= 'A' && term[0] <= 'Z';
      if (!prefixed) {
        word_postings += info.positions.size();
        word_positions.insert(info.positions.begin(), info.positions.end());
      } else if (term[0] == 'S') {
        title_postings += info.positions.size();
      } else if (term[0] == 'N') {
        name_postings += info.positions.size();
      }
    }
    EXPECT_EQ(word_postings, words) << lang;
    EXPECT_EQ(word_positions.size(), words) << lang << ": two terms at one position";
    EXPECT_EQ(title_postings,
              analyzer_->Analyze(record.title, language, AnalysisMode::kIndex).size())
        << lang;
    // Tokayev (twice) and Astana at least; never every word (the budget's
    // common words are not names).
    EXPECT_GE(name_postings, 3u) << lang;
    EXPECT_LT(name_postings, words) << lang;
  }
}

TEST_F(DocumentBuilderTest, SameRecordGivesTheSameDocument) {
  auto first = Build(EnglishRecord());
  auto second = Build(EnglishRecord());
  ASSERT_TRUE(first.ok() && second.ok());
  EXPECT_EQ(first->document.serialise(), second->document.serialise());
}

}  // namespace
}  // namespace steppe
