// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QObject>
#include <QQmlEngine>
#include <QStringList>

namespace hall {

/// The ticket in hand at this window, as the service last said: number, errands (the current one
/// marked), priority, how long the resident waited before being called, the masked ID and the
/// appointment. Empty (present = false) when the window has no ticket.
class CurrentTicket : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by CounterController")
    Q_PROPERTY(bool present READ present NOTIFY changed FINAL)
    Q_PROPERTY(QString number READ number NOTIFY changed FINAL)
    Q_PROPERTY(QString state READ state NOTIFY changed FINAL)
    Q_PROPERTY(QString stateText READ stateText NOTIFY changed FINAL)
    Q_PROPERTY(QStringList errands READ errands NOTIFY changed FINAL)
    Q_PROPERTY(int currentErrand READ currentErrand NOTIFY changed FINAL)
    Q_PROPERTY(QString service READ service NOTIFY changed FINAL)
    Q_PROPERTY(QString serviceId READ serviceId NOTIFY changed FINAL)
    Q_PROPERTY(QString priorityText READ priorityText NOTIFY changed FINAL)
    Q_PROPERTY(int waitedMinutes READ waitedMinutes NOTIFY changed FINAL)
    Q_PROPERTY(int recalls READ recalls NOTIFY changed FINAL)
    Q_PROPERTY(QString idRef READ idRef NOTIFY changed FINAL)
    Q_PROPERTY(QString appointment READ appointment NOTIFY changed FINAL)

public:
    using QObject::QObject;

    /// `ticket` is the window's ticket from the snapshot (empty for none); names come from `snapshot`.
    void update(const QJsonObject& ticket, const QJsonObject& snapshot, bool english);

    bool present() const { return !m_number.isEmpty(); }
    QString number() const { return m_number; }
    QString state() const { return m_state; }
    QString stateText() const;
    QStringList errands() const { return m_errands; }
    int currentErrand() const { return m_currentErrand; }
    QString service() const { return m_errands.value(m_currentErrand); }
    QString serviceId() const { return m_serviceId; }
    QString priorityText() const { return m_priorityText; }
    int waitedMinutes() const { return m_waitedMinutes; }
    int recalls() const { return m_recalls; }
    QString idRef() const { return m_idRef; }
    QString appointment() const { return m_appointment; }

signals:
    void changed();

private:
    QJsonObject m_source;
    QString m_number;
    QString m_state;
    QStringList m_errands;
    int m_currentErrand = 0;
    QString m_serviceId;
    QString m_priorityText;
    int m_waitedMinutes = 0;
    int m_recalls = 0;
    QString m_idRef;
    QString m_appointment;
    bool m_english = false;
};

} // namespace hall
