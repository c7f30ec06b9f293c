// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Hall.Ui
import Hall.Kiosk.Models

// Both parties' ID numbers (a card on the reader fills the chosen person, with its name; or the
// keypad, without one: booking is real-name by the ID numbers and the office checks the cards on the
// day) and a mobile number for news about the booking. A party without a resident ID card chooses
// their document (证件类型) and types its number on the letter keyboard; for a marriage also sex and
// birth date as on the document, on touch pickers. Only masked forms are shown; every check is the
// core's (PartyDocument, BookingFlow's designated offices).
Item {
    id: page

    required property BookingFlow flow
    property bool landscape: false
    property bool english: false

    readonly property BookingParties parties: flow.parties
    readonly property bool phoneActive: parties.active === BookingParties.PhoneField
    // The document whose number or details the keyboard serves now (null: a resident ID or the phone).
    readonly property PartyDocument activeDocument: parties.active === BookingParties.FirstField
                                                    || parties.active === BookingParties.FirstDetails
                                                    ? parties.firstDocument
                                                    : parties.active === BookingParties.SecondField
                                                      || parties.active === BookingParties.SecondDetails
                                                      ? parties.secondDocument : null
    readonly property bool detailsActive: parties.active === BookingParties.FirstDetails
                                          || parties.active === BookingParties.SecondDetails
    // One input area serves the active field: the document choice, the designated offices, the
    // letter keyboard, the sex and birth-date pickers, or the digit keypads.
    readonly property string panel: parties.choosing >= 0 ? "documents"
                                    : flow.notEntitled ? "entitlement"
                                    : detailsActive && activeDocument.other ? "details"
                                    : activeDocument !== null && activeDocument.other ? "letters"
                                    : phoneActive ? "phone" : "id"

    function advance() {
        if (page.phoneActive) {
            if (page.parties.complete)
                page.flow.review()
        } else {
            page.parties.active = page.parties.nextField()
        }
    }

    PageTitle {
        id: title
        objectName: "partiesTitle"
        width: parent.width
        // Passports and other documents are accepted too, so the title names none in particular.
        text: page.parties.needsSecond ? qsTr("双方证件号码和联系电话") : qsTr("证件号码和联系电话")
        hint: qsTr("预约按证件号码实名登记：点选一栏，把那一方的身份证放在读卡区，或用键盘输入号码；没有居民身份证的，点“证件类型”。手机号码用于通知预约变动。")
    }

    Grid {
        id: body
        anchors.top: title.bottom
        anchors.topMargin: Theme.spacing
        width: parent.width
        columns: page.landscape ? 2 : 1
        spacing: Theme.spacing * 1.5

        Column {
            id: fields
            // In landscape the fields take what the keypad leaves, so the notes under them stay
            // short of the buttons in large type.
            width: page.landscape ? body.width - body.spacing - inputArea.width : body.width
            spacing: page.landscape ? Theme.spacing / 2 : Theme.spacing
            PartyRow {
                objectName: "partyFirstRow"
                width: parent.width
                party: 0
                parties: page.parties
                english: page.english
                idInput: page.parties.first
                document: page.parties.firstDocument
                name: page.parties.firstName
                label: page.parties.needsSecond ? qsTr("一方身份证号码") : qsTr("身份证号码")
                labelOther: page.parties.needsSecond ? qsTr("一方：%1").arg(documentName)
                                                     : qsTr("本人：%1").arg(documentName)
                field: BookingParties.FirstField
                detailsField: BookingParties.FirstDetails
                fieldName: "partyFirst"
                compact: page.landscape
                documentButtonName: "partyFirstDocument"
                detailsName: "partyFirstDetails"
            }
            PartyRow {
                objectName: "partySecondRow"
                width: parent.width
                visible: page.parties.needsSecond
                party: 1
                parties: page.parties
                english: page.english
                idInput: page.parties.second
                document: page.parties.secondDocument
                name: page.parties.secondName
                label: qsTr("另一方身份证号码")
                labelOther: qsTr("另一方：%1").arg(documentName)
                field: BookingParties.SecondField
                detailsField: BookingParties.SecondDetails
                fieldName: "partySecond"
                compact: page.landscape
                documentButtonName: "partySecondDocument"
                detailsName: "partySecondDetails"
            }
            BookingField {
                objectName: "partyPhone"
                width: parent.width
                height: page.landscape ? Math.max(Theme.touchTarget, implicitContentHeight + Theme.spacing / 2)
                                       : implicitHeight
                label: qsTr("手机号码")
                value: page.parties.phoneDisplay
                active: page.phoneActive
                done: page.parties.phoneComplete
                onClicked: page.parties.active = BookingParties.PhoneField
            }
            // Said always, not only after typing: whoever books, both come with their cards.
            Text {
                objectName: "bringIdCards"
                width: parent.width
                text: page.parties.otherDocuments
                      ? (page.parties.needsSecond ? qsTr("登记当天请双方携带所持证件原件到场，工作人员当面核验。")
                                                  : qsTr("登记当天请携带所持证件原件到场，工作人员当面核验。"))
                      : (page.parties.needsSecond ? qsTr("登记当天请双方携带身份证原件到场，工作人员当面核验。")
                                                  : qsTr("登记当天请携带身份证原件到场，工作人员当面核验。"))
                wrapMode: Text.WordWrap
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                font.bold: true
                color: Theme.text
            }
            Text {
                objectName: "nameMissing"
                width: parent.width
                // Room kept while hidden: a line appearing as the first number is typed pushed the
                // keypad below it down by a line, and the next tap landed on another key.
                opacity: page.parties.nameMissing ? 1 : 0
                // A landscape page in large type has no room for it beside a foreign party's extra
                // field; there the keys stand beside the fields, so nothing moves either way.
                visible: !page.landscape || !page.parties.otherDocuments
                text: page.parties.otherDocuments ? qsTr("用键盘输入的号码不含姓名，无需补录；登记时以证件原件为准。")
                                                  : qsTr("用键盘输入的号码不含姓名，无需补录；登记时以身份证原件为准。")
                wrapMode: Text.WordWrap
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                color: Theme.textMuted
            }
        }

        // Two keypads rather than one that changes its keys: the ID numbers' has X, the phone's not.
        // The letter keyboard, the pickers and the choices take their place when the field needs them.
        Item {
            id: inputArea
            width: page.landscape ? letterPanel.implicitWidth : fields.width
            // As tall as the tallest panel, so the page keeps its height whichever shows.
            height: Math.max(idKeypad.implicitHeight, letterPanel.implicitHeight, documentChoice.implicitHeight,
                             documentDetails.implicitHeight, officeChoice.implicitHeight)
            NumericKeypad {
                id: idKeypad
                objectName: "partiesKeypad"
                anchors.horizontalCenter: parent.horizontalCenter
                visible: page.panel === "id"
                acceptText: qsTr("下一栏")
                onValueChanged: if (visible) page.parties.setTyped(value)
                onAccepted: page.advance()
            }
            NumericKeypad {
                id: phoneKeypad
                objectName: "phoneKeypad"
                anchors.horizontalCenter: parent.horizontalCenter
                visible: page.panel === "phone"
                allowX: false
                maxLength: page.parties.phoneLength
                acceptText: qsTr("下一步")
                onValueChanged: if (visible) page.parties.setTyped(value)
                onAccepted: page.advance()
            }
            DocumentLetters {
                id: letterPanel
                anchors.horizontalCenter: parent.horizontalCenter
                visible: page.panel === "letters"
                document: page.activeDocument
                english: page.english
                onValueChanged: if (visible) page.parties.setTyped(value)
                onDone: page.advance()
            }
            DocumentChoice {
                id: documentChoice
                width: parent.width
                visible: page.panel === "documents"
                parties: page.parties
                english: page.english
            }
            DocumentDetails {
                id: documentDetails
                width: parent.width
                visible: page.panel === "details"
                document: page.detailsActive ? page.activeDocument : null
                onDone: page.advance()
            }
            OfficeChoice {
                id: officeChoice
                width: parent.width
                visible: page.panel === "entitlement"
                flow: page.flow
                english: page.english
            }
            Connections {
                target: page.parties
                // The keypad continues from what the chosen field holds (a card's number: anew).
                function onChanged() {
                    const a = page.parties.active
                    const doc = a === BookingParties.FirstField ? page.parties.firstDocument
                              : a === BookingParties.SecondField ? page.parties.secondDocument : null
                    const value = page.parties.activeValue
                    if (a === BookingParties.PhoneField) {
                        if (phoneKeypad.value !== value)
                            phoneKeypad.value = value
                    } else if (doc !== null && doc.other) {
                        if (letterPanel.value !== value)
                            letterPanel.value = value
                    } else if (idKeypad.value !== value) {
                        idKeypad.value = value
                    }
                }
            }
        }
    }

    Row {
        id: buttons
        anchors.bottom: parent.bottom
        width: parent.width
        spacing: Theme.spacing
        BigButton {
            objectName: "partiesBack"
            width: (buttons.width - Theme.spacing) / 3
            text: qsTr("返回")
            tone: "neutral"
            onClicked: page.flow.back()
        }
        BigButton {
            objectName: "partiesNext"
            width: (buttons.width - Theme.spacing) * 2 / 3
            text: qsTr("下一步：核对预约")
            enabled: page.parties.complete
            onClicked: page.flow.review()
        }
    }
}
