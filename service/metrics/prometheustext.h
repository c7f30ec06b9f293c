// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <vector>

namespace hall {

/// Label name → value of one sample.
using MetricLabels = QList<QPair<QString, QString>>;

/// A histogram with fixed upper bounds (seconds, or a count), as Prometheus expects it: counts per
/// bucket, their sum and how many were observed.
class Histogram
{
public:
    explicit Histogram(std::vector<double> bounds)
        : m_bounds(std::move(bounds)), m_counts(m_bounds.size() + 1)
    {}
    void observe(double value);
    const std::vector<double>& bounds() const { return m_bounds; }
    /// Observations ≤ bounds()[i]; the last entry is every observation (+Inf).
    std::vector<quint64> cumulative() const;
    double sum() const { return m_sum; }
    quint64 count() const { return m_count; }

private:
    std::vector<double> m_bounds;
    std::vector<quint64> m_counts; ///< per bucket, not cumulative; the last one above every bound
    double m_sum = 0;
    quint64 m_count = 0;
};

/// Writes the Prometheus text exposition format (version 0.0.4): one `# HELP` and `# TYPE` per
/// family, then its samples, label values escaped. Families are written in the order they are begun;
/// a family's samples must follow it.
class PrometheusText
{
public:
    void family(const QString& name, const char* type, const QString& help);
    void sample(const QString& name, const MetricLabels& labels, double value);
    void sample(const QString& name, double value) { sample(name, {}, value); }
    void histogram(const QString& name, const MetricLabels& labels, const Histogram& h);
    QByteArray text() const { return m_text; }

    static QByteArray contentType() { return QByteArrayLiteral("text/plain; version=0.0.4; charset=utf-8"); }

private:
    QByteArray m_text;
};

} // namespace hall
