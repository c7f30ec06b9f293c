#pragma once

#include "auth/authstore.h"

#include <QHash>
#include <QStringList>
#include <QTextStream>

#include <functional>

namespace hall {

/// Input and output of one hall-admin run. Secrets (new tokens) go to `out` alone so scripts can
/// capture them; explanations go to `err`.
struct AdminIo
{
    QTextStream& out;
    QTextStream& err;
    std::function<std::optional<QString>(const QString& prompt)> readPassword;
};

/// Runs one `device …` or `staff …` command (arguments after the global options) on `store`.
/// Returns the process exit code: 0 done, 1 refused, 2 usage error.
int runAdminCommand(const QStringList& command, AuthStore& store, AdminIo& io);

QString adminUsage();

/// Parses `--key value` pairs of one sub-command; nullopt on anything unexpected (an unknown key, a
/// key without a value, a stray word).
std::optional<QHash<QString, QString>> adminOptions(const QStringList& args, const QStringList& allowed);

} // namespace hall
