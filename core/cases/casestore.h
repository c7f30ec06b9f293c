// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "booking/contactsealer.h"
#include "caserecord.h"
#include "domain/result.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <memory>
#include <optional>

namespace hall {

/// Where cases live: the tables of migration 5 on SqlStore's connection. The applicant's name, ID and
/// phone are sealed (libsodium secretbox under a key derived from the hall's secret); the ID is found
/// again through its keyed hash. A copy of the database alone shows neither ID nor phone numbers.
class CaseStore
{
public:
    /// `db` must be open and migrated; `secret` is the hall's person secret (the same at every start).
    static Result<std::unique_ptr<CaseStore>> open(QSqlDatabase db, const QByteArray& secret);
    ~CaseStore();
    CaseStore(const CaseStore&) = delete;
    CaseStore& operator=(const CaseStore&) = delete;

    Result<QList<CaseRecord>> load();
    /// Writes the changed cases (and their new history entries) in one transaction.
    std::optional<Error> commit(const QList<CaseRecord>& changed);
    /// Writes inside a transaction someone else opened (group commit): no begin, no commit.
    std::optional<Error> write(const QList<CaseRecord>& changed);

    /// The case types a staff account may act on ("*" = all); empty when none were granted.
    Result<QStringList> staffCaseTypes(const QString& user);
    Result<bool> setStaffCaseTypes(const QString& user, const QStringList& types);
    /// Prepares the write statements on the connection as it is now: at open, and again after the
    /// connection was opened anew (SqlStore::addReopenHandler), whose session lost the old ones.
    std::optional<Error> prepareStatements();

private:
    CaseStore(QSqlDatabase db, const QByteArray& secret);
    bool writeCase(const CaseRecord& c);

    QSqlDatabase m_db;
    ContactSealer m_sealer;
    std::unique_ptr<QSqlQuery> m_upsertCase;
    std::unique_ptr<QSqlQuery> m_insertEntry;
};

} // namespace hall
