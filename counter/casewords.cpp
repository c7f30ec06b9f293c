// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "casewords.h"

#include <QCoreApplication>

namespace hall::casewords {

namespace {

QString tr(const char* text)
{
    // lupdate names the context after the namespace it finds these tr() calls in.
    return QCoreApplication::translate("hall::casewords", text);
}

QString caseField(const QVariantMap& map, const char* key)
{
    return map.value(QLatin1String(key)).toString();
}

QVariantList stepsOf(const QVariantMap& caseView)
{
    return caseView.value(QStringLiteral("steps")).toList();
}

QString stepName(const QVariantMap& caseView, int step)
{
    const QVariantList steps = stepsOf(caseView);
    return step >= 0 && step < steps.size() ? caseField(steps.at(step).toMap(), "nameZh") : QString();
}

// A decision's name (低保年审: 新增 / 调整 / 停保) from whichever step defines it.
QString outcomeName(const QVariantMap& caseView, const QString& id)
{
    for (const QVariant& step : stepsOf(caseView)) {
        for (const QVariant& outcome : step.toMap().value(QStringLiteral("outcomes")).toList()) {
            if (caseField(outcome.toMap(), "id") == id) {
                return caseField(outcome.toMap(), "nameZh");
            }
        }
    }
    return id;
}

QString actionName(const QString& action)
{
    static const QHash<QString, const char*> names{
        {QStringLiteral("accepted"), QT_TRANSLATE_NOOP("hall::casewords", "受理")},
        {QStringLiteral("approved"), QT_TRANSLATE_NOOP("hall::casewords", "通过")},
        {QStringLiteral("returned"), QT_TRANSLATE_NOOP("hall::casewords", "退回补正")},
        {QStringLiteral("documentsReceived"), QT_TRANSLATE_NOOP("hall::casewords", "材料收齐")},
        {QStringLiteral("refused"), QT_TRANSLATE_NOOP("hall::casewords", "不予批准")},
        {QStringLiteral("withdrawn"), QT_TRANSLATE_NOOP("hall::casewords", "撤回")},
        {QStringLiteral("noted"), QT_TRANSLATE_NOOP("hall::casewords", "备注")},
        {QStringLiteral("imported"), QT_TRANSLATE_NOOP("hall::casewords", "导入")},
        {QStringLiteral("objectionReceived"), QT_TRANSLATE_NOOP("hall::casewords", "收到异议")},
        {QStringLiteral("objectionUpheld"), QT_TRANSLATE_NOOP("hall::casewords", "异议成立")},
        {QStringLiteral("objectionDismissed"), QT_TRANSLATE_NOOP("hall::casewords", "异议不成立")},
    };
    const char* name = names.value(action, nullptr);
    return name != nullptr ? tr(name) : action;
}

QString historyLine(const QVariantMap& caseView, const QVariantMap& entry)
{
    const QString two = QStringLiteral("  ");
    QString line = caseField(entry, "at").left(16).replace(QLatin1Char('T'), QLatin1Char(' ')) + two +
                   caseField(entry, "stepZh") + two + actionName(caseField(entry, "action")) + two +
                   caseField(entry, "staff");
    if (!caseField(entry, "secondStaff").isEmpty()) {
        line += QStringLiteral("、") + caseField(entry, "secondStaff");
    }
    if (!caseField(entry, "outcome").isEmpty()) {
        line += two + tr("结果：%1").arg(outcomeName(caseView, caseField(entry, "outcome")));
    }
    if (entry.value(QStringLiteral("recipientSigned")).toBool()) {
        line += two + tr("领取人已签名");
    }
    if (!caseField(entry, "note").isEmpty()) {
        line += two + caseField(entry, "note");
    }
    return line;
}

} // namespace

QString title(const QVariantMap& caseView)
{
    if (!caseView.contains(QStringLiteral("number"))) {
        return {};
    }
    return tr("%1 · %2 · %3 %4 · %5")
        .arg(caseField(caseView, "number"), caseField(caseView, "typeZh"),
             caseField(caseView, "applicantMasked"), caseField(caseView, "idMasked"),
             caseField(caseView, "officeZh"));
}

QString stateLine(const QVariantMap& caseView)
{
    if (!caseView.contains(QStringLiteral("number"))) {
        return {};
    }
    const int step = caseView.value(QStringLiteral("step")).toInt();
    const bool overdue = caseView.value(QStringLiteral("overdue")).toBool();
    return tr("当前：第%1步 %2 · %3%4")
        .arg(QString::number(step + 1), stepName(caseView, step), caseField(caseView, "nextZh"),
             overdue ? tr(" · 已超期") : QString());
}

QString objectionText(const QVariantMap& caseView)
{
    if (caseField(caseView, "status") != QLatin1String("objected")) {
        return {};
    }
    return tr("公示期间收到异议，核实处理前本件暂停：%1").arg(caseField(caseView, "objection"));
}

QList<QVariantMap> stepRows(const QVariantMap& caseView)
{
    QList<QVariantMap> rows;
    const QVariantList steps = stepsOf(caseView);
    for (int i = 0; i < steps.size(); ++i) {
        const QVariantMap step = steps.at(i).toMap();
        const QString state = caseField(step, "state");
        const bool current = state == QLatin1String("current");
        QString when = caseField(step, "doneOn");
        if (when.isEmpty()) {
            when = caseField(step, "expectedEnd");
        }
        rows.append(
            {{QStringLiteral("label"), QString::number(i + 1) + QLatin1Char(' ') + caseField(step, "nameZh") +
                                           QLatin1Char(' ') + when},
             {QStringLiteral("fill"), state == QLatin1String("done") ? QStringLiteral("done")
                                      : current                      ? QStringLiteral("selected")
                                                                     : QStringLiteral("surface")},
             {QStringLiteral("edge"), current ? QStringLiteral("primary") : QStringLiteral("border")}});
    }
    return rows;
}

QList<QVariantMap> historyRows(const QVariantMap& caseView)
{
    QList<QVariantMap> rows;
    for (const QVariant& entry : caseView.value(QStringLiteral("history")).toList()) {
        rows.append({{QStringLiteral("line"), historyLine(caseView, entry.toMap())}});
    }
    return rows;
}

QList<QVariantMap> foundRows(const QVariantList& cases)
{
    QList<QVariantMap> rows;
    for (const QVariant& v : cases) {
        const QVariantMap c = v.toMap();
        rows.append({{QStringLiteral("number"), caseField(c, "number")},
                     {QStringLiteral("label"), caseField(c, "number") + QStringLiteral("  ") +
                                                   caseField(c, "typeZh") + QStringLiteral("  ") +
                                                   caseField(c, "applicantMasked")}});
    }
    return rows;
}

} // namespace hall::casewords
