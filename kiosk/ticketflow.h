// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "idinput.h"
#include "issuedticket.h"
#include "kioskflow.h"
#include "printstation.h"
#include "refusal.h"
#include "servicelistmodel.h"

#include "client/journeyrequests.h"

#include <QObject>
#include <QQmlEngine>

namespace hall {

/// The take-a-ticket journey: choose services → identify (optional ID, optional priority claim) →
/// the ticket, printed, or a refusal. It asks the service and shows what the service answers; the
/// rules (ID validity, age priority, quotas, hours, duplicates) are the service's. The kiosk shell
/// shows its steps as the pages Choose, Identify, Ticket and Refused.
class TicketFlow : public hall::KioskFlow
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("created by KioskShell")
    Q_PROPERTY(Step step READ step NOTIFY stepChanged FINAL)
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged FINAL)
    Q_PROPERTY(
        QString priorityClaim READ priorityClaim WRITE setPriorityClaim NOTIFY priorityClaimChanged FINAL)
    Q_PROPERTY(hall::ServiceListModel* services READ services CONSTANT FINAL)
    Q_PROPERTY(hall::IdInput* idInput READ idInput CONSTANT FINAL)
    Q_PROPERTY(hall::IssuedTicket* ticket READ ticket CONSTANT FINAL)
    Q_PROPERTY(hall::Refusal* refusal READ refusal CONSTANT FINAL)

public:
    enum class Step
    {
        Choose,
        Identify,
        Ticket,
        Refused,
    };
    Q_ENUM(Step)

    struct Options
    {
        int requestTimeoutMs = 8000;
        QString followUrl = QStringLiteral("hall:ticket/{day}/{number}");
    };

    TicketFlow(ServiceClient* client, PrintStation* printer, Options options, QObject* parent = nullptr);

    Step step() const { return m_step; }
    bool isBusy() const { return m_requests.busy(); }
    QString priorityClaim() const { return m_priorityClaim; }
    void setPriorityClaim(const QString& claim);
    ServiceListModel* services() { return &m_services; }
    IdInput* idInput() { return &m_idInput; }
    IssuedTicket* ticket() { return &m_ticket; }
    Refusal* refusal() { return &m_refusal; }

    /// A new journey at the choice of services, with `serviceId` already picked when the resident
    /// tapped its tile at home.
    void start(const QString& serviceId = {});
    Q_INVOKABLE void next();
    /// One step back; from the first step (or the ticket) the flow is left (`left`).
    Q_INVOKABLE void back();
    /// Asks the service for the ticket (repeats keep the requestId until the answer arrives).
    Q_INVOKABLE void submit();
    void reset() override;
    void onCardRead(const QString& name, const QString& idNumber) override;
    void setEnglish(bool english) override;

signals:
    void stepChanged();
    void busyChanged();
    void priorityClaimChanged();
    /// 返回 on the first step: the resident leaves the journey (language and large type stay).
    void left();
    /// A journey ended with a ticket (printed or not) or a refusal; for self-tests and benchmarks.
    void journeyFinished();

private:
    void setStep(Step step);
    void onSnapshot();
    void onReply(const ServiceReply& reply);
    void onPrinted(bool ok);

    ServiceClient* m_client;
    PrintStation* m_printer;
    Options m_options;
    ServiceListModel m_services;
    IdInput m_idInput;
    IssuedTicket m_ticket;
    Refusal m_refusal;
    Step m_step = Step::Choose;
    bool m_english = false;
    QString m_priorityClaim;
    JourneyRequests m_requests;
};

} // namespace hall
