#include "tokenizers/color_choice.h"

#include <unistd.h>

namespace steppe {

bool UseColor(std::string_view mode, int fd, const Environment& env) {
  if (mode == "always") return true;
  if (mode == "never") return false;
  if (!env.Get("NO_COLOR").value_or("").empty()) return false;
  if (env.Get("TERM").value_or("") == "dumb") return false;
  return isatty(fd) != 0;
}

}  // namespace steppe
