// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Qt Quick Test runner for the Hall.Lobby pages (tst_*.qml beside this file). The pages take plain
// models and values, so the tests feed them ListModels instead of a service.
#include <QObject>
#include <QQmlEngine>
#include <QtQuickTest>

/// Makes the statically linked modules importable: Qt 6.4 does not search qrc:/qt/qml by itself.
class Setup : public QObject
{
    Q_OBJECT
public slots:
    void qmlEngineAvailable(QQmlEngine* engine) { engine->addImportPath(QStringLiteral("qrc:/qt/qml")); }
};

QUICK_TEST_MAIN_WITH_SETUP(hall_lobby, Setup)

#include "quickmain.moc"
