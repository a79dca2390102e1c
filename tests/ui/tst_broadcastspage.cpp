// The Broadcasts page (issue 5): composing shows the message as a person of each branch gets
// it and the counts before sending; sending by SMS file writes the file on a worker thread and
// the history shows the broadcast with its counts per branch (both models under
// QAbstractItemModelTester); no webhook address is said plainly; a cashier never gets the
// page, a manager only when the owner allows it; the dashboard's "Broadcast to selected
// branches" sets the toolbar's scope and opens the page.
#include "core/broadcasts/broadcastservice.h"
#include "core/chain/chainsettings.h"
#include "core/common/clock.h"
#include "core/demo/demogenerator.h"
#include "core/storage/sql.h"
#include "ui/broadcasts/branchcountsmodel.h"
#include "ui/broadcasts/broadcastform.h"
#include "ui/broadcasts/broadcasthistory.h"
#include "ui/broadcasts/broadcastlistmodel.h"
#include "ui/broadcasts/broadcastrunner.h"
#include "ui/broadcasts/broadcastsettingsdialog.h"
#include "ui/broadcasts/broadcastspage.h"
#include "ui/dashboard/dashboardpage.h"
#include "ui/shell/appcontroller.h"
#include "ui/shell/branchscope.h"
#include "ui/shell/mainwindow.h"
#include "ui/shell/session.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimeZone>
#include <QToolButton>

#include "tests/support/testchain.h"
#include "tests/support/webhookreceiver.h"
#include "tests/support/widgettest.h"

using namespace testsupport;
using ui::broadcasts::BranchCountsModel;
using ui::broadcasts::BroadcastListModel;
using ui::broadcasts::BroadcastsPage;

namespace {

qint64 at(int day, int hour)
{
    return QDateTime(QDate(2026, 12, day), QTime(hour, 0), QTimeZone("Asia/Shanghai"))
        .toSecsSinceEpoch();
}

void sql(TestChain &chain, const QString &text, std::initializer_list<QVariant> values = {})
{
    auto s = core::storage::execOnce(chain.db(), text, values);
    QVERIFY2(s.ok(), qPrintable(s.error().message()));
}

int people = 0;
// A person at home in `home`, with consent to SMS and the webhook unless `consent` is false.
qint64 addPerson(TestChain &chain, const QString &name, qint64 home, bool consent = true)
{
    const QString phone = QStringLiteral("+86139%1").arg(++people, 8, 10, QLatin1Char('0'));
    sql(chain,
        QStringLiteral("INSERT INTO people (phone, phone_last4, member_code, name, home_branch_id,"
                       " joined_at, member_since) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        { phone, phone.right(4), QStringLiteral("M%1").arg(people), name, home, at(1, 10),
            at(1, 10) });
    const qint64 id = count(chain.db(), QStringLiteral("SELECT max(id) FROM people"));
    if (consent)
        for (const char *channel : { "sms", "webhook" })
            sql(chain, QStringLiteral("INSERT INTO consents VALUES (?, ?, 1, ?, 'test')"),
                { id, QString::fromLatin1(channel), at(1, 10) });
    return id;
}

int receipts = 0;
void addVisit(TestChain &chain, qint64 person, qint64 branch, qint64 when)
{
    sql(chain,
        QStringLiteral("INSERT INTO visits (branch_id, person_id, occurred_at, amount, source,"
                       " receipt_no) VALUES (?, ?, ?, 1000, 'demo', ?)"),
        { branch, person, when, QStringLiteral("R%1").arg(++receipts) });
}

// Lin at home in B01 who also ate at B02, Wang at home in B02, and Zhao at home in B01
// without consent.
void fill(TestChain &chain)
{
    const qint64 lin = addPerson(chain, QStringLiteral("Lin"), chain.branch1);
    addVisit(chain, lin, chain.branch1, at(1, 12));
    addVisit(chain, lin, chain.branch1, at(2, 12));
    addVisit(chain, lin, chain.branch2, at(3, 12));
    addPerson(chain, QStringLiteral("Wang"), chain.branch2);
    addPerson(chain, QStringLiteral("Zhao"), chain.branch1, false);
}

struct Page
{
    explicit Page(TestChain &chain, const core::auth::Actor &actor)
        : session { chain.db(), actor, *core::chain::ChainStore::load(chain.db()) }
    {
        page.resize(1100, 700);
        page.show();
    }
    ui::Session session;
    BroadcastsPage page { session };
    QAbstractItemModelTester historyTester { page.history()->model(),
        QAbstractItemModelTester::FailureReportingMode::QtTest };
    QAbstractItemModelTester branchTester { page.history()->branchModel(),
        QAbstractItemModelTester::FailureReportingMode::QtTest };

    QString label(const char *name) { return child<QLabel>(&page, name)->text(); }
    void compose(const QString &title, const QString &body)
    {
        setText(&page, "title", title);
        auto *edit = child<QPlainTextEdit>(&page, "body");
        edit->clear();
        QTest::keyClicks(edit, body);
    }
};

} // namespace

class TestBroadcastsPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { core::clock::setNowForTesting(at(4, 12)); }
    void cleanup() { core::clock::setNowForTesting(0); }
    void composeShowsPreviewAndCounts();
    void badBalanceNamesTheField();
    void recentAndNearbyReachTheDraft();
    void sendBySmsFileAndHistory();
    void scheduledIsDeliveredFromHistoryOrCancelled();
    void webhookWithoutAddressIsSaid();
    void dueWebhookBroadcastsGoOutInTheBackground();
    void ownerSetsTheWebhookAddress();
    void whoGetsThePage();
    void dashboardOpensThePageForTheSelectedBranches();
    void screenshots();
};

void TestBroadcastsPage::composeShowsPreviewAndCounts()
{
    TestChain chain;
    fill(chain);
    Page p(chain, chain.owner());
    p.page.setScope({ chain.branch1, chain.branch2 });
    p.compose(QStringLiteral("Winter"), QStringLiteral("Hi "));
    // The placeholder menu puts {name} at the cursor.
    auto *insert = child<QToolButton>(&p.page, "insertPlaceholder");
    insert->menu()->actions().at(0)->trigger();
    QCOMPARE(child<QPlainTextEdit>(&p.page, "body")->toPlainText(), QStringLiteral("Hi {name}"));
    QTest::keyClicks(child<QPlainTextEdit>(&p.page, "body"), QStringLiteral(", see you"));

    // After the typing pause: one sample per branch, and the counts.
    QSignalSpy estimated(&p.page, &BroadcastsPage::estimated);
    QTRY_VERIFY_WITH_TIMEOUT(estimated.count() > 0 && p.page.counts().has_value(), 10000);
    const QString preview = p.page.preview()->toPlainText();
    QVERIFY2(preview.contains(QStringLiteral("B01")), qPrintable(preview));
    QVERIFY2(preview.contains(QStringLiteral("B02")), qPrintable(preview));
    QVERIFY2(preview.contains(QStringLiteral("Hi Lin, see you")), qPrintable(preview));
    QVERIFY2(preview.contains(QStringLiteral("Hi Wang, see you")), qPrintable(preview));
    QVERIFY2(
        preview.contains(QStringLiteral("Characters: 15 · SMS parts: 1")), qPrintable(preview));
    QCOMPARE(p.label("recipients"), QStringLiteral("2"));
    QCOMPARE(p.label("duplicatesFolded"), QStringLiteral("1"));
    QCOMPARE(p.label("noConsent"), QStringLiteral("1"));
    QCOMPARE(p.label("deferred"), QStringLiteral("0"));
    QVERIFY(child<QPushButton>(&p.page, "sendBroadcast")->isEnabled());
    // Counting wrote nothing.
    QCOMPARE(count(chain.db(), QStringLiteral("SELECT count(*) FROM broadcasts")), qint64(0));

    // Guests: nobody. Members of B02: Wang at home there and Lin, who ate there once.
    auto *segment = child<QComboBox>(&p.page, "segment");
    segment->setCurrentIndex(segment->findData(int(core::broadcasts::Segment::Guests)));
    estimated.clear();
    QTRY_VERIFY_WITH_TIMEOUT(estimated.count() > 0, 10000);
    QCOMPARE(p.label("recipients"), QStringLiteral("0"));
    // The preview shows someone the broadcast reaches, so here nobody.
    QVERIFY2(p.page.preview()->toPlainText().contains(QStringLiteral("reaches nobody")),
        qPrintable(p.page.preview()->toPlainText()));
    segment->setCurrentIndex(segment->findData(int(core::broadcasts::Segment::Members)));
    p.page.setScope({ chain.branch2 });
    estimated.clear();
    QTRY_VERIFY_WITH_TIMEOUT(estimated.count() > 0, 10000);
    QCOMPARE(p.label("recipients"), QStringLiteral("2"));
    QCOMPARE(p.label("duplicatesFolded"), QStringLiteral("0"));
    QVERIFY(child<QLabel>(&p.page, "broadcastScope")->text().contains(QStringLiteral("B02")));
    // Once counted, the preview shows someone reached who is at home in the chosen branch:
    // Wang of B02 (Lin, reached through B02, is at home in B01 by her visits).
    const QString reached = p.page.preview()->toPlainText();
    QVERIFY2(reached.contains(QStringLiteral("B02")) && reached.contains(QStringLiteral("Hi Wang")),
        qPrintable(reached));
    QVERIFY2(!reached.contains(QStringLiteral("B01")), qPrintable(reached));
}

// "Last visit less than N days ago" and "home branch near B01": only branches with coordinates
// can be the centre, and the distance counts only once one is chosen.
void TestBroadcastsPage::recentAndNearbyReachTheDraft()
{
    TestChain chain;
    fill(chain);
    CC_VERIFY_OK(core::storage::execOnce(chain.db(),
        QStringLiteral("UPDATE branches SET latitude = 31.2304, longitude = 121.4737 WHERE id = ?"),
        { chain.branch1 }));
    Page p(chain, chain.owner());
    p.compose(QStringLiteral("T"), QStringLiteral("B"));
    auto *near = child<QComboBox>(&p.page, "near");
    auto *radius = child<QSpinBox>(&p.page, "radius-km");
    QCOMPARE(near->count(), 2); // anywhere, and B01 (the one with coordinates)
    QVERIFY(!radius->isEnabled());
    auto draft = p.page.form()->draft();
    CC_VERIFY_OK(draft);
    QCOMPARE(draft->nearBranchId, qint64(0));
    QCOMPARE(draft->radiusKm, 0);
    near->setCurrentIndex(near->findData(chain.branch1));
    QVERIFY(radius->isEnabled());
    radius->setValue(3);
    child<QSpinBox>(&p.page, "recent-days")->setValue(14);
    draft = p.page.form()->draft();
    CC_VERIFY_OK(draft);
    QCOMPARE(draft->nearBranchId, chain.branch1);
    QCOMPARE(draft->radiusKm, 3);
    QCOMPARE(draft->recentDays, 14);
}

void TestBroadcastsPage::badBalanceNamesTheField()
{
    TestChain chain;
    fill(chain);
    Page p(chain, chain.owner());
    p.compose(QStringLiteral("T"), QStringLiteral("B"));
    setText(&p.page, "balance", QStringLiteral("12.3.4"));
    p.page.updatePreview();
    QVERIFY(!p.page.counts());
    auto draft = p.page.form()->draft();
    QVERIFY(!draft.ok());
    QCOMPARE(draft.error().field(), QStringLiteral("balance"));
    setText(&p.page, "balance", QStringLiteral("¥1,000.50"));
    draft = p.page.form()->draft();
    CC_VERIFY_OK(draft);
    QCOMPARE(draft->balanceAbove, qint64(100050));
}

void TestBroadcastsPage::sendBySmsFileAndHistory()
{
    TestChain chain;
    fill(chain);
    core::broadcasts::BroadcastSettings settings;
    settings.quiet.start = settings.quiet.end = QTime(0, 0);
    CC_VERIFY_OK(core::broadcasts::BroadcastSettings::save(chain.db(), chain.owner(), settings));
    Page p(chain, chain.owner());
    p.compose(QStringLiteral("Winter"), QStringLiteral("Hi {name}"));
    QSignalSpy estimated(&p.page, &BroadcastsPage::estimated);
    QTRY_VERIFY_WITH_TIMEOUT(estimated.count() > 0, 10000);

    QTemporaryDir dir;
    // The name the dialog proposes: QFileDialog may put it back after selectFile() (it fills the
    // name in when the folder is read), so only the folder is chosen here.
    const QString out = dir.filePath(QStringLiteral("Winter SMS.csv"));
    bool confirmed = false;
    whenModal<QMessageBox>([&](QMessageBox *box) {
        confirmed = box->text().contains(QStringLiteral("2 people"));
        whenModal<QFileDialog>([out](QFileDialog *dialog) {
            dialog->selectFile(out);
            static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept() is protected
        });
        box->button(QMessageBox::Yes)->click();
    });
    QSignalSpy sent(&p.page, &BroadcastsPage::sent);
    QTest::mouseClick(child<QPushButton>(&p.page, "sendBroadcast"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(sent.count(), 1, 20000);
    QVERIFY(confirmed);
    QVERIFY2(
        child<QLabel>(&p.page, "broadcastMessage")->text().startsWith(QStringLiteral("2 sent")),
        qPrintable(child<QLabel>(&p.page, "broadcastMessage")->text()));
    QFile file(out);
    QVERIFY2(file.open(QIODevice::ReadOnly),
        qPrintable(QDir(dir.path()).entryList().join(QLatin1Char(','))));
    const QString written = QString::fromUtf8(file.readAll());
    QVERIFY2(written.startsWith(QStringLiteral("phone,message\n")), qPrintable(written));
    QVERIFY2(written.contains(QStringLiteral(",Hi Lin\n")), qPrintable(written));
    QVERIFY2(written.contains(QStringLiteral(",Hi Wang\n")), qPrintable(written));
    QVERIFY(!written.contains(QStringLiteral("Zhao")));
    QVERIFY(child<QLineEdit>(&p.page, "title")->text().isEmpty());

    // The history: the broadcast, done, with its counts per home branch.
    BroadcastListModel *history = p.page.history()->model();
    QCOMPARE(history->rowCount(), 1);
    QCOMPARE(history->data(history->index(0, BroadcastListModel::Title)).toString(),
        QStringLiteral("Winter"));
    QCOMPARE(history->data(history->index(0, BroadcastListModel::Status)).toString(),
        QStringLiteral("Done"));
    QCOMPARE(history->data(history->index(0, BroadcastListModel::Sent), BroadcastListModel::RawRole)
                 .toLongLong(),
        qint64(2));
    QCOMPARE(p.page.history()->selected().id, qint64(sent.at(0).at(0).toLongLong()));
    BranchCountsModel *branches = p.page.history()->branchModel();
    QCOMPARE(branches->rowCount(), 2);
    QCOMPARE(branches->data(branches->index(0, BranchCountsModel::Branch)).toString(),
        QStringLiteral("B01"));
    QCOMPARE(branches->data(branches->index(0, BranchCountsModel::Sent)).toString(),
        QStringLiteral("1"));
    QVERIFY(p.page.history()->visitsLabel()->text().contains(QStringLiteral("within 7 days")));
    QVERIFY(!child<QPushButton>(p.page.history(), "cancelBroadcast")->isEnabled());
}

// A broadcast for tomorrow noon is created and waits; "Deliver what is due" sends nothing before
// its time and everyone after it; another one is cancelled from the history.
void TestBroadcastsPage::scheduledIsDeliveredFromHistoryOrCancelled()
{
    TestChain chain;
    fill(chain);
    core::broadcasts::BroadcastSettings settings;
    settings.quiet.start = settings.quiet.end = QTime(0, 0);
    CC_VERIFY_OK(core::broadcasts::BroadcastSettings::save(chain.db(), chain.owner(), settings));
    Page p(chain, chain.owner());
    // QTRY_* return from the lambda on failure: results go through `out`, failures are checked
    // after each call.
    const auto schedule = [&](const QString &title, int day, qint64 *out) {
        p.compose(title, QStringLiteral("Hi {name}"));
        child<QCheckBox>(&p.page, "later")->setChecked(true);
        child<QDateTimeEdit>(&p.page, "at")
            ->setDateTime(QDateTime(QDate(2026, 12, day), QTime(12, 0)));
        QSignalSpy estimated(&p.page, &BroadcastsPage::estimated);
        QTRY_VERIFY_WITH_TIMEOUT(estimated.count() > 0 && p.page.counts().has_value(), 10000);
        whenModal<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
        QSignalSpy sent(&p.page, &BroadcastsPage::sent);
        QTest::mouseClick(child<QPushButton>(&p.page, "sendBroadcast"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(sent.count(), 1, 20000);
        *out = sent.at(0).at(0).toLongLong();
    };
    qint64 id = 0;
    schedule(QStringLiteral("Winter"), 5, &id);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(child<QLabel>(&p.page, "broadcastMessage")->text().contains(QStringLiteral("2 wait")));
    QCOMPARE(count(chain.db(), QStringLiteral("SELECT scheduled_at FROM broadcasts WHERE id = ?"),
                 { id }),
        at(5, 12));
    ui::broadcasts::BroadcastHistory *history = p.page.history();
    QCOMPARE(history->selected().id, id);
    QCOMPARE(history->selected().status, QStringLiteral("queued"));
    auto *deliver = child<QPushButton>(history, "deliverDue");
    QVERIFY(deliver->isEnabled());

    // A folder each time: the file dialog would ask before replacing a file.
    QTemporaryDir before;
    QTemporaryDir due;
    const auto deliverNow = [&](const QTemporaryDir &dir, QString *written) {
        const QString out = dir.filePath(QStringLiteral("Winter SMS.csv"));
        whenModal<QFileDialog>([out](QFileDialog *dialog) {
            dialog->selectFile(out);
            static_cast<QDialog *>(dialog)->accept();
        });
        QSignalSpy sent(&p.page, &BroadcastsPage::sent);
        QTest::mouseClick(deliver, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(sent.count(), 1, 20000);
        QFile file(out);
        if (file.open(QIODevice::ReadOnly))
            *written = QString::fromUtf8(file.readAll());
    };
    QString written;
    deliverNow(before, &written);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(written, QStringLiteral("phone,message\n")); // not yet: nothing is due
    QCOMPARE(history->selected().status, QStringLiteral("queued"));
    core::clock::setNowForTesting(at(5, 12));
    deliverNow(due, &written);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(written.contains(QStringLiteral(",Hi Lin\n")), qPrintable(written));
    QVERIFY2(written.contains(QStringLiteral(",Hi Wang\n")), qPrintable(written));
    QCOMPARE(history->selected().status, QStringLiteral("done"));
    QCOMPARE(history->selected().sent, qint64(2));
    QVERIFY(!deliver->isEnabled());

    core::clock::setNowForTesting(at(5, 13));
    qint64 other = 0;
    schedule(QStringLiteral("Spring"), 6, &other);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(history->selected().id, other);
    whenModal<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
    QTest::mouseClick(child<QPushButton>(history, "cancelBroadcast"), Qt::LeftButton);
    QTRY_COMPARE(history->selected().status, QStringLiteral("cancelled"));
    QCOMPARE(history->model()->rowCount(), 2);
    QVERIFY(!deliver->isEnabled());
}

// While the window is open, a webhook broadcast scheduled for later goes out when its time
// comes, without anyone pressing Deliver; an SMS-file one waits for someone to choose the file.
void TestBroadcastsPage::dueWebhookBroadcastsGoOutInTheBackground()
{
    TestChain chain;
    fill(chain);
    WebhookReceiver receiver;
    core::broadcasts::BroadcastSettings settings;
    settings.quiet.start = settings.quiet.end = QTime(0, 0);
    settings.webhookUrl = receiver.url().toString();
    CC_VERIFY_OK(core::broadcasts::BroadcastSettings::save(chain.db(), chain.owner(), settings));
    core::broadcasts::BroadcastService service(chain.db());
    core::broadcasts::Draft d;
    d.title = QStringLiteral("Lunch");
    d.body = QStringLiteral("Hi {name}");
    d.channel = core::broadcasts::ChannelKind::Webhook;
    d.scheduledAt = at(4, 18);
    auto hook = service.create(chain.owner(), d);
    CC_VERIFY_OK(hook);
    QCOMPARE(hook->recipients, qint64(2));
    d.channel = core::broadcasts::ChannelKind::SmsFile;
    CC_VERIFY_OK(service.create(chain.owner(), d));

    Page p(chain, chain.owner());
    QSignalSpy background(&p.page, &BroadcastsPage::deliveredInBackground);
    p.page.deliverDue(); // 12:00: not yet
    QVERIFY(!p.page.isSending());
    QCOMPARE(receiver.requests, 0);

    core::clock::setNowForTesting(at(4, 18));
    p.page.setDueCheckInterval(50);
    QTRY_COMPARE_WITH_TIMEOUT(background.count(), 1, 10000);
    QCOMPARE(receiver.accepted.size(), 2);
    QVERIFY(receiver.accepted.contains(QStringLiteral("b%1-p1").arg(hook->id)));
    QVERIFY2(child<QLabel>(&p.page, "broadcastMessage")->text().contains(QStringLiteral("2 sent")),
        qPrintable(child<QLabel>(&p.page, "broadcastMessage")->text()));
    // Nothing more is due by webhook; the SMS file's recipients still wait.
    QTest::qWait(300);
    QCOMPARE(background.count(), 1);
    QCOMPARE(count(chain.db(),
                 QStringLiteral("SELECT count(*) FROM broadcast_recipients r JOIN broadcasts b"
                                " ON b.id = r.broadcast_id WHERE b.channel = 'sms-file'"
                                " AND r.state = 'pending'")),
        qint64(2));
}

void TestBroadcastsPage::webhookWithoutAddressIsSaid()
{
    TestChain chain;
    fill(chain);
    Page p(chain, chain.owner());
    p.compose(QStringLiteral("Winter"), QStringLiteral("Hi {name}"));
    auto *channel = child<QComboBox>(&p.page, "channel");
    channel->setCurrentIndex(channel->findData(int(core::broadcasts::ChannelKind::Webhook)));
    QSignalSpy estimated(&p.page, &BroadcastsPage::estimated);
    QTRY_VERIFY_WITH_TIMEOUT(estimated.count() > 0, 10000);
    whenModal<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
    QTest::mouseClick(child<QPushButton>(&p.page, "sendBroadcast"), Qt::LeftButton);
    const auto errors = p.page.findChildren<QLabel *>();
    bool said = false;
    for (QLabel *label : errors)
        said = said
            || (label->isVisible() && label->text().contains(QStringLiteral("No webhook address")));
    QVERIFY(said);
    QCOMPARE(count(chain.db(), QStringLiteral("SELECT count(*) FROM broadcasts")), qint64(0));
}

// Broadcast settings (the owner's button): an address that is not http(s) is refused in the
// dialog; a good one is saved with the quiet hours and the managers' permission. Managers do
// not get the button.
void TestBroadcastsPage::ownerSetsTheWebhookAddress()
{
    TestChain chain;
    {
        Page p(chain, chain.owner());
        auto *button = child<QPushButton>(&p.page, "broadcastSettings");
        QVERIFY(button->isVisible());
        bool refused = false;
        whenModal<ui::broadcasts::BroadcastSettingsDialog>(
            [&](ui::broadcasts::BroadcastSettingsDialog *dialog) {
                setText(dialog, "webhook", QStringLiteral("ftp://example.com/hook"));
                dialog->accept();
                refused = dialog->isVisible();
                setText(dialog, "webhook", QStringLiteral("https://sms.example.com/hook"));
                child<QCheckBox>(dialog, "managers")->setChecked(true);
                dialog->accept();
            });
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(refused);
        auto saved = core::broadcasts::BroadcastSettings::load(chain.db());
        CC_VERIFY_OK(saved);
        QCOMPARE(saved->webhookUrl, QStringLiteral("https://sms.example.com/hook"));
        QVERIFY(saved->managersMayBroadcast);
        QCOMPARE(saved->quiet.start, QTime(21, 0));
    }
    Page manager(chain, chain.manager1());
    QVERIFY(!child<QPushButton>(&manager.page, "broadcastSettings")->isVisible());
    QCOMPARE(manager.label("broadcastScope"), QStringLiteral("To: B01")); // their branch
}

void TestBroadcastsPage::whoGetsThePage()
{
    TestChain chain;
    const auto titles = [&](const core::auth::Actor &actor) {
        ui::AppController controller;
        if (!controller.openFile(chain.path(), actor))
            return QStringList();
        const bool page = controller.window()->findChild<BroadcastsPage *>() != nullptr;
        const QStringList texts = itemTexts(controller.window()->navigation());
        return page == texts.contains(QStringLiteral("Broadcasts"))
            ? texts
            : QStringList { QStringLiteral("?") };
    };
    QStringList owner = titles(chain.owner());
    QCOMPARE(owner.indexOf(QStringLiteral("Broadcasts")),
        owner.indexOf(QStringLiteral("Retention")) + 1);
    QVERIFY(!titles(chain.cashier1()).contains(QStringLiteral("Broadcasts")));
    QVERIFY(!titles(chain.manager1()).contains(QStringLiteral("Broadcasts")));
    core::broadcasts::BroadcastSettings settings;
    settings.managersMayBroadcast = true;
    CC_VERIFY_OK(core::broadcasts::BroadcastSettings::save(chain.db(), chain.owner(), settings));
    const QStringList manager = titles(chain.manager1());
    QCOMPARE(manager.indexOf(QStringLiteral("Broadcasts")),
        manager.indexOf(QStringLiteral("Retention")) + 1);
    QVERIFY(!titles(chain.cashier1()).contains(QStringLiteral("Broadcasts")));
}

void TestBroadcastsPage::dashboardOpensThePageForTheSelectedBranches()
{
    TestChain chain;
    fill(chain);
    ui::AppController controller;
    QVERIFY(controller.openFile(chain.path(), chain.owner()));
    ui::MainWindow *window = controller.window();
    auto *dashboard = window->findChild<ui::dashboard::DashboardPage *>();
    auto *page = window->findChild<BroadcastsPage *>();
    QVERIFY(dashboard && page);
    QVERIFY(child<QPushButton>(dashboard, "broadcastToSelected")->isVisibleTo(dashboard));
    emit dashboard->broadcastRequested({ chain.branch2 });
    QCOMPARE(controller.branchScope()->selected(), QVector<qint64> { chain.branch2 });
    QCOMPARE(window->navigation()->currentItem()->text(), QStringLiteral("Broadcasts"));
    QVERIFY(page->isVisible());
    auto draft = page->form()->draft();
    CC_VERIFY_OK(draft);
    QCOMPARE(draft->branchIds, QVector<qint64> { chain.branch2 });
    QVERIFY(child<QLabel>(page, "broadcastScope")->text().contains(QStringLiteral("B02")));

    // A manager who may not broadcast is not offered the button.
    ui::AppController other;
    QVERIFY(other.openFile(chain.path(), chain.manager1()));
    auto *theirs = other.window()->findChild<ui::dashboard::DashboardPage *>();
    QVERIFY(!child<QPushButton>(theirs, "broadcastToSelected")->isVisibleTo(theirs));
}

// With CHAINCARD_SCREENSHOT_DIR set: README's picture of the page, a message composed to three
// branches of a demo chain.
void TestBroadcastsPage::screenshots()
{
    const QString folder = qEnvironmentVariable("CHAINCARD_SCREENSHOT_DIR");
    if (folder.isEmpty())
        QSKIP("set CHAINCARD_SCREENSHOT_DIR to save the broadcasts page's picture");
    // Today at noon in the chain's time, out of quiet hours whenever the picture is taken.
    const QTimeZone shanghai("Asia/Shanghai");
    core::clock::setNowForTesting(
        QDateTime(QDateTime::currentDateTime().toTimeZone(shanghai).date(), QTime(12, 0), shanghai)
            .toSecsSinceEpoch());
    TestChain chain(TestChain::Setup::Empty);
    core::demo::DemoOptions options;
    options.branches = 12;
    options.members = 2000;
    options.visits = 24000;
    options.seed = 1;
    CC_VERIFY_OK(core::demo::DemoGenerator(chain.db()).generate(chain.owner(), options));
    QVector<qint64> branches;
    for (int i = 0; i < 3; ++i)
        branches << count(chain.db(),
            QStringLiteral("SELECT id FROM branches ORDER BY code LIMIT 1 OFFSET %1").arg(i));
    Page p(chain, chain.owner());
    p.page.resize(1180, 640);
    p.page.setScope(branches);
    p.compose(QStringLiteral("Winter hotpot"),
        QStringLiteral("{name}, winter hotpot is back at {branch}, {branch_address}. "
                       "Your balance: {balance}."));
    auto *segment = child<QComboBox>(&p.page, "segment");
    segment->setCurrentIndex(segment->findData(int(core::broadcasts::Segment::Members)));
    child<QSpinBox>(&p.page, "lapsed-days")->setValue(30);
    QSignalSpy estimated(&p.page, &BroadcastsPage::estimated);
    QTRY_VERIFY_WITH_TIMEOUT(estimated.count() > 0 && p.page.counts().has_value(), 20000);
    QVERIFY(p.page.grab().save(QDir(folder).filePath(QStringLiteral("broadcasts.png"))));
}

QTEST_MAIN(TestBroadcastsPage)
#include "tst_broadcastspage.moc"
