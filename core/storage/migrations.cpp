// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace hall {

namespace {

struct Migration
{
    int version;
    QStringList statements;
};

// Portable SQL: SQLite and PostgreSQL both run these (BIGINT, TEXT), and the store's ON CONFLICT upserts.
const QList<Migration>& migrations()
{
    static const QList<Migration> list{
        {1,
         {
             QStringLiteral("CREATE TABLE hall_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE tickets ("
                            " id BIGINT PRIMARY KEY,"
                            " day TEXT NOT NULL,"
                            " number TEXT NOT NULL,"
                            " state TEXT NOT NULL,"
                            " priority TEXT NOT NULL,"
                            " service TEXT NOT NULL,"
                            " current_errand INTEGER NOT NULL,"
                            " errands TEXT NOT NULL,"
                            " issued_at TEXT NOT NULL,"
                            " called_at TEXT,"
                            " counter INTEGER NOT NULL,"
                            " assigned_counter INTEGER NOT NULL,"
                            " recalls INTEGER NOT NULL,"
                            " requeues INTEGER NOT NULL,"
                            " id_ref TEXT,"
                            " appointment_ref TEXT,"
                            " appointment_start TEXT,"
                            " appointment_end TEXT,"
                            " device TEXT,"
                            " UNIQUE (day, number))"),
             QStringLiteral("CREATE INDEX tickets_day_state ON tickets (day, state)"),
             QStringLiteral("CREATE TABLE counters ("
                            " number INTEGER PRIMARY KEY,"
                            " status TEXT NOT NULL,"
                            " current_ticket BIGINT NOT NULL,"
                            " staff TEXT,"
                            " normal_streak INTEGER NOT NULL)"),
             QStringLiteral("CREATE TABLE journal ("
                            " seq BIGINT PRIMARY KEY,"
                            " at TEXT NOT NULL,"
                            " kind TEXT NOT NULL,"
                            " ticket TEXT,"
                            " counter INTEGER,"
                            " staff TEXT,"
                            " device TEXT,"
                            " data TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX journal_ticket ON journal (ticket)"),
         }},
        // Version 2: who may connect (hall-service auth) and the replies of idempotent requests.
        {2,
         {
             QStringLiteral("CREATE TABLE devices ("
                            " name TEXT PRIMARY KEY,"
                            " role TEXT NOT NULL,"
                            " token_hash TEXT NOT NULL,"
                            " created_at TEXT NOT NULL,"
                            " revoked_at TEXT)"),
             QStringLiteral("CREATE TABLE staff ("
                            " username TEXT PRIMARY KEY,"
                            " display_name TEXT NOT NULL,"
                            " password_hash TEXT NOT NULL,"
                            " counters TEXT NOT NULL,"
                            " created_at TEXT NOT NULL,"
                            " disabled_at TEXT)"),
             QStringLiteral("CREATE TABLE request_log ("
                            " device TEXT NOT NULL,"
                            " request_id TEXT NOT NULL,"
                            " op TEXT NOT NULL,"
                            " fingerprint TEXT NOT NULL,"
                            " reply TEXT NOT NULL,"
                            " at TEXT NOT NULL,"
                            " PRIMARY KEY (device, request_id))"),
         }},
        // Version 3: recognise a resident's open tickets by a keyed hash of their ID number.
        {3,
         {
             QStringLiteral("ALTER TABLE tickets ADD COLUMN person_key TEXT"),
             QStringLiteral("CREATE INDEX tickets_person ON tickets (day, person_key)"),
         }},
        // Version 4: marriage-registry bookings (core/booking). Persons by key and masked ID only; names
        // and phone numbers sealed (libsodium secretbox) because staff need them to notify couples.
        {4,
         {
             QStringLiteral("CREATE TABLE bookings ("
                            " code TEXT PRIMARY KEY,"
                            " request_id TEXT NOT NULL UNIQUE,"
                            " fingerprint TEXT NOT NULL,"
                            " office TEXT NOT NULL,"
                            " type TEXT NOT NULL,"
                            " day TEXT NOT NULL,"
                            " slot_start TEXT NOT NULL,"
                            " slot_end TEXT NOT NULL,"
                            " status TEXT NOT NULL,"
                            " person1_key TEXT NOT NULL,"
                            " person1_masked TEXT NOT NULL,"
                            " person2_key TEXT,"
                            " person2_masked TEXT,"
                            " contact TEXT NOT NULL,"
                            " hall TEXT,"
                            " officiant TEXT,"
                            " divorce_application BIGINT,"
                            " created_at TEXT NOT NULL,"
                            " changed_at TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX bookings_office_day ON bookings (office, day)"),
             QStringLiteral("CREATE INDEX bookings_person1 ON bookings (person1_key)"),
             QStringLiteral("CREATE INDEX bookings_person2 ON bookings (person2_key)"),
             QStringLiteral("CREATE TABLE booking_events ("
                            " id BIGINT PRIMARY KEY,"
                            " person_key TEXT NOT NULL,"
                            " kind TEXT NOT NULL,"
                            " at TEXT NOT NULL,"
                            " booking_code TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX booking_events_person ON booking_events (person_key, at)"),
             QStringLiteral("CREATE TABLE divorce_applications ("
                            " id BIGINT PRIMARY KEY,"
                            " office TEXT NOT NULL,"
                            " person1_key TEXT NOT NULL,"
                            " person1_masked TEXT NOT NULL,"
                            " person2_key TEXT NOT NULL,"
                            " person2_masked TEXT NOT NULL,"
                            " names TEXT NOT NULL,"
                            " applied_on TEXT NOT NULL,"
                            " status TEXT NOT NULL,"
                            " changed_at TEXT NOT NULL,"
                            " recorded_by TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE booking_closures ("
                            " office TEXT NOT NULL,"
                            " day TEXT NOT NULL,"
                            " reason TEXT NOT NULL,"
                            " at TEXT NOT NULL,"
                            " staff TEXT NOT NULL,"
                            " PRIMARY KEY (office, day))"),
         }},
        // Version 5: application cases (core/cases). Applicant name, ID and phone sealed; the ID found by
        // its keyed hash. Entries record who did each step (谁调查谁负责，谁审批谁负责).
        {5,
         {
             QStringLiteral("CREATE TABLE cases ("
                            " number TEXT PRIMARY KEY,"
                            " type TEXT NOT NULL,"
                            " office TEXT NOT NULL,"
                            " status TEXT NOT NULL,"
                            " step INTEGER NOT NULL,"
                            " accepted_on TEXT NOT NULL,"
                            " step_started_on TEXT,"
                            " approved_on TEXT,"
                            " closed_on TEXT,"
                            " person_key TEXT NOT NULL,"
                            " id_masked TEXT NOT NULL,"
                            " name_sealed TEXT NOT NULL,"
                            " id_sealed TEXT NOT NULL,"
                            " phone_sealed TEXT NOT NULL,"
                            " household_size INTEGER NOT NULL,"
                            " refusal_reason TEXT,"
                            " missing_documents TEXT,"
                            " documents_due TEXT)"),
             QStringLiteral("CREATE INDEX cases_person ON cases (person_key)"),
             QStringLiteral("CREATE TABLE case_entries ("
                            " case_number TEXT NOT NULL,"
                            " seq INTEGER NOT NULL,"
                            " step INTEGER NOT NULL,"
                            " action TEXT NOT NULL,"
                            " at TEXT NOT NULL,"
                            " staff TEXT NOT NULL,"
                            " note TEXT NOT NULL,"
                            " PRIMARY KEY (case_number, seq))"),
             QStringLiteral("CREATE TABLE case_staff ("
                            " username TEXT NOT NULL,"
                            " case_type TEXT NOT NULL,"
                            " PRIMARY KEY (username, case_type))"),
         }},
        // Version 6: the second staff member of a joint case step (共同派员入户调查、共同签字).
        {6,
         {
             QStringLiteral("ALTER TABLE case_entries ADD COLUMN second_staff TEXT"),
         }},
        // Version 7: report facts (core/reports). A visit is one stay of a ticket at a window (waits and
        // service times); a counter span one stretch of a window open or paused under one staff
        // member (paused is not idle); report_days the per-day rollups a year's report is read from.
        // No personal data: tickets are referred to by id, staff by account.
        {7,
         {
             QStringLiteral("ALTER TABLE tickets ADD COLUMN queued_at TEXT"),
             QStringLiteral("ALTER TABLE tickets ADD COLUMN visits INTEGER NOT NULL DEFAULT 0"),
             QStringLiteral("ALTER TABLE counters ADD COLUMN since TEXT"),
             QStringLiteral("ALTER TABLE counters ADD COLUMN last_active TEXT"),
             QStringLiteral("CREATE TABLE visits ("
                            " ticket_id BIGINT NOT NULL,"
                            " seq INTEGER NOT NULL,"
                            " day TEXT NOT NULL,"
                            " service TEXT NOT NULL,"
                            " errand INTEGER NOT NULL,"
                            " counter INTEGER NOT NULL,"
                            " staff TEXT,"
                            " queued_at TEXT NOT NULL,"
                            " called_at TEXT NOT NULL,"
                            " started_at TEXT,"
                            " ended_at TEXT NOT NULL,"
                            " outcome TEXT NOT NULL,"
                            " recalls INTEGER NOT NULL,"
                            " PRIMARY KEY (ticket_id, seq))"),
             QStringLiteral("CREATE INDEX visits_day ON visits (day)"),
             QStringLiteral("CREATE TABLE counter_spans ("
                            " day TEXT NOT NULL,"
                            " counter INTEGER NOT NULL,"
                            " staff TEXT,"
                            " status TEXT NOT NULL,"
                            " started_at TEXT NOT NULL,"
                            " ended_at TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX counter_spans_day ON counter_spans (day)"),
             QStringLiteral("CREATE TABLE report_days ("
                            " dimension TEXT NOT NULL,"
                            " day TEXT NOT NULL,"
                            " key TEXT NOT NULL,"
                            " format INTEGER NOT NULL,"
                            " counts TEXT NOT NULL,"
                            " waits TEXT NOT NULL,"
                            " service_times TEXT NOT NULL,"
                            " PRIMARY KEY (dimension, day, key))"),
         }},
        // Version 8: named decisions of an approval (低保年审: 新增/调整/停保) on the case and on the entry
        // that made them, and the recipient's signature of a 签名发放 step (救灾).
        {8,
         {
             QStringLiteral("ALTER TABLE cases ADD COLUMN outcome TEXT"),
             QStringLiteral("ALTER TABLE case_entries ADD COLUMN outcome TEXT"),
             QStringLiteral(
                 "ALTER TABLE case_entries ADD COLUMN recipient_signed INTEGER NOT NULL DEFAULT 0"),
         }},
        // Version 9: bookings for every party. The document each person booked with (NULL: a resident ID
        // card, as before), and the audit of what staff did on a caller's behalf (who, how asked, what).
        {9,
         {
             QStringLiteral("ALTER TABLE bookings ADD COLUMN person1_document TEXT"),
             QStringLiteral("ALTER TABLE bookings ADD COLUMN person2_document TEXT"),
             QStringLiteral("ALTER TABLE divorce_applications ADD COLUMN person1_document TEXT"),
             QStringLiteral("ALTER TABLE divorce_applications ADD COLUMN person2_document TEXT"),
             QStringLiteral("CREATE TABLE booking_audit ("
                            " id BIGINT PRIMARY KEY,"
                            " code TEXT NOT NULL,"
                            " at TEXT NOT NULL,"
                            " action TEXT NOT NULL,"
                            " staff TEXT NOT NULL,"
                            " channel TEXT,"
                            " detail TEXT)"),
             QStringLiteral("CREATE INDEX booking_audit_code ON booking_audit (code)"),
         }},
        // Version 10: counselling (婚姻家庭辅导) sessions of divorce applications: the room's slot, the
        // counsellor, what came of it and who booked and recorded it. No personal data of its own.
        {10,
         {
             QStringLiteral("CREATE TABLE counselling_sessions ("
                            " id BIGINT PRIMARY KEY,"
                            " application BIGINT NOT NULL,"
                            " office TEXT NOT NULL,"
                            " start_at TEXT NOT NULL,"
                            " end_at TEXT NOT NULL,"
                            " room TEXT NOT NULL,"
                            " counsellor TEXT NOT NULL,"
                            " outcome TEXT,"
                            " booked_by TEXT NOT NULL,"
                            " recorded_by TEXT,"
                            " created_at TEXT NOT NULL,"
                            " changed_at TEXT NOT NULL)"),
             QStringLiteral(
                 "CREATE INDEX counselling_sessions_application ON counselling_sessions (application)"),
         }},
    };
    return list;
}

Error storageError(const QString& what, const QSqlError& e)
{
    return Error{ErrorCode::StorageFailed, QStringLiteral("%1: %2").arg(what, e.text())};
}

Result<int> currentVersion(QSqlDatabase& db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"))) {
        return storageError(QStringLiteral("schema_version"), q.lastError());
    }
    if (!q.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")) || !q.next()) {
        return storageError(QStringLiteral("schema_version"), q.lastError());
    }
    return q.value(0).isNull() ? 0 : q.value(0).toInt();
}

} // namespace

Result<int> Migrations::version(QSqlDatabase& db)
{
    return currentVersion(db);
}

int Migrations::latestVersion()
{
    return migrations().last().version;
}

Result<int> Migrations::apply(QSqlDatabase& db)
{
    return applyUpTo(db, latestVersion());
}

Result<int> Migrations::applyUpTo(QSqlDatabase& db, int version)
{
    auto before = currentVersion(db);
    if (!before) {
        return before;
    }
    if (before.value() > latestVersion()) {
        return Error{ErrorCode::StorageFailed,
                     QStringLiteral("数据库结构版本 %1 比本程序 (%2) 新，请升级程序")
                         .arg(before.value())
                         .arg(latestVersion())};
    }
    for (const Migration& m : migrations()) {
        if (m.version <= before.value() || m.version > version) {
            continue;
        }
        if (!db.transaction()) {
            return storageError(QStringLiteral("begin migration"), db.lastError());
        }
        QSqlQuery q(db);
        for (const QString& sql : m.statements) {
            if (!q.exec(sql)) {
                const Error e = storageError(QStringLiteral("migration %1").arg(m.version), q.lastError());
                db.rollback();
                return e;
            }
        }
        q.prepare(QStringLiteral("INSERT INTO schema_version (version) VALUES (?)"));
        q.addBindValue(m.version);
        if (!q.exec() || !db.commit()) {
            const Error e = storageError(QStringLiteral("migration %1").arg(m.version), q.lastError());
            db.rollback();
            return e;
        }
    }
    return before;
}

} // namespace hall
