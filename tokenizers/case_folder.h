// CaseFolder: Unicode normalization and case folding (ICU NFKC_Casefold).
//
// Contract: the same letters always give the same bytes whatever their
// encoding form (NFC or NFD, full-width, ligatures, upper or lower case), so
// Тоқаев, ТОҚАЕВ and a decomposed Тоқаев fold alike. ASCII words take a fast
// path with the same result. The Turkic capital İ folds to plain i (ICU would
// leave a combining dot), as the 2021 Kazakh Latin alphabet needs.
#ifndef STEPPE_TOKENIZERS_CASE_FOLDER_H_
#define STEPPE_TOKENIZERS_CASE_FOLDER_H_

#include <memory>
#include <string>
#include <string_view>

#include <unicode/normalizer2.h>

#include "absl/status/statusor.h"
#include "tokenizers/token_filter.h"

namespace steppe {

class CaseFolder : public TokenFilter {
 public:
  static absl::StatusOr<std::unique_ptr<CaseFolder>> Create();

  std::string_view Name() const override { return "casefold"; }
  void Apply(Token& token) const override;

  // Folds any text, not only one word; used for filter values such as sources.
  std::string Fold(std::string_view text) const;

 private:
  explicit CaseFolder(const icu::Normalizer2* normalizer) : normalizer_(normalizer) {}
  const icu::Normalizer2* normalizer_;  // owned by ICU, lives for the process
};

}  // namespace steppe

#endif  // STEPPE_TOKENIZERS_CASE_FOLDER_H_
