// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "idcardreader.h"

#include <QPluginLoader>
#include <QThread>
#include <QVariantMap>

namespace hall {

/// An IdCardReader backed by a vendor backend plugin (see IdCardBackend). The plugin is loaded from
/// a path; the backend is polled on a worker thread, and only changes (card laid, card lifted,
/// another card) are announced.
class PluginIdCardReader : public IdCardReader
{
    Q_OBJECT

public:
    PluginIdCardReader(QString pluginPath, QVariantMap options, int pollMs = 300, QObject* parent = nullptr);
    ~PluginIdCardReader() override;

    bool start() override;
    void stop() override;
    bool isAvailable() const override { return m_available; }
    QString backendName() const { return m_backendName; }

private:
    void onPolled(int result, const hall::IdCard& card, const QString& error);

    QPluginLoader m_loader;
    QVariantMap m_options;
    int m_pollMs;
    QThread m_thread;
    QObject* m_worker = nullptr;
    QString m_backendName;
    bool m_available = false;
    QString m_presentNumber;
    QString m_lastError;
};

} // namespace hall
