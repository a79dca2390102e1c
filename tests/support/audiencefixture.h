#pragma once

#include <QString>
#include <QVariant>

#include "tests/support/testchain.h"
#include <initializer_list>

namespace testsupport {

// People and visits for the broadcast tests, written straight into the tables.

// Runs one statement; fails the current test with the driver's message when it does not run.
void execSql(
    core::storage::Database &db, const QString &text, std::initializer_list<QVariant> values = {});

// A person with phone +86138 and `n` in eight digits, a home branch, joined (and a member)
// at `joinedAt`, with consent to sms and webhook unless `consent` is false. Returns the id.
qint64 addAudiencePerson(core::storage::Database &db, int n, qint64 home, qint64 joinedAt,
    bool consent = true, const QString &name = {});

// A sale of 10.00 at `branch` (an anonymous one when `person` is 0), with a receipt number of
// its own. Returns the visit's id.
qint64 addSale(core::storage::Database &db, qint64 person, qint64 branch, qint64 when);

} // namespace testsupport
