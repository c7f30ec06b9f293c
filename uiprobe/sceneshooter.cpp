// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sceneshooter.h"

#include "layoutcheck.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QQuickWindow>
#include <QTextStream>

namespace hall {

namespace {

void settle(int ms)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
}

} // namespace

SceneShooter::SceneShooter(QQuickWindow* window, QString dir, QString pattern, Variants variants)
    : m_window(window), m_dir(std::move(dir)), m_pattern(std::move(pattern)), m_variants(std::move(variants))
{}

bool SceneShooter::layoutCheckRequested()
{
    const QString mode = qEnvironmentVariable("HALL_LAYOUT_CHECK");
    return mode == QLatin1String("1") || mode == QLatin1String("only") || mode == QLatin1String("all");
}

bool SceneShooter::variantPicturesRequested()
{
    return qEnvironmentVariable("HALL_LAYOUT_CHECK") == QLatin1String("all");
}

bool SceneShooter::picturesRequested()
{
    return qEnvironmentVariable("HALL_LAYOUT_CHECK") != QLatin1String("only");
}

void SceneShooter::shoot(const QString& scene, int settleMs)
{
    settle(settleMs);
    // Encoding a PNG of a 1080x1920 window costs more than checking it in all its variants, so the
    // layout test (HALL_LAYOUT_CHECK=only) writes none.
    if (picturesRequested()) {
        const QString file = m_dir + QLatin1Char('/') + m_pattern.arg(scene);
        const bool ok = m_window->grabWindow().save(file);
        QTextStream(stdout) << (ok ? "saved " : "FAILED ") << file << "\n";
        m_failures += ok ? 0 : 1;
    }
    if (layoutCheckRequested()) {
        checkLayout(m_pattern.arg(scene).section(QLatin1Char('.'), 0, 0));
    }
}

void SceneShooter::checkLayout(const QString& scene)
{
    const auto check = [&](const QString& variant) {
        const QImage picture = m_window->grabWindow(); // polishes and lays out what the variant changed
        const QStringList issues = LayoutCheck::describe(LayoutCheck::check(m_window));
        for (const QString& issue : issues) {
            QTextStream(stdout) << "LAYOUT " << scene << " [" << variant << "] " << issue << "\n";
        }
        m_failures += int(issues.size());
        if (!issues.isEmpty() || variantPicturesRequested()) {
            // The picture of what failed, to look at (the check itself writes none), or of every
            // variant when asked (HALL_LAYOUT_CHECK=all), to look at English and large type.
            const QString file = QStringLiteral("%1/layout-%2-%3.png").arg(m_dir, scene, variant);
            QTextStream(stdout) << "LAYOUT picture "
                                << (picture.save(file) ? file : QStringLiteral("not saved")) << "\n";
        }
    };
    QTextStream(stdout) << "checked " << scene << "\n";
    if (m_variants.names.isEmpty() || !m_variants.apply) {
        check(QStringLiteral("as-shown"));
        return;
    }
    const int shown = m_variants.current ? m_variants.current() : 0;
    for (int i = 0; i < m_variants.names.size(); ++i) {
        m_variants.apply(i);
        settle(30);
        check(m_variants.names.at(i));
    }
    m_variants.apply(shown);
    settle(30);
}

} // namespace hall
