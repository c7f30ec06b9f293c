// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QQmlEngine>

namespace hall {

class ServiceClient;

/// The hall's business day as the service says (demos and tests run the hall clock elsewhere than
/// the wall clock); the wall-clock date in Asia/Shanghai before the first snapshot.
QDate hallDayOf(const ServiceClient* client);

/// The ID number a resident offers, typed on the keypad or read from the card. Holds the full
/// number only to send it to the service; the screen only ever gets `display` (birth date hidden
/// while typing) or `masked`. `invalid` is the core's own rule (IdNumber::parse on the hall's day),
/// so the keypad and the service never disagree about a number.
class IdInput : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by a kiosk flow")
    Q_PROPERTY(QString display READ display NOTIFY changed FINAL)
    Q_PROPERTY(QString masked READ masked NOTIFY changed FINAL)
    Q_PROPERTY(int length READ length NOTIFY changed FINAL)
    Q_PROPERTY(bool complete READ isComplete NOTIFY changed FINAL)
    Q_PROPERTY(bool invalid READ isInvalid NOTIFY changed FINAL)
    Q_PROPERTY(bool empty READ isEmpty NOTIFY changed FINAL)
    Q_PROPERTY(bool fromCard READ fromCard NOTIFY changed FINAL)

public:
    static constexpr int kLength = 18;

    using QObject::QObject;

    /// What the keypad holds now; anything but digits (and a final X) is dropped.
    Q_INVOKABLE void setTyped(const QString& typed);
    void setFromCard(const QString& number);
    Q_INVOKABLE void clear();

    /// Typed so far, with the birth-date places (7th to 14th character) shown as "*".
    QString display() const;
    /// 110***********1234 once complete, else empty.
    QString masked() const;
    int length() const { return static_cast<int>(m_number.size()); }
    bool isComplete() const { return m_number.size() == kLength; }
    /// Complete, and refused by the core's rule (check character, province, birth date).
    bool isInvalid() const;
    /// Whose business day `invalid` judges birth dates against (no client: the wall-clock date).
    void setHallDaySource(const ServiceClient* client) { m_client = client; }
    bool isEmpty() const { return m_number.isEmpty(); }
    bool fromCard() const { return m_fromCard; }
    /// The full number, for the ticket request only.
    QString number() const { return m_number; }

signals:
    void changed();

private:
    void set(const QString& number, bool fromCard);

    QString m_number;
    bool m_fromCard = false;
    const ServiceClient* m_client = nullptr;
};

} // namespace hall
