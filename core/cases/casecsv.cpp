#include "casecsv.h"

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

CaseResult<QList<ImportedCase>> parseCaseCsv(const QByteArray& csv, const CasesConfig& config)
{
    QString text = QString::fromUtf8(csv);
    if (text.startsWith(QChar(0xFEFF))) {
        text.remove(0, 1); // spreadsheet programs write a byte-order mark
    }
    auto records = splitCsv(text);
    if (!records) {
        return records.error();
    }
    const auto fail = [](int line, const QString& why) {
        return caseError(CaseErrorCode::ImportFailed, QStringLiteral("第%1行：%2").arg(line).arg(why));
    };
    const QStringList columns = caseCsvColumns();
    if (records->isEmpty() || records->first().fields != columns) {
        return fail(1, QStringLiteral("表头应为 %1").arg(columns.join(u',')));
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
        out << row;
    }
    if (out.isEmpty()) {
        return fail(2, QStringLiteral("文件中没有办件"));
    }
    return out;
}

} // namespace hall
