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
    fmt::print(out, "     {}{} · {} · {} · {} · {:.2f}{}{}\n", dim,
               hit.date.empty() ? "no date" : hit.date, hit.lang,
               hit.source.empty() ? "no source" : hit.source, hit.id, hit.score,
               hit.similar > 0 ? fmt::format(" · +{} similar", hit.similar) : "", reset);
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
    nlohmann::ordered_json highlights = nlohmann::ordered_json::array();
    for (const auto& [begin, end] : hit.snippet.highlights) highlights.push_back({begin, end});
    nlohmann::ordered_json row = {
        {"rank", hit.rank},
        {"id", hit.id},
        {"score", hit.score},
        {"percent", hit.percent},
        {"title", hit.title},
        {"date", hit.date.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(hit.date)},
        {"lang", hit.lang},
        {"source", hit.source},
        {"url", hit.url},
        {"snippet", hit.snippet.text},
        {"highlights", highlights},
        {"matched", hit.snippet.matched},
        {"db", hit.db},
        {"docid", hit.docid},
        {"similar", hit.similar},
    };
    if (query.has_value()) row["query"] = std::string(*query);
    fmt::print(out, "{}\n",
               row.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace));
  }
}

namespace {

// "value count · value count", the first `shown`, then how many more.
std::string Line(const std::vector<FacetCount>& counts, std::size_t shown) {
  std::string line;
  for (std::size_t i = 0; i < counts.size() && i < shown; ++i) {
    if (i > 0) line += " · ";
    line +=
        fmt::format("{} {}", counts[i].value.empty() ? "(none)" : counts[i].value, counts[i].count);
  }
  if (counts.size() > shown) line += fmt::format(" · {} more", counts.size() - shown);
  return line.empty() ? "none" : line;
}

nlohmann::ordered_json Array(const std::vector<FacetCount>& counts) {
  nlohmann::ordered_json array = nlohmann::ordered_json::array();
  for (const FacetCount& count : counts) {
    array.push_back({{"value", count.value}, {"count", count.count}});
  }
  return array;
}

}  // namespace

void PrintFacetsHuman(const Facets& facets, bool color, std::FILE* out) {
  const std::string_view dim = color ? kDim : "";
  const std::string_view reset = color ? kReset : "";
  constexpr std::size_t kShown = 10;
  constexpr std::size_t kBarWidth = 40;
  fmt::print(out, "\n{}languages:{} {}\n", dim, reset, Line(facets.languages, kShown));
  fmt::print(out, "{}sources:{} {}\n", dim, reset, Line(facets.sources, kShown));
  fmt::print(out, "{}years:{}{}\n", dim, reset, facets.years.empty() ? " none" : "");
  Xapian::doccount most = 0;
  for (const FacetCount& year : facets.years) most = std::max(most, year.count);
  for (const FacetCount& year : facets.years) {
    // At least one block for any year that has documents.
    const std::size_t width = std::max<std::size_t>(1, year.count * kBarWidth / most);
    std::string bar;
    for (std::size_t i = 0; i < width; ++i) bar += "\u2588";  // █
    fmt::print(out, "  {} {} {}\n", year.value, bar, year.count);
  }
  if (facets.undated > 0) fmt::print(out, "  {}undated {}{}\n", dim, facets.undated, reset);
}

void PrintFacetsJson(const Facets& facets, std::FILE* out, std::optional<std::string_view> query) {
  nlohmann::ordered_json row = {
      {"facets",
       {{"lang", Array(facets.languages)},
        {"source", Array(facets.sources)},
        {"year", Array(facets.years)},
        {"undated", facets.undated}}},
      {"matches", facets.matches},
  };
  if (query.has_value()) row["query"] = std::string(*query);
  fmt::print(out, "{}\n",
             row.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace));
}

void PrintDidYouMeanHuman(const std::string& suggestion, bool color, std::FILE* out) {
  fmt::print(out, "did you mean: {}{}{}\n", color ? kBold : "", suggestion, color ? kReset : "");
}

void PrintDidYouMeanJson(const std::string& suggestion, std::FILE* out,
                         std::optional<std::string_view> query) {
  nlohmann::ordered_json row = {{"did_you_mean", suggestion}};
  if (query.has_value()) row["query"] = std::string(*query);
  fmt::print(out, "{}\n",
             row.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace));
}

}  // namespace steppe
