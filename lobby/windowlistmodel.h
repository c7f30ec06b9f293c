// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QJsonArray>
#include <QQmlEngine>

namespace hall {

/// Every window (counter) of the hall and what it is doing, for the lobby: calling or serving a
/// ticket, open and waiting for the next, paused or closed. Filled from the snapshot's `counters`;
/// only the ticket number is taken from a counter's ticket, never anything that identifies a person.
class WindowListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by LobbyController")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged FINAL)

public:
    enum Role
    {
        NumberRole = Qt::UserRole + 1,
        NameRole,
        PhaseRole,  ///< "calling", "serving", "open", "paused", "closed"
        TicketRole, ///< ticket number in hand, or empty
    };

    /// One window as shown.
    struct Window
    {
        int number = 0;
        QString name;
        QString phase;
        QString ticket;
        bool operator==(const Window&) const = default;
        static Window fromJson(const QJsonObject& counter);
    };

    explicit WindowListModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Updates rows in place when the same windows come in the same order; resets otherwise.
    void setCounters(const QJsonArray& counters);
    const QList<Window>& windows() const { return m_windows; }

signals:
    void countChanged();

private:
    QList<Window> m_windows;
};

} // namespace hall
