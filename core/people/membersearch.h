#pragma once

#include <QString>

namespace core::people {

class PhonePrefix;

// What a search box's text means, decided as it is typed (issue 4, "Members"):
// - exactly four digits: the last four digits of the phone (how restaurants look people up);
// - other digit strings (spaces, dashes and a leading '+' allowed): the start of the phone,
//   read with the chain's region ("138001" finds +86138001…); ten digits that form a valid
//   member code (PersonService::memberCodeFor) also find that member;
// - anything else: the start of the name, ASCII letters in any case.
struct MemberSearch
{
    enum class Kind { None, LastFour, PhonePrefix, MemberCode, Name };

    Kind kind = Kind::None;
    QString lastFour;    // LastFour
    QString phonePrefix; // PhonePrefix and MemberCode: an E.164 prefix
    QString memberCode;  // MemberCode
    QString namePrefix;  // Name: lower-cased as SQLite's lower() does (ASCII only)

    static MemberSearch parse(const QString &text, const PhonePrefix &phones);

    // Whether `digits` is a code memberCodeFor() could have printed.
    static bool isMemberCode(const QString &digits);
    // A-Z to a-z and nothing else, exactly like SQLite's built-in lower().
    static QString asciiLower(const QString &text);
    // The smallest string greater than every string that starts with `prefix` (its last code
    // point plus one): [prefix, upperBound) is the prefix as a range of an index.
    static QString upperBound(const QString &prefix);
};

} // namespace core::people
