// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bookingfigures.h"
#include "casefigures.h"
#include "domain/catalogue.h"
#include "reportengine.h"

#include <QHash>
#include <QJsonObject>

namespace hall::reports {

/// Names to show for the keys of a report: services and windows from the catalogue, staff accounts
/// by their display names (supervisors read these; residents never appear in a report).
struct ReportLabels
{
    const Catalogue* catalogue = nullptr;
    QHash<QString, QString> staffNames; ///< account → display name
};

/// The protocol's form of a queue report (docs/protocol.md, "Reports"): every row with its label in
/// zh_CN and English, counts, durations in seconds, shares as fractions; rows in the order a manager
/// reads them (services as the catalogue lists them, windows by number, hours and weekdays in order).
QJsonObject queueReportJson(const QueueReport& report, const ReportLabels& labels);
QJsonObject bookingReportJson(const BookingReport& report);
QJsonObject caseReportJson(const CaseReport& report, const CasesConfig& config);

/// 政务公开: a month's 办件量 (errands finished), mean wait in minutes and 满意率, nothing else.
QJsonObject publicSummaryJson(const QueueReport& month);

/// One group's figures as the protocol gives them (a row, or the total).
QJsonObject figuresJson(const Figures& f, int targetWaitSecs);

} // namespace hall::reports
