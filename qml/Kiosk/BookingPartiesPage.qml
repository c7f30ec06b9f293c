import QtQuick
import Hall.Ui
import Hall.Kiosk.Models

// Both parties' ID numbers (a card on the reader fills the chosen person, with its name; or the
// keypad, without one: booking is real-name by the ID numbers and the office checks the cards on the
// day) and a mobile number for news about the booking. Only masked forms are shown.
Item {
    id: page

    required property BookingFlow flow
    property bool landscape: false

    readonly property BookingParties parties: flow.parties
    readonly property bool phoneActive: parties.active === BookingParties.PhoneField

    function personValue(id, name) {
        if (id.fromCard)
            return (name.length > 0 ? name + "  " : "") + id.masked
        return id.display
    }
    function advance() {
        if (page.parties.active === BookingParties.FirstField)
            page.parties.active = page.parties.needsSecond ? BookingParties.SecondField : BookingParties.PhoneField
        else if (page.parties.active === BookingParties.SecondField)
            page.parties.active = BookingParties.PhoneField
        else if (page.parties.complete)
            page.flow.review()
    }

    PageTitle {
        id: title
        width: parent.width
        text: page.parties.needsSecond ? qsTr("双方身份证和联系电话") : qsTr("身份证和联系电话")
        hint: qsTr("预约按身份证号码实名登记：点选一栏，把那一方的身份证放在读卡区，或用键盘输入号码。手机号码用于通知预约变动。")
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
            width: page.landscape ? body.width - body.spacing - idKeypad.implicitWidth : body.width
            spacing: Theme.spacing
            BookingField {
                objectName: "partyFirst"
                width: parent.width
                label: page.parties.needsSecond ? qsTr("一方身份证号码") : qsTr("身份证号码")
                value: page.personValue(page.parties.first, page.parties.firstName)
                active: page.parties.active === BookingParties.FirstField
                done: page.parties.first.complete
                onClicked: page.parties.active = BookingParties.FirstField
            }
            BookingField {
                objectName: "partySecond"
                width: parent.width
                visible: page.parties.needsSecond
                label: qsTr("另一方身份证号码")
                value: page.personValue(page.parties.second, page.parties.secondName)
                active: page.parties.active === BookingParties.SecondField
                done: page.parties.second.complete
                onClicked: page.parties.active = BookingParties.SecondField
            }
            BookingField {
                objectName: "partyPhone"
                width: parent.width
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
                text: page.parties.needsSecond
                      ? qsTr("登记当天请双方携带身份证原件到场，工作人员当面核验。")
                      : qsTr("登记当天请携带身份证原件到场，工作人员当面核验。")
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
                text: qsTr("用键盘输入的号码不含姓名，无需补录；登记时以身份证原件为准。")
                wrapMode: Text.WordWrap
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontBody
                color: Theme.textMuted
            }
        }

        // Two keypads rather than one that changes its keys: the ID numbers' has X, the phone's not.
        Item {
            width: page.landscape ? idKeypad.implicitWidth : fields.width
            height: idKeypad.implicitHeight
            NumericKeypad {
                id: idKeypad
                objectName: "partiesKeypad"
                anchors.horizontalCenter: parent.horizontalCenter
                visible: !page.phoneActive
                acceptText: qsTr("下一栏")
                onValueChanged: if (visible) page.parties.setTyped(value)
                onAccepted: page.advance()
            }
            NumericKeypad {
                id: phoneKeypad
                objectName: "phoneKeypad"
                anchors.horizontalCenter: parent.horizontalCenter
                visible: page.phoneActive
                allowX: false
                maxLength: page.parties.phoneLength
                acceptText: qsTr("下一步")
                onValueChanged: if (visible) page.parties.setTyped(value)
                onAccepted: page.advance()
            }
            Connections {
                target: page.parties
                // The keypad continues from what the chosen field holds (a card's number: anew).
                function onChanged() {
                    const pad = page.parties.active === BookingParties.PhoneField ? phoneKeypad : idKeypad
                    if (pad.value !== page.parties.activeValue)
                        pad.value = page.parties.activeValue
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
