// peak_rss: runs a command and reports its wall time and peak memory.
//
//   peak_rss [--out FILE] -- COMMAND [ARG...]
//
// Contract: forks, execs COMMAND (searched in PATH) with the same standard
// streams, waits for it with wait4() and writes one line
//   wall_s=12.345 user_s=11.2 sys_s=0.9 maxrss_kb=123456 status=0
// to FILE (appended, so a caller can read it back), or to standard error
// without --out. maxrss_kb is the kernel's ru_maxrss for the child: the
// largest resident set of the command or of any descendant it waited for.
// Exit status: the command's own, 128+N when signal N killed it, 127 when it
// could not be started, 2 on a usage error. Bench tool (bench/compare_peers.sh
// measures every engine with it, since GNU time is not always installed).
#include <signal.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>
#include <string_view>

namespace {

int Usage(const char* why) {
  std::fprintf(stderr, "peak_rss: %s\nusage: peak_rss [--out FILE] -- COMMAND [ARG...]\n", why);
  return 2;
}

double Seconds(const timeval& tv) {
  return static_cast<double>(tv.tv_sec) + static_cast<double>(tv.tv_usec) / 1e6;
}

}  // namespace

int main(int argc, char** argv) {
  std::string out_path;
  int first = 1;
  for (; first < argc; ++first) {
    std::string_view arg = argv[first];
    if (arg == "--") {
      ++first;
      break;
    }
    if (arg != "--out") {
      return Usage(("unknown option " + std::string(arg) + " (put the command after --)").c_str());
    }
    if (first + 1 >= argc) return Usage("--out needs a file");
    out_path = argv[++first];
  }
  if (first >= argc) return Usage("no command given");

  auto start = std::chrono::steady_clock::now();
  pid_t pid = fork();
  if (pid < 0) {
    std::fprintf(stderr, "peak_rss: fork failed: %s\n", std::strerror(errno));
    return 127;
  }
  if (pid == 0) {
    execvp(argv[first], argv + first);
    std::fprintf(stderr, "peak_rss: cannot run %s: %s\n", argv[first], std::strerror(errno));
    _exit(127);
  }

  // Like system(): Ctrl-C goes to the command, and its times are still reported.
  signal(SIGINT, SIG_IGN);
  signal(SIGQUIT, SIG_IGN);
  int status = 0;
  rusage usage{};
  while (wait4(pid, &status, 0, &usage) < 0) {
    if (errno != EINTR) {
      std::fprintf(stderr, "peak_rss: wait4 failed: %s\n", std::strerror(errno));
      return 127;
    }
  }
  double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  int code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);

  FILE* out = stderr;
  if (!out_path.empty()) {
    out = std::fopen(out_path.c_str(), "a");
    if (out == nullptr) {
      std::fprintf(stderr, "peak_rss: cannot write %s: %s\n", out_path.c_str(),
                   std::strerror(errno));
      return code == 0 ? 2 : code;
    }
  }
  std::fprintf(out, "wall_s=%.3f user_s=%.3f sys_s=%.3f maxrss_kb=%ld status=%d\n", wall,
               Seconds(usage.ru_utime), Seconds(usage.ru_stime), usage.ru_maxrss, code);
  if (out != stderr) std::fclose(out);
  return code;
}
