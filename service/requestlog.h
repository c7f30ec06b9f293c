// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ops/opcontext.h"

#include <QString>

namespace hall {

/// One line per request outcome and per connection event, on stderr. Lines name the device, the
/// op, the outcome code and a short detail (ticket number, counter); arguments are never logged, so
/// ID references, names, passwords and tokens cannot leak into the log.
class RequestLog
{
public:
    explicit RequestLog(bool quiet) : m_quiet(quiet) {}

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

private:
    void write(const QString& line);
    bool m_quiet;
    std::function<void(const QString&, const Outcome&, qint64)> m_observer;
};

} // namespace hall
