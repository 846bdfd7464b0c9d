#include "indexer/delimited_reader.h"

#include <csv.h>

#include <cstdint>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <simdjson.h>

#include "indexer/line_reader.h"

namespace steppe {
namespace {

// The columns of a record, by index into the header; -1 when absent.
struct Columns {
  int id = -1, url = -1, title = -1, text = -1, date = -1, lang = -1, source = -1;
};

std::string LowerTrimmed(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == ' ' || c == '\t') continue;
    out.push_back((c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c);
  }
  return out;
}

Columns MapHeader(const std::vector<std::string>& header) {
  Columns columns;
  for (std::size_t i = 0; i < header.size(); ++i) {
    const std::string name = LowerTrimmed(header[i]);
    const int index = static_cast<int>(i);
    if (name == "id") columns.id = index;
    if (name == "url") columns.url = index;
    if (name == "title") columns.title = index;
    if (name == "text" || (columns.text < 0 && (name == "body" || name == "content"))) {
      columns.text = index;
    }
    if (name == "date") columns.date = index;
    if (name == "lang" || name == "language") columns.lang = index;
    if (name == "source") columns.source = index;
  }
  return columns;
}

// State shared with libcsv's C callbacks.
struct ParseState {
  std::string name;
  RecordSink* sink = nullptr;
  std::vector<std::string> fields;
  std::vector<std::string> header;
  Columns columns;
  bool have_header = false;
  bool stop = false;
  absl::Status error;
  std::uint64_t row_start = 0;

  void OnRow() {
    const std::uint64_t line = row_start;
    row_start = 0;
    std::vector<std::string> row = std::move(fields);
    fields.clear();
    if (stop || !error.ok()) return;
    if (!have_header) {
      header = std::move(row);
      columns = MapHeader(header);
      have_header = true;
      if (columns.text < 0) {
        error = absl::InvalidArgumentError(
            fmt::format("{}:{}: the header has no text, body or content column", name, line));
      }
      return;
    }
    const Origin origin{name, line};
    if (row.size() != header.size()) {
      stop = !sink->OnBadRecord(
          origin, fmt::format("row has {} fields, the header has {}", row.size(), header.size()));
      return;
    }
    for (const std::string& field : row) {
      if (!simdjson::validate_utf8(field.data(), field.size())) {
        stop = !sink->OnBadRecord(origin, "invalid UTF-8");
        return;
      }
    }
    auto take = [&row](int index) { return index < 0 ? std::string() : std::move(row[index]); };
    Record record;
    record.origin = origin;
    record.id = take(columns.id);
    record.url = take(columns.url);
    record.title = take(columns.title);
    record.text = take(columns.text);
    record.date = take(columns.date);
    record.lang = take(columns.lang);
    record.source = take(columns.source);
    stop = !sink->OnRecord(std::move(record));
  }
};

void OnField(void* data, std::size_t size, void* state) {
  static_cast<ParseState*>(state)->fields.emplace_back(static_cast<const char*>(data), size);
}

void OnRowEnd(int /*terminator*/, void* state) { static_cast<ParseState*>(state)->OnRow(); }

int NoSpaceTrimming(unsigned char /*c*/) { return 0; }

}  // namespace

absl::Status DelimitedReader::Read(ByteSource& source, const std::string& name, RecordSink& sink) {
  csv_parser parser;
  if (csv_init(&parser, 0) != 0) return absl::ResourceExhaustedError("libcsv: out of memory");
  csv_set_delim(&parser, static_cast<unsigned char>(delimiter_));
  csv_set_space_func(&parser, NoSpaceTrimming);

  ParseState state;
  state.name = name;
  state.sink = &sink;
  LineReader lines(source, limits_.max_record_bytes);
  Line line;
  absl::Status status;
  while (status.ok() && state.error.ok() && !state.stop) {
    auto more = lines.Next(line);
    if (!more.ok()) {
      status = more.status();
      break;
    }
    if (!*more) break;
    if (line.too_long) {
      state.stop = !sink.OnBadRecord(
          {name, line.number},
          fmt::format("line longer than the {} record limit", limits_.Describe()));
      continue;
    }
    if (state.row_start == 0 && !line.text.empty()) state.row_start = line.number;
    std::string chunk(line.text);
    chunk.push_back('\n');
    if (csv_parse(&parser, chunk.data(), chunk.size(), OnField, OnRowEnd, &state) != chunk.size()) {
      status = absl::DataLossError(fmt::format("{}:{}: CSV parser failed: {}", name, line.number,
                                               csv_strerror(csv_error(&parser))));
    }
  }
  if (status.ok() && state.error.ok() && !state.stop) {
    csv_fini(&parser, OnField, OnRowEnd, &state);
  }
  csv_free(&parser);
  if (!status.ok()) return status;
  if (!state.error.ok()) return state.error;
  if (!state.have_header && !state.stop) {
    return absl::InvalidArgumentError(fmt::format("{}: empty, no header row", name));
  }
  return absl::OkStatus();
}

}  // namespace steppe
