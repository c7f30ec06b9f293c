// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "casecsv.h"

#include <QStringDecoder>

namespace hall {

namespace {

struct CsvRecord
{
    int line = 0;
    QStringList fields;
};

/// RFC 4180: fields separated by commas, quoted with "" when they hold commas, quotes or line breaks.
CaseResult<QList<CsvRecord>> splitCsv(const QString& text)
{
    QList<CsvRecord> out;
    CsvRecord current{1, {}};
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n') {
                    ++line;
                }
                field += c;
            }
            continue;
        }
        if (c == u'"' && field.isEmpty()) {
            quoted = true;
            fieldStarted = true;
        } else if (c == u',') {
            current.fields << field;
            field.clear();
            fieldStarted = true;
        } else if (c == u'\r') {
            continue;
        } else if (c == u'\n') {
            if (fieldStarted || !field.isEmpty() || !current.fields.isEmpty()) {
                current.fields << field;
                out << current;
            }
            field.clear();
            fieldStarted = false;
            current = CsvRecord{++line, {}};
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted) {
        return caseError(CaseErrorCode::ImportFailed,
                         QStringLiteral("第%1行：引号没有闭合").arg(current.line));
    }
    if (fieldStarted || !field.isEmpty() || !current.fields.isEmpty()) {
        current.fields << field;
        out << current;
    }
    return out;
}

} // namespace

QStringList caseCsvColumns()
{
    return {QStringLiteral("number"),
            QStringLiteral("type"),
            QStringLiteral("office"),
            QStringLiteral("name"),
            QStringLiteral("id_number"),
            QStringLiteral("phone"),
            QStringLiteral("household_size"),
            QStringLiteral("accepted_on"),
            QStringLiteral("step"),
            QStringLiteral("step_started_on"),
            QStringLiteral("status"),
            QStringLiteral("staff"),
            QStringLiteral("note")};
}

QString caseCsvOutcomeColumn()
{
    return QStringLiteral("outcome");
}

namespace {

/// How many of the non-ASCII bytes of `bytes` form well-made UTF-8 sequences, and how many there
/// are in all. Chinese text in GBK almost never forms UTF-8 sequences; a UTF-8 file with a few
/// damaged bytes is nearly all of them.
std::pair<qsizetype, qsizetype> utf8Share(const QByteArray& bytes)
{
    qsizetype inSequences = 0;
    qsizetype nonAscii = 0;
    for (qsizetype i = 0; i < bytes.size();) {
        const auto b = static_cast<unsigned char>(bytes[i]);
        if (b < 0x80) {
            ++i;
            continue;
        }
        const int length = b >= 0xC2 && b <= 0xDF   ? 2
                           : b >= 0xE0 && b <= 0xEF ? 3
                           : b >= 0xF0 && b <= 0xF4 ? 4
                                                    : 0;
        bool whole = length > 0 && i + length <= bytes.size();
        for (int k = 1; whole && k < length; ++k) {
            whole = (static_cast<unsigned char>(bytes[i + k]) & 0xC0) == 0x80;
        }
        const qsizetype step = whole ? length : 1;
        nonAscii += step;
        inSequences += whole ? length : 0;
        i += step;
    }
    return {inSequences, nonAscii};
}

} // namespace

CaseResult<QString> decodeCsvText(const QByteArray& csv)
{
    // Stateless: a sequence cut off at the end of the file is an error too, not silently dropped.
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(csv);
    if (utf8.hasError()) {
        // Damaged UTF-8 might still decode as GB18030, into nonsense: refuse it instead.
        const auto [inSequences, nonAscii] = utf8Share(csv);
        if (inSequences * 2 > nonAscii) {
            return caseError(CaseErrorCode::ImportFailed,
                             QStringLiteral("文件是 UTF-8 编码但有损坏的字节，无法读取；请重新导出"));
        }
        // Excel on Chinese Windows saves "CSV" in the ANSI code page, GBK, which GB18030 contains.
        // Qt reaches it through ICU; without ICU the decoder is invalid and the file is refused.
        QStringDecoder gb("GB18030", QStringDecoder::Flag::Stateless);
        text = gb.isValid() ? gb.decode(csv) : QString();
        if (!gb.isValid() || gb.hasError()) {
            return caseError(CaseErrorCode::ImportFailed,
                             QStringLiteral("文件既不是 UTF-8 也不是 GB18030/GBK 编码，无法读取"
                                            "（在 Excel 中可另存为“CSV UTF-8”）"));
        }
    }
    if (text.startsWith(QChar(0xFEFF))) {
        text.remove(0, 1); // spreadsheet programs write a byte-order mark
    }
    return text;
}

CaseResult<QList<ImportedCase>> parseCaseCsv(const QByteArray& csv, const CasesConfig& config)
{
    auto decoded = decodeCsvText(csv);
    if (!decoded) {
        return decoded.error();
    }
    const QString text = decoded.value();
    auto records = splitCsv(text);
    if (!records) {
        return records.error();
    }
    const auto fail = [](int line, const QString& why) {
        return caseError(CaseErrorCode::ImportFailed, QStringLiteral("第%1行：%2").arg(line).arg(why));
    };
    // The outcome column is optional: files of workflows without named decisions leave it out.
    QStringList columns = caseCsvColumns();
    if (!records->isEmpty() && records->first().fields == columns + QStringList{caseCsvOutcomeColumn()}) {
        columns << caseCsvOutcomeColumn();
    }
    if (records->isEmpty() || records->first().fields != columns) {
        return fail(1, QStringLiteral("表头应为 %1（可在末尾加 %2 列）")
                           .arg(caseCsvColumns().join(u','), caseCsvOutcomeColumn()));
    }
    QList<ImportedCase> out;
    for (qsizetype r = 1; r < records->size(); ++r) {
        const CsvRecord& rec = records->at(r);
        if (rec.fields.size() != columns.size()) {
            return fail(rec.line,
                        QStringLiteral("应有%1列，实有%2列").arg(columns.size()).arg(rec.fields.size()));
        }
        const auto f = [&](int i) { return rec.fields.at(i).trimmed(); };
        ImportedCase row;
        row.line = rec.line;
        row.number = f(0);
        row.request.type = f(1);
        row.request.office = f(2);
        row.request.name = f(3);
        row.request.idNumber = f(4);
        row.request.phone = f(5);
        bool ok = false;
        row.request.householdSize = f(6).toInt(&ok);
        if (!ok) {
            return fail(rec.line, QStringLiteral("家庭人口应为数字"));
        }
        row.acceptedOn = QDate::fromString(f(7), Qt::ISODate);
        row.stepStartedOn = QDate::fromString(f(9), Qt::ISODate);
        if (!row.acceptedOn.isValid() || !row.stepStartedOn.isValid()) {
            return fail(rec.line, QStringLiteral("日期应写作 2026-06-05"));
        }
        const WorkflowDef* w = config.workflow(row.request.type);
        if (!w) {
            return fail(rec.line, QStringLiteral("未知的办件类型: %1").arg(row.request.type.left(40)));
        }
        // The step by its id or its number as people count (1 = the application).
        row.step = -1;
        for (qsizetype i = 0; i < w->steps.size(); ++i) {
            if (w->steps.at(i).id == f(8)) {
                row.step = static_cast<int>(i);
            }
        }
        if (row.step < 0) {
            const int n = f(8).toInt(&ok);
            row.step = ok ? n - 1 : -1;
        }
        const auto status = caseStatusFromString(f(10));
        if (!status) {
            return fail(rec.line, QStringLiteral("状态应为 open、returned、completed、refused 或 withdrawn"));
        }
        row.status = *status;
        row.staff = f(11);
        row.note = f(12);
        if (columns.size() > 13 && !f(13).isEmpty()) {
            // By its id or its Chinese name, as a spreadsheet would say it (停保).
            const int approval = w->approvalStep();
            const QList<OutcomeDef> outcomes =
                approval < 0 ? QList<OutcomeDef>{} : w->steps.at(approval).outcomes;
            row.outcome = f(13);
            for (const OutcomeDef& o : outcomes) {
                if (o.nameZh == f(13)) {
                    row.outcome = o.id;
                }
            }
        }
        out << row;
    }
    if (out.isEmpty()) {
        return fail(2, QStringLiteral("文件中没有办件"));
    }
    return out;
}

} // namespace hall
