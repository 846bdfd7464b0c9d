// LazyLoaded: a resource its loader makes the first time it is asked for,
// then kept: for the dictionaries an analysis may never need (an English
// query never reads hunspell-ru).
//
// Contract: Get() runs the loader on its first call only, and returns the
// resource, or nullptr when the loader failed; its error is then error(),
// and later calls return nullptr without trying again. tried() says
// whether the loader has run. Not thread-safe, like the Analyzer that owns
// it (one per thread).
#ifndef STEPPE_TOKENIZERS_LAZY_LOADED_H_
#define STEPPE_TOKENIZERS_LAZY_LOADED_H_

#include <functional>
#include <memory>
#include <utility>

#include "absl/status/status.h"
#include "absl/status/statusor.h"

namespace steppe {

template <typename T>
class LazyLoaded {
 public:
  using Loader = std::function<absl::StatusOr<std::unique_ptr<T>>()>;

  explicit LazyLoaded(Loader load) : load_(std::move(load)) {}

  T* Get() const {
    if (!tried_) {
      tried_ = true;
      absl::StatusOr<std::unique_ptr<T>> made = load_();
      if (made.ok()) {
        value_ = std::move(*made);
      } else {
        error_ = made.status();
      }
    }
    return value_.get();
  }
  bool tried() const { return tried_; }
  const absl::Status& error() const { return error_; }

 private:
  Loader load_;
  mutable bool tried_ = false;
  mutable std::unique_ptr<T> value_;
  mutable absl::Status error_;
};

}  // namespace steppe

#endif  // STEPPE_TOKENIZERS_LAZY_LOADED_H_
