// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QJsonObject>
#include <QObject>
#include <QStringList>

namespace hall {

/// Today in the hall calendar as the resident screens show it, from hall.snapshot's "calendar"
/// (docs/protocol.md): open, opened by the holiday service plan for some services only, or closed
/// with the reason and the day it opens again. Texts are in the screen's language (the service sends
/// both; dates and the plan's lines are put together here in either). No rule is decided here:
/// which services are open today is what the service says.
class HallToday : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString status READ status NOTIFY changed FINAL)
    Q_PROPERTY(bool closed READ closed NOTIFY changed FINAL)
    Q_PROPERTY(bool plan READ plan NOTIFY changed FINAL)
    Q_PROPERTY(QString reason READ reason NOTIFY changed FINAL)
    Q_PROPERTY(QString nextOpenText READ nextOpenText NOTIFY changed FINAL)
    Q_PROPERTY(QString planName READ planName NOTIFY changed FINAL)
    Q_PROPERTY(QString planText READ planText NOTIFY changed FINAL)
    Q_PROPERTY(QStringList openServices READ openServices NOTIFY changed FINAL)

public:
    using QObject::QObject;

    /// `calendar` is the snapshot's "calendar" object (empty: an older service, shown as open).
    void set(const QJsonObject& calendar);
    void setEnglish(bool english);

    /// "open", "plan" or "closed".
    QString status() const;
    bool closed() const { return status() == QLatin1String("closed"); }
    bool plan() const { return status() == QLatin1String("plan"); }
    /// Why the hall is closed or only partly open: "国庆节假期", "星期六", "设备检修" (or in English).
    QString reason() const;
    /// "10月8日（星期四）起正常办理" / "Open as usual from Thursday 8 October"; empty when open.
    QString nextOpenText() const;
    QString planName() const;
    /// "结婚登记 08:30–17:00" per open service, joined; empty unless plan.
    QString planText() const;
    /// Ids of the services open today under the plan (empty unless plan).
    QStringList openServices() const;
    /// Whether a ticket for `service` can be taken today as far as the calendar goes.
    Q_INVOKABLE bool isOpen(const QString& service) const;

signals:
    void changed();

private:
    QString text(const char* zhKey, const char* enKey) const;

    QJsonObject m_calendar;
    bool m_english = false;
};

} // namespace hall
