#include "searcher/result_printer.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace steppe {
namespace {

constexpr std::string_view kBold = "\033[1m";
constexpr std::string_view kMatch = "\033[1;31m";
constexpr std::string_view kDim = "\033[2m";
constexpr std::string_view kReset = "\033[0m";

// The snippet with its highlights wrapped in `on`/`off`.
std::string Mark(const Snippet& snippet, std::string_view on, std::string_view off) {
  std::string out;
  std::size_t at = 0;
  for (const auto& [begin, end] : snippet.highlights) {
    out.append(snippet.text, at, begin - at);
    out.append(on);
    out.append(snippet.text, begin, end - begin);
    out.append(off);
    at = end;
  }
  out.append(snippet.text, at, std::string::npos);
  return out;
}

}  // namespace

void PrintHuman(const SearchResult& result, const SearchRequest& request, bool color,
                std::FILE* out) {
  const std::string_view bold = color ? kBold : "";
  const std::string_view dim = color ? kDim : "";
  const std::string_view reset = color ? kReset : "";
  for (const Hit& hit : result.hits) {
    const std::string title =
        hit.title.empty()
            ? std::string("(no title)")
            : (color ? Mark(hit.title_marked, kMatch, std::string(kReset) + std::string(kBold))
                     : hit.title);
    fmt::print(out, "{:>3}. {}{}{}\n", hit.rank, bold, title, reset);
    fmt::print(out, "     {}{} · {} · {} · {} · {:.2f}{}\n", dim,
               hit.date.empty() ? "no date" : hit.date, hit.lang,
               hit.source.empty() ? "no source" : hit.source, hit.id, hit.score, reset);
    const std::string snippet =
        color ? Mark(hit.snippet, kMatch, kReset) : Mark(hit.snippet, "", "");
    fmt::print(out, "     {}\n", snippet);
    if (!hit.url.empty() && hit.url != hit.id)
      fmt::print(out, "     {}{}{}\n", dim, hit.url, reset);
    fmt::print(out, "\n");
  }
  const bool exact = result.matches_lower == result.matches_upper;
  if (result.hits.empty()) {
    fmt::print(out, "no matches\n");
  } else {
    fmt::print(out, "{}{}-{} of {}{} matches{}\n", dim, request.offset + 1,
               request.offset + result.hits.size(), exact ? "" : "about ", result.matches_estimated,
               reset);
  }
}

void PrintJson(const SearchResult& result, std::FILE* out, std::optional<std::string_view> query) {
  for (const Hit& hit : result.hits) {
    nlohmann::json highlights = nlohmann::json::array();
    for (const auto& [begin, end] : hit.snippet.highlights) highlights.push_back({begin, end});
    nlohmann::json row = {
        {"rank", hit.rank},
        {"id", hit.id},
        {"score", hit.score},
        {"percent", hit.percent},
        {"title", hit.title},
        {"date", hit.date.empty() ? nlohmann::json() : nlohmann::json(hit.date)},
        {"lang", hit.lang},
        {"source", hit.source},
        {"url", hit.url},
        {"snippet", hit.snippet.text},
        {"highlights", highlights},
        {"matched", hit.snippet.matched},
        {"db", hit.db},
        {"docid", hit.docid},
    };
    if (query.has_value()) row["query"] = std::string(*query);
    fmt::print(out, "{}\n", row.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
  }
}

}  // namespace steppe
