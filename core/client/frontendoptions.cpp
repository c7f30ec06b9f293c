// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "frontendoptions.h"

#include <QSslCertificate>

#include <QCommandLineParser>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <climits>
#include <cmath>

namespace hall {

namespace {

/// `printer-address` → `printerAddress`: the name of a flag in the --config file.
QString camelCase(const QString& name)
{
    QString key;
    bool upper = false;
    for (const QChar c : name) {
        if (c == u'-') {
            upper = true;
        } else {
            key.append(upper ? c.toUpper() : c);
            upper = false;
        }
    }
    return key;
}

/// A JSON value as the text a flag would carry; nullopt for null, arrays and objects.
std::optional<QString> textOf(const QJsonValue& v)
{
    if (v.isBool()) {
        return QString::fromLatin1(v.toBool() ? "true" : "false");
    }
    if (v.isDouble()) {
        // Whole numbers print without an exponent, so {"paperDots": 2000000} reads as an integer.
        const double d = v.toDouble();
        return std::trunc(d) == d && std::abs(d) < 1e15
                   ? QString::number(static_cast<qint64>(d))
                   : QString::number(d, 'g', QLocale::FloatingPointShortest);
    }
    if (v.isString()) {
        return v.toString();
    }
    return std::nullopt;
}

QString dashed(const QString& name)
{
    return (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
}

/// The setter of a switch: "true" or "false", from the command line or the file.
FrontEndOptionParser::Setter switchSetter(bool& target)
{
    return [&target](const QString& v) {
        if (v != QLatin1String("true") && v != QLatin1String("false")) {
            return false;
        }
        target = v == QLatin1String("true");
        return true;
    };
}

/// The setter of a text taken as it is.
FrontEndOptionParser::Setter textSetter(QString& target)
{
    return [&target](const QString& v) {
        target = v;
        return true;
    };
}

const QString kTrueOrFalse = QStringLiteral("应为 true 或 false (true or false)");

} // namespace

void FrontEndOptionParser::add(const QString& name, const QString& help, bool takesValue, bool inFile,
                               Setter set, const QString& expected)
{
    m_options.push_back(Option{name, inFile ? camelCase(name) : QString(), help,
                               expected.isEmpty() ? help : expected, takesValue, std::move(set)});
}

void FrontEndOptionParser::addConnection(const ConnectionFields& fields, const CommonTexts& texts)
{
    m_program = texts.program;
    add(
        QStringLiteral("url"), QStringLiteral("hall-service address (default ws://127.0.0.1:7700/v1)."), true,
        true,
        [&url = fields.url](const QString& v) {
            const QUrl candidate(v);
            if (!candidate.isValid() ||
                (candidate.scheme() != QLatin1String("ws") && candidate.scheme() != QLatin1String("wss"))) {
                return false;
            }
            url = candidate;
            return true;
        },
        QStringLiteral("应为 ws:// 或 wss:// 地址 (a ws:// or wss:// address)"));
    add(
        QStringLiteral("ca"),
        QStringLiteral("PEM certificate(s) to trust for a wss:// service instead of the system's list."),
        true, true,
        [&ca = fields.caFile](const QString& v) {
            if (QSslCertificate::fromPath(v, QSsl::Pem).isEmpty()) {
                return false;
            }
            ca = v;
            return true;
        },
        QStringLiteral("应为可读的 PEM 证书文件 (a readable PEM certificate file)"));
    add(QStringLiteral("device"), texts.device, true, true, textSetter(fields.device));
    add(QStringLiteral("token"), texts.token, true, true, textSetter(fields.token));
    addCheck([&token = fields.token]() -> std::optional<QString> {
        if (token.isEmpty()) {
            return QStringLiteral("缺少设备令牌 (missing --token)");
        }
        return std::nullopt;
    });
}

void FrontEndOptionParser::addCommon(const CommonFields& fields, const CommonTexts& texts)
{
    addConnection({fields.url, fields.device, fields.token, fields.caFile}, texts);
    add(
        QStringLiteral("size"), texts.size, true, true,
        [&size = fields.windowSize](const QString& v) {
            const QStringList wh = v.split(u'x');
            bool okW = false;
            bool okH = false;
            const QSize candidate = wh.size() == 2 ? QSize(wh[0].toInt(&okW), wh[1].toInt(&okH)) : QSize();
            if (!okW || !okH || candidate.isEmpty()) {
                return false;
            }
            size = candidate;
            return true;
        },
        QStringLiteral("应为 宽x高，如 1080x1920 (WxH, e.g. 1080x1920)"));
    add(QStringLiteral("fullscreen"), texts.fullScreen, false, true, switchSetter(fields.fullScreen),
        kTrueOrFalse);
    // Only ever asked for on the command line: a config file with it would never run normally.
    add(QStringLiteral("self-test"), texts.selfTest, false, false, switchSetter(fields.selfTest),
        kTrueOrFalse);
}

void FrontEndOptionParser::addRefusedRetry(int& firstMs, int& maxMs)
{
    addInteger("refused-retry-ms",
               "After the service refused this device's token: first wait before asking again, in ms "
               "(default 5000; it doubles up to --refused-retry-max-ms).",
               100, 3600000, [&firstMs](int ms) { firstMs = ms; });
    addInteger("refused-retry-max-ms",
               "After the service refused this device's token: longest wait between asks, in ms (default "
               "60000).",
               100, 3600000, [&maxMs](int ms) { maxMs = ms; });
    addCheck([&firstMs, &maxMs]() -> std::optional<QString> {
        if (firstMs > maxMs) {
            return QStringLiteral("--refused-retry-ms 不能大于 --refused-retry-max-ms "
                                  "(--refused-retry-ms must not exceed --refused-retry-max-ms)");
        }
        return std::nullopt;
    });
}

void FrontEndOptionParser::addValue(const char* name, const char* help, Setter set)
{
    add(QString::fromLatin1(name), QString::fromUtf8(help), true, true, std::move(set));
}

void FrontEndOptionParser::addText(const char* name, const char* help, QString& target)
{
    add(QString::fromLatin1(name), QString::fromUtf8(help), true, true, textSetter(target));
}

void FrontEndOptionParser::addChoice(const char* name, const char* help, const QStringList& choices,
                                     std::function<void(const QString&)> set)
{
    add(
        QString::fromLatin1(name), QString::fromUtf8(help), true, true,
        [choices, store = std::move(set)](const QString& v) {
            if (!choices.contains(v)) {
                return false;
            }
            store(v);
            return true;
        },
        QStringLiteral("应为其中之一 (one of): %1").arg(choices.join(QStringLiteral(", "))));
}

void FrontEndOptionParser::addInteger(const char* name, const char* help, int min, int max,
                                      std::function<void(int)> set)
{
    const QString expected =
        max == INT_MAX
            ? QStringLiteral("应为不小于 %1 的整数 (a whole number, at least %1)").arg(min)
            : QStringLiteral("应为 %1 到 %2 的整数 (a whole number from %1 to %2)").arg(min).arg(max);
    add(
        QString::fromLatin1(name), QString::fromUtf8(help), true, true,
        [min, max, store = std::move(set)](const QString& v) {
            bool ok = false;
            const int n = v.toInt(&ok);
            if (!ok || n < min || n > max) {
                return false;
            }
            store(n);
            return true;
        },
        expected);
}

void FrontEndOptionParser::addNumber(const char* name, const char* help, double min, double max,
                                     std::function<void(double)> set)
{
    add(
        QString::fromLatin1(name), QString::fromUtf8(help), true, true,
        [min, max, store = std::move(set)](const QString& v) {
            bool ok = false;
            const double x = v.toDouble(&ok);
            if (!ok || !(x >= min && x <= max)) {
                return false;
            }
            store(x);
            return true;
        },
        QStringLiteral("应为 %1 到 %2 的数 (a number from %1 to %2)").arg(min).arg(max));
}

void FrontEndOptionParser::addSwitch(const char* name, const char* help, bool& target, bool commandLineOnly)
{
    add(QString::fromLatin1(name), QString::fromUtf8(help), false, !commandLineOnly, switchSetter(target),
        kTrueOrFalse);
}

void FrontEndOptionParser::addCheck(std::function<std::optional<QString>()> check)
{
    m_checks.push_back(std::move(check));
}

std::optional<QString> FrontEndOptionParser::apply(const Option& option, const QString& label,
                                                   const QString& value) const
{
    if (option.set(value)) {
        return std::nullopt;
    }
    return QStringLiteral("选项 %1 的值无效 (invalid value): %2 — %3").arg(label, value, option.expected);
}

std::optional<QString> FrontEndOptionParser::readConfig(const QString& fileName) const
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        return QStringLiteral("无法读取配置文件 (cannot read) %1").arg(fileName);
    }
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError) {
        return QStringLiteral("配置文件无效 (invalid JSON) %1: %2").arg(fileName, error.errorString());
    }
    if (!doc.isObject()) {
        return QStringLiteral("配置文件无效 (invalid JSON) %1: 应为一个对象 (expected an object {…})")
            .arg(fileName);
    }
    const QString inFile = QStringLiteral("配置文件 (config file) %1: ").arg(fileName);
    const QJsonObject json = doc.object();
    for (auto it = json.begin(); it != json.end(); ++it) {
        const auto option = std::find_if(m_options.begin(), m_options.end(), [&](const Option& o) {
            return !o.key.isEmpty() && o.key == it.key();
        });
        if (option == m_options.end()) {
            return inFile + QStringLiteral("未知选项 (unknown option): %1").arg(it.key());
        }
        const std::optional<QString> text = textOf(it.value());
        if (!text) {
            return inFile +
                   QStringLiteral("选项 %1 应为文字、数字或 true/false (text, a number, true or false)")
                       .arg(it.key());
        }
        if (auto problem = apply(*option, it.key(), *text)) {
            return inFile + *problem;
        }
    }
    return std::nullopt;
}

void FrontEndOptionParser::build(QCommandLineParser& parser) const
{
    parser.setApplicationDescription(
        m_program +
        QStringLiteral("\nOptions may also come from a JSON file given with --config, the key of\n"
                       "--some-name being \"someName\" (e.g. {\"url\": \"ws://hall:7700/v1\", "
                       "\"fullscreen\": true});\nflags override the file."));
    // Not addHelpOption(): its --help-all needs QCommandLineParser::process(), which exits on errors.
    parser.addOption({{QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Displays this help.")});
    parser.addOption({QStringLiteral("config"), QStringLiteral("JSON file with any of the options."),
                      QStringLiteral("file")});
    for (const Option& o : m_options) {
        const bool added = o.takesValue ? parser.addOption({o.name, o.help, QStringLiteral("value")})
                                        : parser.addOption({o.name, o.help});
        if (!added) {
            qFatal("FrontEndOptionParser: --%s is declared twice", qPrintable(o.name));
        }
    }
}

std::optional<QString> FrontEndOptionParser::parse(const QStringList& arguments) const
{
    QCommandLineParser parser;
    build(parser);
    if (!parser.parse(arguments)) {
        const QStringList unknown = parser.unknownOptionNames();
        if (!unknown.isEmpty()) {
            return QStringLiteral("未知选项 (unknown option): %1").arg(dashed(unknown.constFirst()));
        }
        return QStringLiteral("命令行有误 (bad command line): %1").arg(parser.errorText());
    }
    if (parser.isSet(QStringLiteral("help"))) {
        parser.showHelp(0);
    }
    if (!parser.positionalArguments().isEmpty()) {
        return QStringLiteral("多余的参数 (unexpected argument): %1")
            .arg(parser.positionalArguments().constFirst());
    }
    if (parser.isSet(QStringLiteral("config"))) {
        if (auto problem = readConfig(parser.value(QStringLiteral("config")))) {
            return problem;
        }
    }
    for (const Option& o : m_options) {
        if (parser.isSet(o.name)) {
            const QString value = o.takesValue ? parser.value(o.name) : QStringLiteral("true");
            if (auto problem = apply(o, QStringLiteral("--") + o.name, value)) {
                return problem;
            }
        }
    }
    for (const auto& check : m_checks) {
        if (auto problem = check()) {
            return problem;
        }
    }
    return std::nullopt;
}

QString FrontEndOptionParser::helpText() const
{
    QCommandLineParser parser;
    build(parser);
    return parser.helpText();
}

} // namespace hall
