#include "indexer/input_format.h"

#include <array>
#include <string>

#include "absl/strings/ascii.h"

namespace steppe {
namespace {

std::string Lower(std::string_view text) {
  std::string lower(text);
  absl::AsciiStrToLower(&lower);
  return lower;
}

// The name without compression suffixes: "a.jsonl.gz" -> "a.jsonl".
std::string StripCompression(std::string_view name) {
  static constexpr std::array<std::string_view, 7> kSuffixes = {".gz",  ".zst",  ".bz2", ".xz",
                                                                ".lz4", ".lzma", ".z"};
  std::string lower = Lower(name);
  bool stripped = true;
  while (stripped) {
    stripped = false;
    for (std::string_view suffix : kSuffixes) {
      if (lower.ends_with(suffix)) {
        lower.resize(lower.size() - suffix.size());
        stripped = true;
      }
    }
  }
  return lower;
}

}  // namespace

InputFormat FormatFromName(std::string_view name) {
  const std::string base = StripCompression(name);
  const auto dot = base.rfind('.');
  const auto slash = base.find_last_of("/\\");
  if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) {
    return InputFormat::kUnknown;
  }
  const std::string_view ext = std::string_view(base).substr(dot + 1);
  if (ext == "jsonl" || ext == "ndjson" || ext == "json") return InputFormat::kJsonLines;
  if (ext == "csv") return InputFormat::kCsv;
  if (ext == "tsv" || ext == "tab") return InputFormat::kTsv;
  if (ext == "html" || ext == "htm" || ext == "xhtml") return InputFormat::kHtml;
  if (ext == "txt" || ext == "text") return InputFormat::kText;
  return InputFormat::kUnknown;
}

InputFormat SniffFormat(std::string_view head) {
  if (head.find('\0') != std::string_view::npos) return InputFormat::kBinary;
  if (head.substr(0, 3) == "\xEF\xBB\xBF") head.remove_prefix(3);
  const auto first = head.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return InputFormat::kText;
  if (head[first] == '{') return InputFormat::kJsonLines;
  if (head[first] == '<') return InputFormat::kHtml;
  return InputFormat::kText;
}

bool IsArchiveName(std::string_view name) {
  const std::string lower = Lower(name);
  if (lower.ends_with(".zip") || lower.ends_with(".tgz") || lower.ends_with(".tbz2") ||
      lower.ends_with(".txz") || lower.ends_with(".tzst")) {
    return true;
  }
  return StripCompression(lower).ends_with(".tar");
}

std::string_view FormatName(InputFormat format) {
  switch (format) {
    case InputFormat::kJsonLines:
      return "jsonl";
    case InputFormat::kCsv:
      return "csv";
    case InputFormat::kTsv:
      return "tsv";
    case InputFormat::kHtml:
      return "html";
    case InputFormat::kText:
      return "text";
    case InputFormat::kBinary:
      return "binary";
    case InputFormat::kUnknown:
      break;
  }
  return "unknown";
}

std::optional<InputFormat> ParseFormatName(std::string_view name) {
  for (InputFormat format : {InputFormat::kJsonLines, InputFormat::kCsv, InputFormat::kTsv,
                             InputFormat::kHtml, InputFormat::kText}) {
    if (FormatName(format) == name) return format;
  }
  return std::nullopt;
}

}  // namespace steppe
