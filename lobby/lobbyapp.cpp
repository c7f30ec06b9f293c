// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lobbyapp.h"

#include "callannouncer.h"
#include "client/serviceclient.h"
#include "lobbycontroller.h"
#include "voice/announcerfactory.h"
#include "voice/mediaclipplayer.h"

#include <QCoreApplication>
#include <QQuickWindow>
#include <QTranslator>

namespace hall {

LobbyApp::LobbyApp(LobbyOptions options, std::unique_ptr<Announcer> announcer)
    : m_options(std::move(options)), m_announcer(std::move(announcer))
{
    ServiceClient::Options client;
    client.url = m_options.url;
    client.caFile = m_options.caFile;
    client.role = QStringLiteral("display");
    client.device = m_options.device;
    client.token = m_options.token;
    client.backoffMaxMs = m_options.backoffMaxMs;
    client.refusedBackoffInitialMs = m_options.refusedRetryMs;
    client.refusedBackoffMaxMs = m_options.refusedRetryMaxMs;
    m_client = std::make_unique<ServiceClient>(client);
}

LobbyApp::~LobbyApp()
{
    // The pages go before the objects they show.
    m_engine.clearComponentCache();
    const auto roots = m_engine.rootObjects();
    for (QObject* root : roots) {
        delete root;
    }
    if (m_translator) {
        QCoreApplication::removeTranslator(m_translator.get());
    }
}

bool LobbyApp::load()
{
    if (!m_announcer && m_options.voiceEnabled()) {
        MediaClipPlayer::preferGStreamer();
        m_announcer = createAnnouncer(m_options.voice, &m_error);
        if (!m_announcer) {
            m_error = QStringLiteral("语音无法使用 (voice not usable): ") + m_error;
            return false;
        }
    }
    m_calls = std::make_unique<CallAnnouncer>(m_announcer.get());
    // Resync before events: the client emits resynced, then the events buffered after the snapshot.
    QObject::connect(m_client.get(), &ServiceClient::resynced, m_calls.get(),
                     [this](qint64) { m_calls->onResync(m_client->snapshot()); });
    QObject::connect(m_client.get(), &ServiceClient::eventReceived, m_calls.get(), &CallAnnouncer::onEvent);

    m_controller = std::make_unique<LobbyController>(m_client.get());
    m_controller->setCallsShown(m_options.callsShown);
    if (!m_controller->notices()->load(m_options.noticesFile, &m_error)) {
        return false;
    }
    if (m_options.english) {
        m_translator = std::make_unique<QTranslator>();
        if (!m_translator->load(QStringLiteral(":/i18n/hall_lobby_en.qm"))) {
            m_error = QStringLiteral("缺少英文翻译 (the English translation is missing)");
            return false;
        }
        QCoreApplication::installTranslator(m_translator.get());
        m_controller->setEnglish(true);
    }

    m_engine.addImportPath(QStringLiteral("qrc:/qt/qml")); // Qt 6.4 does not search it by itself
    m_engine.setInitialProperties({{QStringLiteral("lobby"), QVariant::fromValue(m_controller.get())},
                                   {QStringLiteral("width"), m_options.windowSize.width()},
                                   {QStringLiteral("height"), m_options.windowSize.height()}});
    m_engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Hall/Lobby/Main.qml")));
    const auto roots = m_engine.rootObjects();
    m_window = roots.isEmpty() ? nullptr : qobject_cast<QQuickWindow*>(roots.first());
    if (m_window == nullptr) {
        m_error = QStringLiteral("无法加载界面 (the lobby pages did not load)");
        return false;
    }
    return true;
}

void LobbyApp::start()
{
    m_client->start();
    if (m_options.fullScreen) {
        m_window->showFullScreen();
    } else {
        m_window->show();
    }
}

} // namespace hall
