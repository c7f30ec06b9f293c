// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "casestore.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QSqlError>

namespace hall {

namespace {

Error failed(const QString& what, const QSqlError& e)
{
    return Error{ErrorCode::StorageFailed, QStringLiteral("%1: %2").arg(what, e.text())};
}

/// Cases get a key of their own, so a leak of one sealed table does not open the other's.
QByteArray caseSealSecret(const QByteArray& secret)
{
    return QMessageAuthenticationCode::hash(QByteArrayLiteral("hall-cases-seal-v1"), secret,
                                            QCryptographicHash::Sha256);
}

QString dateText(QDate d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QDate dateFrom(const QVariant& v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

} // namespace

CaseStore::CaseStore(QSqlDatabase db, const QByteArray& secret)
    : m_db(std::move(db)), m_sealer(caseSealSecret(secret))
{}

CaseStore::~CaseStore() = default;

Result<std::unique_ptr<CaseStore>> CaseStore::open(QSqlDatabase db, const QByteArray& secret)
{
    if (secret.size() < 16) {
        return Error{ErrorCode::StorageFailed, QStringLiteral("办件加密密钥太短")};
    }
    std::unique_ptr<CaseStore> s(new CaseStore(db, secret));
    if (auto failure = s->prepareStatements()) {
        return *failure;
    }
    return s;
}

std::optional<Error> CaseStore::prepareStatements()
{
    m_upsertCase = std::make_unique<QSqlQuery>(m_db);
    m_insertEntry = std::make_unique<QSqlQuery>(m_db);
    const bool ok =
        m_upsertCase->prepare(QStringLiteral(
            "INSERT INTO cases (number, type, office, status, step, accepted_on, step_started_on, "
            "approved_on,"
            " closed_on, person_key, id_masked, name_sealed, id_sealed, phone_sealed, household_size,"
            " refusal_reason, missing_documents, documents_due, outcome)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (number) DO UPDATE SET status = excluded.status, step = excluded.step,"
            " step_started_on = excluded.step_started_on, approved_on = excluded.approved_on,"
            " closed_on = excluded.closed_on, refusal_reason = excluded.refusal_reason,"
            " missing_documents = excluded.missing_documents, documents_due = excluded.documents_due,"
            " outcome = excluded.outcome,"
            // Retention empties the applicant of a case closed long ago (CaseEngine::forgetApplicants).
            " person_key = excluded.person_key, id_masked = excluded.id_masked,"
            " name_sealed = excluded.name_sealed, id_sealed = excluded.id_sealed,"
            " phone_sealed = excluded.phone_sealed")) &&
        m_insertEntry->prepare(
            QStringLiteral("INSERT INTO case_entries (case_number, seq, step, action, "
                           "at, staff, note, second_staff, outcome, recipient_signed)"
                           " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                           " ON CONFLICT (case_number, seq) DO UPDATE SET note = excluded.note"));
    if (!ok) {
        return failed(QStringLiteral("prepare cases"), m_upsertCase->lastError());
    }
    return std::nullopt;
}

bool CaseStore::writeCase(const CaseRecord& c)
{
    QSqlQuery& q = *m_upsertCase;
    const QVariantList values{
        c.number, c.type, c.office, toString(c.status), c.step, dateText(c.acceptedOn),
        dateText(c.stepStartedOn), dateText(c.approvedOn), dateText(c.closedOn),
        // Null after retention emptied them; the columns are NOT NULL.
        c.applicant.personKey.isNull() ? QStringLiteral("") : c.applicant.personKey,
        c.applicant.idMasked.isNull() ? QStringLiteral("") : c.applicant.idMasked,
        m_sealer.seal(c.applicant.name.toUtf8()), m_sealer.seal(c.applicant.idNumber.toUtf8()),
        m_sealer.seal(c.applicant.phone.toUtf8()), c.householdSize, c.refusalReason, c.missingDocuments,
        dateText(c.documentsDue), c.outcome.isEmpty() ? QVariant() : QVariant(c.outcome)};
    for (int i = 0; i < values.size(); ++i) {
        q.bindValue(i, values.at(i));
    }
    if (!q.exec()) {
        return false;
    }
    for (const CaseEntry& e : c.entries) {
        QSqlQuery& ins = *m_insertEntry;
        ins.bindValue(0, c.number);
        ins.bindValue(1, e.seq);
        ins.bindValue(2, e.step);
        ins.bindValue(3, toString(e.action));
        ins.bindValue(4, e.at.toUTC().toString(Qt::ISODateWithMs));
        ins.bindValue(5, e.staff);
        ins.bindValue(6, e.note.isNull() ? QStringLiteral("") : e.note); // a null QString would bind NULL
        ins.bindValue(7, e.secondStaff.isEmpty() ? QVariant() : QVariant(e.secondStaff));
        ins.bindValue(8, e.outcome.isEmpty() ? QVariant() : QVariant(e.outcome));
        ins.bindValue(9, e.recipientSigned ? 1 : 0);
        if (!ins.exec()) {
            return false;
        }
    }
    return true;
}

std::optional<Error> CaseStore::write(const QList<CaseRecord>& changed)
{
    for (const CaseRecord& c : changed) {
        if (!writeCase(c)) {
            const QSqlError e =
                m_upsertCase->lastError().isValid() ? m_upsertCase->lastError() : m_insertEntry->lastError();
            return failed(QStringLiteral("write case %1").arg(c.number), e);
        }
    }
    return std::nullopt;
}

std::optional<Error> CaseStore::commit(const QList<CaseRecord>& changed)
{
    if (changed.isEmpty()) {
        return std::nullopt;
    }
    if (!m_db.transaction()) {
        return failed(QStringLiteral("begin"), m_db.lastError());
    }
    if (auto e = write(changed)) {
        m_db.rollback();
        return e;
    }
    if (!m_db.commit()) {
        const Error e = failed(QStringLiteral("commit"), m_db.lastError());
        m_db.rollback();
        return e;
    }
    return std::nullopt;
}

Result<QList<CaseRecord>> CaseStore::load()
{
    QHash<QString, QList<CaseEntry>> entries;
    QSqlQuery e(m_db);
    if (!e.exec(
            QStringLiteral("SELECT case_number, seq, step, action, at, staff, note, second_staff, outcome,"
                           " recipient_signed FROM case_entries"
                           " ORDER BY case_number, seq"))) {
        return failed(QStringLiteral("load case entries"), e.lastError());
    }
    while (e.next()) {
        const auto action = caseActionFromString(e.value(3).toString());
        if (!action) {
            return Error{ErrorCode::StorageFailed,
                         QStringLiteral("办件记录中有未知的操作 %1").arg(e.value(3).toString())};
        }
        entries[e.value(0).toString()]
            << CaseEntry{e.value(1).toInt(),
                         e.value(2).toInt(),
                         *action,
                         QDateTime::fromString(e.value(4).toString(), Qt::ISODateWithMs),
                         e.value(5).toString(),
                         e.value(7).toString(),
                         e.value(6).toString(),
                         e.value(8).toString(),
                         e.value(9).toInt() != 0};
    }
    QSqlQuery q(m_db);
    if (!q.exec(
            QStringLiteral("SELECT number, type, office, status, step, accepted_on, step_started_on,"
                           " approved_on, closed_on, person_key, id_masked, name_sealed, id_sealed,"
                           " phone_sealed, household_size, refusal_reason, missing_documents, documents_due,"
                           " outcome FROM cases ORDER BY number"))) {
        return failed(QStringLiteral("load cases"), q.lastError());
    }
    QList<CaseRecord> out;
    while (q.next()) {
        CaseRecord c;
        c.number = q.value(0).toString();
        c.type = q.value(1).toString();
        c.office = q.value(2).toString();
        c.status = caseStatusFromString(q.value(3).toString()).value_or(CaseStatus::Open);
        c.step = q.value(4).toInt();
        c.acceptedOn = dateFrom(q.value(5));
        c.stepStartedOn = dateFrom(q.value(6));
        c.approvedOn = dateFrom(q.value(7));
        c.closedOn = dateFrom(q.value(8));
        c.applicant.personKey = q.value(9).toString();
        c.applicant.idMasked = q.value(10).toString();
        const auto name = m_sealer.open(q.value(11).toString());
        const auto id = m_sealer.open(q.value(12).toString());
        const auto phone = m_sealer.open(q.value(13).toString());
        if (!name || !id || !phone) {
            return Error{ErrorCode::StorageFailed,
                         QStringLiteral("办件 %1 的申请人信息无法解密：密钥与数据库不符").arg(c.number)};
        }
        c.applicant.name = QString::fromUtf8(*name);
        c.applicant.idNumber = QString::fromUtf8(*id);
        c.applicant.phone = QString::fromUtf8(*phone);
        c.householdSize = q.value(14).toInt();
        c.refusalReason = q.value(15).toString();
        c.missingDocuments = q.value(16).toString();
        c.documentsDue = dateFrom(q.value(17));
        c.outcome = q.value(18).toString();
        c.entries = entries.value(c.number);
        out << c;
    }
    return out;
}

Result<QStringList> CaseStore::staffCaseTypes(const QString& user)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT case_type FROM case_staff WHERE username = ? ORDER BY case_type"));
    q.addBindValue(user);
    if (!q.exec()) {
        return failed(QStringLiteral("case_staff"), q.lastError());
    }
    QStringList out;
    while (q.next()) {
        out << q.value(0).toString();
    }
    return out;
}

Result<bool> CaseStore::setStaffCaseTypes(const QString& user, const QStringList& types)
{
    if (!m_db.transaction()) {
        return failed(QStringLiteral("begin"), m_db.lastError());
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM case_staff WHERE username = ?"));
    q.addBindValue(user);
    bool ok = q.exec();
    for (const QString& t : types) {
        if (!ok) {
            break;
        }
        q.prepare(QStringLiteral("INSERT INTO case_staff (username, case_type) VALUES (?, ?)"));
        q.addBindValue(user);
        q.addBindValue(t);
        ok = q.exec();
    }
    if (!ok || !m_db.commit()) {
        const Error e = failed(QStringLiteral("case_staff"), q.lastError());
        m_db.rollback();
        return e;
    }
    return true;
}

} // namespace hall
