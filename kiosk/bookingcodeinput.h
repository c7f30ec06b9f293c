// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QQmlEngine>

namespace hall {

/// A booking's confirmation code as typed on the kiosk's letter keypad: the service's alphabet
/// (no 0/O/1/I, which people confuse), upper case, at most eight characters.
class BookingCodeInput : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by BookingFlow or CheckInFlow")
    Q_PROPERTY(QString value READ value NOTIFY changed FINAL)
    Q_PROPERTY(bool complete READ isComplete NOTIFY changed FINAL)

public:
    static constexpr int kLength = 8;
    /// The characters a code is made of (core/booking/confirmationcode.h).
    static QString alphabet() { return QStringLiteral("23456789ABCDEFGHJKLMNPQRSTUVWXYZ"); }

    using QObject::QObject;

    /// Keeps the characters of the alphabet (lower case raised), up to eight.
    Q_INVOKABLE void setTyped(const QString& typed);
    Q_INVOKABLE void clear() { setTyped(QString()); }

    QString value() const { return m_value; }
    bool isComplete() const { return m_value.size() == kLength; }

signals:
    void changed();

private:
    QString m_value;
};

} // namespace hall
