// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "admin/adminwire.h"

#include <QLocalServer>
#include <QObject>

#include <functional>

namespace hall {

/// The service's end of hall-admin's socket (adminwire.h): reads one request per connection, hands
/// it to the handler on the event loop (so every admin write is one more change of the single
/// writer, and revocations reach open connections at once) and writes the reply back.
class AdminChannel : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const adminwire::Reply&)>;
    using Handler = std::function<void(const adminwire::Request&, Done)>;

    explicit AdminChannel(Handler handler, QObject* parent = nullptr);

    /// Listens on `DIR/admin.sock` (owner only). The caller holds the data directory's lock, so a
    /// socket file left by a crashed service can be removed safely.
    bool listen(const QString& dataDir, QString* error);

private:
    void accept();

    Handler m_handler;
    QLocalServer m_server;
};

} // namespace hall
