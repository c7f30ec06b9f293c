// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "countercontroller.h"
#include "hallprocess.h"
#include "wsclient.h"

#include <QHash>

#include <memory>

namespace hall::test {

/// A real hall-service with a kiosk, two counter devices and an admin device, and two staff: "li"
/// may operate windows 1 and 2, "wang" every window. Builds CounterControllers against it the way
/// hall-counter does (without pages) and issues tickets as the kiosk.
class CounterFixture
{
public:
    /// `serviceFlags` go to hall-service (e.g. --booking-config).
    explicit CounterFixture(const QStringList& serviceFlags = {});

    HallProcess hall;
    QHash<QString, QString> tokens; ///< device name -> token
    std::unique_ptr<WsClient> kiosk;

    CounterController::Options options(const QString& device) const;
    /// A controller for `device`, logged in as `staff` and working `window` (at its desk).
    std::unique_ptr<CounterController> atWindow(const QString& device, const QString& staff, int window);
    /// A connected admin controller (supervisor), at the hall view.
    std::unique_ptr<CounterController> supervisor();
    /// Issues a ticket; returns its number.
    QString issue(const QStringList& services, const QString& priority = QStringLiteral("normal"));
    /// A raw protocol client logged in as wang on counter-2 (for changes behind a controller's back).
    std::unique_ptr<WsClient> wang();
};

/// Runs `action` and waits until its request was answered; true when the service accepted it.
bool act(CounterController& c, const QString& action, const QString& argument = {});
/// The numbers in a RowModel's rows, in order.
QStringList numbers(const RowModel& model);
/// The supervisor board's row of window `number`.
QVariantMap windowRow(CounterController& c, int number);

} // namespace hall::test
