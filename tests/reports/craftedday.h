// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storedhall.h"

namespace hall::test {

/// The staff of the crafted day, one per window at first: li (1), wang (2), sun (3), zhao (4).
struct CraftedStaff
{
    Actor li{QStringLiteral("li"), QStringLiteral("counter-1")};
    Actor wang{QStringLiteral("wang"), QStringLiteral("counter-2")};
    Actor sun{QStringLiteral("sun"), QStringLiteral("counter-3")};
    Actor zhao{QStringLiteral("zhao"), QStringLiteral("counter-4")};
    Actor kiosk{QString(), QStringLiteral("kiosk-1")};
};

/// Plays a small business day on kDay (a Tuesday) into `h`, with every case the reports must get
/// right; the figures expected of it are worked out by hand in test_rollup.cpp:
///  - A001 waits 08:40–09:20 while window 1 is paused 08:45–09:15 (a wait across a pause);
///  - D001 (elder) is transferred from window 2 to the elderly service and served at window 4;
///  - L001 is one-stop with three errands (enquiries at 3, marriage at 1, assistance at 2);
///  - D002 is set aside, re-queued and served; E001 is set aside and never comes back;
///  - A002 is cancelled; A003 comes by appointment; D003 is still waiting when the day ends;
///  - sun takes window 4 over from zhao at 11:15; wang leaves window 2 open overnight.
/// The day is left open (today) unless `rollOver`: then the clock moves to the next morning and
/// the day rolls over. `restartAt10` restarts the hall from storage at 10:00, with L001 in hand at
/// window 1 and window 1's open span running: the figures must not change.
void playCraftedDay(StoredHall& h, bool rollOver = true, bool restartAt10 = false);

} // namespace hall::test
