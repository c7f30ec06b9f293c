#pragma once

#include "benchoptions.h"

namespace hall::bench {

/// Runs one load: sets up the hall, connects every session, drives the mix for the configured
/// time, drains, checks the final hall state and prints the figures. Returns the exit code
/// (non-zero when the run could not be made or tickets were lost or duplicated).
int runLoad(const BenchOptions& options);

} // namespace hall::bench
