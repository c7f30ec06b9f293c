// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QVariantList>
#include <QVariantMap>

namespace hall::casewords {

// What the counter's 办件 page shows of a case, worded from the service's case view (case.get,
// case.find) here rather than in QML: the page binds to these and holds no rule about statuses,
// step states or colours. Colours are Theme role names ("done", "selected", …) the page looks up,
// so the palette stays in Theme. Texts are in the screen's language (the installed translator).

/// "2026090001 · 城市最低生活保障 · 张* 110***********1234 · 某街道"; empty without a case.
QString title(const QVariantMap& caseView);
/// "当前：第3步 民主评议 · <what happens next>", with " · 已超期" when the step is overdue.
QString stateLine(const QVariantMap& caseView);
/// The objection waiting to be resolved, in words; empty when none.
QString objectionText(const QVariantMap& caseView);
/// One row per step. Keys: label ("3 民主评议 2026-09-05"), fill and edge (Theme colour roles:
/// a done step, the current one, one still ahead).
QList<QVariantMap> stepRows(const QVariantMap& caseView);
/// One row per history entry, newest last. Keys: line (when, step, what, who, decision, note).
QList<QVariantMap> historyRows(const QVariantMap& caseView);
/// One row per case found. Keys: number, label (number, type, masked applicant).
QList<QVariantMap> foundRows(const QVariantList& cases);

} // namespace hall::casewords
