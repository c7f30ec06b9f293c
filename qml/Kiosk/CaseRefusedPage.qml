// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Hall.Ui
import Hall.Kiosk.Models

// No match (one neutral message), too many attempts, an invalid ID or no service: in words.
Item {
    id: page

    required property KioskShell kiosk
    required property CaseLookupFlow flow

    PageTitle {
        id: title
        width: parent.width
        text: page.flow.errorCode === "RATE_LIMITED" ? qsTr("请稍后再试") : qsTr("没有查到")
        hint: ""
    }

    Text {
        objectName: "caseRefusalMessage"
        anchors.top: title.bottom
        anchors.topMargin: Theme.spacing * 2
        width: parent.width
        text: page.flow.message
        wrapMode: Text.WordWrap
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontTitle
        color: Theme.text
    }
    Text {
        anchors.top: title.bottom
        anchors.topMargin: Theme.spacing * 8
        width: parent.width
        visible: page.flow.errorCode === "NO_MATCH"
        text: qsTr("请核对身份证号码和申请时留的手机号码，或带上受理回执到窗口咨询。")
        wrapMode: Text.WordWrap
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        color: Theme.textMuted
    }

    Row {
        id: buttons
        anchors.bottom: parent.bottom
        width: parent.width
        spacing: Theme.spacing
        BigButton {
            objectName: "caseRefusedHome"
            width: (buttons.width - Theme.spacing) / 3
            text: qsTr("返回首页")
            tone: "neutral"
            onClicked: page.kiosk.reset()
        }
        BigButton {
            objectName: "caseTryAgain"
            width: (buttons.width - Theme.spacing) * 2 / 3
            text: qsTr("重新输入")
            onClicked: page.flow.back()
        }
    }
}
