// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QHostAddress>
#include <QString>
#include <QStringList>

#include <optional>

namespace hall {

/// How hall-service runs: where it listens, where it keeps its data and how it protects itself.
/// Read from `--config FILE` (JSON, same keys as the long flags in camelCase) and then the flags.
struct ServiceOptions
{
    /// Loopback unless chosen: plain ws:// carries tokens and passwords in clear, so it is served on
    /// another address only with TLS or `allowPlainWs`.
    QHostAddress listen = QHostAddress::LocalHost;
    bool allowPlainWs = false; ///< --allow-plain-ws: plain ws:// on a non-loopback address, knowingly
    quint16 port = 7700;       ///< 0 picks a free port (tests); the chosen one is printed
    QString dataDir;
    /// SQLite file (relative paths are inside dataDir) or a PostgreSQL URL (`postgresql://…`,
    /// docs/operations.md "A city on one PostgreSQL")
    QString database;
    /// The city's PostgreSQL beside a hall whose `database` is its own SQLite (docs/operations.md,
    /// "A hall with its own store in a city"); empty: none.
    QString cityDatabase;
    /// In a city: the offices this hall serves (city.office_halls); bookings for them made at other
    /// halls are handed over here.
    QStringList servesOffices;
    QString hall;       ///< PostgreSQL: this hall's id among the halls of one database (empty: the only one)
    QString hallConfig; ///< hall configuration JSON; empty = the built-in catalogue
    /// PostgreSQL: a turn's statements and its COMMIT's wait for the synchronous standby are bounded to
    /// this; a commit that took longer is not acknowledged and changes pause (StoreLink::StandbyLost).
    int commitWaitMs = 5000;
    int maxConnectionsPerAddress = 64;
    double rateLimitPerSecond = 50;
    int rateBurst = 100;
    /// hall.snapshot and subscribe per connection (a staff snapshot of a full day is ~700 KB): a
    /// client needs one per connection and one per seq gap.
    double snapshotRate = 1;
    int snapshotBurst = 10;
    int pingIntervalMs = 15000;
    int staleAfterMs = 45000;
    int handshakeTimeoutMs = 5000;     ///< TCP accept to finished WebSocket upgrade
    int helloTimeoutMs = 10000;        ///< upgrade to successful hello
    qint64 maxUnsentBytes = 2 << 20;   ///< a client with more unread bytes queued is closed (4003)
    qint64 walLimitBytes = 64LL << 20; ///< past this the WAL is checkpointed and started again
    int ledgerRetentionHours = 24;     ///< request ledger: answers kept this long …
    int ledgerPerDevice = 5000;        ///< … and at most this many per device (and staff member)
    int kioskIssuesPerMinute = 10;     ///< tickets one kiosk may issue per minute (burst as many)
    int deviceWritesPerMinute = 60;    ///< changes one kiosk or display may make per minute
    bool init = false;                 ///< --init: create a new hall in dataDir (command line only)
    QDateTime startTime;               ///< hall clock starts here and runs with real time (demos, tests)
    bool quiet = false;                ///< no per-request log lines
    QString bookingConfig;             ///< booking configuration JSON; empty = the built-in one
    QString casesConfig;               ///< case workflows JSON (docs/cases.md); empty = the built-in set
    QString noticesFile;               ///< the lobby's public notices JSON; empty = the built-in ones
    double bookingDeviceRate = 1;      ///< booking requests with ID numbers, per device (token bucket)
    int bookingDeviceBurst = 30;
    double bookingIdRate = 0.1; ///< booking requests per ID number (token bucket)
    int bookingIdBurst = 5;
    QString tlsCertificate;   ///< PEM certificate (chain); with tlsKey the service speaks wss:// only
    QString tlsKey;           ///< PEM private key of tlsCertificate, unencrypted
    bool checkConfig = false; ///< --check-config: read every configuration file, report, exit
    QHostAddress operatorListen = QHostAddress::LocalHost; ///< the operator endpoint (/healthz, /metrics)
    int operatorPort = -1; ///< -1: no operator endpoint; 0: any free port (printed at start)
    /// The residents' pages (ticket and booking pages for phones on the hall's guest network).
    QHostAddress residentListen = QHostAddress::LocalHost;
    int residentPort = -1;          ///< -1: no residents' pages; 0: any free port (printed at start)
    QString residentBaseUrl;        ///< what phones reach them by, printed in QR codes; empty: old codes
    QString residentTlsCertificate; ///< with residentTlsKey the residents' pages are HTTPS only
    QString residentTlsKey;
    int residentWatchers = 4000;        ///< live ticket pages (SSE streams) at once, all addresses
    int residentWatchersPerAddress = 6; ///< … from one address
    int residentPlaceSpacingMs = 1000;  ///< a queue's waiting pages get their new places at most this often

    /// The SQLite file; meaningless when `usesPostgres()`.
    QString databasePath() const;
    bool usesPostgres() const; ///< the store: databaseurl::storeOptions(database, dataDir)
};

/// The parsed command line: options to run with, or text to print and the exit code.
struct ParsedOptions
{
    std::optional<ServiceOptions> options;
    QString message;
    int exitCode = 0;
};

ParsedOptions parseServiceOptions(const QStringList& arguments);

} // namespace hall
