// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QObject>
#include <QQmlEngine>
#include <QTimer>

#include <functional>

namespace hall {

/// Date and time in hall time (Asia/Shanghai, UTC+8) for the lobby's header, whatever time zone
/// the display's computer is set to. Ticks every second; the source of "now" is injectable.
class HallClock : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by LobbyController")
    Q_PROPERTY(QString date READ date NOTIFY changed FINAL)
    Q_PROPERTY(QString weekday READ weekday NOTIFY changed FINAL)
    Q_PROPERTY(QString time READ time NOTIFY changed FINAL)

public:
    explicit HallClock(QObject* parent = nullptr);

    void setNow(std::function<QDateTime()> now);
    void setEnglish(bool english);

    /// "2026年11月24日" or "24 November 2026".
    QString date() const;
    /// "星期二" or "Tuesday".
    QString weekday() const;
    /// "10:05".
    QString time() const;

signals:
    void changed();

private:
    QDateTime local() const;

    std::function<QDateTime()> m_now;
    QTimer m_timer;
    QString m_shownTime;
    bool m_english = false;
};

} // namespace hall
