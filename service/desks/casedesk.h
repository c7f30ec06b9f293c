// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "caseengine.h"
#include "casestore.h"
#include "storage/durableengine.h"

#include <memory>

namespace hall {

/// The case engine made durable: a participant of the group commit like the queue and bookings.
using DurableCases = DurableEngine<CaseEngine, CaseStore>;

/// The case side of the hall service: the engine, its sealed store and its place in the service's
/// group commit (changes of one event-loop turn commit with the queue's and the bookings' in one
/// transaction; a failed commit rebuilds the cases from storage). HallState owns one; the case ops
/// (service/ops/caseops.cpp) work through it.
class CaseDesk
{
public:
    static Result<std::unique_ptr<CaseDesk>> open(CasesConfig config, const Clock& clock, QSqlDatabase db,
                                                  GroupCommit& driver, const QByteArray& personSecret);

    CaseEngine& engine() { return m_engine; }
    CaseStore& store() { return *m_store; }

    /// Imports the cases of a CSV export (docs/cases.md; UTF-8 or GB18030), all rows or none, now; the
    /// change commits with the turn. The one import of case.import and of `hall-admin case import`.
    Result<int> importCsv(const QByteArray& csv, const QString& staff);

    /// The case types `user` may act on ("*" for all), read from storage (hall-admin changes them).
    bool mayHandle(const QString& user, const QString& type);

private:
    CaseDesk(CasesConfig config, const Clock& clock, const QByteArray& personSecret);

    CaseEngine m_engine;
    std::unique_ptr<CaseStore> m_store;
    std::unique_ptr<DurableCases> m_durable;
};

} // namespace hall
