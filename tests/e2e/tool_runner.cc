#include "tests/e2e/tool_runner.h"

#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <sys/ioctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <stdexcept>

namespace steppe::testing {
namespace {

// In a forked child: runs `program` with `arguments` and `environment`
// added, and STEPPE_CONFIG set empty unless `environment` sets it.
[[noreturn]] void Exec(const std::string& program, const std::vector<std::string>& arguments,
                       const std::vector<std::pair<std::string, std::string>>& environment) {
  // No user's configuration file (steppe-config(5)) unless a test names one.
  setenv("STEPPE_CONFIG", "", 1);
  for (const auto& [name, value] : environment) setenv(name.c_str(), value.c_str(), 1);
  std::vector<char*> argv;
  argv.push_back(const_cast<char*>(program.c_str()));
  for (const std::string& argument : arguments) argv.push_back(const_cast<char*>(argument.c_str()));
  argv.push_back(nullptr);
  execv(program.c_str(), argv.data());
  _exit(127);
}

// Forks and runs `program` with `arguments`, its standard streams on the
// given descriptors and `environment` added; returns the child's pid. The
// parent's copies of the descriptors are left to the caller.
pid_t Spawn(const std::string& program, const std::vector<std::string>& arguments, int in_fd,
            int out_fd, int err_fd, const std::vector<int>& close_in_child,
            const std::vector<std::pair<std::string, std::string>>& environment) {
  const pid_t pid = fork();
  if (pid < 0) throw std::runtime_error("fork failed");
  if (pid > 0) return pid;
  dup2(in_fd, STDIN_FILENO);
  dup2(out_fd, STDOUT_FILENO);
  dup2(err_fd, STDERR_FILENO);
  for (int fd : close_in_child) close(fd);
  Exec(program, arguments, environment);
}

int ExitStatus(pid_t pid) {
  int status = 0;
  waitpid(pid, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

}  // namespace

ToolResult RunInTerminal(const std::string& program, const std::vector<std::string>& arguments,
                         const std::vector<std::pair<std::string, std::string>>& environment) {
  int terminal = -1;
  winsize size{};
  size.ws_row = 50;
  size.ws_col = 120;
  const pid_t pid = forkpty(&terminal, nullptr, nullptr, &size);
  if (pid < 0) throw std::runtime_error("forkpty failed");
  if (pid == 0) Exec(program, arguments, environment);
  ToolResult result;
  char buffer[4096];
  // Read until the child's side closes: EIO on Linux once it has exited.
  for (;;) {
    const ssize_t n = read(terminal, buffer, sizeof buffer);
    if (n > 0) {
      result.out.append(buffer, static_cast<std::size_t>(n));
    } else if (n < 0 && errno == EINTR) {
      continue;
    } else {
      break;
    }
  }
  close(terminal);
  result.status = ExitStatus(pid);
  return result;
}

ToolResult RunTool(const std::string& program, const std::vector<std::string>& arguments,
                   const std::string& input,
                   const std::vector<std::pair<std::string, std::string>>& environment) {
  int in_pipe[2];
  int out_pipe[2];
  int err_pipe[2];
  if (pipe(in_pipe) != 0 || pipe(out_pipe) != 0 || pipe(err_pipe) != 0) {
    throw std::runtime_error("pipe failed");
  }
  const pid_t pid = Spawn(
      program, arguments, in_pipe[0], out_pipe[1], err_pipe[1],
      {in_pipe[0], in_pipe[1], out_pipe[0], out_pipe[1], err_pipe[0], err_pipe[1]}, environment);
  close(in_pipe[0]);
  close(out_pipe[1]);
  close(err_pipe[1]);

  ToolResult result;
  std::size_t written = 0;
  int in_fd = in_pipe[1];
  if (input.empty()) {
    close(in_fd);
    in_fd = -1;
  } else {
    fcntl(in_fd, F_SETFL, O_NONBLOCK);
  }
  bool out_open = true;
  bool err_open = true;
  char buffer[1 << 14];
  while (out_open || err_open) {
    pollfd fds[3] = {{out_pipe[0], POLLIN, 0}, {err_pipe[0], POLLIN, 0}, {in_fd, POLLOUT, 0}};
    if (!out_open) fds[0].fd = -1;
    if (!err_open) fds[1].fd = -1;
    poll(fds, 3, -1);
    if (in_fd >= 0 && (fds[2].revents & (POLLOUT | POLLERR | POLLHUP))) {
      const ssize_t n = write(in_fd, input.data() + written, input.size() - written);
      if (n > 0) written += static_cast<std::size_t>(n);
      if (n < 0 || written == input.size()) {
        close(in_fd);
        in_fd = -1;
      }
    }
    for (int i = 0; i < 2; ++i) {
      if (fds[i].fd < 0 || !(fds[i].revents & (POLLIN | POLLHUP | POLLERR))) continue;
      const ssize_t n = read(fds[i].fd, buffer, sizeof(buffer));
      if (n <= 0) {
        (i == 0 ? out_open : err_open) = false;
        continue;
      }
      (i == 0 ? result.out : result.err).append(buffer, static_cast<std::size_t>(n));
    }
  }
  if (in_fd >= 0) close(in_fd);
  close(out_pipe[0]);
  close(err_pipe[0]);
  result.status = ExitStatus(pid);
  return result;
}

RunningTool::RunningTool(const std::string& program, const std::vector<std::string>& arguments) {
  char out_template[] = "/tmp/steppe-tool-out-XXXXXX";
  char err_template[] = "/tmp/steppe-tool-err-XXXXXX";
  const int out_fd = mkstemp(out_template);
  const int err_fd = mkstemp(err_template);
  out_path_ = out_template;
  err_path_ = err_template;
  int in_pipe[2];
  if (out_fd < 0 || err_fd < 0 || pipe(in_pipe) != 0) throw std::runtime_error("setup failed");
  pid_ = Spawn(program, arguments, in_pipe[0], out_fd, err_fd,
               {in_pipe[0], in_pipe[1], out_fd, err_fd}, {});
  close(in_pipe[0]);
  close(out_fd);
  close(err_fd);
  input_ = in_pipe[1];
  signal(SIGPIPE, SIG_IGN);
}

RunningTool::~RunningTool() {
  if (pid_ > 0) {
    kill(pid_, SIGKILL);
    Wait();
  }
}

void RunningTool::Write(const std::string& data) {
  std::size_t written = 0;
  while (written < data.size()) {
    const ssize_t n = write(input_, data.data() + written, data.size() - written);
    if (n <= 0) return;
    written += static_cast<std::size_t>(n);
  }
}

void RunningTool::CloseInput() {
  if (input_ >= 0) close(input_);
  input_ = -1;
}

void RunningTool::Signal(int signal) { kill(pid_, signal); }

ToolResult RunningTool::Wait() {
  CloseInput();
  ToolResult result;
  result.status = ExitStatus(pid_);
  pid_ = -1;
  for (auto [path, text] :
       {std::pair{&out_path_, &result.out}, std::pair{&err_path_, &result.err}}) {
    *text = ReadFile(*path);
    std::filesystem::remove(*path);
  }
  return result;
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::string PathOf(const std::vector<std::string>& programs) {
  std::string path;
  for (const std::string& program : programs) {
    path += std::filesystem::path(program).parent_path().string();
    path += ':';
  }
  return path + "/usr/bin:/bin";
}

std::vector<nlohmann::json> ParseJsonLines(const std::string& out) {
  std::vector<nlohmann::json> rows;
  std::size_t at = 0;
  while (at < out.size()) {
    std::size_t end = out.find('\n', at);
    if (end == std::string::npos) end = out.size();
    if (end > at) rows.push_back(nlohmann::json::parse(out.substr(at, end - at)));
    at = end + 1;
  }
  return rows;
}

RankedHits ParseRankedHits(const std::string& out) {
  RankedHits hits;
  for (const auto& row : ParseJsonLines(out)) {
    if (!row.contains("id")) continue;
    hits.emplace_back(std::round(row.at("score").get<double>() * 1e6) / 1e6,
                      row.at("id").get<std::string>());
  }
  std::stable_sort(hits.begin(), hits.end(), [](const auto& a, const auto& b) {
    return std::get<0>(a) != std::get<0>(b) ? std::get<0>(a) > std::get<0>(b) : a < b;
  });
  return hits;
}

TempDir::TempDir() {
  std::string pattern = (std::filesystem::temp_directory_path() / "steppe-test-XXXXXX").string();
  if (mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
  path_ = pattern;
}

TempDir::~TempDir() {
  std::error_code ignored;
  std::filesystem::remove_all(path_, ignored);
}

}  // namespace steppe::testing
