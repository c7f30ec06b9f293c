// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

namespace hall::reports {

/// One column of an exported (or shown) queue report: where its value is in a row of the protocol's
/// report JSON, its heading, and how to show it.
struct ReportColumn
{
    enum class Kind
    {
        Text,    ///< the row's label
        Count,   ///< a whole number
        Minutes, ///< seconds in the JSON, minutes (one decimal) in the table
        Share    ///< a fraction, shown as a percentage
    };
    const char* path; ///< e.g. "wait.median"
    const char* zh;
    const char* en;
    Kind kind;
};

/// The columns of a queue report table, in order: the one list the counter's table, the CSV and
/// the XLSX export all use, so they cannot disagree.
const QList<ReportColumn>& reportColumns();

/// The rows of the report's table: every group, then the total (labelled 合计 / Total).
QList<QJsonObject> reportTableRows(const QJsonObject& report);

/// A column's value in a row (or the total) of the report JSON: a QString for Text, an int for
/// Count, a double (minutes, one decimal) for Minutes, a double fraction for Share.
QVariant columnValue(const QJsonObject& row, const ReportColumn& column, bool english);

/// The same value as people read it: "12", "8.5" (minutes), "87.5%"; the label for Text.
QString columnText(const QJsonObject& row, const ReportColumn& column, bool english);

/// The title line of an export: the centre, the period and the grouping.
QString reportTitle(const QJsonObject& report, const QString& centre, bool english);

/// The report as CSV: UTF-8 with a byte-order mark (so Excel on Chinese Windows opens it as UTF-8),
/// CRLF line ends, a title line, the headings, one line per row and the total. Shares as "87.5%".
QByteArray reportCsv(const QJsonObject& report, const QString& centre, bool english = false);

/// The report as an Excel workbook through libxlsxwriter: sheet 1 the table (numbers as numbers,
/// minutes and percentages formatted), sheet 2 the days of the period. Returns a message on failure.
std::optional<QString> writeReportXlsx(const QJsonObject& report, const QString& centre, const QString& path,
                                       bool english = false);

/// A file name for the report: "报表-2026-11-01-2026-11-30-窗口.xlsx".
QString reportFileName(const QJsonObject& report, const QString& suffix, bool english = false);

} // namespace hall::reports
