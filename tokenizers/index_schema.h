// The index schema: how an article is laid out in a Xapian document.
//
// Contract: the indexer writes documents in this shape and the searcher
// reads them in it; both include this header, which lives in tokenizers/
// because that is the one library both depend on. Changing a prefix, a
// slot or the terms the analysis makes changes the on-disk format: bump
// kSchemaVersion and re-index.
//
// Terms
//   (no prefix)  analysed words of title and body, with positions; title
//                words carry kTitleWdf so a title match outweighs the body
//   S            analysed title words, with positions (title:)
//   N            the name key (name_key.h) of a word that may be a name, at
//                the word's position and with its wdf (Tokayev, Тоқаевтың:
//                Ntokaev), so a query matches any spelling of it
//   Q            the unique id (boolean; one document per id)
//   L            the language code: Len, Lru, Lkk (lang:)
//   XS           the case-folded source name (source:)
// Values
//   kDateSlot    "YYYYMMDD", sortable and range-filterable
//   kLangSlot    the language code
//   kSourceSlot  the source name as written
//   kStorySlot   the story key (indexer/story_key.h) that copies of one
//                story share, for collapsing them; absent when too short
// Document data  a JSON object: id, url, title, date (YYYY-MM-DD), lang,
//                source, text (the body as indexed, for snippets),
//                compressed (document_data.h)
#ifndef STEPPE_TOKENIZERS_INDEX_SCHEMA_H_
#define STEPPE_TOKENIZERS_INDEX_SCHEMA_H_

#include <cstddef>
#include <string>
#include <string_view>

#include <xapian.h>

namespace steppe::schema {

// 2: Kazakh and mended Russian stemming; 3: Roman numerals as numbers;
// 4: name keys; 5: compressed document data; 6: story keys.
inline constexpr int kSchemaVersion = 6;
inline constexpr std::string_view kSchemaVersionKey = "steppe.schema";

inline constexpr std::string_view kTitlePrefix = "S";
inline constexpr std::string_view kNamePrefix = "N";
inline constexpr std::string_view kIdPrefix = "Q";
inline constexpr std::string_view kLangPrefix = "L";
inline constexpr std::string_view kSourcePrefix = "XS";

inline constexpr Xapian::valueno kDateSlot = 0;
inline constexpr Xapian::valueno kLangSlot = 1;
inline constexpr Xapian::valueno kSourceSlot = 2;
inline constexpr Xapian::valueno kStorySlot = 3;

// wdf added per title occurrence to the unprefixed term (body words add 1).
inline constexpr Xapian::termcount kTitleWdf = 3;
// Positions between title and body, so no phrase spans the two.
inline constexpr unsigned kTitleBodyGap = 100;
// Xapian's glass backend refuses terms longer than 245 bytes.
inline constexpr std::size_t kMaxTermBytes = 240;

// The term `prefix` + `value`, cut at a UTF-8 character boundary to fit
// kMaxTermBytes, the same way on the index and the query side.
inline std::string Term(std::string_view prefix, std::string_view value) {
  std::string term;
  term.reserve(prefix.size() + value.size());
  term.append(prefix);
  term.append(value);
  if (term.size() <= kMaxTermBytes) return term;
  std::size_t cut = kMaxTermBytes;
  while (cut > 0 && (static_cast<unsigned char>(term[cut]) & 0xC0) == 0x80) --cut;
  term.resize(cut);
  return term;
}

}  // namespace steppe::schema

#endif  // STEPPE_TOKENIZERS_INDEX_SCHEMA_H_
