#include "casedesk.h"

namespace hall {

CaseDesk::CaseDesk(CasesConfig config, const Clock& clock, const QByteArray& personSecret,
                   GroupCommit& driver)
    : m_engine(std::move(config), clock, personSecret), m_driver(driver)
{}

CaseDesk::~CaseDesk()
{
    m_driver.removeParticipant(this);
}

Result<std::unique_ptr<CaseDesk>> CaseDesk::open(CasesConfig config, const Clock& clock, QSqlDatabase db,
                                                 GroupCommit& driver, const QByteArray& personSecret)
{
    std::unique_ptr<CaseDesk> desk(new CaseDesk(std::move(config), clock, personSecret, driver));
    auto store = CaseStore::open(db, personSecret);
    if (!store) {
        return store.error();
    }
    desk->m_store = std::move(store).value();
    auto cases = desk->m_store->load();
    if (!cases) {
        return cases.error();
    }
    desk->m_engine.restore(cases.value());
    driver.addParticipant(desk.get());
    return desk;
}

bool CaseDesk::mayHandle(const QString& user, const QString& type)
{
    const auto types = m_store->staffCaseTypes(user);
    return types.ok() && (types->contains(QStringLiteral("*")) || types->contains(type));
}

bool CaseDesk::stage()
{
    m_staged = m_engine.takeChanges();
    return !m_staged.isEmpty();
}

std::optional<Error> CaseDesk::write()
{
    return m_store->write(std::exchange(m_staged, {}));
}

void CaseDesk::rebuild()
{
    m_staged.clear();
    if (auto cases = m_store->load()) {
        m_engine.restore(cases.value());
    } else {
        qWarning("hall: cases could not be reloaded after a failed commit: %s",
                 qPrintable(cases.error().message));
    }
}

} // namespace hall
