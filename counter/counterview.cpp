// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "counterview.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace hall::counterview {

namespace {

QString tr(const char* text)
{
    // lupdate names the context after the namespace it finds these tr() calls in.
    return QCoreApplication::translate("hall::counterview", text);
}

QJsonArray tickets(const QJsonObject& snapshot)
{
    return snapshot.value(QLatin1String("tickets")).toArray();
}

QJsonObject overviewCounter(const QJsonObject& overview, int window)
{
    for (const QJsonValue& v : overview.value(QLatin1String("counters")).toArray()) {
        if (v.toObject().value(QLatin1String("number")).toInt() == window) {
            return v.toObject();
        }
    }
    return {};
}

QJsonObject overviewService(const QJsonObject& overview, const QString& id)
{
    for (const QJsonValue& v : overview.value(QLatin1String("services")).toArray()) {
        if (v.toObject().value(QLatin1String("id")).toString() == id) {
            return v.toObject();
        }
    }
    return {};
}

QString str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

} // namespace

QString serviceName(const QJsonObject& snapshot, const QString& serviceId, bool english)
{
    for (const QJsonValue& v : snapshot.value(QLatin1String("services")).toArray()) {
        const QJsonObject s = v.toObject();
        if (str(s, "id") == serviceId) {
            const QString en = str(s, "nameEn");
            return english && !en.isEmpty() ? en : str(s, "nameZh");
        }
    }
    return serviceId;
}

QString currentService(const QJsonObject& ticket)
{
    const QJsonArray errands = ticket.value(QLatin1String("errands")).toArray();
    const int current = ticket.value(QLatin1String("currentErrand")).toInt();
    return current >= 0 && current < errands.size() ? str(errands.at(current).toObject(), "service")
                                                    : QString();
}

QString priorityText(const QString& priority)
{
    if (priority == QLatin1String("elder")) {
        return tr("老年人优先");
    }
    if (priority == QLatin1String("disabled")) {
        return tr("残疾人优先");
    }
    if (priority == QLatin1String("military")) {
        return tr("军人优抚优先");
    }
    if (priority == QLatin1String("pregnant")) {
        return tr("孕妇优先");
    }
    return {};
}

QStringList windowServices(const QJsonObject& overview, int window)
{
    QStringList ids;
    for (const QJsonValue& v : overviewCounter(overview, window).value(QLatin1String("services")).toArray()) {
        ids.append(str(v.toObject(), "id"));
    }
    return ids;
}

int minutesBetween(const QString& fromIso, const QDateTime& to)
{
    const QDateTime from = QDateTime::fromString(fromIso, Qt::ISODate);
    if (!from.isValid() || !to.isValid()) {
        return 0;
    }
    return static_cast<int>(std::max<qint64>(0, from.secsTo(to) / 60));
}

QList<QVariantMap> waitingRows(const QJsonObject& snapshot, const QJsonObject& overview, int window,
                               const QDateTime& now, bool english)
{
    const QStringList served = windowServices(overview, window);
    QList<std::pair<QString, QVariantMap>> rows; // issuedAt, row
    for (const QJsonValue& v : tickets(snapshot)) {
        const QJsonObject t = v.toObject();
        if (str(t, "state") != QLatin1String("waiting")) {
            continue;
        }
        const int assigned = t.value(QLatin1String("assignedCounter")).toInt();
        const QString service = currentService(t);
        if (assigned != window && !(assigned == 0 && served.contains(service))) {
            continue;
        }
        const QJsonObject appointment = t.value(QLatin1String("appointment")).toObject();
        QString slot;
        if (!appointment.isEmpty()) {
            const QDateTime start = QDateTime::fromString(str(appointment, "slotStart"), Qt::ISODate);
            const QDateTime end = QDateTime::fromString(str(appointment, "slotEnd"), Qt::ISODate);
            slot = tr("预约 %1–%2")
                       .arg(start.toOffsetFromUtc(8 * 3600).toString(QStringLiteral("HH:mm")),
                            end.toOffsetFromUtc(8 * 3600).toString(QStringLiteral("HH:mm")));
        }
        rows.append({str(t, "issuedAt"),
                     QVariantMap{{QStringLiteral("number"), str(t, "number")},
                                 {QStringLiteral("serviceId"), service},
                                 {QStringLiteral("service"), serviceName(snapshot, service, english)},
                                 {QStringLiteral("priority"), str(t, "priority")},
                                 {QStringLiteral("priorityText"), priorityText(str(t, "priority"))},
                                 {QStringLiteral("waitedMinutes"), minutesBetween(str(t, "issuedAt"), now)},
                                 {QStringLiteral("assigned"), assigned == window},
                                 {QStringLiteral("appointment"), slot},
                                 {QStringLiteral("idRef"), str(t, "idRef")}}});
    }
    // Oldest first: the list is what is waiting, not a promise of the call order (the service decides).
    std::stable_sort(rows.begin(), rows.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    QList<QVariantMap> out;
    for (auto& r : rows) {
        out.append(std::move(r.second));
    }
    return out;
}

QList<QVariantMap> setAsideRows(const QJsonObject& snapshot, const QJsonObject& overview, int window,
                                const QDateTime& now, bool english)
{
    const QStringList served = windowServices(overview, window);
    QList<QVariantMap> out;
    for (const QJsonValue& v : tickets(snapshot)) {
        const QJsonObject t = v.toObject();
        const QString service = currentService(t);
        if (str(t, "state") != QLatin1String("setAside") || (window > 0 && !served.contains(service))) {
            continue;
        }
        out.append({{QStringLiteral("number"), str(t, "number")},
                    {QStringLiteral("serviceId"), service},
                    {QStringLiteral("service"), serviceName(snapshot, service, english)},
                    {QStringLiteral("requeues"), t.value(QLatin1String("requeues")).toInt()},
                    {QStringLiteral("waitedMinutes"), minutesBetween(str(t, "issuedAt"), now)}});
    }
    return out;
}

QList<QVariantMap> serviceRows(const QJsonObject& snapshot, const QJsonObject& overview, int window,
                               const QDateTime& now, bool english)
{
    QHash<QString, QString> weight;
    for (const QJsonValue& v : overviewCounter(overview, window).value(QLatin1String("services")).toArray()) {
        weight.insert(str(v.toObject(), "id"), str(v.toObject(), "weight"));
    }
    QHash<QString, int> oldest;
    for (const QJsonValue& v : tickets(snapshot)) {
        const QJsonObject t = v.toObject();
        if (str(t, "state") == QLatin1String("waiting")) {
            const QString s = currentService(t);
            oldest[s] = std::max(oldest.value(s), minutesBetween(str(t, "issuedAt"), now));
        }
    }
    QList<QVariantMap> out;
    for (const QJsonValue& v : snapshot.value(QLatin1String("services")).toArray()) {
        const QJsonObject s = v.toObject();
        const QString id = str(s, "id");
        if (window > 0 && !weight.contains(id)) {
            continue;
        }
        const QJsonObject counts = overviewService(overview, id);
        out.append({{QStringLiteral("serviceId"), id},
                    {QStringLiteral("prefix"), str(s, "prefix")},
                    {QStringLiteral("name"), serviceName(snapshot, id, english)},
                    {QStringLiteral("weight"), weight.value(id)},
                    {QStringLiteral("waiting"), s.value(QLatin1String("waiting")).toInt()},
                    // -1: no open window serves it, the service promises no figure (noWindowOpen)
                    {QStringLiteral("waitMinutes"), s.value(QLatin1String("noWindowOpen")).toBool()
                                                        ? -1
                                                        : s.value(QLatin1String("waitMinutes")).toInt()},
                    {QStringLiteral("openCounters"), s.value(QLatin1String("openCounters")).toInt()},
                    {QStringLiteral("oldestWaitMinutes"), oldest.value(id)},
                    {QStringLiteral("issued"), counts.value(QLatin1String("issued")).toInt()},
                    {QStringLiteral("finished"), counts.value(QLatin1String("finished")).toInt()},
                    {QStringLiteral("setAside"), counts.value(QLatin1String("setAside")).toInt()}});
    }
    return out;
}

QList<QVariantMap> windowRows(const QJsonObject& snapshot, const QJsonObject& overview, bool english)
{
    QHash<int, int> assigned;
    for (const QJsonValue& v : tickets(snapshot)) {
        const QJsonObject t = v.toObject();
        const int to = t.value(QLatin1String("assignedCounter")).toInt();
        if (to != 0 && str(t, "state") == QLatin1String("waiting")) {
            assigned[to] += 1;
        }
    }
    QList<QVariantMap> out;
    for (const QJsonValue& v : snapshot.value(QLatin1String("counters")).toArray()) {
        const QJsonObject c = v.toObject();
        const int number = c.value(QLatin1String("number")).toInt();
        const QString status = str(c, "status");
        const QJsonObject ticket = c.value(QLatin1String("ticket")).toObject();
        const QJsonObject layout = overviewCounter(overview, number);
        QStringList names;
        for (const QJsonValue& s : layout.value(QLatin1String("services")).toArray()) {
            names.append(serviceName(snapshot, str(s.toObject(), "id"), english));
        }
        const QString statusText = status == QLatin1String("open")     ? tr("办理中")
                                   : status == QLatin1String("paused") ? tr("暂停")
                                                                       : tr("已关闭");
        // What a closed window rules out is decided here, not by comparing words in QML: it is
        // drawn dimmed, offers no 关闭, and takes no transferred or moved ticket (the engine
        // refuses one with COUNTER_CLOSED; a paused window takes them for when it resumes).
        const bool closed = status == QLatin1String("closed");
        out.append({{QStringLiteral("number"), number},
                    {QStringLiteral("name"), str(c, "name")},
                    {QStringLiteral("status"), status},
                    {QStringLiteral("closed"), closed},
                    {QStringLiteral("takesTickets"), !closed},
                    {QStringLiteral("statusText"), statusText},
                    {QStringLiteral("staff"), str(c, "staff")},
                    {QStringLiteral("ticket"), str(ticket, "number")},
                    {QStringLiteral("ticketState"), str(ticket, "state")},
                    {QStringLiteral("mayOperate"), layout.value(QLatin1String("mayOperate")).toBool()},
                    {QStringLiteral("finished"), layout.value(QLatin1String("finished")).toInt()},
                    {QStringLiteral("assignedWaiting"), assigned.value(number)},
                    {QStringLiteral("services"), layout.value(QLatin1String("integrated")).toBool()
                                                     ? tr("全部业务")
                                                     : names.join(QStringLiteral("、"))}});
    }
    return out;
}

QStringList offeredActions(const QString& windowStatus, const QString& ticketState, bool setAsideWaiting)
{
    QStringList out;
    if (windowStatus == QLatin1String("closed")) {
        out << QStringLiteral("open");
    } else if (ticketState.isEmpty()) {
        out << QStringLiteral("close");
        if (windowStatus == QLatin1String("open")) {
            out << QStringLiteral("callNext") << QStringLiteral("callTicket");
        }
    } else if (ticketState == QLatin1String("called")) {
        out << QStringLiteral("recall") << QStringLiteral("start") << QStringLiteral("setAside")
            << QStringLiteral("transfer");
    } else if (ticketState == QLatin1String("serving")) {
        out << QStringLiteral("finish") << QStringLiteral("transfer");
    }
    if (windowStatus == QLatin1String("open") || windowStatus == QLatin1String("paused")) {
        out << QStringLiteral("togglePause");
    }
    if (setAsideWaiting) {
        out << QStringLiteral("requeue");
    }
    return out;
}

QString windowStateText(const QString& windowStatus, const QString& ticketState, const QString& ticketNumber)
{
    if (windowStatus == QLatin1String("open")) {
        if (ticketState == QLatin1String("serving")) {
            return tr("办理中 %1").arg(ticketNumber);
        }
        if (ticketState == QLatin1String("called")) {
            return tr("已叫号 %1，等候到窗口").arg(ticketNumber);
        }
        return tr("开放中，等候叫号");
    }
    if (windowStatus == QLatin1String("paused")) {
        return tr("暂停服务");
    }
    if (windowStatus == QLatin1String("closed")) {
        return tr("窗口已关闭");
    }
    return {};
}

QString noTicketText(const QString& windowStatus)
{
    if (windowStatus == QLatin1String("paused")) {
        return tr("窗口暂停中，恢复后才能叫号");
    }
    if (windowStatus == QLatin1String("closed")) {
        return tr("窗口未开启");
    }
    return tr("现在没有号：按 F1 或小键盘 Enter 叫下一位");
}

QString deviceLabel(const QString& device)
{
    static const QRegularExpression numbered(QStringLiteral("^(kiosk|counter|lobby)-(\\d+)$"));
    const QRegularExpressionMatch m = numbered.match(device);
    if (!m.hasMatch()) {
        return device;
    }
    const QString n = m.captured(2);
    if (m.captured(1) == QLatin1String("kiosk")) {
        return tr("%1号取号机").arg(n);
    }
    if (m.captured(1) == QLatin1String("counter")) {
        return tr("%1号窗口终端").arg(n);
    }
    return tr("%1号大厅屏").arg(n);
}

QList<QVariantMap> alertRows(const QJsonArray& devices)
{
    QList<QVariantMap> out;
    for (const QJsonValue& v : devices) {
        const QJsonObject d = v.toObject();
        const QString status = str(d, "status");
        if (status.isEmpty() || status == QLatin1String("ok")) {
            continue;
        }
        const QString kind = str(d, "kind");
        QString problem;
        if (status == QLatin1String("paperOut")) {
            problem = tr("缺纸");
        } else if (status == QLatin1String("paperLow")) {
            problem = tr("纸将用完");
        } else if (status == QLatin1String("coverOpen")) {
            problem = tr("打印机盖未关");
        } else if (status == QLatin1String("offline")) {
            problem = kind == QLatin1String("printer") ? tr("打印机离线") : tr("设备离线");
        } else {
            problem = tr("设备故障");
        }
        const QString message = str(d, "message");
        out.append({{QStringLiteral("device"), str(d, "device")},
                    {QStringLiteral("kind"), kind},
                    {QStringLiteral("status"), status},
                    {QStringLiteral("text"),
                     deviceLabel(str(d, "device")) + problem +
                         (message.isEmpty() ? QString() : QStringLiteral("（%1）").arg(message))},
                    {QStringLiteral("severe"), status != QLatin1String("paperLow")}});
    }
    return out;
}

QList<QVariantMap> calendarAlertRows(const QJsonArray& alerts, bool english)
{
    QList<QVariantMap> out;
    for (const QJsonValue& v : alerts) {
        const QJsonObject a = v.toObject();
        const QString en = str(a, "messageEn");
        out.append({{QStringLiteral("device"), QString()},
                    {QStringLiteral("kind"), QStringLiteral("calendar")},
                    {QStringLiteral("status"), QStringLiteral("arrangementMissing")},
                    {QStringLiteral("text"), english && !en.isEmpty() ? en : str(a, "messageZh")},
                    {QStringLiteral("severe"), a.value(QLatin1String("currentYear")).toBool()}});
    }
    return out;
}

} // namespace hall::counterview
