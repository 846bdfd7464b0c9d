#include "indexer/html_extractor.h"

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include <cstring>
#include <memory>

namespace steppe {
namespace {

struct DocFree {
  void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};

bool NameIs(const xmlNode* node, const char* name) {
  return node->name != nullptr && xmlStrcasecmp(node->name, BAD_CAST name) == 0;
}

std::string Attribute(const xmlNode* node, const char* name) {
  xmlChar* value = xmlGetProp(node, BAD_CAST name);
  if (value == nullptr) return {};
  std::string out(reinterpret_cast<const char*>(value));
  xmlFree(value);
  return out;
}

std::string TextOf(const xmlNode* node) {
  xmlChar* content = xmlNodeGetContent(node);
  if (content == nullptr) return {};
  std::string out(reinterpret_cast<const char*>(content));
  xmlFree(content);
  return out;
}

// Collapses runs of white space to one space and trims.
std::string Squeeze(std::string_view text) {
  std::string out;
  bool space = false;
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

bool IsSkipped(const xmlNode* node, bool inside_article) {
  static constexpr const char* kAlways[] = {"script", "style",  "noscript",   "template",
                                            "svg",    "iframe", "form",       "nav",
                                            "aside",  "button", "figcaption", "select"};
  for (const char* name : kAlways) {
    if (NameIs(node, name)) return true;
  }
  if (!inside_article && (NameIs(node, "header") || NameIs(node, "footer"))) return true;
  if (Attribute(node, "role") == "navigation" || Attribute(node, "aria-hidden") == "true") {
    return true;
  }
  return false;
}

bool IsBlock(const xmlNode* node) {
  static constexpr const char* kBlocks[] = {
      "p",       "div",    "h1",         "h2",      "h3", "h4", "h5",    "h6",
      "li",      "ul",     "ol",         "br",      "tr", "td", "th",    "section",
      "article", "main",   "blockquote", "pre",     "dd", "dt", "table", "header",
      "footer",  "figure", "time",       "address", "hr"};
  for (const char* name : kBlocks) {
    if (NameIs(node, name)) return true;
  }
  return false;
}

xmlNode* FindFirst(xmlNode* node, const char* name) {
  for (xmlNode* child = node; child != nullptr; child = child->next) {
    if (child->type != XML_ELEMENT_NODE) continue;
    if (NameIs(child, name)) return child;
    if (xmlNode* found = FindFirst(child->children, name)) return found;
  }
  return nullptr;
}

class Walker {
 public:
  Walker(HtmlPage& page, bool inside_article) : page_(page), inside_article_(inside_article) {}

  void Walk(const xmlNode* node) {
    for (; node != nullptr; node = node->next) {
      if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
        if (node->content != nullptr) current_ += reinterpret_cast<const char*>(node->content);
        continue;
      }
      if (node->type != XML_ELEMENT_NODE || IsSkipped(node, inside_article_)) continue;
      const bool block = IsBlock(node);
      if (block) Break();
      if (NameIs(node, "h1") && h1_.empty()) h1_ = Squeeze(TextOf(node));
      if (NameIs(node, "time") && page_.date.empty()) page_.date = Attribute(node, "datetime");
      Walk(node->children);
      if (block) Break();
    }
  }

  void Break() {
    std::string line = Squeeze(current_);
    if (!line.empty()) page_.lines.push_back(std::move(line));
    current_.clear();
  }

  const std::string& h1() const { return h1_; }

 private:
  HtmlPage& page_;
  bool inside_article_;
  std::string current_;
  std::string h1_;
};

void ReadHead(xmlNode* head, HtmlPage& page, std::string& og_title, std::string& title_tag) {
  for (xmlNode* node = head; node != nullptr; node = node->next) {
    if (node->type != XML_ELEMENT_NODE) continue;
    if (NameIs(node, "title") && title_tag.empty()) title_tag = Squeeze(TextOf(node));
    if (NameIs(node, "meta")) {
      std::string key = Attribute(node, "property");
      if (key.empty()) key = Attribute(node, "name");
      const std::string content = Attribute(node, "content");
      if (key == "og:title" && og_title.empty()) og_title = Squeeze(content);
      if (key == "og:site_name" && page.source.empty()) page.source = Squeeze(content);
      if (key == "og:url" && page.url.empty()) page.url = content;
      if ((key == "article:published_time" || key == "date" || key == "pubdate" ||
           key == "dc.date") &&
          page.date.empty()) {
        page.date = content;
      }
    }
    if (NameIs(node, "link") && Attribute(node, "rel") == "canonical") {
      page.url = Attribute(node, "href");
    }
    ReadHead(node->children, page, og_title, title_tag);
  }
}

// "Headline | Outlet" or "Headline - Outlet" -> "Headline".
std::string StripSiteName(const std::string& title) {
  for (const char* separator : {" | ", " — ", " – ", " - "}) {
    const auto at = title.rfind(separator);
    if (at != std::string::npos && at > 0) return title.substr(0, at);
  }
  return title;
}

}  // namespace

absl::StatusOr<HtmlPage> ExtractHtml(std::string_view html) {
  constexpr int kOptions = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                           HTML_PARSE_NONET | HTML_PARSE_COMPACT | HTML_PARSE_NOBLANKS;
  std::unique_ptr<xmlDoc, DocFree> doc(
      htmlReadMemory(html.data(), static_cast<int>(html.size()), nullptr, nullptr, kOptions));
  if (doc == nullptr) return absl::InvalidArgumentError("not parseable as HTML");
  xmlNode* root = xmlDocGetRootElement(doc.get());
  if (root == nullptr) return absl::InvalidArgumentError("HTML page has no elements");

  HtmlPage page;
  page.lang = Attribute(root, "lang");
  std::string og_title;
  std::string title_tag;
  if (xmlNode* head = FindFirst(root, "head")) ReadHead(head->children, page, og_title, title_tag);

  xmlNode* content = FindFirst(root, "article");
  const bool inside_article = content != nullptr;
  if (content == nullptr) content = FindFirst(root, "main");
  if (content == nullptr) content = FindFirst(root, "body");
  if (content == nullptr) content = root;

  Walker walker(page, inside_article);
  walker.Walk(content->children);
  walker.Break();

  if (!walker.h1().empty()) {
    page.title = walker.h1();
  } else if (!og_title.empty()) {
    page.title = og_title;
  } else {
    page.title = StripSiteName(title_tag);
  }
  return page;
}

}  // namespace steppe
