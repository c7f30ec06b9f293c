// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QJsonArray>
#include <QQmlEngine>
#include <QSet>
#include <QStringList>

namespace hall {

/// Today's services as the kiosk shows them: name in the screen's language (the other one as a
/// second line), people waiting and the estimated wait, and whether the resident picked it. Filled
/// from the snapshot's "services"; a refreshed snapshot keeps the resident's picks.
class ServiceListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by a kiosk flow")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged FINAL)
    Q_PROPERTY(int selectedCount READ selectedCount NOTIFY selectionChanged FINAL)
    Q_PROPERTY(QStringList selectedNames READ selectedNames NOTIFY selectionChanged FINAL)

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        PrefixRole,
        NameRole,
        SecondaryNameRole,
        WaitingRole,
        WaitMinutesRole,
        SelectedRole,
    };

    explicit ServiceListModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setServices(const QJsonArray& services);
    void setEnglish(bool english);

    Q_INVOKABLE void toggle(int row);
    Q_INVOKABLE void select(const QString& id);
    Q_INVOKABLE void clearSelection();

    int selectedCount() const { return static_cast<int>(m_selected.size()); }
    /// In the order the resident picked them: one-stop errands are served in this order.
    QStringList selectedIds() const { return m_selected; }
    QStringList selectedNames() const;
    /// Chinese names for the paper ticket, in errand order.
    QStringList selectedNamesZh() const;

signals:
    void countChanged();
    void selectionChanged();

private:
    struct Service
    {
        QString id;
        QString prefix;
        QString nameZh;
        QString nameEn;
        int waiting = 0;
        int waitMinutes = 0; ///< -1: no open window serves it (no figure to promise)
    };
    int rowOf(const QString& id) const;
    QString nameOf(const Service& s) const;

    QList<Service> m_services;
    QStringList m_selected;
    bool m_english = false;
};

} // namespace hall
