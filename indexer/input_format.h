// InputFormat: which reader a file or archive member needs.
//
// Contract: FormatFromName looks at the name's extension once compression
// suffixes (.gz .zst .bz2 .xz .lz4 .lzma) are taken off: .jsonl/.ndjson/.json,
// .csv, .tsv/.tab, .html/.htm/.xhtml, .txt/.text; kUnknown otherwise.
// SniffFormat decides from the first bytes when the name does not tell
// (standard input, a file named on the command line with an odd extension):
// '{' starts JSON Lines, '<' starts HTML, NUL bytes mean binary, anything
// else is plain text. IsArchiveName tells whether a name is a .tar or .zip
// (compressed or not) whose members are read one by one.
#ifndef STEPPE_INDEXER_INPUT_FORMAT_H_
#define STEPPE_INDEXER_INPUT_FORMAT_H_

#include <optional>
#include <string_view>

namespace steppe {

enum class InputFormat { kUnknown, kJsonLines, kCsv, kTsv, kHtml, kText, kBinary };

InputFormat FormatFromName(std::string_view name);
InputFormat SniffFormat(std::string_view head);
bool IsArchiveName(std::string_view name);
std::string_view FormatName(InputFormat format);
// Parses a --format value: jsonl, csv, tsv, html, text.
std::optional<InputFormat> ParseFormatName(std::string_view name);

}  // namespace steppe

#endif  // STEPPE_INDEXER_INPUT_FORMAT_H_
