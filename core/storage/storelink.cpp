// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storelink.h"

#include <QMetaObject>

namespace hall {

StoreLink::StoreLink(SqlStore& store, GroupCommit& commit, Settings settings, QObject* parent)
    : QObject(parent), m_store(store), m_commit(commit), m_settings(settings)
{
    m_prober.setMaxThreadCount(1);
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &StoreLink::attempt);
    connect(&m_commit, &GroupCommit::storageFailed, this, &StoreLink::check);
    connect(&m_commit, &GroupCommit::commitUnconfirmed, this, &StoreLink::standbyLost);
}

void StoreLink::setCommitWait(int ms)
{
    // Apart, the group commit writes the hall's own SQLite: the city's part of a turn (its claims and
    // their commit, through the companion) is what may hang, and is bounded as a whole.
    m_commit.setCommitWait(m_store.options().isPostgres() && !m_settings.apart ? ms : 0);
    m_commit.setCompanionWait(m_settings.apart ? ms : 0);
}

StoreLink::~StoreLink()
{
    // A probe still connecting finishes here; its answer, queued to this object, goes with it.
    m_prober.waitForDone();
}

QString StoreLink::stateName(State state)
{
    switch (state) {
    case State::Up:
        return QStringLiteral("up");
    case State::Reconnecting:
        return QStringLiteral("reconnecting");
    case State::HallTaken:
        return QStringLiteral("hallTaken");
    case State::StandbyLost:
        return QStringLiteral("standbyLost");
    }
    return QStringLiteral("up");
}

Error StoreLink::refusal() const
{
    if (m_state == State::StandbyLost) {
        const Sentence waiting{
            QStringLiteral("市级数据库的同步备用库没有及时确认保存：为保证已办理的业务不丢失，暂停保存更改，"
                           "备用库恢复后自动继续；本次操作没有生效，请稍后再试"),
            QStringLiteral("The city database's standby did not confirm the save in time: changes are paused "
                           "so that nothing confirmed can be lost, and resume by themselves when it is back; "
                           "nothing was changed, please try again shortly")};
        return Error{ErrorCode::StorageFailed, waiting.joined(), {}, waiting};
    }
    const Sentence said =
        m_state == State::HallTaken
            ? Sentence{QStringLiteral(
                           "本大厅已由另一个 hall-service 进程接管，本进程不再保存任何更改，请联系管理员"),
                       QStringLiteral(
                           "Another hall-service process has taken over this hall; this one saves no "
                           "changes: please call the administrator")}
        : m_settings.apart
            ? Sentence{QStringLiteral("市级预约库暂不可用，正在自动重新连接：预约、改约、取消和预约签到暂停，"
                                      "本次操作没有生效，请稍后再试；取号、叫号照常"),
                       QStringLiteral("The city booking database is unavailable and is being reconnected: "
                                      "booking, moving, cancelling and check-in wait (nothing was changed, "
                                      "please try again shortly); tickets and calls go on")}
            : Sentence{
                  QStringLiteral("市级数据库暂不可用，正在自动重新连接：本次操作没有生效，请稍后再试"),
                  QStringLiteral("The city database is unavailable and is being reconnected: nothing was "
                                 "changed, please try again shortly")};
    return Error{ErrorCode::StorageFailed, said.joined(), {}, said};
}

void StoreLink::check()
{
    if (m_state != State::Up || m_store.connectionAlive()) {
        return;
    }
    goDown(State::Reconnecting, QStringLiteral("connection lost"));
}

void StoreLink::startDown(const QString& why)
{
    goDown(State::Reconnecting, why);
}

void StoreLink::standbyLost(const QString& why)
{
    if (m_state != State::Up) {
        return;
    }
    goDown(State::StandbyLost, why);
}

void StoreLink::goDown(State state, const QString& why)
{
    const bool wasUp = m_state == State::Up;
    m_state = state;
    m_problem = why;
    // Only a lost standby leaves a connection on which a commit would wait again.
    m_commit.hold(state == State::StandbyLost ? std::optional<Error>(refusal()) : std::nullopt);
    if (wasUp) {
        m_down.start();
        m_attempts = 0;
        m_delayMs = m_settings.firstRetryMs;
        if (state == State::StandbyLost) {
            qWarning("hall: the synchronous standby did not confirm a commit in time (%s): changes are "
                     "refused until a commit is confirmed again",
                     qPrintable(why));
        } else {
            qWarning("hall: the %s connection is lost (%s): %s are refused until it is back; reconnecting",
                     m_settings.apart ? "city database" : "database", qPrintable(why),
                     m_settings.apart ? "bookings (the queue goes on)" : "changes");
        }
        emit lost(why);
        // At once: the standby may already be promoted, or the primary back.
        m_retry.start(0);
    }
    emit stateChanged();
}

void StoreLink::schedule()
{
    m_retry.start(m_delayMs);
    m_delayMs = qMin(m_delayMs * 2, m_settings.maxRetryMs);
}

void StoreLink::attempt()
{
    if (m_probing || m_state == State::Up) {
        return;
    }
    m_probing = true;
    ++m_attempts;
    // Waiting for the standby: a server that takes writes is not enough, a commit must be confirmed.
    const int commitWait = m_state == State::StandbyLost ? m_commit.commitWait() : 0;
    m_prober.start([this, options = m_store.options(), commitWait] {
        std::optional<Error> problem = SqlStore::probeWritable(options, commitWait);
        QMetaObject::invokeMethod(
            this, [this, problem = std::move(problem)] { probed(problem); }, Qt::QueuedConnection);
    });
}

void StoreLink::probed(const std::optional<Error>& problem)
{
    m_probing = false;
    if (problem) {
        m_problem = problem->message;
        schedule();
        return;
    }
    // The standby is back: the connection itself was never lost (else it is opened anew, as below).
    const bool keepConnection = m_state == State::StandbyLost && m_store.connectionAlive();
    QString why;
    switch (keepConnection ? SqlStore::Reopened::Done : m_store.reopen(&why)) {
    case SqlStore::Reopened::NoServer:
        m_problem = why;
        schedule();
        return;
    case SqlStore::Reopened::HallTaken:
        if (m_state != State::HallTaken) {
            qWarning("hall: reconnected, but %s: this process refuses every change", qPrintable(why));
        }
        m_delayMs = m_settings.maxRetryMs;
        goDown(State::HallTaken, why);
        schedule();
        return;
    case SqlStore::Reopened::Done:
        break;
    }
    // Memory may hold what the lost turn changed and the new primary never had. Not apart: the
    // engines are the local store's, and a rebuild here could drop a change made this turn.
    m_commit.hold(std::nullopt);
    if (!m_settings.apart) {
        m_commit.rebuildAll();
    }
    m_state = State::Up;
    m_problem.clear();
    ++m_reconnects;
    qWarning("hall: the %s connection is back after %lld ms (%d attempts); %s",
             m_settings.apart ? "city database" : "database", static_cast<long long>(m_down.elapsed()),
             m_attempts,
             m_settings.apart ? "bookings are taken again"
                              : "every engine was rebuilt from it and changes are "
                                "taken again");
    emit reconnected();
    emit stateChanged();
}

} // namespace hall
