// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "notices.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace hall::notices {

namespace {

const QString kDefault = QStringLiteral(":/hall/default-notices.json");

} // namespace

std::optional<QList<Notice>> parse(const QByteArray& json, QStringList* problems)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *problems << QStringLiteral("公告文件不是有效的 JSON 对象: %1").arg(parseError.errorString());
        return std::nullopt;
    }
    const QJsonValue list = doc.object().value(QLatin1String("notices"));
    if (!list.isArray() || list.toArray().isEmpty()) {
        *problems << QStringLiteral("notices 必须是一个非空的公告列表");
        return std::nullopt;
    }
    if (list.toArray().size() > kMaxNotices) {
        *problems << QStringLiteral("notices 最多 %1 条").arg(kMaxNotices);
    }
    QList<Notice> out;
    const QJsonArray array = list.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue v = array.at(i);
        const QString path = QStringLiteral("notices[%1]").arg(i);
        Notice n;
        if (v.isString()) {
            n.zh = v.toString();
        } else if (v.isObject()) {
            n.zh = v.toObject().value(QLatin1String("zh")).toString();
            n.en = v.toObject().value(QLatin1String("en")).toString();
        } else {
            *problems << QStringLiteral("%1 必须是文字或 {\"zh\": …, \"en\": …}").arg(path);
            continue;
        }
        n.zh = n.zh.simplified();
        n.en = n.en.simplified();
        if (n.zh.isEmpty()) {
            *problems << QStringLiteral("%1.zh 缺少中文内容").arg(path);
        }
        if (n.zh.size() > kMaxLength || n.en.size() > kMaxLength) {
            *problems << QStringLiteral("%1 超过 %2 个字符").arg(path).arg(kMaxLength);
        }
        out.append(n);
    }
    if (!problems->isEmpty()) {
        return std::nullopt;
    }
    return out;
}

std::optional<QList<Notice>> load(const QString& path, QStringList* problems)
{
    QFile f(path.isEmpty() ? kDefault : path);
    if (!f.open(QIODevice::ReadOnly)) {
        *problems << QStringLiteral("无法读取公告文件 %1: %2").arg(f.fileName(), f.errorString());
        return std::nullopt;
    }
    return parse(f.readAll(), problems);
}

QList<Notice> defaults()
{
    QStringList problems;
    return load({}, &problems).value_or(QList<Notice>{});
}

QJsonArray toJson(const QList<Notice>& list)
{
    QJsonArray out;
    for (const Notice& n : list) {
        out.append(QJsonObject{{QStringLiteral("zh"), n.zh}, {QStringLiteral("en"), n.en}});
    }
    return out;
}

QList<Notice> fromJson(const QJsonArray& array)
{
    QList<Notice> out;
    for (const QJsonValue& v : array) {
        const QString zh = v.toObject().value(QLatin1String("zh")).toString().simplified();
        if (!zh.isEmpty()) {
            out.append({zh, v.toObject().value(QLatin1String("en")).toString().simplified()});
        }
    }
    return out;
}

} // namespace hall::notices
