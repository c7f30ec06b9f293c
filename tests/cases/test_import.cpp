// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "casecsv.h"
#include "casesfixture.h"

#include <QStringEncoder>

using namespace hall;
using namespace hall::test;

namespace {

const QByteArray kHeader = "number,type,office,name,id_number,phone,household_size,accepted_on,step,step_"
                           "started_on,status,staff,note\n";

QByteArray row(const QString& number, int person, const QString& rest)
{
    return QStringLiteral("%1,rural_dibao,township,李四,%2,13812345678,4,%3\n")
        .arg(number, caseIdNumber(person), rest)
        .toUtf8();
}

} // namespace

TEST_CASE("A good export is imported with where each case stands", "[import]")
{
    CasesFixture fx;
    const QByteArray csv =
        "\xEF\xBB\xBF" + kHeader + // spreadsheet BOM
        row(QStringLiteral("2025010001"), 1, QStringLiteral("2025-10-09,4,2025-11-20,open,wang,")) +
        row(QStringLiteral("2025010002"), 2,
            QStringLiteral("2025-10-09,township_review,2025-11-02,returned,wang,\"户口簿, 收入证明\"")) +
        row(QStringLiteral("2025010003"), 3, QStringLiteral("2025-08-01,10,2025-10-10,completed,,")) +
        row(QStringLiteral("2025010004"), 4,
            QStringLiteral("2025-08-01,2,2025-08-05,refused,zhao,\"人均收入 \"\"超标\"\"\"")) +
        "\r\n";
    auto r = importCsv(fx, csv);
    REQUIRE_CASE_OK(r);
    CHECK(r.value() == 4);
    REQUIRE(fx.engine.cases().size() == 4);
    const CaseRecord& open = *fx.engine.find(QStringLiteral("2025010001"));
    CHECK(open.step == 3); // "4" counts like people do: the 4th step, 张榜公示
    CHECK(open.stepStartedOn == QDate(2025, 11, 20));
    CHECK(open.entries.at(0).staff == QStringLiteral("wang"));
    CHECK(open.entries.at(1).action == CaseAction::Imported);
    CHECK(open.entries.at(1).staff == QStringLiteral("admin"));
    const CaseRecord& returned = *fx.engine.find(QStringLiteral("2025010002"));
    CHECK(returned.status == CaseStatus::AwaitingDocuments);
    CHECK(returned.step == 4);
    CHECK(returned.missingDocuments == QStringLiteral("户口簿, 收入证明"));
    CHECK(fx.engine.find(QStringLiteral("2025010003"))->status == CaseStatus::Completed);
    CHECK(fx.engine.find(QStringLiteral("2025010003"))->approvedOn.isValid());
    CHECK(fx.engine.find(QStringLiteral("2025010004"))->refusalReason == QStringLiteral("人均收入 \"超标\""));
    // Imported cases are found like any other.
    CHECK(fx.engine.lookup(LookupRequest{QStringLiteral("k"), caseIdNumber(2), kPhone, {}}).ok());
    CHECK(fx.engine.pendingChanges() == 4);
}

TEST_CASE("One bad row: its line number is reported and nothing is imported", "[import]")
{
    CasesFixture fx;
    const QByteArray good =
        row(QStringLiteral("2025010001"), 1, QStringLiteral("2025-10-09,4,2025-11-20,open,wang,"));
    struct Bad
    {
        const char* what;
        QByteArray line;
        QString message;
    };
    const QList<Bad> bad{
        {"bad ID",
         QStringLiteral("2025010002,rural_dibao,township,李四,110105195604020011,13812345678,4,2025-10-09,4,"
                        "2025-11-20,open,wang,\n")
             .toUtf8(),
         QStringLiteral("第3行：身份证号码无效")},
        {"bad date",
         row(QStringLiteral("2025010002"), 2, QStringLiteral("2025-13-09,4,2025-11-20,open,wang,")),
         QStringLiteral("第3行：日期应写作")},
        {"duplicate number",
         row(QStringLiteral("2025010001"), 2, QStringLiteral("2025-10-09,4,2025-11-20,open,wang,")),
         QStringLiteral("第3行：办件编号 2025010001 已存在")},
        {"unknown step",
         row(QStringLiteral("2025010002"), 2, QStringLiteral("2025-10-09,11,2025-11-20,open,wang,")),
         QStringLiteral("第3行：当前步骤应为2至10")},
        {"unknown status",
         row(QStringLiteral("2025010002"), 2, QStringLiteral("2025-10-09,4,2025-11-20,lost,wang,")),
         QStringLiteral("第3行：状态应为")},
        {"refused without reason",
         row(QStringLiteral("2025010002"), 2, QStringLiteral("2025-10-09,4,2025-11-20,refused,wang,")),
         QStringLiteral("第3行：退回或不予批准须写明材料或理由")},
        {"missing column",
         row(QStringLiteral("2025010002"), 2, QStringLiteral("2025-10-09,4,2025-11-20,open")),
         QStringLiteral("第3行：应有13列，实有11列")},
    };
    for (const Bad& b : bad) {
        INFO(b.what);
        const QByteArray csv =
            kHeader + good + b.line +
            row(QStringLiteral("2025010009"), 9, QStringLiteral("2025-10-09,4,2025-11-20,open,wang,"));
        const auto r = importCsv(fx, csv);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().code == CaseErrorCode::ImportFailed);
        CHECK(r.error().message.startsWith(b.message));
        CHECK(fx.engine.cases().isEmpty());
        CHECK(fx.engine.pendingChanges() == 0);
    }
    CHECK(importCsv(fx, "number,type\n").error().message.startsWith(QStringLiteral("第1行：表头应为")));
    CHECK(importCsv(fx, kHeader + "\"open quote\n")
              .error()
              .message.startsWith(QStringLiteral("第2行：引号没有闭合")));
}

TEST_CASE("Excel's GB18030/GBK text is read, undecodable text and control characters are refused", "[import]")
{
    CasesFixture fx;
    const QByteArray utf8 =
        kHeader + row(QStringLiteral("2025010001"), 1, QStringLiteral("2025-10-09,4,2025-11-20,open,wang,"));
    QStringEncoder gb("GB18030");
    REQUIRE(gb.isValid());
    const QByteArray gbk = gb.encode(QString::fromUtf8(utf8));
    REQUIRE(gbk != utf8); // 李四 differs between the two
    auto r = importCsv(fx, gbk);
    REQUIRE_CASE_OK(r);
    CHECK(fx.engine.find(QStringLiteral("2025010001"))->applicant.name == QStringLiteral("李四"));

    CasesFixture other;
    auto broken = importCsv(other, kHeader + "2025010002,rural_dibao,township,\xff\xfe\x80\x80,x\n");
    REQUIRE_FALSE(broken.ok());
    CHECK(broken.error().code == CaseErrorCode::ImportFailed);
    CHECK(broken.error().message.contains(QStringLiteral("GB18030")));
    // A cut-off multi-byte sequence at the very end is an error too, not dropped quietly.
    CHECK_FALSE(decodeCsvText(utf8 + "\xe6\x9d").ok());

    const QByteArray control =
        kHeader + QStringLiteral("2025010003,rural_dibao,township,\"李\u001b[2J四\",%1,"
                                 "13812345678,4,2025-10-09,4,2025-11-20,open,wang,\n")
                      .arg(caseIdNumber(3))
                      .toUtf8();
    auto refused = importCsv(other, control);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("控制字符")));
    CHECK(other.engine.cases().isEmpty());
}
