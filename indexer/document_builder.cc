#include "indexer/document_builder.h"

#include <cstdint>
#include <string_view>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "indexer/date_parser.h"
#include "indexer/story_key.h"
#include "tokenizers/document_data.h"
#include "tokenizers/index_schema.h"

namespace steppe {
namespace {

std::string Trim(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  const auto last = text.find_last_not_of(" \t\r\n");
  return std::string(text.substr(first, last - first + 1));
}

std::string LanguageValue(const Record& record, Language language) {
  if (language != Language::kUnknown) return std::string(LanguageCode(language));
  const std::string code = PrimaryLanguageSubtag(Trim(record.lang));
  return code.empty() ? std::string(LanguageCode(Language::kUnknown)) : code;
}

// Adds the analysed words of `text` from `first_position`; returns the
// position after the last word.
Xapian::termpos AddText(const Analyzer& analyzer, std::string_view text, Language language,
                        Xapian::termpos first_position, bool is_title, Xapian::Document& doc,
                        StoryKey& story) {
  return analyzer.ForEachIndexTerm(
      text, language, first_position, [&](const Analyzer::IndexWordTerms& word) {
        story.Add(word.term, word.name_keys, word.keys_from_context);
        const Xapian::termcount wdf = is_title ? schema::kTitleWdf : 1;
        doc.add_posting(word.term, word.position, wdf);
        // A common word's keys that the context made a name's add no
        // length to the document (they match, and weigh nothing): a capital
        // is weaker evidence than the dictionaries', and the documents'
        // lengths stay as without them, as BM25 was tuned.
        for (const std::string& key : word.name_keys) {
          doc.add_posting(schema::Term(schema::kNamePrefix, key), word.position,
                          word.keys_from_context ? 0 : wdf);
        }
        if (is_title) doc.add_posting(schema::Term(schema::kTitlePrefix, word.term), word.position);
      });
}

}  // namespace

absl::StatusOr<BuiltDocument> DocumentBuilder::Build(const Record& record) const {
  const std::string text = Trim(record.text);
  if (text.empty()) {
    return absl::InvalidArgumentError("no article text ('text' or 'body' is missing or empty)");
  }
  const std::string title = Trim(record.title);

  BuiltDocument built;
  built.id = Trim(record.id);
  if (built.id.empty()) built.id = Trim(record.url);
  if (built.id.empty()) built.id = "sha:" + StableHash(title + "\n" + text);
  built.id_term = IdTerm(built.id);
  const std::string& id_term = built.id_term;

  Language language = ParseLanguage(Trim(record.lang));
  if (language == Language::kUnknown && Trim(record.lang).empty()) {
    language = analyzer_.GuessLanguage(title + "\n" + text);
  }
  const std::string lang = LanguageValue(record, language);

  std::string date;
  if (const std::string raw_date = Trim(record.date); !raw_date.empty()) {
    if (auto parsed = ParseDate(raw_date)) {
      date = *parsed;
    } else {
      built.warnings.push_back(
          fmt::format("unrecognised date '{}', indexed without a date", raw_date));
    }
  }
  const std::string source = Trim(record.source);

  Xapian::Document& doc = built.document;
  StoryKey story(gazetteer_);
  const Xapian::termpos body_start =
      AddText(analyzer_, title, language, 1, /*is_title=*/true, doc, story) + schema::kTitleBodyGap;
  AddText(analyzer_, text, language, body_start, /*is_title=*/false, doc, story);

  doc.add_boolean_term(id_term);
  doc.add_boolean_term(schema::Term(schema::kLangPrefix, lang));
  if (!source.empty()) {
    doc.add_boolean_term(schema::Term(schema::kSourcePrefix, analyzer_.Fold(source)));
  }
  if (!date.empty()) {
    doc.add_value(schema::kDateSlot, date.substr(0, 4) + date.substr(5, 2) + date.substr(8, 2));
  }
  doc.add_value(schema::kLangSlot, lang);
  if (!source.empty()) doc.add_value(schema::kSourceSlot, source);
  if (std::string key = story.Key(date); !key.empty()) doc.add_value(schema::kStorySlot, key);

  nlohmann::json data = {
      {"id", built.id}, {"url", Trim(record.url)}, {"title", title}, {"date", date},
      {"lang", lang},   {"source", source},        {"text", text}};
  doc.set_data(
      PackDocumentData(data.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)));
  return built;
}

}  // namespace steppe
