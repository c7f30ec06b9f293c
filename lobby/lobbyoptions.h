// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSize>
#include <QStringList>
#include <QUrl>
#include <QVariantMap>

#include <optional>

namespace hall {

/// Everything a lobby display is configured with: command-line flags, or the same keys (camelCase)
/// in a JSON file given with --config; flags override the file.
struct LobbyOptions
{
    QUrl url = QUrl(QStringLiteral("ws://127.0.0.1:7700/v1"));
    QString caFile; ///< --ca, for wss://
    QString device = QStringLiteral("lobby-1");
    QString token;
    QString noticesFile; ///< empty: the built-in notices
    /// createAnnouncer keys, plus "audio": "none" for a display without voice.
    QVariantMap voice{{QStringLiteral("audio"), QStringLiteral("media")}};
    int callsShown = 6;
    bool english = false;
    int backoffMaxMs = 3000;       ///< a display should come back soon after the service does
    int refusedRetryMs = 5000;     ///< after AUTH_FAILED: first wait before asking again …
    int refusedRetryMaxMs = 60000; ///< … doubling up to this
    QSize windowSize{1920, 1080};
    bool fullScreen = false;
    bool selfTest = false;

    bool voiceEnabled() const
    {
        return voice.value(QStringLiteral("audio")).toString() != QLatin1String("none");
    }

    /// Parses `arguments` (argv) over `out`; when they are wrong, an error message (Chinese and
    /// English) and `out` is left as it was. --help prints helpText() and exits.
    static std::optional<QString> parse(const QStringList& arguments, LobbyOptions& out);
    /// What --help prints: the options of every front end, then this one's.
    static QString helpText();
};

} // namespace hall
