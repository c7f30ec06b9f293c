// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// hall-relay: only wiring; what the relay does is relay.h. Prints "hall-relay listening on …/v1"
// once the service has accepted it and its public view is current (harnesses read that line).
#include "client/frontendstart.h"
#include "net/eventloop.h"
#include "protocol/protocol.h"
#include "relayoptions.h"
#include "system/journallog.h"
#include "system/systemdnotifier.h"
#include "system/unixsignals.h"

#include <QCoreApplication>
#include <QTimer>

#include <csignal>
#include <cstdio>

using namespace hall;

int main(int argc, char* argv[])
{
    installServiceEventLoop(argc, argv); // hundreds of display sockets: epoll, as in the service
    journallog::install();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("hall-relay"));
    UnixSignals unixSignals({SIGTERM, SIGINT}); // before any thread starts

    RelayOptions options;
    options.relay.upstream.url = QUrl(QStringLiteral("ws://127.0.0.1:7700/v1"));
    options.relay.upstream.role = QStringLiteral("relay");
    options.relay.upstream.device = QStringLiteral("relay-1");
    options.relay.upstream.backoffMaxMs = 3000; // the displays wait for the relay's link
    options.relay.downstream.port = 7710;
    if (const auto problem = RelayOptions::parse(QCoreApplication::arguments(), options)) {
        return refuseToStart(*problem);
    }
    RequestLog log(options.quiet);
    Relay relay(options.relay, log);
    SystemdNotifier systemd;
    bool listening = false;
    QObject::connect(&relay, &Relay::ready, &app, [&] {
        if (listening) {
            systemd.status(QStringLiteral("linked to %1").arg(options.relay.upstream.url.toString()));
            return;
        }
        QString error;
        if (!relay.listen(&error)) {
            std::fprintf(stderr, "%shall-relay: 无法监听 (cannot listen on) %s:%u: %s\n",
                         journallog::prefix(3).constData(),
                         qPrintable(options.relay.downstream.listen.toString()),
                         options.relay.downstream.port, qPrintable(error));
            QCoreApplication::exit(1);
            return;
        }
        listening = true;
        std::fprintf(stdout, "hall-relay listening on %s://%s:%u/v1 (upstream %s, seq %lld)\n",
                     qPrintable(relay.server().scheme()),
                     qPrintable(options.relay.downstream.listen.toString()), relay.server().port(),
                     qPrintable(options.relay.upstream.url.toString()), relay.upstream().seq());
        std::fflush(stdout);
        systemd.ready(QStringLiteral("relaying %1").arg(options.relay.upstream.url.toString()));
    });
    QObject::connect(&relay.upstream(), &ServiceClient::unauthorised, &app,
                     [](const QString& code, const QString& message) {
                         std::fprintf(stderr, "%shall-relay: the service refused this relay (%s): %s\n",
                                      journallog::prefix(4).constData(), qPrintable(code),
                                      qPrintable(message));
                     });
    QObject::connect(&unixSignals, &UnixSignals::received, &app, [&](int signalNumber) {
        std::fprintf(stderr, "%shall-relay: signal %d, stopping\n", journallog::prefix(6).constData(),
                     signalNumber);
        systemd.stopping();
        relay.server().closeAll(protocol::closecode::ShuttingDown, QStringLiteral("relay stopping"));
        QTimer::singleShot(500, &app, [&relay, &app] {
            relay.server().abortRemaining(protocol::closecode::ShuttingDown,
                                          QStringLiteral("relay stopping"));
            QTimer::singleShot(100, &app, &QCoreApplication::quit);
        });
    });
    relay.start();
    return QCoreApplication::exec();
}
