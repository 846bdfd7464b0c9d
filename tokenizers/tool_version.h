// ToolVersion: the line each steppe tool prints for --version.
//
// Contract: VersionLine("steppe-search") is "steppe-search 0.1.0 (Xapian
// 1.4.22, ICU 72.1, index schema 6)": steppe's version (CMake's project
// version), then the Xapian and ICU versions the process runs with (read
// from the libraries themselves, so a bug report names what was really
// linked) and the database schema this build reads and writes.
#ifndef STEPPE_TOKENIZERS_TOOL_VERSION_H_
#define STEPPE_TOKENIZERS_TOOL_VERSION_H_

#include <string>
#include <string_view>

namespace steppe {

std::string_view SteppeVersion();
std::string VersionLine(std::string_view tool);

}  // namespace steppe

#endif  // STEPPE_TOKENIZERS_TOOL_VERSION_H_
