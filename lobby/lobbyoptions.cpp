#include "lobbyoptions.h"

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
    {"device", "device", "This display's device name (default lobby-1)."},
    {"token", "token", "Device token from `hall-admin device add --role display`."},
    {"notices", "notices", "JSON file of the public notices (default: the built-in ones)."},
    {"audio", "audio", "Voice: media (default, the sound card), silent (simulated) or none."},
    {"voice-dir", "voiceDir", "Directory of the voice clips (default: the built-in voice)."},
    {"repeat", "repeat", "Times each call is spoken (default 2)."},
    {"volume", "volume", "Volume 0.0-1.0 (default 1.0)."},
    {"quiet-from", "quietFrom", "Quiet hours start, HH:mm hall time."},
    {"quiet-to", "quietTo", "Quiet hours end, HH:mm hall time."},
    {"quiet-volume", "quietVolume", "Volume in quiet hours (0: calls are not spoken)."},
    {"calls", "calls", "Number of recent calls listed (default 6, 1-10)."},
    {"language", "language", "zh (default) or en."},
    {"size", "size", "Window size WxH (default 1920x1080)."},
};

std::optional<QString> apply(LobbyOptions& o, const QString& key, const QString& value)
{
    const auto bad = [&] { return QStringLiteral("选项 %1 的值无效 (invalid value): %2").arg(key, value); };
    bool ok = true;
    if (key == QLatin1String("url")) {
        o.url = QUrl(value);
        ok = o.url.isValid() &&
             (o.url.scheme() == QLatin1String("ws") || o.url.scheme() == QLatin1String("wss"));
    } else if (key == QLatin1String("device")) {
        o.device = value;
    } else if (key == QLatin1String("token")) {
        o.token = value;
    } else if (key == QLatin1String("notices")) {
        o.noticesFile = value;
    } else if (key == QLatin1String("audio")) {
        ok = value == QLatin1String("media") || value == QLatin1String("silent") ||
             value == QLatin1String("none");
        o.voice.insert(QStringLiteral("audio"), value);
    } else if (key == QLatin1String("voiceDir") || key == QLatin1String("quietFrom") ||
               key == QLatin1String("quietTo")) {
        o.voice.insert(key, value);
    } else if (key == QLatin1String("repeat")) {
        const int n = value.toInt(&ok);
        ok = ok && n >= 1 && n <= 5;
        o.voice.insert(key, n);
    } else if (key == QLatin1String("volume") || key == QLatin1String("quietVolume")) {
        const double v = value.toDouble(&ok);
        ok = ok && v >= 0.0 && v <= 1.0;
        o.voice.insert(key, v);
    } else if (key == QLatin1String("calls")) {
        o.callsShown = value.toInt(&ok);
        ok = ok && o.callsShown >= 1 && o.callsShown <= 10; // the service keeps the last 10
    } else if (key == QLatin1String("language")) {
        ok = value == QLatin1String("zh") || value == QLatin1String("en");
        o.english = value == QLatin1String("en");
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
    } else {
        return QStringLiteral("未知选项 (unknown option): %1").arg(key);
    }
    return ok ? std::nullopt : std::optional<QString>(bad());
}

} // namespace

std::optional<QString> LobbyOptions::parse(const QStringList& arguments, LobbyOptions& out)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "hall-lobby: the lobby display (calls, windows, waiting figures, notices) and the voice that\n"
        "announces calls. Options may also come from a JSON file given with --config, keys in camelCase\n"
        "(e.g. {\"url\": \"ws://hall:7700/v1\", \"audio\": \"media\"}); flags override the file."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("config"), QStringLiteral("JSON file with any of the options."),
                      QStringLiteral("file")});
    for (const Flag& f : kFlags) {
        parser.addOption({QString::fromLatin1(f.name), QString::fromLatin1(f.help), QStringLiteral("value")});
    }
    parser.addOption(
        {QStringLiteral("fullscreen"), QStringLiteral("Full screen (the display's normal mode).")});
    parser.addOption({QStringLiteral("self-test"),
                      QStringLiteral("Show the hall offscreen from the service, then exit 0 (ok) or 1.")});
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
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
        if (!doc.isObject()) {
            return QStringLiteral("配置文件无效 (invalid JSON) %1: %2")
                .arg(file.fileName(), error.errorString());
        }
        const QJsonObject json = doc.object();
        for (auto it = json.begin(); it != json.end(); ++it) {
            const QJsonValue v = it.value();
            const QString text = v.isBool()     ? QLatin1String(v.toBool() ? "true" : "false")
                                 : v.isDouble() ? QString::number(v.toDouble())
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
    out.selfTest = parser.isSet(QStringLiteral("self-test"));
    if (out.token.isEmpty()) {
        return QStringLiteral("缺少设备令牌 (missing --token)");
    }
    return std::nullopt;
}

} // namespace hall
