#include "indexer/html_extractor.h"

#include <string>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "tests/indexer/indexer_test_util.h"

namespace steppe {
namespace {

using ::testing::AnyOf;
using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::Not;
using ::testing::StartsWith;

std::string HtmlPath(const std::string& name) {
  return std::string(STEPPE_CORPORA_DIR) + "/html/" + name;
}

std::string Joined(const std::vector<std::string>& lines) {
  std::string all;
  for (const std::string& line : lines) all += line + "\n";
  return all;
}

struct HtmlCase {
  const char* file;
  const char* lang;
  const char* title;
  const char* source;
  const char* url;
  const char* date;
  std::size_t paragraphs;
  std::vector<const char*> boilerplate;  // words of nav, header, aside, footer
};

const HtmlCase kHtmlPages[] = {
    {"herald-2021-independence-thirty.html",
     "en",
     "Kazakhstan marks thirty years of independence",
     "Steppe Herald",
     "https://steppe-herald.kz/news/2021/12/16/kazakhstan-thirty-years-independence",
     "2021-12-16T10:30:00+06:00",
     5,
     {"Home", "Politics", "Business", "Opinion", "Menu", "Account", "Most read", "Tenge slips",
      "Cup final", "Blizzard", "Privacy policy", "Contact us", "Advertise", "All rights"}},
    {"vostok-2021-latinitsa.html",
     "ru",
     "Казахстан представил обновлённый латинский алфавит",
     "Vostok Press",
     "https://vostok-press.kz/ru/2021/01/28/obnovlennyy-latinskiy-alfavit",
     "2021-01-28T16:45:00+06:00",
     4,
     {"Главная", "Новости", "Политика", "Экономика", "Спорт", "Войти", "Most read",
      "Тенге дешевеет", "Хоккеисты", "Конфиденциальность", "Контакты", "Все права"}},
    {"alash-2021-mazhilis-saylauy.html",
     "kk",
     "Мәжіліс сайлауында «Нұр Отан» жеңіске жетті",
     "Алаш Ақпарат",
     "https://alash-aqparat.kz/zhanalyqtar/2021/01/11/mazhilis-saylauy-nur-otan",
     "2021-01-11T08:05:00+06:00",
     4,
     {"Басты бет", "Жаңалықтар", "Экономика", "Спорт", "Кіру", "Most read", "Аяз күшейеді",
      "жаттығу", "Барлық құқықтар", "Байланыс", "Жарнама"}},
};

class CorpusHtmlTest : public ::testing::TestWithParam<HtmlCase> {
 protected:
  void SetUp() override {
    auto page = ExtractHtml(testing::ReadFile(HtmlPath(GetParam().file)));
    ASSERT_TRUE(page.ok()) << page.status();
    page_ = *std::move(page);
  }
  HtmlPage page_;
};

TEST_P(CorpusHtmlTest, Metadata) {
  EXPECT_EQ(page_.lang, GetParam().lang);
  EXPECT_EQ(page_.title, GetParam().title);
  EXPECT_EQ(page_.source, GetParam().source);
  EXPECT_EQ(page_.url, GetParam().url);
  EXPECT_EQ(page_.date, GetParam().date);
}

TEST_P(CorpusHtmlTest, LinesAreTheHeadlineAndTheParagraphs) {
  ASSERT_EQ(page_.lines.size(), GetParam().paragraphs + 1) << Joined(page_.lines);
  EXPECT_EQ(page_.lines[0], GetParam().title);
  for (std::size_t i = 1; i < page_.lines.size(); ++i) {
    EXPECT_TRUE(page_.lines[i].ends_with(".")) << page_.lines[i];
  }
}

TEST_P(CorpusHtmlTest, NoScriptStyleNavHeaderAsideOrFooter) {
  const std::string all = Joined(page_.lines) + page_.title;
  for (const char* mark : {"trackingPixelInit", ".zzqheader", "zzqheader", "dataLayer", "{", "}",
                           "©", "&laquo;", "&amp;", "&mdash;"}) {
    EXPECT_THAT(all, Not(HasSubstr(mark))) << GetParam().file;
  }
  for (const char* word : GetParam().boilerplate) {
    EXPECT_THAT(all, Not(HasSubstr(word))) << GetParam().file;
  }
}

TEST_P(CorpusHtmlTest, EntitiesAreDecoded) {
  EXPECT_THAT(Joined(page_.lines), AnyOf(HasSubstr("«"), HasSubstr("»")));
}

INSTANTIATE_TEST_SUITE_P(Pages, CorpusHtmlTest, ::testing::ValuesIn(kHtmlPages),
                         [](const auto& info) { return std::string(info.param.lang); });

TEST(HtmlExtractorTest, SpecificEntities) {
  auto herald = ExtractHtml(testing::ReadFile(HtmlPath("herald-2021-independence-thirty.html")));
  ASSERT_TRUE(herald.ok());
  EXPECT_THAT(herald->lines, Contains(HasSubstr("the «peaceful and multi-ethnic» path")));
  EXPECT_THAT(herald->lines, Contains(HasSubstr("oil & gas sector")));
  auto vostok = ExtractHtml(testing::ReadFile(HtmlPath("vostok-2021-latinitsa.html")));
  ASSERT_TRUE(vostok.ok());
  EXPECT_THAT(vostok->lines, Contains(HasSubstr("седилью — например, «ä»")));
}

TEST(HtmlExtractorTest, MainWhenThereIsNoArticle) {
  auto page = ExtractHtml(
      "<html><body><nav>Menu</nav><div>Sidebar junk</div>"
      "<main><h1>Head</h1><p>First para.</p><p>Second para.</p></main>"
      "<footer>Footer text</footer></body></html>");
  ASSERT_TRUE(page.ok()) << page.status();
  EXPECT_THAT(page->lines, ElementsAre("Head", "First para.", "Second para."));
  EXPECT_EQ(page->title, "Head");
}

TEST(HtmlExtractorTest, BodyWithoutArticleOrMainSkipsHeaderAndFooter) {
  auto page = ExtractHtml(
      "<html><body><header>Site name</header><nav><a>Home</a></nav>"
      "<p>Only paragraph.</p><aside>Most read</aside><footer>Contacts</footer></body></html>");
  ASSERT_TRUE(page.ok()) << page.status();
  EXPECT_THAT(page->lines, ElementsAre("Only paragraph."));
}

TEST(HtmlExtractorTest, HeaderAndFooterInsideTheArticleAreKept) {
  auto page = ExtractHtml(
      "<html><body><header>Site</header><article><header><h1>Head</h1>"
      "<p>Byline and lede.</p></header><p>Body.</p><footer>Filed under politics.</footer>"
      "</article></body></html>");
  ASSERT_TRUE(page.ok()) << page.status();
  EXPECT_THAT(page->lines,
              ElementsAre("Head", "Byline and lede.", "Body.", "Filed under politics."));
}

TEST(HtmlExtractorTest, SkippedElementsInsideTheArticle) {
  auto page = ExtractHtml(
      "<article><h1>Head</h1><p>Kept.</p>"
      "<script>var x = 1;</script><style>p{}</style><noscript>Enable JS</noscript>"
      "<figure><img src=a.jpg><figcaption>Photo caption</figcaption></figure>"
      "<form><input>Search</form><button>Share</button><iframe>frame</iframe>"
      "<div aria-hidden=\"true\">Hidden</div><div role=\"navigation\">Nav role</div>"
      "<svg><text>Icon</text></svg><p>Also kept.</p></article>");
  ASSERT_TRUE(page.ok()) << page.status();
  EXPECT_THAT(page->lines, ElementsAre("Head", "Kept.", "Also kept."));
}

TEST(HtmlExtractorTest, BlocksMakeLinesAndInlineElementsDoNot) {
  auto page = ExtractHtml(
      "<article><p>One <b>bold</b> and <a href=x>linked</a>   word.</p>"
      "<p>Line<br>break</p><ul><li>First item</li><li>Second item</li></ul></article>");
  ASSERT_TRUE(page.ok()) << page.status();
  EXPECT_THAT(page->lines, ElementsAre("One bold and linked word.", "Line", "break", "First item",
                                       "Second item"));
}

TEST(HtmlExtractorTest, TitleFallsBackToOgTitleThenTitleTag) {
  auto og = ExtractHtml(
      "<html><head><title>Tag title | Outlet</title>"
      "<meta property=\"og:title\" content=\"OG title\"></head>"
      "<body><p>Text.</p></body></html>");
  ASSERT_TRUE(og.ok());
  EXPECT_EQ(og->title, "OG title");

  auto tag = ExtractHtml(
      "<html><head><title>Tag title | Outlet</title></head><body><p>Text.</p></body></html>");
  ASSERT_TRUE(tag.ok());
  EXPECT_EQ(tag->title, "Tag title");

  auto dash = ExtractHtml(
      "<html><head><title>Выборы в мажилис — Vostok Press</title></head>"
      "<body><p>Text.</p></body></html>");
  ASSERT_TRUE(dash.ok());
  EXPECT_EQ(dash->title, "Выборы в мажилис");
}

TEST(HtmlExtractorTest, TimeElementGivesTheDate) {
  auto page = ExtractHtml(
      "<article><h1>Head</h1><time datetime=\"2020-03-01\">1 March</time>"
      "<p>Text.</p></article>");
  ASSERT_TRUE(page.ok());
  EXPECT_EQ(page->date, "2020-03-01");
}

TEST(HtmlExtractorTest, PublishedTimeMetaWinsOverTimeElement) {
  auto page = ExtractHtml(
      "<html><head><meta property=\"article:published_time\" content=\"2021-01-11\"></head>"
      "<body><article><time datetime=\"2020-03-01\">x</time><p>Text.</p></article>"
      "</body></html>");
  ASSERT_TRUE(page.ok());
  EXPECT_EQ(page->date, "2021-01-11");
}

TEST(HtmlExtractorTest, OgUrlWhenNoCanonicalLink) {
  auto page = ExtractHtml(
      "<html><head><meta property=\"og:url\" content=\"https://dala.kz/a\"></head>"
      "<body><p>Text.</p></body></html>");
  ASSERT_TRUE(page.ok());
  EXPECT_EQ(page->url, "https://dala.kz/a");
}

TEST(HtmlExtractorTest, DeclaredLegacyCharsetIsDecoded) {
  // "Привет, Алматы." in Windows-1251.
  const std::string html =
      "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">"
      "</head><body><p>\xCF\xF0\xE8\xE2\xE5\xF2, \xC0\xEB\xEC\xE0\xF2\xFB.</p></body></html>";
  auto page = ExtractHtml(html);
  ASSERT_TRUE(page.ok()) << page.status();
  EXPECT_THAT(page->lines, ElementsAre("Привет, Алматы."));
}

TEST(HtmlExtractorTest, BrokenMarkupIsRecovered) {
  auto page = ExtractHtml("<article><h1>Head<p>Unclosed paragraph<p>Another one</article>");
  ASSERT_TRUE(page.ok()) << page.status();
  EXPECT_THAT(page->lines, Contains("Unclosed paragraph"));
  EXPECT_THAT(page->lines, Contains("Another one"));
}

TEST(HtmlExtractorTest, EmptyInputIsAnError) { EXPECT_FALSE(ExtractHtml("").ok()); }

TEST(HtmlExtractorTest, PageWithoutTextHasNoLines) {
  auto page = ExtractHtml("<html><body><nav>Home</nav><script>x()</script></body></html>");
  ASSERT_TRUE(page.ok()) << page.status();
  EXPECT_THAT(page->lines, IsEmpty());
}

}  // namespace
}  // namespace steppe
