// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportstore.h"

#include "storage/factrows.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace hall::reports {

namespace {

Error failure(const QString& what, const QSqlError& e)
{
    return Error{ErrorCode::StorageFailed, QStringLiteral("报表读取失败 (%1): %2").arg(what, e.text())};
}

QString iso(QDate d)
{
    return d.toString(Qt::ISODate);
}

} // namespace

Result<QDate> ReportStore::currentDay()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT value FROM hall_meta WHERE key = 'day'"))) {
        return failure(QStringLiteral("day"), q.lastError());
    }
    return q.next() ? QDate::fromString(q.value(0).toString(), Qt::ISODate) : QDate();
}

Result<QList<QDate>> ReportStore::daysWithTickets(QDate from, QDate to)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT DISTINCT day FROM tickets WHERE day >= ? AND day <= ? ORDER BY day"));
    q.addBindValue(iso(from));
    q.addBindValue(iso(to));
    if (!q.exec()) {
        return failure(QStringLiteral("days"), q.lastError());
    }
    QList<QDate> out;
    while (q.next()) {
        out.append(QDate::fromString(q.value(0).toString(), Qt::ISODate));
    }
    return out;
}

Result<DayFacts> ReportStore::loadDay(QDate day, bool closed)
{
    DayFacts f;
    f.day = day;
    f.closed = closed;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const auto read = [&](const QString& table, const QString& columns, const QString& order,
                          const auto& take) -> std::optional<Error> {
        q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE day = ? ORDER BY %3").arg(columns, table, order));
        q.addBindValue(iso(day));
        if (!q.exec()) {
            return failure(table, q.lastError());
        }
        while (q.next()) {
            take();
        }
        return std::nullopt;
    };
    if (auto e = read(QStringLiteral("tickets"), rows::ticketColumns(), QStringLiteral("id"),
                      [&] { f.tickets.append(rows::ticketFromRow(q)); })) {
        return *e;
    }
    if (auto e = read(QStringLiteral("visits"), rows::visitColumns(), QStringLiteral("ticket_id, seq"),
                      [&] { f.visits.append(rows::visitFromRow(q)); })) {
        return *e;
    }
    if (auto e = read(QStringLiteral("counter_spans"), rows::spanColumns(),
                      QStringLiteral("counter, started_at"), [&] { f.spans.append(rows::spanFromRow(q)); })) {
        return *e;
    }
    return f;
}

Result<std::map<QDate, Groups>> ReportStore::rollups(Dimension dimension, QDate from, QDate to)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT day, key, counts, waits, service_times FROM report_days"
                             " WHERE dimension = ? AND day >= ? AND day <= ? AND format = ?"));
    q.addBindValue(toString(dimension));
    q.addBindValue(iso(from));
    q.addBindValue(iso(to));
    q.addBindValue(kRollupFormat);
    if (!q.exec()) {
        return failure(QStringLiteral("report_days"), q.lastError());
    }
    std::map<QDate, Groups> out;
    while (q.next()) {
        Figures& f = out[QDate::fromString(q.value(0).toString(), Qt::ISODate)][q.value(1).toString()];
        countsFromJson(QJsonDocument::fromJson(q.value(2).toByteArray()).object(), f);
        if (!appendDurations(q.value(3).toByteArray(), f.waits) ||
            !appendDurations(q.value(4).toByteArray(), f.serviceTimes)) {
            return Error{
                ErrorCode::StorageFailed,
                QStringLiteral("报表数据损坏: %1 %2").arg(q.value(0).toString(), toString(dimension))};
        }
    }
    return out;
}

Result<QList<QDate>> ReportStore::daysWithoutRollup(QDate before, int limit)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT DISTINCT day FROM tickets WHERE day < ? AND day NOT IN"
                             " (SELECT day FROM report_days WHERE dimension = 'total' AND format = ?)"
                             " ORDER BY day LIMIT ?"));
    q.addBindValue(iso(before));
    q.addBindValue(kRollupFormat);
    q.addBindValue(limit);
    if (!q.exec()) {
        return failure(QStringLiteral("days without rollup"), q.lastError());
    }
    QList<QDate> out;
    while (q.next()) {
        out.append(QDate::fromString(q.value(0).toString(), Qt::ISODate));
    }
    return out;
}

std::optional<Error> ReportStore::writeRollup(const DayRollup& rollup)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM report_days WHERE day = ?"));
    q.addBindValue(iso(rollup.day));
    if (!q.exec()) {
        return failure(QStringLiteral("report_days"), q.lastError());
    }
    q.prepare(
        QStringLiteral("INSERT INTO report_days (dimension, day, key, format, counts, waits, service_times)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (const auto& [dimension, groups] : rollup.dimensions) {
        for (const auto& [key, f] : groups) {
            q.bindValue(0, toString(dimension));
            q.bindValue(1, iso(rollup.day));
            q.bindValue(2, key.isEmpty() ? QStringLiteral("") : key); // '' not NULL: the total's key
            q.bindValue(3, kRollupFormat);
            q.bindValue(4, QString::fromUtf8(QJsonDocument(countsToJson(f)).toJson(QJsonDocument::Compact)));
            q.bindValue(5, QString::fromLatin1(durationsToText(f.waits)));
            q.bindValue(6, QString::fromLatin1(durationsToText(f.serviceTimes)));
            if (!q.exec()) {
                return failure(QStringLiteral("report_days"), q.lastError());
            }
        }
    }
    return std::nullopt;
}

} // namespace hall::reports
