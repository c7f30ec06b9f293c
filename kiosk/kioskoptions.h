// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kioskshell.h"

#include <QSize>
#include <QStringList>
#include <QUrl>
#include <QVariantMap>

#include <optional>

namespace hall {

/// Everything a kiosk is configured with: command-line flags, or the same keys (camelCase) in a
/// JSON file given with --config; flags override the file.
struct KioskOptions
{
    QUrl url = QUrl(QStringLiteral("ws://127.0.0.1:7700/v1"));
    QString caFile; ///< --ca, for wss://
    QString device = QStringLiteral("kiosk-1");
    QString token;
    QVariantMap printer{
        {QStringLiteral("backend"), QStringLiteral("simulated")}}; ///< createTicketPrinter keys
    QVariantMap idCard; ///< createIdCardReader keys; empty: no reader
    /// Check-in camera: "none", "default", a camera id (QCameraDevice::id) or "simulated:IMAGE".
    QString camera = QStringLiteral("none");
    /// createAnnouncer keys for elderly mode's voice guidance; empty: no voice.
    QVariantMap voice{{QStringLiteral("audio"), QStringLiteral("media")}};
    KioskShell::Options journey;
    int backoffMaxMs = 2000;       ///< a kiosk should notice a returning service quickly
    int refusedRetryMs = 5000;     ///< after AUTH_FAILED: first wait before asking again …
    int refusedRetryMaxMs = 60000; ///< … doubling up to this
    QSize windowSize{1080, 1920};
    bool fullScreen = false;
    bool selfTest = false;

    /// Parses `arguments` (argv) over `out`; when they are wrong, an error message (Chinese and
    /// English) and `out` is left as it was. --help prints helpText() and exits.
    static std::optional<QString> parse(const QStringList& arguments, KioskOptions& out);
    /// What --help prints: the options of every front end, then this one's.
    static QString helpText();
};

} // namespace hall
