// Environment: the environment variables a tool reads, behind a function,
// so that code deciding from them (configuration, colour) is tested with
// a map instead of the process's global environment.
//
// Contract: Get(name) is the variable's value, or nullopt when it is not
// set (a variable set to the empty string is ""). ProcessEnvironment()
// reads the process's environment; FixedEnvironment holds the variables it
// was given and nothing else.
#ifndef STEPPE_TOKENIZERS_ENVIRONMENT_H_
#define STEPPE_TOKENIZERS_ENVIRONMENT_H_

#include <functional>
#include <initializer_list>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace steppe {

class Environment {
 public:
  virtual ~Environment() = default;
  virtual std::optional<std::string> Get(std::string_view name) const = 0;
};

const Environment& ProcessEnvironment();

class FixedEnvironment : public Environment {
 public:
  FixedEnvironment(std::initializer_list<std::pair<const std::string, std::string>> variables)
      : variables_(variables) {}
  std::optional<std::string> Get(std::string_view name) const override {
    auto it = variables_.find(name);
    if (it == variables_.end()) return std::nullopt;
    return it->second;
  }

 private:
  std::map<std::string, std::string, std::less<>> variables_;
};

}  // namespace steppe

#endif  // STEPPE_TOKENIZERS_ENVIRONMENT_H_
