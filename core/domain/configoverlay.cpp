// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "configoverlay.h"

#include <QFile>
#include <QJsonDocument>

namespace hall::configoverlay {

QJsonObject merge(QJsonObject base, const QJsonObject& patch)
{
    for (auto it = patch.begin(); it != patch.end(); ++it) {
        if (it.value().isNull()) {
            base.remove(it.key());
        } else if (it.value().isObject() && base.value(it.key()).isObject()) {
            base.insert(it.key(), merge(base.value(it.key()).toObject(), it.value().toObject()));
        } else {
            base.insert(it.key(), it.value());
        }
    }
    return base;
}

namespace {

std::optional<QJsonObject> readObject(const QString& path, QString* error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("无法读取配置文件 %1: %2").arg(path, f.errorString());
        return std::nullopt;
    }
    const QByteArray text = f.readAll();
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const int line = static_cast<int>(text.left(parseError.offset).count('\n')) + 1;
        *error = QStringLiteral("配置文件 %1 第 %2 行不是有效的 JSON: %3")
                     .arg(path)
                     .arg(line)
                     .arg(parseError.errorString());
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *error = QStringLiteral("配置文件 %1 必须是一个 JSON 对象 {…}").arg(path);
        return std::nullopt;
    }
    return doc.object();
}

} // namespace

std::optional<QByteArray> read(const QString& defaultsPath, const QString& path, QString* error)
{
    const auto defaults = readObject(defaultsPath, error);
    if (!defaults) {
        return std::nullopt;
    }
    const auto centre = readObject(path, error);
    if (!centre) {
        return std::nullopt;
    }
    return QJsonDocument(merge(*defaults, *centre)).toJson(QJsonDocument::Compact);
}

} // namespace hall::configoverlay
