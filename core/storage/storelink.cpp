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
    }
    return QStringLiteral("up");
}

Error StoreLink::refusal() const
{
    if (m_state == State::HallTaken) {
        return Error{ErrorCode::StorageFailed,
                     QStringLiteral("本大厅已由另一个 hall-service 进程接管，本进程不再保存任何更改，"
                                    "请联系管理员 / Another hall-service process has taken over this hall; "
                                    "this one saves no changes: please call the administrator")};
    }
    if (m_settings.apart) {
        return Error{
            ErrorCode::StorageFailed,
            QStringLiteral("市级预约库暂不可用，正在自动重新连接：预约、改约、取消和预约签到暂停，"
                           "本次操作没有生效，请稍后再试；取号、叫号照常 / The city booking database "
                           "is unavailable and is being reconnected: booking, moving, cancelling and "
                           "check-in wait (nothing was changed, please try again shortly); tickets "
                           "and calls go on")};
    }
    return Error{ErrorCode::StorageFailed,
                 QStringLiteral("市级数据库暂不可用，正在自动重新连接：本次操作没有生效，请稍后再试 / "
                                "The city database is unavailable and is being reconnected: nothing was "
                                "changed, please try again shortly")};
}

void StoreLink::check()
{
    if (m_state != State::Up || m_store.connectionAlive()) {
        return;
    }
    goDown(State::Reconnecting, QStringLiteral("connection lost"));
}

void StoreLink::goDown(State state, const QString& why)
{
    const bool wasUp = m_state == State::Up;
    m_state = state;
    m_problem = why;
    if (wasUp) {
        m_down.start();
        m_attempts = 0;
        m_delayMs = m_settings.firstRetryMs;
        qWarning("hall: the %s connection is lost (%s): %s are refused until it is back; reconnecting",
                 m_settings.apart ? "city database" : "database", qPrintable(why),
                 m_settings.apart ? "bookings (the queue goes on)" : "changes");
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
    m_prober.start([this, options = m_store.options()] {
        std::optional<Error> problem = SqlStore::probeWritable(options);
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
    QString why;
    switch (m_store.reopen(&why)) {
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
