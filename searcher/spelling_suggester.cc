#include "searcher/spelling_suggester.h"

#include <algorithm>
#include <vector>

#include "searcher/query_lexer.h"
#include "searcher/stored_document.h"
#include "tokenizers/index_schema.h"
#include "tokenizers/script.h"
#include "tokenizers/utf32.h"

namespace steppe {
namespace {

// The first UTF-8 character of `text`.
std::string_view FirstCharacter(std::string_view text) {
  std::size_t end = 1;
  while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) ++end;
  return text.substr(0, std::min(end, text.size()));
}

// What a spelling in another script than the query's costs, in edits.
constexpr std::size_t kOtherScriptCost = 100;

// The script of a word's first letter.
Script FirstScript(std::string_view word) {
  const std::u32string letters = ToUtf32(FirstCharacter(word));
  return letters.empty() ? Script::kNone : ScriptOf(static_cast<UChar32>(letters.front()));
}

// Whether the folded word is all letters (no digits, no punctuation).
bool AllLetters(std::u32string_view word) {
  return std::all_of(word.begin(), word.end(), [](char32_t c) {
    return !(c >= U'0' && c <= U'9') && c != U'-' && c != U'\'' && c != U'.';
  });
}

}  // namespace

std::size_t SpellingSuggester::Distance(std::u32string_view a, std::u32string_view b,
                                        std::size_t limit) {
  const std::size_t longer = std::max(a.size(), b.size());
  const std::size_t shorter = std::min(a.size(), b.size());
  if (longer - shorter > limit) return limit + 1;
  // Three rows of the optimal-string-alignment table.
  std::vector<std::size_t> before(b.size() + 1);
  std::vector<std::size_t> previous(b.size() + 1);
  std::vector<std::size_t> current(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) previous[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    current[0] = i;
    std::size_t best = current[0];
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        current[j] = std::min(current[j], before[j - 2] + 1);
      }
      best = std::min(best, current[j]);
    }
    if (best > limit) return limit + 1;
    std::swap(before, previous);
    std::swap(previous, current);
  }
  return std::min(previous[b.size()], limit + 1);
}

std::size_t SpellingSuggester::StemDistance(std::u32string_view word, std::u32string_view term,
                                            std::size_t limit) {
  std::size_t best = Distance(word, term, limit);
  // The term as the stem of a correction of the word: against the word's
  // beginnings of about the term's length, an ending of up to three
  // letters left over (presidnet: presid, of president); a stem of
  // kMinStem letters or more, and one edit dearer than the whole word.
  if (term.size() < kMinStem || limit == 0) return best;
  for (std::size_t cut = term.size() - 1; cut <= term.size() + 1; ++cut) {
    if (cut > word.size() || word.size() - cut > kMaxEnding) continue;
    best = std::min(best, Distance(word.substr(0, cut), term, limit - 1) + 1);
  }
  return std::min(best, limit + 1);
}

std::optional<std::string> SpellingSuggester::Closest(std::u32string_view word) const {
  const std::size_t limit = word.size() <= 5 ? 1 : 2;
  const std::string prefix = ToUtf8(word.substr(0, 1));
  std::optional<std::string> best;
  std::size_t best_distance = limit + 1;
  Xapian::doccount best_frequency = 0;
  // Stems, and the Russian stemmer's guesses at words it does not know,
  // marked ~ (russian_stemmer.h).
  for (const std::string& start : {prefix, "~" + prefix}) {
    for (auto it = db_.allterms_begin(start); it != db_.allterms_end(start); ++it) {
      const std::string candidate = *it;
      const std::u32string letters =
          ToUtf32(std::string_view(candidate).substr(start.size() - prefix.size()));
      if (letters.size() + limit + kMaxEnding < word.size() ||
          letters.size() > word.size() + limit) {
        continue;
      }
      const std::size_t distance = StemDistance(word, letters, limit);
      if (distance > limit) continue;
      const Xapian::doccount frequency = it.get_termfreq();
      if (distance < best_distance || (distance == best_distance && frequency > best_frequency)) {
        best = candidate;
        best_distance = distance;
        best_frequency = frequency;
      }
    }
  }
  return best;
}

std::string SpellingSuggester::SpellingOf(const std::string& term, std::u32string_view word) const {
  // Of the term's spellings at its first position in its first few
  // articles, the one closest to the word.
  std::string best;
  std::size_t best_distance = 0;
  StoredDocumentReader reader;
  std::size_t looked = 0;
  for (auto posting = db_.postlist_begin(term);
       posting != db_.postlist_end(term) && looked < kArticlesLooked; ++posting, ++looked) {
    const Xapian::docid document = *posting;
    const Xapian::PositionIterator first = db_.positionlist_begin(document, term);
    if (first == db_.positionlist_end(document, term)) continue;
    const Xapian::termpos wanted = *first;
    const absl::StatusOr<StoredDocument> stored =
        reader.Read(db_.get_document(document).get_data());
    if (!stored.ok()) continue;
    // Numbered as the indexer numbered them: the title from 1, the body
    // after it and a gap.
    std::string spelling;
    std::uint32_t next = 1;
    const auto find = [&](std::string_view text, std::uint32_t from) {
      next = from;
      segmenter_.ForEachWord(text, from, [&](const Segmenter::Word& found) {
        next = found.position + 1;
        if (found.position == wanted && spelling.empty()) {
          spelling = std::string(text.substr(found.begin, found.end - found.begin));
        }
      });
    };
    find(stored->title, 1);
    if (spelling.empty()) find(stored->text, next + schema::kTitleBodyGap);
    if (spelling.empty()) continue;
    const std::u32string folded = ToUtf32(analyzer_.Fold(spelling));
    // In the word's own script first (a Kazakh article may write it in
    // Latin letters).
    const std::size_t other_script =
        FirstScript(ToUtf8(word.substr(0, 1))) == FirstScript(spelling) ? 0 : kOtherScriptCost;
    const std::size_t distance = Distance(word, folded, word.size() + folded.size()) + other_script;
    if (best.empty() || distance < best_distance) {
      best = std::move(spelling);
      best_distance = distance;
    }
  }
  return best;
}

std::optional<std::string> SpellingSuggester::Suggest(std::string_view query) const {
  const std::vector<Lexeme> lexemes = LexQuery(query);
  std::string suggestion(query);
  std::ptrdiff_t shift = 0;  // bytes the replacements so far added
  bool changed = false;
  for (std::size_t i = 0; i < lexemes.size(); ++i) {
    const Lexeme& lexeme = lexemes[i];
    if (lexeme.kind != Lexeme::Kind::kWord) continue;
    if (i > 0 && lexemes[i - 1].kind == Lexeme::Kind::kField) continue;  // a field's value
    const std::vector<Token> tokens =
        analyzer_.Analyze(lexeme.text, Language::kUnknown, AnalysisMode::kQuery);
    if (tokens.size() != 1 || tokens.front().terms.empty()) continue;
    const Token& token = tokens.front();
    const std::u32string letters = ToUtf32(token.text);
    if (letters.size() < 3 || !AllLetters(letters)) continue;
    // Known in some form: nothing to correct.
    const auto known = [&](const std::string& term) { return db_.get_termfreq(term) > 0; };
    if (std::any_of(token.terms.begin(), token.terms.end(), known)) continue;
    if (std::any_of(token.name_keys.begin(), token.name_keys.end(), [&](const std::string& key) {
          return known(schema::Term(schema::kNamePrefix, key));
        })) {
      continue;
    }
    const std::optional<std::string> closest = Closest(letters);
    if (!closest) continue;
    std::string spelling = SpellingOf(*closest, letters);
    if (spelling.empty()) continue;
    if (!StartsWithCapital(lexeme.text)) spelling = analyzer_.Fold(spelling);
    const std::size_t at =
        static_cast<std::size_t>(static_cast<std::ptrdiff_t>(lexeme.column) + shift);
    // The lexeme as written (its text may have lost nothing: a plain word).
    suggestion.replace(at, lexeme.text.size(), spelling);
    shift += static_cast<std::ptrdiff_t>(spelling.size()) -
             static_cast<std::ptrdiff_t>(lexeme.text.size());
    changed = true;
  }
  if (!changed) return std::nullopt;
  return suggestion;
}

}  // namespace steppe
