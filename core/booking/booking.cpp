// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "booking.h"

namespace hall {

namespace {

const QLatin1String kQrTag("HALLBK1");

} // namespace

QString toString(BookingStatus status)
{
    switch (status) {
    case BookingStatus::Confirmed:
        return QStringLiteral("confirmed");
    case BookingStatus::CheckedIn:
        return QStringLiteral("checkedIn");
    case BookingStatus::Cancelled:
        return QStringLiteral("cancelled");
    case BookingStatus::CancelledByOffice:
        return QStringLiteral("cancelledByOffice");
    case BookingStatus::NoShow:
        return QStringLiteral("noShow");
    }
    return {};
}

std::optional<BookingStatus> bookingStatusFromString(const QString& text)
{
    for (BookingStatus s : {BookingStatus::Confirmed, BookingStatus::CheckedIn, BookingStatus::Cancelled,
                            BookingStatus::CancelledByOffice, BookingStatus::NoShow}) {
        if (toString(s) == text) {
            return s;
        }
    }
    return std::nullopt;
}

QString toString(DivorceStatus status)
{
    switch (status) {
    case DivorceStatus::Pending:
        return QStringLiteral("pending");
    case DivorceStatus::Withdrawn:
        return QStringLiteral("withdrawn");
    case DivorceStatus::DeemedWithdrawn:
        return QStringLiteral("deemedWithdrawn");
    case DivorceStatus::Completed:
        return QStringLiteral("completed");
    }
    return {};
}

std::optional<DivorceStatus> divorceStatusFromString(const QString& text)
{
    for (DivorceStatus s : {DivorceStatus::Pending, DivorceStatus::Withdrawn, DivorceStatus::DeemedWithdrawn,
                            DivorceStatus::Completed}) {
        if (toString(s) == text) {
            return s;
        }
    }
    return std::nullopt;
}

QString Booking::qrPayload() const
{
    return QStringLiteral("%1|%2|%3").arg(kQrTag, office, code);
}

std::optional<std::pair<QString, QString>> parseQrPayload(const QString& payload)
{
    const QStringList parts = payload.trimmed().split(QLatin1Char('|'));
    if (parts.size() != 3 || parts[0] != kQrTag || parts[1].isEmpty() || parts[2].isEmpty()) {
        return std::nullopt;
    }
    return std::make_pair(parts[1], parts[2]);
}

QString coupleKey(const QList<Party>& parties)
{
    QStringList keys;
    for (const Party& p : parties) {
        keys << p.personKey;
    }
    keys.sort();
    return keys.join(QLatin1Char(':'));
}

QString toString(CounsellingOutcome outcome)
{
    switch (outcome) {
    case CounsellingOutcome::None:
        break;
    case CounsellingOutcome::Reconciled:
        return QStringLiteral("reconciled");
    case CounsellingOutcome::Continuing:
        return QStringLiteral("continuing");
    case CounsellingOutcome::Declined:
        return QStringLiteral("declined");
    }
    return {};
}

std::optional<CounsellingOutcome> counsellingOutcomeFromString(const QString& text)
{
    for (CounsellingOutcome o : {CounsellingOutcome::None, CounsellingOutcome::Reconciled,
                                 CounsellingOutcome::Continuing, CounsellingOutcome::Declined}) {
        if (toString(o) == text) {
            return o;
        }
    }
    return std::nullopt;
}

} // namespace hall
