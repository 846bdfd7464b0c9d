#include "searcher/snippet.h"

#include <algorithm>

#include "absl/container/flat_hash_set.h"

namespace steppe {
namespace {

// A matched word: its place among the text's words, and which of the
// distinct terms of the matched words is its term.
struct Match {
  std::size_t word = 0;
  std::size_t term = 0;
};

// A window of words: its first word, and its distinct matched terms and
// matches.
struct Window {
  std::size_t start = 0;
  std::pair<std::size_t, std::size_t> score{0, 0};
};

// Of the windows of `window` words that begin at the first word or on a
// match, the one with the most distinct matched terms, then the most
// matches, the earliest of equals; `matches` in text order, of
// `distinct_terms` terms. One pass, sliding the window along.
Window BestWindow(const std::vector<Match>& matches, std::size_t distinct_terms,
                  std::size_t window) {
  Window best;
  std::vector<std::size_t> in_window(distinct_terms);  // each term's matches in the window
  Window current;
  std::size_t first = 0;  // the first match in the window
  std::size_t next = 0;   // the first match after it
  const auto try_start = [&](std::size_t start) {
    for (; next < matches.size() && matches[next].word < start + window; ++next) {
      if (in_window[matches[next].term]++ == 0) ++current.score.first;
      ++current.score.second;
    }
    for (; first < next && matches[first].word < start; ++first) {
      if (--in_window[matches[first].term] == 0) --current.score.first;
      --current.score.second;
    }
    current.start = start;
    if (current.score > best.score) best = current;
  };
  if (matches.empty() || matches.front().word > 0) try_start(0);
  for (const Match& match : matches) try_start(match.word);
  return best;
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

Snippet MakeSnippet(const Segmenter& segmenter, std::string_view text, std::uint32_t first_position,
                    std::span<const PositionMatch> positions, std::size_t max_words) {
  Snippet snippet;
  snippet.next_position = first_position;
  std::vector<std::pair<std::size_t, std::size_t>> words;  // each word's bytes
  words.reserve(text.size() / 8);
  std::vector<Match> matches;
  std::size_t distinct_terms = 0;  // an upper bound: the highest term's number + 1
  absl::flat_hash_set<std::string_view> spellings;
  auto next_match = positions.begin();
  segmenter.ForEachWord(text, first_position, [&](const Segmenter::Word& word) {
    snippet.next_position = word.position + 1;
    words.emplace_back(word.begin, word.end);
    while (next_match != positions.end() && next_match->position < word.position) ++next_match;
    if (next_match == positions.end() || next_match->position != word.position) return;
    matches.push_back({words.size() - 1, next_match->term});
    distinct_terms = std::max<std::size_t>(distinct_terms, next_match->term + 1);
    const std::string_view spelling = text.substr(word.begin, word.end - word.begin);
    if (spellings.insert(spelling).second) snippet.matched.emplace_back(spelling);
  });
  if (words.empty()) {
    snippet.text = OneLine(text.substr(0, 200));
    return snippet;
  }

  const std::size_t window = std::min(max_words, words.size());
  const Window best = BestWindow(matches, distinct_terms, window);
  std::size_t best_start = best.start;
  // Start a few words before the first match so it has some context, but
  // never so many that the window's last match falls out of it.
  if (best.score.first > 0 && best_start > 0) {
    std::size_t last_match = best_start;
    for (const Match& match : matches) {
      if (match.word >= best_start + window) break;
      last_match = std::max(last_match, match.word);
    }
    const std::size_t slack = best_start + window - 1 - last_match;
    const std::size_t lead = std::min<std::size_t>({3, best_start, slack});
    best_start = std::min(best_start - lead, words.size() - window);
  }
  const std::size_t last = best_start + window - 1;

  const std::size_t begin = best_start == 0 ? 0 : words[best_start].first;
  std::size_t end = last + 1 == words.size() ? text.size() : words[last].second;
  if (last + 1 < words.size()) {
    // Keep punctuation that closes the last word (a full stop, a quote).
    while (end < text.size() && end < words[last + 1].first && text[end] != ' ' &&
           text[end] != '\n') {
      ++end;
    }
  }
  const std::string prefix = best_start == 0 ? "" : "…";
  snippet.text = prefix + OneLine(text.substr(begin, end - begin));
  while (!snippet.text.empty() && (snippet.text.back() == ' ' || snippet.text.back() == '\n')) {
    snippet.text.pop_back();
  }
  if (last + 1 < words.size()) snippet.text += "…";
  for (const Match& match : matches) {
    if (match.word < best_start || match.word > last) continue;
    const auto [word_begin, word_end] = words[match.word];
    const std::size_t from = word_begin - begin + prefix.size();
    snippet.highlights.emplace_back(from, from + (word_end - word_begin));
  }
  return snippet;
}

}  // namespace steppe
