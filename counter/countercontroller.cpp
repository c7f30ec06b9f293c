#include "countercontroller.h"

#include "client/serviceclient.h"
#include "counterview.h"
#include "errortext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QRegularExpression>

namespace hall {

namespace {

Q_LOGGING_CATEGORY(lcCounter, "hall.counter")

const QStringList kTicketRoles{QStringLiteral("number"),       QStringLiteral("serviceId"),
                               QStringLiteral("service"),      QStringLiteral("priority"),
                               QStringLiteral("priorityText"), QStringLiteral("waitedMinutes"),
                               QStringLiteral("assigned"),     QStringLiteral("appointment"),
                               QStringLiteral("idRef"),        QStringLiteral("requeues")};
const QStringList kServiceRoles{QStringLiteral("serviceId"),    QStringLiteral("prefix"),
                                QStringLiteral("name"),         QStringLiteral("weight"),
                                QStringLiteral("waiting"),      QStringLiteral("waitMinutes"),
                                QStringLiteral("openCounters"), QStringLiteral("oldestWaitMinutes"),
                                QStringLiteral("issued"),       QStringLiteral("finished"),
                                QStringLiteral("setAside")};
const QStringList kWindowRoles{
    QStringLiteral("number"),          QStringLiteral("name"),       QStringLiteral("status"),
    QStringLiteral("statusText"),      QStringLiteral("staff"),      QStringLiteral("ticket"),
    QStringLiteral("ticketState"),     QStringLiteral("mayOperate"), QStringLiteral("finished"),
    QStringLiteral("assignedWaiting"), QStringLiteral("services")};
const QStringList kAlertRoles{QStringLiteral("device"), QStringLiteral("kind"), QStringLiteral("status"),
                              QStringLiteral("text"), QStringLiteral("severe")};

// Events after which today's counts (hall.overview) are worth fetching again.
bool changesCounts(const QString& kind)
{
    return kind == QLatin1String("ticket.issued") || kind == QLatin1String("ticket.finished") ||
           kind == QLatin1String("ticket.setAside") || kind == QLatin1String("ticket.cancelled") ||
           kind == QLatin1String("ticket.rated") || kind == QLatin1String("counter.changed") ||
           kind == QLatin1String("day.rolledOver");
}

} // namespace

CounterController::CounterController(Options options, QObject* parent)
    : QObject(parent), m_options(std::move(options)), m_waiting(kTicketRoles), m_setAside(kTicketRoles),
      m_windowServices(kServiceRoles), m_services(kServiceRoles), m_windows(kWindowRoles),
      m_alerts(kAlertRoles)
{
    m_rating.setTimings(m_options.ratingAskMs, m_options.ratingShowMs);
    m_overviewTimer.setSingleShot(true);
    m_overviewTimer.setInterval(m_options.overviewDebounceMs);
    connect(&m_overviewTimer, &QTimer::timeout, this, &CounterController::refreshOverview);
    // Waited minutes grow while nothing happens.
    m_minuteTimer.setInterval(20000);
    connect(&m_minuteTimer, &QTimer::timeout, this, &CounterController::rebuild);
    m_offlineTimer.setSingleShot(true);
    m_offlineTimer.setInterval(m_options.offlineAfterMs);
    connect(&m_offlineTimer, &QTimer::timeout, this, [this] {
        m_offline = true;
        emit connectionChanged();
    });
    connect(&m_actions, &DeskActions::succeeded, this, [this](const QString& action, const QJsonObject& r) {
        if (action == QLatin1String("finish")) {
            m_rating.ask(
                r.value(QLatin1String("ticket")).toObject().value(QLatin1String("number")).toString());
        } else if (action == QLatin1String("close") && m_stage == Stage::Desk) {
            leaveWindow();
        }
    });
}

CounterController::~CounterController()
{
    // The client's callbacks refer to the models; it goes first.
    delete m_client.data();
}

void CounterController::start()
{
    if (supervisor()) {
        connectClient({}, {});
    }
}

QDateTime CounterController::hallNow() const
{
    return QDateTime::currentDateTimeUtc().addMSecs(m_clockOffsetMs);
}

void CounterController::login(const QString& user, const QString& password)
{
    if (m_loginBusy || supervisor()) {
        return;
    }
    if (user.trimmed().isEmpty() || password.isEmpty()) {
        m_loginError = tr("请输入用户名和密码");
        emit loginChanged();
        return;
    }
    m_loginError.clear();
    m_loginBusy = true;
    emit loginChanged();
    connectClient(user.trimmed(), password);
}

void CounterController::connectClient(const QString& user, const QString& password)
{
    dropClient();
    ServiceClient::Options o;
    o.url = m_options.url;
    o.role = m_options.role;
    o.device = m_options.device;
    o.token = m_options.token;
    o.staffUser = user;
    o.staffPassword = password;
    o.backoffMaxMs = m_options.backoffMaxMs;
    o.requestTimeoutMs = m_options.requestTimeoutMs;
    m_client = new ServiceClient(o, this);
    m_actions.setClient(m_client);
    m_rating.setClient(m_client);
    connect(m_client, &ServiceClient::stateChanged, this, [this](ServiceClient::State s) {
        if (s == ServiceClient::State::Ready) {
            m_offlineTimer.stop();
            m_offline = false;
        } else if (s == ServiceClient::State::Reconnecting && !m_offlineTimer.isActive() && !m_offline) {
            m_offlineTimer.start();
        }
        emit connectionChanged();
    });
    connect(m_client, &ServiceClient::ready, this, [this] {
        if (m_loginBusy) {
            m_loginBusy = false;
            emit loginChanged();
        }
        if (m_stage == Stage::Login) {
            setStage(Stage::ChooseWindow);
        }
        refreshOverview();
    });
    connect(m_client, &ServiceClient::refused, this, [this](const QString& code, const QString& message) {
        qCInfo(lcCounter) << "refused:" << code << message;
        m_loginBusy = false;
        m_loginError = ErrorText::forCode(code);
        emit loginChanged();
        dropClient();
        setStage(supervisor() ? Stage::ChooseWindow : Stage::Login);
    });
    connect(m_client, &ServiceClient::snapshotChanged, this, &CounterController::rebuild);
    connect(m_client, &ServiceClient::resynced, this, &CounterController::refreshOverview);
    connect(m_client, &ServiceClient::eventReceived, this, [this](const QString& kind) { onEvent(kind); });
    emit clientChanged();
    emit connectionChanged();
    m_client->start();
    m_minuteTimer.start();
}

void CounterController::dropClient()
{
    if (m_client.isNull()) {
        return;
    }
    ServiceClient* old = m_client;
    m_client = nullptr;
    m_actions.setClient(nullptr);
    m_rating.setClient(nullptr);
    old->disconnect(this);
    old->stop();
    old->deleteLater(); // may be inside one of its own signals
    m_overview = {};
    m_minuteTimer.stop();
    emit clientChanged();
    emit connectionChanged();
}

void CounterController::logout()
{
    dropClient();
    m_window = 0;
    m_rating.dismiss();
    setKeypadEntry({});
    m_actions.clearError();
    m_loginBusy = false;
    emit loginChanged();
    emit windowChanged();
    setStage(supervisor() ? Stage::ChooseWindow : Stage::Login);
    if (supervisor()) {
        connectClient({}, {});
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

QString CounterController::connection() const
{
    if (m_client.isNull()) {
        return QStringLiteral("idle");
    }
    switch (m_client->state()) {
    case ServiceClient::State::Ready:
        return QStringLiteral("connected");
    case ServiceClient::State::Disconnected:
        return QStringLiteral("offline");
    case ServiceClient::State::Reconnecting:
        return m_offline ? QStringLiteral("offline") : QStringLiteral("reconnecting");
    default:
        return m_offline ? QStringLiteral("offline") : QStringLiteral("connecting");
    }
}

QString CounterController::staffName() const
{
    const QJsonObject staff = m_overview.value(QLatin1String("staff")).toObject();
    const QString name = staff.value(QLatin1String("name")).toString();
    return name.isEmpty() ? staff.value(QLatin1String("user")).toString() : name;
}

QString CounterController::centreName() const
{
    if (m_client.isNull()) {
        return {};
    }
    const QJsonObject centre = m_client->snapshot().value(QLatin1String("centre")).toObject();
    const QString en = centre.value(QLatin1String("nameEn")).toString();
    return m_english && !en.isEmpty() ? en : centre.value(QLatin1String("nameZh")).toString();
}

void CounterController::chooseWindow(int number)
{
    if (m_stage != Stage::ChooseWindow || m_client.isNull()) {
        return;
    }
    if (number == 0) {
        if (supervisor()) {
            enterDesk(0);
        }
        return;
    }
    const int row = m_windows.find(QStringLiteral("number"), number);
    const QString status = m_windows.get(row).value(QStringLiteral("status")).toString();
    if (row >= 0 && status != QLatin1String("closed")) {
        enterDesk(number); // already open (this staff member came back, or a colleague hands over)
        return;
    }
    m_actions.run(QStringLiteral("open"), QStringLiteral("counter.open"),
                  {{QStringLiteral("counter"), number}}, [this, number](bool ok, const QJsonObject&) {
                      // Opened, or open already (chosen before this screen knew the windows' states).
                      const bool alreadyOpen = m_actions.errorCode() == QLatin1String("INVALID_TRANSITION");
                      if ((ok || alreadyOpen) && m_stage == Stage::ChooseWindow) {
                          m_actions.clearError();
                          enterDesk(number);
                      }
                  });
}

void CounterController::enterDesk(int window)
{
    m_window = window;
    m_rating.setWindow(window);
    m_rating.dismiss();
    setKeypadEntry({});
    emit windowChanged();
    rebuild();
    setStage(Stage::Desk);
}

void CounterController::leaveWindow()
{
    if (m_stage != Stage::Desk) {
        return;
    }
    m_window = 0;
    m_rating.dismiss();
    setKeypadEntry({});
    emit windowChanged();
    rebuild();
    setStage(Stage::ChooseWindow);
}

bool CounterController::sendCounterOp(const QString& action, const QString& op, QJsonObject args)
{
    if (m_window == 0) {
        return false;
    }
    args.insert(QStringLiteral("counter"), m_window);
    return m_actions.run(action, op, std::move(args));
}

QString CounterController::typedNumber(const QString& typed)
{
    // Staff type "a12" for A012: upper case, and the digits padded to the ticket's three.
    static const QRegularExpression number(QStringLiteral("^([A-Za-z])\\s*0*(\\d{1,3})$"));
    const QRegularExpressionMatch m = number.match(typed.trimmed());
    if (!m.hasMatch()) {
        return typed.trimmed().toUpper();
    }
    return m.captured(1).toUpper() + QStringLiteral("%1").arg(m.captured(2).toInt(), 3, 10, QLatin1Char('0'));
}

bool CounterController::perform(const QString& action, const QString& argument)
{
    if (m_stage != Stage::Desk || m_window == 0) {
        return false;
    }
    static const QStringList dialogs{QStringLiteral("transfer"), QStringLiteral("callTicket"),
                                     QStringLiteral("requeue")};
    if (dialogs.contains(action) && argument.isEmpty()) {
        emit dialogRequested(action);
        return true;
    }
    static const QHash<QString, QString> simple{
        {QStringLiteral("callNext"), QStringLiteral("counter.callNext")},
        {QStringLiteral("recall"), QStringLiteral("counter.recall")},
        {QStringLiteral("start"), QStringLiteral("counter.start")},
        {QStringLiteral("finish"), QStringLiteral("counter.finish")},
        {QStringLiteral("setAside"), QStringLiteral("counter.setAside")},
        {QStringLiteral("pause"), QStringLiteral("counter.pause")},
        {QStringLiteral("resume"), QStringLiteral("counter.resume")},
        {QStringLiteral("open"), QStringLiteral("counter.open")},
        {QStringLiteral("close"), QStringLiteral("counter.close")},
    };
    if (const auto it = simple.constFind(action); it != simple.cend()) {
        return sendCounterOp(action, *it);
    }
    if (action == QLatin1String("togglePause")) {
        return m_windowStatus == QLatin1String("paused")
                   ? sendCounterOp(QStringLiteral("resume"), QStringLiteral("counter.resume"))
                   : sendCounterOp(QStringLiteral("pause"), QStringLiteral("counter.pause"));
    }
    if (action == QLatin1String("call") || action == QLatin1String("callTicket")) {
        return sendCounterOp(QStringLiteral("call"), QStringLiteral("counter.call"),
                             {{QStringLiteral("ticket"), typedNumber(argument)}});
    }
    if (action == QLatin1String("requeue")) {
        return sendCounterOp(action, QStringLiteral("counter.requeue"),
                             {{QStringLiteral("ticket"), typedNumber(argument)}});
    }
    if (action == QLatin1String("transferService")) {
        return sendCounterOp(action, QStringLiteral("counter.transfer"),
                             {{QStringLiteral("toService"), argument}});
    }
    if (action == QLatin1String("transferWindow")) {
        return sendCounterOp(action, QStringLiteral("counter.transfer"),
                             {{QStringLiteral("toCounter"), argument.toInt()}});
    }
    qCWarning(lcCounter) << "unknown action" << action;
    return false;
}

QString CounterController::handleKey(int key, int modifiers)
{
    const bool digit =
        key >= Qt::Key_1 && key <= Qt::Key_9 && (modifiers & ~(Qt::KeypadModifier | Qt::ShiftModifier)) == 0;
    if (m_stage == Stage::ChooseWindow && digit) {
        // Windows 1–9 are chosen with their number, on the keyboard or the keypad.
        chooseWindow(key - Qt::Key_0);
        return QStringLiteral("window:%1").arg(key - Qt::Key_0);
    }
    if (m_stage != Stage::Desk || m_window == 0) {
        return {};
    }
    const QString action = KeyMap::actionFor(key, modifiers);
    if (action.startsWith(QLatin1String("digit:"))) {
        if (m_keypadEntry.size() < 3) {
            setKeypadEntry(m_keypadEntry + action.back());
        }
    } else if (action == QLatin1String("enter")) {
        if (m_keypadEntry.isEmpty()) {
            perform(QStringLiteral("callNext"));
        } else {
            callTyped();
        }
    } else if (action == QLatin1String("clearEntry")) {
        setKeypadEntry({});
        m_actions.clearError();
    } else if (!action.isEmpty()) {
        perform(action);
    }
    return action;
}

void CounterController::callTyped()
{
    // The keypad has no letters: the digits name the waiting ticket of this window that ends with them.
    const int typed = m_keypadEntry.toInt();
    setKeypadEntry({});
    QStringList matches;
    for (const QVariantMap& row : m_waiting.rows()) {
        const QString number = row.value(QStringLiteral("number")).toString();
        if (number.mid(1).toInt() == typed) {
            matches.append(number);
        }
    }
    if (matches.size() == 1) {
        perform(QStringLiteral("call"), matches.first());
    } else if (!m_actions.busy()) {
        m_actions.fail(matches.isEmpty() ? QStringLiteral("NO_MATCH") : QStringLiteral("AMBIGUOUS"),
                       matches.join(QStringLiteral(" ")));
    }
}

void CounterController::setKeypadEntry(const QString& entry)
{
    if (m_keypadEntry != entry) {
        m_keypadEntry = entry;
        emit keypadEntryChanged();
    }
}

void CounterController::refreshOverview()
{
    if (m_client.isNull() || !m_client->isReady()) {
        return;
    }
    m_overviewTimer.stop();
    QPointer<ServiceClient> asked = m_client;
    m_client->request(QStringLiteral("hall.overview"), {}, [this, asked](const ServiceReply& r) {
        if (!r.ok || asked != m_client) {
            return;
        }
        m_overview = r.result;
        const QDateTime now =
            QDateTime::fromString(r.result.value(QLatin1String("now")).toString(), Qt::ISODate);
        if (now.isValid()) {
            m_clockOffsetMs = QDateTime::currentDateTimeUtc().msecsTo(now);
        }
        emit overviewChanged();
        rebuild();
    });
}

void CounterController::onEvent(const QString& kind)
{
    if (changesCounts(kind) && !m_overviewTimer.isActive()) {
        m_overviewTimer.start();
    }
}

void CounterController::rebuild()
{
    const QJsonObject snapshot = m_client.isNull() ? QJsonObject() : m_client->snapshot();
    const QDateTime now = hallNow();
    QJsonObject mine;
    for (const QJsonValue& v : snapshot.value(QLatin1String("counters")).toArray()) {
        if (v.toObject().value(QLatin1String("number")).toInt() == m_window) {
            mine = v.toObject();
        }
    }
    m_ticket.update(mine.value(QLatin1String("ticket")).toObject(), snapshot, m_english);
    m_waiting.setRows(counterview::waitingRows(snapshot, m_overview, m_window, now, m_english));
    m_setAside.setRows(counterview::setAsideRows(snapshot, m_overview, m_window, now, m_english));
    m_windowServices.setRows(m_window > 0
                                 ? counterview::serviceRows(snapshot, m_overview, m_window, now, m_english)
                                 : QList<QVariantMap>());
    m_services.setRows(counterview::serviceRows(snapshot, m_overview, 0, now, m_english));
    m_windows.setRows(counterview::windowRows(snapshot, m_overview, m_english));
    m_alerts.setRows(counterview::alertRows(snapshot.value(QLatin1String("devices")).toArray()));

    m_windowName = mine.value(QLatin1String("name")).toString();
    m_windowStatus = mine.value(QLatin1String("status")).toString();
    // What the buttons offer; the service still decides (a stale screen gets a plain refusal).
    m_available = mine.isEmpty() ? QStringList()
                                 : counterview::offeredActions(m_windowStatus, m_ticket.state(),
                                                               m_setAside.rowCount() > 0);
    emit hallChanged();
    emit rebuilt();
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
    for (const QString& action : m_available) {
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
