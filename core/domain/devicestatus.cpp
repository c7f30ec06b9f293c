// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "devicestatus.h"

#include "halltime.h"

#include <QStringList>

namespace hall::devicestatus {

namespace {

const QStringList& kinds()
{
    static const QStringList k{QStringLiteral("printer"), QStringLiteral("scanner"),
                               QStringLiteral("idCardReader"), QStringLiteral("audio")};
    return k;
}

const QStringList& statuses()
{
    static const QStringList s{QStringLiteral("ok"),       QStringLiteral("paperLow"),
                               QStringLiteral("paperOut"), QStringLiteral("coverOpen"),
                               QStringLiteral("offline"),  QStringLiteral("fault")};
    return s;
}

} // namespace

bool isKnownKind(const QString& kind)
{
    return kinds().contains(kind);
}

bool isKnownStatus(const QString& status)
{
    return statuses().contains(status);
}

QJsonObject toJson(const DeviceStatus& s)
{
    return {{QStringLiteral("device"), s.device},     {QStringLiteral("kind"), s.kind},
            {QStringLiteral("status"), s.status},     {QStringLiteral("message"), s.message},
            {QStringLiteral("ok"), s.isOk()},         {QStringLiteral("at"), halltime::toIso(s.at)},
            {QStringLiteral("textZh"), describeZh(s)}};
}

QString describeZh(const DeviceStatus& s)
{
    static const QHash<QString, QString> kindZh{
        {QStringLiteral("printer"), QStringLiteral("打印机")},
        {QStringLiteral("scanner"), QStringLiteral("扫码器")},
        {QStringLiteral("idCardReader"), QStringLiteral("身份证阅读器")},
        {QStringLiteral("audio"), QStringLiteral("音响")}};
    static const QHash<QString, QString> statusZh{{QStringLiteral("ok"), QStringLiteral("正常")},
                                                  {QStringLiteral("paperLow"), QStringLiteral("纸将用完")},
                                                  {QStringLiteral("paperOut"), QStringLiteral("缺纸")},
                                                  {QStringLiteral("coverOpen"), QStringLiteral("盖子未关")},
                                                  {QStringLiteral("offline"), QStringLiteral("离线")},
                                                  {QStringLiteral("fault"), QStringLiteral("故障")}};
    return kindZh.value(s.kind, s.kind) + statusZh.value(s.status, s.status);
}

} // namespace hall::devicestatus
