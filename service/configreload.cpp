// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "configreload.h"

#include "bookingconfig.h"
#include "desks/bookingdesk.h"
#include "hallstate.h"
#include "storage/calendarstore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace hall {

namespace {

const QString kBuiltIn = QStringLiteral("(内置默认)");
const QString kApplied = QStringLiteral("applied");
const QString kUnchanged = QStringLiteral("unchanged");
const QString kRefused = QStringLiteral("refused");

/// The file without the key a reload applies: what only a restart may change.
QJsonObject restartOnlyPart(const QString& path, const QString& reloadable)
{
    QFile f(path);
    if (path.isEmpty() || !f.open(QIODevice::ReadOnly)) {
        return {};
    }
    QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    o.remove(reloadable);
    return o;
}

void noteRestart(ConfigFileReport& r, const QString& applies)
{
    r.problems << QStringLiteral("其他改动需重启服务才能生效（重新载入只应用 %1）").arg(applies);
    r.outcome += QStringLiteral(", restart needed");
}

} // namespace

ConfigReloader::ConfigReloader(const ServiceOptions& options, HallState& hall)
    : m_options(options), m_hall(hall),
      m_hallAtStart(restartOnlyPart(options.hallConfig, QStringLiteral("calendar"))),
      m_bookingAtStart(restartOnlyPart(options.bookingConfig, QStringLiteral("specialDates")))
{}

QList<ConfigFileReport> ConfigReloader::reload(const Actor& actor)
{
    QList<ConfigFileReport> reports;

    // The calendar as at start: the hall file (every check of start-up) and the entered years.
    ConfigFileReport hallReport{
        QStringLiteral("hall"), m_options.hallConfig.isEmpty() ? kBuiltIn : m_options.hallConfig, {}, {}};
    std::shared_ptr<const HallCalendar> calendar = m_hall.calendar();
    if (auto hall = calendarstore::loadHall(m_options.hallConfig, m_hall.store().database()); !hall) {
        hallReport.problems << hall.error().message;
        hallReport.outcome = kRefused;
    } else {
        calendar = hall.value().calendar;
        hallReport.outcome = calendar->config() != m_hall.calendar()->config() ? kApplied : kUnchanged;
    }

    // Booking's special dates, when the hall books and the centre has a booking file.
    std::optional<ConfigFileReport> bookingReport;
    std::optional<SpecialDateRules> special;
    if (BookingDesk* desk = m_hall.booking(); desk != nullptr && !m_options.bookingConfig.isEmpty()) {
        bookingReport = ConfigFileReport{QStringLiteral("booking"), m_options.bookingConfig, {}, {}};
        if (auto loaded = loadBookingConfig(m_options.bookingConfig); !loaded) {
            bookingReport->problems << loaded.error().message;
            bookingReport->outcome = kRefused;
        } else {
            special = loaded.value().special;
            bookingReport->outcome = *special != desk->config().special ? kApplied : kUnchanged;
        }
    }

    // One change for the queue, bookings and cases; the bookings can refuse it as a whole.
    if (const auto applied = m_hall.reloadCalendar(calendar, special ? &*special : nullptr, actor);
        !applied) {
        for (ConfigFileReport* r : {&hallReport, bookingReport ? &*bookingReport : nullptr}) {
            if (r != nullptr && r->outcome == kApplied) {
                r->problems << applied.error().message;
                r->outcome = kRefused;
            }
        }
    }
    if (hallReport.outcome != kRefused &&
        restartOnlyPart(m_options.hallConfig, QStringLiteral("calendar")) != m_hallAtStart) {
        noteRestart(hallReport, QStringLiteral("calendar"));
    }
    if (bookingReport && bookingReport->outcome != kRefused &&
        restartOnlyPart(m_options.bookingConfig, QStringLiteral("specialDates")) != m_bookingAtStart) {
        noteRestart(*bookingReport, QStringLiteral("specialDates"));
    }
    reports << hallReport;
    if (bookingReport) {
        reports << *bookingReport;
    }

    // Notices: journalled and pushed to every display through the group commit.
    ConfigFileReport n{QStringLiteral("notices"),
                       m_options.noticesFile.isEmpty() ? kBuiltIn : m_options.noticesFile,
                       {},
                       {}};
    QStringList problems;
    if (auto notices = notices::load(m_options.noticesFile, &problems); !notices) {
        n.problems = problems;
        n.outcome = kRefused;
    } else {
        n.outcome = m_hall.setNotices(std::move(*notices), actor) ? kApplied : kUnchanged;
    }
    reports << n;
    return reports;
}

QJsonArray reportsToJson(const QList<ConfigFileReport>& reports)
{
    QJsonArray out;
    for (const ConfigFileReport& r : reports) {
        out.append(QJsonObject{{QStringLiteral("what"), r.what},
                               {QStringLiteral("path"), r.path},
                               {QStringLiteral("outcome"), r.outcome},
                               {QStringLiteral("problems"), QJsonArray::fromStringList(r.problems)}});
    }
    return out;
}

} // namespace hall
