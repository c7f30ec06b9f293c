#include "kioskoptions.h"

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
    {"device", "device", "This kiosk's device name (default kiosk-1)."},
    {"token", "token", "Device token from `hall-admin device add --role kiosk`."},
    {"printer", "printer", "Printer backend: simulated (default), escpos or none."},
    {"printer-address", "printerAddress",
     "escpos: tcp://host:9100, file:///dev/usb/lp0, serial:/dev/ttyUSB0."},
    {"printer-profile", "printerProfile", "58mm-raster (default), 58mm-gb18030, 80mm-raster, 80mm-gb18030."},
    {"printer-output", "printerOutput", "simulated: directory for the printed tickets as PNG."},
    {"paper-dots", "paperDots", "simulated: length of the paper roll in dots (default unlimited)."},
    {"idcard-file", "idcardFile", "Simulated ID-card reader serving the identities of this JSON file."},
    {"camera", "camera",
     "Check-in QR camera: none (default), default, a camera id, or simulated:IMAGE (a still image as "
     "video)."},
    {"voice", "voice", "Voice guidance in elderly mode: media (default), silent (simulated) or none."},
    {"voice-dir", "voiceDir", "Directory of voice clips (default: the pack built with the kiosk)."},
    {"idle-seconds", "idleSeconds",
     "Return home after this long without a touch (default 60; doubled for elderly mode)."},
    {"follow-url", "followUrl", "QR payload on tickets; {day} and {number} are replaced."},
    {"size", "size", "Window size WxH (default 1080x1920, portrait)."},
};

std::optional<QString> apply(KioskOptions& o, const QString& key, const QString& value)
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
    } else if (key == QLatin1String("printer")) {
        ok = value == QLatin1String("simulated") || value == QLatin1String("escpos") ||
             value == QLatin1String("none");
        o.printer.insert(QStringLiteral("backend"), value);
    } else if (key == QLatin1String("printerAddress")) {
        o.printer.insert(QStringLiteral("address"), value);
    } else if (key == QLatin1String("printerProfile")) {
        o.printer.insert(QStringLiteral("profile"), value);
    } else if (key == QLatin1String("printerOutput")) {
        o.printer.insert(QStringLiteral("outputDir"), value);
    } else if (key == QLatin1String("paperDots")) {
        o.printer.insert(QStringLiteral("paperDots"), value.toInt(&ok));
    } else if (key == QLatin1String("idcardFile")) {
        o.idCard = {{QStringLiteral("backend"), QStringLiteral("simulated")},
                    {QStringLiteral("file"), value}};
    } else if (key == QLatin1String("camera")) {
        o.camera = value.trimmed();
        ok = !o.camera.isEmpty() && o.camera != QLatin1String("simulated:");
    } else if (key == QLatin1String("voice")) {
        ok = value == QLatin1String("media") || value == QLatin1String("silent") ||
             value == QLatin1String("none");
        if (value == QLatin1String("none")) {
            o.voice.clear();
        } else {
            o.voice.insert(QStringLiteral("audio"), value);
        }
    } else if (key == QLatin1String("voiceDir")) {
        o.voice.insert(QStringLiteral("voiceDir"), value);
    } else if (key == QLatin1String("idleSeconds")) {
        o.journey.idleTimeoutMs = value.toInt(&ok) * 1000;
        ok = ok && o.journey.idleTimeoutMs > 0;
    } else if (key == QLatin1String("followUrl")) {
        o.journey.followUrl = value;
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

std::optional<QString> KioskOptions::parse(const QStringList& arguments, KioskOptions& out)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "hall-kiosk: the resident kiosk (take a ticket). Options may also come from a JSON file given\n"
        "with --config, keys in camelCase (e.g. {\"url\": \"ws://hall:7700/v1\", \"printer\": \"escpos\"});\n"
        "flags override the file."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("config"), QStringLiteral("JSON file with any of the options."),
                      QStringLiteral("file")});
    for (const Flag& f : kFlags) {
        parser.addOption({QString::fromLatin1(f.name), QString::fromLatin1(f.help), QStringLiteral("value")});
    }
    parser.addOption(
        {QStringLiteral("fullscreen"), QStringLiteral("Full screen (the kiosk's normal mode).")});
    parser.addOption(
        {QStringLiteral("self-test"),
         QStringLiteral("Take one ticket offscreen against the service, then exit 0 (ok) or 1.")});
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
    out.selfTest = parser.isSet(QStringLiteral("self-test"));
    if (out.token.isEmpty()) {
        return QStringLiteral("缺少设备令牌 (missing --token)");
    }
    return std::nullopt;
}

} // namespace hall
