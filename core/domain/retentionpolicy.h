// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QStringList>
#include <QTime>

namespace hall {

class JsonConfigReader;

/// How long the hall keeps personal data (names, ID numbers and their masked form, phone numbers, the
/// keyed person hashes), in days after the record stopped being needed; the Personal Information
/// Protection Law (art. 19, 47) asks for no longer than the purpose needs. After its period a record's
/// personal fields are emptied and the record itself kept, so every figure of the reports survives.
/// What the booking penalties need (no-shows and cancellations per person) is kept exactly as long
/// as the penalty rules look back, computed from the booking configuration, not configured here.
struct RetentionPolicy
{
    /// Tickets: the person key and masked ID of a ticket (and the journal's copy of the masked ID),
    /// after the ticket's day. Complaints about a visit come within weeks.
    int ticketDays = 30;
    /// Marriage-registry bookings (parties, names, phone) after the booking's day, and divorce
    /// applications after they were withdrawn or completed.
    int bookingDays = 180;
    /// Cases (applicant's name, ID, phone, their keys, and staff notes) after the case was closed:
    /// a refused applicant may still ask for administrative review (60 days) or sue (6 months).
    int caseDays = 365;
    /// When the nightly run starts, hall time (before the business day rolls over).
    QTime runAt{2, 30};

    bool operator==(const RetentionPolicy&) const = default;
};

namespace retention {

/// Reads the `retention` object of the hall configuration (absent keys keep their defaults); problems
/// go to `reader` by JSON path.
RetentionPolicy read(JsonConfigReader& reader, const QJsonObject& o);

/// The policy as the operator reads it (hall-service --check-config, docs).
QJsonObject toJson(const RetentionPolicy& policy);

} // namespace retention

} // namespace hall
