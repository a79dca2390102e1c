#include "core/csv/foreignlayouts.h"

#include "core/csv/fieldsynonyms.h"

#include <algorithm>

namespace core::csv {

namespace {

// A layout in a small notation, so that the tables read like the exports:
//   signature: groups of headers that must all be present, ';' between groups and '|' between
//              spellings of one header.
//   fields:    "field=HEADERS" entries separated by ';', where HEADERS is one of
//                Header|Other spelling          one column
//                Given|...+Family|...           a person's name from two columns
//                Date|...&Time|...              a date column and a time column
//                First|...>Second|...           the first column with a value
//                ~Header                        the phone number among contacts
//              A field listed twice takes the first entry whose columns are present.
// What a row means (sale, refund, void) comes from the fields row_type, row_status and voided
// through ColumnMap::classify().
struct Spec
{
    const char *id;
    Kind kind;
    const char *source;
    const char *signature;
    const char *fields;
};

const Spec specs[] = {
    // Square Dashboard → Customers → Directory → Export customers. Columns: Reference ID,
    // First Name, Last Name (UK: Surname), Email Address, Phone Number, Nickname, Company Name,
    // Street Address 1/2, City, State, Postal Code, Birthday, Memo, Square Customer ID,
    // Creation Source, First Visit, Last Visit, Transaction Count, Lifetime Spend, Email
    // Subscription Status (Subscribed/Unsubscribed/Unknown), Instant Profile.
    { "square-customers", Kind::Members,
      "https://squareup.com/help/us/en/article/5498-manage-your-customer-directory-online",
      "Square Customer ID;Phone Number",
      "phone=Phone Number;name=First Name|Given Name+Last Name|Surname|Family Name;"
      "email=Email Address|Email;birthday=Birthday;notes=Memo;joined_at=First Visit|Creation Date;"
      "email_opt_in=Email Subscription Status;tags=Groups;customer_ref=Square Customer ID" },
    // Shopify admin → Customers → Export (CSV for Excel or plain CSV). Columns: Customer ID,
    // First Name, Last Name, Email, Accepts Email Marketing, Default Address Company/Address1/
    // Address2/City/Province Code/Country Code/Zip/Phone, Phone, Accepts SMS Marketing,
    // Total Spent, Total Orders, Note, Tax Exempt, Tags (older exports: Company, Address1...,
    // Province, Country, Zip, Phone, Accepts SMS Marketing, Total Spent, Total Orders, Tags,
    // Note, Tax Exempt).
    { "shopify-customers", Kind::Members,
      "https://help.shopify.com/en/manual/customers/import-export-customers",
      "First Name;Last Name;Accepts Email Marketing",
      "phone=Phone>Default Address Phone|Address Phone;name=First Name+Last Name;email=Email;"
      "email_opt_in=Accepts Email Marketing;sms_opt_in=Accepts SMS Marketing;tags=Tags;"
      "notes=Note;customer_ref=Customer ID" },
    // Loyverse Back Office → Customers → Export. Columns: Customer name, Email, Phone, Address,
    // City, Province / State, Postal code, Country, Customer code, Note, First visit,
    // Last visit, Total visits, Total spent, Points balance.
    { "loyverse-customers", Kind::Members,
      "https://help.loyverse.com/help/importing-and-exporting-customers",
      "Customer name;Customer code|Points balance|Total visits|Total spent",
      "phone=Phone|Phone number;name=Customer name;email=Email;notes=Note;"
      "joined_at=First visit;customer_ref=Customer code" },
    // Toast Web → Guests → Guestbook → Export. Toast documents the fields (contact, order date,
    // number of orders, average spend per check, loyalty status, marketing preference, guest
    // tags) but publishes no sample file, so the spellings below are the documented names;
    // any other spelling still goes through the synonyms.
    { "toast-guests", Kind::Members,
      "https://support.toasttab.com/article/Access-Your-Guest-Data-with-the-Guest-Report",
      "Phone|Phone Number|Guest Phone;Number of Orders|Average Spend per Check|Loyalty Status|"
      "Marketing Preference|Guest Tags",
      "phone=Phone|Phone Number|Guest Phone;email=Email|Email Address|Guest Email;"
      "name=Name|Guest Name;name=First Name|Guest First Name+Last Name|Guest Last Name;"
      "tags=Guest Tags|Tags;joined_at=First Order Date|First Visit" },
    // Square Dashboard → Transactions → Export → Transactions CSV. Columns: Date, Time,
    // Time Zone, Gross Sales, Discounts, Service Charges, Net Sales, Gift Card Sales, Tax, Tip,
    // Partial Refunds, Total Collected, Source, Card, ..., Transaction ID, Payment ID, ...,
    // Event Type (Payment/Refund), Location, Dining Option, Customer ID, Customer Name,
    // Customer Reference ID, ..., Transaction Status. Dates 2024-05-01 (older files 5/1/24),
    // times 10:22:33 in the named zone; refunds carry negative amounts.
    { "square-transactions", Kind::Visits,
      "Square Dashboard transactions export; header as in the public sample "
      "https://github.com/rwslippey/square_transaction_parser/blob/master/square_example.csv",
      "Transaction ID;Event Type;Time Zone",
      "occurred_at=Date&Time;time_zone=Time Zone;amount=Total Collected;receipt_no=Transaction ID;"
      "branch=Location;row_type=Event Type;row_status=Transaction Status;customer_ref=Customer ID" },
    // Loyverse Back Office → Reports → Receipts → Export. Columns: Date, Receipt number,
    // Receipt type (Sale/Refund), Gross sales, Discounts, Net sales, Taxes, Total collected,
    // Cost of goods, Gross profit, Payment type, Description, Dining option, POS, Store,
    // Cashier name, Customer name, Customer contacts, Status (Closed/Cancelled). Dates follow
    // the account's locale: 7/28/26 1:33 PM or 01/10/2026 23:50.
    { "loyverse-receipts", Kind::Visits,
      "Loyverse Back Office receipts export (help.loyverse.com); header as exported, seen "
      "verbatim in the test fixtures of public repositories",
      "Receipt number;Receipt type;Total collected",
      "occurred_at=Date;receipt_no=Receipt number;amount=Total collected;branch=Store;"
      "phone=~Customer contacts;row_type=Receipt type;row_status=Status" },
    // Toast data export CheckDetails.csv. Columns: Location Code, Opened Date (MM/DD/YY),
    // Opened Time (hh:mm a), Item Description, Server, Tax, Tender, Check Id, Check #, Total,
    // Customer Family, Table Size, Discount, Reason of Discount, Link, Customer Id, Customer,
    // Customer Phone, Customer Email. Toast leaves Location Code empty: the branch comes from
    // the importer (MatchOptions::defaulted) unless the file has one.
    { "toast-checks", Kind::Visits, "https://doc.toasttab.com/0IV1p/check_details.html",
      "Check Id;Check #;Opened Date",
      "occurred_at=Opened Date&Opened Time;receipt_no=Check Id;amount=Total;"
      "branch=Location|Restaurant|Location Code;phone=Customer Phone;voided=Voided;"
      "customer_ref=Customer Id" },
    // Toast data export OrderDetails.csv. Columns: Location, Order Id, Order #, Checks, Opened,
    // # of Guests, Tab Names, Server, Table, Revenue Center, Dining Area, Service,
    // Dining Options, Discount Amount, Amount, Tax, Tip, Gratuity, Total, Voided (true/false),
    // Paid, Closed, Duration (Opened to Paid), Order Source.
    { "toast-orders", Kind::Visits,
      "https://doc.toasttab.com/doc/platformguide/adminDataExportFieldReference.html",
      "Order Id;Order #;Voided",
      "occurred_at=Opened|Order Date;receipt_no=Order Id;amount=Total|Amount;branch=Location;"
      "voided=Voided" },
};

int find(const QStringList &header, const QString &alternatives)
{
    for (const QString &name : alternatives.split(QLatin1Char('|'))) {
        const int column = int(header.indexOf(normalizeHeader(name)));
        if (column >= 0)
            return column;
    }
    return -1;
}

// Fills `match` with one "field=HEADERS" entry; false when its columns are absent.
bool resolve(const QString &field, const QString &operand, const QStringList &header, LayoutMatch &match)
{
    const auto single = [&](int column) {
        match.fields.insert(field, column);
        return true;
    };
    const auto combine = [&](Combine how, const QList<int> &columns) {
        match.combined.append(CombinedField{ field, how, columns });
        return true;
    };
    if (operand.startsWith(QLatin1Char('~'))) {
        const int column = find(header, operand.mid(1));
        return column >= 0 && combine(Combine::PhoneInText, { column });
    }
    for (const QChar op : { QLatin1Char('+'), QLatin1Char('&'), QLatin1Char('>') }) {
        if (!operand.contains(op))
            continue;
        QList<int> present;
        QList<int> all;
        for (const QString &part : operand.split(op)) {
            const int column = find(header, part);
            all.append(column);
            if (column >= 0)
                present.append(column);
        }
        if (op == QLatin1Char('&') && all.value(0) < 0)
            return false; // a time without its date
        if (present.isEmpty())
            return false;
        if (present.size() == 1)
            return single(present.first());
        return combine(op == QLatin1Char('+') ? Combine::PersonName
                       : op == QLatin1Char('&') ? Combine::DateAndTime
                                                : Combine::FirstNonEmpty,
                       present);
    }
    const int column = find(header, operand);
    return column >= 0 && single(column);
}

} // namespace

QList<ForeignLayout> foreignLayouts()
{
    QList<ForeignLayout> all;
    for (const Spec &spec : specs)
        all.append(ForeignLayout{ QString::fromUtf8(spec.id), spec.kind, QString::fromUtf8(spec.source) });
    return all;
}

std::optional<LayoutMatch> recogniseLayout(Kind kind, const QStringList &header)
{
    const Spec *best = nullptr;
    qsizetype bestScore = 0;
    for (const Spec &spec : specs) {
        if (spec.kind != kind)
            continue;
        const QStringList groups = QString::fromUtf8(spec.signature).split(QLatin1Char(';'));
        bool all = true;
        for (const QString &group : groups)
            all = all && find(header, group) >= 0;
        if (all && groups.size() > bestScore) {
            best = &spec;
            bestScore = groups.size();
        }
    }
    if (!best)
        return std::nullopt;
    LayoutMatch match;
    match.id = QString::fromUtf8(best->id);
    for (const QString &entry : QString::fromUtf8(best->fields).split(QLatin1Char(';'))) {
        const qsizetype eq = entry.indexOf(QLatin1Char('='));
        const QString field = entry.left(eq);
        const bool done = match.fields.contains(field)
            || std::any_of(match.combined.cbegin(), match.combined.cend(),
                           [&](const CombinedField &c) { return c.field == field; });
        if (!done)
            resolve(field, entry.mid(eq + 1), header, match);
    }
    return match;
}

} // namespace core::csv
