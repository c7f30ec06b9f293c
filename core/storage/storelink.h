// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "groupcommit.h"
#include "sqlstore.h"

#include <QElapsedTimer>
#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <optional>

namespace hall {

/// The hall's link to its database server. On PostgreSQL a commit can fail because the server went
/// away (the primary died, the network broke): the link then refuses every change at once, tries to
/// reconnect with a bounded back-off (each attempt first asks on a worker thread whether a server
/// that takes writes answers, so a dead host never holds up the event loop), and when one does it
/// opens the store's connection again (libpq takes the primary among the URL's hosts), takes the
/// hall's advisory lock again and rebuilds every engine of the group commit from the database before
/// it takes writes again. If another process took the hall meanwhile it stays refusing and says so.
/// A synchronous standby that stops confirming commits is the other way a commit fails: with a commit
/// wait (setCommitWait) the turn that meets it is refused instead of freezing the event loop, and the
/// link refuses every change until a probe commit on a worker is confirmed in time again.
/// On SQLite the link is always up.
class StoreLink : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Up,
        Reconnecting, ///< no server that takes writes; changes refused, reads from memory go on
        HallTaken,    ///< a primary answers, but another process holds this hall's lock
        /// The primary answers, but its synchronous standby did not confirm a commit within the
        /// commit wait; changes refused until a probe commit is confirmed in time again.
        StandbyLost,
    };
    struct Settings
    {
        int firstRetryMs = 200;
        int maxRetryMs = 5000;
        /// The store is a city's database beside the hall's own SQLite, which holds the queue: a
        /// reconnect rebuilds no engine (theirs is the local store's, and changes went on meanwhile),
        /// and the refusal says that booking waits while tickets and calls go on.
        bool apart = false;
    };

    StoreLink(SqlStore& store, GroupCommit& commit, Settings settings, QObject* parent = nullptr);
    StoreLink(SqlStore& store, GroupCommit& commit, QObject* parent = nullptr)
        : StoreLink(store, commit, Settings{}, parent)
    {}
    ~StoreLink() override;

    /// Bounds each turn's statements and its COMMIT's wait for a synchronous standby (PostgreSQL
    /// only; GroupCommit::setCommitWait). 0: unbounded, as SQLite always is.
    void setCommitWait(int ms);

    State state() const { return m_state; }
    bool writable() const { return m_state == State::Up; }
    /// Whether the link is to a city database beside the hall's own store (Settings::apart).
    bool apart() const { return m_settings.apart; }
    /// STORAGE_FAILED in words for people (Error::sentence; the message joins zh and en), while not
    /// writable.
    Error refusal() const;
    /// The database's own words for the last failure: for the operator (log, /healthz), not clients.
    const QString& lastProblem() const { return m_problem; }
    /// How long the link has been down (-1 while up).
    qint64 downForMs() const { return m_state == State::Up ? -1 : m_down.elapsed(); }
    /// Reconnects since start, and attempts in the current outage.
    int reconnects() const { return m_reconnects; }
    int attempts() const { return m_attempts; }
    /// "up", "reconnecting", "hallTaken" (/healthz, /metrics).
    static QString stateName(State state);

    /// After a failed commit: whether the server still answers; if not, the link goes down.
    void check();
    /// The store was made with SqlStore::openLater (its server did not answer at start): down from
    /// the start, reconnecting as after a loss.
    void startDown(const QString& why);

signals:
    void lost(const QString& why);
    /// Open again on a primary, the hall's lock held, every engine rebuilt from the database.
    void reconnected();
    void stateChanged();

private:
    void goDown(State state, const QString& why);
    void standbyLost(const QString& why);
    void schedule();
    void attempt();
    void probed(const std::optional<Error>& problem);

    SqlStore& m_store;
    GroupCommit& m_commit;
    Settings m_settings;
    State m_state = State::Up;
    QString m_problem;
    QElapsedTimer m_down;
    QTimer m_retry;
    int m_delayMs = 0;
    int m_attempts = 0;
    int m_reconnects = 0;
    bool m_probing = false;
    QThreadPool m_prober;
};

} // namespace hall
