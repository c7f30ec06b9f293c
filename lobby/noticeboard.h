// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QObject>
#include <QQmlEngine>
#include <QStringList>

#include "domain/notices.h"

namespace hall {

/// The public notices (政务公开) of the scrolling band: office hours, enquiry and booking phone
/// numbers, fees, service commitments. The service holds them and sends them in its snapshot and in
/// `notices.changed` events (LobbyController::render sets them); until it has, the display shows
/// those of `--notices FILE` or the built-in ones (core/domain/notices.h has the format).
/// A notice without English is shown in Chinese on an English screen too. When the centre publishes
/// its monthly figures (reports.publicMonthly, op report.public), they are the first notice; the
/// day's certificate ceremonies (颁证仪式, op ceremony.today) follow them.
class NoticeBoard : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("owned by LobbyController")
    Q_PROPERTY(QStringList notices READ notices NOTIFY noticesChanged FINAL)
    /// Every notice in one line, as the band scrolls it.
    Q_PROPERTY(QString text READ text NOTIFY noticesChanged FINAL)

public:
    using Notice = hall::Notice;

    explicit NoticeBoard(QObject* parent = nullptr);

    /// Reads `file` (the default when empty); on a problem keeps what it had and says why in `error`.
    bool load(const QString& file, QString* error);
    /// Parses the JSON text; empty with the reason in `error` when it is not a list of notices.
    static QList<Notice> parse(const QByteArray& json, QString* error);

    void setNotices(QList<Notice> notices);
    /// Last month's figures from report.public ({enabled, month, served, meanWaitMinutes,
    /// satisfaction, rated}); a disabled or empty month shows none.
    void setMonthlyFigures(const QJsonObject& figures);
    /// The figures' notice in both languages; empty zh when there is none to show.
    static Notice monthlyNotice(const QJsonObject& figures);
    /// The day's ceremonies from ceremony.today ({ceremonies: [{start, end, hall, officiant,
    /// collective, themeZh, themeEn}]}); a day without ceremonies shows none.
    void setCeremonies(const QJsonObject& day);
    /// The ceremonies' notice in both languages; empty zh when there is none.
    static Notice ceremoniesNotice(const QJsonObject& day);
    void setEnglish(bool english);
    QStringList notices() const;
    QString text() const;

signals:
    void noticesChanged();

private:
    QList<Notice> m_notices;
    Notice m_monthly;
    Notice m_ceremonies;
    bool m_english = false;
};

} // namespace hall
