// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QLocalServer;
class QLocalSocket;

namespace hall {

/// A test-only window into a running front end: with `HALL_UI_PROBE=/path/to/socket` in its
/// environment, the program answers questions about its windows on that local socket, one JSON
/// object per line — where an item is on the screen (`find`, `findAll`: screen pixels, so a test can
/// click there with real input events), what text is shown (`texts`), which item has the keys
/// (`focus`), text that does not fit (`layout`, LayoutCheck) and a picture of the window (`grab`).
/// It never changes anything: journeys act through the X server like a person.
class UiProbe : public QObject
{
    Q_OBJECT

public:
    /// Starts a probe when HALL_UI_PROBE is set; otherwise does nothing. Parent: the application.
    static void startFromEnvironment(QObject* parent);

    UiProbe(const QString& path, QObject* parent);

private:
    void onConnection();
    void onReadable(QLocalSocket* socket);
    QByteArray answer(const QByteArray& line) const;

    QLocalServer* m_server;
};

} // namespace hall
