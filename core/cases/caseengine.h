// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "caseerror.h"
#include "caserecord.h"
#include "casesconfig.h"
#include "domain/clock.h"
#include "lookuplimiter.h"
#include "workingcalendar.h"

#include <QHash>
#include <QSet>

#include <map>

namespace hall {

/// A new application as the counter enters it (受理).
struct AcceptRequest
{
    QString type;
    QString office;
    QString name;
    QString idNumber;
    QString phone;
    int householdSize = 1;
    QString note;
};

/// A case from an earlier system (hall-admin case import): where it stands today.
struct ImportedCase
{
    int line = 0; ///< in the CSV file, for error messages
    QString number;
    AcceptRequest request;
    QDate acceptedOn;
    int step = 1; ///< index of the current step (1 = the step after the application)
    QDate stepStartedOn;
    CaseStatus status = CaseStatus::Open;
    QString staff;
    QString note; ///< missing documents (returned) or the reason (refused)
    QString
        outcome; ///< the approval's decision (OutcomeDef::id), once a workflow that names them is approved
};

/// What passing a step records besides who did it: the decision of an approval step that names its
/// decisions (OutcomeDef), and, on a 签名发放 step, that the recipient signed.
struct StepPass
{
    QString outcome;
    bool recipientSigned = false;
};

/// What a kiosk sends to find a resident's cases: the ID number and either the phone number given
/// when applying or a case number. Both must match.
struct LookupRequest
{
    QString kiosk;
    QString idNumber;
    QString phone;
    QString caseNumber;
};

/// The case tracker's single writer. Every action checks everything before it changes anything, so a
/// refused action leaves the cases exactly as they were; every change adds a history entry naming the
/// staff member. Runs on the service's event loop; takeChanges() hands what changed to CaseStore.
class CaseEngine
{
public:
    CaseEngine(CasesConfig config, const Clock& clock, QByteArray personSecret);

    const CasesConfig& config() const { return m_config; }
    const WorkingCalendar& calendar() const { return m_calendar; }
    /// A reloaded calendar. Periods are computed from it on every read, so open cases follow at once.
    void setCalendar(std::shared_ptr<const HallCalendar> calendar);
    QDate today() const;

    CaseResult<CaseRecord> accept(const AcceptRequest& r, const QString& staff);
    /// Passes `step` (which must be the current step) with outcome approved and moves to the next;
    /// passing the last step completes the case. A notice must have run its full period; a joint
    /// step needs `secondStaff`, another account that did it together with `staff`; neither may be
    /// an account that passed a step of the other duty (investigation / approval) of this case. An
    /// approval step with named decisions needs one of them in `pass.outcome` (none elsewhere); a
    /// receipt step (签名发放) needs `pass.recipientSigned`.
    CaseResult<CaseRecord> advance(const QString& number, int step, const QString& staff, const QString& note,
                                   const QString& secondStaff = {}, const StepPass& pass = {});
    /// An objection (异议) received while the notice at `step` runs: recorded with what was raised,
    /// and the case stops (OBJECTION_PENDING) until resolveObjection().
    CaseResult<CaseRecord> recordObjection(const QString& number, int step, const QString& staff,
                                           const QString& note);
    /// Upheld: the case goes back to the notice's configured step (to be done again), or is refused
    /// with `note` as the reason; dismissed: the notice continues as if nothing had stopped it.
    CaseResult<CaseRecord> resolveObjection(const QString& number, int step, bool upheld,
                                            const QString& staff, const QString& note);
    /// Returns the case for more documents (退回补正): it waits at `step` until they arrive.
    CaseResult<CaseRecord> returnForDocuments(const QString& number, int step, const QString& missing,
                                              const QString& staff);
    /// The missing documents arrived: work on the current step resumes.
    CaseResult<CaseRecord> documentsReceived(const QString& number, const QString& staff,
                                             const QString& note);
    /// Refuses at `step` (up to and including the approval step) with a reason the resident is told.
    CaseResult<CaseRecord> refuse(const QString& number, int step, const QString& reason,
                                  const QString& staff);
    /// The applicant withdraws (撤回) an open case.
    CaseResult<CaseRecord> withdraw(const QString& number, const QString& staff, const QString& note);
    /// Attaches a note to the current step; allowed on closed cases too (回访, 年审 remarks).
    CaseResult<CaseRecord> addNote(const QString& number, const QString& staff, const QString& note);

    /// Imports all rows or none: the first problem is reported with its CSV line number.
    CaseResult<int> importCases(const QList<ImportedCase>& rows, const QString& staff);

    /// The resident's cases when ID and phone (or case number) match; otherwise the neutral NO_MATCH,
    /// and RATE_LIMITED after too many failures from the kiosk or for the ID.
    CaseResult<QList<CaseRecord>> lookup(const LookupRequest& r);

    const CaseRecord* find(const QString& number) const;
    /// Cases of the person with this ID number (staff search), newest first.
    CaseResult<QList<CaseRecord>> byIdNumber(const QString& idNumber) const;
    /// Every case, ordered by number.
    QList<CaseRecord> cases() const;

    /// Cases changed since the last call, for CaseStore::commit.
    /// Retention: empties the applicant (name, ID, phone, their keys) and the staff notes of cases
    /// closed before `closedBefore`; the case, its steps and dates stay for the figures. Returns how
    /// many cases were emptied; recorded as changes like any other.
    int forgetApplicants(QDate closedBefore);
    QList<CaseRecord> takeChanges();
    int pendingChanges() const { return static_cast<int>(m_changed.size()); }
    /// Replaces every case (start-up, or after a failed commit) and forgets pending changes.
    void restore(const QList<CaseRecord>& cases);

private:
    CaseResult<CaseRecord*> openCase(const QString& number, int step);
    std::optional<CaseError> checkPass(const StepDef& def, const StepPass& pass) const;
    std::optional<CaseError> dutyConflict(const CaseRecord& c, const StepDef& step,
                                          const QStringList& accounts) const;
    CaseResult<Applicant> applicant(const AcceptRequest& r) const;
    CaseResult<bool> checkRequest(const AcceptRequest& r) const;
    QString nextNumber(const WorkflowDef& w, QDate day) const;
    CaseEntry& addEntry(CaseRecord& c, CaseAction action, const QString& staff, const QString& note,
                        const QString& secondStaff = {});
    CaseRecord& store(CaseRecord c);
    void noteNumber(const QString& number);

    CasesConfig m_config;
    WorkingCalendar m_calendar;
    const Clock& m_clock;
    QByteArray m_secret;
    LookupLimiter m_limiter;
    std::map<QString, CaseRecord> m_cases;
    QHash<QString, QSet<QString>> m_byPerson; ///< person key → case numbers
    QHash<QString, int> m_lastSequence;       ///< year + type code → the highest sequence used
    QSet<QString> m_changed;
};

/// CaseError with a message, for short call sites.
CaseError caseError(CaseErrorCode code, const QString& message);

} // namespace hall
