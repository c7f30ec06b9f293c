// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportboard.h"

#include "controllerfollow.h"
#include "reportexport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QStandardPaths>

#include <cmath>

namespace hall {

using reports::columnText;
using reports::reportColumns;

namespace {

double minutes(double seconds)
{
    return std::round(seconds / 6.0) / 10.0;
}

double percent(double fraction)
{
    return std::round(fraction * 1000.0) / 10.0;
}

QJsonObject part(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toObject();
}

QString labelOf(const QJsonObject& row, bool english)
{
    return row.value(QLatin1String(english ? "labelEn" : "label")).toString();
}

} // namespace

ReportBoard::ReportBoard(QObject* parent)
    : QObject(parent), m_exportDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
{}

void ReportBoard::setController(CounterController* controller)
{
    if (!followController(this, m_controller, controller, m_actions, [this] {
            m_report = {};
            m_byHour = {};
            emit reportChanged();
        })) {
        return;
    }
    if (m_controller) {
        // Who may read reports is known from the overview (staff.supervisor) or the device's role.
        connect(m_controller, &CounterController::overviewChanged, this, &ReportBoard::adoptOverview);
        connect(m_controller, &CounterController::englishChanged, this, &ReportBoard::reportChanged);
    }
    emit controllerChanged();
    adoptOverview(); // an overview that came before this board did
}

void ReportBoard::adoptOverview()
{
    if (!m_date.isValid() && m_controller) {
        m_date =
            QDate::fromString(m_controller->overview().value(QLatin1String("day")).toString(), Qt::ISODate);
        if (m_date.isValid()) {
            emit queryChanged();
        }
    }
    emit availableChanged();
}

bool ReportBoard::chartsAvailable()
{
    return QCoreApplication::instance() != nullptr && QCoreApplication::instance()->inherits("QApplication");
}

bool ReportBoard::available() const
{
    if (!m_controller) {
        return false;
    }
    return m_controller->supervisor() || m_controller->overview()
                                             .value(QLatin1String("staff"))
                                             .toObject()
                                             .value(QLatin1String("supervisor"))
                                             .toBool();
}

void ReportBoard::setPeriod(const QString& period)
{
    if (period == m_period || (period != QLatin1String("day") && period != QLatin1String("week") &&
                               period != QLatin1String("month") && period != QLatin1String("custom"))) {
        return;
    }
    m_period = period;
    emit queryChanged();
    refresh();
}

void ReportBoard::setGrouping(const QString& grouping)
{
    if (grouping == m_grouping) {
        return;
    }
    m_grouping = grouping;
    emit queryChanged();
    refresh();
}

void ReportBoard::setRange(const QString& from, const QString& to)
{
    m_from = QDate::fromString(from, Qt::ISODate);
    m_to = QDate::fromString(to, Qt::ISODate);
    m_period = QStringLiteral("custom");
    emit queryChanged();
    refresh();
}

void ReportBoard::step(int direction)
{
    const int n = direction < 0 ? -1 : 1;
    if (m_period == QLatin1String("custom")) {
        const qint64 length = m_from.daysTo(m_to) + 1;
        m_from = m_from.addDays(n * length);
        m_to = m_to.addDays(n * length);
    } else {
        const QDate base = m_date.isValid() ? m_date : QDate::currentDate();
        m_date = m_period == QLatin1String("day")    ? base.addDays(n)
                 : m_period == QLatin1String("week") ? base.addDays(7 * n)
                                                     : base.addMonths(n);
    }
    emit queryChanged();
    refresh();
}

QString ReportBoard::from() const
{
    return m_report.value(QLatin1String("from")).toString();
}

QString ReportBoard::to() const
{
    return m_report.value(QLatin1String("to")).toString();
}

QJsonObject ReportBoard::query() const
{
    if (m_period == QLatin1String("custom")) {
        return {{QStringLiteral("from"), m_from.toString(Qt::ISODate)},
                {QStringLiteral("to"), m_to.toString(Qt::ISODate)}};
    }
    QJsonObject q{{QStringLiteral("period"), m_period}};
    if (m_date.isValid()) {
        q.insert(QStringLiteral("date"), m_date.toString(Qt::ISODate));
    }
    return q;
}

void ReportBoard::refresh()
{
    if (!available() || !m_controller || m_controller->client() == nullptr) {
        return;
    }
    m_actions.clearError();
    ++m_generation;
    m_pending = 0;
    ask(m_grouping, &m_report);
    if (m_grouping != QLatin1String("hour")) {
        ask(QStringLiteral("hour"), &m_byHour);
    }
    emit busyChanged();
}

void ReportBoard::ask(const QString& by, QJsonObject* into)
{
    QJsonObject args = query();
    args.insert(QStringLiteral("by"), by);
    ++m_pending;
    // A read, not an action: it never takes the desk's busy slot from the staff's buttons.
    m_controller->client()->request(
        QStringLiteral("report.queue"), args,
        [this, into, generation = m_generation, guard = QPointer<ReportBoard>(this)](const ServiceReply& r) {
            if (!guard || generation != m_generation) {
                return;
            }
            --m_pending;
            if (r.ok) {
                *into = r.result.value(QLatin1String("report")).toObject();
            } else {
                m_actions.fail(r);
            }
            if (m_pending == 0) {
                emit reportChanged();
            }
            emit busyChanged();
        });
}

QVariantMap ReportBoard::summary() const
{
    const QJsonObject t = part(m_report, "total");
    const QJsonObject wait = part(t, "wait");
    return {{QStringLiteral("issued"), t.value(QLatin1String("issued")).toInt()},
            {QStringLiteral("served"), t.value(QLatin1String("served")).toInt()},
            {QStringLiteral("setAside"), t.value(QLatin1String("setAside")).toInt()},
            {QStringLiteral("noShow"), t.value(QLatin1String("noShow")).toInt()},
            {QStringLiteral("meanWait"), minutes(wait.value(QLatin1String("mean")).toDouble())},
            {QStringLiteral("medianWait"), minutes(wait.value(QLatin1String("median")).toDouble())},
            {QStringLiteral("p90Wait"), minutes(wait.value(QLatin1String("p90")).toDouble())},
            {QStringLiteral("withinTarget"), percent(t.value(QLatin1String("withinTargetShare")).toDouble())},
            {QStringLiteral("target"), m_report.value(QLatin1String("targetWaitMinutes")).toInt()},
            {QStringLiteral("satisfaction"), percent(t.value(QLatin1String("satisfaction")).toDouble())},
            {QStringLiteral("rated"), t.value(QLatin1String("rated")).toInt()},
            {QStringLiteral("utilisation"),
             percent(part(t, "window").value(QLatin1String("utilisation")).toDouble())},
            {QStringLiteral("workingDays"), m_report.value(QLatin1String("workingDays")).toInt()},
            {QStringLiteral("openDays"), m_report.value(QLatin1String("openDays")).toInt()}};
}

QVariantList ReportBoard::days() const
{
    QVariantList out;
    for (const QJsonValue& v : m_report.value(QLatin1String("days")).toArray()) {
        const QJsonObject d = v.toObject();
        const QDate date = QDate::fromString(d.value(QLatin1String("date")).toString(), Qt::ISODate);
        out.append(
            QVariantMap{{QStringLiteral("label"), QStringLiteral("%1/%2").arg(date.month()).arg(date.day())},
                        {QStringLiteral("issued"), d.value(QLatin1String("issued")).toInt()},
                        {QStringLiteral("served"), d.value(QLatin1String("served")).toInt()},
                        {QStringLiteral("working"), d.value(QLatin1String("workingDay")).toBool()},
                        {QStringLiteral("today"), d.value(QLatin1String("today")).toBool()}});
    }
    return out;
}

QVariantList ReportBoard::hours() const
{
    const QJsonObject& source = m_grouping == QLatin1String("hour") ? m_report : m_byHour;
    QVariantList out;
    for (const QJsonValue& v : source.value(QLatin1String("rows")).toArray()) {
        const QJsonObject row = v.toObject();
        const QJsonObject wait = part(row, "wait");
        if (wait.value(QLatin1String("count")).toInt() == 0) {
            continue; // an hour that only issued tickets: nobody's wait began then
        }
        out.append(
            QVariantMap{{QStringLiteral("label"), row.value(QLatin1String("key")).toString()},
                        {QStringLiteral("meanWait"), minutes(wait.value(QLatin1String("mean")).toDouble())},
                        {QStringLiteral("p90Wait"), minutes(wait.value(QLatin1String("p90")).toDouble())}});
    }
    return out;
}

QVariantList ReportBoard::groups() const
{
    const bool english = m_controller && m_controller->english();
    QVariantList out;
    for (const QJsonValue& v : m_report.value(QLatin1String("rows")).toArray()) {
        const QJsonObject row = v.toObject();
        out.append(QVariantMap{{QStringLiteral("label"), labelOf(row, english)},
                               {QStringLiteral("served"), row.value(QLatin1String("served")).toInt()},
                               {QStringLiteral("meanService"),
                                minutes(part(row, "service").value(QLatin1String("mean")).toDouble())},
                               {QStringLiteral("meanWait"),
                                minutes(part(row, "wait").value(QLatin1String("mean")).toDouble())}});
    }
    return out;
}

QVariantList ReportBoard::ratings() const
{
    const QJsonObject r = part(part(m_report, "total"), "ratings");
    return {r.value(QLatin1String("satisfied")).toInt(), r.value(QLatin1String("basic")).toInt(),
            r.value(QLatin1String("unsatisfied")).toInt()};
}

QStringList ReportBoard::headings() const
{
    const bool english = m_controller && m_controller->english();
    QStringList out;
    for (const reports::ReportColumn& c : reportColumns()) {
        out << QString::fromUtf8(english ? c.en : c.zh);
    }
    return out;
}

QVariantList ReportBoard::table() const
{
    if (m_report.isEmpty()) {
        return {};
    }
    const bool english = m_controller && m_controller->english();
    QVariantList out;
    for (const QJsonObject& row : reports::reportTableRows(m_report)) {
        QStringList cells;
        for (const reports::ReportColumn& c : reportColumns()) {
            cells << columnText(row, c, english);
        }
        out.append(cells);
    }
    return out;
}

QVariantList ReportBoard::tableRows() const
{
    if (m_report.isEmpty()) {
        return {};
    }
    return QVariantList{headings()} + table();
}

void ReportBoard::setExportDir(const QString& dir)
{
    if (dir != m_exportDir) {
        m_exportDir = dir;
        emit exportChanged();
    }
}

bool ReportBoard::exportReport(const QString& format)
{
    if (m_report.isEmpty() || (format != QLatin1String("csv") && format != QLatin1String("xlsx"))) {
        m_actions.fail(QStringLiteral("EXPORT_FAILED"), tr("还没有报表可导出"));
        return false;
    }
    const bool english = m_controller && m_controller->english();
    const QString centre = m_controller ? m_controller->centreName() : QString();
    if (!QDir().mkpath(m_exportDir)) {
        m_actions.fail(QStringLiteral("EXPORT_FAILED"), m_exportDir);
        return false;
    }
    const QString path = QDir(m_exportDir).filePath(reports::reportFileName(m_report, format, english));
    if (format == QLatin1String("xlsx")) {
        if (auto failed = reports::writeReportXlsx(m_report, centre, path, english)) {
            m_actions.fail(QStringLiteral("EXPORT_FAILED"), *failed);
            return false;
        }
    } else {
        QFile f(path);
        const QByteArray csv = reports::reportCsv(m_report, centre, english);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(csv) != csv.size()) {
            m_actions.fail(QStringLiteral("EXPORT_FAILED"), path);
            return false;
        }
    }
    m_actions.clearError();
    m_lastExport = path;
    emit exportChanged();
    return true;
}

} // namespace hall
