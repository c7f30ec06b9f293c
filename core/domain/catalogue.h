// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QTime>

#include <optional>

namespace hall {

/// A business the hall accepts, with the rules for issuing its tickets.
struct ServiceDef
{
    QString id;   ///< stable English identifier, e.g. "marriage"
    QChar prefix; ///< ticket prefix letter, unique in the hall
    QString nameZh;
    QString nameEn;
    int dailyQuota = 999; ///< tickets per business day (at most 999: the number has 3 digits)
    QTime issueFrom{8, 30};
    QTime issueUntil{16, 30};
    int avgServiceSeconds = 600; ///< seed for wait estimates until real service times are known
};

enum class ServiceWeight
{
    Primary,
    Secondary
};

/// A window (窗口) and what it serves. An integrated counter (综合窗口) serves every service as primary.
struct CounterDef
{
    int number = 0;
    QString name;
    bool integrated = false;
    QHash<QString, ServiceWeight> services;

    /// How this counter weighs a service; nullopt when it does not serve it.
    std::optional<ServiceWeight> weightOf(const QString& serviceId) const;
};

/// The hall's services and counters. Immutable once loaded.
class Catalogue
{
public:
    Catalogue() = default;
    Catalogue(QString centreNameZh, QString centreNameEn, QList<ServiceDef> services,
              QList<CounterDef> counters);

    const QString& centreNameZh() const { return m_centreZh; }
    const QString& centreNameEn() const { return m_centreEn; }
    const QList<ServiceDef>& services() const { return m_services; }
    const QList<CounterDef>& counters() const { return m_counters; }

    const ServiceDef* service(const QString& id) const;
    const ServiceDef* serviceByPrefix(QChar prefix) const;
    const CounterDef* counter(int number) const;

    /// Every problem that makes the catalogue unusable (duplicate prefix, unknown service, …); empty when
    /// valid.
    QStringList validate() const;

private:
    QString m_centreZh;
    QString m_centreEn;
    QList<ServiceDef> m_services;
    QList<CounterDef> m_counters;
    QHash<QString, qsizetype> m_serviceIndex;
    QHash<int, qsizetype> m_counterIndex;
};

} // namespace hall
