// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"

#include <QDate>
#include <QSqlDatabase>

namespace hall::reports {

/// Counselling (婚姻家庭辅导) in the divorce cooling-off period: sessions held in a period and what
/// came of them ("19 couples received, 13 reconciled"). Counts only: a session holds no personal data.
struct CounsellingCounts
{
    int sessions = 0;   ///< booked for a day of the period
    int couples = 0;    ///< distinct applications among them
    int reconciled = 0; ///< the couple reconciled and withdrew the application
    int continuing = 0;
    int declined = 0;
    int pending = 0; ///< no outcome recorded yet
    bool operator==(const CounsellingCounts&) const = default;
};

/// Reads the `counselling_sessions` table for sessions starting on a day from `from` to `to`.
Result<CounsellingCounts> counsellingReport(QSqlDatabase db, QDate from, QDate to);

} // namespace hall::reports
