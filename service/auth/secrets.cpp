// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "secrets.h"

#include <sodium.h>

#include <array>

namespace hall::secrets {

bool init()
{
    return sodium_init() >= 0;
}

QString newToken()
{
    std::array<unsigned char, 32> bytes{};
    randombytes_buf(bytes.data(), bytes.size());
    const QByteArray raw(reinterpret_cast<const char*>(bytes.data()), static_cast<qsizetype>(bytes.size()));
    sodium_memzero(bytes.data(), bytes.size());
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString hashToken(const QString& token)
{
    const QByteArray in = token.toUtf8();
    std::array<unsigned char, crypto_generichash_BYTES> out{};
    crypto_generichash(out.data(), out.size(), reinterpret_cast<const unsigned char*>(in.constData()),
                       static_cast<unsigned long long>(in.size()), nullptr, 0);
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char*>(out.data()), static_cast<qsizetype>(out.size())).toHex());
}

bool tokenMatches(const QString& token, const QString& storedHash)
{
    const QByteArray a = hashToken(token).toLatin1();
    const QByteArray b = storedHash.toLatin1();
    return a.size() == b.size() &&
           sodium_memcmp(a.constData(), b.constData(), static_cast<size_t>(a.size())) == 0;
}

std::optional<QString> hashPassword(const QString& password)
{
    const QByteArray in = password.toUtf8();
    std::array<char, crypto_pwhash_STRBYTES> out{};
    if (crypto_pwhash_str(out.data(), in.constData(), static_cast<unsigned long long>(in.size()),
                          crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0) {
        return std::nullopt;
    }
    return QString::fromLatin1(out.data());
}

QString dummyPasswordHash()
{
    static const QString hash = [] {
        std::array<unsigned char, 32> unknown{};
        randombytes_buf(unknown.data(), unknown.size());
        return hashPassword(QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(unknown.data()),
                                                           static_cast<qsizetype>(unknown.size()))
                                                    .toHex()))
            .value_or(QString());
    }();
    return hash;
}

bool verifyPassword(const QString& password, const QString& storedHash)
{
    const QByteArray in = password.toUtf8();
    const QByteArray stored = storedHash.toLatin1();
    return crypto_pwhash_str_verify(stored.constData(), in.constData(),
                                    static_cast<unsigned long long>(in.size())) == 0;
}

} // namespace hall::secrets
