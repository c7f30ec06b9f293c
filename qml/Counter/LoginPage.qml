// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Basic
import Hall.Ui
import Hall.Counter.Models

// Staff log in with their user name and password; Enter in either field logs in.
Item {
    id: page

    required property CounterController counter

    function submit() {
        page.counter.login(user.text, password.text)
    }

    // The first empty field takes the keys when the page shows; typing never moves them (a binding
    // on the user name's length once sent every key after the first to the password).
    function focusFirstEmpty() {
        if (user.text.length === 0)
            user.forceActiveFocus()
        else
            password.forceActiveFocus()
    }

    // Hidden, the fields let go of the keys: the desk's scope would otherwise hand them straight back
    // to the password field, and the window's number key would be typed into it.
    onVisibleChanged: {
        if (visible) {
            focusFirstEmpty()
        } else {
            user.focus = false
            password.focus = false
        }
    }

    // A field that was disabled while the login ran has lost the keys; a refused password is typed again.
    Connections {
        target: page.counter
        function onLoginChanged() {
            if (!page.visible || page.counter.loginBusy)
                return
            if (page.counter.loginError.length > 0 && user.text.length > 0) {
                password.selectAll()
                password.forceActiveFocus()
            } else {
                page.focusFirstEmpty()
            }
        }
    }
    Component.onCompleted: if (visible) focusFirstEmpty()

    Column {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.spacing, 720)
        spacing: Theme.spacing

        Text {
            width: parent.width
            text: qsTr("窗口工作人员登录")
            horizontalAlignment: Text.AlignHCenter
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.text
        }
        TextField {
            id: user
            objectName: "loginUser"
            width: parent.width
            height: Theme.touchTarget
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            placeholderText: qsTr("用户名")
            text: page.counter.defaultUser
            enabled: !page.counter.loginBusy
            onAccepted: password.forceActiveFocus()
        }
        TextField {
            id: password
            objectName: "loginPassword"
            width: parent.width
            height: Theme.touchTarget
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            placeholderText: qsTr("密码")
            echoMode: TextInput.Password
            enabled: !page.counter.loginBusy
            onAccepted: page.submit()
        }
        BigButton {
            objectName: "loginButton"
            width: parent.width
            text: qsTr("登录")
            hint: "Enter"
            busy: page.counter.loginBusy
            enabled: !page.counter.loginBusy
            onClicked: page.submit()
        }
        Text {
            objectName: "loginError"
            width: parent.width
            visible: text.length > 0
            text: page.counter.loginError
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
            font.family: Theme.fontFamily
            font.pixelSize: Theme.fontBody
            color: Theme.danger
        }
    }
}
