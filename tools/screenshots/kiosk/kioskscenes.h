// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kioskshell.h"
#include "sceneshooter.h"

namespace hall {

/// A GB 11643 number with its check character, for the screenshots' made-up people.
inline QString sceneIdNumber(const QString& birth, int sequence)
{
    static const int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    const QString body =
        QStringLiteral("110105") + birth + QStringLiteral("%1").arg(sequence, 3, 10, QChar(u'0'));
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        sum += body.at(i).digitValue() * weights[i];
    }
    return body + QStringLiteral("10X98765432").at(sum % 11);
}

/// The kiosk's screen variants for SceneShooter's layout check: Chinese and English, normal and
/// large type (大字模式), switched on the controller as a resident's taps would.
inline SceneShooter::Variants kioskVariants(KioskShell* kiosk)
{
    return {
        {QStringLiteral("zh"), QStringLiteral("en"), QStringLiteral("zh-large"), QStringLiteral("en-large")},
        [kiosk] { return (kiosk->english() ? 1 : 0) + (kiosk->elderly() ? 2 : 0); },
        [kiosk](int i) {
            kiosk->setEnglish((i & 1) != 0);
            kiosk->setElderly((i & 2) != 0);
        }};
}

} // namespace hall
