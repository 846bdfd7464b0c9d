#include "tokenizers/tool_config.h"

#include <filesystem>
#include <fstream>
#include <sstream>
#include <system_error>

#include <fmt/format.h>

#include "absl/status/status.h"

// toml++ (libtomlplusplus-dev) compiled into this file alone rather than
// loaded as a shared library, which would add to every query's start-up;
// errors as values: toml::parse returns a parse_result instead of throwing.
#define TOML_HEADER_ONLY 1
#define TOML_EXCEPTIONS 0
#include <toml++/toml.h>

namespace steppe {
namespace {

namespace fs = std::filesystem;

// Reads one TOML file's values into a ToolConfig, failing at the first
// value that is not what its key needs.
class ConfigReader {
 public:
  ConfigReader(const std::string& path, const Environment& env) : path_(path), env_(env) {
    config_.path = path;
  }

  absl::StatusOr<ToolConfig> Read(const toml::table& root) {
    for (auto&& [key, node] : root) {
      absl::Status status;
      if (key == "db") {
        status = Paths(key, node, config_.databases);
      } else if (key == "search") {
        status = Table(key, node,
                       [this](const toml::key& k, const toml::node& n) { return SearchKey(k, n); });
      } else if (key == "index") {
        status = Table(key, node,
                       [this](const toml::key& k, const toml::node& n) { return IndexKey(k, n); });
      } else {
        status = Error(key.source(),
                       fmt::format("unknown key '{}' (known: db, [search], [index])", key.str()));
      }
      if (!status.ok()) return status;
    }
    return config_;
  }

 private:
  absl::Status SearchKey(const toml::key& key, const toml::node& node) {
    ToolConfig::Search& search = config_.search;
    if (key == "limit") return Count(key, node, search.limit);
    if (key == "sort") return Choice(key, node, {"relevance", "date"}, search.sort);
    if (key == "color") return Choice(key, node, {"auto", "always", "never"}, search.color);
    if (key == "collapse") return Boolean(key, node, search.collapse);
    if (key == "query_lang") {
      return Choice(key, node, {"en", "ru", "kk", "auto", "any"}, search.query_lang);
    }
    if (key == "aliases") return Paths(key, node, search.aliases);
    return Error(key.source(), fmt::format("unknown key '{}' in [search] (known: limit, sort, "
                                           "color, collapse, query_lang, aliases)",
                                           key.str()));
  }

  absl::Status IndexKey(const toml::key& key, const toml::node& node) {
    ToolConfig::Index& index = config_.index;
    if (key == "threads") return Count(key, node, index.threads);
    if (key == "shards") return Count(key, node, index.shards);
    if (key == "commit_every") return Count(key, node, index.commit_every);
    if (key == "max_record_mb") return Count(key, node, index.max_record_mb);
    return Error(key.source(), fmt::format("unknown key '{}' in [index] (known: threads, shards, "
                                           "commit_every, max_record_mb)",
                                           key.str()));
  }

  template <typename KeyReader>
  absl::Status Table(const toml::key& key, const toml::node& node, KeyReader read) {
    const toml::table* table = node.as_table();
    if (table == nullptr) {
      return Error(node.source(), fmt::format("'{}' must be a table ([{}])", key.str(), key.str()));
    }
    for (auto&& [inner_key, inner_node] : *table) {
      if (absl::Status status = read(inner_key, inner_node); !status.ok()) return status;
    }
    return absl::OkStatus();
  }

  absl::Status Count(const toml::key& key, const toml::node& node,
                     std::optional<std::uint64_t>& out) {
    const std::optional<std::int64_t> value =
        node.is_integer() ? node.value<std::int64_t>() : std::nullopt;
    if (!value.has_value() || *value < 1) {
      return Error(node.source(),
                   fmt::format("'{}' must be a whole number of 1 or more", key.str()));
    }
    out = static_cast<std::uint64_t>(*value);
    return absl::OkStatus();
  }

  absl::Status Boolean(const toml::key& key, const toml::node& node, std::optional<bool>& out) {
    if (!node.is_boolean()) {
      return Error(node.source(), fmt::format("'{}' must be true or false", key.str()));
    }
    out = node.value<bool>();
    return absl::OkStatus();
  }

  absl::Status Choice(const toml::key& key, const toml::node& node,
                      std::initializer_list<std::string_view> choices,
                      std::optional<std::string>& out) {
    const std::optional<std::string> value = node.value_exact<std::string>();
    for (std::string_view choice : choices) {
      if (value.has_value() && *value == choice) {
        out = *value;
        return absl::OkStatus();
      }
    }
    std::string known;
    for (std::string_view choice : choices) {
      known += fmt::format("{}\"{}\"", known.empty() ? "" : ", ", choice);
    }
    return Error(node.source(), fmt::format("'{}' must be one of {}", key.str(), known));
  }

  // A string or an array of strings, each a path or an address.
  absl::Status Paths(const toml::key& key, const toml::node& node, std::vector<std::string>& out) {
    const std::string wrong =
        fmt::format("'{}' must be a string or an array of strings (paths)", key.str());
    if (const auto value = node.value_exact<std::string>()) {
      if (value->empty()) return Error(node.source(), fmt::format("'{}' is empty", key.str()));
      out.push_back(Resolve(*value));
      return absl::OkStatus();
    }
    const toml::array* array = node.as_array();
    if (array == nullptr) return Error(node.source(), wrong);
    for (const toml::node& element : *array) {
      const auto value = element.value_exact<std::string>();
      if (!value.has_value()) return Error(element.source(), wrong);
      if (value->empty()) {
        return Error(element.source(), fmt::format("'{}' has an empty path", key.str()));
      }
      out.push_back(Resolve(*value));
    }
    return absl::OkStatus();
  }

  // ~/ from $HOME, relative paths from the configuration file's folder,
  // remote addresses as written.
  std::string Resolve(const std::string& value) const {
    if (value.starts_with("tcp://") || value.starts_with("remote ")) return value;
    if (value == "~" || value.starts_with("~/")) {
      return env_.Get("HOME").value_or("") + value.substr(1);
    }
    const fs::path path(value);
    if (path.is_absolute()) return value;
    return (fs::path(path_).parent_path() / path).lexically_normal().string();
  }

  absl::Status Error(const toml::source_region& where, std::string_view what) const {
    return absl::InvalidArgumentError(fmt::format("{}:{}: {}", path_, where.begin.line, what));
  }

  const std::string& path_;
  const Environment& env_;
  ToolConfig config_;
};

}  // namespace

std::optional<ConfigLocation> ConfigPath(const Environment& env) {
  if (const auto named = env.Get("STEPPE_CONFIG")) {
    if (named->empty()) return std::nullopt;
    return ConfigLocation{*named, true};
  }
  if (const auto xdg = env.Get("XDG_CONFIG_HOME"); xdg.has_value() && !xdg->empty()) {
    return ConfigLocation{*xdg + "/steppe/config.toml", false};
  }
  if (const auto home = env.Get("HOME"); home.has_value() && !home->empty()) {
    return ConfigLocation{*home + "/.config/steppe/config.toml", false};
  }
  return std::nullopt;
}

absl::StatusOr<ToolConfig> ParseToolConfig(std::string_view text, const std::string& path,
                                           const Environment& env) {
  toml::parse_result parsed = toml::parse(text, path);
  if (!parsed) {
    const toml::parse_error& error = parsed.error();
    return absl::InvalidArgumentError(fmt::format("{}:{}: not valid TOML: {}", path,
                                                  error.source().begin.line, error.description()));
  }
  return ConfigReader(path, env).Read(parsed.table());
}

absl::StatusOr<ToolConfig> LoadToolConfig(const Environment& env) {
  const std::optional<ConfigLocation> location = ConfigPath(env);
  if (!location.has_value()) return ToolConfig{};
  std::error_code error;
  if (!location->required && !fs::exists(location->path, error)) return ToolConfig{};
  if (fs::is_directory(location->path, error)) {
    return absl::InvalidArgumentError(
        fmt::format("{}: is a folder, not a configuration file", location->path));
  }
  std::ifstream file(location->path, std::ios::binary);
  if (!file) {
    return absl::NotFoundError(fmt::format("{}: cannot read the configuration file{}",
                                           location->path,
                                           location->required ? " ($STEPPE_CONFIG)" : ""));
  }
  std::ostringstream text;
  text << file.rdbuf();
  return ParseToolConfig(text.str(), location->path, env);
}

std::vector<std::string> DefaultDatabases(const ToolConfig& config, const Environment& env) {
  if (const auto db = env.Get("STEPPE_DB"); db.has_value() && !db->empty()) return {*db};
  if (!config.databases.empty()) return config.databases;
  return {"steppe-db"};
}

}  // namespace steppe
