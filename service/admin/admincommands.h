// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/authstore.h"

#include <QHash>
#include <QStringList>
#include <QTextStream>

#include <functional>

namespace hall {

/// What a command changed that the sessions of a running service must follow at once.
struct AdminChange
{
    enum class Kind
    {
        DeviceRevoked,
        StaffChanged, ///< disabled, or other counters
    };
    Kind kind;
    QString name; ///< device name or staff user
};

/// Input and output of one hall-admin run. Secrets (new tokens) go to `out` alone so scripts can
/// capture them; explanations go to `err`.
struct AdminIo
{
    QTextStream& out;
    QTextStream& err;
    std::function<std::optional<QString>(const QString& prompt)> readPassword;
    /// Told of every change that live sessions must follow (inside the service; empty otherwise).
    std::function<void(const AdminChange&)> changed = {};

    /// Says why the command changed nothing; returns the exit code of a refusal (1).
    int refuse(const QString& message) const
    {
        err << "hall-admin: " << message << Qt::endl;
        return 1;
    }
    /// Says what is wrong with the command line, then how to write it; returns the exit code of a
    /// usage error (2). Without a problem only the usage is written.
    int misuse(const QString& problem, const QString& usage) const
    {
        if (problem.isEmpty()) {
            err << "usage:\n" << usage << Qt::flush;
        } else {
            err << "hall-admin: " << problem << "\n\n" << usage << Qt::flush;
        }
        return 2;
    }
};

/// Runs one `device …` or `staff …` command (arguments after the global options) on `store`.
/// Returns the process exit code: 0 done, 1 refused, 2 usage error.
int runAdminCommand(const QStringList& command, AuthStore& store, AdminIo& io);

QString adminUsage();

/// Parses `--key value` pairs of one sub-command; nullopt on anything unexpected (an unknown key, a
/// key without a value, a stray word).
std::optional<QHash<QString, QString>> adminOptions(const QStringList& args, const QStringList& allowed);

/// True for commands that read a password from stdin (staff add, staff passwd).
bool readsPassword(const QStringList& command);

} // namespace hall
