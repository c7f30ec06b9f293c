#include "sceneshooter.h"

#include "layoutcheck.h"

#include <QCoreApplication>
#include <QElapsedTimer>
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
    return qEnvironmentVariable("HALL_LAYOUT_CHECK") == QLatin1String("1");
}

void SceneShooter::shoot(const QString& scene, int settleMs)
{
    settle(settleMs);
    const QString file = m_dir + QLatin1Char('/') + m_pattern.arg(scene);
    const bool ok = m_window->grabWindow().save(file);
    QTextStream(stdout) << (ok ? "saved " : "FAILED ") << file << "\n";
    m_failures += ok ? 0 : 1;
    if (layoutCheckRequested()) {
        checkLayout(m_pattern.arg(scene).section(QLatin1Char('.'), 0, 0));
    }
}

void SceneShooter::checkLayout(const QString& scene)
{
    const auto check = [&](const QString& variant) {
        m_window->grabWindow(); // polishes and lays out whatever the variant changed
        const QStringList issues = LayoutCheck::describe(LayoutCheck::check(m_window));
        for (const QString& issue : issues) {
            QTextStream(stdout) << "LAYOUT " << scene << " [" << variant << "] " << issue << "\n";
        }
        m_failures += int(issues.size());
    };
    if (m_variants.names.isEmpty() || !m_variants.apply) {
        check(QStringLiteral("as shown"));
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
