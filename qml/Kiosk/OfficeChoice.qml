// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import Hall.Ui
import Hall.Kiosk.Models

// This office is not designated for the parties' registration (涉港澳台, 涉外): why, in the core's
// words, and the hall's offices that are, to book there instead (their own days and slots), or
// another document after all.
Column {
    id: choice

    required property BookingFlow flow
    property bool english: false

    spacing: Theme.spacing / 2

    Text {
        objectName: "notEntitled"
        width: parent.width
        wrapMode: Text.WordWrap
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        font.bold: true
        color: Theme.danger
        text: choice.english ? choice.flow.notEntitledEn : choice.flow.notEntitledZh
    }
    Repeater {
        model: choice.flow.entitledOffices
        BigButton {
            required property var modelData
            objectName: "entitledOffice_" + modelData.id
            width: choice.width
            text: qsTr("改在%1预约").arg(choice.english ? modelData.nameEn : modelData.nameZh)
            onClicked: choice.flow.switchOffice(modelData.id)
        }
    }
    BigButton {
        objectName: "changeDocument"
        width: choice.width
        text: qsTr("更换证件")
        tone: "neutral"
        onClicked: choice.flow.parties.chooseDocumentFor(choice.flow.parties.firstDocument.other ? 0 : 1)
    }
}
