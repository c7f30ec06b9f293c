// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "prometheustext.h"

#include <algorithm>
#include <cmath>

namespace hall {

namespace {

QByteArray escapeLabel(const QString& value)
{
    QByteArray out;
    for (const char c : value.toUtf8()) {
        if (c == '\\') {
            out += "\\\\";
        } else if (c == '"') {
            out += "\\\"";
        } else if (c == '\n') {
            out += "\\n";
        } else {
            out += c;
        }
    }
    return out;
}

QByteArray number(double v)
{
    if (std::isinf(v)) {
        return v > 0 ? QByteArrayLiteral("+Inf") : QByteArrayLiteral("-Inf");
    }
    if (std::isnan(v)) {
        return QByteArrayLiteral("NaN");
    }
    return QByteArray::number(v, 'g', 15);
}

QByteArray labels(const MetricLabels& l)
{
    if (l.isEmpty()) {
        return {};
    }
    QByteArray out = "{";
    for (qsizetype i = 0; i < l.size(); ++i) {
        out += (i ? "," : "") + l[i].first.toLatin1() + "=\"" + escapeLabel(l[i].second) + '"';
    }
    return out + '}';
}

} // namespace

void Histogram::observe(double value)
{
    const auto at = std::lower_bound(m_bounds.begin(), m_bounds.end(), value);
    ++m_counts[static_cast<size_t>(at - m_bounds.begin())];
    m_sum += value;
    ++m_count;
}

std::vector<quint64> Histogram::cumulative() const
{
    std::vector<quint64> out(m_counts.size());
    quint64 running = 0;
    for (size_t i = 0; i < m_counts.size(); ++i) {
        running += m_counts[i];
        out[i] = running;
    }
    return out;
}

void PrometheusText::family(const QString& name, const char* type, const QString& help)
{
    QString escaped = help;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('\n'), QLatin1String("\\n"));
    m_text += "# HELP " + name.toLatin1() + ' ' + escaped.toUtf8() + '\n';
    m_text += "# TYPE " + name.toLatin1() + ' ' + type + '\n';
}

void PrometheusText::sample(const QString& name, const MetricLabels& l, double value)
{
    m_text += name.toLatin1() + labels(l) + ' ' + number(value) + '\n';
}

void PrometheusText::histogram(const QString& name, const MetricLabels& l, const Histogram& h)
{
    const std::vector<quint64> counts = h.cumulative();
    for (size_t i = 0; i < counts.size(); ++i) {
        MetricLabels withLe = l;
        withLe.append({QStringLiteral("le"), i < h.bounds().size()
                                                 ? QString::fromLatin1(number(h.bounds()[i]))
                                                 : QStringLiteral("+Inf")});
        sample(name + QStringLiteral("_bucket"), withLe, static_cast<double>(counts[i]));
    }
    sample(name + QStringLiteral("_sum"), l, h.sum());
    sample(name + QStringLiteral("_count"), l, static_cast<double>(h.count()));
}

} // namespace hall
