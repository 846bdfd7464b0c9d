#include "tokenizers/tool_version.h"

#include <unicode/uversion.h>
#include <xapian.h>

#include <fmt/format.h>

#include "tokenizers/index_schema.h"

#ifndef STEPPE_VERSION
#error "STEPPE_VERSION is defined by tokenizers/CMakeLists.txt from the project version"
#endif

namespace steppe {

std::string_view SteppeVersion() { return STEPPE_VERSION; }

std::string VersionLine(std::string_view tool) {
  UVersionInfo icu{};
  u_getVersion(icu);
  char icu_version[U_MAX_VERSION_STRING_LENGTH] = {};
  u_versionToString(icu, icu_version);
  return fmt::format("{} {} (Xapian {}, ICU {}, index schema {})", tool, SteppeVersion(),
                     Xapian::version_string(), icu_version, schema::kSchemaVersion);
}

}  // namespace steppe
