// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "databaseurl.h"

#include <QDir>
#include <QRegularExpression>
#include <QUrl>

namespace hall::databaseurl {

namespace {

// The libpq keys a hall's URL may carry; anything else is most likely a typo.
constexpr const char* kAllowedKeys[] = {"host",
                                        "port",
                                        "dbname",
                                        "user",
                                        "password",
                                        "passfile",
                                        "connect_timeout",
                                        "target_session_attrs",
                                        "application_name",
                                        "sslmode",
                                        "sslrootcert",
                                        "sslcert",
                                        "sslkey",
                                        "keepalives_idle",
                                        "keepalives_interval",
                                        "keepalives_count",
                                        "tcp_user_timeout"};

Error refused(const QString& database, const QString& why)
{
    // The URL may hold a password: never repeated in the message.
    Q_UNUSED(database);
    return Error{ErrorCode::InvalidArgument,
                 QStringLiteral("--database 的 PostgreSQL 地址无效：%1").arg(why)};
}

QString decoded(const QString& part)
{
    return QUrl::fromPercentEncoding(part.toUtf8());
}

bool allowed(const QString& key)
{
    for (const char* k : kAllowedKeys) {
        if (key == QLatin1String(k)) {
            return true;
        }
    }
    return false;
}

// libpq's conninfo value: quoted, so spaces and quotes in a value cannot start another key.
QString conninfoValue(QString v)
{
    v.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    v.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + v + QLatin1Char('\'');
}

} // namespace

bool isPostgres(const QString& database)
{
    return database.startsWith(QLatin1String("postgresql://")) ||
           database.startsWith(QLatin1String("postgres://"));
}

std::optional<Error> checkHallId(const QString& hall)
{
    static const QRegularExpression id(QStringLiteral("^[a-z0-9_]{1,32}$"));
    if (hall.isEmpty() || id.match(hall).hasMatch()) {
        return std::nullopt;
    }
    return Error{ErrorCode::InvalidArgument,
                 QStringLiteral("大厅编号 \"%1\" 无效：1–32 个小写字母、数字或下划线").arg(hall.left(40))};
}

Result<SqlStore::Options> storeOptions(const QString& database, const QString& dataDir, const QString& hall)
{
    if (auto bad = checkHallId(hall)) {
        return *bad;
    }
    if (!hall.isEmpty() && !isPostgres(database)) {
        return Error{
            ErrorCode::InvalidArgument,
            QStringLiteral("--hall 只用于 PostgreSQL（多个大厅共用一个数据库）；SQLite 数据库只存一个大厅")};
    }
    SqlStore::Options o;
    if (!hall.isEmpty()) {
        o.schema = QStringLiteral("hall_") + hall;
    }
    if (!isPostgres(database)) {
        o.database =
            QDir(dataDir).absoluteFilePath(database.isEmpty() ? QStringLiteral("hall.sqlite") : database);
        return o;
    }
    o.driver = QStringLiteral("QPSQL");
    QString rest = database.mid(database.indexOf(QLatin1String("://")) + 3);
    QString query;
    if (const int q = rest.indexOf(QLatin1Char('?')); q >= 0) {
        query = rest.mid(q + 1);
        rest.truncate(q);
    }
    QString path;
    if (const int slash = rest.indexOf(QLatin1Char('/')); slash >= 0) {
        path = decoded(rest.mid(slash + 1));
        rest.truncate(slash);
    }
    if (const int at = rest.lastIndexOf(QLatin1Char('@')); at >= 0) {
        const QString credentials = rest.left(at);
        rest = rest.mid(at + 1);
        const int colon = credentials.indexOf(QLatin1Char(':'));
        o.user = decoded(credentials.left(colon));
        if (colon >= 0) {
            o.password = decoded(credentials.mid(colon + 1));
        }
    }
    // Hosts and ports go to libpq as lists in the connect options: a primary and its standbys.
    QStringList hosts;
    QStringList ports;
    bool anyPort = false;
    for (const QString& entry : rest.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        QString host = entry;
        QString port;
        if (const int colon = entry.lastIndexOf(QLatin1Char(':'));
            colon >= 0 && !entry.endsWith(QLatin1Char(']'))) {
            host = entry.left(colon);
            port = entry.mid(colon + 1);
            bool ok = false;
            const int n = port.toInt(&ok);
            if (!ok || n <= 0 || n > 65535) {
                return refused(database, QStringLiteral("端口 \"%1\" 不是 1–65535 的数字").arg(port));
            }
            anyPort = true;
        }
        if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']'))) {
            host = host.mid(1, host.size() - 2);
        }
        hosts << decoded(host);
        ports << port;
    }
    QStringList conninfo;
    for (const QString& pair : query.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
        const int eq = pair.indexOf(QLatin1Char('='));
        const QString key = decoded(pair.left(eq));
        const QString value = eq < 0 ? QString() : decoded(pair.mid(eq + 1));
        if (value.contains(QLatin1Char(';'))) {
            return refused(database, QStringLiteral("参数 \"%1\" 的值含有分号").arg(key));
        }
        if (eq < 0 || value.isEmpty()) {
            return refused(database, QStringLiteral("参数 \"%1\" 没有值").arg(key));
        }
        if (!allowed(key)) {
            return refused(database, QStringLiteral("不认识的参数 \"%1\"").arg(key));
        }
        if (key == QLatin1String("host")) {
            if (!hosts.isEmpty()) {
                return refused(database, QStringLiteral("主机写了两次（地址中与 host= 参数）"));
            }
            hosts = value.split(QLatin1Char(','));
        } else if (key == QLatin1String("port")) {
            ports = value.split(QLatin1Char(','));
            anyPort = true;
        } else if (key == QLatin1String("dbname")) {
            path = value;
        } else if (key == QLatin1String("user")) {
            o.user = value;
        } else if (key == QLatin1String("password")) {
            o.password = value;
        } else {
            conninfo << key + QLatin1Char('=') + conninfoValue(value);
        }
    }
    if (path.isEmpty()) {
        return refused(database, QStringLiteral("没有数据库名（postgresql://主机/数据库名）"));
    }
    o.database = path;
    if (!hosts.isEmpty()) {
        conninfo.prepend(QStringLiteral("host=") + conninfoValue(hosts.join(QLatin1Char(','))));
    }
    if (anyPort) {
        conninfo.prepend(QStringLiteral("port=") + conninfoValue(ports.join(QLatin1Char(','))));
    }
    // QPSQL turns ';' into the spaces between conninfo pairs.
    o.connectOptions = conninfo.join(QLatin1Char(';'));
    return o;
}

QString describe(const SqlStore::Options& options)
{
    if (options.driver == QLatin1String("QSQLITE")) {
        return options.database;
    }
    QString hosts;
    for (const QString& pair : options.connectOptions.split(QLatin1Char(';'))) {
        if (pair.startsWith(QLatin1String("host="))) {
            hosts = pair.mid(5).remove(QLatin1Char('\''));
        }
    }
    return QStringLiteral("postgresql://%1%2/%3%4")
        .arg(options.user.isEmpty() ? QString() : options.user + QLatin1Char('@'), hosts, options.database,
             options.schema.isEmpty() ? QString() : QStringLiteral(" (schema %1)").arg(options.schema));
}

} // namespace hall::databaseurl
