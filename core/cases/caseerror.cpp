#include "caseerror.h"

namespace hall {

QString caseErrorCodeName(CaseErrorCode code)
{
    switch (code) {
    case CaseErrorCode::InvalidArgument:
        return QStringLiteral("INVALID_ARGUMENT");
    case CaseErrorCode::InvalidIdNumber:
        return QStringLiteral("INVALID_ID_NUMBER");
    case CaseErrorCode::UnknownCaseType:
        return QStringLiteral("UNKNOWN_CASE_TYPE");
    case CaseErrorCode::UnknownOffice:
        return QStringLiteral("UNKNOWN_OFFICE");
    case CaseErrorCode::UnknownCase:
        return QStringLiteral("UNKNOWN_CASE");
    case CaseErrorCode::DuplicateCase:
        return QStringLiteral("DUPLICATE_CASE");
    case CaseErrorCode::StepMismatch:
        return QStringLiteral("STEP_MISMATCH");
    case CaseErrorCode::NoticeRunning:
        return QStringLiteral("NOTICE_RUNNING");
    case CaseErrorCode::CaseClosed:
        return QStringLiteral("CASE_CLOSED");
    case CaseErrorCode::AwaitingDocuments:
        return QStringLiteral("AWAITING_DOCUMENTS");
    case CaseErrorCode::NotAwaitingDocuments:
        return QStringLiteral("NOT_AWAITING_DOCUMENTS");
    case CaseErrorCode::InvalidTransition:
        return QStringLiteral("INVALID_TRANSITION");
    case CaseErrorCode::NotPermitted:
        return QStringLiteral("NOT_PERMITTED");
    case CaseErrorCode::NoMatch:
        return QStringLiteral("NO_MATCH");
    case CaseErrorCode::RateLimited:
        return QStringLiteral("RATE_LIMITED");
    case CaseErrorCode::ImportFailed:
        return QStringLiteral("IMPORT_FAILED");
    case CaseErrorCode::StorageFailed:
        return QStringLiteral("STORAGE_FAILED");
    case CaseErrorCode::JointStepIncomplete:
        return QStringLiteral("JOINT_STEP_INCOMPLETE");
    case CaseErrorCode::DutyConflict:
        return QStringLiteral("DUTY_CONFLICT");
    case CaseErrorCode::ObjectionPending:
        return QStringLiteral("OBJECTION_PENDING");
    }
    return QStringLiteral("INVALID_ARGUMENT");
}

} // namespace hall
