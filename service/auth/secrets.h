// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace hall::secrets {

/// Initialises libsodium; false if the library cannot be used (then nothing may be hashed).
bool init();

/// A new device token: 32 random bytes, URL-safe base64 (43 characters).
QString newToken();

/// Tokens are long random secrets, so a fast keyed-free BLAKE2b digest suffices to store them
/// (no brute force can reach 256 bits); hex encoded.
QString hashToken(const QString& token);
bool tokenMatches(const QString& token, const QString& storedHash);

/// Argon2id (libsodium crypto_pwhash_str, interactive limits): passwords are low-entropy, so the
/// stored hash must be slow and salted. nullopt when hashing failed (out of memory).
std::optional<QString> hashPassword(const QString& password);
/// Constant-time check of `password` against a crypto_pwhash_str string. Slow on purpose (~0.1 s):
/// call it off the event loop.
bool verifyPassword(const QString& password, const QString& storedHash);
/// A hash of a random password no one knows, made on first use (slow: call it off the event loop).
/// Checking a login for an unknown user against it costs what a real check costs, so the time of
/// the answer does not tell which user names exist.
QString dummyPasswordHash();

} // namespace hall::secrets
