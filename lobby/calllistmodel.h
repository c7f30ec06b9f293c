// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QJsonArray>
#include <QQmlEngine>

namespace hall {

/// The last calls as the lobby shows them, newest first: ticket number, window and whether it was a
/// recall. Filled from the snapshot's `recentCalls`, which carry no names or ID numbers. A refresh
/// that only adds newer calls inserts rows at the top (so the list animates and delegates survive);
/// anything else resets the list.
class CallListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by LobbyController")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged FINAL)

public:
    enum Role
    {
        TicketRole = Qt::UserRole + 1,
        CounterRole,
        CounterNameRole,
        RecallRole,
        TimeRole, ///< HH:mm in hall time
        SeqRole,
        OutcomeRole, ///< "" (still at the window), "setAside" (过号), "finished", "transferred"
    };

    /// One call; `at` is the ISO-8601 time of the call.
    struct Call
    {
        QString ticket;
        int counter = 0;
        QString counterName;
        bool recall = false;
        QString at;
        qint64 seq = 0;
        QString outcome;
        bool operator==(const Call&) const = default;
        static Call fromJson(const QJsonObject& json);
    };

    explicit CallListModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Replaces the list with `recentCalls` (newest first), keeping at most limit() of them.
    void setCalls(const QJsonArray& recentCalls);
    void setLimit(int limit);
    int limit() const { return m_limit; }
    const QList<Call>& calls() const { return m_calls; }

signals:
    void countChanged();

private:
    QList<Call> m_calls;
    int m_limit = 8;
};

} // namespace hall
