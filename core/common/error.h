#pragma once

#include <QString>

namespace core {

// What went wrong, as a category callers can branch on, plus a translated sentence for people.
// `field` names the input at fault (a CLI flag, a CSV column, a form field) when there is one.
class Error
{
public:
    enum class Code {
        InvalidInput,     // malformed or out-of-range value from the user
        NotFound,         // the thing named does not exist
        PermissionDenied, // the actor's role or branch scope does not allow it
        Conflict,         // violates a rule given the current state (balance, limit, duplicate)
        Storage,          // the database refused or failed
        NotChainCard,     // a file that is not a ChainCard database
        TooNew,           // a database written by a newer ChainCard
        Locked,           // another program holds the database
        Corrupt,          // the database file is damaged
        Io,               // a file could not be read or written
    };

    Error() = default;
    Error(Code code, QString message, QString field = {});

    Code code() const { return m_code; }
    const QString &message() const { return m_message; }
    const QString &field() const { return m_field; }
    QString codeName() const;

private:
    Code m_code = Code::InvalidInput;
    QString m_message;
    QString m_field;
};

} // namespace core
