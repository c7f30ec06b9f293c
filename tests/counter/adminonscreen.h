#pragma once

#include "counterapp.h"
#include "counterfixture.h"

#include <memory>

namespace hall::test {

/// The admin device's whole counter client on screen (pages and all) against the fixture's service,
/// at `window` (0: the hall view), with the page of tab `tab` ("booking", "cases", "report" …) shown.
std::unique_ptr<CounterApp> adminOnScreen(CounterFixture& fixture, int window, const QString& tab);

} // namespace hall::test
