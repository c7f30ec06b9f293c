// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportdesk.h"

#include "auth/authstore.h"
#include "cityreport.h"
#include "counsellingfigures.h"
#include "desks/bookingdesk.h"
#include "desks/casedesk.h"
#include "hallstate.h"
#include "reportjson.h"

#include <QAtomicInt>
#include <QSqlError>

namespace hall {

using namespace reports;

namespace {

QAtomicInt g_readers;

QHash<QString, QString> staffNames(QSqlDatabase db)
{
    QHash<QString, QString> out;
    if (auto staff = AuthStore(db).staff()) {
        for (const StaffAccount& a : staff.value()) {
            out.insert(a.user, a.displayName);
        }
    }
    return out;
}

} // namespace

ReportDesk::ReportDesk(HallState& hall, Settings settings)
    : m_hall(hall), m_settings(settings),
      m_rollups(
          hall.store().database(), [&hall] { return hall.engine().day(); }, hall.groupCommit(), hall.clock())
{
    // One worker: reports queue behind each other instead of competing with the hall for the CPU.
    m_pool.setMaxThreadCount(1);
    connect(&m_hall.durable(), &DurableQueue::committed, this, [this](const QList<JournalEvent>& events) {
        for (const JournalEvent& e : events) {
            if (e.kind == QLatin1String("day.rolledOver")) {
                findMissingRollups();
                return;
            }
        }
    });
}

ReportDesk::~ReportDesk()
{
    m_pool.waitForDone();
}

void ReportDesk::start()
{
    findMissingRollups();
}

void ReportDesk::findMissingRollups()
{
    if (auto failed = m_rollups.findMissing()) {
        qWarning("hall: reports cannot tell which days to roll up: %s", qPrintable(failed->message));
    }
}

ReportEngine::WorkingDay ReportDesk::workingDay() const
{
    // The hall's one calendar (immutable, shared; safe on the worker thread), with or without bookings.
    return [calendar = m_hall.calendar()](QDate d) { return calendar->isWorkingDay(d); };
}

bool ReportDesk::run(Task task, Done done, const QString& from)
{
    if (m_inFlight >= kMaxInFlight) {
        return false;
    }
    ++m_inFlight;
    const QString source = from.isEmpty() ? m_hall.store().database().connectionName() : from;
    m_pool.start([this, source, task = std::move(task), done = std::move(done)]() mutable {
        const QString name = QStringLiteral("hall-report-%1").arg(g_readers.fetchAndAddRelaxed(1));
        Result<QJsonObject> result = Error{ErrorCode::StorageFailed, QStringLiteral("报表无法读取数据库")};
        {
            QSqlDatabase db = QSqlDatabase::cloneDatabase(source, name);
            if (db.driverName() == QLatin1String("QSQLITE")) {
                db.setConnectOptions(db.connectOptions() + QStringLiteral(";QSQLITE_OPEN_READONLY"));
            }
            if (db.open()) {
                result = task(db);
                db.close();
            } else {
                result = Error{ErrorCode::StorageFailed,
                               QStringLiteral("报表无法读取数据库: %1").arg(db.lastError().text())};
            }
        }
        QSqlDatabase::removeDatabase(name);
        // Back on the event loop; discarded with the desk, which waits for this task first.
        QMetaObject::invokeMethod(
            this,
            [this, result = std::move(result), done = std::move(done)]() {
                --m_inFlight;
                done(result);
            },
            Qt::QueuedConnection);
    });
    return true;
}

bool ReportDesk::queue(const ReportQuery& query, Done done)
{
    const Catalogue catalogue = m_hall.engine().config().catalogue;
    return run(
        [query, catalogue, isWorking = workingDay()](QSqlDatabase db) -> Result<QJsonObject> {
            ReportStore store(db);
            ReportEngine engine(store, isWorking);
            auto report = engine.run(query);
            if (!report) {
                return report.error();
            }
            return queueReportJson(report.value(), ReportLabels{&catalogue, staffNames(db)});
        },
        std::move(done));
}

bool ReportDesk::cityQueue(const ReportQuery& query, const QStringList& halls, Done done)
{
    const Catalogue catalogue = m_hall.engine().config().catalogue;
    return run(
        [query, halls, catalogue, isWorking = workingDay()](QSqlDatabase db) -> Result<QJsonObject> {
            auto report = reports::CityReport::run(db, query, isWorking, halls);
            if (!report) {
                return report.error();
            }
            QJsonObject json = queueReportJson(report.value(), ReportLabels{&catalogue, {}});
            json.insert(QStringLiteral("scope"), QStringLiteral("city"));
            return json;
        },
        std::move(done), m_hall.cityDatabase()->database().connectionName());
}

bool ReportDesk::bookings(QDate from, QDate to, Done done)
{
    BookingDesk* desk = m_hall.booking();
    if (desk == nullptr) {
        done(QJsonObject{{QStringLiteral("enabled"), false}});
        return true;
    }
    return run(
        [from, to, config = desk->config()](QSqlDatabase db) -> Result<QJsonObject> {
            const BookingCalendar calendar(config);
            auto report = bookingReport(db, from, to, &calendar);
            if (!report) {
                return report.error();
            }
            QJsonObject out = bookingReportJson(report.value());
            out.insert(QStringLiteral("enabled"), true);
            auto counselling = counsellingReport(db, from, to);
            if (!counselling) {
                return counselling.error();
            }
            const CounsellingCounts& c = counselling.value();
            out.insert(QStringLiteral("counselling"),
                       QJsonObject{{QStringLiteral("sessions"), c.sessions},
                                   {QStringLiteral("couples"), c.couples},
                                   {QStringLiteral("reconciled"), c.reconciled},
                                   {QStringLiteral("continuing"), c.continuing},
                                   {QStringLiteral("declined"), c.declined},
                                   {QStringLiteral("pending"), c.pending}});
            return out;
        },
        std::move(done));
}

bool ReportDesk::cases(QDate from, QDate to, Done done)
{
    CaseDesk* desk = m_hall.cases();
    if (desk == nullptr) {
        done(QJsonObject{{QStringLiteral("enabled"), false}});
        return true;
    }
    // The engine lives on this thread: the worker gets a copy without the applicants.
    QList<CaseRecord> records = desk->engine().cases();
    for (CaseRecord& c : records) {
        c.applicant = {};
    }
    return run(
        [records = std::move(records), config = desk->engine().config(), calendar = desk->engine().calendar(),
         from, to, today = desk->engine().today()](QSqlDatabase) -> Result<QJsonObject> {
            QJsonObject out = caseReportJson(caseReport(records, config, calendar, from, to, today), config);
            out.insert(QStringLiteral("enabled"), true);
            return out;
        },
        std::move(done));
}

bool ReportDesk::publicMonthly(Done done)
{
    if (!m_settings.publicMonthly) {
        done(QJsonObject{{QStringLiteral("enabled"), false}});
        return true;
    }
    const QDate today = m_hall.engine().day();
    if (m_publicDay == today && !m_public.isEmpty()) {
        done(m_public);
        return true;
    }
    ReportQuery month = monthPeriod(today.addMonths(-1));
    month.targetWaitMinutes = m_settings.targetWaitMinutes;
    return run(
        [month, isWorking = workingDay()](QSqlDatabase db) -> Result<QJsonObject> {
            ReportStore store(db);
            ReportEngine engine(store, isWorking);
            auto report = engine.run(month);
            if (!report) {
                return report.error();
            }
            return publicSummaryJson(report.value());
        },
        [this, today, done = std::move(done)](Result<QJsonObject> r) {
            if (r) {
                m_publicDay = today;
                m_public = r.value();
            }
            done(std::move(r));
        });
}

} // namespace hall
