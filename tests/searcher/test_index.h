// Helpers for searcher tests: a temporary folder and Xapian documents built
// by hand in the layout of tokenizers/index_schema.h, from the terms the
// Analyzer gives in kIndex mode. Searcher tests do not link the indexer, so
// these documents prove that query terms and index terms meet on their own.
#ifndef STEPPE_TESTS_SEARCHER_TEST_INDEX_H_
#define STEPPE_TESTS_SEARCHER_TEST_INDEX_H_

#include <stdlib.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

#include <gtest/gtest.h>
#include <xapian.h>

#include "tokenizers/analyzer.h"
#include "tokenizers/index_schema.h"

namespace steppe::testing {

// A folder made with mkdtemp, removed with everything in it at the end.
class TempDir {
 public:
  TempDir() {
    std::string pattern =
        (std::filesystem::temp_directory_path() / "steppe-searcher-test-XXXXXX").string();
    if (mkdtemp(pattern.data()) == nullptr) {
      ADD_FAILURE() << "mkdtemp failed for " << pattern;
    } else {
      path_ = pattern;
    }
  }
  ~TempDir() {
    std::error_code error;
    if (!path_.empty()) std::filesystem::remove_all(path_, error);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::string& path() const { return path_; }
  std::string Sub(std::string_view name) const { return path_ + "/" + std::string(name); }

 private:
  std::string path_;
};

struct TestArticle {
  std::string id;
  std::string title;
  std::string text;
  std::string date;  // YYYY-MM-DD, or empty
  std::string lang;  // en, ru, kk
  std::string source;
};

// Adds the analysed words of `text` from position `first`; returns the
// position after the last word.
inline Xapian::termpos AddText(const Analyzer& analyzer, std::string_view text, Language language,
                               Xapian::termpos first, bool is_title, Xapian::Document& doc) {
  Xapian::termpos next = first;
  for (const Token& token : analyzer.Analyze(text, language, AnalysisMode::kIndex, first)) {
    next = token.position + 1;
    for (const std::string& term : token.terms) {
      if (is_title) {
        doc.add_posting(term, token.position, schema::kTitleWdf);
        doc.add_posting(std::string(schema::kTitlePrefix) + term, token.position);
      } else {
        doc.add_posting(term, token.position);
      }
    }
    for (const std::string& key : token.name_keys) {  // as the document builder does
      doc.add_posting(std::string(schema::kNamePrefix) + key, token.position,
                      is_title ? schema::kTitleWdf : 1);
    }
  }
  return next;
}

// The document of `article`; its data is the article's id.
inline Xapian::Document MakeDocument(const Analyzer& analyzer, const TestArticle& article) {
  const Language language = ParseLanguage(article.lang);
  Xapian::Document doc;
  const Xapian::termpos body =
      AddText(analyzer, article.title, language, 1, /*is_title=*/true, doc) + schema::kTitleBodyGap;
  AddText(analyzer, article.text, language, body, /*is_title=*/false, doc);
  doc.add_boolean_term(schema::Term(schema::kIdPrefix, article.id));
  doc.add_boolean_term(schema::Term(schema::kLangPrefix, LanguageCode(language)));
  if (!article.source.empty()) {
    doc.add_boolean_term(schema::Term(schema::kSourcePrefix, analyzer.Fold(article.source)));
    doc.add_value(schema::kSourceSlot, article.source);
  }
  if (article.date.size() == 10) {
    doc.add_value(schema::kDateSlot, article.date.substr(0, 4) + article.date.substr(5, 2) +
                                         article.date.substr(8, 2));
  }
  doc.add_value(schema::kLangSlot, std::string(LanguageCode(language)));
  doc.set_data(article.id);
  return doc;
}

// Writes `articles` into a new database at `path`.
inline void WriteDatabase(const Analyzer& analyzer, const std::string& path,
                          const std::vector<TestArticle>& articles) {
  Xapian::WritableDatabase db(path, Xapian::DB_CREATE_OR_OVERWRITE);
  for (const TestArticle& article : articles) db.add_document(MakeDocument(analyzer, article));
  db.commit();
}

// The ids (document data) of every match, in rank order.
inline std::vector<std::string> RankedIds(const Xapian::Database& db, const Xapian::Query& query) {
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  std::vector<std::string> ids;
  const Xapian::MSet mset = enquire.get_mset(0, db.get_doccount() + 1);
  for (auto it = mset.begin(); it != mset.end(); ++it) ids.push_back(it.get_document().get_data());
  return ids;
}

// The same, sorted, for set comparisons.
inline std::vector<std::string> Ids(const Xapian::Database& db, const Xapian::Query& query) {
  std::vector<std::string> ids = RankedIds(db, query);
  std::sort(ids.begin(), ids.end());
  return ids;
}

// The weight of every match, by id.
inline std::map<std::string, double> Weights(const Xapian::Database& db,
                                             const Xapian::Query& query) {
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  std::map<std::string, double> weights;
  const Xapian::MSet mset = enquire.get_mset(0, db.get_doccount() + 1);
  for (auto it = mset.begin(); it != mset.end(); ++it) {
    weights[it.get_document().get_data()] = it.get_weight();
  }
  return weights;
}

}  // namespace steppe::testing

#endif  // STEPPE_TESTS_SEARCHER_TEST_INDEX_H_
