// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "qr/keyboardwedgescanner.h"

#include <QKeyEvent>
#include <QSignalSpy>

#include <catch2/catch.hpp>

using namespace hall;

namespace {

/// Types `text` then Enter, `gapMs` apart, starting at `startMs`; returns whether Enter was swallowed.
bool type(KeyboardWedgeScanner& w, const QString& text, quint64 startMs, quint64 gapMs)
{
    quint64 t = startMs;
    for (QChar c : text) {
        if (c.isUpper()) {
            w.feedKey(Qt::Key_Shift, QString(), t); // scanners press Shift for capitals
        }
        w.feedKey(c.toUpper().unicode(), QString(c), t);
        t += gapMs;
    }
    return w.feedKey(Qt::Key_Return, QString(), t);
}

} // namespace

TEST_CASE("wedge scanner: a fast burst ending in Enter is a scan", "[wedge]")
{
    KeyboardWedgeScanner w;
    QSignalSpy spy(&w, &KeyboardWedgeScanner::scanned);
    CHECK(type(w, QStringLiteral("HALL:A012:20261124"), 1000, 8));
    REQUIRE(spy.size() == 1);
    CHECK(spy.at(0).at(0).toString() == QStringLiteral("HALL:A012:20261124"));
}

TEST_CASE("wedge scanner: human typing is left alone", "[wedge]")
{
    KeyboardWedgeScanner w;
    QSignalSpy spy(&w, &KeyboardWedgeScanner::scanned);
    CHECK_FALSE(type(w, QStringLiteral("13800138000"), 1000, 140)); // a phone number on the keypad
    CHECK_FALSE(type(w, QStringLiteral("ab"), 5000, 5));            // too short, even if fast
    CHECK(spy.isEmpty());
}

TEST_CASE("wedge scanner: the timing rule is at most maxGap between every key", "[wedge]")
{
    KeyboardWedgeScanner w;
    w.setMaxGapMs(30);
    QSignalSpy spy(&w, &KeyboardWedgeScanner::scanned);
    CHECK(type(w, QStringLiteral("A0123"), 0, 30));
    CHECK_FALSE(type(w, QStringLiteral("A0123"), 1000, 31));
    // One slow key in the middle splits the run; the fast tail alone is long enough to count.
    quint64 t = 5000;
    for (QChar c : QStringLiteral("XY")) {
        w.feedKey(c.unicode(), QString(c), t += 10);
    }
    t += 400;
    for (QChar c : QStringLiteral("B0077")) {
        w.feedKey(c.unicode(), QString(c), t += 10);
    }
    CHECK(w.feedKey(Qt::Key_Enter, QString(), t + 10));
    REQUIRE(spy.size() == 2);
    CHECK(spy.at(1).at(0).toString() == QStringLiteral("B0077"));
}

TEST_CASE("wedge scanner: Enter after a pause is human even after fast keys", "[wedge]")
{
    KeyboardWedgeScanner w;
    QSignalSpy spy(&w, &KeyboardWedgeScanner::scanned);
    quint64 t = 0;
    for (QChar c : QStringLiteral("A0123")) {
        w.feedKey(c.unicode(), QString(c), t += 5);
    }
    CHECK_FALSE(w.feedKey(Qt::Key_Return, QString(), t + 500));
    CHECK(spy.isEmpty());
}

TEST_CASE("wedge scanner reads key event timestamps as an event filter", "[wedge]")
{
    KeyboardWedgeScanner w;
    QObject target;
    target.installEventFilter(&w);
    QSignalSpy spy(&w, &KeyboardWedgeScanner::scanned);
    bool enterSwallowed = false;
    quint64 t = 10000;
    for (QChar c : QStringLiteral("C1234")) {
        QKeyEvent key(QEvent::KeyPress, c.unicode(), Qt::NoModifier, QString(c));
        key.setTimestamp(t += 6);
        QCoreApplication::sendEvent(&target, &key);
    }
    QKeyEvent enter(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier);
    enter.setTimestamp(t + 6);
    enterSwallowed = w.eventFilter(&target, &enter);
    CHECK(enterSwallowed);
    REQUIRE(spy.size() == 1);
    CHECK(spy.at(0).at(0).toString() == QStringLiteral("C1234"));
}
