// ColorChoice: whether a tool colours what it writes to a stream.
//
// Contract: DrawsEscapes(fd, env) says whether `fd` is a terminal that
// takes escape sequences (colour, redrawing a line): a terminal whose TERM
// is not "dumb". UseColor(mode, fd, env) is true for mode "always", false
// for "never", and for "auto" (or anything else) true only when `fd` draws
// escapes and NO_COLOR is unset or empty (https://no-color.org). `env` looks a variable up
// (ProcessEnvironment() for the real one), so tests need no global state.
#ifndef STEPPE_TOKENIZERS_COLOR_CHOICE_H_
#define STEPPE_TOKENIZERS_COLOR_CHOICE_H_

#include <string_view>

#include "tokenizers/environment.h"

namespace steppe {

bool DrawsEscapes(int fd, const Environment& env);
bool UseColor(std::string_view mode, int fd, const Environment& env);

}  // namespace steppe

#endif  // STEPPE_TOKENIZERS_COLOR_CHOICE_H_
