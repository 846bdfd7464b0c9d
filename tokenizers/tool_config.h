// ToolConfig: the user's configuration file, which sets defaults for
// steppe-index and steppe-search (steppe-config(5) documents it).
//
// Contract: ConfigPath(env) says which file to read: $STEPPE_CONFIG when
// set (set but empty: none), else $XDG_CONFIG_HOME/steppe/config.toml,
// else $HOME/.config/steppe/config.toml (nullopt without any of them);
// `required` says whether the user named it. LoadToolConfig reads it: a
// default file that does not exist gives an empty configuration, a
// required one is an error. ParseToolConfig reads TOML text (toml++):
//   db = "PATH" | ["PATH", ...]            the default databases
//   [search] limit, sort, color, collapse, query_lang, aliases
//   [index]  threads, shards, commit_every, max_record_mb
// An unknown table or key, a value of the wrong type or out of range is an
// error naming FILE:LINE and what is wrong; nothing is silently ignored.
// Paths starting with ~/ are taken from $HOME and relative ones from the
// configuration file's folder; tcp:// and "remote" addresses are kept as
// written. DefaultDatabases says what a tool opens when no --db is given:
// $STEPPE_DB, else the configuration's databases, else ./steppe-db.
#ifndef STEPPE_TOKENIZERS_TOOL_CONFIG_H_
#define STEPPE_TOKENIZERS_TOOL_CONFIG_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "tokenizers/environment.h"

namespace steppe {

struct ToolConfig {
  std::string path;  // the file read; empty when none was
  std::vector<std::string> databases;

  struct Search {
    std::optional<std::uint64_t> limit;
    std::optional<std::string> sort;   // relevance | date
    std::optional<std::string> color;  // auto | always | never
    std::optional<bool> collapse;
    std::optional<std::string> query_lang;  // en | ru | kk | auto | any
    std::vector<std::string> aliases;
  } search;

  struct Index {
    std::optional<std::uint64_t> threads;
    std::optional<std::uint64_t> shards;
    std::optional<std::uint64_t> commit_every;
    std::optional<std::uint64_t> max_record_mb;
  } index;
};

struct ConfigLocation {
  std::string path;
  bool required = false;  // named by $STEPPE_CONFIG, so it must exist
};

std::optional<ConfigLocation> ConfigPath(const Environment& env);

absl::StatusOr<ToolConfig> ParseToolConfig(std::string_view text, const std::string& path,
                                           const Environment& env);

// Reads the file ConfigPath names, if any.
absl::StatusOr<ToolConfig> LoadToolConfig(const Environment& env);

std::vector<std::string> DefaultDatabases(const ToolConfig& config, const Environment& env);

}  // namespace steppe

#endif  // STEPPE_TOKENIZERS_TOOL_CONFIG_H_
