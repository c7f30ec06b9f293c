// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rowmodel.h"

namespace hall {

RowModel::RowModel(QStringList roles, QObject* parent) : QAbstractListModel(parent), m_roles(std::move(roles))
{}

int RowModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant RowModel::data(const QModelIndex& index, int role) const
{
    const int key = role - Qt::UserRole - 1;
    if (!index.isValid() || index.row() >= m_rows.size() || key < 0 || key >= m_roles.size()) {
        return {};
    }
    return m_rows.at(index.row()).value(m_roles.at(key));
}

QHash<int, QByteArray> RowModel::roleNames() const
{
    QHash<int, QByteArray> names;
    for (qsizetype i = 0; i < m_roles.size(); ++i) {
        names.insert(Qt::UserRole + 1 + static_cast<int>(i), m_roles.at(i).toUtf8());
    }
    return names;
}

void RowModel::setRows(QList<QVariantMap> rows)
{
    // Only the changed stretch is replaced: views keep their delegates (and scroll position) for
    // the rows that stayed, and no model reset races a delegate being created.
    const qsizetype oldCount = m_rows.size();
    const qsizetype newCount = rows.size();
    qsizetype prefix = 0;
    while (prefix < oldCount && prefix < newCount && m_rows.at(prefix) == rows.at(prefix)) {
        ++prefix;
    }
    if (prefix == oldCount && prefix == newCount) {
        return;
    }
    qsizetype suffix = 0;
    while (suffix < oldCount - prefix && suffix < newCount - prefix &&
           m_rows.at(oldCount - 1 - suffix) == rows.at(newCount - 1 - suffix)) {
        ++suffix;
    }
    const qsizetype oldMiddle = oldCount - prefix - suffix;
    const qsizetype newMiddle = newCount - prefix - suffix;
    const auto row = [](qsizetype i) { return static_cast<int>(i); };
    if (oldMiddle == newMiddle) {
        for (qsizetype i = prefix; i < prefix + newMiddle; ++i) {
            m_rows[i] = std::move(rows[i]);
        }
        emit dataChanged(index(row(prefix)), index(row(prefix + newMiddle - 1)));
        return;
    }
    if (oldMiddle > 0) {
        beginRemoveRows({}, row(prefix), row(prefix + oldMiddle - 1));
        m_rows.remove(prefix, oldMiddle);
        endRemoveRows();
    }
    if (newMiddle > 0) {
        beginInsertRows({}, row(prefix), row(prefix + newMiddle - 1));
        for (qsizetype i = 0; i < newMiddle; ++i) {
            m_rows.insert(prefix + i, std::move(rows[prefix + i]));
        }
        endInsertRows();
    }
    emit countChanged();
}

QVariantMap RowModel::get(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : QVariantMap();
}

int RowModel::find(const QString& key, const QVariant& value) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).value(key) == value) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

} // namespace hall
