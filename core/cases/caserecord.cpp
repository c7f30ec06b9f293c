#include "caserecord.h"

#include <array>
#include <utility>

namespace hall {

namespace {

const std::array<std::pair<CaseStatus, const char*>, 5> kStatuses{{
    {CaseStatus::Open, "open"},
    {CaseStatus::AwaitingDocuments, "returned"},
    {CaseStatus::Completed, "completed"},
    {CaseStatus::Refused, "refused"},
    {CaseStatus::Withdrawn, "withdrawn"},
}};

const std::array<std::pair<CaseAction, const char*>, 8> kActions{{
    {CaseAction::Accepted, "accepted"},
    {CaseAction::Approved, "approved"},
    {CaseAction::Returned, "returned"},
    {CaseAction::DocumentsReceived, "documentsReceived"},
    {CaseAction::Refused, "refused"},
    {CaseAction::Withdrawn, "withdrawn"},
    {CaseAction::Noted, "noted"},
    {CaseAction::Imported, "imported"},
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

QString maskName(const QString& name)
{
    if (name.isEmpty()) {
        return {};
    }
    return name.left(1) + QString(name.size() - 1, QLatin1Char('*'));
}

QString maskPhone(const QString& phone)
{
    if (phone.size() < 7) {
        return QString(phone.size(), QLatin1Char('*'));
    }
    return phone.left(3) + QString(phone.size() - 7, QLatin1Char('*')) + phone.right(4);
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
