// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import Hall.Ui
import Hall.Counter.Models

// 办件: find a case by number or ID number, accept a new application (受理), and act on the selected
// case: pass its current step, return it for documents, record that they arrived, refuse with a
// reason, record a withdrawal, add a note. Keyboard first (Tab between fields, Enter sends).
Item {
    id: page

    required property CounterController counter

    CaseWorkbench {
        id: bench
        controller: page.counter
    }

    // Which buttons apply to the selected case: decided in C++ from its status and step (CaseOffers).
    readonly property CaseOffers offers: bench.offers
    readonly property bool hasCase: offers.hasCase
    readonly property bool open: offers.open
    readonly property bool inProgress: offers.inProgress
    readonly property bool jointStep: offers.jointStep
    readonly property bool noticeStep: offers.noticeStep
    // An approval with named decisions (低保年审: 新增 / 调整 / 停保): one button per decision.
    readonly property RowModel outcomes: offers.outcomes
    // 签名发放: passing the step records that the recipient signed.
    readonly property bool receiptStep: offers.receiptStep
    readonly property bool objected: offers.objected

    component Field: TextField {
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontBody
        implicitHeight: Theme.touchTarget
    }
    component Label: Text {
        font.family: Theme.fontFamily
        font.pixelSize: Theme.fontSmall
        color: Theme.textMuted
    }

    Column {
        id: left
        width: Math.min(parent.width * 0.42, 720)
        spacing: Theme.spacing / 2

        SectionTitle { text: qsTr("查找办件") }
        Row {
            spacing: Theme.spacing / 2
            Field {
                id: search
                objectName: "caseSearch"
                width: left.width - findButton.width - Theme.spacing / 2
                placeholderText: qsTr("办件编号或身份证号码")
                onAccepted: bench.find(text)
            }
            BigButton {
                id: findButton
                objectName: "caseFind"
                text: qsTr("查找")
                onClicked: bench.find(search.text)
            }
        }
        ListView {
            id: foundList
            objectName: "caseFound"
            width: left.width
            height: Math.min(contentHeight, Theme.touchTarget * 3)
            clip: true
            model: bench.found
            delegate: Rectangle {
                id: row
                required property string number
                required property string label
                required property int index
                width: foundList.width
                height: Theme.touchTarget
                color: bench.selectedNumber === row.number ? Theme.selected : Theme.surface
                border.color: Theme.border
                Text {
                    anchors.verticalCenter: parent.verticalCenter
                    x: Theme.spacing / 2
                    text: row.label
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.fontBody
                    color: Theme.text
                }
                MouseArea {
                    anchors.fill: parent
                    onClicked: bench.select(row.index)
                }
            }
        }

        SectionTitle { text: qsTr("受理新申请") }
        Label { text: qsTr("办件类型") }
        ComboBox {
            id: typeBox
            objectName: "caseType"
            width: left.width
            implicitHeight: Theme.touchTarget
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            model: bench.permittedTypes
            textRole: "nameZh"
            valueRole: "type"
        }
        Label { text: qsTr("承办机构") }
        ComboBox {
            id: officeBox
            objectName: "caseOffice"
            width: left.width
            implicitHeight: Theme.touchTarget
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            model: bench.offices
            textRole: "nameZh"
            valueRole: "id"
        }
        Row {
            spacing: Theme.spacing / 2
            Field { id: nameField; objectName: "caseName"; width: left.width * 0.42; placeholderText: qsTr("申请人姓名") }
            // Shown while typed (staff read it off the card), hidden once the field is left: the
            // screen faces the hall, and nothing personal stays on it in full.
            Field {
                id: idField
                objectName: "caseIdNumber"
                width: left.width * 0.58 - Theme.spacing / 2
                placeholderText: qsTr("身份证号码")
                echoMode: TextInput.PasswordEchoOnEdit
            }
        }
        Row {
            spacing: Theme.spacing / 2
            Field {
                id: phoneField
                objectName: "casePhone"
                width: left.width * 0.6
                placeholderText: qsTr("手机号码")
                echoMode: TextInput.PasswordEchoOnEdit
            }
            Field {
                id: householdField
                objectName: "caseHousehold"
                width: left.width * 0.4 - Theme.spacing / 2
                placeholderText: qsTr("家庭人口")
                validator: IntValidator { bottom: 1; top: 30 }
            }
        }
        BigButton {
            objectName: "caseAccept"
            width: left.width
            text: qsTr("受理")
            busy: bench.actions.busyAction === "caseAccept"
            enabled: typeBox.currentIndex >= 0 && officeBox.currentIndex >= 0 && nameField.text.length > 0
                     && idField.text.length > 0 && phoneField.text.length > 0
            onClicked: {
                if (bench.accept(typeBox.currentValue, officeBox.currentValue, nameField.text, idField.text,
                                 phoneField.text, parseInt(householdField.text) || 1, "")) {
                    nameField.text = ""
                    idField.text = ""
                    phoneField.text = ""
                    householdField.text = ""
                }
            }
        }
    }

    Column {
        id: right
        anchors.left: left.right
        anchors.leftMargin: Theme.spacing * 2
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        spacing: Theme.spacing / 2

        Text {
            objectName: "caseError"
            visible: text.length > 0
            width: right.width
            wrapMode: Text.WordWrap
            text: bench.actions.error + (bench.actions.errorDetail.length > 0 ? "（" + bench.actions.errorDetail + "）" : "")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            color: Theme.danger
        }
        Text {
            objectName: "caseMessage"
            visible: text.length > 0 && bench.actions.error.length === 0
            text: bench.message
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            color: Theme.success
        }
        Text {
            visible: !page.hasCase
            text: qsTr("查找或受理一件办件后在此办理")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            color: Theme.textMuted
        }
        Text {
            objectName: "caseTitle"
            visible: page.hasCase
            width: right.width
            wrapMode: Text.WordWrap
            text: bench.title
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            font.bold: true
            color: Theme.text
        }
        Text {
            objectName: "caseState"
            visible: page.hasCase
            width: right.width
            wrapMode: Text.WordWrap
            text: bench.stateLine
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            color: bench.overdue ? Theme.danger : Theme.text
        }
        Flow {
            width: right.width
            spacing: Theme.spacing / 3
            visible: page.hasCase
            Repeater {
                model: bench.steps
                Rectangle {
                    id: chip
                    required property string label
                    // Theme colour roles, chosen in C++ from the step's state (casewords::stepRows).
                    required property string fill
                    required property string edge
                    width: chipText.implicitWidth + Theme.spacing
                    height: chipText.implicitHeight + Theme.spacing / 2
                    radius: height / 2
                    color: Theme[chip.fill]
                    border.color: Theme[chip.edge]
                    Text {
                        id: chipText
                        anchors.centerIn: parent
                        text: chip.label
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.fontSmall
                        color: Theme.text
                    }
                }
            }
        }
        Text {
            objectName: "caseObjection"
            visible: page.objected
            width: right.width
            wrapMode: Text.WordWrap
            text: bench.objectionText
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontSmall
            color: Theme.warning
        }
        Field {
            id: noteField
            objectName: "caseNoteField"
            visible: page.hasCase
            width: right.width
            placeholderText: qsTr("备注 / 需补充的材料 / 不予批准的理由 / 异议内容")
        }
        Field {
            id: secondStaffField
            objectName: "caseSecondStaff"
            visible: page.jointStep
            width: right.width
            placeholderText: qsTr("共同入户调查的另一名工作人员账号（共同签字）")
            onAccepted: if (text.length > 0) bench.advance(noteField.text, text)
        }
        CheckBox {
            id: recipientSigned
            objectName: "caseRecipientSigned"
            visible: page.receiptStep
            text: qsTr("领取人已当面签名")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
        }
        Flow {
            width: right.width
            spacing: Theme.spacing / 2
            visible: page.hasCase
            BigButton {
                objectName: "caseAdvance"
                visible: page.outcomes.count === 0
                text: qsTr("通过本步")
                enabled: page.inProgress && (!page.jointStep || secondStaffField.text.length > 0)
                         && (!page.receiptStep || recipientSigned.checked)
                busy: bench.actions.busyAction === "caseAdvance"
                onClicked: bench.advance(noteField.text, page.jointStep ? secondStaffField.text : "", "",
                                         page.receiptStep && recipientSigned.checked)
            }
            Repeater {
                model: page.outcomes
                BigButton {
                    required property string outcome
                    required property string name
                    objectName: "caseOutcome_" + outcome
                    text: qsTr("审批：%1").arg(name)
                    enabled: page.inProgress
                    busy: bench.actions.busyAction === "caseAdvance"
                    onClicked: bench.advance(noteField.text, "", outcome, false)
                }
            }
            BigButton {
                objectName: "caseRecordObjection"
                visible: page.noticeStep
                text: qsTr("登记公示异议")
                tone: "neutral"
                enabled: page.noticeStep && noteField.text.length > 0
                busy: bench.actions.busyAction === "caseObjection"
                onClicked: bench.recordObjection(noteField.text)
            }
            BigButton {
                objectName: "caseObjectionUpheld"
                visible: page.objected
                text: qsTr("异议成立")
                tone: "neutral"
                enabled: noteField.text.length > 0
                onClicked: bench.resolveObjection(true, noteField.text)
            }
            BigButton {
                objectName: "caseObjectionDismissed"
                visible: page.objected
                text: qsTr("异议不成立")
                tone: "neutral"
                enabled: noteField.text.length > 0
                onClicked: bench.resolveObjection(false, noteField.text)
            }
            BigButton {
                objectName: "caseReturn"
                text: qsTr("退回补充材料")
                tone: "neutral"
                enabled: page.inProgress && noteField.text.length > 0
                onClicked: bench.returnForDocuments(noteField.text)
            }
            BigButton {
                objectName: "caseDocuments"
                text: qsTr("材料已收齐")
                tone: "neutral"
                enabled: page.offers.documents
                onClicked: bench.documentsReceived(noteField.text)
            }
            BigButton {
                objectName: "caseRefuse"
                text: qsTr("不予批准")
                tone: "neutral"
                enabled: page.open && noteField.text.length > 0
                onClicked: bench.refuse(noteField.text)
            }
            BigButton {
                objectName: "caseWithdraw"
                text: qsTr("申请人撤回")
                tone: "neutral"
                enabled: page.open
                onClicked: bench.withdraw(noteField.text)
            }
            BigButton {
                objectName: "caseNote"
                text: qsTr("记备注")
                tone: "neutral"
                enabled: page.hasCase && noteField.text.length > 0
                onClicked: bench.addNote(noteField.text)
            }
        }
        SectionTitle { visible: page.hasCase; text: qsTr("办理记录（谁办理谁负责）") }
        ListView {
            id: history
            objectName: "caseHistory"
            visible: page.hasCase
            width: right.width
            height: Math.max(0, right.height - y)
            clip: true
            model: bench.history
            delegate: Text {
                id: entry
                required property string line
                width: history.width
                wrapMode: Text.WordWrap
                text: entry.line
                font.family: Theme.fontFamily
                font.pixelSize: Theme.fontSmall
                color: Theme.text
            }
        }
    }

    Connections {
        target: bench
        function onSelectedChanged() {
            noteField.text = ""
            recipientSigned.checked = false
        }
    }
}
