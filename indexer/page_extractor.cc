#include "indexer/page_extractor.h"

#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <unordered_map>

#include "indexer/date_parser.h"

namespace steppe {
namespace {

constexpr int kParagraphWords = 10;
constexpr int kSentenceWords = 5;
constexpr int kMaxTitleWords = 30;
constexpr int kMaxDateLineWords = 8;
// Furniture marks and repetition only condemn lines shorter than this: a
// long line is prose even if it mentions "реклама" or is quoted twice.
constexpr int kMaxFurnitureWords = 20;
// How many lines above the first paragraph may hold the headline.
constexpr std::size_t kTitleSearchLines = 4;

std::string Lower(std::string_view text) {
  std::string lower;
  icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())))
      .toLower()
      .toUTF8String(lower);
  return lower;
}

int CountWords(std::string_view line) {
  int words = 0;
  bool in_word = false;
  for (char c : line) {
    const bool space = c == ' ' || c == '\t';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

bool EndsLikeSentence(std::string_view line) {
  static constexpr std::string_view kEnds[] = {".", "!", "?", "\"", "…", "»", "”", ".)"};
  for (std::string_view end : kEnds) {
    if (line.size() >= end.size() && line.substr(line.size() - end.size()) == end) return true;
  }
  return false;
}

// Marks of site furniture, lower-cased, in English, Russian and Kazakh.
bool HasFurnitureMark(const std::string& lower) {
  static constexpr std::string_view kMarks[] = {"accessibility links",
                                                "skip to",
                                                "breaking news",
                                                "subscribe",
                                                "all rights reserved",
                                                "©",
                                                "privacy policy",
                                                "cookie",
                                                "terms of use",
                                                "contact us",
                                                "related stories",
                                                "read more",
                                                "follow us",
                                                "share this",
                                                "advertisement",
                                                "sign in",
                                                "log in",
                                                "photo:",
                                                "photo credit",
                                                "newsletter",
                                                "most read",
                                                "download our app",
                                                "фото:",
                                                "все права защищены",
                                                "подписаться",
                                                "подпишитесь",
                                                "реклама",
                                                "читайте также",
                                                "политика конфиденциальности",
                                                "популярное",
                                                "барлық құқықтар қорғалған",
                                                "жарнама",
                                                "жазылыңыз",
                                                "сурет:",
                                                "тағы оқыңыз",
                                                "басты бет",
                                                "mobile app",
                                                "(c) ",
                                                "фотосурет:",
                                                "поделиться"};
  for (std::string_view mark : kMarks) {
    if (lower.find(mark) != std::string::npos) return true;
  }
  return false;
}

std::string Trim(std::string_view text) {
  // Spaces, tabs and the no-break space (C2 A0).
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  while (text.substr(0, 2) == "\xC2\xA0") text.remove_prefix(2);
  while (text.size() >= 2 && text.substr(text.size() - 2) == "\xC2\xA0") text.remove_suffix(2);
  return std::string(text);
}

// "© 2019 Steppe Herald. All rights reserved." -> "Steppe Herald".
std::string SourceFromCopyright(std::string_view line) {
  auto at = line.find("©");
  if (at == std::string_view::npos) return {};
  std::string_view rest = line.substr(at + std::string_view("©").size());
  while (!rest.empty() && (rest.front() == ' ' || (rest.front() >= '0' && rest.front() <= '9') ||
                           rest.front() == '-' || rest.front() == ',')) {
    rest.remove_prefix(1);
  }
  const auto end = rest.find_first_of(".|;");
  return Trim(rest.substr(0, end));
}

}  // namespace

std::vector<std::string> SplitLines(std::string_view text) {
  std::vector<std::string> lines;
  while (!text.empty()) {
    const auto newline = text.find('\n');
    std::string line = Trim(text.substr(0, newline));
    if (!line.empty() && line.back() == '\r') line = Trim(line.substr(0, line.size() - 1));
    if (!line.empty()) lines.push_back(std::move(line));
    if (newline == std::string_view::npos) break;
    text.remove_prefix(newline + 1);
  }
  return lines;
}

PageParts PageExtractor::Extract(const std::vector<std::string>& lines,
                                 std::string_view title_hint) const {
  PageParts parts;
  const std::size_t n = lines.size();
  std::unordered_map<std::string_view, int> occurrences;
  for (const std::string& line : lines) ++occurrences[line];

  std::vector<bool> furniture(n);
  std::vector<bool> paragraph(n);
  for (std::size_t i = 0; i < n; ++i) {
    const std::string lower = Lower(lines[i]);
    const int words = CountWords(lines[i]);
    furniture[i] =
        words < kMaxFurnitureWords && (occurrences[lines[i]] > 1 || HasFurnitureMark(lower));
    paragraph[i] = !furniture[i] && (words >= kParagraphWords ||
                                     (words >= kSentenceWords && EndsLikeSentence(lines[i])));
    if (parts.source.empty() && lower.find("©") != std::string::npos) {
      parts.source = SourceFromCopyright(lines[i]);
    }
  }
  const auto first_it = std::find(paragraph.begin(), paragraph.end(), true);
  std::size_t first = static_cast<std::size_t>(first_it - paragraph.begin());
  std::size_t last = n;
  for (std::size_t i = n; i-- > 0;) {
    if (paragraph[i]) {
      last = i;
      break;
    }
  }
  if (first == n) {
    // No prose at all: keep whatever is not furniture.
    first = 0;
    last = n == 0 ? 0 : n - 1;
  }

  // The date and the headline sit just above the first paragraph.
  std::size_t title_line = n;
  for (std::size_t i = first; i-- > 0 && first - i <= kTitleSearchLines + 1;) {
    if (furniture[i]) continue;
    const int words = CountWords(lines[i]);
    if (parts.date.empty() && words <= kMaxDateLineWords && ParseDate(lines[i]).has_value()) {
      parts.date = lines[i];
      continue;
    }
    if (title_hint.empty() && title_line == n && words >= 2 && words <= kMaxTitleWords &&
        lines[i].back() != ':') {
      title_line = i;
    }
  }
  parts.title = !title_hint.empty() ? Trim(title_hint)
                : title_line < n    ? lines[title_line]
                                    : std::string();

  for (std::size_t i = 0; i < n; ++i) {
    const bool in_body =
        n > 0 && i >= first && i <= last && !furniture[i] && lines[i] != parts.title;
    if (!in_body) {
      if (i != title_line && lines[i] != parts.title && lines[i] != parts.date) {
        ++parts.boilerplate_lines;
      }
      continue;
    }
    if (!parts.body.empty()) parts.body.push_back('\n');
    parts.body += lines[i];
  }
  if (parts.title.empty() && !parts.body.empty()) {
    // Headline-less page: the first sentence stands in for it.
    parts.title = parts.body.substr(0, parts.body.find('\n'));
  }
  return parts;
}

}  // namespace steppe
