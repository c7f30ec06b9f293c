// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "configcheck.h"

#include "bookingconfig.h"
#include "casesconfig.h"
#include "domain/hallconfig.h"
#include "domain/notices.h"

namespace hall {

namespace {

template <typename Load> ConfigFileReport check(const QString& what, const QString& path, Load load)
{
    ConfigFileReport report{what, path.isEmpty() ? QStringLiteral("(内置默认)") : path, {}};
    if (path.isEmpty()) {
        return report;
    }
    const auto loaded = load(path);
    if (!loaded) {
        report.problems << loaded.error().message;
    }
    return report;
}

ConfigFileReport noticesReport(const QString& path)
{
    ConfigFileReport report{
        QStringLiteral("notices"), path.isEmpty() ? QStringLiteral("(内置默认)") : path, {}, {}};
    if (!path.isEmpty()) {
        notices::load(path, &report.problems);
    }
    return report;
}

} // namespace

QList<ConfigFileReport> checkConfiguration(const ServiceOptions& o)
{
    return {
        check(QStringLiteral("hall"), o.hallConfig, [](const QString& p) { return loadHallConfig(p); }),
        check(QStringLiteral("booking"), o.bookingConfig,
              [](const QString& p) { return loadBookingConfig(p); }),
        check(QStringLiteral("cases"), o.casesConfig, [](const QString& p) { return loadCasesConfig(p); }),
        noticesReport(o.noticesFile),
    };
}

QString formatConfigReports(const QList<ConfigFileReport>& reports)
{
    QString out;
    for (const ConfigFileReport& r : reports) {
        const QString verdict = !r.outcome.isEmpty()   ? r.outcome
                                : r.problems.isEmpty() ? QStringLiteral("正确")
                                                       : QStringLiteral("%1 处问题").arg(r.problems.size());
        out += QStringLiteral("%1 %2: %3\n").arg(r.what, r.path, verdict);
        for (const QString& p : r.problems) {
            out += QStringLiteral("  - %1\n").arg(p);
        }
    }
    return out;
}

} // namespace hall
