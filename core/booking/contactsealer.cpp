// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "contactsealer.h"

#include <sodium.h>

namespace hall {

namespace {

unsigned char* bytes(QByteArray& b)
{
    return reinterpret_cast<unsigned char*>(b.data());
}

const unsigned char* bytes(const QByteArray& b)
{
    return reinterpret_cast<const unsigned char*>(b.constData());
}

} // namespace

ContactSealer::ContactSealer(const QByteArray& secret)
{
    if (sodium_init() < 0 || secret.size() < 16) {
        return;
    }
    static const QByteArray context = QByteArrayLiteral("hall-booking-contact-v1");
    m_key.resize(crypto_secretbox_KEYBYTES);
    crypto_generichash(bytes(m_key), crypto_secretbox_KEYBYTES, bytes(secret),
                       static_cast<unsigned long long>(secret.size()), bytes(context),
                       static_cast<std::size_t>(context.size()));
    m_valid = true;
}

QString ContactSealer::seal(const QByteArray& plain) const
{
    QByteArray out(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + plain.size(), Qt::Uninitialized);
    randombytes_buf(out.data(), crypto_secretbox_NONCEBYTES);
    crypto_secretbox_easy(bytes(out) + crypto_secretbox_NONCEBYTES, bytes(plain),
                          static_cast<unsigned long long>(plain.size()), bytes(out), bytes(m_key));
    return QString::fromLatin1(out.toBase64());
}

std::optional<QByteArray> ContactSealer::open(const QString& sealed) const
{
    const QByteArray in = QByteArray::fromBase64(sealed.toLatin1());
    if (!m_valid || in.size() < qsizetype(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES)) {
        return std::nullopt;
    }
    QByteArray plain(in.size() - crypto_secretbox_NONCEBYTES - crypto_secretbox_MACBYTES, Qt::Uninitialized);
    if (crypto_secretbox_open_easy(bytes(plain), bytes(in) + crypto_secretbox_NONCEBYTES,
                                   static_cast<unsigned long long>(in.size() - crypto_secretbox_NONCEBYTES),
                                   bytes(in), bytes(m_key)) != 0) {
        return std::nullopt;
    }
    return plain;
}

} // namespace hall
