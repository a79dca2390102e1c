#pragma once

#include "core/coupons/couponstats.h"
#include "core/coupons/coupon.h"
#include "ui/shell/workerthreads.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace ui {
struct Session;
}

namespace ui::coupons {

// Coupons (issue 7, "Coupons page"), for managers and the owner: the templates with what each
// gives, its terms, branches and figures (claimed, redeemed, expired unused, discount given);
// create, edit and retire them; record a claim or issue the coupon to a segment of members;
// and for the template chosen, its redemptions per branch and its latest claims with their
// codes. A manager sees the coupons their branch can use and the figures of their branch, as
// CouponService and ClaimService decide. Issuing reaches the toolbar's branches.
class CouponsPage final : public QWidget
{
    Q_OBJECT
public:
    explicit CouponsPage(Session &session, QWidget *parent = nullptr);

    void reload();
    void setScope(const QVector<qint64> &branchIds);
    void selectCoupon(qint64 couponId);
    qint64 currentCouponId() const;
    QTableWidget *couponTable() const { return m_coupons; }
    QTableWidget *branchTable() const { return m_perBranch; }
    QTableWidget *claimTable() const { return m_claims; }

    static constexpr int ClaimsShown = 500;

signals:
    // The figures of the list reloaded last are in the table (they are read off the UI thread:
    // about a second on a chain of a million people).
    void figuresShown();

protected:
    void changeEvent(QEvent *event) override;

private:
    // A copy of the chosen template (reload() replaces the list), if one is chosen.
    std::optional<core::coupons::Coupon> current() const;
    void edit(bool create);
    void retire();
    void recordClaim();
    void issue();
    void showDetail();
    void followSelection();
    void retranslate();
    // Reads every coupon's figures on a worker with its own connection; showFigures() puts them
    // in the table when they come.
    void loadFigures();
    void showFigures();
    QString branchNames(const core::coupons::Coupon &coupon) const;
    QString terms(const core::coupons::Coupon &coupon) const;

    Session &m_session;
    QVector<qint64> m_scope;
    QVector<core::coupons::Coupon> m_list;
    QHash<qint64, core::coupons::CouponStats> m_stats;
    QHash<qint64, QString> m_branchCodes;
    QLabel *m_heading;
    QCheckBox *m_showRetired;
    QTableWidget *m_coupons;
    QPushButton *m_new;
    QPushButton *m_edit;
    QPushButton *m_retire;
    QPushButton *m_claim;
    QPushButton *m_issue;
    QLabel *m_error;
    QLabel *m_detailHeading;
    QTableWidget *m_perBranch;
    QTableWidget *m_claims;
    bool m_figuresShown = false;
    // Last: its destructor waits for the worker before the members above go.
    WorkerThreads m_figures { this };
};

} // namespace ui::coupons
