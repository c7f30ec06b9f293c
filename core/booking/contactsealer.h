// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace hall {

/// Seals the personal data staff need to reach a couple (names, phone) before it is stored:
/// libsodium secretbox (XSalsa20-Poly1305) under a key derived from the hall's secret, a fresh
/// nonce per value. A database copied without the secret holds nothing readable.
class ContactSealer
{
public:
    /// Any secret of at least 16 bytes; the key is BLAKE2b-256 of it, personalised for this use.
    explicit ContactSealer(const QByteArray& secret);

    bool valid() const { return m_valid; }
    /// Base64 of nonce + ciphertext.
    QString seal(const QByteArray& plain) const;
    /// nullopt if the text was not sealed under this key or was altered.
    std::optional<QByteArray> open(const QString& sealed) const;

private:
    QByteArray m_key;
    bool m_valid = false;
};

} // namespace hall
