// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer: a case export file as `hall-admin case import` and `case.import` read it: encoding
// detection (UTF-8 or GB18030), RFC 4180 splitting, row checks, then the engine's import checks.
#include "casecsv.h"
#include "domain/clock.h"

#include <QFile>
#include <QTimeZone>

using namespace hall;

namespace {

const CasesConfig& config()
{
    static const CasesConfig c = [] {
        QFile f(QStringLiteral(HALL_DEFAULT_CASES));
        f.open(QIODevice::ReadOnly);
        return parseCasesConfig(f.readAll()).value();
    }();
    return c;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray csv(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    auto rows = parseCaseCsv(csv, config());
    if (rows) {
        static ManualClock clock(QDateTime(QDate(2026, 11, 24), QTime(10, 0), QTimeZone(8 * 3600)));
        CaseEngine engine(config(), clock, QByteArray(32, 'k'));
        (void)engine.importCases(rows.value(), QStringLiteral("fuzz"));
    }
    return 0;
}
