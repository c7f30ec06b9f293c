// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cityoutbox.h"
#include "rowcopy.h"
#include "sqlcommon.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

namespace hall {

namespace {

constexpr int kSoonMs = 100;   // a burst of commits ships as one batch
constexpr int kQuietMs = 5000; // what a failed or skipped batch left is tried again this often

/// A table whose rows the city reads (the report engine's facts, and the journal), by its key.
struct ShippedTable
{
    const char* name;
    QStringList keys;           ///< at most three
    const char* only = nullptr; ///< a condition on the row (NEW/OLD.<it>), when only some rows go
};

const QList<ShippedTable>& shippedTables()
{
    static const QList<ShippedTable> tables{
        {"tickets", {QStringLiteral("id")}},
        {"visits", {QStringLiteral("ticket_id"), QStringLiteral("seq")}},
        // No key of its own: a counter's span is named by where it starts.
        {"counter_spans", {QStringLiteral("day"), QStringLiteral("counter"), QStringLiteral("started_at")}},
        {"report_days", {QStringLiteral("dimension"), QStringLiteral("day"), QStringLiteral("key")}},
        {"journal", {QStringLiteral("seq")}},
        // The business day only: the report engine reads it; the city keeps its own keys there.
        {"hall_meta", {QStringLiteral("key")}, "key = 'day'"},
    };
    return tables;
}

const ShippedTable* tableNamed(const QString& name)
{
    for (const ShippedTable& t : shippedTables()) {
        if (name == QLatin1String(t.name)) {
            return &t;
        }
    }
    return nullptr;
}

Error outboxFailure(const QString& what, const QSqlError& e)
{
    return Error{ErrorCode::StorageFailed, QStringLiteral("市级数据发送失败 (%1): %2").arg(what, e.text())};
}

QString keyMatch(const ShippedTable& t)
{
    QStringList parts;
    for (const QString& k : t.keys) {
        parts << k + QStringLiteral(" = ?");
    }
    return parts.join(QStringLiteral(" AND "));
}

/// `NEW.id, NULL, NULL` for the trigger of `t` on the row `row` (NEW or OLD).
QString keyValues(const ShippedTable& t, const QString& row)
{
    QStringList values;
    for (int i = 0; i < 3; ++i) {
        values << (i < t.keys.size() ? row + QLatin1Char('.') + t.keys[i] : QStringLiteral("NULL"));
    }
    return values.join(QStringLiteral(", "));
}

} // namespace

CityOutbox::CityOutbox(QSqlDatabase local, QSqlDatabase city)
    : m_local(std::move(local)), m_city(std::move(city))
{
    m_soon.setSingleShot(true);
    connect(&m_soon, &QTimer::timeout, this, &CityOutbox::shipDue);
    connect(&m_quiet, &QTimer::timeout, this, &CityOutbox::shipDue);
    m_quiet.start(kQuietMs);
}

CityOutbox::~CityOutbox() = default;

Result<std::unique_ptr<CityOutbox>> CityOutbox::open(QSqlDatabase local, QSqlDatabase city)
{
    std::unique_ptr<CityOutbox> box(new CityOutbox(local, city));
    QSqlQuery q(local);
    // Columns without a type keep each key as it is (an integer id stays an integer).
    if (!q.exec(
            QStringLiteral("CREATE TABLE IF NOT EXISTS city_outbox (seq INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " tbl TEXT NOT NULL, k1, k2, k3)"))) {
        return outboxFailure(QStringLiteral("outbox"), q.lastError());
    }
    if (!city.isOpen()) {
        box->m_joinPending = true;
    } else if (auto failed = box->queueEverything()) {
        return *failed;
    }
    // Temporary: this connection's only. A hall that leaves the city (no --city-database) grows no
    // outbox, and hall-admin's connections change nothing the city reads.
    for (const ShippedTable& t : shippedTables()) {
        const QString name = QLatin1String(t.name);
        const struct
        {
            const char* suffix;
            const char* event;
            const char* row;
        } kinds[] = {{"i", "INSERT", "NEW"}, {"u", "UPDATE", "NEW"}, {"d", "DELETE", "OLD"}};
        for (const auto& k : kinds) {
            const QString row = QLatin1String(k.row);
            const QString when =
                t.only == nullptr ? QString() : QStringLiteral(" WHEN %1.%2").arg(row, QLatin1String(t.only));
            const QString sql =
                QStringLiteral("CREATE TEMP TRIGGER IF NOT EXISTS city_outbox_%1_%2 AFTER %3 ON %1%4 BEGIN"
                               " INSERT INTO city_outbox (tbl, k1, k2, k3) VALUES ('%1', %5); END")
                    .arg(name, QLatin1String(k.suffix), QLatin1String(k.event), when, keyValues(t, row));
            if (!q.exec(sql)) {
                return outboxFailure(QStringLiteral("trigger %1").arg(name), q.lastError());
            }
        }
    }
    return box;
}

std::optional<Error> CityOutbox::queueEverything(bool evenIfQueued)
{
    // Only for a city that never had this hall's facts and an outbox that holds none: a hall joining
    // a city (or a new city database) gets what it has so far, once.
    QSqlQuery city(m_city);
    if (!city.exec(QStringLiteral("SELECT value FROM hall_meta WHERE key = 'city_outbox_seq'"))) {
        return outboxFailure(QStringLiteral("mark"), city.lastError());
    }
    if (city.next()) {
        return std::nullopt;
    }
    QSqlQuery q(m_local);
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM city_outbox")) || !q.next()) {
        return outboxFailure(QStringLiteral("outbox"), q.lastError());
    }
    if (q.value(0).toLongLong() > 0 && !evenIfQueued) {
        return std::nullopt;
    }
    if (!m_local.transaction()) {
        return outboxFailure(QStringLiteral("begin"), m_local.lastError());
    }
    for (const ShippedTable& t : shippedTables()) {
        QStringList columns;
        for (int i = 0; i < 3; ++i) {
            columns << (i < t.keys.size() ? t.keys[i] : QStringLiteral("NULL"));
        }
        const QString sql =
            QStringLiteral("INSERT INTO city_outbox (tbl, k1, k2, k3) SELECT '%1', %2 FROM %1%3")
                .arg(QLatin1String(t.name), columns.join(QStringLiteral(", ")),
                     t.only == nullptr ? QString() : QStringLiteral(" WHERE %1").arg(QLatin1String(t.only)));
        if (!q.exec(sql)) {
            const QSqlError e = q.lastError();
            m_local.rollback();
            return outboxFailure(QStringLiteral("queue %1").arg(QLatin1String(t.name)), e);
        }
    }
    if (!m_local.commit()) {
        const QSqlError e = m_local.lastError();
        m_local.rollback();
        return outboxFailure(QStringLiteral("commit"), e);
    }
    return std::nullopt;
}

void CityOutbox::kick()
{
    if (!m_soon.isActive()) {
        m_soon.start(kSoonMs);
    }
}

void CityOutbox::shipDue()
{
    if (m_canShip && !m_canShip()) {
        return; // the link says when the city is back (kick)
    }
    constexpr int kBatch = 500;
    auto sent = shipBatch(kBatch);
    if (!sent) {
        qWarning("hall: the report facts could not be sent to the city (tried again): %s",
                 qPrintable(sent.error().message));
        emit failed(sent.error().message);
    } else if (sent.value() == kBatch) {
        m_soon.start(0); // more waiting; the event loop serves the hall between batches
    }
}

Result<int> CityOutbox::shipBatch(int limit)
{
    if (m_joinPending) {
        if (auto failed = queueEverything(true)) {
            return *failed;
        }
        m_joinPending = false;
    }
    struct Entry
    {
        const ShippedTable* table;
        QVariantList key;
    };
    QList<Entry> entries;
    qint64 last = 0;
    int read = 0;
    {
        QSqlQuery q(m_local);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT seq, tbl, k1, k2, k3 FROM city_outbox ORDER BY seq LIMIT ?"));
        q.addBindValue(limit);
        if (!q.exec()) {
            return outboxFailure(QStringLiteral("outbox"), q.lastError());
        }
        // A row changed many times since the last batch is copied once: each entry copies the row
        // as it is now, so the last one stands for all.
        QSet<QString> seen;
        while (q.next()) {
            ++read;
            last = q.value(0).toLongLong();
            const ShippedTable* t = tableNamed(q.value(1).toString());
            if (t == nullptr) {
                continue;
            }
            Entry e{t, {}};
            QStringList id{QLatin1String(t->name)};
            for (int i = 0; i < t->keys.size(); ++i) {
                e.key << q.value(2 + i);
                id << q.value(2 + i).toString();
            }
            if (!seen.contains(id.join(QChar(0x1f)))) {
                seen.insert(id.join(QChar(0x1f)));
                entries << e;
            }
        }
    }
    if (read == 0) {
        return 0;
    }
    const ConnectionBound bound(m_city, m_boundMs ? m_boundMs() : 0);
    if (!m_city.transaction()) {
        return outboxFailure(QStringLiteral("begin"), m_city.lastError());
    }
    const auto fail = [this](const QString& what, const QSqlError& e) -> Result<int> {
        m_city.rollback();
        return outboxFailure(what, e);
    };
    // One statement of each kind per table and batch (each prepare is a round trip on PostgreSQL).
    QHash<QString, std::shared_ptr<QSqlQuery>> drops;
    QHash<QString, std::shared_ptr<QSqlQuery>> reads;
    QHash<QString, std::shared_ptr<RowCopy>> copies;
    for (const Entry& e : entries) {
        const QString name = QLatin1String(e.table->name);
        auto& drop = drops[name];
        auto& local = reads[name];
        if (!drop) {
            drop = std::make_shared<QSqlQuery>(m_city);
            local = std::make_shared<QSqlQuery>(m_local);
            local->setForwardOnly(true);
            if (!drop->prepare(QStringLiteral("DELETE FROM %1 WHERE %2").arg(name, keyMatch(*e.table)))) {
                return fail(name, drop->lastError());
            }
            if (!local->prepare(QStringLiteral("SELECT * FROM %1 WHERE %2").arg(name, keyMatch(*e.table)))) {
                return fail(name, local->lastError());
            }
        }
        for (int i = 0; i < e.key.size(); ++i) {
            drop->bindValue(i, e.key[i]);
            local->bindValue(i, e.key[i]);
        }
        if (!drop->exec()) {
            return fail(name, drop->lastError());
        }
        if (!local->exec()) {
            return fail(name, local->lastError());
        }
        if (!local->next()) {
            continue; // gone here (retention): gone there too
        }
        const QSqlRecord row = local->record();
        local->finish();
        auto& copy = copies[name];
        if (!copy) {
            copy = std::make_shared<RowCopy>(m_city, name);
        }
        if (auto refused = copy->insert(row)) {
            return fail(name, *refused);
        }
    }
    QSqlQuery mark(m_city);
    mark.prepare(QStringLiteral("INSERT INTO hall_meta (key, value) VALUES ('city_outbox_seq', ?)"
                                " ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    mark.addBindValue(QString::number(last));
    if (!mark.exec()) {
        return fail(QStringLiteral("mark"), mark.lastError());
    }
    if (!m_city.commit()) {
        return fail(QStringLiteral("commit"), m_city.lastError());
    }
    // The city has them: a failure here only sends them again, which changes nothing there.
    QSqlQuery done(m_local);
    done.prepare(QStringLiteral("DELETE FROM city_outbox WHERE seq <= ?"));
    done.addBindValue(last);
    if (!done.exec()) {
        qWarning("hall: sent report facts stay in the outbox (sent again later): %s",
                 qPrintable(done.lastError().text()));
    }
    m_shipped += read;
    return read;
}

qint64 CityOutbox::pending() const
{
    QSqlQuery q(m_local);
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM city_outbox")) || !q.next()) {
        return -1;
    }
    return q.value(0).toLongLong();
}

} // namespace hall
