// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkinflow.h"

#include "bookingslotmodel.h"
#include "client/serviceclient.h"

#include <QJsonArray>
#include <QLoggingCategory>

namespace hall {

namespace {
Q_LOGGING_CATEGORY(lcCheckIn, "hall.kiosk.checkin")
}

CheckInFlow::CheckInFlow(ServiceClient* client, PrintStation* printer, Options options, QObject* parent)
    : KioskFlow(parent), m_client(client), m_printer(printer), m_options(std::move(options)),
      m_requests(client, m_options.requestTimeoutMs)
{
    connect(&m_requests, &JourneyRequests::busyChanged, this, &CheckInFlow::busyChanged);
    m_idInput.setHallDaySource(m_client);
    connect(m_printer, &PrintStation::finished, this, &CheckInFlow::onPrinted);
}

void CheckInFlow::setStep(Step step)
{
    if (m_step != step) {
        m_step = step;
        emit stepChanged();
    }
    emit activity();
}

void CheckInFlow::submitScan(const QString& payload)
{
    if (isBusy() || (m_step != Step::Scan && m_step != Step::Enter) || payload.trimmed().isEmpty()) {
        return;
    }
    checkIn({{QStringLiteral("qrPayload"), payload.trimmed()}});
}

void CheckInFlow::enterCode()
{
    if (m_step == Step::Scan) {
        setStep(Step::Enter);
    }
}

void CheckInFlow::submit()
{
    if (isBusy() || m_step != Step::Enter || !m_code.isComplete() || !m_idInput.isComplete()) {
        return;
    }
    checkIn({{QStringLiteral("code"), m_code.value()}, {QStringLiteral("idNumber"), m_idInput.number()}});
}

void CheckInFlow::checkIn(QJsonObject args)
{
    if (!m_options.office.isEmpty()) {
        args.insert(QStringLiteral("office"), m_options.office);
    }
    // The same check-in keeps its id until answered (JourneyRequests), so a lost answer never issues two
    // tickets; answers to an abandoned check-in are dropped.
    m_requests.change(QStringLiteral("booking.checkIn"), args, [this](const ServiceReply& reply) {
        if (!reply.ok) {
            qCInfo(lcCheckIn).noquote() << "booking.checkIn refused:" << reply.errorCode;
            m_refusal.set(reply.errorCode, reply.errorMessage, {}, reply.errorSentence);
            m_refusedFrom = m_step == Step::Refused ? m_refusedFrom : m_step;
            setStep(Step::Refused);
            emit finished();
            return;
        }
        onTicket(reply.result);
    });
}

QStringList CheckInFlow::serviceNames(const QJsonObject& ticket, bool english) const
{
    const QJsonArray services = m_client->snapshot().value(QLatin1String("services")).toArray();
    QStringList out;
    for (const QJsonValue& e : ticket.value(QLatin1String("errands")).toArray()) {
        const QString id = e.toObject().value(QLatin1String("service")).toString();
        QString name = id;
        for (const QJsonValue& s : services) {
            const QJsonObject o = s.toObject();
            if (o.value(QLatin1String("id")).toString() == id) {
                const QString en = o.value(QLatin1String("nameEn")).toString();
                name = english && !en.isEmpty() ? en : o.value(QLatin1String("nameZh")).toString();
            }
        }
        out << name;
    }
    return out;
}

void CheckInFlow::onTicket(const QJsonObject& result)
{
    const QJsonObject ticket = result.value(QLatin1String("ticket")).toObject();
    const QJsonObject appointment = ticket.value(QLatin1String("appointment")).toObject();
    const QDateTime start =
        QDateTime::fromString(appointment.value(QLatin1String("slotStart")).toString(), Qt::ISODate);
    const QDateTime end =
        QDateTime::fromString(appointment.value(QLatin1String("slotEnd")).toString(), Qt::ISODate);
    m_slot = start.isValid() ? hallClockText(start) + QStringLiteral("–") + hallClockText(end) : QString();
    m_ticket.set(result, serviceNames(ticket, false), serviceNames(ticket, true), m_options.followUrl);
    m_ticket.setEnglish(m_english);
    m_idInput.clear();
    m_code.clear();
    setStep(Step::Done);
    if (!m_ticket.print(m_printer, centreNameOf(m_client))) {
        emit finished();
    }
}

void CheckInFlow::onPrinted(bool ok)
{
    if (m_ticket.printFinished(ok)) {
        emit finished();
    }
}

void CheckInFlow::back()
{
    switch (m_step) {
    case Step::Enter:
        m_code.clear();
        m_idInput.clear();
        setStep(Step::Scan);
        break;
    case Step::Refused:
        m_refusal.clear();
        setStep(m_refusedFrom);
        break;
    default:
        reset();
    }
}

void CheckInFlow::onCardRead(const QString& name, const QString& idNumber)
{
    Q_UNUSED(name)
    if (m_step == Step::Scan || m_step == Step::Enter) {
        m_idInput.setFromCard(idNumber);
        setStep(Step::Enter);
    }
}

void CheckInFlow::reset()
{
    m_requests.abandon();
    m_ticket.abandonPrint(m_printer);
    m_idInput.clear();
    m_code.clear();
    m_ticket.clear();
    m_refusal.clear();
    m_slot.clear();
    if (m_step != Step::Scan) {
        m_step = Step::Scan;
        emit stepChanged();
    }
}

} // namespace hall
