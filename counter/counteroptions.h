// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "countercontroller.h"

#include <QSize>
#include <QStringList>

#include <optional>

namespace hall {

/// Everything a counter client is configured with: command-line flags, or the same keys
/// (camelCase) in a JSON file given with --config; flags override the file.
struct CounterOptions
{
    CounterController::Options controller;
    QString password;          ///< with controller.defaultUser: log in at start (demos, tests)
    int window = 0;            ///< with a login: open this window at once
    bool ratingWindow = false; ///< a second small window facing the resident for the rating
    QSize windowSize{1600, 900};
    bool fullScreen = false;
    bool selfTest = false;

    /// Parses `arguments` (argv) over `out`; when they are wrong, an error message (Chinese and
    /// English) and `out` is left as it was. --help prints helpText() and exits.
    static std::optional<QString> parse(const QStringList& arguments, CounterOptions& out);
    /// What --help prints: the options of every front end, then this one's.
    static QString helpText();
};

} // namespace hall
