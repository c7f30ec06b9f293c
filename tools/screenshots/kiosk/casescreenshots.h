// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace hall {

class KioskApp;

/// Walks "办理进度查询" against the running service and saves `dir/kiosk-cases-<scene>-<run>.png`:
/// the lookup with the ID typed (masked), the cases of `idNumber` + `phone` with their timelines, a
/// case looked up by number, and the neutral miss. The service should hold the cases of
/// tests/cases/sample-cases.csv (`hall-admin case import`); without them the timeline scenes show
/// the miss. Returns the number of failures.
int shootCaseScenes(KioskApp& app, const QString& dir, const QString& run,
                    const QString& idNumber = QStringLiteral("110105195604020017"),
                    const QString& phone = QStringLiteral("13812345678"));

} // namespace hall
