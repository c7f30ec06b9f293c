// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Catch2 session every test binary runs. Its implementation is compiled once for all of them
// (catchsession.cpp) instead of once per binary: the Catch2 v2 implementation took 25-35 s of
// compile time in each of fifteen test binaries on a clean build.
#pragma once

namespace hall::test {

/// Runs the test cases linked into this binary with Catch2's command line; returns its exit code.
int runCatchSession(int argc, char* argv[]);

} // namespace hall::test
