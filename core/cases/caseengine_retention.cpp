// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Retention: the applicant of a case closed long enough ago is no longer kept.
#include "caseengine.h"

#include <algorithm>

namespace hall {

int CaseEngine::forgetApplicants(QDate closedBefore)
{
    int forgotten = 0;
    for (auto& [number, c] : m_cases) {
        const bool notes = std::any_of(c.entries.cbegin(), c.entries.cend(),
                                       [](const CaseEntry& e) { return !e.note.isEmpty(); });
        if (!c.closedOn.isValid() || c.closedOn >= closedBefore || (c.applicant == Applicant{} && !notes)) {
            continue;
        }
        if (auto it = m_byPerson.find(c.applicant.personKey); it != m_byPerson.end()) {
            it->remove(number);
            if (it->isEmpty()) {
                m_byPerson.erase(it);
            }
        }
        c.applicant = Applicant{};
        // Staff notes are free text and may name the applicant or family members; who did which step
        // and when stays.
        for (CaseEntry& e : c.entries) {
            e.note.clear();
        }
        m_byPerson[QString()].insert(number);
        m_changed.insert(number);
        ++forgotten;
    }
    return forgotten;
}

} // namespace hall
