// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportexport.h"

#include <QFile>
#include <QJsonArray>

#include <xlsxwriter.h>

#include <cmath>
#include <memory>

namespace hall::reports {

namespace {

using Kind = ReportColumn::Kind;

const char* groupingName(const QString& by, bool english)
{
    struct Name
    {
        const char* key;
        const char* zh;
        const char* en;
    };
    static constexpr Name names[] = {{"day", "日期", "day"},
                                     {"weekday", "星期", "weekday"},
                                     {"service", "业务", "service"},
                                     {"counter", "窗口", "window"},
                                     {"staff", "工作人员", "staff"},
                                     {"hour", "时段", "hour"},
                                     {"priority", "优先类别", "priority"},
                                     {"channel", "渠道", "channel"}};
    for (const Name& n : names) {
        if (by == QLatin1String(n.key)) {
            return english ? n.en : n.zh;
        }
    }
    return english ? "group" : "分组";
}

QJsonValue at(const QJsonObject& row, const char* path)
{
    const QStringList parts = QString::fromLatin1(path).split(QLatin1Char('.'));
    QJsonValue v = row;
    for (const QString& p : parts) {
        v = v.toObject().value(p);
    }
    return v;
}

QString csvField(const QString& s)
{
    if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')) || s.contains(QLatin1Char('\n'))) {
        return QLatin1Char('"') + QString(s).replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
               QLatin1Char('"');
    }
    return s;
}

struct WorkbookCloser
{
    void operator()(lxw_workbook* w) const
    {
        if (w != nullptr) {
            workbook_close(w);
        }
    }
};

} // namespace

QList<QJsonObject> reportTableRows(const QJsonObject& report)
{
    QList<QJsonObject> out;
    for (const QJsonValue& v : report.value(QLatin1String("rows")).toArray()) {
        out.append(v.toObject());
    }
    QJsonObject total = report.value(QLatin1String("total")).toObject();
    total.insert(QStringLiteral("label"), QStringLiteral("合计"));
    total.insert(QStringLiteral("labelEn"), QStringLiteral("Total"));
    out.append(total);
    return out;
}

const QList<ReportColumn>& reportColumns()
{
    static const QList<ReportColumn> columns{
        {"label", "名称", "Name", Kind::Text},
        {"issued", "取号", "Tickets", Kind::Count},
        {"errands", "事项", "Errands", Kind::Count},
        {"served", "办结", "Served", Kind::Count},
        {"setAside", "过号", "Set aside", Kind::Count},
        {"noShow", "未到", "No-show", Kind::Count},
        {"cancelled", "取消", "Cancelled", Kind::Count},
        {"transferred", "转办", "Transferred", Kind::Count},
        {"oneStop", "一站式", "One-stop", Kind::Count},
        {"wait.mean", "平均等候(分)", "Mean wait (min)", Kind::Minutes},
        {"wait.median", "等候中位数(分)", "Median wait (min)", Kind::Minutes},
        {"wait.p90", "等候P90(分)", "Wait p90 (min)", Kind::Minutes},
        {"wait.max", "最长等候(分)", "Longest wait (min)", Kind::Minutes},
        {"withinTargetShare", "目标内占比", "Within target", Kind::Share},
        {"service.mean", "平均办理(分)", "Mean service (min)", Kind::Minutes},
        {"service.median", "办理中位数(分)", "Median service (min)", Kind::Minutes},
        {"service.p90", "办理P90(分)", "Service p90 (min)", Kind::Minutes},
        {"ratings.satisfied", "满意", "Satisfied", Kind::Count},
        {"ratings.basic", "基本满意", "Basic", Kind::Count},
        {"ratings.unsatisfied", "不满意", "Unsatisfied", Kind::Count},
        {"satisfaction", "满意率", "Satisfaction", Kind::Share},
        {"window.utilisation", "窗口利用率", "Window use", Kind::Share},
        {"window.paused", "暂停(分)", "Paused (min)", Kind::Minutes},
    };
    return columns;
}

QVariant columnValue(const QJsonObject& row, const ReportColumn& column, bool english)
{
    switch (column.kind) {
    case Kind::Text:
        return english ? row.value(QLatin1String("labelEn")).toString()
                       : row.value(QLatin1String("label")).toString();
    case Kind::Count:
        return at(row, column.path).toInt();
    case Kind::Minutes:
        return std::round(at(row, column.path).toDouble() / 6.0) / 10.0;
    case Kind::Share:
        return at(row, column.path).toDouble();
    }
    return {};
}

QString columnText(const QJsonObject& row, const ReportColumn& column, bool english)
{
    const QVariant v = columnValue(row, column, english);
    switch (column.kind) {
    case Kind::Text:
        return v.toString();
    case Kind::Count:
        return QString::number(v.toInt());
    case Kind::Minutes:
        return QString::number(v.toDouble(), 'f', 1);
    case Kind::Share:
        return QString::number(v.toDouble() * 100, 'f', 1) + QLatin1Char('%');
    }
    return {};
}

QString reportTitle(const QJsonObject& report, const QString& centre, bool english)
{
    const QString from = report.value(QLatin1String("from")).toString();
    const QString to = report.value(QLatin1String("to")).toString();
    const QString by = QString::fromUtf8(groupingName(report.value(QLatin1String("by")).toString(), english));
    const int target = report.value(QLatin1String("targetWaitMinutes")).toInt();
    return english ? QStringLiteral("%1 — queue report %2 to %3 by %4 (target wait %5 min)")
                         .arg(centre, from, to, by)
                         .arg(target)
                   : QStringLiteral("%1 排队报表 %2 至 %3，按%4（目标等候 %5 分钟）")
                         .arg(centre, from, to, by)
                         .arg(target);
}

QString reportFileName(const QJsonObject& report, const QString& suffix, bool english)
{
    return QStringLiteral("%1-%2-%3-%4.%5")
        .arg(english ? QStringLiteral("report") : QStringLiteral("报表"),
             report.value(QLatin1String("from")).toString(), report.value(QLatin1String("to")).toString(),
             QString::fromUtf8(groupingName(report.value(QLatin1String("by")).toString(), english)), suffix);
}

QByteArray reportCsv(const QJsonObject& report, const QString& centre, bool english)
{
    QStringList lines{csvField(reportTitle(report, centre, english))};
    QStringList headings;
    for (const ReportColumn& c : reportColumns()) {
        headings << csvField(QString::fromUtf8(english ? c.en : c.zh));
    }
    lines << headings.join(QLatin1Char(','));
    for (const QJsonObject& row : reportTableRows(report)) {
        QStringList fields;
        for (const ReportColumn& c : reportColumns()) {
            fields << csvField(columnText(row, c, english));
        }
        lines << fields.join(QLatin1Char(','));
    }
    return QByteArrayLiteral("\xEF\xBB\xBF") + lines.join(QStringLiteral("\r\n")).toUtf8() +
           QByteArrayLiteral("\r\n");
}

std::optional<QString> writeReportXlsx(const QJsonObject& report, const QString& centre, const QString& path,
                                       bool english)
{
    const QByteArray file = QFile::encodeName(path);
    std::unique_ptr<lxw_workbook, WorkbookCloser> book(workbook_new(file.constData()));
    if (!book) {
        return QStringLiteral("无法创建 %1").arg(path);
    }
    lxw_format* bold = workbook_add_format(book.get());
    format_set_bold(bold);
    lxw_format* minutes = workbook_add_format(book.get());
    format_set_num_format(minutes, "0.0");
    lxw_format* share = workbook_add_format(book.get());
    format_set_num_format(share, "0.0%");
    const QByteArray tableName = (english ? QStringLiteral("Report") : QStringLiteral("报表")).toUtf8();
    lxw_worksheet* sheet = workbook_add_worksheet(book.get(), tableName.constData());
    const QByteArray title = reportTitle(report, centre, english).toUtf8();
    worksheet_write_string(sheet, 0, 0, title.constData(), bold);
    const QList<ReportColumn>& columns = reportColumns();
    for (qsizetype c = 0; c < columns.size(); ++c) {
        worksheet_write_string(sheet, 2, lxw_col_t(c), english ? columns[c].en : columns[c].zh, bold);
    }
    worksheet_set_column(sheet, 0, 0, 18, nullptr);
    worksheet_set_column(sheet, 1, lxw_col_t(columns.size() - 1), 11, nullptr);
    lxw_row_t r = 3;
    for (const QJsonObject& row : reportTableRows(report)) {
        for (qsizetype c = 0; c < columns.size(); ++c) {
            const QVariant v = columnValue(row, columns[c], english);
            const lxw_col_t col = lxw_col_t(c);
            switch (columns[c].kind) {
            case Kind::Text:
                worksheet_write_string(sheet, r, col, v.toString().toUtf8().constData(), nullptr);
                break;
            case Kind::Count:
                worksheet_write_number(sheet, r, col, v.toInt(), nullptr);
                break;
            case Kind::Minutes:
                worksheet_write_number(sheet, r, col, v.toDouble(), minutes);
                break;
            case Kind::Share:
                worksheet_write_number(sheet, r, col, v.toDouble(), share);
                break;
            }
        }
        ++r;
    }
    // The days of the period: closed days marked, so a quiet working day is not mistaken for one.
    const QByteArray daysName = (english ? QStringLiteral("Days") : QStringLiteral("每日")).toUtf8();
    lxw_worksheet* days = workbook_add_worksheet(book.get(), daysName.constData());
    const char* dayHeadings[] = {
        english ? "Date" : "日期",      english ? "Working day" : "工作日",
        english ? "Tickets" : "取号",   english ? "Served" : "办结",
        english ? "Set aside" : "过号", english ? "Mean wait (min)" : "平均等候(分)"};
    for (int c = 0; c < 6; ++c) {
        worksheet_write_string(days, 0, lxw_col_t(c), dayHeadings[c], bold);
    }
    worksheet_set_column(days, 0, 0, 12, nullptr);
    r = 1;
    for (const QJsonValue& v : report.value(QLatin1String("days")).toArray()) {
        const QJsonObject d = v.toObject();
        worksheet_write_string(days, r, 0, d.value(QLatin1String("date")).toString().toUtf8().constData(),
                               nullptr);
        const bool working = d.value(QLatin1String("workingDay")).toBool();
        worksheet_write_string(
            days, r, 1, working ? (english ? "yes" : "是") : (english ? "no (closed)" : "休息"), nullptr);
        worksheet_write_number(days, r, 2, d.value(QLatin1String("issued")).toInt(), nullptr);
        worksheet_write_number(days, r, 3, d.value(QLatin1String("served")).toInt(), nullptr);
        worksheet_write_number(days, r, 4, d.value(QLatin1String("setAside")).toInt(), nullptr);
        worksheet_write_number(
            days, r, 5, std::round(d.value(QLatin1String("meanWait")).toDouble() / 6.0) / 10.0, minutes);
        ++r;
    }
    const lxw_error closed = workbook_close(book.release());
    if (closed != LXW_NO_ERROR) {
        return QStringLiteral("无法写入 %1: %2").arg(path, QString::fromUtf8(lxw_strerror(closed)));
    }
    return std::nullopt;
}

} // namespace hall::reports
