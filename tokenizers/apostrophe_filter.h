// ApostropheFilter: one apostrophe for all the marks used as one.
//
// Contract: U+2019, U+02BC, U+02BB and the backquote inside a word become
// ASCII "'", so Qazaqstan’ga and Qazaqstan'ga meet (2017 Kazakh Latin and
// Uzbek write letters with them).
#ifndef STEPPE_TOKENIZERS_APOSTROPHE_FILTER_H_
#define STEPPE_TOKENIZERS_APOSTROPHE_FILTER_H_

#include "tokenizers/token_filter.h"

namespace steppe {

class ApostropheFilter : public TokenFilter {
 public:
  std::string_view Name() const override { return "apostrophe"; }
  void Apply(Token& token) const override;
};

}  // namespace steppe

#endif  // STEPPE_TOKENIZERS_APOSTROPHE_FILTER_H_
