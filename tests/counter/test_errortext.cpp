// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Errors in plain words: every code a counter can meet has its own sentence, in Chinese and in
// English, and an unknown code still says something and names the code.
#include "client/waituntil.h"
#include "countercontroller.h"
#include "deskactions.h"
#include "domain/errorretry.h"
#include "errortext.h"
#include "fakeservice.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSet>
#include <QTranslator>
#include <QWebSocket>

using hall::ErrorText;

namespace {
const QStringList kCodes{QStringLiteral("QUEUE_EMPTY"),      QStringLiteral("COUNTER_BUSY"),
                         QStringLiteral("COUNTER_CLOSED"),   QStringLiteral("COUNTER_PAUSED"),
                         QStringLiteral("COUNTER_IDLE"),     QStringLiteral("NOT_SERVED_HERE"),
                         QStringLiteral("UNKNOWN_TICKET"),   QStringLiteral("INVALID_TRANSITION"),
                         QStringLiteral("REQUEUE_LIMIT"),    QStringLiteral("UNKNOWN_SERVICE"),
                         QStringLiteral("UNKNOWN_COUNTER"),  QStringLiteral("FORBIDDEN"),
                         QStringLiteral("UNAUTHENTICATED"),  QStringLiteral("AUTH_FAILED"),
                         QStringLiteral("TIMEOUT"),          QStringLiteral("DISCONNECTED"),
                         QStringLiteral("STORAGE_FAILED"),   QStringLiteral("RATE_LIMITED"),
                         QStringLiteral("INVALID_ARGUMENT"), QStringLiteral("REQUEST_ID_REUSED"),
                         QStringLiteral("NO_MATCH"),         QStringLiteral("AMBIGUOUS"),
                         QStringLiteral("LOGIN_LOCKED")};
}

TEST_CASE("every code a counter meets has its own plain sentence", "[errors][nostore]")
{
    QSet<QString> sentences;
    for (const QString& code : kCodes) {
        const QString text = ErrorText::forCode(code);
        INFO(code.toStdString());
        CHECK_FALSE(text.isEmpty());
        CHECK_FALSE(text.contains(code)); // a sentence, not the code
        sentences.insert(text);
    }
    CHECK(sentences.size() == kCodes.size());
    CHECK(ErrorText::forCode(QStringLiteral("QUEUE_EMPTY")) == QStringLiteral("本窗口的业务暂时没有人等候"));
    CHECK(ErrorText::forCode(QStringLiteral("SOMETHING_NEW")).contains(QStringLiteral("SOMETHING_NEW")));
}

TEST_CASE("a code is the protocol's (hall::ErrorCode) or the counter's own, never both", "[errors][nostore]")
{
    QSet<QString> protocol;
    for (int c = 0; c <= int(hall::kLastErrorCode); ++c) {
        protocol.insert(hall::errorCodeName(hall::ErrorCode(c)));
    }
    const QStringList own = ErrorText::counterCodes();
    CHECK(own.contains(QStringLiteral("EXPORT_FAILED"))); // the export is written on the counter's PC
    for (const QString& code : own) {
        INFO(code.toStdString());
        CHECK_FALSE(protocol.contains(code));
        CHECK(ErrorText::knownCodes().contains(code)); // and has its sentence
    }
    for (const QString& code : ErrorText::knownCodes()) {
        INFO(code.toStdString());
        CHECK((protocol.contains(code) || own.contains(code)));
    }
}

TEST_CASE("network trouble is told apart from a refusal", "[errors][nostore]")
{
    for (const char* code : {"TIMEOUT", "DISCONNECTED", "STORAGE_FAILED", "RATE_LIMITED"}) {
        CHECK(ErrorText::isConnectionProblem(QLatin1String(code)));
    }
    CHECK_FALSE(ErrorText::isConnectionProblem(QStringLiteral("QUEUE_EMPTY")));
    CHECK_FALSE(ErrorText::isConnectionProblem(QStringLiteral("COUNTER_BUSY")));
    // The counter asks the one list the kiosk's journeys ask (domain/errorcode.h): no list of its own.
    for (int i = 0; i <= static_cast<int>(hall::kLastErrorCode); ++i) {
        const auto code = static_cast<hall::ErrorCode>(i);
        INFO(hall::errorCodeName(code).toStdString());
        CHECK(ErrorText::isConnectionProblem(hall::errorCodeName(code)) == hall::mayNotHaveRun(code));
    }
}

TEST_CASE("the sentences have an English translation", "[errors][i18n][nostore]")
{
    QTranslator english;
    REQUIRE(english.load(QStringLiteral(":/i18n/hall_counter_en.qm")));
    QCoreApplication::installTranslator(&english);
    const QString queueEmpty = ErrorText::forCode(QStringLiteral("QUEUE_EMPTY"));
    const QString busy = ErrorText::forCode(QStringLiteral("COUNTER_BUSY"));
    QCoreApplication::removeTranslator(&english);
    CHECK(queueEmpty == QStringLiteral("Nobody is waiting for this window"));
    CHECK(busy.startsWith(QStringLiteral("You still have a ticket")));
}

namespace {

const hall::Sentence kCityAway{
    QStringLiteral("市级数据库暂不可用，正在自动重新连接：本次操作没有生效，请稍后再试"),
    QStringLiteral("The city database is unavailable and is being reconnected: "
                   "nothing was changed, please try again shortly")};

hall::ServiceReply storageFailed(const hall::Sentence& sentence)
{
    hall::ServiceReply r;
    r.errorCode = QStringLiteral("STORAGE_FAILED");
    r.errorMessage =
        sentence.isEmpty() ? QStringLiteral("存储失败，本次操作没有生效，请重试") : sentence.joined();
    r.errorSentence = sentence;
    return r;
}

} // namespace

TEST_CASE("the service's sentence for people is shown in the counter's language, the counter's own words "
          "when it sends none",
          "[errors][i18n][nostore]")
{
    hall::CounterController::Options options;
    options.url = QUrl(QStringLiteral("ws://127.0.0.1:1/v1"));
    options.device = QStringLiteral("counter-1");
    hall::CounterController counter(options); // never started: the refusals are handed to its desk
    hall::DeskActions& actions = *counter.actions();

    actions.fail(storageFailed(kCityAway));
    CHECK(actions.errorCode() == QStringLiteral("STORAGE_FAILED"));
    CHECK(actions.error() == kCityAway.zh);
    CHECK(actions.errorDetail().isEmpty()); // the sentence is all the message says

    actions.fail(storageFailed({}));
    CHECK(actions.error() == QStringLiteral("排队服务保存失败，什么也没改变：请再按一次"));
    CHECK(actions.errorDetail() == QStringLiteral("存储失败，本次操作没有生效，请重试"));

    counter.setEnglish(true);
    actions.fail(storageFailed(kCityAway));
    CHECK(actions.error() == kCityAway.en);
    actions.fail(storageFailed({}));
    CHECK(actions.error() ==
          QStringLiteral("The queue service could not save; nothing changed: press again"));
    // Half a sentence (an older or foreign service) is no sentence: the counter's words.
    actions.fail(storageFailed(hall::Sentence{kCityAway.zh, QString()}));
    CHECK(actions.error() ==
          QStringLiteral("The queue service could not save; nothing changed: press again"));
    counter.setEnglish(false);
    actions.fail(storageFailed(kCityAway));
    CHECK(actions.error() == kCityAway.zh);
}

TEST_CASE("the service's sentence travels as messageZh and messageEn to the desk", "[errors][nostore]")
{
    hall::test::FakeService fake;
    fake.setScript([&](QWebSocket* s, const QJsonObject& r) {
        if (r.value(QLatin1String("op")).toString() != QLatin1String("counter.callNext")) {
            fake.answerHandshake(s, r);
            return;
        }
        const QJsonObject error{{QStringLiteral("code"), QStringLiteral("STORAGE_FAILED")},
                                {QStringLiteral("message"), kCityAway.joined()},
                                {QStringLiteral("messageZh"), kCityAway.zh},
                                {QStringLiteral("messageEn"), kCityAway.en}};
        s->sendTextMessage(
            QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("id"), r.value(QLatin1String("id"))},
                                                        {QStringLiteral("ok"), false},
                                                        {QStringLiteral("error"), error}})
                                  .toJson(QJsonDocument::Compact)));
    });
    hall::ServiceClient client(hall::test::fakeKioskOptions(fake.url()));
    client.start();
    REQUIRE(hall::waitUntil([&] { return client.isReady(); }));
    hall::DeskActions actions;
    actions.setClient(&client);
    REQUIRE(actions.run(QStringLiteral("callNext"), QStringLiteral("counter.callNext"), {}));
    REQUIRE(hall::waitUntil([&] { return !actions.busy(); }));
    CHECK(actions.errorCode() == QStringLiteral("STORAGE_FAILED"));
    CHECK(actions.error() == kCityAway.zh);
}
