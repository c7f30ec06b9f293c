// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bookingconfig.h"
#include "bookingtype.h"
#include "domain/persondocument.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace hall {

enum class BookingStatus
{
    Confirmed,
    CheckedIn,
    Cancelled,         ///< by the couple: counts towards penalties
    CancelledByOffice, ///< a closed day: counts towards nothing
    NoShow,
};

QString toString(BookingStatus status);
std::optional<BookingStatus> bookingStatusFromString(const QString& text);

/// One person of a booking. The full ID number is never kept: the key recognises the person, the
/// masked form is what people see. Name and phone are kept to notify the couple (sealed in storage).
struct Party
{
    QString personKey;
    QString maskedId;
    QString name; ///< empty when the number was typed, not read from the card
    DocumentType document = DocumentType::MainlandId;
    bool operator==(const Party&) const = default;
};

/// Who made a change on a resident's behalf: the staff account and how the resident asked (a phone
/// call, at the counter). Empty staff: the resident themself (kiosk, phone page).
struct BookingActor
{
    QString staff;
    QString channel; ///< "phone" or "walkIn" with staff; "residentPage:CLASS" without
    bool operator==(const BookingActor&) const = default;

    /// The couple on their own booking page (the resident's phone), from an address of `addressClass`
    /// ("private", "public", …): audited like a staff action, with no address and no person in it.
    static BookingActor residentPage(const QString& addressClass)
    {
        return {QString(), QStringLiteral("residentPage:") + addressClass};
    }
    bool isResidentPage() const
    {
        return staff.isEmpty() && channel.startsWith(QLatin1String("residentPage:"));
    }
};

/// One staff action on a booking, kept for audit: who, when, how the resident asked, and what.
struct BookingAuditEntry
{
    qint64 id = 0;
    QString code;
    QDateTime at;
    QString action; ///< "created", "moved", "cancelled", "noShow"
    QString staff;
    QString channel;
    QString detail; ///< e.g. "2026-12-08 09:00 → 2026-12-10 14:00"
    bool operator==(const BookingAuditEntry&) const = default;
};

/// A confirmed (or formerly confirmed) visit of a couple to a registry office.
struct Booking
{
    QString code; ///< confirmation code, also the reference on the appointment ticket
    QString requestId;
    QString fingerprint; ///< of the request, to tell a repeat from a different request with the same id
    QString office;
    BookingType type = BookingType::Marriage;
    QDate day;
    QDateTime slotStart;
    QDateTime slotEnd;
    BookingStatus status = BookingStatus::Confirmed;
    QList<Party> parties; ///< two, except a replacement certificate for one person
    QString phone;
    QString hall;                  ///< ceremony hall
    QString officiant;             ///< ceremony officiant
    qint64 divorceApplication = 0; ///< the application a certificate visit belongs to
    /// A marriage registration: the first date on which both are of legal age (kept sealed, with the
    /// contact data), so a move to another date is checked without the ID numbers.
    QDate eligibleFrom;
    QDateTime createdAt;
    QDateTime changedAt;

    /// What the QR code on the confirmation carries: "HALLBK1|office|code".
    QString qrPayload() const;
    bool operator==(const Booking&) const = default;
};

/// Parses a QR payload into office and code; nullopt if it is not one of ours.
std::optional<std::pair<QString, QString>> parseQrPayload(const QString& payload);

/// A no-show or a cancellation by the couple, kept per person for the penalty rules.
struct PersonEvent
{
    qint64 id = 0;
    QString personKey;
    PersonEventKind kind = PersonEventKind::NoShow;
    QDateTime at;
    QString bookingCode;
    bool operator==(const PersonEvent&) const = default;
};

enum class DivorceStatus
{
    Pending,         ///< cooling off, or waiting for the certificate visit
    Withdrawn,       ///< by either party within the cooling-off period
    DeemedWithdrawn, ///< nobody came for the certificate in time
    Completed,       ///< certificate issued
};

QString toString(DivorceStatus status);
std::optional<DivorceStatus> divorceStatusFromString(const QString& text);

/// A divorce application received at the counter (the first of the two visits).
struct DivorceApplication
{
    qint64 id = 0;
    QString office;
    QList<Party> parties;
    QDate appliedOn;
    DivorceStatus status = DivorceStatus::Pending;
    QDateTime changedAt;
    QString recordedBy; ///< staff
    bool operator==(const DivorceApplication&) const = default;
};

/// What came of counselling (婚姻家庭辅导) during the cooling-off period. None: not yet held.
enum class CounsellingOutcome
{
    None,
    Reconciled, ///< the couple reconciled and withdrew the divorce application
    Continuing, ///< another session may follow; the divorce runs on as the law says
    Declined,   ///< the couple declined counselling (also before the session: the room is freed)
};

QString toString(CounsellingOutcome outcome);
std::optional<CounsellingOutcome> counsellingOutcomeFromString(const QString& text);

/// One session of the counselling room, booked by staff for the couple of a divorce application. It
/// holds no personal data of its own (the application holds the couple, masked); it never changes the
/// application's legal periods.
struct CounsellingSession
{
    qint64 id = 0;
    qint64 application = 0;
    QString office;
    QDateTime start;
    QDateTime end;
    QString room;
    QString counsellor;
    CounsellingOutcome outcome = CounsellingOutcome::None;
    QString bookedBy;
    QString recordedBy;
    QDateTime createdAt;
    QDateTime changedAt;
    bool operator==(const CounsellingSession&) const = default;
};

/// A free slot of the counselling room and who counsels in it.
struct CounsellingSlot
{
    QDateTime start;
    QDateTime end;
    QString counsellor;
};

/// A date the office cancelled (emergency closure): no new bookings, every booking cancelled.
struct DayClosure
{
    QString office;
    QDate day;
    QString reason;
    QDateTime at;
    QString staff;
    bool operator==(const DayClosure&) const = default;
};

/// The couple key: both person keys in a fixed order.
QString coupleKey(const QList<Party>& parties);

} // namespace hall
