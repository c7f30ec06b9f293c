// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QString>

namespace hall {

/// The hall's secret for IdNumber::personKey, kept in `dataDir/person-key.secret` (mode 0600).
/// Without the file the keys in the database cannot be recomputed from an ID number, so it must be
/// backed up with the database. It is made once, when the hall is created (`--init`, `hall-admin
/// init`); a missing file later is an error, never a reason to make a new one.
Result<QByteArray> loadPersonSecret(const QString& dataDir);
/// Makes a new secret; refuses when the file exists.
Result<QByteArray> createPersonSecret(const QString& dataDir);
QString personSecretPath(const QString& dataDir);

} // namespace hall
