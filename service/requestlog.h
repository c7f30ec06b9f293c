// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ops/opcontext.h"

#include <QByteArray>
#include <QMetaObject>
#include <QString>

namespace hall {

/// One line per request outcome and per connection event, on stderr. Lines name the device, the
/// op, the outcome code and a short detail (ticket number, counter); arguments are never logged, so
/// ID references, names, passwords and tokens cannot leak into the log.
class RequestLog
{
public:
    explicit RequestLog(bool quiet);
    ~RequestLog();
    RequestLog(const RequestLog&) = delete;
    RequestLog& operator=(const RequestLog&) = delete;

    void request(const Session& s, const QString& op, const QJsonValue& id, const Outcome& outcome,
                 qint64 micros);
    /// Told of every request outcome, quiet or not (/metrics counts them).
    void setObserver(std::function<void(const QString& op, const Outcome& outcome, qint64 micros)> observer)
    {
        m_observer = std::move(observer);
    }
    void connection(const QString& peer, const QString& what);

    /// Masks a text that might be personal for the log: keeps the first and last character.
    static QString mask(const QString& text);

    /// Writes the lines kept since the last write: the event loop calls it before it waits.
    void flush();

private:
    /// Keeps a line (UTF-8, without its time) for the next flush().
    void write(QByteArrayView line);

    bool m_quiet;
    /// The turn's lines, written with one system call when the loop is about to wait (one write(2)
    /// per request cost as much kernel time as the request's socket read).
    QByteArray m_pending;
    QMetaObject::Connection m_flushBeforeWait;
    qint64 m_stampMs = -1;
    QByteArray m_stamp; ///< the time of m_stampMs as the log writes it
    std::function<void(const QString&, const Outcome&, qint64)> m_observer;
};

} // namespace hall
