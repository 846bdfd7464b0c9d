// ColorChoice: whether a tool colours what it writes to a stream.
//
// Contract: UseColor(mode, fd, env) is true for mode "always", false for
// "never", and for "auto" (or anything else) true only when `fd` is a
// terminal, NO_COLOR is unset or empty (https://no-color.org) and TERM is
// not "dumb". `env` looks a variable up (ProcessEnvironment() for the real
// one), so tests need no global state.
#ifndef STEPPE_TOKENIZERS_COLOR_CHOICE_H_
#define STEPPE_TOKENIZERS_COLOR_CHOICE_H_

#include <string_view>

#include "tokenizers/environment.h"

namespace steppe {

bool UseColor(std::string_view mode, int fd, const Environment& env);

}  // namespace steppe

#endif  // STEPPE_TOKENIZERS_COLOR_CHOICE_H_
