// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "idcardreaderfactory.h"

#include "pluginidcardreader.h"
#include "simulatedidcardreader.h"

namespace hall {

std::unique_ptr<IdCardReader> createIdCardReader(const QVariantMap& config, QString* error)
{
    const QString backend = config.value(QStringLiteral("backend")).toString();
    QString problem;
    if (backend == QLatin1String("simulated")) {
        const QString file = config.value(QStringLiteral("file")).toString();
        if (file.isEmpty()) {
            problem = QStringLiteral("simulated ID-card reader needs a file of test identities");
        } else {
            auto reader = std::make_unique<SimulatedIdCardReader>(file);
            reader->setAutoPresent(config.value(QStringLiteral("autoPresentMs"), 0).toInt());
            return reader;
        }
    } else if (backend == QLatin1String("plugin")) {
        const QString path = config.value(QStringLiteral("plugin")).toString();
        if (path.isEmpty()) {
            problem = QStringLiteral("plugin ID-card reader needs the plugin path");
        } else {
            return std::make_unique<PluginIdCardReader>(path, config.value(QStringLiteral("options")).toMap(),
                                                        config.value(QStringLiteral("pollMs"), 300).toInt());
        }
    } else {
        problem = QStringLiteral("unknown ID-card reader backend: ") + backend;
    }
    if (error) {
        *error = problem;
    }
    return nullptr;
}

} // namespace hall
