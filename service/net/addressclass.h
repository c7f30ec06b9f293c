// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QString>

namespace hall {

/// What kind of network a client's address is on, said without the address itself: "loopback",
/// "private" (RFC 1918, shared 100.64/10, IPv6 unique local: a hall's guest Wi-Fi), "linkLocal" or
/// "public". Logs and audit entries of residents' requests carry this instead of the address, which
/// can point at a person. An IPv4 address mapped into IPv6 is classed as the IPv4 address.
QString addressClass(const QHostAddress& address);

} // namespace hall
