// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QJsonArray>
#include <QQmlEngine>

namespace hall {

/// People waiting and the estimated wait per service, for the lobby. Filled from the snapshot's
/// `services` (the service keeps the figures current with every change).
class ServiceFiguresModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by LobbyController")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged FINAL)
    Q_PROPERTY(int totalWaiting READ totalWaiting NOTIFY figuresChanged FINAL)

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        PrefixRole,
        NameZhRole,
        NameEnRole,
        WaitingRole,
        WaitMinutesRole,
        OpenCountersRole,
    };

    /// One service's figures.
    struct Figures
    {
        QString id;
        QString prefix;
        QString nameZh;
        QString nameEn;
        int waiting = 0;
        int waitMinutes = 0;
        int openCounters = 0;
        bool operator==(const Figures&) const = default;
    };

    explicit ServiceFiguresModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Updates rows in place when the same services come in the same order; resets otherwise.
    void setServices(const QJsonArray& services);
    const QList<Figures>& services() const { return m_services; }
    int totalWaiting() const;

signals:
    void countChanged();
    void figuresChanged();

private:
    QList<Figures> m_services;
};

} // namespace hall
