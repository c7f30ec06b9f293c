#pragma once

#include "domain/result.h"

#include <QDateTime>
#include <QString>

namespace hall {

/// Stable codes of case refusals, sent by the protocol as UPPER_SNAKE strings (caseErrorCodeName).
enum class CaseErrorCode
{
    InvalidArgument,
    InvalidIdNumber,
    UnknownCaseType,
    UnknownOffice,
    UnknownCase,
    DuplicateCase,
    StepMismatch,  ///< the step named is not the case's current step (skipping or repeating one)
    NoticeRunning, ///< a public notice (公示) has not yet run its full period
    CaseClosed,    ///< approved to the end, refused or withdrawn: nothing more may happen
    AwaitingDocuments,
    NotAwaitingDocuments,
    InvalidTransition, ///< e.g. refusing after approval
    NotPermitted,      ///< the staff member may not act on this case type
    NoMatch,           ///< the neutral lookup miss
    RateLimited,
    ImportFailed,
    StorageFailed,
    JointStepIncomplete, ///< a joint step (共同入户调查) passed without a second, different staff member
    DutyConflict,        ///< one account would both investigate and approve the case
    ObjectionPending,    ///< an objection received during the notice stops the case until resolved
};

QString caseErrorCodeName(CaseErrorCode code);

/// A refused case operation: a stable code, a message for people (zh_CN) and, for RATE_LIMITED, when
/// the resident may try again.
struct CaseError
{
    CaseErrorCode code;
    QString message;
    QDateTime until;
};

template <typename T> using CaseResult = Result<T, CaseError>;

} // namespace hall
