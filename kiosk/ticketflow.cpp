// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ticketflow.h"

#include <QJsonArray>
#include <QLoggingCategory>

namespace hall {

namespace {
Q_LOGGING_CATEGORY(lcTicket, "hall.kiosk")
}

TicketFlow::TicketFlow(ServiceClient* client, PrintStation* printer, Options options, QObject* parent)
    : KioskFlow(parent), m_client(client), m_printer(printer), m_options(std::move(options)),
      m_requests(client, m_options.requestTimeoutMs)
{
    m_idInput.setHallDaySource(m_client);
    connect(&m_requests, &JourneyRequests::busyChanged, this, &TicketFlow::busyChanged);
    connect(m_client, &ServiceClient::snapshotChanged, this, &TicketFlow::onSnapshot);
    connect(m_printer, &PrintStation::finished, this, &TicketFlow::onPrinted);
}

void TicketFlow::onSnapshot()
{
    m_services.setServices(m_client->snapshot().value(QLatin1String("services")).toArray());
}

void TicketFlow::setEnglish(bool english)
{
    m_english = english;
    m_services.setEnglish(english);
    m_ticket.setEnglish(english);
    m_refusal.setEnglish(english);
}

void TicketFlow::setPriorityClaim(const QString& claim)
{
    static const QStringList allowed{QString(), QStringLiteral("disabled"), QStringLiteral("military"),
                                     QStringLiteral("pregnant")};
    const QString next = allowed.contains(claim) ? claim : QString();
    if (next != m_priorityClaim) {
        m_priorityClaim = next;
        emit priorityClaimChanged();
    }
}

void TicketFlow::setStep(Step step)
{
    if (m_step != step) {
        m_step = step;
        emit stepChanged();
    }
    emit activity();
}

void TicketFlow::start(const QString& serviceId)
{
    m_services.clearSelection();
    if (!serviceId.isEmpty()) {
        m_services.select(serviceId);
    }
    setStep(Step::Choose);
}

void TicketFlow::next()
{
    if (m_step == Step::Choose && m_services.selectedCount() > 0) {
        setStep(Step::Identify);
    }
}

void TicketFlow::back()
{
    switch (m_step) {
    case Step::Identify:
        setStep(Step::Choose);
        break;
    case Step::Refused:
        m_refusal.clear();
        if (m_services.selectedCount() > 0) {
            setStep(Step::Identify);
        } else {
            emit left();
        }
        break;
    default:
        // 返回 is one step back, not "start again": the resident's large type and language stay
        // (only 返回首页 and the idle timer reset them).
        emit left();
    }
}

void TicketFlow::submit()
{
    if (isBusy() || m_services.selectedCount() == 0 || !(m_idInput.isEmpty() || m_idInput.isComplete())) {
        return;
    }
    QJsonObject args{{QStringLiteral("services"), QJsonArray::fromStringList(m_services.selectedIds())}};
    if (!m_priorityClaim.isEmpty()) {
        args.insert(QStringLiteral("priority"), m_priorityClaim);
    }
    if (m_idInput.isComplete()) {
        args.insert(QStringLiteral("idNumber"), m_idInput.number());
    }
    // The same errands, ID and claim keep their requestId until answered (JourneyRequests), so a
    // retry after a lost reply can never give the resident a second ticket.
    m_requests.change(QStringLiteral("ticket.issue"), args,
                      [this](const ServiceReply& reply) { onReply(reply); });
}

void TicketFlow::onReply(const ServiceReply& reply)
{
    if (!reply.ok) {
        qCInfo(lcTicket).noquote() << "ticket.issue refused:" << reply.errorCode;
        m_refusal.set(reply.errorCode, reply.errorMessage, reply.errorSentence);
        setStep(Step::Refused);
        emit journeyFinished();
        return;
    }
    const bool wasEnglish = m_english;
    m_services.setEnglish(true);
    const QStringList namesEn = m_services.selectedNames();
    m_services.setEnglish(wasEnglish);
    m_ticket.set(reply.result, m_services.selectedNamesZh(), namesEn, m_options.followUrl);
    // The ID number has done its job; nothing of it stays on the kiosk.
    m_idInput.clear();
    setStep(Step::Ticket);
    if (!m_ticket.print(m_printer, centreNameOf(m_client))) {
        emit journeyFinished();
    }
}

void TicketFlow::onPrinted(bool ok)
{
    if (m_ticket.printFinished(ok)) {
        emit journeyFinished();
    }
}

void TicketFlow::onCardRead(const QString& name, const QString& idNumber)
{
    Q_UNUSED(name) // the ticket needs the number only
    if (m_step == Step::Choose || m_step == Step::Identify) {
        m_idInput.setFromCard(idNumber);
        emit activity();
    }
}

void TicketFlow::reset()
{
    m_requests.abandon();
    m_ticket.abandonPrint(m_printer);
    m_services.clearSelection();
    m_idInput.clear();
    m_ticket.clear();
    m_refusal.clear();
    setPriorityClaim({});
    if (m_step != Step::Choose) {
        m_step = Step::Choose;
        emit stepChanged();
    }
}

} // namespace hall
