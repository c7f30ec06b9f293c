#pragma once

#include "caseengine.h"
#include "casestore.h"
#include "storage/groupcommit.h"

#include <QObject>

#include <functional>
#include <memory>

namespace hall {

/// The case side of the hall service: the engine, its sealed store and its place in the service's
/// group commit (changes of one event-loop turn commit with the queue's and the bookings' in one
/// transaction; a failed commit rebuilds the cases from storage). HallState owns one; caseops.cpp
/// works through it.
class CaseDesk : private CommitParticipant
{
public:
    static Result<std::unique_ptr<CaseDesk>> open(CasesConfig config, const Clock& clock, QSqlDatabase db,
                                                  GroupCommit& driver, const QByteArray& personSecret);
    ~CaseDesk() override;
    CaseDesk(const CaseDesk&) = delete;
    CaseDesk& operator=(const CaseDesk&) = delete;

    CaseEngine& engine() { return m_engine; }
    CaseStore& store() { return *m_store; }
    GroupCommit& driver() { return m_driver; }

    /// Runs `op` now; `done` gets its result once the turn's group commit holds it (or STORAGE_FAILED).
    template <typename T>
    void submit(const std::function<CaseResult<T>(CaseEngine&)>& op, std::function<void(CaseResult<T>)> done)
    {
        CaseResult<T> result = op(m_engine);
        m_driver.whenCommitted(
            [result = std::move(result), done = std::move(done)](const std::optional<Error>& f) {
                done(f && result.ok() ? CaseResult<T>(CaseError{CaseErrorCode::StorageFailed, f->message, {}})
                                      : result);
            });
    }

    /// The case types `user` may act on ("*" for all), read from storage (hall-admin changes them).
    bool mayHandle(const QString& user, const QString& type);

private:
    CaseDesk(CasesConfig config, const Clock& clock, const QByteArray& personSecret, GroupCommit& driver);

    bool stage() override;
    std::optional<Error> write() override;
    void rebuild() override;

    CaseEngine m_engine;
    std::unique_ptr<CaseStore> m_store;
    GroupCommit& m_driver;
    QList<CaseRecord> m_staged;
};

} // namespace hall
