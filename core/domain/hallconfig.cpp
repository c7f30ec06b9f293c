// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "hallconfig.h"

#include "configoverlay.h"
#include "jsonconfigreader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace hall {

namespace {

using Reader = JsonConfigReader;

ServiceDef readService(Reader& r, const QJsonObject& o, const QString& path)
{
    ServiceDef s;
    s.id = r.string(o, QStringLiteral("id"), path);
    const QString prefix = r.string(o, QStringLiteral("prefix"), path);
    if (prefix.size() == 1) {
        s.prefix = prefix.at(0);
    } else if (!prefix.isEmpty()) {
        r.problems << QStringLiteral("%1.prefix must be one letter").arg(path);
    }
    s.nameZh = r.string(o, QStringLiteral("nameZh"), path);
    s.nameEn = r.string(o, QStringLiteral("nameEn"), path);
    s.dailyQuota = r.integer(o, QStringLiteral("dailyQuota"), path, 999, 1, 999);
    s.issueFrom = r.time(o, QStringLiteral("issueFrom"), path, s.issueFrom);
    s.issueUntil = r.time(o, QStringLiteral("issueUntil"), path, s.issueUntil);
    s.avgServiceSeconds = 60 * r.integer(o, QStringLiteral("avgServiceMinutes"), path, 10, 1, 480);
    return s;
}

CounterDef readCounter(Reader& r, const QJsonObject& o, const QString& path)
{
    CounterDef c;
    c.number = r.integer(o, QStringLiteral("number"), path, 0, 1, 9999);
    c.name = r.string(o, QStringLiteral("name"), path, QStringLiteral("%1号窗口").arg(c.number));
    c.integrated = o.value(QStringLiteral("integrated")).toBool(false);
    const QJsonObject services = o.value(QStringLiteral("services")).toObject();
    for (auto it = services.begin(); it != services.end(); ++it) {
        const QString w = it.value().toString();
        if (w == QLatin1String("primary")) {
            c.services.insert(it.key(), ServiceWeight::Primary);
        } else if (w == QLatin1String("secondary")) {
            c.services.insert(it.key(), ServiceWeight::Secondary);
        } else {
            r.problems
                << QStringLiteral("%1.services.%2 must be \"primary\" or \"secondary\"").arg(path, it.key());
        }
    }
    return c;
}

QueuePolicyConfig readPolicy(Reader& r, const QJsonObject& o)
{
    const QString path = QStringLiteral("policy");
    QueuePolicyConfig p;
    const QString mode = r.string(o, QStringLiteral("priorityMode"), path, QStringLiteral("interleave"));
    if (mode == QLatin1String("strict")) {
        p.priorityMode = QueuePolicyConfig::PriorityMode::Strict;
    } else if (mode != QLatin1String("interleave")) {
        r.problems << QStringLiteral("policy.priorityMode must be \"strict\" or \"interleave\"");
    }
    p.normalsPerPriority =
        r.integer(o, QStringLiteral("normalsPerPriority"), path, p.normalsPerPriority, 0, 100);
    p.maxRecalls = r.integer(o, QStringLiteral("maxRecalls"), path, p.maxRecalls, 0, 10);
    p.maxRequeues = r.integer(o, QStringLiteral("maxRequeues"), path, p.maxRequeues, 0, 10);
    p.appointmentLeadMinutes =
        r.integer(o, QStringLiteral("appointmentLeadMinutes"), path, p.appointmentLeadMinutes, 0, 240);
    p.appointmentGraceMinutes =
        r.integer(o, QStringLiteral("appointmentGraceMinutes"), path, p.appointmentGraceMinutes, 0, 240);
    return p;
}

} // namespace

Result<HallConfig> parseHallConfig(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        return Error{ErrorCode::InvalidArgument,
                     QStringLiteral("配置文件不是有效的 JSON 对象 (offset %1: %2)")
                         .arg(parseError.offset)
                         .arg(parseError.errorString())};
    }
    const QJsonObject root = doc.object();
    Reader r;
    const QJsonObject centre = root.value(QStringLiteral("centre")).toObject();
    QList<ServiceDef> services;
    const QJsonArray serviceArray = root.value(QStringLiteral("services")).toArray();
    for (qsizetype i = 0; i < serviceArray.size(); ++i) {
        services << readService(r, serviceArray.at(i).toObject(), QStringLiteral("services[%1]").arg(i));
    }
    QList<CounterDef> counters;
    const QJsonArray counterArray = root.value(QStringLiteral("counters")).toArray();
    for (qsizetype i = 0; i < counterArray.size(); ++i) {
        counters << readCounter(r, counterArray.at(i).toObject(), QStringLiteral("counters[%1]").arg(i));
    }
    HallConfig config;
    config.catalogue =
        Catalogue(r.string(centre, QStringLiteral("nameZh"), QStringLiteral("centre")),
                  r.string(centre, QStringLiteral("nameEn"), QStringLiteral("centre")), services, counters);
    config.policy = readPolicy(r, root.value(QStringLiteral("policy")).toObject());
    config.rollover = r.time(root, QStringLiteral("rollover"), QStringLiteral("$"), config.rollover);
    config.retention = retention::read(r, root.value(QStringLiteral("retention")).toObject());
    const QJsonObject reports = root.value(QStringLiteral("reports")).toObject();
    config.reports.targetWaitMinutes =
        r.integer(reports, QStringLiteral("targetWaitMinutes"), QStringLiteral("reports"),
                  config.reports.targetWaitMinutes, 1, 240);
    config.reports.publicMonthly = r.boolean(reports, QStringLiteral("publicMonthly"),
                                             QStringLiteral("reports"), config.reports.publicMonthly);
    r.problems << config.catalogue.validate();
    const CalendarConfig calendar =
        parseCalendarConfig(root.value(QStringLiteral("calendar")), QStringLiteral("calendar"), r.problems);
    for (qsizetype i = 0; i < calendar.holidayPlan.size(); ++i) {
        for (const QString& service : calendar.holidayPlan[i].services) {
            if (!config.catalogue.service(service)) {
                r.problems << QStringLiteral(
                                  "calendar.holidayServicePlan[%1].services: no service \"%2\" (a catalogue "
                                  "of its own needs a holidayServicePlan of its own; [] opens no rest day)")
                                  .arg(i)
                                  .arg(service);
            }
        }
    }
    config.calendar = std::make_shared<const HallCalendar>(calendar);
    if (!r.problems.isEmpty()) {
        return Error{ErrorCode::InvalidArgument,
                     QStringLiteral("配置有误: ") + r.problems.join(QStringLiteral("; "))};
    }
    return config;
}

namespace {

const QString kDefaultHall = QStringLiteral(":/hall/default-hall.json");

} // namespace

Result<HallConfig> loadHallConfig(const QString& path)
{
    QString error;
    const auto json = configoverlay::read(kDefaultHall, path, &error);
    if (!json) {
        return Error{ErrorCode::InvalidArgument, error};
    }
    return parseHallConfig(*json);
}

HallConfig defaultHallConfig()
{
    QFile f(kDefaultHall);
    f.open(QIODevice::ReadOnly);
    Result<HallConfig> r = parseHallConfig(f.readAll());
    // The default is part of the program; if it does not parse, the build is broken, not the input.
    Q_ASSERT_X(r.ok(), "defaultHallConfig", qPrintable(r.ok() ? QString() : r.error().message));
    return r.ok() ? std::move(r).value() : HallConfig{};
}

} // namespace hall
