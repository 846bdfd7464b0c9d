// ExtractHtml: the text and metadata of an HTML page (libxml2's HTML
// parser, which recovers from broken markup and honours a declared charset).
//
// Contract: returns the page's text as lines, one per block element, taken
// from its <article> (else <main>, else <body>) with script, style,
// noscript, template, svg, iframe, form, nav, aside, figcaption and, outside
// the article, header and footer left out; entities are decoded. Metadata
// comes from <html lang>, <title>, og:title, og:site_name, og:url,
// <link rel=canonical>, article:published_time and <time datetime>. The
// headline is the article's h1, else og:title, else <title> without its
// " | Outlet" tail.
#ifndef STEPPE_INDEXER_HTML_EXTRACTOR_H_
#define STEPPE_INDEXER_HTML_EXTRACTOR_H_

#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"

namespace steppe {

struct HtmlPage {
  std::string title;
  std::string url;
  std::string date;
  std::string lang;
  std::string source;
  std::vector<std::string> lines;
};

absl::StatusOr<HtmlPage> ExtractHtml(std::string_view html);

}  // namespace steppe

#endif  // STEPPE_INDEXER_HTML_EXTRACTOR_H_
