#include "tokenizers/case_folder.h"

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "absl/strings/str_cat.h"

namespace steppe {
namespace {

bool IsAscii(std::string_view text) {
  for (unsigned char c : text) {
    if (c >= 0x80) return false;
  }
  return true;
}

// "i" followed by U+0307 COMBINING DOT ABOVE, what ICU makes of İ.
void DropDotAboveAfterI(std::string& text) {
  static constexpr std::string_view kDotAbove = "\xCC\x87";
  std::size_t at = 0;
  while ((at = text.find(kDotAbove, at)) != std::string::npos) {
    if (at > 0 && text[at - 1] == 'i') {
      text.erase(at, kDotAbove.size());
    } else {
      at += kDotAbove.size();
    }
  }
}

// Fast path for words of ASCII and the basic Cyrillic block (U+0400-U+04FF,
// Russian and Kazakh letters alike), where NFKC_Casefold is simple case
// folding of each letter. Returns false, leaving `out` empty, for any other
// text, which takes the full ICU path.
bool FoldCyrillic(std::string_view text, std::string& out) {
  out.clear();
  out.reserve(text.size());
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(text.size());
  for (int32_t i = 0; i < length;) {
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    if (c < 0 || (c >= 0x80 && (c < 0x0400 || c > 0x04FF)) || (c >= 0x0483 && c <= 0x0489)) {
      out.clear();
      return false;
    }
    const UChar32 folded = u_foldCase(c, U_FOLD_CASE_DEFAULT);
    char buffer[U8_MAX_LENGTH];
    int32_t n = 0;
    U8_APPEND_UNSAFE(reinterpret_cast<uint8_t*>(buffer), n, folded);
    out.append(buffer, static_cast<std::size_t>(n));
  }
  return true;
}

}  // namespace

absl::StatusOr<std::unique_ptr<CaseFolder>> CaseFolder::Create() {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* normalizer = icu::Normalizer2::getNFKCCasefoldInstance(status);
  if (U_FAILURE(status) || normalizer == nullptr) {
    return absl::InternalError(
        absl::StrCat("ICU NFKC_Casefold normalizer unavailable: ", u_errorName(status)));
  }
  return std::unique_ptr<CaseFolder>(new CaseFolder(normalizer));
}

std::string CaseFolder::Fold(std::string_view text) const {
  std::string out;
  if (IsAscii(text)) {
    out.reserve(text.size());
    for (char c : text) out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c);
    return out;
  }
  if (FoldCyrillic(text, out)) return out;
  UErrorCode status = U_ZERO_ERROR;
  icu::StringByteSink<std::string> sink(&out, static_cast<int32_t>(text.size()));
  normalizer_->normalizeUTF8(0, icu::StringPiece(text.data(), static_cast<int32_t>(text.size())),
                             sink, nullptr, status);
  if (U_FAILURE(status)) return std::string(text);
  DropDotAboveAfterI(out);
  return out;
}

void CaseFolder::Apply(Token& token) const { token.text = Fold(token.text); }

}  // namespace steppe
