# Writes the text file IN into the header OUT as
#   inline constexpr std::string_view SYMBOL  (over a char array SYMBOL_bytes)
# so data files we write (stopword lists, lexicons) ship inside the binaries.
file(READ "${IN}" content)
file(WRITE "${OUT}"
  "// Generated from ${IN}; do not edit.\n"
  "#pragma once\n#include <string_view>\n"
  "namespace steppe::data {\n"
  "inline constexpr char ${SYMBOL}_bytes[] = R\"steppe_data(${content})steppe_data\";\n"
  "inline constexpr std::string_view ${SYMBOL}(${SYMBOL}_bytes, sizeof(${SYMBOL}_bytes) - 1);\n"
  "}  // namespace steppe::data\n")
