#include "ui/coupons/coupondialog.h"

#include "core/branches/branchservice.h"
#include "core/common/money.h"
#include "core/coupons/couponservice.h"
#include "ui/shell/formhelpers.h"
#include "ui/shell/session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>

namespace ui::coupons {

using core::coupons::CouponKind;

namespace {

// Validity is kept in UTC seconds, chosen in whole days of the chain's time zone: a coupon
// starts at midnight of its first day and ends at midnight after its last.
QDate dayOf(qint64 at, const QTimeZone &zone)
{
    return QDateTime::fromSecsSinceEpoch(at, zone).date();
}

qint64 midnight(const QDate &day, const QTimeZone &zone)
{
    return QDateTime(day, QTime(0, 0), zone).toSecsSinceEpoch();
}

QSpinBox *limitSpin(QWidget *parent, const char *name, int max, int value)
{
    auto *spin = new QSpinBox(parent);
    spin->setObjectName(QLatin1String(name));
    spin->setRange(0, max);
    spin->setValue(value);
    return spin;
}

QDateEdit *dateEdit(QWidget *parent, const char *name, const QDate &date)
{
    auto *edit = new QDateEdit(date, parent);
    edit->setObjectName(QLatin1String(name));
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return edit;
}

} // namespace

QString offerText(const core::coupons::Coupon &coupon, const Session &session)
{
    const QString amount
        = core::money::toDisplay(coupon.value, QLocale(), session.settings.decimals());
    switch (coupon.kind) {
    case CouponKind::Amount:
        return CouponDialog::tr("%1 off").arg(amount);
    case CouponKind::Percent:
        return CouponDialog::tr("%1% off").arg(coupon.value);
    case CouponKind::Item:
        return CouponDialog::tr("a free item worth %1").arg(amount);
    }
    return {};
}

CouponDialog::CouponDialog(Session &session, const core::coupons::Coupon &coupon, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_coupon(coupon)
    , m_code(lineEdit(this, "code", coupon.code))
    , m_name(lineEdit(this, "name", coupon.name))
    , m_kind(new QComboBox(this))
    , m_valueLabel(new QLabel(this))
    , m_value(lineEdit(this, "value"))
    , m_minSpend(lineEdit(this, "min_spend",
          coupon.minSpend > 0 ? core::money::toPlain(coupon.minSpend, session.settings.decimals())
                              : QString()))
    , m_hasStart(new QCheckBox(tr("From"), this))
    , m_start(dateEdit(this, "valid_from", QDate::currentDate()))
    , m_hasEnd(new QCheckBox(tr("Until (included)"), this))
    , m_end(dateEdit(this, "valid_to", QDate::currentDate().addMonths(1)))
    , m_days(limitSpin(this, "valid_days", 3660, coupon.validDays))
    , m_perPerson(limitSpin(this, "per_person", 1000, coupon.perPersonLimit))
    , m_total(limitSpin(this, "total", 100000000, int(coupon.totalLimit.value_or(0))))
    , m_branches(new QListWidget(this))
    , m_error(errorLabel(this))
{
    const bool creating = coupon.id == 0;
    setWindowTitle(creating ? tr("New coupon") : tr("Coupon %1").arg(coupon.code));
    m_code->setReadOnly(!creating);
    m_code->setMaxLength(core::coupons::CouponService::MaxCodeLength);
    m_name->setMaxLength(core::coupons::CouponService::MaxNameLength);
    m_kind->setObjectName(QStringLiteral("kind"));
    m_kind->addItem(tr("An amount off the bill"), int(CouponKind::Amount));
    m_kind->addItem(tr("A percentage off the bill"), int(CouponKind::Percent));
    m_kind->addItem(tr("A free item"), int(CouponKind::Item));
    m_kind->setCurrentIndex(m_kind->findData(int(coupon.kind)));
    if (!creating || coupon.value > 0)
        m_value->setText(coupon.kind == CouponKind::Percent
                ? QString::number(coupon.value)
                : core::money::toPlain(coupon.value, session.settings.decimals()));
    m_minSpend->setPlaceholderText(tr("none"));

    const QTimeZone zone = session.settings.timeZone();
    m_hasStart->setObjectName(QStringLiteral("hasStart"));
    m_hasEnd->setObjectName(QStringLiteral("hasEnd"));
    m_hasStart->setChecked(coupon.validFrom != 0);
    if (coupon.validFrom != 0)
        m_start->setDate(dayOf(coupon.validFrom, zone));
    m_hasEnd->setChecked(coupon.validTo != 0);
    if (coupon.validTo != 0)
        m_end->setDate(dayOf(coupon.validTo - 1, zone));
    m_start->setEnabled(m_hasStart->isChecked());
    m_end->setEnabled(m_hasEnd->isChecked());
    connect(m_hasStart, &QCheckBox::toggled, m_start, &QWidget::setEnabled);
    connect(m_hasEnd, &QCheckBox::toggled, m_end, &QWidget::setEnabled);

    m_days->setSpecialValueText(tr("until the coupon ends"));
    m_days->setSuffix(tr(" days"));
    m_perPerson->setSpecialValueText(tr("no limit"));
    m_total->setSpecialValueText(tr("no limit"));

    // Branches: none ticked is every branch. A manager's coupon is their branch's alone.
    m_branches->setObjectName(QStringLiteral("branches"));
    auto branches = core::branches::BranchService(session.db).list(session.actor);
    if (branches) {
        for (const auto &b : std::as_const(*branches)) {
            auto *item = new QListWidgetItem(branchLabel(b), m_branches);
            item->setData(Qt::UserRole, b.id);
            const bool own = !session.actor.isOwner() && b.id == session.actor.branchId();
            item->setCheckState(coupon.branchIds.contains(b.id) || own ? Qt::Checked : Qt::Unchecked);
            if (!session.actor.isOwner())
                item->setFlags(item->flags() & ~Qt::ItemIsUserCheckable & ~Qt::ItemIsEnabled);
        }
    }
    m_branches->setMaximumHeight(140);

    auto *validity = new QHBoxLayout;
    validity->addWidget(m_hasStart);
    validity->addWidget(m_start);
    validity->addSpacing(12);
    validity->addWidget(m_hasEnd);
    validity->addWidget(m_end);
    validity->addStretch();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("ok"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CouponDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CouponDialog::reject);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Code:"), m_code);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Gives:"), m_kind);
    form->addRow(m_valueLabel, m_value);
    form->addRow(tr("Minimum spend:"), m_minSpend);
    form->addRow(tr("Valid:"), validity);
    form->addRow(tr("A claim stays valid for:"), m_days);
    form->addRow(tr("Claims per person:"), m_perPerson);
    form->addRow(tr("Claims in all:"), m_total);
    form->addRow(tr("Branches (none ticked: every branch):"), m_branches);
    form->addRow(m_error);
    form->addRow(buttons);
    connect(m_kind, qOverload<int>(&QComboBox::currentIndexChanged), this,
        &CouponDialog::followKind);
    followKind();
}

void CouponDialog::followKind()
{
    switch (CouponKind(m_kind->currentData().toInt())) {
    case CouponKind::Amount:
        m_valueLabel->setText(tr("Amount off:"));
        break;
    case CouponKind::Percent:
        m_valueLabel->setText(tr("Percent off (1–100):"));
        break;
    case CouponKind::Item:
        m_valueLabel->setText(tr("The item's value:"));
        break;
    }
}

void CouponDialog::accept()
{
    if (auto s = save(); !s) {
        showError(m_error, s.error().message(), this, s.error().field());
        return;
    }
    QDialog::accept();
}

core::Status CouponDialog::save()
{
    const int decimals = m_session.settings.decimals();
    core::coupons::Coupon c = m_coupon;
    c.code = m_code->text().trimmed();
    c.name = m_name->text().trimmed();
    c.kind = CouponKind(m_kind->currentData().toInt());
    auto value = core::money::parse(m_value->text(), c.kind == CouponKind::Percent ? 0 : decimals,
        m_valueLabel->text().chopped(1));
    if (!value)
        return core::Error(
            core::Error::Code::InvalidInput, value.error().message(), QStringLiteral("value"));
    c.value = *value;
    const QString minSpend = m_minSpend->text().trimmed();
    auto spend = core::money::parse(
        minSpend.isEmpty() ? QStringLiteral("0") : minSpend, decimals, tr("the minimum spend"));
    if (!spend)
        return core::Error(
            core::Error::Code::InvalidInput, spend.error().message(), QStringLiteral("min_spend"));
    c.minSpend = *spend;
    const QTimeZone zone = m_session.settings.timeZone();
    c.validFrom = m_hasStart->isChecked() ? midnight(m_start->date(), zone) : 0;
    c.validTo = m_hasEnd->isChecked() ? midnight(m_end->date().addDays(1), zone) : 0;
    c.validDays = m_days->value();
    c.perPersonLimit = m_perPerson->value();
    c.totalLimit = m_total->value() > 0 ? std::optional<qint64>(m_total->value()) : std::nullopt;
    c.branchIds.clear();
    for (int i = 0; i < m_branches->count(); ++i) {
        if (m_branches->item(i)->checkState() == Qt::Checked)
            c.branchIds.push_back(m_branches->item(i)->data(Qt::UserRole).toLongLong());
    }
    core::coupons::CouponService coupons(m_session.db);
    auto saved = c.id == 0 ? coupons.create(m_session.actor, c) : coupons.update(m_session.actor, c);
    if (!saved)
        return saved.error();
    m_coupon = *saved;
    return {};
}

} // namespace ui::coupons
