#include "indexer/jsonl_reader.h"

#include <string>
#include <string_view>

#include <fmt/format.h>
#include <simdjson.h>

#include "indexer/line_reader.h"

namespace steppe {
namespace {

std::string_view TypeName(simdjson::dom::element_type type) {
  using T = simdjson::dom::element_type;
  switch (type) {
    case T::ARRAY:
      return "an array";
    case T::OBJECT:
      return "an object";
    case T::INT64:
    case T::UINT64:
    case T::DOUBLE:
      return "a number";
    case T::STRING:
      return "a string";
    case T::BOOL:
      return "a boolean";
    case T::NULL_VALUE:
      return "null";
  }
  return "something else";
}

// Copies a string field into `out`; numbers are accepted where `allow_number`.
// Returns an empty string on success, else the problem.
std::string TakeString(simdjson::dom::element value, std::string_view key, bool allow_number,
                       std::string& out) {
  using T = simdjson::dom::element_type;
  switch (value.type()) {
    case T::STRING:
      out.assign(std::string_view(value.get_string().value_unsafe()));
      return {};
    case T::NULL_VALUE:
      return {};
    case T::INT64:
      if (allow_number) {
        out = std::to_string(value.get_int64().value_unsafe());
        return {};
      }
      break;
    case T::UINT64:
      if (allow_number) {
        out = std::to_string(value.get_uint64().value_unsafe());
        return {};
      }
      break;
    default:
      break;
  }
  return fmt::format("field '{}' is {}, expected a string", key, TypeName(value.type()));
}

}  // namespace

absl::Status JsonlReader::Read(ByteSource& source, const std::string& name, RecordSink& sink) {
  LineReader lines(source, limits_.max_record_bytes);
  simdjson::dom::parser parser;
  std::string buffer;
  Line line;
  while (true) {
    auto more = lines.Next(line);
    if (!more.ok()) return more.status();
    if (!*more) return absl::OkStatus();
    const Origin origin{name, line.number};
    if (line.too_long) {
      if (!sink.OnBadRecord(
              origin, fmt::format("line longer than the {} record limit", limits_.Describe()))) {
        return absl::OkStatus();
      }
      continue;
    }
    if (line.text.find_first_not_of(" \t") == std::string_view::npos) continue;

    buffer.assign(line.text);
    buffer.resize(line.text.size() + simdjson::SIMDJSON_PADDING);
    simdjson::dom::element root;
    const auto error = parser.parse(buffer.data(), line.text.size(), false).get(root);
    if (error) {
      const std::string problem =
          error == simdjson::UTF8_ERROR
              ? std::string("invalid UTF-8")
              : fmt::format("malformed JSON: {}", simdjson::error_message(error));
      if (!sink.OnBadRecord(origin, problem)) return absl::OkStatus();
      continue;
    }
    if (root.type() != simdjson::dom::element_type::OBJECT) {
      if (!sink.OnBadRecord(origin, fmt::format("a JSON line must be an object, this one is {}",
                                                TypeName(root.type())))) {
        return absl::OkStatus();
      }
      continue;
    }

    Record record;
    record.origin = origin;
    std::string problem;
    std::string body;
    std::string content;
    simdjson::dom::object object;
    if (root.get_object().get(object)) continue;  // cannot fail: the type was checked
    for (auto [key, value] : object) {
      std::string* target = nullptr;
      bool allow_number = false;
      if (key == "id") {
        target = &record.id;
        allow_number = true;
      } else if (key == "url") {
        target = &record.url;
      } else if (key == "title") {
        target = &record.title;
      } else if (key == "text") {
        target = &record.text;
      } else if (key == "body") {
        target = &body;
      } else if (key == "content") {
        target = &content;
      } else if (key == "date") {
        target = &record.date;
        allow_number = true;
      } else if (key == "lang" || key == "language") {
        target = &record.lang;
      } else if (key == "source") {
        target = &record.source;
      }
      if (target == nullptr) continue;
      problem = TakeString(value, key, allow_number, *target);
      if (!problem.empty()) break;
    }
    if (!problem.empty()) {
      if (!sink.OnBadRecord(origin, problem)) return absl::OkStatus();
      continue;
    }
    if (record.text.empty()) record.text = body.empty() ? std::move(content) : std::move(body);
    if (!sink.OnRecord(std::move(record))) return absl::OkStatus();
  }
}

}  // namespace steppe
