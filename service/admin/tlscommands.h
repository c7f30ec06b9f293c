// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "admincommands.h"

namespace hall {

/// `hall-admin tls init|show`: the hall's own certificate authority and the service's certificate,
/// made with the openssl tool. The front ends trust the authority (`--ca hall-ca.pem`); the service
/// presents the certificate (`tlsCert`, `tlsKey`). Returns 0 done, 1 refused, 2 usage error.
int runTlsCommand(const QStringList& args, AdminIo& io);

/// The `tls …` lines of hall-admin's usage text.
QString tlsUsage();

} // namespace hall
