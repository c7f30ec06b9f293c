// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Hall.Ui
import Hall.Kiosk.Models

// Sex and birth date as written on a permit or passport, whose numbers hold neither (a marriage
// registration needs both: legal age, one man and one woman). Large buttons and steppers, no typing.
Column {
    id: details

    property PartyDocument document: null
    signal done()

    spacing: Theme.spacing / 2

    component Stepper: Row {
        id: stepper
        property string name: ""
        property string shown: ""
        property int part: 0
        property bool tens: false
        property PartyDocument document: null
        spacing: Theme.spacing / 2
        BigButton {
            objectName: stepper.name + "Down10"
            visible: stepper.tens
            width: Theme.touchTarget * 1.4
            text: "−10"
            tone: "neutral"
            onClicked: stepper.document.stepBirth(stepper.part, -10)
        }
        BigButton {
            objectName: stepper.name + "Down"
            width: Theme.touchTarget * 1.2
            text: "−"
            tone: "neutral"
            Accessible.name: qsTr("减")
            onClicked: stepper.document.stepBirth(stepper.part, -1)
        }
        Text {
            objectName: stepper.name
            width: Theme.touchTarget * 2
            height: Theme.touchTarget
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            font.bold: true
            color: stepper.document !== null && stepper.document.birthChosen ? Theme.text : Theme.textMuted
            text: stepper.shown
        }
        BigButton {
            objectName: stepper.name + "Up"
            width: Theme.touchTarget * 1.2
            text: "+"
            tone: "neutral"
            Accessible.name: qsTr("加")
            onClicked: stepper.document.stepBirth(stepper.part, 1)
        }
        BigButton {
            objectName: stepper.name + "Up10"
            visible: stepper.tens
            width: Theme.touchTarget * 1.4
            text: "+10"
            tone: "neutral"
            onClicked: stepper.document.stepBirth(stepper.part, 10)
        }
    }

    Text {
        width: parent.width
        wrapMode: Text.WordWrap
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        font.bold: true
        color: Theme.text
        text: qsTr("性别和出生日期（按证件填写）")
    }
    Row {
        visible: details.document !== null && details.document.needsSex
        spacing: Theme.spacing
        BigButton {
            objectName: "sexMale"
            width: Theme.touchTarget * 2.4
            text: qsTr("男")
            tone: details.document !== null && details.document.sex === "male" ? "primary" : "neutral"
            onClicked: details.document.sex = "male"
        }
        BigButton {
            objectName: "sexFemale"
            width: Theme.touchTarget * 2.4
            text: qsTr("女")
            tone: details.document !== null && details.document.sex === "female" ? "primary" : "neutral"
            onClicked: details.document.sex = "female"
        }
    }
    Stepper {
        visible: details.document !== null && details.document.needsBirthDate
        name: "birthYear"
        part: 0
        tens: true
        document: details.document
        shown: details.document === null ? "" : qsTr("%1年").arg(details.document.birthYear)
    }
    Row {
        visible: details.document !== null && details.document.needsBirthDate
        spacing: Theme.spacing
        Stepper {
            name: "birthMonth"
            part: 1
            document: details.document
            shown: details.document === null ? "" : qsTr("%1月").arg(details.document.birthMonth)
        }
        Stepper {
            name: "birthDay"
            part: 2
            document: details.document
            shown: details.document === null ? "" : qsTr("%1日").arg(details.document.birthDay)
        }
    }
    BigButton {
        objectName: "detailsNext"
        width: Theme.touchTarget * 4
        text: qsTr("下一栏")
        enabled: details.document !== null && (!details.document.needsSex || details.document.sex.length > 0)
        onClicked: {
            if (details.document.needsBirthDate)
                details.document.confirmBirth()
            details.done()
        }
    }
}
