#pragma once

#include <QString>
#include <QThread>

namespace hall {

/// Copies the SQLite write-ahead log into the database file on a thread of its own. With SQLite's
/// automatic checkpoints the copy (and its fsync of the database file) runs inside whichever commit
/// crosses the threshold, stalling every reply of that turn; here the committing connections turn
/// automatic checkpoints off and this thread does PASSIVE checkpoints, which never block them.
class WalCheckpointer : public QThread
{
public:
    WalCheckpointer(QString databasePath, int intervalMs)
        : m_path(std::move(databasePath)), m_intervalMs(intervalMs)
    {}
    ~WalCheckpointer() override;

protected:
    void run() override;

private:
    QString m_path;
    int m_intervalMs;
};

} // namespace hall
