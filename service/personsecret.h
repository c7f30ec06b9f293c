#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QString>

namespace hall {

/// The hall's secret for IdNumber::personKey, kept in `dataDir/person-key.secret` (mode 0600) and
/// created on first start. Without the file the keys in the database cannot be recomputed from an
/// ID number, so it must be backed up with the database.
Result<QByteArray> loadOrCreatePersonSecret(const QString& dataDir);

} // namespace hall
