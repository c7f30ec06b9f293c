// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportjson.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace hall::reports {

namespace {

double rounded(double v, int decimals = 1)
{
    const double f = std::pow(10.0, decimals);
    return std::round(v * f) / f;
}

QJsonObject durationJson(const DurationStats& d)
{
    return {{QStringLiteral("count"), d.count},
            {QStringLiteral("mean"), rounded(d.mean)},
            {QStringLiteral("median"), rounded(d.median)},
            {QStringLiteral("p90"), d.p90},
            {QStringLiteral("max"), d.max}};
}

constexpr const char* kWeekdaysZh[] = {"周一", "周二", "周三", "周四", "周五", "周六", "周日"};
constexpr const char* kWeekdaysEn[] = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                       "Friday", "Saturday", "Sunday"};

struct Label
{
    QString zh;
    QString en;
};

Label priorityLabel(const QString& key)
{
    static const QHash<QString, Label> names{
        {QStringLiteral("normal"), {QStringLiteral("普通"), QStringLiteral("Normal")}},
        {QStringLiteral("elder"), {QStringLiteral("70岁以上老人"), QStringLiteral("Aged 70+")}},
        {QStringLiteral("disabled"), {QStringLiteral("残疾人"), QStringLiteral("Disabled")}},
        {QStringLiteral("military"), {QStringLiteral("军人及优抚对象"), QStringLiteral("Military families")}},
        {QStringLiteral("pregnant"), {QStringLiteral("孕妇"), QStringLiteral("Pregnant")}}};
    return names.value(key, Label{key, key});
}

Label labelOf(Grouping by, const QString& key, const ReportLabels& labels)
{
    switch (by) {
    case Grouping::Day: {
        const QDate d = QDate::fromString(key, Qt::ISODate);
        return {QStringLiteral("%1月%2日").arg(d.month()).arg(d.day()), key};
    }
    case Grouping::Weekday: {
        const int i = std::clamp(key.toInt(), 1, 7) - 1;
        return {QString::fromUtf8(kWeekdaysZh[i]), QLatin1String(kWeekdaysEn[i])};
    }
    case Grouping::Service:
        if (const ServiceDef* s = labels.catalogue ? labels.catalogue->service(key) : nullptr) {
            return {s->nameZh, s->nameEn};
        }
        return {key, key};
    case Grouping::Counter:
        if (const CounterDef* c = labels.catalogue ? labels.catalogue->counter(key.toInt()) : nullptr) {
            return {c->name, QStringLiteral("Window %1").arg(key)};
        }
        return {QStringLiteral("%1号窗口").arg(key), QStringLiteral("Window %1").arg(key)};
    case Grouping::Staff: {
        if (key.isEmpty()) {
            return {QStringLiteral("（未登录）"), QStringLiteral("(no staff logged in)")};
        }
        const QString name = labels.staffNames.value(key, key);
        return {name, name};
    }
    case Grouping::Hour: {
        const int h = key.toInt();
        const QString span =
            QStringLiteral("%1:00–%2:00").arg(h, 2, 10, QLatin1Char('0')).arg(h + 1, 2, 10, QLatin1Char('0'));
        return {span, span};
    }
    case Grouping::Priority:
        return priorityLabel(key);
    case Grouping::Channel:
        return key == QLatin1String("appointment")
                   ? Label{QStringLiteral("预约"), QStringLiteral("Appointment")}
                   : Label{QStringLiteral("取号机"), QStringLiteral("Kiosk")};
    case Grouping::Hall:
        return {QStringLiteral("大厅 %1").arg(key), QStringLiteral("Hall %1").arg(key)};
    }
    return {key, key};
}

/// Where a row goes: services as the catalogue lists them, priorities as the engine knows them, the
/// kiosk before appointments; everything else in key order (windows were sorted by number already).
int orderOf(Grouping by, const QString& key, const ReportLabels& labels)
{
    if (by == Grouping::Service && labels.catalogue != nullptr) {
        const QList<ServiceDef>& all = labels.catalogue->services();
        for (qsizetype i = 0; i < all.size(); ++i) {
            if (all[i].id == key) {
                return static_cast<int>(i);
            }
        }
        return static_cast<int>(all.size());
    }
    if (by == Grouping::Priority) {
        return static_cast<int>(priorityFromString(key).value_or(PriorityClass::Pregnant));
    }
    if (by == Grouping::Channel) {
        return key == QLatin1String("appointment") ? 1 : 0;
    }
    return 0;
}

QJsonObject bookingCountsJson(const BookingCounts& c)
{
    return {{QStringLiteral("made"), c.made},
            {QStringLiteral("booked"), c.booked},
            {QStringLiteral("checkedIn"), c.checkedIn},
            {QStringLiteral("noShow"), c.noShow},
            {QStringLiteral("cancelled"), c.cancelled},
            {QStringLiteral("cancelledByOffice"), c.cancelledByOffice},
            {QStringLiteral("pending"), c.pending}};
}

} // namespace

QJsonObject figuresJson(const Figures& f, int targetWaitSecs)
{
    const Stats s = statsOf(f, targetWaitSecs);
    return {
        {QStringLiteral("issued"), f.issued},
        {QStringLiteral("errands"), f.errands},
        {QStringLiteral("oneStop"), f.oneStop},
        {QStringLiteral("errandsPerTicket"), rounded(s.errandsPerTicket, 2)},
        {QStringLiteral("cancelled"), f.cancelled},
        {QStringLiteral("noShow"), f.noShow},
        {QStringLiteral("expired"), f.expired},
        {QStringLiteral("open"), f.open},
        {QStringLiteral("requeued"), f.requeued},
        {QStringLiteral("served"), f.served},
        {QStringLiteral("setAside"), f.setAside},
        {QStringLiteral("transferred"), f.transferred},
        {QStringLiteral("wait"), durationJson(s.wait)},
        {QStringLiteral("service"), durationJson(s.service)},
        {QStringLiteral("withinTarget"), s.withinTarget},
        {QStringLiteral("withinTargetShare"), rounded(s.withinTargetShare, 4)},
        {QStringLiteral("ratings"), QJsonObject{{QStringLiteral("satisfied"), f.ratings[1]},
                                                {QStringLiteral("basic"), f.ratings[2]},
                                                {QStringLiteral("unsatisfied"), f.ratings[3]},
                                                {QStringLiteral("none"), f.ratings[0]}}},
        {QStringLiteral("rated"), s.rated},
        {QStringLiteral("satisfaction"), rounded(s.satisfaction, 4)},
        {QStringLiteral("window"), QJsonObject{{QStringLiteral("open"), f.openSecs},
                                               {QStringLiteral("busy"), f.busySecs},
                                               {QStringLiteral("paused"), f.pausedSecs},
                                               {QStringLiteral("idle"), f.idleSecs},
                                               {QStringLiteral("utilisation"), rounded(s.utilisation, 4)}}},
    };
}

QJsonObject queueReportJson(const QueueReport& report, const ReportLabels& labels)
{
    const int target = report.query.targetWaitMinutes * 60;
    QList<const ReportRow*> ordered;
    for (const ReportRow& r : report.rows) {
        ordered.append(&r);
    }
    std::stable_sort(ordered.begin(), ordered.end(), [&](const ReportRow* a, const ReportRow* b) {
        return orderOf(report.query.by, a->key, labels) < orderOf(report.query.by, b->key, labels);
    });
    QJsonArray rows;
    for (const ReportRow* r : ordered) {
        const Label label = labelOf(report.query.by, r->key, labels);
        QJsonObject row = figuresJson(r->figures, target);
        row.insert(QStringLiteral("key"), r->key);
        row.insert(QStringLiteral("label"), label.zh);
        row.insert(QStringLiteral("labelEn"), label.en);
        rows.append(row);
    }
    QJsonArray days;
    for (const DayPoint& d : report.days) {
        const Stats s = statsOf(d.figures, target);
        days.append(QJsonObject{{QStringLiteral("date"), d.day.toString(Qt::ISODate)},
                                {QStringLiteral("workingDay"), d.workingDay},
                                {QStringLiteral("today"), d.today},
                                {QStringLiteral("issued"), d.figures.issued},
                                {QStringLiteral("served"), d.figures.served},
                                {QStringLiteral("setAside"), d.figures.setAside},
                                {QStringLiteral("meanWait"), rounded(s.wait.mean)}});
    }
    return {{QStringLiteral("from"), report.query.from.toString(Qt::ISODate)},
            {QStringLiteral("to"), report.query.to.toString(Qt::ISODate)},
            {QStringLiteral("by"), toString(report.query.by)},
            {QStringLiteral("targetWaitMinutes"), report.query.targetWaitMinutes},
            {QStringLiteral("today"), report.today.toString(Qt::ISODate)},
            {QStringLiteral("workingDays"), report.workingDays},
            {QStringLiteral("openDays"), report.openDays},
            {QStringLiteral("total"), figuresJson(report.total, target)},
            {QStringLiteral("rows"), rows},
            {QStringLiteral("days"), days}};
}

QJsonObject publicSummaryJson(const QueueReport& month)
{
    const Stats s = statsOf(month.total, month.query.targetWaitMinutes * 60);
    return {{QStringLiteral("enabled"), true},
            {QStringLiteral("month"), month.query.from.toString(QStringLiteral("yyyy-MM"))},
            {QStringLiteral("served"), month.total.served},
            {QStringLiteral("meanWaitMinutes"), rounded(s.wait.mean / 60.0)},
            {QStringLiteral("satisfaction"), rounded(s.satisfaction, 4)},
            {QStringLiteral("rated"), s.rated}};
}

QJsonObject bookingReportJson(const BookingReport& report)
{
    QJsonArray types;
    for (const auto& [type, counts] : report.byType) {
        QJsonObject o = bookingCountsJson(counts);
        o.insert(QStringLiteral("type"), toString(type));
        o.insert(QStringLiteral("label"), nameZh(type));
        types.append(o);
    }
    QJsonArray special;
    for (const SpecialDateCounts& s : report.specialDates) {
        QJsonObject o = bookingCountsJson(s.counts);
        o.insert(QStringLiteral("date"), s.date.toString(Qt::ISODate));
        o.insert(QStringLiteral("label"), s.nameZh);
        special.append(o);
    }
    return {{QStringLiteral("types"), types},
            {QStringLiteral("specialDates"), special},
            {QStringLiteral("total"), bookingCountsJson(report.total)}};
}

QJsonObject caseReportJson(const CaseReport& report, const CasesConfig& config)
{
    QJsonArray types;
    for (const WorkflowDef& w : config.workflows) {
        const auto it = report.byType.find(w.type);
        const CaseTypeCounts c = it == report.byType.end() ? CaseTypeCounts{} : it->second;
        types.append(QJsonObject{{QStringLiteral("type"), w.type},
                                 {QStringLiteral("label"), w.nameZh},
                                 {QStringLiteral("labelEn"), w.nameEn},
                                 {QStringLiteral("accepted"), c.accepted},
                                 {QStringLiteral("completed"), c.completed},
                                 {QStringLiteral("refused"), c.refused},
                                 {QStringLiteral("withdrawn"), c.withdrawn},
                                 {QStringLiteral("open"), c.open},
                                 {QStringLiteral("overdue"), c.overdue}});
    }
    QJsonArray steps;
    for (const StepFigures& s : report.steps) {
        steps.append(QJsonObject{{QStringLiteral("type"), s.type},
                                 {QStringLiteral("step"), s.step},
                                 {QStringLiteral("label"), s.nameZh},
                                 {QStringLiteral("labelEn"), s.nameEn},
                                 {QStringLiteral("current"), s.current},
                                 {QStringLiteral("done"), s.done},
                                 {QStringLiteral("meanDays"), rounded(s.meanDays)},
                                 {QStringLiteral("late"), s.late},
                                 {QStringLiteral("overdue"), s.overdue}});
    }
    return {{QStringLiteral("types"), types}, {QStringLiteral("steps"), steps}};
}

} // namespace hall::reports
