// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "deskkeys.h"

#include "countercontroller.h"
#include "keymap.h"

namespace hall {

QString DeskKeys::handle(int key, int modifiers)
{
    using Stage = CounterController::Stage;
    const bool digit =
        key >= Qt::Key_1 && key <= Qt::Key_9 && (modifiers & ~(Qt::KeypadModifier | Qt::ShiftModifier)) == 0;
    if (m_controller.stage() == Stage::ChooseWindow && digit) {
        // Windows 1–9 are chosen with their number, on the keyboard or the keypad.
        m_controller.chooseWindow(key - Qt::Key_0);
        return QStringLiteral("window:%1").arg(key - Qt::Key_0);
    }
    if (m_controller.stage() != Stage::Desk || m_controller.window() == 0) {
        return {};
    }
    RatingPad* rating = m_controller.rating();
    if (m_controller.ratingOnScreen() && rating->state() != RatingPad::State::Idle) {
        const bool asking =
            rating->state() == RatingPad::State::Asking || rating->state() == RatingPad::State::Sending;
        if (key == Qt::Key_Escape) {
            rating->dismiss();
            return QStringLiteral("skipRating");
        }
        if (asking) {
            // The resident is rating on this screen: nothing may happen behind the prompt (F1 once
            // called the next ticket there). Taken, so no other item acts on it either.
            return QStringLiteral("ratingOpen");
        }
        rating->dismiss(); // thanks on screen: the next key is staff getting on with the next ticket
    }
    const QString action = KeyMap::actionFor(key, modifiers);
    if (action.startsWith(QLatin1String("digit:"))) {
        if (m_entry.size() < 3) {
            setEntry(m_entry + action.back());
        }
    } else if (action == QLatin1String("enter")) {
        if (m_entry.isEmpty()) {
            m_controller.perform(QStringLiteral("callNext"));
        } else {
            callTyped();
        }
    } else if (action == QLatin1String("clearEntry")) {
        setEntry({});
        m_controller.actions()->clearError();
    } else if (!action.isEmpty()) {
        m_controller.perform(action);
    }
    return action;
}

void DeskKeys::callTyped()
{
    // The keypad has no letters: the digits name the waiting ticket of this window that ends with them.
    const int typed = m_entry.toInt();
    setEntry({});
    QStringList matches;
    for (const QVariantMap& row : m_controller.waiting()->rows()) {
        const QString number = row.value(QStringLiteral("number")).toString();
        if (number.mid(1).toInt() == typed) {
            matches.append(number);
        }
    }
    DeskActions* actions = m_controller.actions();
    if (matches.size() == 1) {
        m_controller.perform(QStringLiteral("call"), matches.first());
    } else if (!actions->busy()) {
        actions->fail(matches.isEmpty() ? QStringLiteral("NO_MATCH") : QStringLiteral("AMBIGUOUS"),
                      matches.join(QStringLiteral(" ")));
    }
}

void DeskKeys::setEntry(const QString& entry)
{
    if (m_entry != entry) {
        m_entry = entry;
        emit entryChanged();
    }
}

} // namespace hall
