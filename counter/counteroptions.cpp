#include "counteroptions.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace hall {

namespace {

struct Flag
{
    const char* name; // command line; the JSON key is its camelCase form
    const char* key;
    const char* help;
};

const Flag kFlags[] = {
    {"url", "url", "hall-service address (default ws://127.0.0.1:7700/v1)."},
    {"device", "device", "This counter's device name (default counter-1)."},
    {"token", "token", "Device token from `hall-admin device add --role counter` (or --role admin)."},
    {"role", "role", "counter (default; staff log in) or admin (supervisor device)."},
    {"user", "user", "Staff user name prefilled on the login page."},
    {"password", "password", "With --user: log in at start (demos and tests; prefer typing it)."},
    {"window", "window", "With a login: open this window at once."},
    {"size", "size", "Window size WxH (default 1600x900)."},
};

std::optional<QString> apply(CounterOptions& o, const QString& key, const QString& value)
{
    const auto bad = [&] { return QStringLiteral("选项 %1 的值无效 (invalid value): %2").arg(key, value); };
    bool ok = true;
    if (key == QLatin1String("url")) {
        o.controller.url = QUrl(value);
        ok = o.controller.url.isValid() && (o.controller.url.scheme() == QLatin1String("ws") ||
                                            o.controller.url.scheme() == QLatin1String("wss"));
    } else if (key == QLatin1String("device")) {
        o.controller.device = value;
    } else if (key == QLatin1String("token")) {
        o.controller.token = value;
    } else if (key == QLatin1String("role")) {
        o.controller.role = value;
        ok = value == QLatin1String("counter") || value == QLatin1String("admin");
    } else if (key == QLatin1String("user")) {
        o.controller.defaultUser = value;
    } else if (key == QLatin1String("password")) {
        o.password = value;
    } else if (key == QLatin1String("window")) {
        o.window = value.toInt(&ok);
        ok = ok && o.window > 0;
    } else if (key == QLatin1String("size")) {
        const QStringList wh = value.split(u'x');
        bool okW = false;
        bool okH = false;
        if (wh.size() == 2) {
            o.windowSize = QSize(wh[0].toInt(&okW), wh[1].toInt(&okH));
        }
        ok = okW && okH && !o.windowSize.isEmpty();
    } else if (key == QLatin1String("fullscreen")) {
        o.fullScreen = value == QLatin1String("true");
    } else if (key == QLatin1String("ratingWindow")) {
        o.ratingWindow = value == QLatin1String("true");
    } else {
        return QStringLiteral("未知选项 (unknown option): %1").arg(key);
    }
    return ok ? std::nullopt : std::optional<QString>(bad());
}

} // namespace

std::optional<QString> CounterOptions::parse(const QStringList& arguments, CounterOptions& out)
{
    if (out.controller.url.isEmpty()) {
        out.controller.url = QUrl(QStringLiteral("ws://127.0.0.1:7700/v1"));
    }
    if (out.controller.device.isEmpty()) {
        out.controller.device = QStringLiteral("counter-1");
    }
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "hall-counter: the staff counter client (call, serve, transfer; supervisor view for admin devices).\n"
        "Options may also come from a JSON file given with --config, keys in camelCase; flags override it."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("config"), QStringLiteral("JSON file with any of the options."),
                      QStringLiteral("file")});
    for (const Flag& f : kFlags) {
        parser.addOption({QString::fromLatin1(f.name), QString::fromLatin1(f.help), QStringLiteral("value")});
    }
    parser.addOption({QStringLiteral("fullscreen"), QStringLiteral("Full screen.")});
    parser.addOption({QStringLiteral("rating-window"),
                      QStringLiteral("Show the rating (评价器) in a second small window for the resident.")});
    parser.addOption({QStringLiteral("self-test"),
                      QStringLiteral("Log in, open the window, call and finish one ticket offscreen, "
                                     "exit 0 (ok) or 1. Needs --user, --password and --window.")});
    if (!parser.parse(arguments)) {
        return parser.errorText();
    }
    if (parser.isSet(QStringLiteral("help"))) {
        parser.showHelp(0);
    }
    if (parser.isSet(QStringLiteral("config"))) {
        QFile file(parser.value(QStringLiteral("config")));
        if (!file.open(QIODevice::ReadOnly)) {
            return QStringLiteral("无法读取配置文件 (cannot read) %1").arg(file.fileName());
        }
        const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        for (auto it = json.begin(); it != json.end(); ++it) {
            const QJsonValue v = it.value();
            const QString text = v.isBool()     ? QLatin1String(v.toBool() ? "true" : "false")
                                 : v.isDouble() ? QString::number(v.toInteger())
                                                : v.toString();
            if (auto problem = apply(out, it.key(), text)) {
                return problem;
            }
        }
    }
    for (const Flag& f : kFlags) {
        if (parser.isSet(QString::fromLatin1(f.name))) {
            if (auto problem =
                    apply(out, QString::fromLatin1(f.key), parser.value(QString::fromLatin1(f.name)))) {
                return problem;
            }
        }
    }
    if (parser.isSet(QStringLiteral("fullscreen"))) {
        out.fullScreen = true;
    }
    if (parser.isSet(QStringLiteral("rating-window"))) {
        out.ratingWindow = true;
    }
    out.selfTest = parser.isSet(QStringLiteral("self-test"));
    if (out.controller.token.isEmpty()) {
        return QStringLiteral("缺少设备令牌 (missing --token)");
    }
    if (out.selfTest && out.controller.role == QLatin1String("counter") &&
        (out.controller.defaultUser.isEmpty() || out.password.isEmpty() || out.window == 0)) {
        return QStringLiteral("自检需要 --user、--password 和 --window (the self-test needs them)");
    }
    return std::nullopt;
}

} // namespace hall
