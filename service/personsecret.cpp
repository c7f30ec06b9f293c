#include "personsecret.h"

#include "auth/secrets.h"

#include <QDir>
#include <QFile>

namespace hall {

Result<QByteArray> loadOrCreatePersonSecret(const QString& dataDir)
{
    QFile file(QDir(dataDir).absoluteFilePath(QStringLiteral("person-key.secret")));
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly)) {
            return Error{ErrorCode::StorageFailed, QStringLiteral("无法读取 %1").arg(file.fileName())};
        }
        const QByteArray secret = QByteArray::fromHex(file.readAll().trimmed());
        if (secret.size() < 32) {
            return Error{ErrorCode::StorageFailed, QStringLiteral("%1 内容无效").arg(file.fileName())};
        }
        return secret;
    }
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
