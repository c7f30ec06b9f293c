// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "relayoptions.h"

#include "client/frontendoptions.h"

#include <QHostAddress>

namespace hall {

namespace {

void declareRelay(FrontEndOptionParser& p, RelayOptions& o)
{
    ServiceClient::Options& up = o.relay.upstream;
    ServiceOptions& down = o.relay.downstream;
    p.addConnection({up.url, up.device, up.token, up.caFile},
                    {QStringLiteral("hall-relay: serves a lobby PC's displays the hall's public view over "
                                    "one connection to hall-service."),
                     QStringLiteral("This relay's device name (default relay-1)."),
                     QStringLiteral("This relay's token (hall-admin device add --role relay)."),
                     {},
                     {},
                     {}});
    p.addValue("listen", "Address the displays connect to (default 127.0.0.1).", [&down](const QString& v) {
        const QHostAddress address(v);
        if (address.isNull()) {
            return false;
        }
        down.listen = address;
        return true;
    });
    p.addInteger("port", "Port the displays connect to (default 7700; 0 picks a free one).", 0, 65535,
                 [&down](int port) { down.port = static_cast<quint16>(port); });
    p.addSwitch("allow-plain-ws", "Serve plain ws:// on a non-loopback address without TLS, knowingly.",
                down.allowPlainWs);
    p.addText("tls-cert", "PEM certificate (chain): the displays then connect with wss://.",
              down.tlsCertificate);
    p.addText("tls-key", "PEM private key of --tls-cert, unencrypted.", down.tlsKey);
    p.addInteger("max-connections-per-address", "Display connections from one address (default 64).", 1,
                 100000, [&down](int n) { down.maxConnectionsPerAddress = n; });
    p.addInteger("max-unsent-bytes",
                 "A display with more unread bytes queued is closed, 4003 (default 2097152).", 65536, 1 << 30,
                 [&down](int n) { down.maxUnsentBytes = n; });
    p.addSwitch("quiet", "No per-request log lines.", o.quiet);
    // Read from argv before the options (installServiceEventLoop); declared so it is accepted.
    p.addChoice("event-loop", "epoll (default) or qt.", {QStringLiteral("epoll"), QStringLiteral("qt")},
                [](const QString&) {});
    p.addCheck([&o]() -> std::optional<QString> {
        const ServiceOptions& d = o.relay.downstream;
        if (d.tlsCertificate.isEmpty() != d.tlsKey.isEmpty()) {
            return QStringLiteral(
                "--tls-cert 与 --tls-key 须一起给出 (--tls-cert and --tls-key go together)");
        }
        if (d.tlsCertificate.isEmpty() && !d.listen.isLoopback() && !d.allowPlainWs) {
            return QStringLiteral("在 %1 上提供明文 ws:// 需要 --tls-cert/--tls-key 或 --allow-plain-ws "
                                  "(plain ws:// on a non-loopback address needs TLS or --allow-plain-ws)")
                .arg(d.listen.toString());
        }
        return std::nullopt;
    });
}

} // namespace

std::optional<QString> RelayOptions::parse(const QStringList& arguments, RelayOptions& out)
{
    return parseInto(arguments, out, &declareRelay);
}

QString RelayOptions::helpText()
{
    return helpTextOf(&declareRelay);
}

} // namespace hall
