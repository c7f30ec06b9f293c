// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "casedesk.h"

#include "casecsv.h"

namespace hall {

CaseDesk::CaseDesk(CasesConfig config, const Clock& clock, const QByteArray& personSecret)
    : m_engine(std::move(config), clock, personSecret)
{}

Result<std::unique_ptr<CaseDesk>> CaseDesk::open(CasesConfig config, const Clock& clock, QSqlDatabase db,
                                                 GroupCommit& driver, const QByteArray& personSecret)
{
    std::unique_ptr<CaseDesk> desk(new CaseDesk(std::move(config), clock, personSecret));
    auto store = CaseStore::open(db, personSecret);
    if (!store) {
        return store.error();
    }
    desk->m_store = std::move(store).value();
    desk->m_durable = std::make_unique<DurableCases>(desk->m_engine, *desk->m_store, driver);
    if (auto failed = desk->m_durable->restore()) {
        return *failed;
    }
    return desk;
}

Result<int> CaseDesk::importCsv(const QByteArray& csv, const QString& staff)
{
    auto rows = parseCaseCsv(csv, m_engine.config());
    if (!rows) {
        return rows.error();
    }
    return m_engine.importCases(rows.value(), staff);
}

bool CaseDesk::mayHandle(const QString& user, const QString& type)
{
    const auto types = m_store->staffCaseTypes(user);
    return types.ok() && (types->contains(QStringLiteral("*")) || types->contains(type));
}

} // namespace hall
