// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "countercontroller.h"
#include "deskactions.h"
#include "rowmodel.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QVariantMap>

namespace hall {

/// The counter's 辅导 page: for a divorce application (its number, as the 预约 page shows it after
/// recording one), the counselling room's free slots within the cooling-off period with the
/// counsellor on duty, booking one, and recording what came of a session. Shows the couple only
/// masked; every rule is the service's (docs/protocol.md, counselling.*).
class CounsellingDesk : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(hall::CounterController* controller READ controller WRITE setController NOTIFY
                   controllerChanged FINAL)
    Q_PROPERTY(hall::DeskActions* actions READ actions CONSTANT FINAL)
    Q_PROPERTY(hall::RowModel* freeSlots READ slotRows CONSTANT FINAL)
    Q_PROPERTY(hall::RowModel* sessions READ sessions CONSTANT FINAL)
    Q_PROPERTY(int application READ application NOTIFY offerChanged FINAL)
    Q_PROPERTY(QString summary READ summary NOTIFY offerChanged FINAL)
    Q_PROPERTY(QString confirmation READ confirmation NOTIFY offerChanged FINAL)
    Q_PROPERTY(bool reading READ reading NOTIFY readingChanged FINAL)

public:
    explicit CounsellingDesk(QObject* parent = nullptr);

    CounterController* controller() const { return m_controller; }
    void setController(CounterController* controller);
    DeskActions* actions() { return &m_actions; }
    RowModel* slotRows() { return &m_slots; }
    RowModel* sessions() { return &m_sessions; }
    int application() const { return m_application; }
    /// The application in two lines: the couple (masked), its status and the cooling-off period.
    QString summary() const { return m_summary; }
    /// What the couple is told after booking: where, when and with whom.
    QString confirmation() const { return m_confirmation; }
    bool reading() const { return m_reads > 0; }

    /// Reads the offer of application `number` ("12"; counselling.offer).
    Q_INVOKABLE void open(const QString& number);
    Q_INVOKABLE bool book(const QString& slotStart);
    /// `outcome`: reconciled, continuing or declined.
    Q_INVOKABLE bool record(int session, const QString& outcome);

    /// One slot of counselling.offer as a row: start (ISO), day ("11-27 周五"), time, counsellor.
    static QVariantMap slotRow(const QJsonObject& slot);
    /// One CounsellingView as a row: sessionId, when, room, counsellor, outcome, outcomeText, open.
    static QVariantMap sessionRow(const QJsonObject& session);

signals:
    void controllerChanged();
    void offerChanged();
    void readingChanged();

private:
    void onOffer(const QJsonObject& result);
    void reload();

    QPointer<CounterController> m_controller;
    DeskActions m_actions;
    RowModel m_slots;
    RowModel m_sessions;
    int m_application = 0;
    QString m_summary;
    QString m_confirmation;
    int m_reads = 0;
};

} // namespace hall
