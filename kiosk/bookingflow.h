// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bookingcalendarmodel.h"
#include "bookingcodeinput.h"
#include "bookingconfirmation.h"
#include "bookingparties.h"
#include "bookingrefusal.h"
#include "bookingslotmodel.h"
#include "idinput.h"
#include "kioskflow.h"
#include "printstation.h"

#include "client/journeyrequests.h"

#include <QObject>
#include <QQmlEngine>

namespace hall {

class ServiceClient;

/// The booking journey of the kiosk's "预约/签到" entry: type → date on the month calendar → slot
/// → both parties and a phone number → confirm → the confirmation printed with its QR code; and
/// "my booking": find by ID number and code, show it (masked), cancel it. Every rule (windows,
/// capacity, age, penalties…) is the service's; this asks and shows the answer. Replies to a
/// journey that was abandoned (idle, home) are ignored.
class BookingFlow : public hall::KioskFlow
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("created by KioskApp")
    Q_PROPERTY(Step step READ step NOTIFY stepChanged FINAL)
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged FINAL)
    Q_PROPERTY(QString type READ type NOTIFY typeChanged FINAL)
    Q_PROPERTY(bool canPreviousMonth READ canPreviousMonth NOTIFY monthChanged FINAL)
    Q_PROPERTY(bool canNextMonth READ canNextMonth NOTIFY monthChanged FINAL)
    Q_PROPERTY(hall::BookingCalendarModel* calendar READ calendar CONSTANT FINAL)
    Q_PROPERTY(hall::BookingSlotModel* timeSlots READ timeSlots CONSTANT FINAL)
    Q_PROPERTY(hall::BookingParties* parties READ parties CONSTANT FINAL)
    Q_PROPERTY(hall::BookingConfirmation* booking READ booking CONSTANT FINAL)
    Q_PROPERTY(hall::BookingRefusal* refusal READ refusal CONSTANT FINAL)
    Q_PROPERTY(hall::IdInput* lookupId READ lookupId CONSTANT FINAL)
    Q_PROPERTY(hall::BookingCodeInput* lookupCode READ lookupCode CONSTANT FINAL)
    Q_PROPERTY(bool cancelled READ cancelled NOTIFY bookingShown FINAL)
    Q_PROPERTY(bool notEntitled READ notEntitled NOTIFY entitlementChanged FINAL)
    Q_PROPERTY(QString notEntitledZh READ notEntitledZh NOTIFY entitlementChanged FINAL)
    Q_PROPERTY(QString notEntitledEn READ notEntitledEn NOTIFY entitlementChanged FINAL)
    Q_PROPERTY(QVariantList entitledOffices READ entitledOffices NOTIFY entitlementChanged FINAL)

public:
    enum class Step
    {
        Type,
        Date,
        Slot,
        Parties,
        Confirm,
        Done, ///< booked: the confirmation, printed or on screen
        Refused,
        Find, ///< "my booking": ID number and code
        Mine, ///< the booking found, with "cancel"
    };
    Q_ENUM(Step)

    struct Options
    {
        QString office;       ///< empty: the service's default office
        int monthsAhead = 13; ///< how far the calendar pages forward (the service decides what is bookable)
        int requestTimeoutMs = 8000;
    };

    BookingFlow(ServiceClient* client, PrintStation* printer, Options options, QObject* parent = nullptr);

    Step step() const { return m_step; }
    bool isBusy() const { return m_requests.busy(); }
    QString type() const { return m_type; }
    BookingCalendarModel* calendar() { return &m_calendar; }
    BookingSlotModel* timeSlots() { return &m_slots; }
    BookingParties* parties() { return &m_parties; }
    BookingConfirmation* booking() { return &m_booking; }
    BookingRefusal* refusal() { return &m_refusal; }
    IdInput* lookupId() { return &m_lookupId; }
    BookingCodeInput* lookupCode() { return &m_lookupCode; }
    bool cancelled() const { return m_cancelled; }
    bool canPreviousMonth() const;
    bool canNextMonth() const;

    /// Type chosen ("marriage", "divorceApplication", "divorceCertificate", "replacement",
    /// "ceremony"): on to the calendar of the current month.
    Q_INVOKABLE void chooseType(const QString& type);
    Q_INVOKABLE void previousMonth();
    Q_INVOKABLE void nextMonth();
    /// A bookable day of the calendar: on to its slots.
    Q_INVOKABLE void chooseDate(const QString& isoDate);
    Q_INVOKABLE void chooseSlot(int row);
    /// Parties complete: on to the summary.
    Q_INVOKABLE void review();
    /// Books (a repeat after no answer keeps the requestId: one booking at most).
    Q_INVOKABLE void submit();
    Q_INVOKABLE void back();
    /// After a refusal for want of an answer: the same action again (same requestId).
    Q_INVOKABLE void retry();
    Q_INVOKABLE void openFind();
    Q_INVOKABLE void find();
    Q_INVOKABLE void cancelBooking();
    /// Forgets everything entered; back to the type choice.
    void reset() override;

    /// The parties' documents make this a 涉港澳台 or 涉外 registration and the office this kiosk
    /// books at is not designated for it (booking.info's `foreignRelated`, the core's rule): the page
    /// says so at once, in the core's words, and offers the offices that are (`{id, nameZh, nameEn}`).
    bool notEntitled() const { return !m_notEntitledZh.isEmpty(); }
    QString notEntitledZh() const { return m_notEntitledZh; }
    QString notEntitledEn() const { return m_notEntitledEn; }
    QVariantList entitledOffices() const { return m_entitledOffices; }
    /// Books at one of `entitledOffices` instead: back to its calendar, the parties kept.
    Q_INVOKABLE void switchOffice(const QString& office);

    /// An ID card on the reader while the parties (or the lookup) are being entered.
    void onCardRead(const QString& name, const QString& idNumber) override;
    void setEnglish(bool english) override
    {
        m_english = english;
        m_refusal.setEnglish(english);
    }

signals:
    void stepChanged();
    void busyChanged();
    void typeChanged();
    void monthChanged();
    void bookingShown();
    void entitlementChanged();
    /// A booking journey ended: booked (printed or not), refused, found or cancelled.
    void finished();

private:
    using Handler = std::function<void(const QJsonObject& result)>;
    void setStep(Step step);
    /// Sends a read, or a change (with its kept requestId); a refusal goes to the refusal page.
    void request(const QString& op, const QJsonObject& args, Handler onOk, bool isChange = false);
    void refuse(const QString& code, const QString& message, const Sentence& sentence = {});
    void loadMonth(QDate firstOfMonth);
    void loadDay(QDate day);
    void printConfirmation();
    void onPrinted(bool ok);
    QDate today() const;
    QJsonObject withOffice(QJsonObject args) const;
    void loadInfo();
    void updateEntitlement();

    /// An office as booking.info describes it: the registrations it is designated for.
    struct OfficeInfo
    {
        QString id;
        QString nameZh;
        QString nameEn;
        QList<Jurisdiction> designated;
    };

    ServiceClient* m_client;
    PrintStation* m_printer;
    Options m_options;
    BookingCalendarModel m_calendar;
    BookingSlotModel m_slots;
    BookingParties m_parties;
    BookingConfirmation m_booking;
    BookingRefusal m_refusal;
    IdInput m_lookupId;
    BookingCodeInput m_lookupCode;
    Step m_step = Step::Type;
    Step m_refusedFrom = Step::Type;
    bool m_cancelled = false;
    bool m_english = false;
    QString m_type;
    JourneyRequests m_requests;
    QString m_office; ///< where this journey books: the kiosk's office, or one the resident chose
    QList<OfficeInfo> m_offices;
    QStringList m_designatedTypes; ///< booking types that need a designated office for such parties
    QString m_notEntitledZh;
    QString m_notEntitledEn;
    QVariantList m_entitledOffices;
};

} // namespace hall
