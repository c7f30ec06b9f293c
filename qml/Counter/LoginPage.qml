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
            focus: page.visible && text.length === 0
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
            focus: page.visible && user.text.length > 0
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
