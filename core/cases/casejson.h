// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "caseprogress.h"

#include <QJsonObject>

namespace hall {

/// Who a case is shown to: residents at the kiosk see their case without staff names or notes; staff
/// see the history. Both see the applicant masked.
enum class CaseAudience
{
    Resident,
    Staff
};

/// A case as the protocol sends it (docs/protocol.md, "Cases").
QJsonObject caseJson(const CaseRecord& c, const CasesConfig& config, const WorkingCalendar& calendar,
                     QDate today, CaseAudience audience);

/// The workflows (types, steps) for the counter's pickers.
QJsonObject workflowsJson(const CasesConfig& config);

} // namespace hall
