// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "currentticket.h"
#include "rowmodel.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

namespace hall {

/// The lists and the ticket in hand the desk and the monitor show, rebuilt as a whole from the
/// service's snapshot and `hall.overview` (never patched locally: after a reconnect the screen is
/// the service's truth). Owned by CounterController, which exposes the models to QML.
class DeskModels
{
public:
    DeskModels();

    /// Rebuilds everything for `window` (0: no window, the hall only).
    void rebuild(const QJsonObject& snapshot, const QJsonObject& overview, int window, const QDateTime& now,
                 bool english);

    CurrentTicket ticket;
    RowModel waiting;
    RowModel setAside;
    RowModel windowServices;
    RowModel services;
    RowModel windows;
    RowModel alerts;

    QString windowName() const { return m_windowName; }
    QString windowStatus() const { return m_windowStatus; }
    /// The actions the window's state offers now (UI hints; the service still decides).
    QStringList available() const { return m_available; }

private:
    QString m_windowName;
    QString m_windowStatus;
    QStringList m_available;
};

} // namespace hall
