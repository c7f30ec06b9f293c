// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "caserecord.h"

#include <array>
#include <utility>

namespace hall {

namespace {

const std::array<std::pair<CaseStatus, const char*>, 6> kStatuses{{
    {CaseStatus::Open, "open"},
    {CaseStatus::AwaitingDocuments, "returned"},
    {CaseStatus::Completed, "completed"},
    {CaseStatus::Refused, "refused"},
    {CaseStatus::Withdrawn, "withdrawn"},
    {CaseStatus::Objected, "objected"},
}};

const std::array<std::pair<CaseAction, const char*>, 11> kActions{{
    {CaseAction::Accepted, "accepted"},
    {CaseAction::Approved, "approved"},
    {CaseAction::Returned, "returned"},
    {CaseAction::DocumentsReceived, "documentsReceived"},
    {CaseAction::Refused, "refused"},
    {CaseAction::Withdrawn, "withdrawn"},
    {CaseAction::Noted, "noted"},
    {CaseAction::Imported, "imported"},
    {CaseAction::ObjectionReceived, "objectionReceived"},
    {CaseAction::ObjectionUpheld, "objectionUpheld"},
    {CaseAction::ObjectionDismissed, "objectionDismissed"},
}};

} // namespace

QString toString(CaseStatus s)
{
    for (const auto& [v, name] : kStatuses) {
        if (v == s) {
            return QString::fromLatin1(name);
        }
    }
    return QStringLiteral("open");
}

std::optional<CaseStatus> caseStatusFromString(const QString& s)
{
    for (const auto& [v, name] : kStatuses) {
        if (s == QLatin1String(name)) {
            return v;
        }
    }
    return std::nullopt;
}

QString toString(CaseAction a)
{
    for (const auto& [v, name] : kActions) {
        if (v == a) {
            return QString::fromLatin1(name);
        }
    }
    return QStringLiteral("noted");
}

std::optional<CaseAction> caseActionFromString(const QString& s)
{
    for (const auto& [v, name] : kActions) {
        if (s == QLatin1String(name)) {
            return v;
        }
    }
    return std::nullopt;
}

bool validPhone(const QString& phone)
{
    if (phone.size() != 11 || phone.at(0) != QLatin1Char('1')) {
        return false;
    }
    for (const QChar c : phone) {
        if (!c.isDigit()) {
            return false;
        }
    }
    return true;
}

} // namespace hall
