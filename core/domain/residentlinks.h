// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDate>
#include <QString>

#include <optional>

namespace hall {

/// The addresses a resident's phone opens: `BASE/t/DAY/NUMBER/TAG` for a ticket and `BASE/b/CODE/TAG`
/// for a booking. The tag is a short keyed MAC (HMAC-SHA-256 under a key derived from the hall's
/// secret, cut to kTagChars hex digits), so knowing one ticket's address tells nothing about the
/// next number's: numbers cannot be walked. Ticket tags use a key of their business day, so
/// yesterday's addresses say nothing about today's.
class ResidentLinks
{
public:
    static constexpr int kTagChars = 12; ///< 48 bits; guessing is also rate limited per address

    /// `secret`: the hall's secret (at least 16 bytes); `baseUrl`: what the guest network reaches the
    /// residents' listener by ("http://10.0.8.2:7780"); empty when the hall has not configured one.
    ResidentLinks(const QByteArray& secret, QString baseUrl);

    QString ticketTag(QDate day, const QString& number) const;
    QString bookingTag(const QString& code) const;
    /// Compares in constant time; false for anything malformed.
    bool ticketTagValid(QDate day, const QString& number, const QString& tag) const;
    bool bookingTagValid(const QString& code, const QString& tag) const;

    QString baseUrl() const { return m_base; }
    /// Path and full address ("" when no base URL is configured: the caller keeps its old code).
    QString ticketPath(QDate day, const QString& number) const;
    QString bookingPath(const QString& code) const;
    QString ticketUrl(QDate day, const QString& number) const;
    QString bookingUrl(const QString& code) const;

    /// The booking code and tag of a booking address (any host: a scanned code may come from a
    /// printout made under another base URL); nullopt if `text` is not one.
    static std::optional<std::pair<QString, QString>> parseBookingUrl(const QString& text);

private:
    QByteArray m_ticketRoot;
    QByteArray m_bookingKey;
    QString m_base;
};

} // namespace hall
