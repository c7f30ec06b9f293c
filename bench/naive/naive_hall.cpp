// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// naive-hall: the baseline hall-service is compared with. A WebSocket service that speaks
// `hello` and `ticket.issue` of protocol v1 and does what a straightforward design does: one
// database transaction per request, committed (and synced) before the reply. On PostgreSQL the
// service's number row is locked with SELECT … FOR UPDATE, as Novo SGA does; on SQLite the write
// lock is taken with BEGIN IMMEDIATE. The position in the reply is counted by the database. No
// group commit, no engine in memory, no events. For bench-naive-issue only; not a product.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QWebSocket>
#include <QWebSocketServer>

#include <cstdio>

namespace {

bool exec(QSqlQuery& q, const QString& sql)
{
    if (!q.exec(sql)) {
        std::fprintf(stderr, "naive-hall: %s: %s\n", qPrintable(sql), qPrintable(q.lastError().text()));
        return false;
    }
    return true;
}

class NaiveHall : public QObject
{
public:
    NaiveHall(QSqlDatabase db, bool postgres) : m_db(std::move(db)), m_postgres(postgres) {}

    bool createSchema(int services)
    {
        QSqlQuery q(m_db);
        const QString serial = m_postgres ? QStringLiteral("BIGSERIAL") : QStringLiteral("INTEGER");
        if (!exec(q, QStringLiteral("CREATE TABLE services (id TEXT PRIMARY KEY, prefix TEXT NOT NULL, "
                                    "next_number INTEGER NOT NULL, quota INTEGER NOT NULL)")) ||
            !exec(q, QStringLiteral("CREATE TABLE tickets (id %1 PRIMARY KEY, service TEXT NOT NULL, "
                                    "number TEXT NOT NULL, state TEXT NOT NULL, request_id TEXT NOT NULL)")
                         .arg(serial)) ||
            !exec(q, QStringLiteral("CREATE INDEX tickets_waiting ON tickets (service, state, id)"))) {
            return false;
        }
        for (int i = 0; i < services; ++i) {
            const QChar prefix(u'A' + i);
            q.prepare(QStringLiteral("INSERT INTO services VALUES (?, ?, 1, 999)"));
            q.addBindValue(QStringLiteral("service-%1").arg(prefix));
            q.addBindValue(QString(prefix));
            if (!q.exec()) {
                return false;
            }
        }
        return true;
    }

    bool listen()
    {
        if (!m_server.listen(QHostAddress::LocalHost, 0)) {
            return false;
        }
        connect(&m_server, &QWebSocketServer::newConnection, this, [this] {
            while (QWebSocket* s = m_server.nextPendingConnection()) {
                connect(s, &QWebSocket::textMessageReceived, this,
                        [this, s](const QString& text) { s->sendTextMessage(answer(text)); });
                connect(s, &QWebSocket::disconnected, s, &QObject::deleteLater);
            }
        });
        std::printf("listening on ws://127.0.0.1:%d/v1\n", m_server.serverPort());
        std::fflush(stdout);
        return true;
    }

private:
    QString answer(const QString& text)
    {
        const QJsonObject request = QJsonDocument::fromJson(text.toUtf8()).object();
        const QJsonValue id = request.value(QLatin1String("id"));
        const QString op = request.value(QLatin1String("op")).toString();
        QJsonObject reply{{QStringLiteral("id"), id}, {QStringLiteral("ok"), true}};
        if (op == QLatin1String("ticket.issue")) {
            const QJsonObject args = request.value(QLatin1String("args")).toObject();
            const QString service = args.value(QLatin1String("services")).toArray().at(0).toString();
            const QJsonObject result = issue(service, args.value(QLatin1String("requestId")).toString());
            if (result.isEmpty()) {
                reply.insert(QStringLiteral("ok"), false);
                reply.insert(QStringLiteral("error"),
                             QJsonObject{{QStringLiteral("code"), QStringLiteral("QUOTA_REACHED")}});
            } else {
                reply.insert(QStringLiteral("result"), result);
            }
        } else if (op != QLatin1String("hello")) {
            reply.insert(QStringLiteral("ok"), false);
            reply.insert(QStringLiteral("error"),
                         QJsonObject{{QStringLiteral("code"), QStringLiteral("UNKNOWN_OP")}});
        }
        return QString::fromUtf8(QJsonDocument(reply).toJson(QJsonDocument::Compact));
    }

    /// One transaction: lock the service's number, take it, insert the ticket, count who is ahead.
    QJsonObject issue(const QString& service, const QString& requestId)
    {
        QSqlQuery q(m_db);
        if (!exec(q, m_postgres ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE"))) {
            return {};
        }
        q.prepare(
            m_postgres
                ? QStringLiteral("SELECT prefix, next_number, quota FROM services WHERE id = ? FOR UPDATE")
                : QStringLiteral("SELECT prefix, next_number, quota FROM services WHERE id = ?"));
        q.addBindValue(service);
        if (!q.exec() || !q.next() || q.value(1).toInt() > q.value(2).toInt()) {
            exec(q, QStringLiteral("ROLLBACK"));
            return {};
        }
        const int n = q.value(1).toInt();
        const QString number = q.value(0).toString() + QStringLiteral("%1").arg(n, 3, 10, QLatin1Char('0'));
        q.prepare(QStringLiteral("UPDATE services SET next_number = next_number + 1 WHERE id = ?"));
        q.addBindValue(service);
        bool ok = q.exec();
        q.prepare(QStringLiteral(
            "INSERT INTO tickets (service, number, state, request_id) VALUES (?, ?, 'waiting', ?)"));
        q.addBindValue(service);
        q.addBindValue(number);
        q.addBindValue(requestId);
        ok = ok && q.exec();
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM tickets WHERE service = ? AND state = 'waiting'"));
        q.addBindValue(service);
        ok = ok && q.exec() && q.next();
        const int position = ok ? q.value(0).toInt() : 0;
        if (!ok || !m_db.commit()) {
            m_db.rollback();
            return {};
        }
        return {{QStringLiteral("ticket"), QJsonObject{{QStringLiteral("number"), number}}},
                {QStringLiteral("position"), position}};
    }

    QSqlDatabase m_db;
    bool m_postgres;
    QWebSocketServer m_server{QStringLiteral("naive-hall"), QWebSocketServer::NonSecureMode};
};

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Naive baseline: one transaction per ticket.issue."));
    p.addHelpOption();
    p.addOption({QStringLiteral("sqlite"), QStringLiteral("SQLite database file (WAL, synchronous=FULL)."),
                 QStringLiteral("file")});
    p.addOption(
        {QStringLiteral("postgres"), QStringLiteral("PostgreSQL socket directory."), QStringLiteral("dir")});
    p.addOption({QStringLiteral("user"), QStringLiteral("PostgreSQL user."), QStringLiteral("name"),
                 QStringLiteral("hall")});
    p.addOption({QStringLiteral("services"), QStringLiteral("Services A–Z."), QStringLiteral("n"),
                 QStringLiteral("26")});
    p.process(app);
    const bool postgres = p.isSet(QStringLiteral("postgres"));
    QSqlDatabase db =
        QSqlDatabase::addDatabase(postgres ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"));
    if (postgres) {
        db.setHostName(p.value(QStringLiteral("postgres")));
        db.setUserName(p.value(QStringLiteral("user")));
        db.setDatabaseName(QStringLiteral("postgres"));
    } else {
        db.setDatabaseName(p.value(QStringLiteral("sqlite")));
    }
    if (!db.open()) {
        std::fprintf(stderr, "naive-hall: %s\n", qPrintable(db.lastError().text()));
        return 1;
    }
    if (!postgres) {
        QSqlQuery q(db);
        if (!exec(q, QStringLiteral("PRAGMA journal_mode=WAL")) ||
            !exec(q, QStringLiteral("PRAGMA synchronous=FULL"))) {
            return 1;
        }
    }
    NaiveHall hall(db, postgres);
    if (!hall.createSchema(p.value(QStringLiteral("services")).toInt()) || !hall.listen()) {
        return 1;
    }
    return app.exec();
}
