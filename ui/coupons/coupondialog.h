#pragma once

#include "core/common/result.h"
#include "core/coupons/coupon.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace ui {
struct Session;
}

namespace ui::coupons {

// A coupon template's form: code, name, what it gives (an amount off, a percentage off or a free
// item), the minimum spend, the dates it may be claimed and used (days in the chain's time
// zone, the last one included), how long a claim stays valid, the limits per person and in all,
// and the branches. OK saves through CouponService (create, or update: the code is then fixed);
// a refusal is shown in the dialog, which stays open. A manager's coupons belong to their
// branch alone.
class CouponDialog final : public QDialog
{
    Q_OBJECT
public:
    // `coupon.id` 0: a new coupon.
    CouponDialog(Session &session, const core::coupons::Coupon &coupon, QWidget *parent = nullptr);

    void accept() override;
    const core::coupons::Coupon &coupon() const { return m_coupon; }

private:
    core::Status save();
    void followKind();

    Session &m_session;
    core::coupons::Coupon m_coupon;
    QLineEdit *m_code;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QLabel *m_valueLabel;
    QLineEdit *m_value;
    QLineEdit *m_minSpend;
    QCheckBox *m_hasStart;
    QDateEdit *m_start;
    QCheckBox *m_hasEnd;
    QDateEdit *m_end;
    QSpinBox *m_days;
    QSpinBox *m_perPerson;
    QSpinBox *m_total;
    QListWidget *m_branches;
    QLabel *m_error;
};

// "¥10.00 off", "15% off", "a free item worth ¥12.00".
QString offerText(const core::coupons::Coupon &coupon, const Session &session);

} // namespace ui::coupons
