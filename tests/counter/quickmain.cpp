// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Qt Quick Test runner for the Hall.Counter pages (tst_*.qml beside this file). The pages get a
// CounterController that never connects (its URL has no service), as `testCounter`: what they show
// before a login and how they react to touches and keys is theirs, not the network's.
#include "countercontroller.h"

#include <QObject>
#include <QQmlContext>
#include <QQmlEngine>
#include <QtQuickTest>

#include <memory>

class Setup : public QObject
{
    Q_OBJECT
public slots:
    void qmlEngineAvailable(QQmlEngine* engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml")); // Qt 6.4 does not search it by itself
        hall::CounterController::Options o;
        o.url = QUrl(QStringLiteral("ws://127.0.0.1:9/v1"));
        o.device = QStringLiteral("counter-1");
        o.token = QStringLiteral("unused");
        m_controller = std::make_unique<hall::CounterController>(o);
        engine->rootContext()->setContextProperty(QStringLiteral("testCounter"), m_controller.get());
    }

private:
    std::unique_ptr<hall::CounterController> m_controller;
};

QUICK_TEST_MAIN_WITH_SETUP(hall_counter, Setup)

#include "quickmain.moc"
