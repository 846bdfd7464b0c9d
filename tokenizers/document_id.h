// Document ids: the stable hash and the id term by which the index keys a
// document, shared by the indexer (which writes them and picks a document's
// shard by them) and the searcher (which finds a document by its id).
//
// Contract: StableHash64 is FNV-1a over the bytes, the same on every machine
// and in every run, and must never change (databases keep what it gave);
// StableHash writes it as 16 hex digits. IdTerm(id) is the Q-prefixed id,
// or, for an id too long for a term, Q# and the id's StableHash (still one
// term per id).
#ifndef STEPPE_TOKENIZERS_DOCUMENT_ID_H_
#define STEPPE_TOKENIZERS_DOCUMENT_ID_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace steppe {

std::uint64_t StableHash64(std::string_view text);
std::string StableHash(std::string_view text);
std::string IdTerm(std::string_view id);

}  // namespace steppe

#endif  // STEPPE_TOKENIZERS_DOCUMENT_ID_H_
