// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "caseworkbench.h"

#include "casewords.h"
#include "controllerfollow.h"
#include "countercontroller.h"

#include <QJsonArray>

namespace hall {

CaseWorkbench::CaseWorkbench(QObject* parent)
    : QObject(parent), m_foundRows({QStringLiteral("number"), QStringLiteral("label")}),
      m_steps({QStringLiteral("label"), QStringLiteral("fill"), QStringLiteral("edge")}),
      m_history({QStringLiteral("line")})
{}

void CaseWorkbench::setController(CounterController* controller)
{
    if (!followController(this, m_controller, controller, m_actions, [this] { loadTypes(); })) {
        return;
    }
    if (m_controller) {
        // The history's words follow the screen's language.
        connect(m_controller, &CounterController::englishChanged, this, [this] { setSelected(m_selected); });
    }
    emit controllerChanged();
}

void CaseWorkbench::loadTypes()
{
    ServiceClient* client = m_controller ? m_controller->client() : nullptr;
    if (!client) {
        return;
    }
    client->request(QStringLiteral("case.types"), {}, [this](const ServiceReply& r) {
        if (!r.ok) {
            return; // e.g. not logged in yet; asked again on the next connection
        }
        const QStringList permitted = r.result.value(QLatin1String("permitted")).toVariant().toStringList();
        m_types.clear();
        for (const QJsonValue& v : r.result.value(QLatin1String("types")).toArray()) {
            QVariantMap t = v.toObject().toVariantMap();
            const QString type = t.value(QStringLiteral("type")).toString();
            // Admins get no list: they may handle every type.
            t.insert(QStringLiteral("permitted"), !r.result.contains(QLatin1String("permitted")) ||
                                                      permitted.contains(QStringLiteral("*")) ||
                                                      permitted.contains(type));
            m_types << t;
        }
        m_offices = r.result.value(QLatin1String("offices")).toArray().toVariantList();
        emit typesChanged();
    });
}

QVariantList CaseWorkbench::permittedTypes() const
{
    QVariantList out;
    for (const QVariant& t : m_types) {
        if (t.toMap().value(QStringLiteral("permitted")).toBool()) {
            out << t;
        }
    }
    return out;
}

bool CaseWorkbench::find(const QString& text)
{
    ServiceClient* client = m_controller ? m_controller->client() : nullptr;
    const QString t = text.trimmed().toUpper();
    if (!client || t.isEmpty()) {
        return false;
    }
    const bool byId = t.size() == 18;
    client->request(QStringLiteral("case.find"),
                    {{byId ? QStringLiteral("idNumber") : QStringLiteral("number"), t}},
                    [this](const ServiceReply& r) {
                        if (!r.ok) {
                            m_actions.fail(r);
                            setFound({});
                            return;
                        }
                        m_actions.clearError();
                        setFound(r.result.value(QLatin1String("cases")).toArray().toVariantList());
                        if (!m_found.isEmpty()) {
                            select(0);
                        }
                    });
    return true;
}

void CaseWorkbench::select(int row)
{
    if (row >= 0 && row < m_found.size()) {
        m_message.clear();
        setSelected(m_found.at(row).toMap());
    }
}

void CaseWorkbench::setFound(QVariantList found)
{
    m_found = std::move(found);
    m_foundRows.setRows(casewords::foundRows(m_found));
    emit foundChanged();
}

void CaseWorkbench::setSelected(QVariantMap caseView)
{
    m_selected = std::move(caseView);
    m_steps.setRows(casewords::stepRows(m_selected));
    m_history.setRows(casewords::historyRows(m_selected));
    m_offers.update(m_selected);
    emit selectedChanged();
}

QString CaseWorkbench::title() const
{
    return casewords::title(m_selected);
}

QString CaseWorkbench::stateLine() const
{
    return casewords::stateLine(m_selected);
}

QString CaseWorkbench::objectionText() const
{
    return casewords::objectionText(m_selected);
}

void CaseWorkbench::show(const QJsonObject& caseView, const QString& message)
{
    const QVariantMap view = caseView.toVariantMap();
    m_message = message;
    // The list shows the same case: keep it current.
    QVariantList found = m_found;
    for (QVariant& v : found) {
        if (v.toMap().value(QStringLiteral("number")) == view.value(QStringLiteral("number"))) {
            v = view;
        }
    }
    setFound(std::move(found));
    setSelected(view);
}

bool CaseWorkbench::act(const QString& action, const QString& op, QJsonObject args, const QString& done)
{
    if (!op.endsWith(QLatin1String("accept"))) {
        if (m_selected.isEmpty()) {
            return false;
        }
        args.insert(QStringLiteral("number"), m_selected.value(QStringLiteral("number")).toString());
    }
    return m_actions.run(action, op, args, [this, done](bool ok, const QJsonObject& result) {
        if (ok) {
            show(result.value(QLatin1String("case")).toObject(), done);
        }
    });
}

bool CaseWorkbench::accept(const QString& type, const QString& office, const QString& name,
                           const QString& idNumber, const QString& phone, int householdSize,
                           const QString& note)
{
    QJsonObject args{{QStringLiteral("type"), type},
                     {QStringLiteral("office"), office},
                     {QStringLiteral("name"), name.trimmed()},
                     {QStringLiteral("idNumber"), idNumber.trimmed()},
                     {QStringLiteral("phone"), phone.trimmed()},
                     {QStringLiteral("householdSize"), householdSize}};
    if (!note.trimmed().isEmpty()) {
        args.insert(QStringLiteral("note"), note.trimmed());
    }
    const bool sent = act(QStringLiteral("caseAccept"), QStringLiteral("case.accept"), args, tr("已受理"));
    if (sent) {
        setFound({});
    }
    return sent;
}

bool CaseWorkbench::advance(const QString& note, const QString& secondStaff, const QString& outcome,
                            bool recipientSigned)
{
    const int step = m_selected.value(QStringLiteral("step")).toInt();
    QJsonObject args{{QStringLiteral("step"), step}};
    if (!note.trimmed().isEmpty()) {
        args.insert(QStringLiteral("note"), note.trimmed());
    }
    if (!secondStaff.trimmed().isEmpty()) {
        args.insert(QStringLiteral("secondStaff"), secondStaff.trimmed());
    }
    if (!outcome.isEmpty()) {
        args.insert(QStringLiteral("outcome"), outcome);
    }
    if (recipientSigned) {
        args.insert(QStringLiteral("recipientSigned"), true);
    }
    return act(QStringLiteral("caseAdvance"), QStringLiteral("case.advance"), args, tr("本步已通过"));
}

bool CaseWorkbench::recordObjection(const QString& note)
{
    return act(QStringLiteral("caseObjection"), QStringLiteral("case.objection"),
               {{QStringLiteral("step"), m_selected.value(QStringLiteral("step")).toInt()},
                {QStringLiteral("note"), note.trimmed()}},
               tr("异议已登记，本件暂停"));
}

bool CaseWorkbench::resolveObjection(bool upheld, const QString& note)
{
    return act(QStringLiteral("caseResolveObjection"), QStringLiteral("case.resolveObjection"),
               {{QStringLiteral("step"), m_selected.value(QStringLiteral("step")).toInt()},
                {QStringLiteral("outcome"), upheld ? QStringLiteral("upheld") : QStringLiteral("dismissed")},
                {QStringLiteral("note"), note.trimmed()}},
               upheld ? tr("异议成立，已按规定处理") : tr("异议不成立，继续办理"));
}

bool CaseWorkbench::returnForDocuments(const QString& missing)
{
    return act(QStringLiteral("caseReturn"), QStringLiteral("case.return"),
               {{QStringLiteral("step"), m_selected.value(QStringLiteral("step")).toInt()},
                {QStringLiteral("missing"), missing.trimmed()}},
               tr("已退回补充材料"));
}

bool CaseWorkbench::documentsReceived(const QString& note)
{
    QJsonObject args;
    if (!note.trimmed().isEmpty()) {
        args.insert(QStringLiteral("note"), note.trimmed());
    }
    return act(QStringLiteral("caseDocuments"), QStringLiteral("case.documentsReceived"), args,
               tr("材料已收齐"));
}

bool CaseWorkbench::refuse(const QString& reason)
{
    return act(QStringLiteral("caseRefuse"), QStringLiteral("case.refuse"),
               {{QStringLiteral("step"), m_selected.value(QStringLiteral("step")).toInt()},
                {QStringLiteral("reason"), reason.trimmed()}},
               tr("已不予批准"));
}

bool CaseWorkbench::withdraw(const QString& note)
{
    QJsonObject args;
    if (!note.trimmed().isEmpty()) {
        args.insert(QStringLiteral("note"), note.trimmed());
    }
    return act(QStringLiteral("caseWithdraw"), QStringLiteral("case.withdraw"), args, tr("已撤回"));
}

bool CaseWorkbench::addNote(const QString& note)
{
    return act(QStringLiteral("caseNote"), QStringLiteral("case.note"),
               {{QStringLiteral("note"), note.trimmed()}}, tr("备注已记录"));
}

} // namespace hall
