// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/halltoday.h"

#include <QQmlEngine>

namespace hall {

/// HallToday (hall_client: today in the hall calendar) as the QML type Hall.Lobby.Models.HallToday.
struct LobbyHallTodayForeign
{
    Q_GADGET
    QML_FOREIGN(hall::HallToday)
    QML_NAMED_ELEMENT(HallToday)
    QML_UNCREATABLE("owned by LobbyController")
};

} // namespace hall
