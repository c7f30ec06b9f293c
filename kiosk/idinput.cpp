// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "idinput.h"

#include "client/serviceclient.h"
#include "domain/idnumber.h"

#include <QTimeZone>

namespace hall {

QDate hallDayOf(const ServiceClient* client)
{
    const QDate day =
        client ? QDate::fromString(client->snapshot().value(QLatin1String("day")).toString(), Qt::ISODate)
               : QDate();
    return day.isValid() ? day : QDateTime::currentDateTime().toTimeZone(QTimeZone(8 * 3600)).date();
}

namespace {

QString sanitised(const QString& text)
{
    QString out;
    for (const QChar c : text) {
        if (out.size() == IdInput::kLength) {
            break;
        }
        if (c.isDigit() && c.unicode() < 128) {
            out.append(c);
        } else if ((c == u'X' || c == u'x') && out.size() == IdInput::kLength - 1) {
            out.append(u'X');
        }
    }
    return out;
}

} // namespace

void IdInput::set(const QString& number, bool fromCard)
{
    if (m_number == number && m_fromCard == fromCard) {
        return;
    }
    m_number = number;
    m_fromCard = fromCard;
    emit changed();
}

void IdInput::setTyped(const QString& typed)
{
    set(sanitised(typed), false);
}

void IdInput::setFromCard(const QString& number)
{
    set(sanitised(number), true);
}

void IdInput::clear()
{
    set(QString(), false);
}

bool IdInput::isInvalid() const
{
    return isComplete() && !IdNumber::parse(m_number, hallDayOf(m_client)).ok();
}

QString IdInput::display() const
{
    QString out = m_number;
    for (qsizetype i = 6; i < 14 && i < out.size(); ++i) {
        out[i] = u'*';
    }
    return out;
}

QString IdInput::masked() const
{
    if (!isComplete()) {
        return {};
    }
    return m_number.left(3) + QString(kLength - 7, u'*') + m_number.right(4);
}

} // namespace hall
