// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace hall::bench {

/// What one load run does: how many sessions of each kind, for how long, against which service.
struct BenchOptions
{
    int counters = 200;
    int displays = 50;
    int kiosks = 20;
    /// hall-relay processes the displays connect through (round robin); 0: displays on the service.
    int relays = 0;
    /// Before the load: this long with every session connected and nothing driven, to measure the
    /// service's background CPU (pings, timers), which the per-call figures then leave out.
    double quietSeconds = 0;
    double seconds = 10;
    /// Pause of each kiosk and counter between its requests (±50 %), as people take between touches;
    /// 0 sends the next request as soon as the reply arrives (closed loop, saturation).
    int thinkMs = 0;
    /// Threads the bench reads its displays on (DisplayReaders); 0: the main thread, beside the
    /// counters and kiosks.
    int readerThreads = 0;
    /// Displays as bare WebSocket clients (LeanDisplays) instead of QWebSocket ones.
    bool leanDisplays = false;
    int services = 26; ///< services in the generated hall (A–Z), 999 tickets each
    QUrl url;          ///< empty: start a private hall-service on 127.0.0.1
    QString dataDir;   ///< with --url: the service's data directory, where the bench adds its devices
    /// The hall-service binary to start (default: the one built with the bench); another build
    /// (the previous commit's) runs the same load for a side-by-side comparison.
    QString servicePath;
    QStringList serviceFlags; ///< extra flags for the private service
};

/// Parses the command line; nullopt after printing help or an error (exit code in `exitCode`).
std::optional<BenchOptions> parseBenchOptions(const QStringList& arguments, const BenchOptions& defaults,
                                              int& exitCode);

} // namespace hall::bench
