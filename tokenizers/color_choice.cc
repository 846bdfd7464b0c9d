#include "tokenizers/color_choice.h"

#include <unistd.h>

namespace steppe {

bool DrawsEscapes(int fd, const Environment& env) {
  return isatty(fd) != 0 && env.Get("TERM").value_or("") != "dumb";
}

bool UseColor(std::string_view mode, int fd, const Environment& env) {
  if (mode == "always") return true;
  if (mode == "never") return false;
  return env.Get("NO_COLOR").value_or("").empty() && DrawsEscapes(fd, env);
}

}  // namespace steppe
