// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <functional>

class QQuickWindow;

namespace hall {

/// Saves the scenes a screenshot program walks through as PNG files (docs/screenshots/), and with
/// HALL_LAYOUT_CHECK=1 in the environment checks every scene for text that does not fit
/// (LayoutCheck) in each variant of the screen — Chinese and English, normal and large type — so the
/// walk through every page that makes the screenshots is also the layout test of every page.
/// HALL_LAYOUT_CHECK=only checks without saving pictures (the ctest); a variant that fails is saved
/// as layout-<scene>-<variant>.png to look at; HALL_LAYOUT_CHECK=all saves every variant so.
class SceneShooter
{
public:
    /// The screen's variants: their names, and how to switch to one (by index) and back.
    struct Variants
    {
        QStringList names;              ///< e.g. {"zh", "en", "zh-large", "en-large"}
        std::function<int()> current;   ///< the variant shown now
        std::function<void(int)> apply; ///< switches the screen to a variant
    };

    /// Files are `dir`/`pattern`.arg(scene), e.g. "kiosk-%1-portrait.png".
    SceneShooter(QQuickWindow* window, QString dir, QString pattern, Variants variants = {});

    /// Waits `settleMs`, saves the window, and (layout check on) checks it in every variant.
    void shoot(const QString& scene, int settleMs = 150);
    /// Pictures that could not be saved and layout problems found so far.
    int failures() const { return m_failures; }
    static bool layoutCheckRequested();
    /// False when only the layout is checked (HALL_LAYOUT_CHECK=only).
    static bool picturesRequested();
    /// True when every variant's picture is wanted (HALL_LAYOUT_CHECK=all).
    static bool variantPicturesRequested();

private:
    void checkLayout(const QString& scene);

    QQuickWindow* m_window;
    QString m_dir;
    QString m_pattern;
    Variants m_variants;
    int m_failures = 0;
};

} // namespace hall
