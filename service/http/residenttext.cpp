// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "residenttext.h"

#include <QJsonDocument>

namespace hall {

struct ResidentText::Entry
{
    const char* source; ///< zh_CN
    const char* key;    ///< the message's disambiguation in the .ts
};

namespace {

// QT_TRANSLATE_NOOP3 makes {source, disambiguation}: the key is each message's disambiguation, so two
// keys with the same Chinese (取消预约 as a heading and as a button) can have different English.
// Placeholders in braces are the page's to fill.
const ResidentText::Entry kEntries[] = {
    // Both pages
    QT_TRANSLATE_NOOP3("ResidentText", "大字", "large"),
    QT_TRANSLATE_NOOP3("ResidentText", "标准字", "normal"),
    QT_TRANSLATE_NOOP3("ResidentText", "{y}年{m}月{d}日 {wd}", "dateLong"),
    QT_TRANSLATE_NOOP3("ResidentText", "星期日", "wd0"),
    QT_TRANSLATE_NOOP3("ResidentText", "星期一", "wd1"),
    QT_TRANSLATE_NOOP3("ResidentText", "星期二", "wd2"),
    QT_TRANSLATE_NOOP3("ResidentText", "星期三", "wd3"),
    QT_TRANSLATE_NOOP3("ResidentText", "星期四", "wd4"),
    QT_TRANSLATE_NOOP3("ResidentText", "星期五", "wd5"),
    QT_TRANSLATE_NOOP3("ResidentText", "星期六", "wd6"),
    // The ticket page
    QT_TRANSLATE_NOOP3("ResidentText", "排队进度", "ticketTitle"),
    QT_TRANSLATE_NOOP3("ResidentText", "您的号码", "yourNumber"),
    QT_TRANSLATE_NOOP3("ResidentText", "前面还有", "ahead"),
    QT_TRANSLATE_NOOP3("ResidentText", "{n} 人", "aheadCount"),
    QT_TRANSLATE_NOOP3("ResidentText", "预计等候", "wait"),
    QT_TRANSLATE_NOOP3("ResidentText", "约 {n} 分钟", "waitMinutes"),
    QT_TRANSLATE_NOOP3("ResidentText", "暂无窗口", "noWindow"),
    QT_TRANSLATE_NOOP3("ResidentText", "办理事项（按顺序）", "errands"),
    QT_TRANSLATE_NOOP3("ResidentText", "等候中", "waiting"),
    QT_TRANSLATE_NOOP3("ResidentText", "请到 {n} 号窗口", "called"),
    QT_TRANSLATE_NOOP3("ResidentText", "正在 {n} 号窗口办理", "serving"),
    QT_TRANSLATE_NOOP3("ResidentText", "已过号，请到服务台咨询", "setAside"),
    QT_TRANSLATE_NOOP3("ResidentText", "已办结，感谢您的耐心等候", "finished"),
    QT_TRANSLATE_NOOP3("ResidentText", "此号已取消", "cancelled"),
    QT_TRANSLATE_NOOP3("ResidentText", "此号已过期", "expired"),
    QT_TRANSLATE_NOOP3("ResidentText", "此号不是今天的号或已失效", "gone"),
    QT_TRANSLATE_NOOP3("ResidentText", "实时更新中", "live"),
    QT_TRANSLATE_NOOP3("ResidentText", "连接中断，正在重新连接…", "reconnecting"),
    QT_TRANSLATE_NOOP3("ResidentText", "每 15 秒自动刷新", "polling"),
    QT_TRANSLATE_NOOP3("ResidentText", "本页每 20 秒刷新一次。", "noscript"),
    // The booking page
    QT_TRANSLATE_NOOP3("ResidentText", "预约确认", "bookingTitle"),
    QT_TRANSLATE_NOOP3("ResidentText", "日期", "date"),
    QT_TRANSLATE_NOOP3("ResidentText", "时间", "time"),
    QT_TRANSLATE_NOOP3("ResidentText", "登记处", "office"),
    QT_TRANSLATE_NOOP3("ResidentText", "预约码", "code"),
    QT_TRANSLATE_NOOP3("ResidentText", "颁证厅", "hall"),
    QT_TRANSLATE_NOOP3("ResidentText", "预约成功", "b_confirmed"),
    QT_TRANSLATE_NOOP3("ResidentText", "已签到", "b_checkedIn"),
    QT_TRANSLATE_NOOP3("ResidentText", "预约已取消", "b_cancelled"),
    QT_TRANSLATE_NOOP3("ResidentText", "登记处已取消该日预约", "b_cancelledByOffice"),
    QT_TRANSLATE_NOOP3("ResidentText", "已过期（未到场）", "b_noShow"),
    QT_TRANSLATE_NOOP3("ResidentText", "到场签到", "checkinTitle"),
    QT_TRANSLATE_NOOP3(
        "ResidentText",
        "请于 {from}–{until} 到大厅自助机，选择“预约签到”并扫描下面的二维码（或输入预约码和身份证号码）。",
        "checkin"),
    QT_TRANSLATE_NOOP3("ResidentText", "请携带", "bringTitle"),
    QT_TRANSLATE_NOOP3("ResidentText", "取消预约", "cancelTitle"),
    QT_TRANSLATE_NOOP3("ResidentText", "可在 {until} 前取消。", "cancelRule"),
    QT_TRANSLATE_NOOP3("ResidentText", "{from} 之后取消将计入失约记录，多次失约将暂停预约资格。", "lateRule"),
    QT_TRANSLATE_NOOP3("ResidentText", "取消预约", "cancelStart"),
    QT_TRANSLATE_NOOP3("ResidentText", "请输入预约时所留手机号码的后四位", "lastFour"),
    QT_TRANSLATE_NOOP3("ResidentText", "返回", "back"),
    QT_TRANSLATE_NOOP3("ResidentText", "确认取消", "confirm"),
    QT_TRANSLATE_NOOP3("ResidentText", "现在取消将计入失约记录。", "lateWarn"),
    QT_TRANSLATE_NOOP3("ResidentText", "取消后名额将释放给他人，且不可恢复。", "sure"),
    QT_TRANSLATE_NOOP3("ResidentText", "请输入 4 位数字", "needFour"),
    QT_TRANSLATE_NOOP3("ResidentText", "网络异常，请稍后再试", "failed"),
    // A refused cancellation (cancelErrorKey)
    QT_TRANSLATE_NOOP3("ResidentText", "请输入预约时所留手机号码的后四位", "err_digits"),
    QT_TRANSLATE_NOOP3("ResidentText", "预约码或手机号码后四位不对，请核对", "err_mismatch"),
    QT_TRANSLATE_NOOP3("ResidentText", "已过网上取消时间（{until} 前可取消），如需帮助请联系登记处",
                       "err_tooLate"),
    QT_TRANSLATE_NOOP3("ResidentText", "该预约已经取消", "err_cancelled"),
    QT_TRANSLATE_NOOP3("ResidentText", "该预约已签到，不能取消", "err_checkedIn"),
    QT_TRANSLATE_NOOP3("ResidentText", "该预约已失效，不能取消", "err_inactive"),
    QT_TRANSLATE_NOOP3("ResidentText", "尝试次数过多，请稍后再试或到登记处办理", "err_limited"),
    QT_TRANSLATE_NOOP3("ResidentText", "暂时无法取消，请稍后再试", "err_other"),
    // Plain answers (ResidentText::both)
    QT_TRANSLATE_NOOP3("ResidentText", "请求过于频繁，请 %1 秒后再试", "tooMany"),
    QT_TRANSLATE_NOOP3("ResidentText", "找不到该页面，请重新扫描小票或确认单上的二维码", "notFound"),
    QT_TRANSLATE_NOOP3("ResidentText", "同时打开的页面过多，请关闭一些页面后再试", "tooManyLive"),
};

constexpr char kContext[] = "ResidentText";

} // namespace

ResidentText::ResidentText()
{
    // Compiled in (service/CMakeLists.txt); a build without it would show Chinese on the English
    // switch, which untranslated() and its test catch.
    (void)m_english.load(QStringLiteral(":/i18n/hall_service_en.qm"));
    m_pageJson = QJsonDocument(QJsonObject{{QStringLiteral("zh"), strings(Lang::Zh)},
                                           {QStringLiteral("en"), strings(Lang::En)}})
                     .toJson(QJsonDocument::Compact);
}

QString ResidentText::text(const QString& key, Lang lang) const
{
    for (const Entry& e : kEntries) {
        if (key == QLatin1String(e.key)) {
            return in(e, lang);
        }
    }
    return {};
}

QString ResidentText::in(const Entry& e, Lang lang) const
{
    const QString english = lang == Lang::En ? m_english.translate(kContext, e.source, e.key) : QString();
    return english.isEmpty() ? QString::fromUtf8(e.source) : english;
}

QJsonObject ResidentText::strings(Lang lang) const
{
    QJsonObject out;
    for (const Entry& e : kEntries) {
        out.insert(QLatin1String(e.key), in(e, lang));
    }
    return out;
}

QStringList ResidentText::untranslated() const
{
    QStringList missing;
    for (const Entry& e : kEntries) {
        if (m_english.translate(kContext, e.source, e.key).isEmpty()) {
            missing << QLatin1String(e.key);
        }
    }
    return missing;
}

QString ResidentText::cancelErrorKey(const QString& code, const QString& status)
{
    if (code == QLatin1String("INVALID_ARGUMENT")) {
        return QStringLiteral("err_digits");
    }
    if (code == QLatin1String("UNKNOWN_BOOKING")) {
        return QStringLiteral("err_mismatch"); // a wrong code and wrong digits look alike
    }
    if (code == QLatin1String("CANCEL_TOO_LATE")) {
        return QStringLiteral("err_tooLate");
    }
    if (code == QLatin1String("RATE_LIMITED")) {
        return QStringLiteral("err_limited");
    }
    if (code == QLatin1String("INVALID_TRANSITION")) {
        if (status == QLatin1String("cancelled") || status == QLatin1String("cancelledByOffice")) {
            return QStringLiteral("err_cancelled");
        }
        return status == QLatin1String("checkedIn") ? QStringLiteral("err_checkedIn")
                                                    : QStringLiteral("err_inactive");
    }
    return QStringLiteral("err_other");
}

} // namespace hall
