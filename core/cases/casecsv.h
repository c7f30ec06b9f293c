// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "caseengine.h"

namespace hall {

/// The columns of a case export, in this order, with this header line (docs/cases.md).
QStringList caseCsvColumns();
/// The optional last column: the approval's decision (its id or Chinese name: 新增/调整/停保) of a
/// case of a workflow that names its decisions, once the approval has passed.
QString caseCsvOutcomeColumn();

/// The text of a CSV file: UTF-8 (a byte-order mark is dropped) or, when that does not decode,
/// GB18030/GBK, what Excel on Chinese Windows saves; anything that decodes as neither is refused
/// (IMPORT_FAILED), never read with replacement characters.
CaseResult<QString> decodeCsvText(const QByteArray& csv);

/// Reads a CSV export (UTF-8 or GB18030, RFC 4180 quoting, header line first) into rows for
/// CaseEngine::importCases. The first malformed row is reported as IMPORT_FAILED with its line number;
/// checks that need the hall's cases (duplicates, ID numbers, types) happen in importCases.
CaseResult<QList<ImportedCase>> parseCaseCsv(const QByteArray& csv, const CasesConfig& config);

} // namespace hall
