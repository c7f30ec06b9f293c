// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import Hall.Ui
import Hall.Kiosk.Models

// Which document a party holds: the resident ID card or, for residents of Hong Kong, Macao and
// Taiwan and foreigners, the permit, passport or permanent residence card they register with. The
// names are the core's (PersonDocument), in the resident's language.
Column {
    id: choice

    required property BookingParties parties
    property bool english: false

    spacing: Theme.spacing / 2

    Text {
        width: parent.width
        wrapMode: Text.WordWrap
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        font.bold: true
        color: Theme.text
        text: choice.parties.choosing === 1 ? qsTr("另一方持哪种证件？")
              : choice.parties.needsSecond ? qsTr("一方持哪种证件？") : qsTr("您持哪种证件？")
    }
    Repeater {
        model: choice.parties.documentTypes
        BigButton {
            required property var modelData
            objectName: "document_" + modelData.id
            width: choice.width
            height: Math.max(implicitHeight, Theme.touchTarget)
            text: choice.english ? modelData.nameEn : modelData.nameZh
            tone: "neutral"
            onClicked: choice.parties.setDocument(choice.parties.choosing, modelData.id)
        }
    }
}
