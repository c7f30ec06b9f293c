// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <algorithm>

namespace hall {

/// Removes `flag` and the value after it from `args` and returns the value (empty when absent): a
/// screenshot program takes its own options this way before its front end's parser reads the rest.
inline QString takeOption(QStringList& args, const QString& flag)
{
    const qsizetype i = args.indexOf(flag);
    const QString value = i >= 0 && i + 1 < args.size() ? args.at(i + 1) : QString();
    if (i >= 0) {
        args.remove(i, std::min<qsizetype>(2, args.size() - i));
    }
    return value;
}

} // namespace hall
