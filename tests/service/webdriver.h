// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>

namespace hall::test {

/// A real headless Chromium driven through chromedriver's W3C WebDriver protocol (Debian's
/// chromium and chromium-driver): one browser for a whole test, a phone-sized viewport, a fresh
/// profile. Every step waits on the page (never a fixed sleep).
class WebDriver
{
public:
    WebDriver(int width = 390, int height = 844);
    ~WebDriver();

    bool ok() const { return !m_session.isEmpty(); }
    QString error() const { return m_error; }

    void open(const QString& url);
    /// Runs `script` (a function body; `arguments` are `args`) in the page and returns its value.
    QJsonValue run(const QString& script, const QJsonArray& args = {});
    /// textContent of the element with `id` ("" when there is none).
    QString text(const QString& id);
    /// Clicks the element with `id` as a user would (WebDriver element click).
    void click(const QString& id);
    /// Types `keys` into the element with `id`.
    void type(const QString& id, const QString& keys);
    /// Waits until `condition` (a script returning true) holds; false after `timeoutMs`.
    bool waitFor(const QString& condition, int timeoutMs = 15000);
    /// The viewport as PNG.
    QByteArray screenshot();

private:
    QJsonValue call(const QByteArray& verb, const QString& path, const QJsonObject& body = {});
    QString element(const QString& id);

    QTemporaryDir m_profile;
    QProcess m_driver;
    quint16 m_port = 0;
    QString m_session;
    QString m_error;
};

} // namespace hall::test
