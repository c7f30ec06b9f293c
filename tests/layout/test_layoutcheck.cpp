// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// LayoutCheck on small scenes built for it: a label cut by its button, elided text, rows wider than
// their list, text pushed out of a layout are found; text that fits, wraps, shrinks to fit, scrolls
// in its list or marquee, or is not shown at all is not.
#include "layoutcheck.h"

#include <catch2/catch.hpp>

#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>

#include <memory>

namespace {

/// The problems LayoutCheck finds in a 600x400 window showing `qml` (an Item's body).
QStringList problemsIn(const QString& qml)
{
    QQmlEngine engine;
    QQmlComponent component(&engine);
    component.setData(
        (QStringLiteral("import QtQuick\nimport QtQuick.Layouts\nItem {\n") + qml + QStringLiteral("\n}\n"))
            .toUtf8(),
        QUrl(QStringLiteral("qrc:/layoutcheck-test.qml")));
    std::unique_ptr<QObject> root(component.create());
    INFO(component.errorString().toStdString());
    REQUIRE(root != nullptr);
    QQuickWindow window;
    window.resize(600, 400);
    auto* item = qobject_cast<QQuickItem*>(root.get());
    REQUIRE(item != nullptr);
    item->setParentItem(window.contentItem());
    item->setSize(QSizeF(600, 400));
    window.show();
    window.grabWindow(); // polishes: layouts place their children
    const QStringList problems = hall::LayoutCheck::describe(hall::LayoutCheck::check(&window));
    item->setParentItem(nullptr);
    return problems;
}

QStringList problemsIn(const char* qml)
{
    return problemsIn(QString::fromUtf8(qml));
}

} // namespace

TEST_CASE("layout check: a label wider than its button is found, named and measured")
{
    const QStringList problems = problemsIn(R"(
        Rectangle {
            objectName: "narrowButton"
            width: 120; height: 60; color: "#0B57A4"
            Text { text: "补领证件与婚姻档案"; font.pixelSize: 28 }
        })");
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    REQUIRE(problems.size() == 1);
    CHECK(problems.first().startsWith(
        QStringLiteral("narrowButton/QQuickText \"补领证件与婚姻档案\": text at ")));
    CHECK(problems.first().contains(QStringLiteral("sticks out of narrowButton")));
}

TEST_CASE("layout check: text wider than its own item, elided, or cut by the window is found")
{
    CHECK(problemsIn(R"(Text { width: 100; text: "Certificates and marriage records"; font.pixelSize: 28 })")
              .join(QLatin1Char(' '))
              .contains(QStringLiteral("px wide in an item 100 px wide")));
    CHECK(problemsIn(
              R"(Text { width: 100; elide: Text.ElideRight; text: "Certificates and marriage records" })")
              .join(QLatin1Char(' '))
              .contains(QStringLiteral("elided")));
    CHECK(problemsIn(R"(Text { x: 500; text: "Certificates and marriage records"; font.pixelSize: 28 })")
              .join(QLatin1Char(' '))
              .contains(QStringLiteral("cut off by the window")));
    CHECK(problemsIn(R"(
        Rectangle {
            width: 300; height: 40; border.width: 1; color: "transparent"
            Text { width: 300; wrapMode: Text.Wrap; text: "Certificates and marriage records, and more"
                   font.pixelSize: 28 }
        })")
              .join(QLatin1Char(' '))
              .contains(QStringLiteral("sticks out of")));
}

TEST_CASE("layout check: text that fits, wraps or shrinks to fit passes")
{
    const QStringList problems = problemsIn(R"(
        Column {
            width: 300
            Rectangle { width: 300; height: 60; color: "white"
                        Text { anchors.centerIn: parent; text: "补领证件"; font.pixelSize: 28 } }
            Rectangle { width: 300; height: 120; color: "white"
                        Text { width: 300; wrapMode: Text.Wrap; font.pixelSize: 28
                               text: "Certificates and marriage records" } }
            Rectangle { width: 300; height: 60; color: "white"
                        Text { width: 300; height: 60; fontSizeMode: Text.Fit; minimumPixelSize: 10
                               font.pixelSize: 28; text: "Certificates and marriage records" } }
        })");
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    CHECK(problems.isEmpty());
}

TEST_CASE("layout check: items not shown are not read")
{
    const QStringList problems = problemsIn(R"(
        Rectangle { visible: false; width: 50; height: 20; color: "white"
                    Text { text: "Certificates and marriage records" } }
        Rectangle { opacity: 0; width: 50; height: 20; color: "white"
                    Text { text: "Certificates and marriage records" } }
        Text { visible: false; width: 20; elide: Text.ElideRight; text: "Certificates" })");
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    CHECK(problems.isEmpty());
}

TEST_CASE("layout check: a list's rows may scroll out along the list, never across it")
{
    const QString rows = QStringLiteral(R"(
        ListView {
            objectName: "rows"
            width: 200; height: 100; clip: true
            model: 10
            delegate: Text { height: 40; font.pixelSize: 24; text: %1 }
        })");
    const QStringList along = problemsIn(rows.arg(QStringLiteral("\"第 \" + index + \" 行\"")));
    INFO(along.join(QLatin1Char('\n')).toStdString());
    CHECK(along.isEmpty()); // rows below the list's height scroll into view
    const QStringList across = problemsIn(rows.arg(QStringLiteral("\"Certificates and marriage records\"")));
    REQUIRE_FALSE(across.isEmpty());
    CHECK(across.first().contains(QStringLiteral("sticks out of rows")));
    CHECK(across.first().contains(QStringLiteral("scrolls only up and down")));
    CHECK(problemsIn(R"(ListView { width: 200; height: 0; model: 3; delegate: Text { text: "x" } })")
              .join(QLatin1Char(' '))
              .contains(QStringLiteral("3 rows but no room")));
}

TEST_CASE("layout check: text pushed out of a layout is found, a marquee may scroll its text")
{
    const QStringList pushed = problemsIn(R"(
        RowLayout {
            objectName: "summaryRow"
            width: 200; height: 40
            Text { Layout.minimumWidth: implicitWidth; text: "Mobile number"; font.pixelSize: 24 }
            Text { Layout.minimumWidth: implicitWidth; text: "138****8000"; font.pixelSize: 24 }
        })");
    INFO(pushed.join(QLatin1Char('\n')).toStdString());
    REQUIRE_FALSE(pushed.isEmpty());
    CHECK(pushed.join(QLatin1Char(' ')).contains(QStringLiteral("sticks out of summaryRow")));
    const QStringList marquee = problemsIn(R"(
        Rectangle {
            property bool layoutScrolls: true
            width: 200; height: 40; clip: true; color: "white"
            Text { x: -120; text: "请 A012 号到 3 号窗口办理 Certificates and marriage records" }
        })");
    INFO(marquee.join(QLatin1Char('\n')).toStdString());
    CHECK(marquee.isEmpty());
}

TEST_CASE("layout check: text under a button laid over it is found, text behind a page or a backdrop is not")
{
    const QStringList covered = problemsIn(R"(
        Column {
            Text { text: "28  Opens 11-28 00:00"; font.pixelSize: 28 }
            Text { text: "29  Opens 11-29 00:00"; font.pixelSize: 28 }
        }
        Rectangle { objectName: "backButton"; y: 20; width: 200; height: 60; color: "white" })");
    INFO(covered.join(QLatin1Char('\n')).toStdString());
    REQUIRE(covered.size() == 2);
    CHECK(covered.first().contains(QStringLiteral("is covered by backButton")));
    const QStringList behind = problemsIn(R"(
        Text { text: "请到 3 号窗口"; font.pixelSize: 28 }
        Rectangle { width: 600; height: 400; color: "#80000000" }
        Rectangle { width: 600; height: 300; color: "white"
                    Text { text: "A dialog over the page"; font.pixelSize: 28 } }
        Rectangle { x: 300; width: 200; height: 40; color: "white"; z: -1 }
        Text { x: 300; text: "over its box"; font.pixelSize: 28 })");
    INFO(behind.join(QLatin1Char('\n')).toStdString());
    CHECK(behind.isEmpty());
}
