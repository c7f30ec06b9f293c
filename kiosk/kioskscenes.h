#pragma once

#include "kioskcontroller.h"
#include "sceneshooter.h"

namespace hall {

/// The kiosk's screen variants for SceneShooter's layout check: Chinese and English, normal and
/// large type (大字模式), switched on the controller as a resident's taps would.
inline SceneShooter::Variants kioskVariants(KioskController* kiosk)
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
