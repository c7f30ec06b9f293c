// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "personsecret.h"

#include "auth/secrets.h"

#include <QDir>
#include <QFile>

namespace hall {

QString personSecretPath(const QString& dataDir)
{
    return QDir(dataDir).absoluteFilePath(QStringLiteral("person-key.secret"));
}

Result<QByteArray> loadPersonSecret(const QString& dataDir)
{
    QFile file(personSecretPath(dataDir));
    if (!file.exists()) {
        return Error{ErrorCode::StorageFailed,
                     QStringLiteral("缺少 %1：没有它，数据库中的身份证号哈希无法再对应。请从备份恢复该文件")
                         .arg(file.fileName())};
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{ErrorCode::StorageFailed, QStringLiteral("无法读取 %1").arg(file.fileName())};
    }
    const QByteArray secret = QByteArray::fromHex(file.readAll().trimmed());
    if (secret.size() < 32) {
        return Error{ErrorCode::StorageFailed, QStringLiteral("%1 内容无效").arg(file.fileName())};
    }
    return secret;
}

Result<QByteArray> createPersonSecret(const QString& dataDir)
{
    QFile file(personSecretPath(dataDir));
    const QByteArray secret =
        QByteArray::fromBase64(secrets::newToken().toLatin1(), QByteArray::Base64UrlEncoding);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.write(secret.toHex() + '\n') < 0 || !file.flush()) {
        return Error{ErrorCode::StorageFailed, QStringLiteral("无法创建 %1").arg(file.fileName())};
    }
    return secret;
}

} // namespace hall
