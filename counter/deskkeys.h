// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

namespace hall {

class CounterController;

/// What a key press does at the counter (the table is KeyMap's): a window's number while choosing
/// one, and at the desk the function keys and the USB numeric keypad, whose digits are collected
/// here until Enter calls the waiting ticket they name. Owned by CounterController (handleKey).
class DeskKeys : public QObject
{
    Q_OBJECT

public:
    explicit DeskKeys(CounterController& controller) : m_controller(controller) {}

    /// Acts on a key press; returns what it meant ("" when nothing, so the key is not taken).
    QString handle(int key, int modifiers);
    /// The keypad digits typed so far (at most three).
    QString entry() const { return m_entry; }
    void clear() { setEntry({}); }

signals:
    void entryChanged();

private:
    void callTyped();
    void setEntry(const QString& entry);

    CounterController& m_controller;
    QString m_entry;
};

} // namespace hall
