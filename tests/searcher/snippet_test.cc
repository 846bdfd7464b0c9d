#include "searcher/snippet.h"

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tests/searcher/test_index.h"
#include "tokenizers/analyzer.h"

namespace steppe {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::Not;
using ::testing::StartsWith;

constexpr std::string_view kEllipsis = "…";

class SnippetTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto analyzer = Analyzer::Create();
    ASSERT_TRUE(analyzer.ok()) << analyzer.status();
    analyzer_ = std::move(*analyzer);
  }

  // The highlight terms of a query, as QueryParser collects them: every
  // candidate term of every word, the language unknown.
  std::vector<std::string> TermsOf(std::string_view query) const {
    std::vector<std::string> terms;
    for (const Token& token : analyzer_->Analyze(query, Language::kUnknown, AnalysisMode::kQuery)) {
      terms.insert(terms.end(), token.terms.begin(), token.terms.end());
    }
    return terms;
  }

  // The snippet of `text` indexed as a document's body (from position 1
  // here) for `query`: its matches are where the index holds the query's
  // terms.
  Snippet Make(std::string_view text, Language language, std::string_view query,
               std::size_t max_words = 30) const {
    Xapian::Document document;
    const Xapian::termpos next =
        testing::AddText(*analyzer_, text, language, 1, /*is_title=*/false, document);
    Xapian::WritableDatabase db = Xapian::InMemory::open();
    const Xapian::docid added = db.add_document(document);
    const std::vector<PositionMatch> matches = HighlightTerms(TermsOf(query)).Positions(db, added);
    Snippet snippet = MakeSnippet(segmenter_, text, 1, matches, max_words);
    EXPECT_EQ(snippet.next_position, next);
    return snippet;
  }

  // The highlighted pieces of a snippet's text.
  static std::vector<std::string> Marked(const Snippet& snippet) {
    std::vector<std::string> marked;
    for (const auto& [begin, end] : snippet.highlights) {
      EXPECT_LT(begin, end);
      EXPECT_LE(end, snippet.text.size());
      if (begin < end && end <= snippet.text.size()) {
        marked.push_back(snippet.text.substr(begin, end - begin));
      }
    }
    return marked;
  }

  static std::string Filler(int words, std::string_view word = "filler") {
    std::string text;
    for (int i = 0; i < words; ++i) {
      text += std::string(word) + std::to_string(i) + " ";
    }
    return text;
  }

  std::unique_ptr<Analyzer> analyzer_;
  Segmenter segmenter_;
};

TEST_F(SnippetTest, ShortTextIsWholeWithItsMatchesMarked) {
  const Snippet snippet = Make("Oil prices rose, gas prices fell.", Language::kEnglish, "oil gas");
  EXPECT_EQ(snippet.text, "Oil prices rose, gas prices fell.");
  EXPECT_THAT(snippet.highlights, ElementsAre(std::pair<std::size_t, std::size_t>{0, 3},
                                              std::pair<std::size_t, std::size_t>{17, 20}));
}

TEST_F(SnippetTest, StemmedAndVariantFormsAreMarkedWhole) {
  Snippet snippet = Make("New pipelines were built.", Language::kEnglish, "pipeline");
  EXPECT_THAT(Marked(snippet), ElementsAre("pipelines"));
  // Назарбаева is indexed as назарбаев, which a query for Назарбаев looks up.
  snippet = Make("Указ Назарбаева опубликован.", Language::kRussian, "Назарбаев");
  EXPECT_THAT(Marked(snippet), ElementsAre("Назарбаева"));
}

TEST_F(SnippetTest, NoMatchGivesTheStartOfTheText) {
  const std::string text = Filler(50);
  const Snippet snippet = Make(text, Language::kEnglish, "pipeline", 10);
  EXPECT_THAT(snippet.highlights, IsEmpty());
  EXPECT_THAT(snippet.text, StartsWith("filler0 filler1 "));
  EXPECT_THAT(snippet.text, HasSubstr("filler9"));
  EXPECT_THAT(snippet.text, Not(HasSubstr("filler10")));
  EXPECT_EQ(snippet.text,
            "filler0 filler1 filler2 filler3 filler4 filler5 filler6 filler7 "
            "filler8 filler9…");
}

TEST_F(SnippetTest, EmptyText) {
  const Snippet snippet = Make("", Language::kEnglish, "oil");
  EXPECT_EQ(snippet.text, "");
  EXPECT_THAT(snippet.highlights, IsEmpty());
}

TEST_F(SnippetTest, BestWindowHoldsTheMostDistinctTerms) {
  // One lone "oil" early; later all three words together.
  const std::string text =
      "Oil " + Filler(40) + "the gas pipeline carries oil east. " + Filler(40, "tail");
  const Snippet snippet = Make(text, Language::kEnglish, "oil gas pipeline", 10);
  EXPECT_THAT(snippet.text, StartsWith(kEllipsis));
  EXPECT_THAT(snippet.text, ::testing::EndsWith(kEllipsis));
  EXPECT_THAT(Marked(snippet), ElementsAre("gas", "pipeline", "oil"));
  EXPECT_THAT(snippet.text, HasSubstr("the gas pipeline carries oil east."));
}

TEST_F(SnippetTest, TiesGoToTheEarliestWindow) {
  const std::string text = Filler(5) + "oil " + Filler(40, "mid") + "oil " + Filler(40, "end");
  const Snippet snippet = Make(text, Language::kEnglish, "oil", 10);
  EXPECT_THAT(snippet.text, StartsWith("filler0"));  // the first window, from the text's start
  EXPECT_THAT(Marked(snippet), ElementsAre("oil"));
  EXPECT_THAT(snippet.text, Not(HasSubstr("end0")));
}

TEST_F(SnippetTest, MoreDistinctTermsBeatMoreRepeats) {
  const std::string text = "oil oil oil oil " + Filler(40) + "oil and gas " + Filler(40, "end");
  const Snippet snippet = Make(text, Language::kEnglish, "oil gas", 8);
  EXPECT_THAT(Marked(snippet), ::testing::Contains("gas"));
}

TEST_F(SnippetTest, LeadingContextKeepsTheWindowsMatches) {
  // The best window is exactly max_words long from "oil" to "gas"; giving
  // "oil" a few words of context must not push "gas" out of the snippet.
  const std::string text = Filler(20) + "oil a1 a2 a3 a4 a5 a6 a7 a8 gas " + Filler(20, "tail");
  const Snippet snippet = Make(text, Language::kEnglish, "oil gas", 10);
  EXPECT_THAT(Marked(snippet), ElementsAre("oil", "gas"));
}

TEST_F(SnippetTest, MatchesNearTheEndOfTheTextStayInTheWindow) {
  // The window from "oil" runs past the end of the text; moved back to fit,
  // it must still reach "gas".
  const std::string text = Filler(15) + "oil b1 b2 b3 b4 b5 b6 gas";
  const Snippet snippet = Make(text, Language::kEnglish, "oil gas", 10);
  EXPECT_THAT(Marked(snippet), ElementsAre("oil", "gas"));
  EXPECT_THAT(snippet.text, ::testing::EndsWith("gas"));
}

TEST_F(SnippetTest, LeadingContextBeforeTheFirstMatch) {
  const std::string text = Filler(20) + "oil " + Filler(20, "tail");
  const Snippet snippet = Make(text, Language::kEnglish, "oil", 10);
  EXPECT_EQ(snippet.text, "…filler17 filler18 filler19 oil tail0 tail1 tail2 tail3 tail4 tail5…");
  EXPECT_THAT(Marked(snippet), ElementsAre("oil"));
}

TEST_F(SnippetTest, KeepsPunctuationClosingTheLastWord) {
  const Snippet snippet =
      Make("Oil rose. Gas fell. Markets were calm.", Language::kEnglish, "oil", 2);
  EXPECT_EQ(snippet.text, "Oil rose.…");
}

TEST_F(SnippetTest, NoEllipsisAtTheEndWhenTheTextEndsInTheWindow) {
  const std::string text = Filler(20) + "oil and gas.";
  const Snippet snippet = Make(text, Language::kEnglish, "gas", 10);
  EXPECT_THAT(snippet.text, StartsWith(kEllipsis));
  EXPECT_THAT(snippet.text, ::testing::EndsWith("oil and gas."));
  EXPECT_THAT(Marked(snippet), ElementsAre("gas"));
}

TEST_F(SnippetTest, SnippetIsOneLine) {
  const Snippet snippet =
      Make("Oil prices\nrose\r\nsharply\tin May.\n", Language::kEnglish, "rose", 30);
  EXPECT_THAT(snippet.text, Not(HasSubstr("\n")));
  EXPECT_THAT(snippet.text, Not(HasSubstr("\r")));
  EXPECT_THAT(snippet.text, Not(HasSubstr("\t")));
  EXPECT_THAT(Marked(snippet), ElementsAre("rose"));
}

TEST_F(SnippetTest, CyrillicOffsetsAreBytes) {
  const std::string text = "Бүгін Нұр-Сұлтан қаласында Қасым-Жомарт Тоқаевтың ұлықтау рәсімі өтті.";
  const Snippet snippet = Make(text, Language::kKazakh, "Тоқаевтың Нұр-Сұлтан");
  EXPECT_EQ(snippet.text, text);
  EXPECT_THAT(Marked(snippet), ElementsAre("Нұр", "Сұлтан", "Тоқаевтың"));
}

TEST_F(SnippetTest, CyrillicOffsetsAfterALeadingEllipsis) {
  std::string text;
  for (int i = 0; i < 30; ++i) text += "сөз ";
  text += "Бүгін Тоқаевтың ұлықтау рәсімі өтті. ";
  for (int i = 0; i < 30; ++i) text += "соңы ";
  const Snippet snippet = Make(text, Language::kKazakh, "тоқаевтың рәсімі", 8);
  EXPECT_THAT(snippet.text, StartsWith(kEllipsis));
  EXPECT_THAT(Marked(snippet), ElementsAre("Тоқаевтың", "рәсімі"));
}

TEST_F(SnippetTest, DroppedWordsCountAsWordsOfTheWindow) {
  // A word too long to index takes a place in the window as any word does,
  // and the window may begin or end on one.
  const std::string blob(130, 'x');
  const std::string text = Filler(20) + blob + " oil a1 a2 " + blob + " tail";
  Snippet snippet = Make(text, Language::kEnglish, "oil", 5);
  EXPECT_EQ(snippet.text, "…filler18 filler19 " + blob + " oil a1…");
  EXPECT_THAT(Marked(snippet), ElementsAre("oil"));
  snippet = Make(text, Language::kEnglish, "oil", 7);
  EXPECT_EQ(snippet.text, "…filler18 filler19 " + blob + " oil a1 a2 " + blob + "…");
  EXPECT_THAT(Marked(snippet), ElementsAre("oil"));
}

TEST_F(SnippetTest, MatchedListsEverySpellingOnceFromTheWholeText) {
  // The passage holds the second and third mentions; `matched` has the
  // first one's spelling too, first, and the repeated one once.
  const std::string text = "Tokayev spoke. " + Filler(60) + "Токаев and Tokayev met.";
  const Snippet snippet = Make(text, Language::kEnglish, "Tokayev", 10);
  EXPECT_THAT(snippet.text, Not(HasSubstr("spoke")));
  EXPECT_THAT(Marked(snippet), ElementsAre("Токаев", "Tokayev"));
  EXPECT_THAT(snippet.matched, ElementsAre("Tokayev", "Токаев"));
}

TEST_F(SnippetTest, HomoglyphAndCaseVariantsAreMarked) {
  // "Tоkayev" with a Cyrillic о in the text, Tokayev in the query.
  const Snippet snippet =
      Make("President T\u043Ekayev and TOKAYEV spoke.", Language::kEnglish, "tokayev");
  EXPECT_THAT(Marked(snippet), ElementsAre("T\u043Ekayev", "TOKAYEV"));
}

}  // namespace
}  // namespace steppe
