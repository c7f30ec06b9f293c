// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "catchsession.h"

int hall::test::runCatchSession(int argc, char* argv[])
{
    return Catch::Session().run(argc, argv);
}
