// compile_russian_table: writes RussianStemmer::Compile()'s table for the
// hunspell-ru of a folder, for the build to compile into steppe.
//
//   compile_russian_table HUNSPELL_DIR OUT
//
// Without a readable hunspell-ru it writes an empty table and says so: the
// stemmer then works everything out as it goes (and a dictionary installed
// later is used all the same). Exits 1 if OUT cannot be written.
#include <fstream>
#include <iostream>
#include <string>

#include "tokenizers/russian_stemmer.h"

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: compile_russian_table HUNSPELL_DIR OUT\n";
    return 2;
  }
  std::string table;
  if (auto compiled = steppe::RussianStemmer::Compile(argv[1]); compiled.ok()) {
    table = std::move(*compiled);
  } else {
    std::cerr << "compile_russian_table: " << compiled.status().message()
              << "; the Russian stemmer will work its table out as it runs\n";
  }
  std::ofstream out(argv[2], std::ios::binary | std::ios::trunc);
  out << table;
  out.close();
  if (!out) {
    std::cerr << "compile_russian_table: cannot write " << argv[2] << "\n";
    return 1;
  }
  return 0;
}
