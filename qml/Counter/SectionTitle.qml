import QtQuick
import Hall.Ui

// A heading inside a counter page.
Text {
    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontBody
    font.bold: true
    color: Theme.text
}
