#include "tokenizers/environment.h"

#include <cstdlib>

namespace steppe {
namespace {

class ProcessEnvironmentImpl : public Environment {
 public:
  std::optional<std::string> Get(std::string_view name) const override {
    const char* value = std::getenv(std::string(name).c_str());
    if (value == nullptr) return std::nullopt;
    return std::string(value);
  }
};

}  // namespace

const Environment& ProcessEnvironment() {
  static const ProcessEnvironmentImpl environment;  // stateless
  return environment;
}

}  // namespace steppe
