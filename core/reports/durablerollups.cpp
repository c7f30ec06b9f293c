#include "durablerollups.h"

#include "reportengine.h"

namespace hall::reports {

int RollupBacklog::add(const QList<QDate>& days)
{
    int added = 0;
    for (const QDate& d : days) {
        if (!m_pending.contains(d)) {
            m_pending.append(d);
            ++added;
        }
    }
    return added;
}

QList<QDate> RollupBacklog::takeChanges()
{
    if (m_pending.isEmpty()) {
        return {};
    }
    return {m_pending.takeFirst()};
}

std::optional<Error> RollupWriter::write(const QList<QDate>& days)
{
    ReportStore store(m_db);
    for (const QDate& day : days) {
        auto facts = store.loadDay(day, true);
        if (!facts) {
            return facts.error();
        }
        if (auto failed = store.writeRollup(rollUp(facts.value()))) {
            return failed;
        }
    }
    return std::nullopt;
}

Result<QList<QDate>> RollupWriter::load()
{
    // Two years back at most: older days were rolled up by an older service, or never will be read.
    return ReportStore(m_db).daysWithoutRollup(m_today(), ReportEngine::kMaxDays * 2);
}

DurableRollups::DurableRollups(QSqlDatabase db, std::function<QDate()> today, GroupCommit& driver)
    : RollupParts{{}, RollupWriter(std::move(db), std::move(today))}, DurableEngine(backlog, writer, driver)
{}

std::optional<Error> DurableRollups::findMissing()
{
    auto days = writer.load();
    if (!days) {
        return days.error();
    }
    if (backlog.add(days.value()) > 0) {
        scheduleTurn();
    }
    return std::nullopt;
}

void DurableRollups::madeDurable(const QList<QDate>&)
{
    if (backlog.pending() > 0) {
        scheduleTurn();
    }
}

void DurableRollups::scheduleTurn()
{
    driver().whenCommitted([](const std::optional<Error>&) {});
}

} // namespace hall::reports
