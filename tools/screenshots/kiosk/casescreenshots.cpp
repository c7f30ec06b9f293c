// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "casescreenshots.h"

#include "caselookupflow.h"
#include "kioskapp.h"
#include "kioskscenes.h"
#include "kioskshell.h"
#include "touchscript.h"

#include <QElapsedTimer>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTextStream>

namespace hall {

namespace {

struct CaseShooter
{
    KioskApp& app;
    QString dir;
    QString run;
    int failures = 0;

    SceneShooter scenes{app.window(), dir, QStringLiteral("kiosk-cases-%1-") + run + QStringLiteral(".png"),
                        kioskVariants(app.controller())};
    void shoot(const QString& scene) { scenes.shoot(scene); }
    void tap(const QString& name)
    {
        if (!TouchScript(app.window()).tapWhenReady(name, 5000)) {
            QTextStream(stdout) << "cannot tap " << name << "\n";
            ++failures;
        }
    }
    void type(const QString& digits)
    {
        for (const QChar c : digits) {
            tap(QStringLiteral("key_") + c);
        }
    }
    void lookup(const QString& id, bool byNumber, const QString& second)
    {
        CaseLookupFlow* flow = app.cases();
        type(id);
        tap(QStringLiteral("key_accept"));
        tap(byNumber ? QStringLiteral("caseByNumber") : QStringLiteral("caseByPhone"));
        type(second);
        tap(QStringLiteral("caseSubmit"));
        TouchScript::waitUntil([&] { return flow->step() != CaseLookupFlow::Step::Enter && !flow->isBusy(); },
                               10000);
    }
};

} // namespace

int shootCaseScenes(KioskApp& app, const QString& dir, const QString& run, const QString& idNumber,
                    const QString& phone)
{
    CaseShooter s{app, dir, run};
    KioskShell* kiosk = app.controller();
    kiosk->reset();
    s.tap(QStringLiteral("statusEntry"));
    s.type(idNumber);
    s.tap(QStringLiteral("key_accept"));
    s.type(phone.left(7));
    s.shoot(QStringLiteral("lookup"));
    s.type(phone.mid(7));
    s.tap(QStringLiteral("caseSubmit"));
    TouchScript::waitUntil([&] { return app.cases()->step() != CaseLookupFlow::Step::Enter; }, 10000);
    s.shoot(QStringLiteral("timeline"));
    if (QQuickItem* list = TouchScript(app.window()).find(QStringLiteral("caseList"))) {
        list->setProperty("contentY", list->property("contentHeight").toReal() - list->height());
        s.shoot(QStringLiteral("timeline-more"));
    }
    s.tap(QStringLiteral("caseAgain"));
    s.tap(QStringLiteral("caseIdField"));
    s.tap(QStringLiteral("key_clear"));
    s.lookup(QStringLiteral("110105197008150025"), true, QStringLiteral("2026020001"));
    s.shoot(QStringLiteral("returned"));
    // 救灾: the timeline of a relief case waiting for the recipient to sign for the aid (签名发放).
    s.tap(QStringLiteral("caseAgain"));
    s.tap(QStringLiteral("caseIdField"));
    s.tap(QStringLiteral("key_clear"));
    s.lookup(QStringLiteral("110105196203180022"), true, QStringLiteral("2026090001"));
    s.shoot(QStringLiteral("relief"));
    // 低保年审: a review decided 调整, paid on.
    s.tap(QStringLiteral("caseAgain"));
    s.tap(QStringLiteral("caseIdField"));
    s.tap(QStringLiteral("key_clear"));
    s.lookup(QStringLiteral("110105195809110016"), true, QStringLiteral("2026100001"));
    s.shoot(QStringLiteral("review"));
    s.tap(QStringLiteral("caseAgain"));
    s.tap(QStringLiteral("caseIdField"));
    s.tap(QStringLiteral("key_clear"));
    s.lookup(idNumber, false, QStringLiteral("13900000000"));
    s.shoot(QStringLiteral("nomatch"));
    kiosk->setEnglish(true);
    s.tap(QStringLiteral("caseTryAgain"));
    s.tap(QStringLiteral("caseIdField"));
    s.tap(QStringLiteral("key_clear"));
    s.lookup(QStringLiteral("110105198001200039"), false, QStringLiteral("13700001111"));
    s.shoot(QStringLiteral("english-refused"));
    kiosk->setEnglish(false);
    kiosk->reset();
    return s.failures + s.scenes.failures();
}

} // namespace hall
