// SPDX-FileCopyrightText: 2026 ServiceHall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "casesconfig.h"

#include "domain/configoverlay.h"
#include "domain/jsonconfigreader.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace hall {

namespace {

std::optional<StepKind> stepKindFrom(const QString& s)
{
    static const QHash<QString, StepKind> kinds{
        {QStringLiteral("application"), StepKind::Application},
        {QStringLiteral("task"), StepKind::Task},
        {QStringLiteral("notice"), StepKind::Notice},
        {QStringLiteral("approval"), StepKind::Approval},
        {QStringLiteral("issue"), StepKind::Issue},
        {QStringLiteral("payment"), StepKind::Payment},
    };
    const auto it = kinds.constFind(s);
    return it == kinds.cend() ? std::nullopt : std::optional<StepKind>(*it);
}

std::optional<PaymentFrequency> frequencyFrom(const QString& s)
{
    if (s == QLatin1String("none")) {
        return PaymentFrequency::None;
    }
    if (s == QLatin1String("once")) {
        return PaymentFrequency::Once;
    }
    if (s == QLatin1String("monthly")) {
        return PaymentFrequency::Monthly;
    }
    if (s == QLatin1String("quarterly")) {
        return PaymentFrequency::Quarterly;
    }
    return std::nullopt;
}

StepDef readStep(JsonConfigReader& r, const QJsonObject& o, const QString& path)
{
    StepDef s;
    s.id = r.string(o, QStringLiteral("id"), path);
    s.nameZh = r.string(o, QStringLiteral("nameZh"), path);
    s.nameEn = r.string(o, QStringLiteral("nameEn"), path, s.nameZh);
    const QString kind = r.string(o, QStringLiteral("kind"), path, QStringLiteral("task"));
    if (auto k = stepKindFrom(kind)) {
        s.kind = *k;
    } else {
        r.problems << QStringLiteral("%1.kind must be application, task, notice, approval, issue or payment")
                          .arg(path);
    }
    s.days = r.integer(o, QStringLiteral("days"), path, 0, 0, 365);
    const QString dayKind = r.string(o, QStringLiteral("dayKind"), path, QStringLiteral("working"));
    if (dayKind == QLatin1String("calendar")) {
        s.dayKind = DayKind::Calendar;
    } else if (dayKind != QLatin1String("working")) {
        r.problems << QStringLiteral("%1.dayKind must be working or calendar").arg(path);
    }
    s.deadlineDays = r.integer(o, QStringLiteral("deadlineDays"), path, 0, 0, 365);
    if (s.kind == StepKind::Notice && s.days < 1) {
        r.problems << QStringLiteral("%1: a notice needs days >= 1").arg(path);
    }
    s.residentZh = r.string(o, QStringLiteral("residentZh"), path, QStringLiteral(""));
    s.residentEn = r.string(o, QStringLiteral("residentEn"), path, s.residentZh);
    s.joint = r.boolean(o, QStringLiteral("joint"), path, false);
    const QString duty =
        r.string(o, QStringLiteral("duty"), path,
                 s.kind == StepKind::Approval ? QStringLiteral("approval") : QStringLiteral("none"));
    if (duty == QLatin1String("investigation")) {
        s.duty = StepDuty::Investigation;
    } else if (duty == QLatin1String("approval")) {
        s.duty = StepDuty::Approval;
    } else if (duty != QLatin1String("none")) {
        r.problems << QStringLiteral("%1.duty must be investigation, approval or none").arg(path);
    }
    s.receipt = r.boolean(o, QStringLiteral("receipt"), path, false);
    if (s.receipt && s.kind != StepKind::Issue && s.kind != StepKind::Payment) {
        r.problems << QStringLiteral("%1.receipt is only for issue and payment steps").arg(path);
    }
    const QJsonArray outcomes = o.value(QStringLiteral("outcomes")).toArray();
    if (!outcomes.isEmpty() && s.kind != StepKind::Approval) {
        r.problems << QStringLiteral("%1.outcomes is only for the approval step").arg(path);
    }
    for (qsizetype i = 0; i < outcomes.size(); ++i) {
        const QString p = QStringLiteral("%1.outcomes[%2]").arg(path).arg(i);
        const QJsonObject d = outcomes.at(i).toObject();
        OutcomeDef outcome;
        outcome.id = r.string(d, QStringLiteral("id"), p);
        outcome.nameZh = r.string(d, QStringLiteral("nameZh"), p);
        outcome.nameEn = r.string(d, QStringLiteral("nameEn"), p, outcome.nameZh);
        outcome.payments = r.boolean(d, QStringLiteral("payments"), p, true);
        if (s.outcome(outcome.id) != nullptr) {
            r.problems << QStringLiteral("%1.id \"%2\" is used twice").arg(p, outcome.id);
        }
        s.outcomes << outcome;
    }
    return s;
}

/// A notice's "objectionUpheld": the id of an earlier step (not the application) or "refuse".
void readObjectionTargets(JsonConfigReader& r, const QJsonArray& steps, WorkflowDef& w, const QString& path)
{
    for (qsizetype i = 0; i < steps.size() && i < w.steps.size(); ++i) {
        const QJsonObject o = steps.at(i).toObject();
        const QString p = QStringLiteral("%1.steps[%2]").arg(path).arg(i);
        if (!o.contains(QStringLiteral("objectionUpheld"))) {
            continue;
        }
        const QString target = r.string(o, QStringLiteral("objectionUpheld"), p);
        if (w.steps[i].kind != StepKind::Notice) {
            r.problems << QStringLiteral("%1.objectionUpheld is only for notice steps").arg(p);
            continue;
        }
        if (target == QLatin1String("refuse")) {
            w.steps[i].objectionUpheldStep = -1;
            continue;
        }
        qsizetype found = -1;
        for (qsizetype j = 1; j < i; ++j) {
            if (w.steps[j].id == target) {
                found = j;
            }
        }
        if (found < 0) {
            r.problems << QStringLiteral("%1.objectionUpheld must be \"refuse\" or the id of an earlier step "
                                         "after the application")
                              .arg(p);
        }
        w.steps[i].objectionUpheldStep = static_cast<int>(found);
    }
}

WorkflowDef readWorkflow(JsonConfigReader& r, const QJsonObject& o, const QString& path)
{
    WorkflowDef w;
    w.type = r.string(o, QStringLiteral("type"), path);
    w.code = r.string(o, QStringLiteral("code"), path);
    static const QRegularExpression twoDigits(QStringLiteral("^[0-9]{2}$"));
    if (!w.code.isEmpty() && !twoDigits.match(w.code).hasMatch()) {
        r.problems << QStringLiteral("%1.code must be two digits").arg(path);
    }
    w.nameZh = r.string(o, QStringLiteral("nameZh"), path);
    w.nameEn = r.string(o, QStringLiteral("nameEn"), path, w.nameZh);
    w.refusalNoticeDays = r.integer(o, QStringLiteral("refusalNoticeDays"), path, 3, 0, 60);
    w.documentsDays = r.integer(o, QStringLiteral("documentsDays"), path, 10, 1, 120);
    const QJsonObject pay = o.value(QStringLiteral("payment")).toObject();
    if (auto f = frequencyFrom(r.string(pay, QStringLiteral("frequency"), path + QStringLiteral(".payment"),
                                        QStringLiteral("none")))) {
        w.payment.frequency = *f;
    } else {
        r.problems
            << QStringLiteral("%1.payment.frequency must be none, once, monthly or quarterly").arg(path);
    }
    w.payment.dayOfMonth =
        r.integer(pay, QStringLiteral("dayOfMonth"), path + QStringLiteral(".payment"), 10, 1, 28);
    const QJsonArray steps = o.value(QStringLiteral("steps")).toArray();
    if (steps.size() < 2) {
        r.problems << QStringLiteral("%1.steps needs at least two steps").arg(path);
    }
    QSet<QString> ids;
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const QString p = QStringLiteral("%1.steps[%2]").arg(path).arg(i);
        StepDef s = readStep(r, steps.at(i).toObject(), p);
        if (ids.contains(s.id)) {
            r.problems << QStringLiteral("%1.id \"%2\" is used twice").arg(p, s.id);
        }
        ids.insert(s.id);
        if ((i == 0) != (s.kind == StepKind::Application)) {
            r.problems << QStringLiteral("%1: the first step, and only it, is the application").arg(p);
        }
        w.steps << s;
    }
    readObjectionTargets(r, steps, w, path);
    int approvals = 0;
    for (const StepDef& s : std::as_const(w.steps)) {
        approvals += s.kind == StepKind::Approval ? 1 : 0;
    }
    if (approvals != 1) {
        r.problems << QStringLiteral("%1 needs exactly one approval step").arg(path);
    }
    return w;
}

} // namespace

int WorkflowDef::approvalStep() const
{
    for (qsizetype i = 0; i < steps.size(); ++i) {
        if (steps.at(i).kind == StepKind::Approval) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

const OutcomeDef* StepDef::outcome(const QString& which) const
{
    for (const OutcomeDef& o : outcomes) {
        if (o.id == which) {
            return &o;
        }
    }
    return nullptr;
}

const OutcomeDef* WorkflowDef::outcome(const QString& which) const
{
    const int approval = approvalStep();
    return approval < 0 ? nullptr : steps.at(approval).outcome(which);
}

const WorkflowDef* CasesConfig::workflow(const QString& type) const
{
    for (const WorkflowDef& w : workflows) {
        if (w.type == type) {
            return &w;
        }
    }
    return nullptr;
}

const CaseOffice* CasesConfig::office(const QString& id) const
{
    for (const CaseOffice& o : offices) {
        if (o.id == id) {
            return &o;
        }
    }
    return nullptr;
}

CaseResult<CasesConfig> parseCasesConfig(const QByteArray& json)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        return CaseError{CaseErrorCode::InvalidArgument,
                         QStringLiteral("办件配置不是有效的 JSON 对象: %1").arg(parseError.errorString()),
                         {}};
    }
    const QJsonObject root = doc.object();
    JsonConfigReader r;
    CasesConfig c;
    const QJsonArray offices = root.value(QStringLiteral("offices")).toArray();
    for (qsizetype i = 0; i < offices.size(); ++i) {
        const QString p = QStringLiteral("offices[%1]").arg(i);
        const QJsonObject o = offices.at(i).toObject();
        CaseOffice office;
        office.id = r.string(o, QStringLiteral("id"), p);
        office.nameZh = r.string(o, QStringLiteral("nameZh"), p);
        office.nameEn = r.string(o, QStringLiteral("nameEn"), p, office.nameZh);
        if (c.office(office.id)) {
            r.problems << QStringLiteral("%1.id \"%2\" is used twice").arg(p, office.id);
        }
        c.offices << office;
    }
    if (c.offices.isEmpty()) {
        r.problems << QStringLiteral("offices needs at least one office");
    }
    const QJsonArray workflows = root.value(QStringLiteral("workflows")).toArray();
    QSet<QString> codes;
    for (qsizetype i = 0; i < workflows.size(); ++i) {
        const QString p = QStringLiteral("workflows[%1]").arg(i);
        WorkflowDef w = readWorkflow(r, workflows.at(i).toObject(), p);
        if (c.workflow(w.type)) {
            r.problems << QStringLiteral("%1.type \"%2\" is used twice").arg(p, w.type);
        }
        if (codes.contains(w.code)) {
            r.problems << QStringLiteral("%1.code \"%2\" is used twice").arg(p, w.code);
        }
        codes.insert(w.code);
        c.workflows << w;
    }
    if (c.workflows.isEmpty()) {
        r.problems << QStringLiteral("workflows needs at least one workflow");
    }
    if (root.contains(QStringLiteral("holidays"))) {
        r.problems << QStringLiteral(
            "holidays moved to the hall calendar (the hall configuration's \"calendar\", "
            "hall-admin calendar; docs/configuration.md): cases, booking and the queue "
            "read one table");
    }
    c.calendar = HallCalendar::builtIn();
    const QJsonObject limits = root.value(QStringLiteral("lookupLimits")).toObject();
    c.limits.maxFailures =
        r.integer(limits, QStringLiteral("maxFailures"), QStringLiteral("lookupLimits"), 5, 1, 100);
    c.limits.windowMinutes =
        r.integer(limits, QStringLiteral("windowMinutes"), QStringLiteral("lookupLimits"), 10, 1, 1440);
    if (!r.problems.isEmpty()) {
        return CaseError{CaseErrorCode::InvalidArgument,
                         QStringLiteral("办件配置有误: %1").arg(r.problems.join(QStringLiteral("; "))),
                         {}};
    }
    return c;
}

namespace {

const QString kDefaultCases = QStringLiteral(":/hall/cases/default-cases.json");

} // namespace

CaseResult<CasesConfig> loadCasesConfig(const QString& path)
{
    QString error;
    const auto json = configoverlay::read(kDefaultCases, path, &error);
    if (!json) {
        return CaseError{CaseErrorCode::InvalidArgument, error, {}};
    }
    return parseCasesConfig(*json);
}

CasesConfig defaultCasesConfig()
{
    QFile f(kDefaultCases);
    f.open(QIODevice::ReadOnly);
    auto parsed = parseCasesConfig(f.readAll());
    Q_ASSERT(parsed.ok()); // the built-in file is tested (tests/cases/test_config.cpp)
    return std::move(parsed).value();
}

QString toString(StepKind kind)
{
    switch (kind) {
    case StepKind::Application:
        return QStringLiteral("application");
    case StepKind::Task:
        return QStringLiteral("task");
    case StepKind::Notice:
        return QStringLiteral("notice");
    case StepKind::Approval:
        return QStringLiteral("approval");
    case StepKind::Issue:
        return QStringLiteral("issue");
    case StepKind::Payment:
        return QStringLiteral("payment");
    }
    return QStringLiteral("task");
}

QString toString(StepDuty duty)
{
    switch (duty) {
    case StepDuty::Investigation:
        return QStringLiteral("investigation");
    case StepDuty::Approval:
        return QStringLiteral("approval");
    case StepDuty::None:
        break;
    }
    return QStringLiteral("none");
}

QString toString(DayKind kind)
{
    return kind == DayKind::Calendar ? QStringLiteral("calendar") : QStringLiteral("working");
}

} // namespace hall
