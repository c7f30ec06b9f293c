// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "errortext.h"

#include "domain/errorretry.h"

#include <QCoreApplication>

namespace hall {

namespace {

struct Entry
{
    const char* code;
    const char* text;
};

// QT_TRANSLATE_NOOP keeps the sentences visible to lupdate; forCode translates them at run time.
const Entry kEntries[] = {
    {"QUEUE_EMPTY", QT_TRANSLATE_NOOP("hall::ErrorText", "本窗口的业务暂时没有人等候")},
    {"COUNTER_BUSY", QT_TRANSLATE_NOOP("hall::ErrorText", "手上还有号：请先办结、过号或转办")},
    {"COUNTER_CLOSED", QT_TRANSLATE_NOOP("hall::ErrorText", "窗口未开启：请先开启窗口")},
    {"COUNTER_PAUSED", QT_TRANSLATE_NOOP("hall::ErrorText", "窗口已暂停：恢复后才能叫号")},
    {"COUNTER_IDLE", QT_TRANSLATE_NOOP("hall::ErrorText", "窗口现在没有号：请先叫号")},
    {"NOT_SERVED_HERE", QT_TRANSLATE_NOOP("hall::ErrorText", "这个号不在本窗口办理")},
    {"UNKNOWN_TICKET", QT_TRANSLATE_NOOP("hall::ErrorText", "今天没有这个号")},
    {"INVALID_TRANSITION", QT_TRANSLATE_NOOP("hall::ErrorText", "这个号现在不能这样操作")},
    {"REQUEUE_LIMIT", QT_TRANSLATE_NOOP("hall::ErrorText", "已重新排队过，不能再排：请群众重新取号")},
    {"UNKNOWN_SERVICE", QT_TRANSLATE_NOOP("hall::ErrorText", "没有这项业务")},
    {"UNKNOWN_COUNTER", QT_TRANSLATE_NOOP("hall::ErrorText", "没有这个窗口")},
    {"FORBIDDEN", QT_TRANSLATE_NOOP("hall::ErrorText", "您的账号不能操作这个窗口")},
    {"UNAUTHENTICATED", QT_TRANSLATE_NOOP("hall::ErrorText", "登录已失效：请重新登录")},
    {"AUTH_FAILED", QT_TRANSLATE_NOOP("hall::ErrorText", "用户名或密码错误")},
    // The device token (hello), not the staff member: ServiceClient::unauthorised.
    {"DEVICE_UNAUTHORISED",
     QT_TRANSLATE_NOOP("hall::ErrorText", "本机未获授权（设备令牌无效或已吊销）：请联系管理员")},
    // A desk key pressed while the service is out of reach is dropped, never sent later.
    {"OFFLINE", QT_TRANSLATE_NOOP("hall::ErrorText", "网络中断，这次操作没有执行：连接恢复后请重按")},
    {"LOGIN_LOCKED", QT_TRANSLATE_NOOP("hall::ErrorText", "密码错误次数过多，暂停登录：请 15 分钟后再试")},
    {"TIMEOUT", QT_TRANSLATE_NOOP("hall::ErrorText", "排队服务没有及时答复：请再按一次")},
    {"DISCONNECTED",
     QT_TRANSLATE_NOOP("hall::ErrorText", "网络中断：请看屏幕上的号是否已变，再决定是否重按")},
    {"STORAGE_FAILED", QT_TRANSLATE_NOOP("hall::ErrorText", "排队服务保存失败，什么也没改变：请再按一次")},
    {"RATE_LIMITED", QT_TRANSLATE_NOOP("hall::ErrorText", "操作太快了：请稍等再按")},
    {"INVALID_ARGUMENT", QT_TRANSLATE_NOOP("hall::ErrorText", "输入有误")},
    {"REQUEST_ID_REUSED", QT_TRANSLATE_NOOP("hall::ErrorText", "重复的请求：请再按一次")},
    {"NO_MATCH", QT_TRANSLATE_NOOP("hall::ErrorText", "等候列表里没有这个号")},
    {"AMBIGUOUS", QT_TRANSLATE_NOOP("hall::ErrorText", "有几个号都以这几位结尾：请输入完整号码")},
    // Cases (办件, docs/cases.md); the service's message (the detail) names the step or the date.
    {"UNKNOWN_CASE", QT_TRANSLATE_NOOP("hall::ErrorText", "没有这个办件")},
    {"UNKNOWN_CASE_TYPE", QT_TRANSLATE_NOOP("hall::ErrorText", "没有这种办件类型")},
    {"UNKNOWN_OFFICE", QT_TRANSLATE_NOOP("hall::ErrorText", "没有这个承办机构")},
    {"STEP_MISMATCH", QT_TRANSLATE_NOOP("hall::ErrorText", "办件不在这一步：请刷新后再办")},
    {"NOTICE_RUNNING", QT_TRANSLATE_NOOP("hall::ErrorText", "公示期未满，不能进入下一步")},
    {"JOINT_STEP_INCOMPLETE", QT_TRANSLATE_NOOP("hall::ErrorText", "这一步须两名工作人员共同办理、共同签字")},
    {"DUTY_CONFLICT", QT_TRANSLATE_NOOP("hall::ErrorText", "调查和审批须由不同的工作人员负责")},
    {"OBJECTION_PENDING", QT_TRANSLATE_NOOP("hall::ErrorText", "公示期间收到异议，须先核实处理")},
    {"CASE_CLOSED", QT_TRANSLATE_NOOP("hall::ErrorText", "办件已办结、不予批准或撤回")},
    {"AWAITING_DOCUMENTS", QT_TRANSLATE_NOOP("hall::ErrorText", "办件正等待补充材料")},
    {"NOT_AWAITING_DOCUMENTS", QT_TRANSLATE_NOOP("hall::ErrorText", "办件没有待补充的材料")},
    {"NOT_PERMITTED", QT_TRANSLATE_NOOP("hall::ErrorText", "您的账号未获准办理这类办件")},
    {"INVALID_ID_NUMBER", QT_TRANSLATE_NOOP("hall::ErrorText", "身份证号码无效")},
    // The counter's own (counterCodes()). Reports (报表): the export is written on this PC.
    {"EXPORT_FAILED", QT_TRANSLATE_NOOP("hall::ErrorText", "报表导出失败")},
};

bool g_errorTextEnglish = false;

const char* const kCounterCodes[] = {"OFFLINE", "DEVICE_UNAUTHORISED", "AMBIGUOUS", "EXPORT_FAILED"};

} // namespace

QString ErrorText::forCode(const QString& code)
{
    for (const Entry& e : kEntries) {
        if (code == QLatin1String(e.code)) {
            return QCoreApplication::translate("hall::ErrorText", e.text);
        }
    }
    return QCoreApplication::translate("hall::ErrorText", "操作没有成功（%1）").arg(code);
}

QString ErrorText::forRefusal(const QString& code, const Sentence& sentence)
{
    const QString said = sentence.in(g_errorTextEnglish);
    return said.isEmpty() ? forCode(code) : said;
}

void ErrorText::setEnglish(bool english)
{
    g_errorTextEnglish = english;
}

QStringList ErrorText::knownCodes()
{
    QStringList out;
    for (const Entry& e : kEntries) {
        out.append(QLatin1String(e.code));
    }
    return out;
}

QStringList ErrorText::counterCodes()
{
    QStringList out;
    for (const char* code : kCounterCodes) {
        out.append(QLatin1String(code));
    }
    return out;
}

bool ErrorText::isConnectionProblem(const QString& code)
{
    return mayNotHaveRun(code);
}

} // namespace hall
