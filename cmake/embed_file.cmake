# Writes the text file IN into the header OUT as
#   inline constexpr std::string_view SYMBOL = R"...(contents)...";
# so data files we write (stopword lists, lexicons) ship inside the binaries.
file(READ "${IN}" content)
file(WRITE "${OUT}"
  "// Generated from ${IN}; do not edit.\n"
  "#pragma once\n#include <string_view>\n"
  "namespace steppe::data {\n"
  "inline constexpr std::string_view ${SYMBOL} = R\"steppe_data(${content})steppe_data\";\n"
  "}  // namespace steppe::data\n")
