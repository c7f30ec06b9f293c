// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendarviews.h"

namespace hall::calendarview {

namespace {

QString statusName(HallDay::Status s)
{
    switch (s) {
    case HallDay::Status::Open:
        return QStringLiteral("open");
    case HallDay::Status::Plan:
        return QStringLiteral("plan");
    case HallDay::Status::Closed:
        break;
    }
    return QStringLiteral("closed");
}

QString hm(QTime t)
{
    return t.toString(QStringLiteral("HH:mm"));
}

} // namespace

QJsonObject day(const HallCalendar& calendar, QDate date, const Catalogue& catalogue)
{
    const HallDay h = calendar.hallDay(date);
    QJsonObject o{{QStringLiteral("date"), date.toString(Qt::ISODate)},
                  {QStringLiteral("status"), statusName(h.status)},
                  {QStringLiteral("reasonZh"), h.reasonZh()},
                  {QStringLiteral("reasonEn"), h.reasonEn()},
                  {QStringLiteral("provisional"), h.day.provisional}};
    if (h.status == HallDay::Status::Open) {
        return o;
    }
    o.insert(QStringLiteral("nextOpen"), calendar.nextOpenDay(date).toString(Qt::ISODate));
    if (h.status == HallDay::Status::Plan) {
        QJsonArray services;
        for (const ServiceHours& s : h.services) {
            const ServiceDef* def = catalogue.service(s.service);
            services.append(QJsonObject{{QStringLiteral("service"), s.service},
                                        {QStringLiteral("nameZh"), def ? def->nameZh : s.service},
                                        {QStringLiteral("nameEn"), def ? def->nameEn : s.service},
                                        {QStringLiteral("from"), hm(s.from)},
                                        {QStringLiteral("until"), hm(s.until)}});
        }
        o.insert(QStringLiteral("planNameZh"), h.planNameZh);
        o.insert(QStringLiteral("planNameEn"), h.planNameEn);
        o.insert(QStringLiteral("services"), services);
    }
    return o;
}

QJsonArray alerts(const HallCalendar& calendar, QDate today)
{
    QJsonArray out;
    for (const CalendarAlert& a : calendar.alerts(today)) {
        out.append(QJsonObject{{QStringLiteral("year"), a.year},
                               {QStringLiteral("currentYear"), a.currentYear},
                               {QStringLiteral("messageZh"), a.messageZh},
                               {QStringLiteral("messageEn"), a.messageEn}});
    }
    return out;
}

} // namespace hall::calendarview
