#include "tokenizers/document_id.h"

#include <fmt/format.h>

#include "tokenizers/index_schema.h"

namespace steppe {

std::uint64_t StableHash64(std::string_view text) {
  std::uint64_t hash = 0xcbf29ce484222325ULL;
  for (unsigned char c : text) {
    hash ^= c;
    hash *= 0x100000001b3ULL;
  }
  return hash;
}

std::string StableHash(std::string_view text) { return fmt::format("{:016x}", StableHash64(text)); }

std::string IdTerm(std::string_view id) {
  std::string term = schema::Term(schema::kIdPrefix, id);
  if (term.size() == schema::kIdPrefix.size() + id.size()) return term;
  // (Appended, not "#" + ...: GCC 12 warns wrongly about that, bug 105329.)
  std::string hashed = "#";
  hashed += StableHash(id);
  return schema::Term(schema::kIdPrefix, hashed);
}

}  // namespace steppe
