// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "caselookupflow.h"

#include "bookingparties.h"

#include "client/serviceclient.h"

#include <QJsonArray>

namespace hall {

CaseLookupFlow::CaseLookupFlow(ServiceClient* client, PrintStation* printer, QObject* parent)
    : KioskFlow(parent), m_client(client), m_printer(printer), m_requests(client)
{
    connect(&m_requests, &JourneyRequests::busyChanged, this, &CaseLookupFlow::busyChanged);
    m_id.setHallDaySource(m_client);
    connect(&m_id, &IdInput::changed, this, &CaseLookupFlow::secondChanged);
    connect(m_printer, &PrintStation::finished, this, [this](bool ok) {
        if (m_printing) {
            m_printing = false;
            setPrintNote(ok ? tr("已打印，请取走凭条") : tr("打印失败，请记下办件编号"));
        }
    });
}

void CaseLookupFlow::setStep(Step step)
{
    if (m_step != step) {
        m_step = step;
        emit stepChanged();
    }
    emit activity();
}

void CaseLookupFlow::setPrintNote(const QString& note)
{
    if (m_printNote != note) {
        m_printNote = note;
        emit printNoteChanged();
    }
}

QString CaseLookupFlow::secondDisplay() const
{
    return m_byCaseNumber ? m_second : maskedTypedPhone(m_second);
}

void CaseLookupFlow::setByCaseNumber(bool byCaseNumber)
{
    if (m_byCaseNumber != byCaseNumber) {
        m_byCaseNumber = byCaseNumber;
        m_second.clear();
        emit secondChanged();
    }
}

void CaseLookupFlow::setSecondTyped(const QString& typed)
{
    QString digits;
    for (const QChar c : typed) {
        if (c.isDigit()) {
            digits += c;
        }
    }
    digits.truncate(m_byCaseNumber ? 20 : 11);
    if (digits != m_second) {
        m_second = digits;
        emit secondChanged();
    }
    emit activity();
}

bool CaseLookupFlow::canSubmit() const
{
    const bool secondOk = m_byCaseNumber ? m_second.size() >= 6 : m_second.size() == 11;
    return m_id.isComplete() && secondOk && !isBusy();
}

void CaseLookupFlow::submit()
{
    if (!canSubmit()) {
        return;
    }
    QJsonObject args{{QStringLiteral("idNumber"), m_id.number()}};
    args.insert(m_byCaseNumber ? QStringLiteral("caseNumber") : QStringLiteral("phone"), m_second);
    // Answers that arrive after the resident has gone are dropped (JourneyRequests).
    m_requests.read(QStringLiteral("case.lookup"), args, [this](const ServiceReply& reply) {
        if (!reply.ok) {
            m_errorCode = reply.errorCode;
            // Known refusals in our (translated) words; others, like RATE_LIMITED with the time to come
            // back, in the service's.
            if (reply.errorCode == QLatin1String("TIMEOUT") ||
                reply.errorCode == QLatin1String("DISCONNECTED")) {
                m_message = tr("暂时无法查询，请稍后再试或到窗口咨询");
            } else if (reply.errorCode == QLatin1String("NO_MATCH")) {
                m_message = tr("未查到匹配的办理记录");
            } else if (reply.errorCode == QLatin1String("INVALID_ID_NUMBER")) {
                m_message = tr("身份证号码无效，请核对后重新输入");
            } else {
                m_message = reply.errorMessage;
            }
            setStep(Step::Refused);
            return;
        }
        m_errorCode.clear();
        m_message.clear();
        m_cases.setCases(reply.result.value(QLatin1String("cases")).toArray());
        setPrintNote({});
        setStep(Step::Results);
    });
}

void CaseLookupFlow::back()
{
    // 查询其他: the next person at the kiosk starts from nothing (the ID stayed once).
    reset();
    emit activity();
}

void CaseLookupFlow::printSlip(int row)
{
    if (row < 0 || row >= m_cases.rowCount() || m_printing) {
        return;
    }
    const QModelIndex i = m_cases.index(row);
    PrintedTicket slip;
    slip.centreName = centreNameOf(m_client, m_english);
    slip.number = m_cases.data(i, CaseModel::NumberRole).toString();
    // Slips are read later by the resident: always Chinese, no name, no ID, no phone.
    const QJsonObject c = m_cases.caseAt(row);
    slip.serviceName = c.value(QLatin1String("typeZh")).toString();
    slip.issuedAt = QDateTime::currentDateTimeUtc();
    slip.peopleAhead = -1;
    slip.notice = c.value(QLatin1String("nextZh")).toString();
    slip.qrPayload = slip.number;
    slip.timeLabel = tr("打印时间");
    slip.qrCaption = tr("办件编号");
    m_printing = m_printer->print(slip);
    setPrintNote(m_printing ? tr("正在打印…") : tr("打印机暂时不可用，请记下办件编号"));
    emit activity();
}

void CaseLookupFlow::reset()
{
    m_requests.abandon();
    m_id.clear();
    m_second.clear();
    m_byCaseNumber = false;
    m_cases.clear();
    m_message.clear();
    m_errorCode.clear();
    if (m_printing) {
        m_printer->abandon();
        m_printing = false;
    }
    setPrintNote({});
    emit secondChanged();
    if (m_step != Step::Enter) {
        m_step = Step::Enter;
        emit stepChanged();
    }
}

void CaseLookupFlow::setEnglish(bool english)
{
    m_english = english;
    m_cases.setEnglish(english);
}

void CaseLookupFlow::onCardRead(const QString& name, const QString& idNumber)
{
    Q_UNUSED(name)
    m_id.setFromCard(idNumber);
    emit activity();
}

} // namespace hall
