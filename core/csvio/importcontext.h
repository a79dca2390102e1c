#pragma once

#include "core/auth/actor.h"
#include "core/chain/chainsettings.h"
#include "core/common/result.h"
#include "core/csv/datetimeparser.h"
#include "core/csvio/importrow.h"
#include "core/people/phonenormalizer.h"

#include <QHash>
#include <QSqlQuery>
#include <QTimeZone>

#include <memory>
#include <optional>

namespace core::storage {
class BulkInserter;
class BulkStatement;
class Database;
}

namespace core::csvio {

// What every kind of import needs while it reads rows: the chain's settings, the branches by
// code and name (with the actor's scope), the date parser of each time column, and the
// readers of common cells. Every error names the field it is about (Error::field()), which the
// importer turns into the file's column name.
class ImportContext
{
public:
    ImportContext(storage::Database &db, const auth::Actor &actor, const chain::ChainSettings &settings);
    ~ImportContext();

    Status load();

    storage::Database &db() const { return m_db; }
    const auth::Actor &actor() const { return m_actor; }
    const chain::ChainSettings &settings() const { return m_settings; }
    int decimals() const { return m_decimals; }
    qint64 now() const { return m_now; }
    void setParser(const QString &field, const csv::DateTimeParser &parser) { m_parsers.insert(field, parser); }
    const csv::DateTimeParser &parser(const QString &field) const;

    struct BranchRef
    {
        qint64 id = 0;
        QString code;
        QString name;
        bool active = true;
    };
    // The branch a cell names, by code or by name (either case). `forWriting`: the actor must
    // have the branch in scope and it must be open. Absent and not required: std::nullopt.
    Result<std::optional<BranchRef>> branch(const ImportRow &row, const QString &field, bool required,
                                            bool forWriting = true) const;
    // The branch a text names, by code or by name.
    Result<BranchRef> branchNamed(const QString &text, const QString &field, bool forWriting) const;
    void rememberBranch(const BranchRef &branch);
    const BranchRef *branchById(qint64 id) const;

    // E.164, or "" when absent and not required.
    Result<QString> phone(const ImportRow &row, const QString &field, bool required) const;
    // UTC seconds, or std::nullopt when absent and not required. Times after now are refused.
    Result<std::optional<qint64>> time(const ImportRow &row, const QString &field, bool required) const;
    // Minor units, or std::nullopt when absent and not required.
    Result<std::optional<qint64>> amount(const ImportRow &row, const QString &field, bool required) const;
    Result<QString> required(const ImportRow &row, const QString &field) const;

    // The person with this phone, or 0.
    Result<qint64> personId(const QString &e164);
    // The person with this phone, registered as a guest of `branchId` who joined at `at` when
    // the chain does not know them yet. `created` tells which.
    Result<qint64> ensurePerson(const QString &e164, qint64 branchId, qint64 at, bool *created = nullptr);

    static Error fieldError(const QString &field, const QString &message);

private:
    storage::Database &m_db;
    const auth::Actor &m_actor;
    chain::ChainSettings m_settings;
    people::PhoneNormalizer m_phones;
    int m_decimals = 2;
    qint64 m_now = 0;
    QHash<QString, csv::DateTimeParser> m_parsers;
    csv::DateTimeParser m_defaultParser;
    QHash<QString, BranchRef> m_branchByKey; // lower-cased code and name
    QHash<qint64, BranchRef> m_branchById;
    std::unique_ptr<storage::BulkInserter> m_bulk;
    std::unique_ptr<storage::BulkStatement> m_findPerson;
};

} // namespace core::csvio
