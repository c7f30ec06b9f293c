// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import Hall.Ui
import Hall.Kiosk.Models

// The resident's cases, newest first, each with its timeline and a status slip on request.
Item {
    id: page

    required property KioskShell kiosk
    required property CaseLookupFlow flow
    property bool landscape: false

    PageTitle {
        id: title
        width: parent.width
        text: qsTr("办理进度")
        hint: page.flow.printNote.length > 0 ? page.flow.printNote
                                               : qsTr("共 %1 件。可打印进度凭条（只印办件编号，不印个人信息）。").arg(page.flow.cases.count)
    }

    ListView {
        id: list
        objectName: "caseList"
        anchors.top: title.bottom
        anchors.topMargin: Theme.spacing
        anchors.bottom: buttons.top
        anchors.bottomMargin: Theme.spacing
        width: parent.width
        clip: true
        spacing: Theme.spacing
        model: page.flow.cases
        delegate: CaseCard {
            width: list.width
            onPrintRequested: row => page.flow.printSlip(row)
        }
    }

    Row {
        id: buttons
        anchors.bottom: parent.bottom
        width: parent.width
        spacing: Theme.spacing
        BigButton {
            objectName: "caseResultsHome"
            width: (buttons.width - Theme.spacing) / 2
            text: qsTr("返回首页")
            tone: "neutral"
            onClicked: page.kiosk.reset()
        }
        BigButton {
            objectName: "caseAgain"
            width: (buttons.width - Theme.spacing) / 2
            text: qsTr("查询其他")
            tone: "neutral"
            onClicked: page.flow.back()
        }
    }
}
