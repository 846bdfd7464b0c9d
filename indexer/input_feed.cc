#include "indexer/input_feed.h"

#include <string_view>
#include <utility>

namespace steppe {
namespace {

// Counts the decompressed bytes that pass through.
class CountingSource : public ByteSource {
 public:
  CountingSource(ByteSource& inner, std::uint64_t& bytes) : inner_(inner), bytes_(bytes) {}
  absl::StatusOr<std::string_view> Next() override {
    auto block = inner_.Next();
    if (block.ok()) bytes_ += block->size();
    return block;
  }

 private:
  ByteSource& inner_;
  std::uint64_t& bytes_;
};

}  // namespace

void InputFeed::ReadAll(const std::vector<InputFile>& files) {
  for (const InputFile& file : files) {
    if (halt_()) break;
    ReadInput(file);
  }
}

std::unique_ptr<WorkItem> InputFeed::NewItem(WorkItem::Kind kind) {
  auto item = std::make_unique<WorkItem>();
  item->kind = kind;
  item->bytes = bytes_;
  item->raw_bytes = raw_bytes_done_ + (current_ != nullptr ? current_->RawBytesRead() : 0);
  return item;
}

bool InputFeed::OnRecord(Record record) {
  if (halt_()) return false;
  auto item = NewItem(WorkItem::Kind::kRecord);
  item->record = std::move(record);
  emit_(std::move(item));
  return !halt_();
}

bool InputFeed::OnBadRecord(const Origin& origin, std::string_view problem) {
  auto item = NewItem(WorkItem::Kind::kBadRecord);
  item->origin = origin;
  item->problem = std::string(problem);
  emit_(std::move(item));
  return !halt_();
}

void InputFeed::FailInput(const std::string& name, const absl::Status& status) {
  const std::string message(status.message());
  // Messages from the archive layer already start with the input's name.
  const std::string_view shown =
      message.rfind(name, 0) == 0 ? std::string_view(message).substr(name.size() + 2) : message;
  auto item = NewItem(WorkItem::Kind::kFailedInput);
  item->origin = {name, 0};
  item->problem = std::string(shown);
  emit_(std::move(item));
}

void InputFeed::ReadInput(const InputFile& file) {
  emit_(NewItem(WorkItem::Kind::kInputOpened));
  auto input = ArchiveInput::Open(file.path);
  if (!input.ok()) {
    FailInput(file.path, input.status());
    return;
  }
  current_ = input->get();
  while (!halt_()) {
    auto more = (*input)->NextEntry();
    if (!more.ok()) {
      FailInput(file.path, more.status());
      break;
    }
    if (!*more) break;
    const absl::Status status = ReadEntry(**input);
    if (!status.ok()) {
      FailInput((*input)->EntryDisplayName(), status);
      break;
    }
  }
  raw_bytes_done_ += (*input)->RawBytesRead();
  current_ = nullptr;
}

absl::Status InputFeed::ReadEntry(ArchiveInput& input) {
  CountingSource counted(input, bytes_);
  PeekableSource source(counted);
  InputFormat format = format_.value_or(FormatFromName(input.EntryName()));
  if (format == InputFormat::kUnknown) {
    auto head = source.Peek();
    if (!head.ok()) return head.status();
    if (head->empty()) {
      OnBadRecord({input.EntryDisplayName(), 0}, "empty file");
      return absl::OkStatus();
    }
    format = SniffFormat(*head);
  }
  std::unique_ptr<RecordReader> reader = MakeReader(format, limits_);
  if (reader == nullptr) {
    OnBadRecord({input.EntryDisplayName(), 0},
                "binary data, not a format steppe reads (jsonl, csv, tsv, html, text)");
    return absl::OkStatus();
  }
  return reader->Read(source, input.EntryDisplayName(), *this);
}

}  // namespace steppe
