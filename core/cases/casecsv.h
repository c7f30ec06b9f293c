#pragma once

#include "caseengine.h"

namespace hall {

/// The columns of a case export, in this order, with this header line (docs/cases.md).
QStringList caseCsvColumns();

/// Reads a CSV export (UTF-8, RFC 4180 quoting, header line first) into rows for
/// CaseEngine::importCases. The first malformed row is reported as IMPORT_FAILED with its line number;
/// checks that need the hall's cases (duplicates, ID numbers, types) happen in importCases.
CaseResult<QList<ImportedCase>> parseCaseCsv(const QByteArray& csv, const CasesConfig& config);

} // namespace hall
