// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendarstore.h"

#include "domain/halltime.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace hall::calendarstore {

namespace {

const QString kPrefix = QStringLiteral("calendar.");

Error failure(const QString& what, const QSqlError& e)
{
    return Error{ErrorCode::StorageFailed, QStringLiteral("日历 %1: %2").arg(what, e.text())};
}

} // namespace

Result<QList<EnteredYear>> load(QSqlDatabase db)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT key, value FROM hall_meta WHERE key LIKE ? ORDER BY key"));
    q.addBindValue(kPrefix + QLatin1Char('%'));
    if (!q.exec()) {
        return failure(QStringLiteral("load"), q.lastError());
    }
    QList<EnteredYear> out;
    while (q.next()) {
        const int year = q.value(0).toString().mid(kPrefix.size()).toInt();
        const QJsonObject o = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
        QStringList problems;
        auto a = YearArrangement::fromJson(year, o.value(QStringLiteral("arrangement")),
                                           q.value(0).toString(), problems);
        if (!a) {
            return Error{ErrorCode::StorageFailed, QStringLiteral("日历 %1 年的记录已损坏: %2")
                                                       .arg(year)
                                                       .arg(problems.join(QStringLiteral("; ")))};
        }
        a->origin = YearArrangement::Origin::Entered;
        out << EnteredYear{*a, halltime::fromIso(o.value(QStringLiteral("enteredAt")).toString()),
                           o.value(QStringLiteral("enteredBy")).toString()};
    }
    return out;
}

std::optional<Error> save(QSqlDatabase db, const EnteredYear& year)
{
    const QJsonObject o{{QStringLiteral("arrangement"), year.arrangement.toJson()},
                        {QStringLiteral("enteredAt"), halltime::toIso(year.enteredAt)},
                        {QStringLiteral("enteredBy"), year.enteredBy}};
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO hall_meta (key, value) VALUES (?, ?)"
                             " ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(kPrefix + QString::number(year.arrangement.year));
    q.addBindValue(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
    if (!q.exec()) {
        return failure(QStringLiteral("save"), q.lastError());
    }
    return std::nullopt;
}

CalendarConfig withEntered(CalendarConfig config, const QList<EnteredYear>& entered)
{
    for (const EnteredYear& e : entered) {
        YearArrangement a = e.arrangement;
        a.origin = YearArrangement::Origin::Entered;
        config.years[a.year] = a;
    }
    return config;
}

Result<HallConfig> loadHall(const QString& path, QSqlDatabase db)
{
    auto config = path.isEmpty() ? Result<HallConfig>(defaultHallConfig()) : loadHallConfig(path);
    if (!config) {
        return config.error();
    }
    auto entered = load(db);
    if (!entered) {
        return entered.error();
    }
    HallConfig hall = std::move(config).value();
    hall.calendar =
        std::make_shared<const HallCalendar>(withEntered(hall.calendar->config(), entered.value()));
    return hall;
}

} // namespace hall::calendarstore
