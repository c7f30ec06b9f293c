// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Hall.Ui
import Hall.Kiosk.Models

// One party of a booking: their document's number (a resident ID by default; 证件类型 chooses
// another) and, when a marriage needs them from a document whose number holds none, sex and birth
// date as written on it. Tapping a field sends the keyboard (and the card reader) there.
Column {
    id: row

    required property BookingParties parties
    required property int party
    required property IdInput idInput
    required property PartyDocument document
    property bool english: false
    property string name: ""
    property string label: ""
    property string labelOther: ""
    property int field: BookingParties.FirstField
    property int detailsField: BookingParties.FirstDetails
    property string fieldName: ""
    property string documentButtonName: ""
    property string detailsName: ""
    // Fields a touch target high rather than 1.3 of one: a landscape page in large type is short.
    property bool compact: false
    readonly property string documentName: english ? document.nameEn : document.nameZh

    spacing: Theme.spacing / 2

    function value() {
        if (row.document.other) {
            if (!row.document.needsNationality || row.document.nationality.length === 0)
                return row.document.display
            return row.document.display + "  " + qsTr("签发国 %1").arg(row.document.nationality)
        }
        if (row.idInput.fromCard)
            return (row.name.length > 0 ? row.name + "  " : "") + row.idInput.masked
        return row.idInput.display
    }
    function details() {
        const d = row.document
        const sex = d.sex === "male" ? qsTr("男") : d.sex === "female" ? qsTr("女") : ""
        const birth = d.birthChosen ? d.birthYear + "-" + String(d.birthMonth).padStart(2, "0") + "-"
                                      + String(d.birthDay).padStart(2, "0") : ""
        return sex + (sex.length > 0 && birth.length > 0 ? " · " : "") + birth
    }

    Row {
        width: parent.width
        spacing: Theme.spacing / 2
        BookingField {
            objectName: row.fieldName
            width: parent.width - parent.spacing - documentButton.width
            height: row.compact ? Math.max(Theme.touchTarget, implicitContentHeight + Theme.spacing / 2) : implicitHeight
            label: row.document.other ? row.labelOther : row.label
            value: row.value()
            active: row.parties.active === row.field && row.parties.choosing < 0
            done: row.document.other ? row.document.valid : row.idInput.complete
            onClicked: row.parties.active = row.field
        }
        BigButton {
            id: documentButton
            objectName: row.documentButtonName
            width: Math.max(implicitWidth, Theme.touchTarget * 2)
            height: Math.max(implicitHeight, row.compact ? Theme.touchTarget : Theme.touchTarget * 1.3)
            text: qsTr("证件类型")
            tone: row.parties.choosing === row.party ? "primary" : "neutral"
            onClicked: row.parties.chooseDocumentFor(row.party)
        }
    }
    BookingField {
        objectName: row.detailsName
        width: parent.width
        height: row.compact ? Math.max(Theme.touchTarget, implicitContentHeight + Theme.spacing / 2) : implicitHeight
        visible: row.document.other && row.document.needsDetails
        label: qsTr("性别和出生日期（按证件填写）")
        placeholder: qsTr("点此选择")
        value: row.details()
        active: row.parties.active === row.detailsField && row.parties.choosing < 0
        done: row.document.detailsComplete
        onClicked: row.parties.active = row.detailsField
    }
}
