// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace hall {

/// Sees every press and key on the kiosk's window before the pages do, so the idle timer hears of
/// each touch without every page having to report it.
class ActivityFilter : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

signals:
    void activity();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
};

} // namespace hall
