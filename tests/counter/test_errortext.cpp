// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Errors in plain words: every code a counter can meet has its own sentence, in Chinese and in
// English, and an unknown code still says something and names the code.
#include "domain/errorretry.h"
#include "errortext.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QSet>
#include <QTranslator>

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

TEST_CASE("every code a counter meets has its own plain sentence", "[errors]")
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

TEST_CASE("a code is the protocol's (hall::ErrorCode) or the counter's own, never both", "[errors]")
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

TEST_CASE("network trouble is told apart from a refusal", "[errors]")
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

TEST_CASE("the sentences have an English translation", "[errors][i18n]")
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
