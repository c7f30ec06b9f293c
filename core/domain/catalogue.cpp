// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogue.h"

#include <QSet>

namespace hall {

std::optional<ServiceWeight> CounterDef::weightOf(const QString& serviceId) const
{
    if (integrated) {
        return ServiceWeight::Primary;
    }
    const auto it = services.constFind(serviceId);
    return it == services.cend() ? std::nullopt : std::optional(*it);
}

Catalogue::Catalogue(QString centreNameZh, QString centreNameEn, QList<ServiceDef> services,
                     QList<CounterDef> counters)
    : m_centreZh(std::move(centreNameZh)), m_centreEn(std::move(centreNameEn)),
      m_services(std::move(services)), m_counters(std::move(counters))
{
    for (qsizetype i = 0; i < m_services.size(); ++i) {
        m_serviceIndex.insert(m_services[i].id, i);
    }
    for (qsizetype i = 0; i < m_counters.size(); ++i) {
        m_counterIndex.insert(m_counters[i].number, i);
    }
}

const ServiceDef* Catalogue::service(const QString& id) const
{
    const auto it = m_serviceIndex.constFind(id);
    return it == m_serviceIndex.cend() ? nullptr : &m_services[*it];
}

const ServiceDef* Catalogue::serviceByPrefix(QChar prefix) const
{
    for (const ServiceDef& s : m_services) {
        if (s.prefix == prefix) {
            return &s;
        }
    }
    return nullptr;
}

const CounterDef* Catalogue::counter(int number) const
{
    const auto it = m_counterIndex.constFind(number);
    return it == m_counterIndex.cend() ? nullptr : &m_counters[*it];
}

QStringList Catalogue::validate() const
{
    QStringList problems;
    QSet<QString> ids;
    QSet<QChar> prefixes;
    if (m_services.isEmpty()) {
        problems << QStringLiteral("no services");
    }
    for (const ServiceDef& s : m_services) {
        if (s.id.isEmpty() || ids.contains(s.id)) {
            problems << QStringLiteral("service id '%1' is empty or repeated").arg(s.id);
        }
        ids.insert(s.id);
        if (!s.prefix.isLetter() || s.prefix != s.prefix.toUpper() || prefixes.contains(s.prefix)) {
            problems << QStringLiteral("service '%1': prefix must be a unique capital letter").arg(s.id);
        }
        prefixes.insert(s.prefix);
        if (s.dailyQuota < 1 || s.dailyQuota > 999) {
            problems << QStringLiteral("service '%1': daily quota must be 1..999").arg(s.id);
        }
        if (!s.issueFrom.isValid() || !s.issueUntil.isValid() || s.issueFrom >= s.issueUntil) {
            problems << QStringLiteral("service '%1': issuing hours must be a valid from < until").arg(s.id);
        }
        if (s.avgServiceSeconds < 1) {
            problems << QStringLiteral("service '%1': average service time must be positive").arg(s.id);
        }
        if (s.nameZh.isEmpty() || s.nameEn.isEmpty()) {
            problems << QStringLiteral("service '%1': both names are required").arg(s.id);
        }
    }
    QSet<int> numbers;
    for (const CounterDef& c : m_counters) {
        if (c.number < 1 || numbers.contains(c.number)) {
            problems << QStringLiteral("counter number %1 is not positive or repeated").arg(c.number);
        }
        numbers.insert(c.number);
        if (!c.integrated && c.services.isEmpty()) {
            problems << QStringLiteral("counter %1 serves nothing").arg(c.number);
        }
        for (auto it = c.services.cbegin(); it != c.services.cend(); ++it) {
            if (!ids.contains(it.key())) {
                problems
                    << QStringLiteral("counter %1 serves unknown service '%2'").arg(c.number).arg(it.key());
            }
        }
    }
    return problems;
}

} // namespace hall
