#include "keymap.h"

#include <QCoreApplication>

namespace hall {

namespace {

struct Binding
{
    const char* action;
    int functionKey; ///< Qt::Key_F1…, 0 for none
    int keypadKey;   ///< the key with Qt::KeypadModifier, 0 for none
    const char* pad; ///< how the keypad key is printed on the button
};

// One row per action. Function keys suit a full keyboard; the keypad column makes a cheap USB
// numeric keypad a hardware caller: Enter calls, + recalls, * starts, / finishes, − sets aside,
// . pauses or resumes, digits then Enter call a particular ticket.
const Binding kBindings[] = {
    {"callNext", Qt::Key_F1, Qt::Key_Enter, "Enter"}, {"recall", Qt::Key_F2, Qt::Key_Plus, "+"},
    {"start", Qt::Key_F3, Qt::Key_Asterisk, "*"},     {"finish", Qt::Key_F4, Qt::Key_Slash, "/"},
    {"setAside", Qt::Key_F5, Qt::Key_Minus, "-"},     {"transfer", Qt::Key_F6, 0, nullptr},
    {"callTicket", Qt::Key_F7, 0, nullptr},           {"requeue", Qt::Key_F8, 0, nullptr},
    {"togglePause", Qt::Key_F9, Qt::Key_Period, "."}, {"close", Qt::Key_F10, 0, nullptr},
};

} // namespace

QString KeyMap::actionFor(int key, int modifiers)
{
    const bool keypad = (modifiers & Qt::KeypadModifier) != 0;
    if (keypad && key >= Qt::Key_0 && key <= Qt::Key_9) {
        return QStringLiteral("digit:%1").arg(key - Qt::Key_0);
    }
    if (keypad && key == Qt::Key_Enter) {
        return QStringLiteral("enter");
    }
    // Some keypads send Delete for the "." key when NumLock is off.
    if (keypad && key == Qt::Key_Delete) {
        return QStringLiteral("togglePause");
    }
    if (key == Qt::Key_Backspace || key == Qt::Key_Escape) {
        return QStringLiteral("clearEntry");
    }
    const int plain = modifiers & ~(Qt::KeypadModifier | Qt::ShiftModifier);
    for (const Binding& b : kBindings) {
        if (plain == 0 && key == b.functionKey) {
            return QString::fromLatin1(b.action);
        }
        if (keypad && b.keypadKey != 0 && key == b.keypadKey) {
            return QString::fromLatin1(b.action);
        }
    }
    return {};
}

QString KeyMap::hint(const QString& action)
{
    for (const Binding& b : kBindings) {
        if (action == QLatin1String(b.action)) {
            const QString f = QStringLiteral("F%1").arg(b.functionKey - Qt::Key_F1 + 1);
            return b.pad == nullptr ? f
                                    : QCoreApplication::translate("hall::KeyMap", "%1 / 小键盘 %2")
                                          .arg(f, QString::fromLatin1(b.pad));
        }
    }
    return {};
}

} // namespace hall
