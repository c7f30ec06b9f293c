// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/halltoday.h"

#include <QQmlEngine>

namespace hall {

/// HallToday (hall_client: today in the hall calendar) as the QML type Hall.Kiosk.Models.HallToday.
struct KioskHallTodayForeign
{
    Q_GADGET
    QML_FOREIGN(hall::HallToday)
    QML_NAMED_ELEMENT(HallToday)
    QML_UNCREATABLE("owned by KioskShell")
};

} // namespace hall
