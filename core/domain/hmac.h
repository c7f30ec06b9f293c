// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace hall {

/// HMAC-SHA-256 (RFC 2104) on OpenSSL's SHA-256 (the CPU's SHA extensions where it has them): the
/// same bytes as QMessageAuthenticationCode with QCryptographicHash::Sha256, at a fraction of its cost.
/// Person keys are computed for every ID number of every booking attempt and lookup, so it is on the hot path
/// of a release burst.
QByteArray hmacSha256(QByteArrayView key, QByteArrayView data);

} // namespace hall
