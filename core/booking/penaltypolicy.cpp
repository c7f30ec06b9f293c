// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "penaltypolicy.h"

#include <algorithm>

namespace hall {

std::optional<Ban> PenaltyPolicy::banAt(const QList<PersonEvent>& events, const QDateTime& now) const
{
    std::optional<Ban> ban;
    for (const PenaltyRule& rule : m_config.rules) {
        QList<QDateTime> times;
        for (const PersonEvent& e : events) {
            if (e.kind == rule.kind && e.at <= now) {
                times << e.at;
            }
        }
        std::sort(times.begin(), times.end());
        // The i-th event completes the rule when the (count-1) events before it lie within the window.
        for (qsizetype i = rule.count - 1; i < times.size(); ++i) {
            const QDateTime& first = times[i - (rule.count - 1)];
            if (first.secsTo(times[i]) > qint64(rule.withinDays) * 86400) {
                continue;
            }
            const QDateTime until = times[i].addDays(m_config.banDays);
            if (until > now && (!ban || until > ban->until)) {
                const QString what = rule.kind == PersonEventKind::NoShow ? QStringLiteral("未按约到场")
                                                                          : QStringLiteral("取消预约");
                ban = Ban{until, rule,
                          QStringLiteral("%1天内%2%3次").arg(rule.withinDays).arg(what).arg(rule.count)};
            }
        }
    }
    return ban;
}

} // namespace hall
