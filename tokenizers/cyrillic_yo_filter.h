// CyrillicYoFilter: folds ё to е.
//
// Contract: runs after case folding. Russian prints ё and е interchangeably
// (Королёв, Королев), and Snowball's Russian stemmer leaves any word with ё
// unstemmed, so ё never reaches the index.
#ifndef STEPPE_TOKENIZERS_CYRILLIC_YO_FILTER_H_
#define STEPPE_TOKENIZERS_CYRILLIC_YO_FILTER_H_

#include "tokenizers/token_filter.h"

namespace steppe {

class CyrillicYoFilter : public TokenFilter {
 public:
  std::string_view Name() const override { return "cyrillic-yo"; }
  void Apply(Token& token) const override;
};

}  // namespace steppe

#endif  // STEPPE_TOKENIZERS_CYRILLIC_YO_FILTER_H_
