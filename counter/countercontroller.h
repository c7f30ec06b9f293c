// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/serviceclient.h"

#include "countersession.h"
#include "counterview.h"
#include "currentticket.h"
#include "deskactions.h"
#include "deskcommand.h"
#include "deskkeys.h"
#include "deskmodels.h"
#include "keymap.h"
#include "ratingpad.h"
#include "rowmodel.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QQmlEngine>
#include <QTranslator>
#include <QUrl>

namespace hall {

/// The staff counter client as QML sees it: the stage (log in, choose a window, work it), the window,
/// the language, and the parts that do the work — the connection (CounterSession), the lists
/// (DeskModels, rebuilt from the service's snapshot and `hall.overview` whenever either changes:
/// after a reconnect the screen is the service's truth, never a local guess), the desk's requests
/// (DeskActions, deskcommand) and its keys (DeskKeys, KeyMap). Pages of other parts of the counter
/// (bookings, cases, …) attach to it through client() and window() (see docs/counter.md).
class CounterController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("created by CounterApp")
    Q_PROPERTY(Stage stage READ stage NOTIFY stageChanged FINAL)
    Q_PROPERTY(QString connection READ connection NOTIFY connectionChanged FINAL)
    Q_PROPERTY(bool loginBusy READ loginBusy NOTIFY loginChanged FINAL)
    Q_PROPERTY(QString loginError READ loginError NOTIFY loginChanged FINAL)
    Q_PROPERTY(bool supervisor READ supervisor CONSTANT FINAL)
    Q_PROPERTY(QString staffName READ staffName NOTIFY overviewChanged FINAL)
    Q_PROPERTY(QString defaultUser READ defaultUser CONSTANT FINAL)
    Q_PROPERTY(int window READ window NOTIFY windowChanged FINAL)
    Q_PROPERTY(QString windowName READ windowName NOTIFY hallChanged FINAL)
    Q_PROPERTY(QString windowStatus READ windowStatus NOTIFY hallChanged FINAL)
    /// The window's state as the header says it, in the screen's language (counterview::windowStateText).
    Q_PROPERTY(QString windowStateText READ windowStateText NOTIFY hallChanged FINAL)
    /// What the ticket panel says with no ticket in hand (counterview::noTicketText).
    Q_PROPERTY(QString noTicketText READ noTicketText NOTIFY hallChanged FINAL)
    Q_PROPERTY(bool windowPaused READ windowPaused NOTIFY hallChanged FINAL)
    Q_PROPERTY(bool windowClosed READ windowClosed NOTIFY hallChanged FINAL)
    Q_PROPERTY(QString centreName READ centreName NOTIFY hallChanged FINAL)
    Q_PROPERTY(QStringList available READ available NOTIFY hallChanged FINAL)
    /// The same as a map action → true, for bindings (`counter.offered["recall"] === true`).
    Q_PROPERTY(QVariantMap offered READ offered NOTIFY hallChanged FINAL)
    Q_PROPERTY(QString keypadEntry READ keypadEntry NOTIFY keypadEntryChanged FINAL)
    /// Action → its keys as the button shows them (KeyMap::hint), in the screen's language.
    Q_PROPERTY(QVariantMap hints READ hints NOTIFY englishChanged FINAL)
    Q_PROPERTY(bool english READ english WRITE setEnglish NOTIFY englishChanged FINAL)
    Q_PROPERTY(hall::CurrentTicket* ticket READ ticket CONSTANT FINAL)
    Q_PROPERTY(hall::RowModel* waiting READ waiting CONSTANT FINAL)
    Q_PROPERTY(hall::RowModel* setAside READ setAside CONSTANT FINAL)
    Q_PROPERTY(hall::RowModel* windowServices READ windowServices CONSTANT FINAL)
    Q_PROPERTY(hall::RowModel* services READ services CONSTANT FINAL)
    Q_PROPERTY(hall::RowModel* windows READ windows CONSTANT FINAL)
    Q_PROPERTY(hall::RowModel* alerts READ alerts CONSTANT FINAL)
    Q_PROPERTY(hall::DeskActions* actions READ actions CONSTANT FINAL)
    Q_PROPERTY(hall::RatingPad* rating READ rating CONSTANT FINAL)
    Q_PROPERTY(hall::KeyMap* keys READ keys CONSTANT FINAL)

public:
    enum class Stage
    {
        Login,        ///< user name and password (counter devices)
        ChooseWindow, ///< logged in (or an admin device): pick a window
        Desk,         ///< working a window (or, window() == 0, an admin watching the hall)
    };
    Q_ENUM(Stage)

    struct Options
    {
        QUrl url;
        QString device;
        QString token;
        QString caFile;                           ///< --ca, for wss://
        QString role = QStringLiteral("counter"); ///< "counter" (staff log in) or "admin" (supervisor)
        QString defaultUser;                      ///< prefilled on the login page
        int backoffMaxMs = 2000;                  ///< staff should see the service back quickly
        int requestTimeoutMs = 8000;
        int offlineAfterMs = 5000; ///< reconnecting longer than this shows "offline"
        int overviewDebounceMs = 400;
        /// The rating covers this screen (no --rating-window): desk keys wait until it is answered.
        bool ratingOnScreen = true;
        int ratingAskMs = 90000;
        int ratingShowMs = 3000;
    };

    explicit CounterController(Options options, QObject* parent = nullptr);
    ~CounterController() override;

    /// Where retranslate() is called after a language switch.
    void setTranslationEngine(QQmlEngine* engine) { m_engine = engine; }
    /// Admin devices connect at once; counter devices wait for login().
    void start();

    /// The connection of the current login (null on the login page).
    ServiceClient* client() const { return m_session.client(); }
    /// The last `hall.overview` reply: window layout, permissions, today's counts, the hall clock.
    const QJsonObject& overview() const { return m_session.overview(); }
    /// The service's clock now (the demo and tests run the hall clock at another time than the wall's).
    QDateTime hallNow() const { return m_session.hallNow(); }

    Q_INVOKABLE void login(const QString& user, const QString& password);
    /// Opens window `number` (if closed) and works it; 0 (admins) watches the hall without a window.
    Q_INVOKABLE void chooseWindow(int number);
    /// Back to choosing a window; the window stays as it is (open or paused).
    Q_INVOKABLE void leaveWindow();
    Q_INVOKABLE void logout();
    /// Runs a desk action: callNext, call(number), recall, start, finish, setAside, requeue(number),
    /// transferService(serviceId), transferWindow(number), pause, resume, togglePause, open, close.
    /// Dialog actions (transfer, callTicket, requeue without a number) emit dialogRequested.
    /// False when nothing was sent (another request in flight, not at a desk, unknown action).
    Q_INVOKABLE bool perform(const QString& action, const QString& argument = {});
    /// A key press at the desk (see KeyMap), or a window's number (1–9) while choosing a window;
    /// returns what it meant ("" when nothing).
    Q_INVOKABLE QString handleKey(int key, int modifiers);
    Q_INVOKABLE void refreshOverview() { m_session.refreshOverview(); }
    /// A ticket number as staff type it ("a12", "A 012") in the service's form ("A012").
    static QString typedNumber(const QString& typed) { return deskcommand::typedNumber(typed); }

    Stage stage() const { return m_stage; }
    QString connection() const { return m_session.connection(); }
    bool loginBusy() const { return m_session.loginBusy(); }
    QString loginError() const { return m_session.loginError(); }
    bool supervisor() const { return m_options.role == QLatin1String("admin"); }
    bool ratingOnScreen() const { return m_options.ratingOnScreen; }
    QString staffName() const;
    QString defaultUser() const { return m_options.defaultUser; }
    int window() const { return m_window; }
    QString windowName() const { return m_models.windowName(); }
    QString windowStatus() const { return m_models.windowStatus(); }
    QString windowStateText() const;
    QString noTicketText() const { return counterview::noTicketText(windowStatus()); }
    bool windowPaused() const { return windowStatus() == QLatin1String("paused"); }
    bool windowClosed() const { return windowStatus() == QLatin1String("closed"); }
    QString centreName() const;
    /// The actions the window's state offers now (UI hints; the service still decides).
    QStringList available() const { return m_models.available(); }
    QVariantMap offered() const;
    QString keypadEntry() const { return m_keys.entry(); }
    QVariantMap hints() const;
    bool english() const { return m_english; }
    void setEnglish(bool english);

    CurrentTicket* ticket() { return &m_models.ticket; }
    RowModel* waiting() { return &m_models.waiting; }
    RowModel* setAside() { return &m_models.setAside; }
    RowModel* windowServices() { return &m_models.windowServices; }
    RowModel* services() { return &m_models.services; }
    RowModel* windows() { return &m_models.windows; }
    RowModel* alerts() { return &m_models.alerts; }
    DeskActions* actions() { return &m_actions; }
    RatingPad* rating() { return &m_rating; }
    KeyMap* keys() { return &m_keyMap; }

signals:
    void stageChanged();
    void connectionChanged();
    void loginChanged();
    void windowChanged();
    void hallChanged();
    void overviewChanged();
    void keypadEntryChanged();
    void englishChanged();
    /// A new connection (login) or none (logout); pages with their own view-models re-attach.
    void clientChanged();
    /// A key or button asked for a dialog: "transfer", "callTicket" or "requeue".
    void dialogRequested(const QString& name);
    /// The models were rebuilt from the service's truth (for tests and the frame benchmark).
    void rebuilt();

private:
    void setStage(Stage stage);
    void setWindow(int window);
    void rebuild();
    void installTranslator();

    Options m_options;
    DeskModels m_models;
    DeskActions m_actions;
    RatingPad m_rating;
    KeyMap m_keyMap;
    DeskKeys m_keys{*this};
    QTranslator m_translator;
    QQmlEngine* m_engine = nullptr;
    Stage m_stage = Stage::Login;
    int m_window = 0;
    bool m_english = false;
    // Last: its connection goes first, before the models its callbacks fill.
    CounterSession m_session;
};

} // namespace hall
