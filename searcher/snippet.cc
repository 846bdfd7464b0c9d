#include "searcher/snippet.h"

#include <algorithm>
#include <set>

#include "tokenizers/index_schema.h"

namespace steppe {
namespace {

bool IsMatch(const Token& token, const std::vector<std::string>& highlight_terms) {
  const auto wanted = [&](const std::string& term) {
    return std::find(highlight_terms.begin(), highlight_terms.end(), term) != highlight_terms.end();
  };
  return std::any_of(token.terms.begin(), token.terms.end(), wanted) ||
         std::any_of(token.name_keys.begin(), token.name_keys.end(), [&](const std::string& key) {
           return wanted(schema::Term(schema::kNamePrefix, key));
         });
}

// Replaces line breaks with spaces so a snippet is one line.
std::string OneLine(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  }
  return out;
}

}  // namespace

Snippet MakeSnippet(const Analyzer& analyzer, std::string_view text, Language language,
                    const std::vector<std::string>& highlight_terms, std::size_t max_words) {
  Snippet snippet;
  const std::vector<Token> tokens = analyzer.Analyze(text, language, AnalysisMode::kIndex);
  if (tokens.empty()) {
    snippet.text = OneLine(text.substr(0, 200));
    return snippet;
  }
  std::vector<bool> match(tokens.size());
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    match[i] = IsMatch(tokens[i], highlight_terms);
    if (!match[i]) continue;
    std::string spelling(text.substr(tokens[i].begin, tokens[i].end - tokens[i].begin));
    if (std::find(snippet.matched.begin(), snippet.matched.end(), spelling) ==
        snippet.matched.end()) {
      snippet.matched.push_back(std::move(spelling));
    }
  }

  // The window with the most distinct matched terms, then the most matches.
  const std::size_t window = std::min(max_words, tokens.size());
  std::size_t best_start = 0;
  std::pair<std::size_t, std::size_t> best_score{0, 0};
  for (std::size_t start = 0; start < tokens.size(); ++start) {
    if (start > 0 && !match[start]) continue;  // windows worth trying start on a match
    std::set<std::string_view> distinct;
    std::size_t count = 0;
    for (std::size_t i = start; i < std::min(start + window, tokens.size()); ++i) {
      if (!match[i]) continue;
      ++count;
      distinct.insert(tokens[i].terms.front());
    }
    const std::pair<std::size_t, std::size_t> score{distinct.size(), count};
    if (score > best_score) {
      best_score = score;
      best_start = start;
    }
  }
  // Start a few words before the first match so it has some context, but
  // never so many that the window's last match falls out of it.
  if (best_score.first > 0 && best_start > 0) {
    std::size_t last_match = best_start;
    for (std::size_t i = best_start; i < std::min(best_start + window, tokens.size()); ++i) {
      if (match[i]) last_match = i;
    }
    const std::size_t slack = best_start + window - 1 - last_match;
    const std::size_t lead = std::min<std::size_t>({3, best_start, slack});
    best_start = std::min(best_start - lead, tokens.size() - window);
  }
  const std::size_t last = best_start + window - 1;

  const std::size_t begin = best_start == 0 ? 0 : tokens[best_start].begin;
  std::size_t end = last + 1 == tokens.size() ? text.size() : tokens[last].end;
  if (last + 1 < tokens.size()) {
    // Keep punctuation that closes the last word (a full stop, a quote).
    while (end < text.size() && end < tokens[last + 1].begin && text[end] != ' ' &&
           text[end] != '\n') {
      ++end;
    }
  }
  const std::string prefix = best_start == 0 ? "" : "…";
  snippet.text = prefix + OneLine(text.substr(begin, end - begin));
  while (!snippet.text.empty() && (snippet.text.back() == ' ' || snippet.text.back() == '\n')) {
    snippet.text.pop_back();
  }
  if (last + 1 < tokens.size()) snippet.text += "…";
  for (std::size_t i = best_start; i <= last; ++i) {
    if (!match[i]) continue;
    const std::size_t from = tokens[i].begin - begin + prefix.size();
    snippet.highlights.emplace_back(from, from + (tokens[i].end - tokens[i].begin));
  }
  return snippet;
}

}  // namespace steppe
