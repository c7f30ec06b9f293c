// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "walcheckpointer.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace hall {

WalCheckpointer::~WalCheckpointer()
{
    requestInterruption();
    wait();
}

void WalCheckpointer::run()
{
    const QString name = QStringLiteral("hall-wal-checkpointer");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=2000"));
        if (!db.open()) {
            qWarning("hall: WAL checkpointer cannot open %s: %s", qPrintable(m_path),
                     qPrintable(db.lastError().text()));
        } else {
            QSqlQuery q(db);
            QElapsedTimer since;
            since.start();
            while (!isInterruptionRequested()) {
                msleep(20);
                if (since.elapsed() >= m_intervalMs) {
                    since.restart();
                    if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"))) {
                        qWarning("hall: WAL checkpoint failed: %s", qPrintable(q.lastError().text()));
                    }
                    q.finish();
                    if (QFileInfo(m_path + QStringLiteral("-wal")).size() > m_truncateAbove) {
                        // A busy result (a reader held on past the busy timeout) just means next time.
                        if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"))) {
                            qWarning("hall: WAL truncation failed: %s", qPrintable(q.lastError().text()));
                        }
                        q.finish();
                    }
                }
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace hall
