// PageExtractor: finds the article in the text of a scraped web page.
//
// Contract: given the page's lines (from a plain-text dump or an HTML
// page's blocks) it returns the headline, the body paragraphs and, when the
// page shows them, the date and the outlet. Left out of the body as
// boilerplate: lines repeated on the page (menus, photo captions), lines with
// the marks of site furniture ("Accessibility links", "Breaking News",
// "Subscribe", "© ... All rights reserved", "Фото:", "Жарнама", ...), and
// everything before the first or after the last paragraph-like line (menus,
// related links, footers). A paragraph-like line is a sentence or more of
// prose. `title_hint` (an HTML page's h1 or og:title) wins over the guess.
#ifndef STEPPE_INDEXER_PAGE_EXTRACTOR_H_
#define STEPPE_INDEXER_PAGE_EXTRACTOR_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace steppe {

struct PageParts {
  std::string title;
  std::string body;    // paragraphs joined by "\n"
  std::string date;    // as found on the page, empty when none
  std::string source;  // from a "© 2019 Outlet" line, empty when none
  std::size_t boilerplate_lines = 0;
};

class PageExtractor {
 public:
  PageParts Extract(const std::vector<std::string>& lines, std::string_view title_hint = {}) const;
};

// Splits text into trimmed, non-empty lines.
std::vector<std::string> SplitLines(std::string_view text);

}  // namespace steppe

#endif  // STEPPE_INDEXER_PAGE_EXTRACTOR_H_
