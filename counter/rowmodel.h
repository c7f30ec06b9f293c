// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>
#include <QQmlEngine>
#include <QVariantMap>

namespace hall {

/// A list for QML whose rows are computed elsewhere (see counterview.h): each row is a map whose
/// keys are the roles. setRows() replaces only the stretch between the unchanged first and last
/// rows (a call removes one row, a new ticket appends one), so views keep their delegates.
class RowModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by CounterController")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged FINAL)

public:
    /// `roles` are the keys every row has; QML reads them as `model.<key>`.
    explicit RowModel(QStringList roles, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Replaces the rows; no signal when nothing changed.
    void setRows(QList<QVariantMap> rows);
    const QList<QVariantMap>& rows() const { return m_rows; }
    /// One row as a map (empty when out of range).
    Q_INVOKABLE QVariantMap get(int row) const;
    /// The first row whose `key` equals `value`, or -1.
    Q_INVOKABLE int find(const QString& key, const QVariant& value) const;

signals:
    void countChanged();

private:
    QStringList m_roles;
    QList<QVariantMap> m_rows;
};

} // namespace hall
