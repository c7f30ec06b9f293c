// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rowcopy.h"

#include <QSqlError>
#include <QStringList>

namespace hall {

std::optional<QSqlError> RowCopy::insert(const QSqlRecord& row)
{
    if (!m_insert) {
        QStringList columns;
        QStringList marks;
        for (int i = 0; i < row.count(); ++i) {
            columns << row.fieldName(i);
            marks << QStringLiteral("?");
        }
        m_insert.emplace(m_to);
        if (!m_insert->prepare(
                QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                    .arg(m_table, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))))) {
            const QSqlError e = m_insert->lastError();
            m_insert.reset();
            return e;
        }
    }
    for (int i = 0; i < row.count(); ++i) {
        m_insert->bindValue(i, row.value(i));
    }
    if (!m_insert->exec()) {
        return m_insert->lastError();
    }
    return std::nullopt;
}

qint64 tableRows(const QSqlDatabase& db, const QString& table)
{
    // Table names come from the store's own catalogue, never from a user.
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)) || !q.next()) {
        return -1;
    }
    return q.value(0).toLongLong();
}

} // namespace hall
