// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bookingcodeinput.h"
#include "bookingrefusal.h"
#include "checkincamera.h"
#include "idinput.h"
#include "issuedticket.h"
#include "kioskflow.h"
#include "printstation.h"

#include "client/journeyrequests.h"

#include <QObject>
#include <QQmlEngine>

namespace hall {

class ServiceClient;

/// Check-in for a booked visit: the booking's QR code (keyboard-wedge or camera scanner) or the
/// confirmation code with an ID number of the couple. The service checks the window, the couple
/// and the type and issues a ticket linked to the appointment, which the kiosk prints like any
/// ticket; a refusal says why.
class CheckInFlow : public hall::KioskFlow
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("created by KioskApp")
    Q_PROPERTY(Step step READ step NOTIFY stepChanged FINAL)
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged FINAL)
    Q_PROPERTY(hall::IdInput* idInput READ idInput CONSTANT FINAL)
    Q_PROPERTY(hall::BookingCodeInput* code READ code CONSTANT FINAL)
    Q_PROPERTY(hall::IssuedTicket* ticket READ ticket CONSTANT FINAL)
    Q_PROPERTY(hall::BookingRefusal* refusal READ refusal CONSTANT FINAL)
    Q_PROPERTY(QString slot READ slot NOTIFY stepChanged FINAL)
    /// The QR camera whose preview the scan page shows; null without one (the page is as before).
    Q_PROPERTY(hall::CheckInCamera* camera READ camera CONSTANT FINAL)

public:
    enum class Step
    {
        Scan,  ///< waiting for a QR code; "enter the code instead" leads to Enter
        Enter, ///< confirmation code and ID number on the keypads
        Done,  ///< the appointment ticket, printed or on screen
        Refused,
    };
    Q_ENUM(Step)

    struct Options
    {
        QString office; ///< empty: the service's default office
        int requestTimeoutMs = 8000;
        QString followUrl = QStringLiteral("hall:ticket/{day}/{number}");
    };

    CheckInFlow(ServiceClient* client, PrintStation* printer, Options options, QObject* parent = nullptr);

    Step step() const { return m_step; }
    bool isBusy() const { return m_requests.busy(); }
    IdInput* idInput() { return &m_idInput; }
    BookingCodeInput* code() { return &m_code; }
    IssuedTicket* ticket() { return &m_ticket; }
    BookingRefusal* refusal() { return &m_refusal; }
    /// "09:00–09:30" of the booking checked in.
    QString slot() const { return m_slot; }
    CheckInCamera* camera() const { return m_camera; }
    /// Set once by KioskApp, before the pages load.
    void setCamera(CheckInCamera* camera) { m_camera = camera; }

    /// A scanned code (wedge scanner, camera): checks in at once on the Scan and Enter steps.
    Q_INVOKABLE void submitScan(const QString& payload);
    Q_INVOKABLE void enterCode();
    /// Code and ID number complete: checks in.
    Q_INVOKABLE void submit();
    Q_INVOKABLE void back();
    /// Forgets everything; back to Scan.
    void reset() override;
    void onCardRead(const QString& name, const QString& idNumber) override;
    void onScan(const QString& payload) override { submitScan(payload); }
    void setEnglish(bool english) override
    {
        m_english = english;
        m_refusal.setEnglish(english);
    }

signals:
    void stepChanged();
    void busyChanged();
    /// A check-in ended with a ticket (printed or not) or a refusal.
    void finished();

private:
    void setStep(Step step);
    void checkIn(QJsonObject args);
    void onTicket(const QJsonObject& result);
    void onPrinted(bool ok);
    QStringList serviceNames(const QJsonObject& ticket, bool english) const;

    ServiceClient* m_client;
    PrintStation* m_printer;
    Options m_options;
    IdInput m_idInput;
    BookingCodeInput m_code;
    IssuedTicket m_ticket;
    BookingRefusal m_refusal;
    Step m_step = Step::Scan;
    Step m_refusedFrom = Step::Scan;
    QString m_slot;
    bool m_english = false;
    JourneyRequests m_requests;
    CheckInCamera* m_camera = nullptr;
};

} // namespace hall
