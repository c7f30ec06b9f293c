// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QSocketNotifier>
#include <QTcpSocket>
#include <QTimer>

#include <functional>

namespace hall {

/// What one client address may hold on the service's listening socket, counted from the TCP
/// accept rather than from the finished WebSocket upgrade: a laptop on the hall's network that opens
/// sockets and never upgrades them would otherwise hold descriptors uncounted until every kiosk is
/// locked out. It owns the listening socket and its accept loop, because QTcpServer's treats
/// running out of descriptors (EMFILE) as a temporary error: it returns and is woken again at once
/// by the still-readable listening socket, spinning a core, while the connections in the backlog
/// wait forever. Here a descriptor kept in reserve is given up to accept and close the waiting
/// connections, and accepting pauses briefly. Accepted descriptors go to the TlsServer (which
/// never listens itself) to become QTcpSocket or QSslSocket, exactly as Qt's loop would make them.
class TlsServer;

class ConnectionGuard : public QObject
{
    Q_OBJECT
public:
    struct Settings
    {
        int maxPerAddress = 64;
        int handshakeTimeoutMs = 5000; ///< TCP accept to finished WebSocket upgrade (or TLS + upgrade)
    };
    using Log = std::function<void(const QString& peer, const QString& what)>;

    ConnectionGuard(TlsServer& server, Settings settings, Log log, QObject* parent = nullptr);
    ~ConnectionGuard() override;

    /// Listens on `address`:`port` (0: any free port) and starts accepting; accepted() follows
    /// for every new connection.
    bool listen(const QHostAddress& address, quint16 port, QString* error);
    quint16 port() const { return m_port; }
    /// Stops accepting and closes the listening socket.
    void stop();

    /// A socket just accepted. False: the address holds its limit already; the socket got a plain
    /// HTTP 503 and is closing, so it must not be handed to the WebSocket server.
    bool admit(QTcpSocket* socket);
    /// The WebSocket upgrade of the connection from `peer` ("address:port") finished: it now counts
    /// as a session until released(). Returns its TCP socket (null when unknown), whose write
    /// buffer is the measure of what the client has not read yet.
    QAbstractSocket* upgraded(const QString& peer);
    /// A session from `address` ended.
    void released(const QString& address);

    /// Raises the soft descriptor limit to the hard one (1,024 by default is a few hundred clients)
    /// and returns the limit now in force.
    static int raiseDescriptorLimit();

    int connections(const QString& address) const { return m_perAddress.value(address); }
    int handshaking() const { return static_cast<int>(m_handshakes.size()); }

signals:
    /// A new connection (a QSslSocket with TLS), before admit().
    void accepted(QTcpSocket* socket);

private:
    struct Handshake
    {
        QPointer<QTcpSocket> socket;
        QString address;
        qint64 deadline = 0;
    };
    void forget(const QString& peer);
    void sweep();
    void acceptAll();
    void outOfDescriptors();
    void openReserve();

    TlsServer& m_server;
    int m_listenFd = -1;
    quint16 m_port = 0;
    std::unique_ptr<QSocketNotifier> m_listening;
    Settings m_settings;
    Log m_log;
    QHash<QString, int> m_perAddress;       ///< handshakes and sessions
    QHash<QString, Handshake> m_handshakes; ///< by peer "address:port"
    QTimer m_sweep;
    QTimer m_resume;
    int m_reserveFd = -1;
};

} // namespace hall
