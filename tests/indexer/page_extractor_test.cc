#include "indexer/page_extractor.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "indexer/date_parser.h"
#include "tests/indexer/indexer_test_util.h"

namespace steppe {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::Not;

std::string PagePath(const std::string& name) {
  return std::string(STEPPE_CORPORA_DIR) + "/pages/" + name;
}

std::vector<std::string> SplitBody(const std::string& body) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start <= body.size()) {
    const auto end = body.find('\n', start);
    lines.push_back(body.substr(start, end - start));
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return lines;
}

// Splits a string into its words of letters, for boilerplate checks.
std::vector<std::string> Words(const std::string& text) {
  std::vector<std::string> words;
  std::string word;
  for (char c : text) {
    const unsigned char u = static_cast<unsigned char>(c);
    if (u >= 0x80 || std::isalpha(u)) {
      word.push_back(c);
    } else if (!word.empty()) {
      words.push_back(std::move(word));
      word.clear();
    }
  }
  if (!word.empty()) words.push_back(word);
  return words;
}

struct PageCase {
  const char* file;
  const char* title;
  const char* date;
  const char* source;
  const char* first_paragraph_start;
};

const PageCase kPages[] = {
    {"herald-2019-tokayev-inauguration.txt", "New head of state takes oath in Nur-Sultan",
     "12 June 2019", "Steppe Herald", "Kassym-Jomart Tokayev was sworn in on Wednesday"},
    {"caspianwire-2023-aral-sea-fishermen.txt", "Fish return to the northern Aral", "18 May 2023",
     "Caspian Wire", "Fishermen in Aralsk say"},
    {"alash-2019-semei-polygon.txt", "Семей полигонының жабылғанына 28 жыл", "29 тамыз 2019, 11:20",
     "Алаш Ақпарат", "Бүгін Семей ядролық сынақ"},
    {"vestnik-2024-pavodki-atyrau.txt", "Паводковая волна подходит к Атырау",
     "15 апреля 2024, 18:40", "Степной вестник", "Уровень воды в реке Жайык"},
    {"vostok-2022-referendum.txt", "Казахстанцы поддержали поправки в Конституцию",
     "6 июня 2022, 09:15", "Vostok Press", "По предварительным данным"},
};

class CorpusPageTest : public ::testing::TestWithParam<PageCase> {
 protected:
  void SetUp() override {
    lines_ = SplitLines(testing::ReadFile(PagePath(GetParam().file)));
    ASSERT_GT(lines_.size(), 20u);
    parts_ = PageExtractor().Extract(lines_);
  }

  // The article's paragraphs as the corpus lays them out (corpora/README.md):
  // the lines after the date line up to the "related stories" heading, less
  // the photo caption that appears twice.
  std::vector<std::string> ExpectedParagraphs() const {
    std::vector<std::string> paragraphs;
    const auto date = std::find(lines_.begin(), lines_.end(), GetParam().date);
    EXPECT_NE(date, lines_.end());
    for (auto it = date + 1; it != lines_.end(); ++it) {
      if (*it == "Related stories" || *it == "Читайте также" || *it == "Тағы оқыңыз") break;
      if (std::count(lines_.begin(), lines_.end(), *it) > 1) continue;
      paragraphs.push_back(*it);
    }
    return paragraphs;
  }

  std::vector<std::string> lines_;
  PageParts parts_;
};

TEST_P(CorpusPageTest, FindsTitleDateAndSource) {
  EXPECT_EQ(parts_.title, GetParam().title);
  EXPECT_EQ(parts_.date, GetParam().date);
  EXPECT_TRUE(ParseDate(parts_.date).has_value());
  EXPECT_EQ(parts_.source, GetParam().source);
}

TEST_P(CorpusPageTest, BodyIsExactlyTheArticleParagraphs) {
  const std::vector<std::string> expected = ExpectedParagraphs();
  ASSERT_EQ(expected.size(), 5u) << "the corpus pages have 5 paragraphs each";
  EXPECT_EQ(SplitBody(parts_.body), expected);
  EXPECT_THAT(parts_.body, ::testing::StartsWith(GetParam().first_paragraph_start));
}

TEST_P(CorpusPageTest, NoBoilerplateInTitleOrBody) {
  for (const char* mark : {"Subscribe",
                           "Breaking News",
                           "Accessibility links",
                           "Skip navigation",
                           "Photo:",
                           "Фото:",
                           "Related stories",
                           "Читайте также",
                           "Тағы оқыңыз",
                           "©",
                           "All rights reserved",
                           "Privacy policy",
                           "Contact us",
                           "Подписаться",
                           "Жазылу",
                           "Басты бет",
                           "Главная",
                           "Жарнама",
                           "Реклама",
                           "Контакты",
                           "Байланыс",
                           "Newsletters",
                           "Cookie settings"}) {
    EXPECT_THAT(parts_.body, Not(HasSubstr(mark))) << GetParam().file;
    EXPECT_THAT(parts_.title, Not(HasSubstr(mark))) << GetParam().file;
  }
}

TEST_P(CorpusPageTest, NoWordOfAnyBoilerplateLineIsKept) {
  // The corpus guarantees that the words of menus, captions and footers never
  // occur in the headline or the paragraphs.
  const std::vector<std::string> paragraphs = ExpectedParagraphs();
  const std::vector<std::string> body_words = Words(parts_.body + "\n" + parts_.title);
  for (const std::string& line : lines_) {
    if (line == GetParam().title || line == GetParam().date) continue;
    if (std::find(paragraphs.begin(), paragraphs.end(), line) != paragraphs.end()) continue;
    for (const std::string& word : Words(line)) {
      if (word.size() < 5) continue;  // short words ("the", "в") are everywhere
      EXPECT_EQ(std::count(body_words.begin(), body_words.end(), word), 0)
          << "'" << word << "' from boilerplate line '" << line << "'";
    }
  }
}

TEST_P(CorpusPageTest, CountsEveryOtherLineAsBoilerplate) {
  EXPECT_EQ(parts_.boilerplate_lines, lines_.size() - 2 - 5);
}

INSTANTIATE_TEST_SUITE_P(Pages, CorpusPageTest, ::testing::ValuesIn(kPages), [](const auto& info) {
  std::string name = info.param.file;
  name = name.substr(0, name.find('.'));
  std::replace(name.begin(), name.end(), '-', '_');
  return name;
});

TEST(SplitLinesTest, TrimsAndDropsEmptyLines) {
  EXPECT_THAT(SplitLines("  one  \r\n\n\t two\t\n \xC2\xA0three\xC2\xA0 \r\n\r\n   \nfour"),
              ElementsAre("one", "two", "three", "four"));
  EXPECT_THAT(SplitLines(""), IsEmpty());
  EXPECT_THAT(SplitLines("\n\n \n"), IsEmpty());
}

const char* const kProse[] = {
    "Officials in Astana said on Monday that the new rail line would open next spring.",
    "The project links the capital with the southern cities and cost more than expected.",
    "Critics say the tender was rushed, but the ministry rejects the claim entirely.",
};

TEST(PageExtractorTest, SyntheticPageWithMenusCaptionAndFooter) {
  const std::vector<std::string> lines = {"Home",
                                          "World",
                                          "Subscribe",
                                          "Rail line to open next year",
                                          "3 March 2021",
                                          kProse[0],
                                          "Photo: agency",
                                          kProse[1],
                                          kProse[2],
                                          "Photo: agency",
                                          "More from us",
                                          "Weather today",
                                          "© 2021 Dala News | All rights reserved"};
  const PageParts parts = PageExtractor().Extract(lines);
  EXPECT_EQ(parts.title, "Rail line to open next year");
  EXPECT_EQ(parts.date, "3 March 2021");
  EXPECT_EQ(parts.source, "Dala News");
  EXPECT_EQ(parts.body, std::string(kProse[0]) + "\n" + kProse[1] + "\n" + kProse[2]);
  EXPECT_EQ(parts.boilerplate_lines, 8u);
}

TEST(PageExtractorTest, TitleHintWins) {
  const std::vector<std::string> lines = {"Some other heading here", kProse[0], kProse[1]};
  const PageParts parts = PageExtractor().Extract(lines, "  The real headline  ");
  EXPECT_EQ(parts.title, "The real headline");
  // With a hint, the guessed heading is not the title and so not kept.
  EXPECT_THAT(parts.body, Not(HasSubstr("Some other heading")));
}

TEST(PageExtractorTest, TitleHintLineIsNotRepeatedInTheBody) {
  // An HTML page's h1 is among its lines; it is the title, not a paragraph.
  const std::string headline = "A long headline that easily has ten words or more in it for sure";
  const std::vector<std::string> lines = {headline, kProse[0], kProse[1]};
  const PageParts parts = PageExtractor().Extract(lines, headline);
  EXPECT_EQ(parts.title, headline);
  EXPECT_EQ(parts.body, std::string(kProse[0]) + "\n" + kProse[1]);
}

TEST(PageExtractorTest, HeadlineWithAYearIsNotTakenForTheDate) {
  const std::vector<std::string> lines = {"Home", "Kazakhstan votes in 2019 election", kProse[0],
                                          kProse[1]};
  const PageParts parts = PageExtractor().Extract(lines);
  EXPECT_EQ(parts.title, "Kazakhstan votes in 2019 election");
  EXPECT_EQ(parts.date, "");
}

TEST(PageExtractorTest, LabelEndingWithColonIsNotATitle) {
  const std::vector<std::string> lines = {"Top stories of the day:", kProse[0], kProse[1]};
  const PageParts parts = PageExtractor().Extract(lines);
  EXPECT_NE(parts.title, "Top stories of the day:");
  // Without a headline the first sentence stands in for it.
  EXPECT_EQ(parts.title, kProse[0]);
}

TEST(PageExtractorTest, HeadlineOnlyWithinAFewLinesAboveTheFirstParagraph) {
  // Four one-word menu lines between headline and article: still found.
  const std::vector<std::string> near = {"Headline far above", "A", "B", "C", "D", kProse[0]};
  EXPECT_EQ(PageExtractor().Extract(near).title, "Headline far above");
  // Five: too far; the first sentence stands in.
  const std::vector<std::string> far = {"Headline far above", "A", "B", "C", "D", "E", kProse[0]};
  EXPECT_EQ(PageExtractor().Extract(far).title, kProse[0]);
}

TEST(PageExtractorTest, LongProseWithAFurnitureWordIsKept) {
  const std::string long_line =
      "The ministry said it would subscribe to the new international convention on water use, "
      "which several neighbouring states signed last year in Tashkent.";
  const std::vector<std::string> lines = {"Water deal", kProse[0], long_line, kProse[1]};
  const PageParts parts = PageExtractor().Extract(lines);
  EXPECT_THAT(parts.body, HasSubstr(long_line));
}

TEST(PageExtractorTest, ShortRepeatedLineInsideTheArticleIsDropped) {
  const std::vector<std::string> lines = {"Headline of the story", kProse[0],
                                          "Share on social",       kProse[1],
                                          "Share on social",       kProse[2]};
  const PageParts parts = PageExtractor().Extract(lines);
  EXPECT_THAT(parts.body, Not(HasSubstr("Share on social")));
  EXPECT_EQ(SplitBody(parts.body).size(), 3u);
}

TEST(PageExtractorTest, ShortNonProseLineBetweenParagraphsIsKept) {
  // A subheading inside the article is neither furniture nor outside it.
  const std::vector<std::string> lines = {"Headline of the story", kProse[0], "What comes next",
                                          kProse[1]};
  const PageParts parts = PageExtractor().Extract(lines);
  EXPECT_EQ(parts.body, std::string(kProse[0]) + "\nWhat comes next\n" + kProse[1]);
}

TEST(PageExtractorTest, PageWithoutProseKeepsWhatIsNotFurniture) {
  const std::vector<std::string> lines = {"Subscribe", "Tenge at 450", "Oil at 80 dollars"};
  const PageParts parts = PageExtractor().Extract(lines);
  EXPECT_THAT(parts.body, Not(HasSubstr("Subscribe")));
  EXPECT_THAT(parts.body, HasSubstr("Tenge at 450"));
  EXPECT_THAT(parts.body, HasSubstr("Oil at 80 dollars"));
  EXPECT_FALSE(parts.title.empty());
}

TEST(PageExtractorTest, NoLinesGiveNothing) {
  const PageParts parts = PageExtractor().Extract({});
  EXPECT_EQ(parts.title, "");
  EXPECT_EQ(parts.body, "");
  EXPECT_EQ(parts.date, "");
  EXPECT_EQ(parts.source, "");
  EXPECT_EQ(parts.boilerplate_lines, 0u);
}

TEST(PageExtractorTest, OnlyFurnitureGivesNoBody) {
  const PageParts parts =
      PageExtractor().Extract({"Subscribe", "Privacy policy", "© 2020 Qazaq Times"});
  EXPECT_EQ(parts.body, "");
  EXPECT_EQ(parts.source, "Qazaq Times");
}

TEST(PageExtractorTest, SourceFromCopyrightLineVariants) {
  const auto source = [](const std::string& line) {
    return PageExtractor().Extract({kProse[0], line}).source;
  };
  EXPECT_EQ(source("© 2019 Steppe Herald. All rights reserved."), "Steppe Herald");
  EXPECT_EQ(source("©2018-2024 Kazinfo Daily | Privacy"), "Kazinfo Daily");
  EXPECT_EQ(source("© 2024 Степной вестник. Все права защищены."), "Степной вестник");
  EXPECT_EQ(source("Copyright notice without the sign"), "");
}

}  // namespace
}  // namespace steppe
