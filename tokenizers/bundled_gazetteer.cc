// Gazetteer::Bundled(): corpora/gazetteer's lists, as the snapshot the build
// made of them (compile_gazetteer) and compiled into the binary.
#include "steppe_data/GazetteerSnapshot.h"
#include "tokenizers/gazetteer.h"

namespace steppe {

absl::StatusOr<Gazetteer> Gazetteer::Bundled() {
  absl::StatusOr<Gazetteer> bundled = FromSnapshot(data::GazetteerSnapshot());
  if (!bundled.ok()) {
    return absl::InternalError(
        "the gazetteer compiled into steppe does not read back; rebuild steppe");
  }
  return bundled;
}

}  // namespace steppe
