// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "casemodel.h"
#include "idinput.h"
#include "kioskflow.h"
#include "printstation.h"

#include "client/journeyrequests.h"

#include <QObject>
#include <QQmlEngine>

namespace hall {

class ServiceClient;

/// The kiosk's "办理进度查询": the ID number (card or keypad) plus the phone number given when
/// applying or a case number → the resident's cases with their timelines, and a status slip on
/// request. Matching, the neutral miss and the rate limit are the service's (case.lookup); this
/// asks and shows. Everything entered is forgotten when the resident leaves (reset at home/idle).
class CaseLookupFlow : public hall::KioskFlow
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("created by KioskApp")
    Q_PROPERTY(Step step READ step NOTIFY stepChanged FINAL)
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged FINAL)
    Q_PROPERTY(hall::IdInput* idInput READ idInput CONSTANT FINAL)
    Q_PROPERTY(bool byCaseNumber READ byCaseNumber WRITE setByCaseNumber NOTIFY secondChanged FINAL)
    Q_PROPERTY(QString second READ second NOTIFY secondChanged FINAL)
    /// What the screen shows of it: a phone number with its middle four digits hidden.
    Q_PROPERTY(QString secondDisplay READ secondDisplay NOTIFY secondChanged FINAL)
    Q_PROPERTY(bool canSubmit READ canSubmit NOTIFY secondChanged FINAL)
    Q_PROPERTY(hall::CaseModel* cases READ cases CONSTANT FINAL)
    Q_PROPERTY(QString message READ message NOTIFY stepChanged FINAL)
    Q_PROPERTY(QString errorCode READ errorCode NOTIFY stepChanged FINAL)
    Q_PROPERTY(QString printNote READ printNote NOTIFY printNoteChanged FINAL)

public:
    enum class Step
    {
        Enter,   ///< ID and phone (or case number)
        Results, ///< the cases found
        Refused, ///< no match, rate limited, invalid ID, service unreachable
    };
    Q_ENUM(Step)

    CaseLookupFlow(ServiceClient* client, PrintStation* printer, QObject* parent = nullptr);

    Step step() const { return m_step; }
    bool isBusy() const { return m_requests.busy(); }
    IdInput* idInput() { return &m_id; }
    bool byCaseNumber() const { return m_byCaseNumber; }
    void setByCaseNumber(bool byCaseNumber);
    QString second() const { return m_second; }
    QString secondDisplay() const;
    bool canSubmit() const;
    CaseModel* cases() { return &m_cases; }
    QString message() const { return m_message; }
    QString errorCode() const { return m_errorCode; }
    QString printNote() const { return m_printNote; }

    /// The phone number (11 digits) or case number (6–20 digits) as typed; other characters dropped.
    Q_INVOKABLE void setSecondTyped(const QString& typed);
    Q_INVOKABLE void submit();
    /// Results or refusal → the entry page (the ID stays, the second field is cleared).
    Q_INVOKABLE void back();
    /// Prints the status slip of case `row`: type, step, what next, and a QR code of the case number.
    Q_INVOKABLE void printSlip(int row);
    void reset() override;
    void onCardRead(const QString& name, const QString& idNumber) override;
    void setEnglish(bool english) override;

signals:
    void stepChanged();
    void busyChanged();
    void secondChanged();
    void printNoteChanged();

private:
    void setStep(Step step);
    void setPrintNote(const QString& note);

    ServiceClient* m_client;
    PrintStation* m_printer;
    bool m_english = false;
    IdInput m_id;
    CaseModel m_cases;
    Step m_step = Step::Enter;
    bool m_byCaseNumber = false;
    bool m_printing = false;
    QString m_second;
    QString m_message;
    QString m_errorCode;
    QString m_printNote;
    JourneyRequests m_requests;
};

} // namespace hall
