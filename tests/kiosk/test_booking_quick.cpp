// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Qt Quick Test runner for the booking components of the kiosk (tst_*booking*.qml beside this
// file): the month calendar, the form field and the code keypad, without a service.
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

QUICK_TEST_MAIN_WITH_SETUP(kiosk_booking, Setup)

#include "test_booking_quick.moc"
