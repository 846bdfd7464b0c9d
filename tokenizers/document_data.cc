#include "tokenizers/document_data.h"

#include <zstd.h>

#include <fmt/format.h>

namespace steppe {
namespace {

// zstd's fastest standard level: about 8 MB of 20 MB of news JSON, at some
// hundreds of MB/s; higher levels save little more on text this size.
constexpr int kLevel = 1;

}  // namespace

std::string PackDocumentData(std::string_view json) {
  std::string packed(ZSTD_compressBound(json.size()), '\0');
  const std::size_t size =
      ZSTD_compress(packed.data(), packed.size(), json.data(), json.size(), kLevel);
  // Compressing into a buffer of ZSTD_compressBound bytes cannot fail.
  packed.resize(ZSTD_isError(size) != 0U ? 0 : size);
  return packed;
}

absl::StatusOr<std::string> UnpackDocumentData(std::string_view packed) {
  DocumentDataUnpacker unpacker;
  const absl::StatusOr<std::string_view> json = unpacker.Unpack(packed);
  if (!json.ok()) return json.status();
  return std::string(*json);
}

void DocumentDataUnpacker::ContextDeleter::operator()(ZSTD_DCtx_s* context) const {
  ZSTD_freeDCtx(context);
}

DocumentDataUnpacker::DocumentDataUnpacker(std::size_t padding)
    : context_(ZSTD_createDCtx()), padding_(padding) {}

absl::StatusOr<std::string_view> DocumentDataUnpacker::Unpack(std::string_view packed) {
  const unsigned long long size = ZSTD_getFrameContentSize(packed.data(), packed.size());
  if (size == ZSTD_CONTENTSIZE_ERROR || size == ZSTD_CONTENTSIZE_UNKNOWN) {
    return absl::DataLossError("stored document data is not a zstd frame");
  }
  if (context_ == nullptr) return absl::ResourceExhaustedError("no memory for a zstd context");
  // Grows only: resize() then costs nothing on the next, smaller document.
  if (buffer_.size() < size + padding_) buffer_.resize(size + padding_);
  const std::size_t unpacked =
      ZSTD_decompressDCtx(context_.get(), buffer_.data(), size, packed.data(), packed.size());
  if (ZSTD_isError(unpacked) != 0U || unpacked != size) {
    return absl::DataLossError(
        fmt::format("stored document data is damaged: {}", ZSTD_isError(unpacked) != 0U
                                                               ? ZSTD_getErrorName(unpacked)
                                                               : "shorter than its header says"));
  }
  return std::string_view(buffer_.data(), size);
}

}  // namespace steppe
