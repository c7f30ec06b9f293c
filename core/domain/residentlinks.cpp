// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "residentlinks.h"

#include "hmac.h"

#include <QRegularExpression>

namespace hall {

namespace {

QString tagOf(const QByteArray& key, const QString& text)
{
    return QString::fromLatin1(hmacSha256(key, text.toUtf8()).toHex().left(ResidentLinks::kTagChars));
}

bool sameTag(const QString& expected, const QString& given)
{
    if (given.size() != expected.size()) {
        return false;
    }
    // Constant time: where the first wrong digit is must not show in how long the refusal takes.
    ushort diff = 0;
    for (qsizetype i = 0; i < expected.size(); ++i) {
        diff |= expected.at(i).unicode() ^ given.at(i).unicode();
    }
    return diff == 0;
}

} // namespace

ResidentLinks::ResidentLinks(const QByteArray& secret, QString baseUrl)
    // Keys of their own, so a tag can never be replayed as a person key or a fingerprint.
    : m_ticketRoot(hmacSha256(secret, "servicehall resident ticket")),
      m_bookingKey(hmacSha256(secret, "servicehall resident booking")), m_base(std::move(baseUrl))
{
    while (m_base.endsWith(QLatin1Char('/'))) {
        m_base.chop(1);
    }
}

QString ResidentLinks::ticketTag(QDate day, const QString& number) const
{
    const QByteArray dayKey = hmacSha256(m_ticketRoot, day.toString(Qt::ISODate).toLatin1());
    return tagOf(dayKey, number);
}

QString ResidentLinks::bookingTag(const QString& code) const
{
    return tagOf(m_bookingKey, code);
}

bool ResidentLinks::ticketTagValid(QDate day, const QString& number, const QString& tag) const
{
    return day.isValid() && !number.isEmpty() && sameTag(ticketTag(day, number), tag);
}

bool ResidentLinks::bookingTagValid(const QString& code, const QString& tag) const
{
    return !code.isEmpty() && sameTag(bookingTag(code), tag);
}

QString ResidentLinks::ticketPath(QDate day, const QString& number) const
{
    return QStringLiteral("/t/%1/%2/%3").arg(day.toString(Qt::ISODate), number, ticketTag(day, number));
}

QString ResidentLinks::bookingPath(const QString& code) const
{
    return QStringLiteral("/b/%1/%2").arg(code, bookingTag(code));
}

QString ResidentLinks::ticketUrl(QDate day, const QString& number) const
{
    return m_base.isEmpty() ? QString() : m_base + ticketPath(day, number);
}

QString ResidentLinks::bookingUrl(const QString& code) const
{
    return m_base.isEmpty() ? QString() : m_base + bookingPath(code);
}

std::optional<std::pair<QString, QString>> ResidentLinks::parseBookingUrl(const QString& text)
{
    static const QRegularExpression re(
        QStringLiteral("^https?://[^/\\s]+(?:/[^\\s]*)?/b/([A-Za-z0-9-]{1,32})/([0-9a-f]{%1})/?$")
            .arg(kTagChars));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch()) {
        return std::nullopt;
    }
    return std::make_pair(m.captured(1), m.captured(2));
}

} // namespace hall
