// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "countercontroller.h"

#include "deskcommand.h"
#include "errortext.h"

#include <QCoreApplication>
#include <QLoggingCategory>

namespace hall {

namespace {

Q_LOGGING_CATEGORY(lcCounter, "hall.counter")

CounterSession::Options sessionOptions(const CounterController::Options& o)
{
    CounterSession::Options s;
    s.url = o.url;
    s.caFile = o.caFile;
    s.device = o.device;
    s.token = o.token;
    s.role = o.role;
    s.backoffMaxMs = o.backoffMaxMs;
    s.requestTimeoutMs = o.requestTimeoutMs;
    s.offlineAfterMs = o.offlineAfterMs;
    s.overviewDebounceMs = o.overviewDebounceMs;
    return s;
}

} // namespace

CounterController::CounterController(Options options, QObject* parent)
    : QObject(parent), m_options(std::move(options)), m_session(sessionOptions(m_options))
{
    m_rating.setTimings(m_options.ratingAskMs, m_options.ratingShowMs);
    connect(&m_keys, &DeskKeys::entryChanged, this, &CounterController::keypadEntryChanged);
    connect(&m_session, &CounterSession::clientChanged, this, [this] {
        m_actions.setClient(m_session.client());
        m_rating.setClient(m_session.client());
        emit clientChanged();
    });
    connect(&m_session, &CounterSession::connectionChanged, this, &CounterController::connectionChanged);
    connect(&m_session, &CounterSession::loginChanged, this, &CounterController::loginChanged);
    connect(&m_session, &CounterSession::ready, this, [this] {
        if (m_stage == Stage::Login) {
            setStage(Stage::ChooseWindow);
        }
    });
    connect(&m_session, &CounterSession::refused, this,
            [this] { setStage(supervisor() ? Stage::ChooseWindow : Stage::Login); });
    connect(&m_session, &CounterSession::overviewChanged, this, [this] {
        emit overviewChanged();
        rebuild();
    });
    connect(&m_session, &CounterSession::changed, this, &CounterController::rebuild);
    connect(&m_actions, &DeskActions::succeeded, this, [this](const QString& action, const QJsonObject& r) {
        if (action == QLatin1String("finish")) {
            m_rating.ask(
                r.value(QLatin1String("ticket")).toObject().value(QLatin1String("number")).toString());
        } else if (action == QLatin1String("close") && m_stage == Stage::Desk) {
            leaveWindow();
        }
    });
}

CounterController::~CounterController() = default;

void CounterController::start()
{
    if (supervisor()) {
        m_session.connectAs({}, {});
    }
}

void CounterController::login(const QString& user, const QString& password)
{
    if (m_session.loginBusy() || supervisor()) {
        return;
    }
    if (user.trimmed().isEmpty() || password.isEmpty()) {
        m_session.failLogin(tr("请输入用户名和密码"));
        return;
    }
    m_session.connectAs(user.trimmed(), password);
}

void CounterController::logout()
{
    m_session.disconnectNow();
    m_window = 0;
    m_rating.dismiss();
    m_keys.clear();
    m_actions.clearError();
    m_session.resetLogin();
    emit windowChanged();
    setStage(supervisor() ? Stage::ChooseWindow : Stage::Login);
    if (supervisor()) {
        m_session.connectAs({}, {});
    }
    rebuild();
}

void CounterController::setStage(Stage stage)
{
    if (m_stage != stage) {
        m_stage = stage;
        emit stageChanged();
    }
}

QString CounterController::staffName() const
{
    const QJsonObject staff = overview().value(QLatin1String("staff")).toObject();
    const QString name = staff.value(QLatin1String("name")).toString();
    return name.isEmpty() ? staff.value(QLatin1String("user")).toString() : name;
}

QString CounterController::centreName() const
{
    if (client() == nullptr) {
        return {};
    }
    const QJsonObject centre = client()->snapshot().value(QLatin1String("centre")).toObject();
    const QString en = centre.value(QLatin1String("nameEn")).toString();
    return m_english && !en.isEmpty() ? en : centre.value(QLatin1String("nameZh")).toString();
}

void CounterController::chooseWindow(int number)
{
    if (m_stage != Stage::ChooseWindow || client() == nullptr) {
        return;
    }
    if (number == 0) {
        if (supervisor()) {
            setWindow(0);
            setStage(Stage::Desk);
        }
        return;
    }
    const int row = windows()->find(QStringLiteral("number"), number);
    const QVariantMap chosen = windows()->get(row);
    const QString me =
        overview().value(QLatin1String("staff")).toObject().value(QLatin1String("user")).toString();
    if (row >= 0 && !chosen.value(QStringLiteral("closed")).toBool() &&
        (me.isEmpty() || chosen.value(QStringLiteral("staff")).toString() == me)) {
        setWindow(number); // already open and ours (this staff member came back)
        setStage(Stage::Desk);
        return;
    }
    // A closed window is opened; an open one a colleague worked is taken over as it is, so the
    // hall view and the day's figures name the one serving now.
    m_actions.run(QStringLiteral("open"), QStringLiteral("counter.open"),
                  {{QStringLiteral("counter"), number}}, [this, number](bool ok, const QJsonObject&) {
                      // Opened, or open already (chosen before this screen knew the windows' states).
                      const bool alreadyOpen = m_actions.errorCode() == QLatin1String("INVALID_TRANSITION");
                      if ((ok || alreadyOpen) && m_stage == Stage::ChooseWindow) {
                          m_actions.clearError();
                          setWindow(number);
                          setStage(Stage::Desk);
                      }
                  });
}

void CounterController::leaveWindow()
{
    if (m_stage != Stage::Desk) {
        return;
    }
    setWindow(0);
    setStage(Stage::ChooseWindow);
}

void CounterController::setWindow(int window)
{
    m_window = window;
    m_rating.setWindow(window);
    m_rating.dismiss();
    m_keys.clear();
    emit windowChanged();
    rebuild();
}

bool CounterController::perform(const QString& action, const QString& argument)
{
    if (m_stage != Stage::Desk || m_window == 0) {
        return false;
    }
    if (deskcommand::opensDialog(action, argument)) {
        emit dialogRequested(action);
        return true;
    }
    const auto request = deskcommand::requestFor(action, argument, m_window, windowStatus());
    if (!request) {
        qCWarning(lcCounter) << "unknown action" << action;
        return false;
    }
    return m_actions.run(request->action, request->op, request->args);
}

QString CounterController::handleKey(int key, int modifiers)
{
    return m_keys.handle(key, modifiers);
}

void CounterController::rebuild()
{
    const QJsonObject snapshot = client() == nullptr ? QJsonObject() : client()->snapshot();
    m_models.rebuild(snapshot, overview(), m_window, hallNow(), m_english);
    emit hallChanged();
    emit rebuilt();
}

QString CounterController::windowStateText() const
{
    return counterview::windowStateText(windowStatus(), m_models.ticket.state(), m_models.ticket.number());
}

QVariantMap CounterController::hints() const
{
    QVariantMap map;
    for (const char* action : {"callNext", "recall", "start", "finish", "setAside", "transfer", "callTicket",
                               "requeue", "togglePause", "close"}) {
        map.insert(QLatin1String(action), KeyMap::hint(QLatin1String(action)));
    }
    return map;
}

QVariantMap CounterController::offered() const
{
    QVariantMap map;
    for (const QString& action : available()) {
        map.insert(action, true);
    }
    return map;
}

void CounterController::setEnglish(bool english)
{
    if (m_english == english) {
        return;
    }
    m_english = english;
    installTranslator();
    rebuild();
    emit englishChanged();
}

void CounterController::installTranslator()
{
    QCoreApplication::removeTranslator(&m_translator);
    ErrorText::setEnglish(m_english);
    if (m_english) {
        if (m_translator.isEmpty() && !m_translator.load(QStringLiteral(":/i18n/hall_counter_en.qm"))) {
            qCWarning(lcCounter) << "English translation missing; the counter stays in Chinese";
        }
        QCoreApplication::installTranslator(&m_translator);
    }
    if (m_engine != nullptr) {
        m_engine->retranslate();
    }
}

} // namespace hall
