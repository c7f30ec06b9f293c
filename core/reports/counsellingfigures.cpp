// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "counsellingfigures.h"

#include <QSqlError>
#include <QSqlQuery>

namespace hall::reports {

Result<CounsellingCounts> counsellingReport(QSqlDatabase db, QDate from, QDate to)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // start_at is ISO-8601 in hall time: its first ten characters are the hall's date.
    q.prepare(QStringLiteral("SELECT COALESCE(outcome, ''), COUNT(*)"
                             " FROM counselling_sessions WHERE substr(start_at, 1, 10) >= ?"
                             " AND substr(start_at, 1, 10) <= ? GROUP BY COALESCE(outcome, '')"));
    q.addBindValue(from.toString(Qt::ISODate));
    q.addBindValue(to.toString(Qt::ISODate));
    if (!q.exec()) {
        return Error{ErrorCode::StorageFailed,
                     QStringLiteral("报表读取失败 (counselling_sessions): %1").arg(q.lastError().text())};
    }
    CounsellingCounts c;
    while (q.next()) {
        const QString outcome = q.value(0).toString();
        const int n = q.value(1).toInt();
        c.sessions += n;
        if (outcome == QLatin1String("reconciled")) {
            c.reconciled += n;
        } else if (outcome == QLatin1String("continuing")) {
            c.continuing += n;
        } else if (outcome == QLatin1String("declined")) {
            c.declined += n;
        } else {
            c.pending += n;
        }
    }
    q.prepare(QStringLiteral("SELECT COUNT(DISTINCT application) FROM counselling_sessions"
                             " WHERE substr(start_at, 1, 10) >= ? AND substr(start_at, 1, 10) <= ?"));
    q.addBindValue(from.toString(Qt::ISODate));
    q.addBindValue(to.toString(Qt::ISODate));
    if (!q.exec() || !q.next()) {
        return Error{ErrorCode::StorageFailed,
                     QStringLiteral("报表读取失败 (counselling_sessions): %1").arg(q.lastError().text())};
    }
    c.couples = q.value(0).toInt();
    return c;
}

} // namespace hall::reports
