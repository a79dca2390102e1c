#pragma once

#include "core/auth/actor.h"
#include "core/common/result.h"
#include "core/people/person.h"
#include "core/people/phonenormalizer.h"

#include <QVector>

namespace core::storage {
class Database;
}

namespace core::people {

// People and members. Anyone at a counter may look a person up by phone, member code or the
// last four digits, wherever they joined; changing or listing people is limited to the
// actor's branch (the person's home branch), the owner excepted.
class PersonService
{
public:
    PersonService(storage::Database &db, PhoneNormalizer phones);

    Result<Person> findByPhone(const QString &phone);
    Result<Person> findByMemberCode(const QString &code);
    Result<Person> find(qint64 personId);
    Result<QVector<Person>> findByLastFour(const QString &digits, int limit = 20);
    // The whole person for their page: the owner, or staff of the person's home branch
    // (PermissionDenied for anyone else, like listing).
    Result<Person> profile(const auth::Actor &actor, qint64 personId);

    // Registers a new person at `person.homeBranchId` (the actor's branch when 0).
    Result<Person> registerPerson(const auth::Actor &actor, Person person);
    // The person with this phone, registered as a guest at `branchId` first if unknown. Joins
    // the caller's transaction; used by the counter, wallet, visits and coupon claims.
    Result<Person> findOrRegister(const auth::Actor &actor, const QString &phone, qint64 branchId);
    Status update(const auth::Actor &actor, const Person &person);
    Status setConsent(const auth::Actor &actor, qint64 personId, Channel channel, bool granted,
                      const QString &source);
    Result<QVector<Consent>> consents(qint64 personId);
    // A page's Save, in one transaction: the profile through update() when any field of it
    // changed (so a cashier, who may not edit profiles, can still record consent), then each
    // consent whose `granted` differs from what is recorded through setConsent() with its
    // `source` (required) and the time now. Nothing is written when anything is refused.
    Status saveProfile(const auth::Actor &actor, const Person &person,
                       const QVector<Consent> &consents);

    // The printed code for cardless payment: ten digits, the last a Luhn check digit.
    static QString memberCodeFor(qint64 personId);
    // The same code as ASCII into `out` (room for 21 bytes), for bulk writers that bind bytes;
    // returns its length (10 for ids below 900000000).
    static int writeMemberCode(qint64 personId, char *out);

private:
    Result<Person> findWhere(const QString &where, const QVariant &value);
    // Conflict when another person than `exceptPersonId` has this phone.
    Status requirePhoneFree(const QString &e164, qint64 exceptPersonId);
    Status requirePersonScope(const auth::Actor &actor, const Person &person,
                              const QString &action);

    storage::Database &m_db;
    PhoneNormalizer m_phones;
};

} // namespace core::people
