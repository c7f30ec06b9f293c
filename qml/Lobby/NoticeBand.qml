import QtQuick
import Hall.Ui

// The public notices scrolling right to left at a reading pace, one line, end to end.
Rectangle {
    id: band

    property real unit: 1
    property string text: ""
    // Reading pace in pixels per second at 1080 lines.
    property real speed: 140
    readonly property alias running: scroll.running

    color: Theme.text
    clip: true

    Text {
        id: line
        objectName: "noticeText"
        anchors.verticalCenter: parent.verticalCenter
        x: band.width
        text: band.text
        font.family: Theme.fontFamily
        font.pixelSize: 44 * band.unit
        color: "#FFD54F"
    }

    NumberAnimation {
        id: scroll
        target: line
        property: "x"
        from: band.width
        to: -line.implicitWidth
        duration: Math.max(1000, (band.width + line.implicitWidth) / (band.speed * band.unit) * 1000)
        loops: Animation.Infinite
        running: band.visible && band.text.length > 0 && band.width > 0
    }

    onTextChanged: if (scroll.running) scroll.restart()
}
