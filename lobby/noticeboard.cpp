// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "noticeboard.h"

#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace hall {

NoticeBoard::NoticeBoard(QObject* parent) : QObject(parent) {}

bool NoticeBoard::load(const QString& file, QString* error)
{
    QStringList problems;
    auto loaded = notices::load(file, &problems);
    if (!loaded) {
        *error = QStringLiteral("公告文件无效 (invalid notices file) %1: %2")
                     .arg(file.isEmpty() ? QStringLiteral("(built in)") : file,
                          problems.join(QStringLiteral("; ")));
        return false;
    }
    setNotices(std::move(*loaded));
    return true;
}

QList<NoticeBoard::Notice> NoticeBoard::parse(const QByteArray& json, QString* error)
{
    QStringList problems;
    auto parsed = notices::parse(json, &problems);
    if (!parsed) {
        *error = problems.join(QStringLiteral("; "));
        return {};
    }
    return *parsed;
}

void NoticeBoard::setNotices(QList<Notice> notices)
{
    if (notices == m_notices) {
        return;
    }
    m_notices = std::move(notices);
    emit noticesChanged();
}

NoticeBoard::Notice NoticeBoard::monthlyNotice(const QJsonObject& figures)
{
    const QDate month = QDate::fromString(
        figures.value(QLatin1String("month")).toString() + QStringLiteral("-01"), Qt::ISODate);
    const int served = figures.value(QLatin1String("served")).toInt();
    if (!figures.value(QLatin1String("enabled")).toBool() || !month.isValid() || served == 0) {
        return {};
    }
    const QString wait = QString::number(figures.value(QLatin1String("meanWaitMinutes")).toDouble(), 'f', 1);
    const bool rated = figures.value(QLatin1String("rated")).toInt() > 0;
    const QString share =
        QString::number(figures.value(QLatin1String("satisfaction")).toDouble() * 100.0, 'f', 1);
    Notice n;
    n.zh = QStringLiteral("政务公开　%1年%2月：办件 %3 件，平均等候 %4 分钟")
               .arg(month.year())
               .arg(month.month())
               .arg(served)
               .arg(wait);
    n.en = QStringLiteral("Our figures for %1: %2 errands handled, average wait %3 min")
               .arg(QLocale(QLocale::English).toString(month, QStringLiteral("MMMM yyyy")))
               .arg(served)
               .arg(wait);
    if (rated) {
        n.zh += QStringLiteral("，满意率 %1%").arg(share);
        n.en += QStringLiteral(", %1% satisfied").arg(share);
    }
    return n;
}

NoticeBoard::Notice NoticeBoard::ceremoniesNotice(const QJsonObject& day)
{
    const auto hhmm = [](const QJsonValue& v) {
        return QDateTime::fromString(v.toString(), Qt::ISODate)
            .toOffsetFromUtc(8 * 3600)
            .toString(QStringLiteral("HH:mm"));
    };
    QStringList zh;
    QStringList en;
    for (const QJsonValue& v : day.value(QLatin1String("ceremonies")).toArray()) {
        const QJsonObject c = v.toObject();
        const QString when = hhmm(c.value(QLatin1String("start")));
        const QString hall = c.value(QLatin1String("hall")).toString();
        const QString officiant = c.value(QLatin1String("officiant")).toString();
        if (c.value(QLatin1String("collective")).toBool()) {
            const QString themeZh = c.value(QLatin1String("themeZh")).toString();
            const QString themeEn = c.value(QLatin1String("themeEn")).toString();
            zh << QStringLiteral("%1 %2 %3（颁证师 %4）").arg(when, hall, themeZh, officiant);
            en << QStringLiteral("%1 %2, %3 (officiant %4)")
                      .arg(when, hall, themeEn.isEmpty() ? themeZh : themeEn, officiant);
        } else {
            zh << QStringLiteral("%1 %2（颁证师 %3）").arg(when, hall, officiant);
            en << QStringLiteral("%1 %2 (officiant %3)").arg(when, hall, officiant);
        }
    }
    if (zh.isEmpty()) {
        return {};
    }
    return {QStringLiteral("今日颁证仪式：") + zh.join(QStringLiteral("；")),
            QStringLiteral("Certificate ceremonies today: ") + en.join(QStringLiteral("; "))};
}

void NoticeBoard::setCeremonies(const QJsonObject& day)
{
    const Notice n = ceremoniesNotice(day);
    if (n.zh == m_ceremonies.zh && n.en == m_ceremonies.en) {
        return;
    }
    m_ceremonies = n;
    emit noticesChanged();
}

void NoticeBoard::setMonthlyFigures(const QJsonObject& figures)
{
    const Notice n = monthlyNotice(figures);
    if (n.zh == m_monthly.zh && n.en == m_monthly.en) {
        return;
    }
    m_monthly = n;
    emit noticesChanged();
}

void NoticeBoard::setEnglish(bool english)
{
    if (m_english != english) {
        m_english = english;
        emit noticesChanged();
    }
}

QStringList NoticeBoard::notices() const
{
    QStringList out;
    if (!m_monthly.zh.isEmpty()) {
        out << (m_english ? m_monthly.en : m_monthly.zh);
    }
    if (!m_ceremonies.zh.isEmpty()) {
        out << (m_english ? m_ceremonies.en : m_ceremonies.zh);
    }
    for (const Notice& n : m_notices) {
        out << (m_english && !n.en.isEmpty() ? n.en : n.zh);
    }
    return out;
}

QString NoticeBoard::text() const
{
    return notices().join(QStringLiteral("　　◆　　"));
}

} // namespace hall
