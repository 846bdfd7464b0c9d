// HomoglyphFilter: repairs words typed with letters of the wrong script.
//
// Contract: runs after case folding. A word that mixes Latin and Cyrillic
// letters is rewritten wholly into its majority script when every letter of
// the minority script has a look-alike there (Cyrillic "о" in "Tоkayev",
// Latin "a" in "Токaев"); a mixture that cannot be explained by look-alikes is
// left as it is. The token's script is updated to match.
#ifndef STEPPE_TOKENIZERS_HOMOGLYPH_FILTER_H_
#define STEPPE_TOKENIZERS_HOMOGLYPH_FILTER_H_

#include "tokenizers/token_filter.h"

namespace steppe {

class HomoglyphFilter : public TokenFilter {
 public:
  std::string_view Name() const override { return "homoglyph"; }
  void Apply(Token& token) const override;
};

}  // namespace steppe

#endif  // STEPPE_TOKENIZERS_HOMOGLYPH_FILTER_H_
