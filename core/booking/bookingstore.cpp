// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bookingstore.h"
#include "storage/sqlcommon.h"

#include "domain/halltime.h"
#include "domain/jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>

namespace hall {

namespace {

/// For a NOT NULL column: a null QString (a field retention emptied) would bind NULL.
QString text(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

/// The sealed part of a row: names, phone and (a marriage) the first date both are of legal age,
/// which would tell a birthday.
/// Written straight to JSON in QJsonObject's key order, the same bytes as its compact toJson: built as
/// a QJsonObject and serialised it was a quarter of a booking row's cost (38,000 instructions).
QByteArray namesJson(const QList<Party>& parties, const QString& phone, QDate eligibleFrom = {})
{
    JsonWriter w(96);
    w.beginObject();
    if (eligibleFrom.isValid()) {
        w.field(QLatin1StringView("eligibleFrom"), halltime::isoDate(eligibleFrom));
    }
    w.key(QLatin1StringView("names")).beginArray();
    for (const Party& p : parties) {
        w.string(p.name);
    }
    w.endArray().field(QLatin1StringView("phone"), phone);
    return w.endObject().take();
}

QVariant documentColumn(const QList<Party>& parties, int i)
{
    return i < parties.size() && parties[i].document != DocumentType::MainlandId
               ? QVariant(toString(parties[i].document))
               : QVariant();
}

/// Parties from their key/masked columns (`first` = index of person1_key), their document columns
/// (`documents` = index of person1_document) and the sealed names.
QList<Party> partiesFrom(const QSqlQuery& q, int first, int documents, const QJsonObject& contact)
{
    QList<Party> parties;
    const QJsonArray names = contact.value(QStringLiteral("names")).toArray();
    for (int i = 0; i < 2; ++i) {
        if (q.value(first + 2 * i).isNull()) {
            break;
        }
        parties << Party{
            q.value(first + 2 * i).toString(), q.value(first + 2 * i + 1).toString(), names.at(i).toString(),
            documentTypeFromString(q.value(documents + i).toString()).value_or(DocumentType::MainlandId)};
    }
    return parties;
}

} // namespace

BookingStore::BookingStore(QSqlDatabase db, const QByteArray& secret) : m_db(std::move(db)), m_sealer(secret)
{}

BookingStore::~BookingStore() = default;

Result<std::unique_ptr<BookingStore>> BookingStore::open(QSqlDatabase db, const QByteArray& secret)
{
    if (!db.isOpen()) {
        return Error{ErrorCode::StorageFailed, QStringLiteral("预约存储: 数据库未打开")};
    }
    std::unique_ptr<BookingStore> store(new BookingStore(db, secret));
    if (!store->m_sealer.valid()) {
        return Error{ErrorCode::StorageFailed,
                     QStringLiteral("预约存储: 密钥无效 (至少 16 字节) 或 libsodium 不可用")};
    }
    if (auto failed = store->prepareStatements()) {
        return *failed;
    }
    return store;
}

std::optional<Error> BookingStore::prepareStatements()
{
    QSqlDatabase db = m_db;
    const auto make = [&](std::unique_ptr<QSqlQuery>& q, const QString& sql) {
        q = std::make_unique<QSqlQuery>(db);
        return q->prepare(sql);
    };
    const bool ok =
        make(m_upsertBooking,
             QStringLiteral(
                 "INSERT INTO bookings (code, request_id, fingerprint, office, type, day, slot_start,"
                 " slot_end, status, person1_key, person1_masked, person2_key, person2_masked, contact,"
                 " hall, officiant, divorce_application, created_at, changed_at, person1_document,"
                 " person2_document)"
                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                 // A move changes the slot, its ceremony resources and the day.
                 " ON CONFLICT (code) DO UPDATE SET status = excluded.status, day = excluded.day,"
                 " slot_start = excluded.slot_start, slot_end = excluded.slot_end, hall = excluded.hall,"
                 " officiant = excluded.officiant, divorce_application = excluded.divorce_application,"
                 " changed_at = excluded.changed_at,"
                 // Retention empties the persons of a past booking (BookingEngine::forgetPersons).
                 " fingerprint = excluded.fingerprint, person1_key = excluded.person1_key,"
                 " person1_masked = excluded.person1_masked, person2_key = excluded.person2_key,"
                 " person2_masked = excluded.person2_masked, contact = excluded.contact")) &&
        make(m_insertAudit,
             QStringLiteral("INSERT INTO booking_audit (id, code, at, action, staff, channel, detail)"
                            " VALUES (?, ?, ?, ?, ?, ?, ?)")) &&
        make(m_insertEvent,
             QStringLiteral("INSERT INTO booking_events (id, person_key, kind, at, booking_code)"
                            " VALUES (?, ?, ?, ?, ?)")) &&
        make(m_untieEvent, QStringLiteral("UPDATE booking_events SET person_key = '' WHERE id = ?")) &&
        make(m_deleteBooking, QStringLiteral("DELETE FROM bookings WHERE code = ?")) &&
        make(m_upsertDivorce,
             QStringLiteral(
                 "INSERT INTO divorce_applications (id, office, person1_key, person1_masked, person2_key,"
                 " person2_masked, names, applied_on, status, changed_at, recorded_by, person1_document,"
                 " person2_document)"
                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                 " ON CONFLICT (id) DO UPDATE SET status = excluded.status,"
                 " changed_at = excluded.changed_at, person1_key = excluded.person1_key,"
                 " person1_masked = excluded.person1_masked, person2_key = excluded.person2_key,"
                 " person2_masked = excluded.person2_masked, names = excluded.names")) &&
        make(m_upsertCounselling,
             QStringLiteral(
                 "INSERT INTO counselling_sessions (id, application, office, start_at, end_at, room,"
                 " counsellor, outcome, booked_by, recorded_by, created_at, changed_at)"
                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                 " ON CONFLICT (id) DO UPDATE SET outcome = excluded.outcome,"
                 " recorded_by = excluded.recorded_by, changed_at = excluded.changed_at")) &&
        make(m_upsertClosure,
             QStringLiteral(
                 "INSERT INTO booking_closures (office, day, reason, at, staff) VALUES (?, ?, ?, ?, ?)"
                 " ON CONFLICT (office, day) DO UPDATE SET reason = excluded.reason,"
                 " at = excluded.at, staff = excluded.staff"));
    if (!ok) {
        return storageFailure(QStringLiteral("prepare bookings"), db.lastError());
    }
    return std::nullopt;
}

bool BookingStore::writeBooking(const Booking& b)
{
    QSqlQuery& q = *m_upsertBooking;
    q.bindValue(0, b.code);
    q.bindValue(1, b.requestId);
    q.bindValue(2, text(b.fingerprint));
    q.bindValue(3, b.office);
    q.bindValue(4, toString(b.type));
    q.bindValue(5, halltime::isoDate(b.day));
    q.bindValue(6, halltime::toIso(b.slotStart));
    q.bindValue(7, halltime::toIso(b.slotEnd));
    q.bindValue(8, toString(b.status));
    q.bindValue(9, text(b.parties.value(0).personKey));
    q.bindValue(10, text(b.parties.value(0).maskedId));
    // A second party emptied by retention stays a (blank) second party: NULL means there is none.
    const bool couple = b.parties.size() > 1;
    q.bindValue(11, couple ? QVariant(text(b.parties.at(1).personKey)) : QVariant());
    q.bindValue(12, couple ? QVariant(text(b.parties.at(1).maskedId)) : QVariant());
    q.bindValue(13, m_sealer.seal(namesJson(b.parties, b.phone, b.eligibleFrom)));
    q.bindValue(14, nullable(b.hall));
    q.bindValue(15, nullable(b.officiant));
    q.bindValue(16, b.divorceApplication == 0 ? QVariant() : QVariant(b.divorceApplication));
    q.bindValue(17, halltime::toIso(b.createdAt));
    q.bindValue(18, halltime::toIso(b.changedAt));
    q.bindValue(19, documentColumn(b.parties, 0));
    q.bindValue(20, documentColumn(b.parties, 1));
    return q.exec();
}

bool BookingStore::writeEvent(const PersonEvent& e)
{
    QSqlQuery& q = *m_insertEvent;
    q.bindValue(0, e.id);
    q.bindValue(1, text(e.personKey));
    q.bindValue(2, toString(e.kind));
    q.bindValue(3, halltime::toIso(e.at));
    q.bindValue(4, e.bookingCode);
    return q.exec();
}

bool BookingStore::writeDivorce(const DivorceApplication& a)
{
    QSqlQuery& q = *m_upsertDivorce;
    q.bindValue(0, a.id);
    q.bindValue(1, a.office);
    q.bindValue(2, text(a.parties.value(0).personKey));
    q.bindValue(3, text(a.parties.value(0).maskedId));
    q.bindValue(4, text(a.parties.value(1).personKey));
    q.bindValue(5, text(a.parties.value(1).maskedId));
    q.bindValue(6, m_sealer.seal(namesJson(a.parties, QString())));
    q.bindValue(7, a.appliedOn.toString(Qt::ISODate));
    q.bindValue(8, toString(a.status));
    q.bindValue(9, halltime::toIso(a.changedAt));
    q.bindValue(10, a.recordedBy);
    q.bindValue(11, documentColumn(a.parties, 0));
    q.bindValue(12, documentColumn(a.parties, 1));
    return q.exec();
}

bool BookingStore::writeAudit(const BookingAuditEntry& e)
{
    QSqlQuery& q = *m_insertAudit;
    q.bindValue(0, e.id);
    q.bindValue(1, e.code);
    q.bindValue(2, halltime::toIso(e.at));
    q.bindValue(3, e.action);
    q.bindValue(4, e.staff.isNull() ? QStringLiteral("") : e.staff); // none for the couple's phone page
    q.bindValue(5, nullable(e.channel));
    q.bindValue(6, nullable(e.detail));
    return q.exec();
}

bool BookingStore::writeCounselling(const CounsellingSession& c)
{
    QSqlQuery& q = *m_upsertCounselling;
    q.bindValue(0, c.id);
    q.bindValue(1, c.application);
    q.bindValue(2, c.office);
    q.bindValue(3, halltime::toIso(c.start));
    q.bindValue(4, halltime::toIso(c.end));
    q.bindValue(5, c.room);
    q.bindValue(6, c.counsellor);
    q.bindValue(7, nullable(toString(c.outcome)));
    q.bindValue(8, c.bookedBy);
    q.bindValue(9, nullable(c.recordedBy));
    q.bindValue(10, halltime::toIso(c.createdAt));
    q.bindValue(11, halltime::toIso(c.changedAt));
    return q.exec();
}

bool BookingStore::writeClosure(const DayClosure& c)
{
    QSqlQuery& q = *m_upsertClosure;
    q.bindValue(0, c.office);
    q.bindValue(1, c.day.toString(Qt::ISODate));
    q.bindValue(2, c.reason);
    q.bindValue(3, halltime::toIso(c.at));
    q.bindValue(4, c.staff);
    return q.exec();
}

std::optional<Error> BookingStore::write(const BookingChanges& changes)
{
    // A booking changed several times in one batch is written once, in its last state.
    QHash<QString, qsizetype> last;
    for (qsizetype i = 0; i < changes.bookings.size(); ++i) {
        last.insert(changes.bookings[i].code, i);
    }
    m_cityRefusals.clear();
    m_handedOver.clear();
    ++m_writes;
    if (m_city != nullptr && !changes.bookings.isEmpty()) {
        if (auto failed = m_city->lockForTurn()) {
            return failed;
        }
    }
    for (qsizetype i = 0; i < changes.bookings.size(); ++i) {
        if (last.value(changes.bookings[i].code) != i) {
            continue;
        }
        if (m_city != nullptr) {
            if (auto failed = writeCityBooking(changes.bookings[i], changes.audit)) {
                return failed;
            }
        } else if (!writeBooking(changes.bookings[i])) {
            return storageFailure(QStringLiteral("booking"), m_upsertBooking->lastError());
        }
    }
    for (const PersonEvent& e : changes.events) {
        if (m_cityRefusals.contains(e.bookingCode) || m_handedOver.contains(e.bookingCode)) {
            continue;
        }
        if (!writeEvent(e)) {
            return storageFailure(QStringLiteral("booking event"), m_insertEvent->lastError());
        }
    }
    for (const qint64 id : changes.untiedEvents) {
        m_untieEvent->bindValue(0, id);
        if (!m_untieEvent->exec()) {
            return storageFailure(QStringLiteral("booking event"), m_untieEvent->lastError());
        }
    }
    for (const DivorceApplication& a : changes.divorces) {
        if (!writeDivorce(a)) {
            return storageFailure(QStringLiteral("divorce application"), m_upsertDivorce->lastError());
        }
    }
    for (const DayClosure& c : changes.closures) {
        if (!writeClosure(c)) {
            return storageFailure(QStringLiteral("closure"), m_upsertClosure->lastError());
        }
    }
    for (const BookingAuditEntry& e : changes.audit) {
        if (m_cityRefusals.contains(e.code) || m_handedOver.contains(e.code)) {
            continue;
        }
        if (!writeAudit(e)) {
            return storageFailure(QStringLiteral("booking audit"), m_insertAudit->lastError());
        }
    }
    for (const CounsellingSession& c : changes.counselling) {
        if (!writeCounselling(c)) {
            return storageFailure(QStringLiteral("counselling"), m_upsertCounselling->lastError());
        }
    }
    return std::nullopt;
}

void BookingStore::useCityPool(CityPool* pool, std::function<int(const Booking&)> capacity)
{
    m_city = pool;
    m_capacity = std::move(capacity);
}

std::optional<Error> BookingStore::writeCityBooking(const Booking& b, const QList<BookingAuditEntry>& audit)
{
    if (m_arriving.remove(b.code)) {
        // Handed over by another hall: its claims are in the city already, in that hall's name until
        // this hall settles the handover after this commit.
        if (!writeBooking(b)) {
            return storageFailure(QStringLiteral("booking"), m_upsertBooking->lastError());
        }
        return std::nullopt;
    }
    // The city first: its claim is all or nothing in one statement, so a refused booking is simply not
    // written (no savepoint: two round trips per booking fewer). The rest of the turn commits.
    auto verdict = m_city->claim(b, m_capacity(b));
    if (!verdict) {
        return verdict.error();
    }
    if (verdict.value()) {
        m_cityRefusals.insert(b.code, *verdict.value());
        return std::nullopt;
    }
    const QString officeHall = m_city->hallOf(b.office);
    if (b.status == BookingStatus::Confirmed && !officeHall.isEmpty() && officeHall != m_city->hall()) {
        // The office is another hall's: its record goes there (its kiosks check the couple in on the
        // day without the city link), in this same city transaction, and never stays here.
        QList<BookingAuditEntry> lines; // this change's, which go with the record
        for (const BookingAuditEntry& e : audit) {
            if (e.code == b.code) {
                lines << e;
            }
        }
        if (auto failed = m_city->handOver(b.code, officeHall, handoverRow(b, lines))) {
            return failed;
        }
        m_deleteBooking->bindValue(0, b.code); // a record made here before the office had its hall
        if (!m_deleteBooking->exec()) {
            return storageFailure(QStringLiteral("booking"), m_deleteBooking->lastError());
        }
        m_handedOver.insert(b.code, officeHall);
        return std::nullopt;
    }
    if (!writeBooking(b)) {
        return storageFailure(QStringLiteral("booking"), m_upsertBooking->lastError());
    }
    return std::nullopt;
}

QByteArray BookingStore::handoverRow(const Booking& b, const QList<BookingAuditEntry>& audit) const
{
    // The columns as writeBooking binds them: keyed person hashes, masked numbers, names and phone
    // sealed under the city's one key (every hall of a city shares person-key.secret).
    QJsonArray parties;
    for (qsizetype i = 0; i < b.parties.size(); ++i) {
        parties << QJsonObject{{QStringLiteral("key"), b.parties[i].personKey},
                               {QStringLiteral("masked"), b.parties[i].maskedId},
                               {QStringLiteral("document"), documentColumn(b.parties, int(i)).toString()}};
    }
    QJsonArray lines;
    for (const BookingAuditEntry& e : audit) {
        lines << QJsonObject{{QStringLiteral("at"), halltime::toIso(e.at)},
                             {QStringLiteral("action"), e.action},
                             {QStringLiteral("staff"), e.staff},
                             {QStringLiteral("channel"), e.channel},
                             {QStringLiteral("detail"), e.detail}};
    }
    const QJsonObject row{
        {QStringLiteral("code"), b.code},
        {QStringLiteral("requestId"), b.requestId},
        {QStringLiteral("fingerprint"), b.fingerprint},
        {QStringLiteral("office"), b.office},
        {QStringLiteral("type"), toString(b.type)},
        {QStringLiteral("day"), b.day.toString(Qt::ISODate)},
        {QStringLiteral("slotStart"), halltime::toIso(b.slotStart)},
        {QStringLiteral("slotEnd"), halltime::toIso(b.slotEnd)},
        {QStringLiteral("status"), toString(b.status)},
        {QStringLiteral("parties"), parties},
        {QStringLiteral("contact"), m_sealer.seal(namesJson(b.parties, b.phone, b.eligibleFrom))},
        {QStringLiteral("hall"), b.hall},
        {QStringLiteral("officiant"), b.officiant},
        {QStringLiteral("divorceApplication"), QString::number(b.divorceApplication)},
        {QStringLiteral("createdAt"), halltime::toIso(b.createdAt)},
        {QStringLiteral("changedAt"), halltime::toIso(b.changedAt)},
        {QStringLiteral("audit"), lines}};
    return QJsonDocument(row).toJson(QJsonDocument::Compact);
}

Result<BookingStore::Arrival> BookingStore::readHandover(const QByteArray& row) const
{
    const QJsonObject o = QJsonDocument::fromJson(row).object();
    const auto plain = m_sealer.open(o.value(QLatin1String("contact")).toString());
    if (o.isEmpty() || !plain) {
        return Error{
            ErrorCode::StorageFailed,
            QStringLiteral("交接的预约记录无法读取 (各大厅的 person-key.secret 是否相同?) / a handed-over "
                           "booking record cannot be read (do the halls share person-key.secret?)")};
    }
    const QJsonObject contact = QJsonDocument::fromJson(*plain).object();
    const QJsonArray names = contact.value(QLatin1String("names")).toArray();
    Arrival a;
    Booking& b = a.booking;
    b.code = o.value(QLatin1String("code")).toString();
    b.requestId = o.value(QLatin1String("requestId")).toString();
    b.fingerprint = o.value(QLatin1String("fingerprint")).toString();
    b.office = o.value(QLatin1String("office")).toString();
    b.type = bookingTypeFromString(o.value(QLatin1String("type")).toString()).value_or(BookingType::Marriage);
    b.day = QDate::fromString(o.value(QLatin1String("day")).toString(), Qt::ISODate);
    b.slotStart = halltime::fromIso(o.value(QLatin1String("slotStart")).toString());
    b.slotEnd = halltime::fromIso(o.value(QLatin1String("slotEnd")).toString());
    b.status = bookingStatusFromString(o.value(QLatin1String("status")).toString())
                   .value_or(BookingStatus::Cancelled);
    const QJsonArray parties = o.value(QLatin1String("parties")).toArray();
    for (qsizetype i = 0; i < parties.size(); ++i) {
        const QJsonObject p = parties.at(i).toObject();
        b.parties << Party{p.value(QLatin1String("key")).toString(),
                           p.value(QLatin1String("masked")).toString(), names.at(i).toString(),
                           documentTypeFromString(p.value(QLatin1String("document")).toString())
                               .value_or(DocumentType::MainlandId)};
    }
    b.eligibleFrom = QDate::fromString(contact.value(QLatin1String("eligibleFrom")).toString(), Qt::ISODate);
    b.phone = contact.value(QLatin1String("phone")).toString();
    b.hall = o.value(QLatin1String("hall")).toString();
    b.officiant = o.value(QLatin1String("officiant")).toString();
    b.divorceApplication = o.value(QLatin1String("divorceApplication")).toString().toLongLong();
    b.createdAt = halltime::fromIso(o.value(QLatin1String("createdAt")).toString());
    b.changedAt = halltime::fromIso(o.value(QLatin1String("changedAt")).toString());
    for (const QJsonValue& v : o.value(QLatin1String("audit")).toArray()) {
        const QJsonObject e = v.toObject();
        a.audit << BookingAuditEntry{0,
                                     b.code,
                                     halltime::fromIso(e.value(QLatin1String("at")).toString()),
                                     e.value(QLatin1String("action")).toString(),
                                     e.value(QLatin1String("staff")).toString(),
                                     e.value(QLatin1String("channel")).toString(),
                                     e.value(QLatin1String("detail")).toString()};
    }
    return a;
}

std::optional<Error> BookingStore::commit(const BookingChanges& changes)
{
    if (changes.isEmpty()) {
        return std::nullopt;
    }
    if (!m_db.transaction()) {
        return storageFailure(QStringLiteral("begin"), m_db.lastError());
    }
    std::optional<Error> failed = write(changes);
    if (!failed && !m_db.commit()) {
        failed = storageFailure(QStringLiteral("commit"), m_db.lastError());
    }
    if (failed) {
        m_db.rollback();
    }
    return failed;
}

Result<BookingState> BookingStore::load()
{
    BookingState s;
    QSqlQuery q(m_db);
    const auto unsealed = [&](const QString& sealed) -> std::optional<QJsonObject> {
        const auto plain = m_sealer.open(sealed);
        if (!plain) {
            return std::nullopt;
        }
        return QJsonDocument::fromJson(*plain).object();
    };
    const Error wrongKey{ErrorCode::StorageFailed,
                         QStringLiteral("预约存储: 联系信息无法解密 (密钥与写入时不同?)")};
    if (!q.exec(
            QStringLiteral("SELECT code, request_id, fingerprint, office, type, day, slot_start, slot_end,"
                           " status, person1_key, person1_masked, person2_key, person2_masked, contact, hall,"
                           " officiant, divorce_application, created_at, changed_at, person1_document,"
                           " person2_document FROM bookings ORDER BY code"))) {
        return storageFailure(QStringLiteral("load bookings"), q.lastError());
    }
    while (q.next()) {
        const auto contact = unsealed(q.value(13).toString());
        if (!contact) {
            return wrongKey;
        }
        Booking b;
        b.code = q.value(0).toString();
        b.requestId = q.value(1).toString();
        b.fingerprint = q.value(2).toString();
        b.office = q.value(3).toString();
        b.type = bookingTypeFromString(q.value(4).toString()).value_or(BookingType::Marriage);
        b.day = QDate::fromString(q.value(5).toString(), Qt::ISODate);
        b.slotStart = halltime::fromIso(q.value(6).toString());
        b.slotEnd = halltime::fromIso(q.value(7).toString());
        b.status = bookingStatusFromString(q.value(8).toString()).value_or(BookingStatus::Cancelled);
        b.parties = partiesFrom(q, 9, 19, *contact);
        b.eligibleFrom =
            QDate::fromString(contact->value(QStringLiteral("eligibleFrom")).toString(), Qt::ISODate);
        b.phone = contact->value(QStringLiteral("phone")).toString();
        b.hall = q.value(14).toString();
        b.officiant = q.value(15).toString();
        b.divorceApplication = q.value(16).toLongLong();
        b.createdAt = halltime::fromIso(q.value(17).toString());
        b.changedAt = halltime::fromIso(q.value(18).toString());
        s.bookings << b;
    }
    if (!q.exec(QStringLiteral(
            "SELECT id, person_key, kind, at, booking_code FROM booking_events ORDER BY id"))) {
        return storageFailure(QStringLiteral("load booking events"), q.lastError());
    }
    while (q.next()) {
        s.events << PersonEvent{
            q.value(0).toLongLong(), q.value(1).toString(),
            personEventKindFromString(q.value(2).toString()).value_or(PersonEventKind::NoShow),
            halltime::fromIso(q.value(3).toString()), q.value(4).toString()};
    }
    if (!q.exec(QStringLiteral(
            "SELECT id, office, person1_key, person1_masked, person2_key, person2_masked, names,"
            " applied_on, status, changed_at, recorded_by, person1_document, person2_document"
            " FROM divorce_applications ORDER BY id"))) {
        return storageFailure(QStringLiteral("load divorce applications"), q.lastError());
    }
    while (q.next()) {
        const auto names = unsealed(q.value(6).toString());
        if (!names) {
            return wrongKey;
        }
        DivorceApplication a;
        a.id = q.value(0).toLongLong();
        a.office = q.value(1).toString();
        a.parties = partiesFrom(q, 2, 11, *names);
        a.appliedOn = QDate::fromString(q.value(7).toString(), Qt::ISODate);
        a.status = divorceStatusFromString(q.value(8).toString()).value_or(DivorceStatus::Withdrawn);
        a.changedAt = halltime::fromIso(q.value(9).toString());
        a.recordedBy = q.value(10).toString();
        s.divorces << a;
    }
    if (!q.exec(QStringLiteral(
            "SELECT office, day, reason, at, staff FROM booking_closures ORDER BY office, day"))) {
        return storageFailure(QStringLiteral("load closures"), q.lastError());
    }
    while (q.next()) {
        s.closures << DayClosure{q.value(0).toString(), QDate::fromString(q.value(1).toString(), Qt::ISODate),
                                 q.value(2).toString(), halltime::fromIso(q.value(3).toString()),
                                 q.value(4).toString()};
    }
    if (!q.exec(QStringLiteral(
            "SELECT id, code, at, action, staff, channel, detail FROM booking_audit ORDER BY id"))) {
        return storageFailure(QStringLiteral("load booking audit"), q.lastError());
    }
    while (q.next()) {
        s.audit << BookingAuditEntry{
            q.value(0).toLongLong(), q.value(1).toString(), halltime::fromIso(q.value(2).toString()),
            q.value(3).toString(),   q.value(4).toString(), q.value(5).toString(),
            q.value(6).toString()};
    }
    if (!q.exec(QStringLiteral(
            "SELECT id, application, office, start_at, end_at, room, counsellor, outcome, booked_by,"
            " recorded_by, created_at, changed_at FROM counselling_sessions ORDER BY id"))) {
        return storageFailure(QStringLiteral("load counselling"), q.lastError());
    }
    while (q.next()) {
        CounsellingSession c;
        c.id = q.value(0).toLongLong();
        c.application = q.value(1).toLongLong();
        c.office = q.value(2).toString();
        c.start = halltime::fromIso(q.value(3).toString());
        c.end = halltime::fromIso(q.value(4).toString());
        c.room = q.value(5).toString();
        c.counsellor = q.value(6).toString();
        c.outcome = counsellingOutcomeFromString(q.value(7).toString()).value_or(CounsellingOutcome::None);
        c.bookedBy = q.value(8).toString();
        c.recordedBy = q.value(9).toString();
        c.createdAt = halltime::fromIso(q.value(10).toString());
        c.changedAt = halltime::fromIso(q.value(11).toString());
        s.counselling << c;
    }
    return s;
}

} // namespace hall
