#include "ui/members/memberdialog.h"

#include "core/branches/branchservice.h"
#include "core/common/clock.h"
#include "core/common/qrcode.h"
#include "core/coupons/claimservice.h"
#include "core/people/personservice.h"
#include "core/reviews/reviewservice.h"
#include "core/tiers/tierservice.h"
#include "core/visits/visitservice.h"
#include "core/wallet/walletservice.h"
#include "ui/members/claimtablemodel.h"
#include "ui/members/consenttablemodel.h"
#include "ui/members/ledgertablemodel.h"
#include "ui/members/memberprofileform.h"
#include "ui/members/qrcodeview.h"
#include "ui/members/reviewtablemodel.h"
#include "ui/members/visittablemodel.h"
#include "ui/shell/session.h"
#include "ui/shell/formhelpers.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace ui::members {

namespace {

constexpr int pngModulePixels = 12;

QTableView *tableOf(QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setStretchLastSection(true);
    QObject::connect(model, &QAbstractItemModel::modelReset, view,
                     [view] { view->resizeColumnsToContents(); });
    return view;
}

// The first failure of several reads; the page still shows what did load.
struct FirstError
{
    QString message;
    template<typename R>
    bool take(const R &result)
    {
        if (!result && message.isEmpty())
            message = result.error().message();
        return result.ok();
    }
};

template<typename T>
T valueOr(const core::Result<T> &result)
{
    return result ? *result : T();
}

} // namespace

MemberDialog::MemberDialog(Session &session, qint64 personId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_personId(personId)
    , m_format(session.settings)
    , m_header(new QLabel(this))
    , m_balance(new QLabel(this))
    , m_error(ui::errorLabel(this))
    , m_code(new QLabel(this))
    , m_qr(new QrCodeView(this))
    , m_saveQr(new QPushButton(this))
    , m_tabs(new QTabWidget(this))
    , m_profile(new MemberProfileForm(this))
    , m_consents(new ConsentTableModel(m_format, this))
    , m_ledger(new LedgerTableModel(m_format, this))
    , m_visits(new VisitTableModel(m_format, this))
    , m_claims(new ClaimTableModel(m_format, this))
    , m_reviews(new ReviewTableModel(m_format, this))
{
    setObjectName(QStringLiteral("memberDialog"));
    m_header->setObjectName(QStringLiteral("memberHeader"));
    m_header->setTextFormat(Qt::RichText);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_balance->setObjectName(QStringLiteral("memberBalance"));
    m_balance->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setObjectName(QStringLiteral("memberError"));
    m_code->setAlignment(Qt::AlignHCenter);
    m_code->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    mono.setPointSizeF(font().pointSizeF() * 1.2);
    m_code->setFont(mono);
    m_qr->setFixedSize(150, 150);
    m_profile->setProfileEditable(session.actor.role() != core::auth::Role::Cashier);

    m_tabs->addTab(m_profile, QString());
    for (QAbstractItemModel *model : std::initializer_list<QAbstractItemModel *> {
             m_consents, m_ledger, m_visits, m_claims, m_reviews })
        m_tabs->addTab(tableOf(model, m_tabs), QString());

    auto *who = new QVBoxLayout;
    who->addWidget(m_header);
    who->addSpacing(6);
    who->addWidget(m_balance);
    who->addStretch(1);
    auto *qr = new QVBoxLayout;
    qr->addWidget(m_qr, 0, Qt::AlignHCenter);
    qr->addWidget(m_code);
    qr->addWidget(m_saveQr);
    auto *top = new QHBoxLayout;
    top->addLayout(who, 1);
    top->addLayout(qr);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_error);
    layout->addWidget(m_tabs, 1);
    layout->addStretch(0); // takes the room when the tabs are hidden (a refusal)
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_profile, &MemberProfileForm::saveRequested, this, &MemberDialog::save);
    connect(m_saveQr, &QPushButton::clicked, this, &MemberDialog::chooseQrFile);
    resize(920, 640);
    retranslate();
    reload();
}

bool MemberDialog::reload()
{
    const auto &actor = m_session.actor;
    core::people::PersonService people(m_session.db,
                                       core::people::PhoneNormalizer(m_session.settings.region));
    auto person = people.profile(actor, m_personId);
    if (!person) {
        showRefusal(person.error().message());
        return false;
    }
    m_person = *person;
    m_loaded = true;
    FirstError errors;
    auto consents = people.consents(m_personId);
    errors.take(consents);
    m_profile->setPerson(m_person, valueOr(consents));

    core::wallet::WalletService wallet(m_session.db);
    auto balance = wallet.balance(actor, m_personId);
    m_principal = errors.take(balance) ? balance->principal : 0;
    m_bonus = balance ? balance->bonus : 0;
    auto ledger = wallet.latestEntries(actor, m_personId, HistoryLimit);
    auto visits = core::visits::VisitService(m_session.db).listForPerson(actor, m_personId,
                                                                           HistoryLimit);
    auto claims = core::coupons::ClaimService(m_session.db).claimsOf(actor, m_personId);
    core::reviews::ReviewFilter filter;
    filter.personId = m_personId;
    filter.limit = HistoryLimit;
    auto reviews = core::reviews::ReviewService(m_session.db).list(actor, filter);

    // Branch codes of everything shown (codes are no secret: the counter resolves them).
    QSet<qint64> branchIds { m_person.homeBranchId };
    if (errors.take(ledger)) {
        for (const auto &e : std::as_const(*ledger))
            branchIds << e.branchId;
    }
    if (errors.take(visits)) {
        for (const auto &v : std::as_const(*visits))
            branchIds << v.branchId;
    }
    if (errors.take(claims)) {
        for (const auto &c : std::as_const(*claims))
            branchIds << c.branchId << c.redeemedBranchId;
    }
    if (errors.take(reviews)) {
        for (const auto &r : std::as_const(*reviews))
            branchIds << r.branchId;
    }
    QHash<qint64, QString> codes;
    core::branches::BranchService branches(m_session.db);
    for (const qint64 id : std::as_const(branchIds)) {
        if (id == 0)
            continue;
        auto branch = branches.find(id);
        if (errors.take(branch))
            codes.insert(id, branch->code);
    }
    m_homeBranch = codes.value(m_person.homeBranchId);
    m_format.setBranchCodes(codes);
    m_consents->setFormat(m_format);
    m_ledger->setFormat(m_format);
    m_visits->setFormat(m_format);
    m_claims->setFormat(m_format);
    m_reviews->setFormat(m_format);
    m_tierName.clear();
    if (m_person.tierId != 0) {
        auto tier = core::tiers::TierService(m_session.db).find(m_person.tierId);
        if (errors.take(tier))
            m_tierName = tier->name;
    }
    m_consents->setConsents(valueOr(consents));
    m_ledger->setRecords(valueOr(ledger));
    m_visits->setRecords(valueOr(visits));
    m_claims->setNow(core::clock::now());
    m_claims->setRecords(valueOr(claims));
    m_reviews->setRecords(valueOr(reviews));

    auto qr = core::QrCode::encode(m_person.memberCode);
    errors.take(qr);
    m_qr->setCode(qr ? std::optional<core::QrCode>(*qr) : std::nullopt);
    m_saveQr->setEnabled(qr.ok());
    m_code->setText(m_person.memberCode);

    m_error->setText(errors.message);
    m_error->setVisible(!errors.message.isEmpty());
    setHistoryVisible(true);
    showHeader();
    return true;
}

void MemberDialog::showRefusal(const QString &message)
{
    m_loaded = false;
    m_person = {};
    m_error->setText(message);
    m_error->show();
    m_header->clear();
    m_balance->clear();
    m_code->clear();
    m_qr->setCode(std::nullopt);
    m_saveQr->setEnabled(false);
    setHistoryVisible(false);
    resize(width(), sizeHint().height());
    m_profile->setPerson({}, {});
    m_consents->setConsents({});
    m_ledger->setRecords({});
    m_visits->setRecords({});
    m_claims->setRecords({});
    m_reviews->setRecords({});
    setWindowTitle(tr("Member"));
}

void MemberDialog::setHistoryVisible(bool visible)
{
    for (QWidget *widget : std::initializer_list<QWidget *> { m_tabs, m_qr, m_code, m_saveQr })
        widget->setVisible(visible);
}

void MemberDialog::save()
{
    core::people::PersonService people(m_session.db,
                                       core::people::PhoneNormalizer(m_session.settings.region));
    auto saved = people.saveProfile(m_session.actor, m_profile->person(), m_profile->consents());
    if (!saved)
        return m_profile->showError(saved.error());
    if (reload())
        emit this->saved(m_personId);
}

bool MemberDialog::saveQrCode(const QString &path)
{
    const auto &code = m_qr->code();
    if (!code)
        return false;
    if (QrCodeView::image(*code, pngModulePixels).save(path, "PNG"))
        return true;
    m_error->setText(tr("The QR code could not be written to %1.").arg(path));
    m_error->show();
    return false;
}

void MemberDialog::chooseQrFile()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save QR Code"), tr("member-%1.png").arg(m_person.memberCode),
        tr("PNG images (*.png)"));
    if (!path.isEmpty())
        saveQrCode(path);
}

void MemberDialog::showHeader()
{
    if (!m_loaded)
        return;
    const QString name = m_person.name.isEmpty() ? tr("(no name)") : m_person.name;
    const QString standing = !m_person.isMember() ? tr("Guest")
        : m_tierName.isEmpty()                    ? tr("Member")
                                                  : m_tierName;
    QStringList facts { standing };
    if (!m_homeBranch.isEmpty())
        facts << tr("home branch %1").arg(m_homeBranch);
    if (m_person.isMember())
        facts << tr("member since %1").arg(m_format.date(m_person.memberSince));
    else
        facts << tr("known since %1").arg(m_format.date(m_person.joinedAt));
    m_header->setText(QStringLiteral("<span style='font-size:%1pt; font-weight:600'>%2</span>"
                                     "<br>%3 · %4<br>%5")
                          .arg(QString::number(qRound(font().pointSizeF() * 1.7)),
                               name.toHtmlEscaped(), m_person.phone.toHtmlEscaped(),
                               tr("member code %1").arg(m_person.memberCode).toHtmlEscaped(),
                               facts.join(QStringLiteral(" · ")).toHtmlEscaped()));
    m_balance->setText(tr("Balance <b>%1</b> (principal %2, bonus %3)")
                           .arg(m_format.money(m_principal + m_bonus), m_format.money(m_principal),
                                m_format.money(m_bonus)));
    setWindowTitle(tr("Member — %1").arg(name));
}

void MemberDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void MemberDialog::retranslate()
{
    const QStringList titles = { tr("Profile"), tr("Consents"), tr("Wallet"),
                                 tr("Visits"),  tr("Coupons"),  tr("Reviews") };
    for (int i = 0; i < titles.size(); ++i)
        m_tabs->setTabText(i, titles.at(i));
    m_saveQr->setText(tr("Save QR as PNG…"));
    m_saveQr->setToolTip(tr("The member code as a QR code: a counter's scanner reads it from a "
                            "phone screen or a printed card for cardless payment."));
    showHeader();
}

} // namespace ui::members
