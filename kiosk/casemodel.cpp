// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "casemodel.h"

#include <QDate>
#include <QJsonObject>
#include <QLocale>

namespace hall {

void CaseModel::setCases(const QJsonArray& cases)
{
    beginResetModel();
    m_cases = cases;
    endResetModel();
    emit countChanged();
}

void CaseModel::setEnglish(bool english)
{
    if (english != m_english) {
        beginResetModel();
        m_english = english;
        endResetModel();
    }
}

int CaseModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_cases.size());
}

QString CaseModel::text(const QJsonObject& o, const char* base) const
{
    const QString zh = o.value(QLatin1String(base) + QLatin1String("Zh")).toString();
    const QString en = o.value(QLatin1String(base) + QLatin1String("En")).toString();
    return m_english && !en.isEmpty() ? en : zh;
}

QString CaseModel::dateText(const QString& isoDate) const
{
    const QDate d = QDate::fromString(isoDate, Qt::ISODate);
    if (!d.isValid()) {
        return {};
    }
    return m_english ? QLocale(QLocale::English).toString(d, QStringLiteral("d MMM"))
                     : tr("%1月%2日").arg(d.month()).arg(d.day());
}

QString CaseModel::statusText(const QJsonObject& c) const
{
    const QString s = c.value(QLatin1String("status")).toString();
    if (s == QLatin1String("returned")) {
        return tr("待补充材料");
    }
    if (s == QLatin1String("completed")) {
        return tr("已办结");
    }
    if (s == QLatin1String("refused")) {
        return tr("未获批准");
    }
    if (s == QLatin1String("withdrawn")) {
        return tr("已撤回");
    }
    if (s == QLatin1String("objected")) {
        return tr("核实中"); // an objection during the notice: neutral, nothing about who or what
    }
    return tr("办理中");
}

QVariantList CaseModel::steps(const QJsonObject& c) const
{
    QVariantList out;
    const bool refused = c.value(QLatin1String("status")).toString() == QLatin1String("refused");
    const int at = c.value(QLatin1String("step")).toInt();
    for (const QJsonValue& v : c.value(QLatin1String("steps")).toArray()) {
        const QJsonObject s = v.toObject();
        QString state = s.value(QLatin1String("state")).toString();
        QString date;
        if (refused && s.value(QLatin1String("index")).toInt() == at) {
            state = QStringLiteral("refused"); // where the case stopped
            date = tr("%1 未获批准").arg(dateText(c.value(QLatin1String("closedOn")).toString()));
        } else if (state == QLatin1String("current") &&
                   s.value(QLatin1String("kind")).toString() == QLatin1String("notice")) {
            date = tr("公示至 %1").arg(dateText(s.value(QLatin1String("expectedEnd")).toString()));
        } else if (state == QLatin1String("done")) {
            const QString done = dateText(s.value(QLatin1String("doneOn")).toString());
            date = done.isEmpty() ? tr("已完成") : tr("%1 完成").arg(done);
        } else if (state == QLatin1String("current")) {
            date = tr("%1 起").arg(dateText(s.value(QLatin1String("startedOn")).toString()));
        } else if (state == QLatin1String("pending")) {
            date = tr("预计 %1").arg(dateText(s.value(QLatin1String("expectedEnd")).toString()));
        }
        out << QVariantMap{{QStringLiteral("name"), text(s, "name")},
                           {QStringLiteral("state"), state},
                           {QStringLiteral("date"), date}};
    }
    return out;
}

QVariant CaseModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_cases.size()) {
        return {};
    }
    const QJsonObject c = m_cases.at(index.row()).toObject();
    switch (role) {
    case NumberRole:
        return c.value(QLatin1String("number")).toString();
    case TypeNameRole:
        return text(c, "type");
    case OfficeNameRole:
        return text(c, "office");
    case StatusRole:
        return c.value(QLatin1String("status")).toString();
    case StatusTextRole:
        return statusText(c);
    case NextTextRole:
        return text(c, "next");
    case ExpectedTextRole: {
        const QString d = dateText(c.value(QLatin1String("expectedCompletion")).toString());
        return d.isEmpty() ? QString() : tr("预计 %1 办结").arg(d);
    }
    case RefusalReasonRole:
        return c.value(QLatin1String("refusalReason")).toString();
    case PaymentsTextRole: {
        QStringList dates;
        for (const QJsonValue& p : c.value(QLatin1String("payments")).toArray()) {
            dates << dateText(p.toString());
        }
        return dates.isEmpty() ? QString() : tr("发放日期：%1").arg(dates.join(tr("、")));
    }
    case ApplicantRole:
        return c.value(QLatin1String("applicantMasked")).toString() + QLatin1Char(' ') +
               c.value(QLatin1String("idMasked")).toString();
    case StepsRole:
        return steps(c);
    case CurrentStepRole: {
        const QJsonArray s = c.value(QLatin1String("steps")).toArray();
        const int i = c.value(QLatin1String("step")).toInt();
        return i >= 0 && i < s.size() ? text(s.at(i).toObject(), "name") : QString();
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> CaseModel::roleNames() const
{
    return {{NumberRole, "number"},
            {TypeNameRole, "typeName"},
            {OfficeNameRole, "officeName"},
            {StatusRole, "status"},
            {StatusTextRole, "statusText"},
            {NextTextRole, "nextText"},
            {ExpectedTextRole, "expectedText"},
            {RefusalReasonRole, "refusalReason"},
            {PaymentsTextRole, "paymentsText"},
            {ApplicantRole, "applicant"},
            {StepsRole, "steps"},
            {CurrentStepRole, "currentStep"}};
}

} // namespace hall
