// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "hmac.h"

#include <sodium.h>

namespace hall {

QByteArray hmacSha256(QByteArrayView key, QByteArrayView data)
{
    // sodium_init() is idempotent and thread-safe; SHA-256 needs no CPU dispatch, but the library
    // asks for it before any use.
    static const bool ready = sodium_init() >= 0;
    Q_UNUSED(ready);
    crypto_auth_hmacsha256_state state;
    crypto_auth_hmacsha256_init(&state, reinterpret_cast<const unsigned char*>(key.data()),
                                static_cast<size_t>(key.size()));
    crypto_auth_hmacsha256_update(&state, reinterpret_cast<const unsigned char*>(data.data()),
                                  static_cast<unsigned long long>(data.size()));
    QByteArray mac(crypto_auth_hmacsha256_BYTES, Qt::Uninitialized);
    crypto_auth_hmacsha256_final(&state, reinterpret_cast<unsigned char*>(mac.data()));
    sodium_memzero(&state, sizeof state);
    return mac;
}

} // namespace hall
