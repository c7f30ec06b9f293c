// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace hall {

enum class CaseStatus
{
    Open,
    AwaitingDocuments, ///< returned for more documents (退回补正)
    Completed,         ///< every step done (approved to the end)
    Refused,
    Withdrawn,
    Objected, ///< an objection (异议) received during a public notice stops the case until resolved
};

/// What a history entry records. `Approved` passes the step named in the entry.
enum class CaseAction
{
    Accepted,
    Approved,
    Returned,
    DocumentsReceived,
    Refused,
    Withdrawn,
    Noted,
    Imported,
    ObjectionReceived,  ///< 公示期间收到异议: the note says what was raised
    ObjectionUpheld,    ///< 异议成立: back to a configured step, or refused
    ObjectionDismissed, ///< 异议不成立: the case continues
};

/// One line of a case's history: who did what on which step and when (谁调查谁负责，谁审批谁负责).
struct CaseEntry
{
    int seq = 0;  ///< 1, 2, … within the case
    int step = 0; ///< index into the workflow's steps
    CaseAction action = CaseAction::Noted;
    QDateTime at;
    QString staff;       ///< the staff account that acted
    QString secondStaff; ///< the second account of a joint step (共同入户调查、共同签字), else empty
    QString note;
    QString outcome;              ///< an approval with named decisions: the decision (OutcomeDef::id)
    bool recipientSigned = false; ///< 签名发放: the recipient signed for what was handed over

    bool operator==(const CaseEntry&) const = default;
};

/// The applicant. In memory only in full; CaseStore seals name, ID and phone and keeps the keyed hash.
struct Applicant
{
    QString name;
    QString idNumber;
    QString phone;
    QString personKey; ///< IdNumber::personKey under the hall's secret
    QString idMasked;  ///< 110***********1234

    bool operator==(const Applicant&) const = default;
};

/// An application (办件) and where it stands.
struct CaseRecord
{
    QString number; ///< digits only, so a resident can type it on the kiosk keypad
    QString type;
    QString office;
    Applicant applicant;
    int householdSize = 1;
    CaseStatus status = CaseStatus::Open;
    int step = 0;        ///< the current step (the one being worked on); steps before it are done
    QDate acceptedOn;    ///< 受理
    QDate stepStartedOn; ///< when the current step started
    QDate approvedOn;    ///< when the approval step passed
    QString outcome; ///< the approval's decision, for workflows that name them (年审: 新增/调整/停保)
    QDate closedOn;  ///< completed, refused or withdrawn
    QString refusalReason;
    QString missingDocuments; ///< while AwaitingDocuments
    QDate documentsDue;
    QList<CaseEntry> entries;

    bool closed() const
    {
        return status == CaseStatus::Completed || status == CaseStatus::Refused ||
               status == CaseStatus::Withdrawn;
    }
    bool operator==(const CaseRecord&) const = default;
};

QString toString(CaseStatus s);
std::optional<CaseStatus> caseStatusFromString(const QString& s);
QString toString(CaseAction a);
std::optional<CaseAction> caseActionFromString(const QString& s);

/// Mainland mobile numbers: 11 digits starting with 1.
bool validPhone(const QString& phone);

} // namespace hall
