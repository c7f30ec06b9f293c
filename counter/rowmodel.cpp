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
    if (rows == m_rows) {
        return;
    }
    const bool countChanges = rows.size() != m_rows.size();
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    if (countChanges) {
        emit countChanged();
    }
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
