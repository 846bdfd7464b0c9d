// Token: one word of a text as it moves down the analysis chain.
//
// Contract: `begin`/`end` are byte offsets of the word in the original text
// and never change; `text` starts as the surface form and each filter
// rewrites it; `terms` is filled by the last stage (the stemmer) and is what
// goes into or is looked up in the index. A token whose `terms` stays empty
// was dropped (too long, say) but keeps its position so phrases stay exact.
#ifndef STEPPE_TOKENIZERS_TOKEN_H_
#define STEPPE_TOKENIZERS_TOKEN_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "tokenizers/language.h"

namespace steppe {

struct Token {
  std::string text;
  std::size_t begin = 0;
  std::size_t end = 0;
  std::uint32_t position = 0;
  Script script = Script::kNone;
  // True when a hyphen joins this token to the next one ("Nur-Sultan").
  bool hyphen_joined_to_next = false;
  // Set in query mode for a function word of the query's language(s).
  bool stopword = false;
  std::vector<std::string> terms;
  // Name keys (name_key.h) the word is also indexed or looked up under
  // when it may be a name: at most one in index mode, one per distinct
  // reading in query mode.
  std::vector<std::string> name_keys;
  // Query mode: the keys of a capitalized word that has no name keys (its
  // readings are common words), for when the query says it is part of a
  // name (Нұрсұлтан in Нұрсұлтан Назарбаев).
  std::vector<std::string> context_name_keys;
  // Set in query mode for a word the Kazakh stemmer reads: a prefix of its
  // Kazakh stem that the query matches too, at a lower weight (see
  // Stemmers::BackoffPrefix); empty when it has none.
  std::string backoff_prefix;
};

}  // namespace steppe

#endif  // STEPPE_TOKENIZERS_TOKEN_H_
