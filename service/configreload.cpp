#include "configreload.h"

#include "bookingconfig.h"
#include "hallstate.h"
#include "desks/bookingdesk.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>


namespace hall {

namespace {

const QStringList kReloadableBookingKeys{QStringLiteral("holidays"), QStringLiteral("specialDates")};

/// The centre's booking file without the keys a reload applies: what only a restart may change.
QJsonObject restartOnlyPart(const QString& path)
{
    QFile f(path);
    if (path.isEmpty() || !f.open(QIODevice::ReadOnly)) {
        return {};
    }
    QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    for (const QString& key : kReloadableBookingKeys) {
        o.remove(key);
    }
    return o;
}

} // namespace

ConfigReloader::ConfigReloader(const ServiceOptions& options, HallState& hall)
    : m_options(options), m_hall(hall), m_bookingAtStart(restartOnlyPart(options.bookingConfig))
{}

QList<ConfigFileReport> ConfigReloader::reload(const Actor& actor)
{
    QList<ConfigFileReport> reports;

    // Booking: the calendar and the special dates, applied at once when the file is good.
    if (BookingDesk* desk = m_hall.booking(); desk != nullptr && !m_options.bookingConfig.isEmpty()) {
        ConfigFileReport r{QStringLiteral("booking"), m_options.bookingConfig, {}, {}};
        auto loaded = loadBookingConfig(m_options.bookingConfig);
        if (!loaded) {
            r.problems << loaded.error().message;
            r.outcome = QStringLiteral("refused");
        } else {
            BookingConfig next = desk->config();
            next.holidays = loaded.value().holidays;
            next.special = loaded.value().special;
            if (auto refused = desk->reconfigure(std::move(next))) {
                r.problems << refused->message;
                r.outcome = QStringLiteral("refused");
            } else {
                r.outcome = QStringLiteral("applied");
            }
            if (restartOnlyPart(m_options.bookingConfig) != m_bookingAtStart) {
                r.problems << QStringLiteral(
                    "办公地点、规则等其他改动需重启服务才能生效 (仅节假日和特殊日期已重新载入)");
                r.outcome += QStringLiteral(", restart needed");
            }
        }
        reports.append(r);
    }

    // Notices: journalled and pushed to every display through the group commit.
    ConfigFileReport n{QStringLiteral("notices"),
                       m_options.noticesFile.isEmpty() ? QStringLiteral("(内置默认)") : m_options.noticesFile,
                       {},
                       {}};
    QStringList problems;
    auto notices = notices::load(m_options.noticesFile, &problems);
    if (!notices) {
        n.problems = problems;
        n.outcome = QStringLiteral("refused");
    } else {
        n.outcome = m_hall.setNotices(std::move(*notices), actor) ? QStringLiteral("applied")
                                                                  : QStringLiteral("unchanged");
    }
    reports.append(n);
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
