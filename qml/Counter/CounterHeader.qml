// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Hall.Ui
import Hall.Counter.Models

// Who and where: the centre, the window and its state, the staff member, the time; the language
// switch and log out.
Rectangle {
    id: header

    required property CounterController counter

    implicitHeight: row.implicitHeight + Theme.spacing
    color: Theme.primary

    Row {
        id: row
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        anchors.leftMargin: Theme.spacing
        anchors.rightMargin: Theme.spacing
        spacing: Theme.spacing

        Column {
            width: parent.width - buttons.width - Theme.spacing
            anchors.verticalCenter: parent.verticalCenter
            spacing: 2
            Text {
                objectName: "windowTitle"
                width: parent.width
                // Smaller rather than cut off (the layout check fails on elided text).
                fontSizeMode: Text.HorizontalFit
                minimumPixelSize: 10
                text: header.counter.window > 0
                      ? header.counter.windowName + "  ·  " + header.counter.windowStateText
                      : (header.counter.centreName.length > 0 ? header.counter.centreName : qsTr("窗口工作台"))
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.primaryText
            }
            Row {
                spacing: Theme.spacing
                Text {
                    visible: header.counter.staffName.length > 0
                    text: qsTr("工作人员：%1").arg(header.counter.staffName)
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                    color: Theme.primaryText
                }
                Text {
                    visible: header.counter.supervisor
                    text: qsTr("值班长（管理终端）")
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontSmall
                    color: Theme.primaryText
                }
                ClockText {
                    english: header.counter.english
                    font.pixelSize: Theme.fontSmall
                    color: Theme.primaryText
                }
            }
        }
        Row {
            id: buttons
            anchors.verticalCenter: parent.verticalCenter
            spacing: Theme.spacing / 2
            BigButton {
                objectName: "languageSwitch"
                text: header.counter.english ? "中文" : "English"
                tone: "neutral"
                focusPolicy: Qt.NoFocus // the desk keeps the keys
                onClicked: header.counter.english = !header.counter.english
            }
            BigButton {
                objectName: "changeWindow"
                visible: header.counter.stage === CounterController.Desk
                text: qsTr("换窗口")
                tone: "neutral"
                focusPolicy: Qt.NoFocus // the desk keeps the keys
                onClicked: header.counter.leaveWindow()
            }
            BigButton {
                objectName: "logout"
                visible: header.counter.stage !== CounterController.Login && !header.counter.supervisor
                text: qsTr("退出登录")
                tone: "neutral"
                focusPolicy: Qt.NoFocus // the desk keeps the keys
                onClicked: header.counter.logout()
            }
        }
    }
}
