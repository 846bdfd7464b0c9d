// TokenFilter: one stage of the analysis chain (Lucene's TokenFilter).
//
// Contract: Apply rewrites `token.text` in place and must not touch offsets
// or positions; it is const and keeps no per-call state, so one filter may
// serve any number of texts (but an Analyzer, which owns filters, is used by
// one thread at a time).
#ifndef STEPPE_TOKENIZERS_TOKEN_FILTER_H_
#define STEPPE_TOKENIZERS_TOKEN_FILTER_H_

#include <string_view>

#include "tokenizers/token.h"

namespace steppe {

class TokenFilter {
 public:
  virtual ~TokenFilter() = default;
  virtual std::string_view Name() const = 0;
  virtual void Apply(Token& token) const = 0;
};

}  // namespace steppe

#endif  // STEPPE_TOKENIZERS_TOKEN_FILTER_H_
