// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "callphrase.h"

namespace hall::callphrase {

namespace {

QString digit(int d)
{
    return QStringLiteral("d%1").arg(d);
}

} // namespace

QStringList ticketNumber(const QString& number)
{
    QStringList keys;
    for (QChar c : number) {
        if (c.isDigit()) {
            keys << digit(c.digitValue());
        } else if (c.isLetter() && c.toLatin1() != 0) {
            keys << QString(c.toUpper());
        }
        // Anything else (a dash, a space) is not read aloud.
    }
    return keys;
}

QStringList counterNumber(int counter)
{
    if (counter <= 0) {
        return {};
    }
    if (counter < 10) {
        return {digit(counter)};
    }
    if (counter < 100) {
        QStringList keys;
        if (counter >= 20) {
            keys << digit(counter / 10);
        }
        keys << QStringLiteral("shi");
        if (counter % 10 != 0) {
            keys << digit(counter % 10);
        }
        return keys;
    }
    return ticketNumber(QString::number(counter));
}

QStringList sentence(const CallAnnouncement& call)
{
    QStringList keys{QStringLiteral("qing")};
    keys << ticketNumber(call.ticketNumber);
    keys << QStringLiteral("hao") << QStringLiteral("dao");
    keys << counterNumber(call.counter);
    keys << QStringLiteral("hao") << QStringLiteral("chuangkou") << QStringLiteral("banli");
    if (call.recall) {
        keys << QStringLiteral("chonghu");
    }
    return keys;
}

QStringList requiredKeys()
{
    QStringList keys{QStringLiteral("chime"),   QStringLiteral("qing"),      QStringLiteral("hao"),
                     QStringLiteral("dao"),     QStringLiteral("chuangkou"), QStringLiteral("banli"),
                     QStringLiteral("chonghu"), QStringLiteral("shi")};
    for (int d = 0; d <= 9; ++d) {
        keys << digit(d);
    }
    for (char c = 'A'; c <= 'Z'; ++c) {
        keys << QString(QLatin1Char(c));
    }
    return keys;
}

} // namespace hall::callphrase
