// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "casesfixture.h"

#include "casecsv.h"
#include "domain/idnumber.h"

namespace hall::test {

QString caseIdNumber(int n, QDate birth)
{
    const QString first17 = QStringLiteral("110105") + birth.toString(QStringLiteral("yyyyMMdd")) +
                            QStringLiteral("%1").arg(n % 1000, 3, 10, QLatin1Char('0'));
    return first17 + IdNumber::checkCharacter(first17);
}

CasesFixture::CasesFixture(QDateTime start, CasesConfig config)
    : clock(std::move(start)), engine(std::move(config), clock, kCaseSecret)
{}

AcceptRequest CasesFixture::request(const QString& type, int person, const QString& phone) const
{
    AcceptRequest r;
    r.type = type;
    r.office = QStringLiteral("township");
    r.name = QStringLiteral("张三");
    r.idNumber = caseIdNumber(person);
    r.phone = phone;
    r.householdSize = 3;
    return r;
}

CaseRecord CasesFixture::accept(const QString& type, int person, const QString& staff)
{
    auto r = engine.accept(request(type, person), staff);
    REQUIRE_CASE_OK(r);
    return r.value();
}

CaseResult<int> importCsv(CasesFixture& fx, const QByteArray& csv)
{
    auto rows = parseCaseCsv(csv, fx.engine.config());
    if (!rows) {
        return rows.error();
    }
    return fx.engine.importCases(rows.value(), QStringLiteral("admin"));
}

} // namespace hall::test
