// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSize>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <optional>
#include <vector>

class QCommandLineParser;

namespace hall {

/// The command line of a front end (hall-kiosk, hall-counter, hall-lobby) and its --config JSON
/// file: the options every front end has (--url, --device, --token, --size, --fullscreen,
/// --self-test, --config, --help) plus the ones a front end declares. A flag `--some-name` is the
/// key `someName` in the file; the file is read first and flags override it. Values are checked
/// as they are read; a refusal names the option, the value and what is expected, zh_CN first.
class FrontEndOptionParser
{
public:
    /// Stores one value; false when the value is not acceptable.
    using Setter = std::function<bool(const QString& value)>;

    /// Where a front end keeps the options every front end has.
    struct CommonFields
    {
        QUrl& url;
        QString& device;
        QString& token;
        QSize& windowSize;
        bool& fullScreen;
        bool& selfTest;
        QString& caFile; ///< --ca: the hall's certificate authority for wss:// (ServiceClient::Options)
    };

    /// The --help texts of the common options that differ from one front end to another.
    struct CommonTexts
    {
        QString program; ///< --help's first line: what the program is
        QString device;  ///< what the device is called and its default name
        QString token;   ///< which `hall-admin device add --role` issues the token
        QString size;    ///< the default window size
        QString fullScreen;
        QString selfTest; ///< what the self-test does
    };

    /// Where a program that connects to the service without a screen (hall-relay) keeps its link.
    struct ConnectionFields
    {
        QUrl& url;
        QString& device;
        QString& token;
        QString& caFile;
    };

    /// Declares the common options; call first, so --help lists them before the front end's own.
    void addCommon(const CommonFields& fields, const CommonTexts& texts);
    /// The connection's part of them alone (--url, --ca, --device, --token; texts' window and
    /// self-test lines are not used): for hall-relay.
    void addConnection(const ConnectionFields& fields, const CommonTexts& texts);
    /// `--name VALUE`; `set` decides what is acceptable.
    void addValue(const char* name, const char* help, Setter set);
    /// `--name TEXT`, any text, stored as it is.
    void addText(const char* name, const char* help, QString& target);
    /// `--name VALUE` where VALUE is one of `choices`.
    void addChoice(const char* name, const char* help, const QStringList& choices,
                   std::function<void(const QString&)> set);
    /// `--name N`, a whole number from `min` to `max`.
    void addInteger(const char* name, const char* help, int min, int max, std::function<void(int)> set);
    /// `--name X`, a decimal number from `min` to `max`.
    void addNumber(const char* name, const char* help, double min, double max,
                   std::function<void(double)> set);
    /// `--name` alone sets `target`; in the file, true or false (unless `commandLineOnly`).
    void addSwitch(const char* name, const char* help, bool& target, bool commandLineOnly = false);
    /// `--refused-retry-ms N` and `--refused-retry-max-ms N`: how long a device the service refused
    /// (AUTH_FAILED) waits before asking again, first and at most (the wait doubles in between).
    void addRefusedRetry(int& firstMs, int& maxMs);
    /// A rule over several options, checked after all are read; returns the refusal.
    void addCheck(std::function<std::optional<QString>()> check);

    /// Reads argv (the program name first). --help prints helpText() and exits 0. Returns the
    /// first problem; the bound options may then be half set, so parse into a copy (parseInto).
    std::optional<QString> parse(const QStringList& arguments) const;
    /// What --help prints: the program, the --config rule, then every option with its help.
    QString helpText() const;

private:
    struct Option
    {
        QString name;     ///< on the command line
        QString key;      ///< in the --config file; empty: command line only
        QString help;     ///< for --help
        QString expected; ///< for a refusal: what the value should have been
        bool takesValue = true;
        Setter set;
    };
    /// takesValue: `--name VALUE` rather than a switch; inFile: also the key camelCase(name) of the
    /// --config file; expected: what a refusal says the value should be (default: the help).
    void add(const QString& name, const QString& help, bool takesValue, bool inFile, Setter set,
             const QString& expected = {});
    void build(QCommandLineParser& parser) const;
    std::optional<QString> apply(const Option& option, const QString& label, const QString& value) const;
    std::optional<QString> readConfig(const QString& fileName) const;

    QString m_program;
    std::vector<Option> m_options;
    std::vector<std::function<std::optional<QString>()>> m_checks;
};

/// Parses `arguments` into a copy of `out` with the options `declare` binds to it, and only when
/// everything is acceptable does `out` become that copy: a refused command line changes nothing.
template <typename Options>
std::optional<QString> parseInto(const QStringList& arguments, Options& out,
                                 void (*declare)(FrontEndOptionParser&, Options&))
{
    Options candidate = out;
    FrontEndOptionParser parser;
    declare(parser, candidate);
    if (auto problem = parser.parse(arguments)) {
        return problem;
    }
    out = std::move(candidate);
    return std::nullopt;
}

/// The --help text of the options `declare` binds (for tests and documentation).
template <typename Options> QString helpTextOf(void (*declare)(FrontEndOptionParser&, Options&))
{
    Options scratch;
    FrontEndOptionParser parser;
    declare(parser, scratch);
    return parser.helpText();
}

} // namespace hall
