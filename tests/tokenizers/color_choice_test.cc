#include "tokenizers/color_choice.h"

#include <pty.h>
#include <unistd.h>

#include <gtest/gtest.h>

namespace steppe {
namespace {

// A pseudo-terminal, so "auto" has a terminal to see.
class ColorChoiceTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_EQ(openpty(&master_, &terminal_, nullptr, nullptr, nullptr), 0);
    ASSERT_EQ(pipe(pipe_), 0);
  }
  void TearDown() override {
    close(master_);
    close(terminal_);
    close(pipe_[0]);
    close(pipe_[1]);
  }
  int master_ = -1;
  int terminal_ = -1;
  int pipe_[2] = {-1, -1};
};

TEST_F(ColorChoiceTest, AutoColoursATerminalOnly) {
  const FixedEnvironment env({{"TERM", "xterm-256color"}});
  EXPECT_TRUE(UseColor("auto", terminal_, env));
  EXPECT_FALSE(UseColor("auto", pipe_[1], env));
}

TEST_F(ColorChoiceTest, NoColorAndDumbTerminalsTurnAutoOff) {
  EXPECT_FALSE(UseColor("auto", terminal_, FixedEnvironment({{"NO_COLOR", "1"}})));
  EXPECT_FALSE(UseColor("auto", terminal_, FixedEnvironment({{"TERM", "dumb"}})));
  // NO_COLOR set but empty does not count (no-color.org).
  EXPECT_TRUE(UseColor("auto", terminal_, FixedEnvironment({{"NO_COLOR", ""}})));
}

TEST_F(ColorChoiceTest, EscapesAreForTerminalsThatAreNotDumb) {
  EXPECT_TRUE(DrawsEscapes(terminal_, FixedEnvironment({{"TERM", "xterm"}})));
  EXPECT_TRUE(DrawsEscapes(terminal_, FixedEnvironment({{"NO_COLOR", "1"}})));
  EXPECT_FALSE(DrawsEscapes(terminal_, FixedEnvironment({{"TERM", "dumb"}})));
  EXPECT_FALSE(DrawsEscapes(pipe_[1], FixedEnvironment({{"TERM", "xterm"}})));
}

TEST_F(ColorChoiceTest, AlwaysAndNeverAreObeyed) {
  const FixedEnvironment no_color({{"NO_COLOR", "1"}});
  EXPECT_TRUE(UseColor("always", pipe_[1], no_color));
  EXPECT_FALSE(UseColor("never", terminal_, FixedEnvironment({})));
}

}  // namespace
}  // namespace steppe
