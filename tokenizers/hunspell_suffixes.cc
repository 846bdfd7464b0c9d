#include "tokenizers/hunspell_suffixes.h"

#include <algorithm>

#include "tokenizers/utf32.h"

namespace steppe {
namespace {

// Lower case with ё as е, for the Latin and Cyrillic letters of an .aff.
char32_t FoldLetter(char32_t c) {
  if (c == U'ё' || c == U'Ё') return U'е';
  if (c >= U'A' && c <= U'Z') return c + (U'a' - U'A');
  if (c >= U'А' && c <= U'Я') return c + (U'а' - U'А');
  if (c >= 0x400 && c <= 0x40F) return c + 0x50;
  return c;
}

std::u32string FoldAffix(std::string_view field) {
  if (field == "0") return U"";
  std::u32string text = ToUtf32(field);
  for (char32_t& c : text) c = FoldLetter(c);
  return text;
}

bool ParseCondition(const std::u32string& text,
                    std::vector<HunspellSuffixes::Rule::CharClass>& out) {
  if (text == U".") return true;
  for (std::size_t i = 0; i < text.size(); ++i) {
    HunspellSuffixes::Rule::CharClass position;
    if (text[i] == U'[') {
      const std::size_t close = text.find(U']', i);
      if (close == std::u32string::npos) return false;
      position.negated = i + 1 < close && text[i + 1] == U'^';
      position.chars = text.substr(i + 1 + position.negated, close - i - 1 - position.negated);
      i = close;
    } else if (text[i] != U'.') {
      position.chars = text.substr(i, 1);
    }
    for (char32_t& c : position.chars) c = FoldLetter(c);
    out.push_back(std::move(position));
  }
  return true;
}

// The code point that ends `text` before `end`, moving `end` to its start;
// U+FFFD for a malformed sequence.
char32_t LastCodePoint(std::string_view text, std::size_t& end) {
  std::size_t start = end;
  do {
    --start;
  } while (start > 0 && end - start < 4 &&
           (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80);
  const auto lead = static_cast<unsigned char>(text[start]);
  const std::size_t length = end - start;
  end = start;
  if (length == 1) return lead < 0x80 ? lead : U'\uFFFD';
  const int expected = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 0;
  if (expected != static_cast<int>(length)) return U'\uFFFD';
  char32_t c = lead & (0x7F >> length);
  for (std::size_t i = 1; i < length; ++i) {
    c = (c << 6) | (static_cast<unsigned char>(text[start + i]) & 0x3F);
  }
  return c;
}

}  // namespace

std::optional<HunspellSuffixes> HunspellSuffixes::Parse(std::string_view aff) {
  HunspellSuffixes rules;
  while (!aff.empty()) {
    const std::size_t newline = aff.find('\n');
    std::string_view line = aff.substr(0, newline);
    aff.remove_prefix(newline == std::string_view::npos ? aff.size() : newline + 1);
    std::vector<std::string_view> fields;
    while (!line.empty()) {
      const std::size_t start = line.find_first_not_of(" \t\r");
      if (start == std::string_view::npos) break;
      line.remove_prefix(start);
      const std::size_t end = std::min(line.find_first_of(" \t\r"), line.size());
      fields.push_back(line.substr(0, end));
      line.remove_prefix(end);
    }
    if (fields.empty()) continue;
    if (fields[0] == "PFX" || fields[0] == "FLAG") return std::nullopt;
    if (fields[0] != "SFX" || fields.size() < 5) continue;
    if (fields[1].size() != 1 || fields[3].find('/') != std::string_view::npos) {
      return std::nullopt;
    }
    Rule rule;
    rule.flag = fields[1][0];
    rule.strip = FoldAffix(fields[2]);
    rule.add = FoldAffix(fields[3]);
    if (!ParseCondition(ToUtf32(fields[4]), rule.condition)) return std::nullopt;
    rules.by_flag_[static_cast<unsigned char>(rule.flag)].push_back(std::move(rule));
  }
  // The backward index, once by_flag_ no longer moves.
  for (const std::vector<Rule>& flag_rules : rules.by_flag_) {
    for (const Rule& rule : flag_rules) {
      const std::string add = ToUtf8(rule.add);
      const std::string strip = ToUtf8(rule.strip);
      rules.max_add_bytes_ = std::max(rules.max_add_bytes_, add.size());
      std::vector<StripGroup>& groups = rules.by_add_[add];
      auto group = std::find_if(groups.begin(), groups.end(),
                                [&](const StripGroup& g) { return g.strip == strip; });
      if (group == groups.end()) group = groups.insert(groups.end(), StripGroup{strip, {}});
      group->rules.push_back(&rule);
    }
  }
  return rules;
}

bool HunspellSuffixes::Matches(const std::vector<Rule::CharClass>& condition,
                               std::u32string_view entry) {
  if (condition.size() > entry.size()) return false;
  const std::size_t offset = entry.size() - condition.size();
  for (std::size_t i = 0; i < condition.size(); ++i) {
    const Rule::CharClass& position = condition[i];
    if (position.chars.empty()) continue;
    const bool in = position.chars.find(entry[offset + i]) != std::u32string::npos;
    if (in == position.negated) return false;
  }
  return true;
}

bool HunspellSuffixes::MatchesEnd(const Rule& rule, std::string_view entry) {
  std::size_t end = entry.size();
  for (auto position = rule.condition.rbegin(); position != rule.condition.rend(); ++position) {
    if (end == 0) return false;
    const char32_t c = LastCodePoint(entry, end);
    if (position->chars.empty()) continue;
    const bool in = position->chars.find(c) != std::u32string::npos;
    if (in == position->negated) return false;
  }
  return true;
}

}  // namespace steppe
