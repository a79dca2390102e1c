#pragma once

#include "core/csvio/rowsink.h"
#include "core/storage/bulkinserter.h"

#include <QHash>

#include <QSet>
#include <QSqlQuery>

#include <optional>

namespace core::csvio {

// Members: one person per phone. A phone the chain knows (written any way) is merged into that
// person: empty fields are filled and changed ones updated, nothing is overwritten with a
// blank, the home branch and membership are kept, and an earlier join time wins. Consents
// given in the file are recorded with the source "import".
class MemberSink : public TwoStepSink
{
public:
    using TwoStepSink::TwoStepSink;
    QStringList timeFields() const override;
    bool needsSavepoint() const override { return false; }
    // Gender canonical, home branch looked up, consents of the person just written.
    bool trustedRows() const override { return true; }
    DeferrableIndexes deferrableIndexes() const override
    {
        return { QStringLiteral("people"), { QStringLiteral("people_phone"), QStringLiteral("people_last4"),
                                             QStringLiteral("people_home_branch"), QStringLiteral("people_name"),
                                             QStringLiteral("people_branch_phone"),
                                             QStringLiteral("people_branch_name") } };
    }
    Status begin() override;
    Result<std::unique_ptr<PreparedRow>> prepare(const ImportRow &row) const override;
    Result<Outcome> write(PreparedRow &row) override;

private:
    struct Values;
    Result<Outcome> insert(const Values &v);
    Result<Outcome> merge(qint64 personId, const Values &v);
    Status setConsent(qint64 personId, const char *channel, bool granted, qint64 at);

    // The people the chain knows, by the digits of their phone (an E.164 number fits in 64
    // bits): a lookup per row costs nothing, and the database is asked only about people it has.
    static quint64 phoneKey(const QString &e164);

    std::optional<QSqlQuery> m_find;
    std::optional<QSqlQuery> m_consent;
    std::optional<QSqlQuery> m_consents;
    std::unique_ptr<storage::BulkInserter> m_bulk;
    std::unique_ptr<storage::BulkStatement> m_insertPerson;
    std::unique_ptr<storage::BulkStatement> m_insertConsent;
    QHash<quint64, qint64> m_ids;
    qint64 m_firstNewId = 0; // people from this id on were added by this file
    qint64 m_nextId = 0;
    QSet<qint64> m_touched; // people known before the file that it has written to
};

} // namespace core::csvio
