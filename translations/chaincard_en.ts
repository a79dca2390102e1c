<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AppController</name>
    <message>
        <source>ChainCard chains (*.chaincard);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>read the audit log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Auth</name>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the chain owner may %1; %2 is a %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cashier may not %1; ask a branch manager or the owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not %2 for another branch; their scope is their own branch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password needs at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the last active owner; make another account an owner first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username &quot;%1&quot; must be 2 to 64 letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos; or &apos;@&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 belongs to one branch; choose an existing branch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The username &quot;%1&quot; is taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The username or password is wrong, or the account is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disable or enable accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot take the owner role from yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reset other people&apos;s passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch %1 is deactivated; ask the owner to move your account to another branch.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>Cannot back up to %1: no file can be created in the folder %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot back up to %1: the folder %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot back up to %1: it is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot back up to %1: that is the chain database itself. Choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot back up to %1: the file already exists. Choose another name or allow overwriting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the copy has schema version %1 instead of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite&apos;s quick check of the copy says: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back up the chain database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the file to back up to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup cannot be taken inside a transaction; finish it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up to %1 failed, nothing was written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup written for %1 did not pass its check and was discarded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup for %1 could not be flushed to disk, nothing was written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot back up to %1: the file appeared while the backup was being made. Choose another name or allow overwriting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be put in place at %1, nothing was written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Branches</name>
    <message>
        <source>A branch with code %1 exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch code &quot;%1&quot; must be 1 to 16 letters, digits, &apos;-&apos; or &apos;_&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch %1 needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude %1 of branch %2 is outside -90 to 90.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude %1 of branch %2 is outside -180 to 180.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone &quot;%1&quot; of branch %2 is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add branches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit branches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deactivate branches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no branch with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no branch with code or name &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than one branch is named &quot;%1&quot;; use its code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Broadcasts</name>
    <message>
        <source>The quiet hours setting is not a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the broadcast settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet hours need a start and an end time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cashier may not send broadcasts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner has not allowed branch managers to send broadcasts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send a broadcast to this branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A broadcast needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A broadcast needs a message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lapsed days cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no branch with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no coupon %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see broadcasts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no broadcast %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the SMS file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook did not answer within %1 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook answered HTTP %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancel broadcasts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A branch manager may cancel only their own broadcasts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broadcast %1 is %2: only a queued or sending broadcast can be cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent days cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To reach people near a branch, choose the branch and a distance above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch %1 has no coordinates, so nobody can be found near it; add its latitude and longitude on the Branches page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has a place for a coupon code, {coupon_code}, but no coupon is attached; attach one or take the placeholder out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chain</name>
    <message>
        <source>The chain needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency &quot;%1&quot; is not a three-letter ISO 4217 code such as CNY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone region &quot;%1&quot; is not a two-letter country code such as CN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone &quot;%1&quot; is not known; use an IANA name such as Asia/Shanghai.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews must be allowed for 1 to 365 days after a visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database holds no chain yet; run init first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database already holds the chain &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the chain&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored spending order &quot;%1&quot; is not one ChainCard knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored top-up refund rule &quot;%1&quot; is not one ChainCard knows.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Checker</name>
    <message>
        <source>The unique receipt index (one receipt number per branch) and the triggers that keep the ledger and the audit log append-only are in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone with ledger entries has a wallet row (ids: people).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person has a membership start exactly when they have a top-up in the ledger (ids: people).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every reversal negates exactly one earlier entry of the same person and branch that is not itself a reversal, and only reversals name an entry they reverse (ids: wallet entries).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every coupon claim&apos;s person and coupon exist (ids: claims).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every redemption has its claim (ids: redemptions).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every redemption happened after its claim, before the claim expired and within the coupon&apos;s validity dates (ids: redemptions).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every redemption happened at a branch in its coupon&apos;s scope, and at the branch of the bill it was used on (ids: redemptions).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every review is of a sale and was written by the person of that bill, for its branch (ids: reviews).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every review was written after its visit and within the chain&apos;s review window (ids: reviews).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every refund that names its bill names a sale at the same branch (ids: refund visits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refunds of a sale (voided ones aside) never add up to more than the sale (ids: sale visits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log has no holes: no entry was deleted from its middle (ids: the first entry after each hole).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite&apos;s quick check finds every page of the file sound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite&apos;s integrity check finds every page and index of the file sound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file carries ChainCard&apos;s application id and schema version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every reference between rows points to a row that exists (examples: the column and the missing key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the chain database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check cannot run inside a transaction; finish it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Failed: %2 offending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The check could not run: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every wallet&apos;s principal and bonus equal the sums of its ledger entries (ids: people).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every wallet&apos;s topped-up total equals its top-ups net of reversed top-ups (ids: people).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No wallet is negative, and no ledger ever took the principal or the bonus below zero at any entry (ids: people).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No wallet and no ledger total is negative (ids: people; the full check also follows every ledger entry by entry).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored value outstanding kept per home branch (for the dashboard) equals the sum of the wallets of the people at home there (ids: branches; 0: people without one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit summary kept for broadcasts (home branch by the 12-month rule, branches visited, last visit) matches the visits, for everyone not waiting for its refresh (ids: people).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Counter</name>
    <message>
        <source>Type a phone number, its last four digits or a member code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serve at the counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the bill&apos;s amount, more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon claim %1 belongs to someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon claim %1 (%2) cannot be used here today: it is redeemed, expired, retired or meant for other branches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon %1 needs a bill of at least %2; this bill is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the branch of the bill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>take payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the person first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The balance is %1, not enough to pay %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coupon&apos;s discount changed while the bill was paid; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>void sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the sale is voided: a reason is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refund top-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the top-up is refunded: a reason is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallet entry %1 is not a top-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refund sales</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coupons</name>
    <message>
        <source>Redeemed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unused claim code could be found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A claim code has at most 64 characters; %1 has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim code %1 is already in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The claim channel is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where the coupon is claimed: at a branch or through a channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hand out coupons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the phone of the person claiming.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the coupon to claim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon %1 is retired and can no longer be claimed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon %1 cannot be claimed before %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon %1 expired on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon %1 is not valid at branch %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has already claimed coupon %2 %3 time(s), its limit per person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1 of coupon %2 have been claimed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the claim code to redeem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the branch where the coupon is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redeem coupons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bill amount must be zero or more and below any real bill&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the bill the coupon is used on: its receipt number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No coupon claim has the code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim %1 was already redeemed at branch %2 on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon %1 is retired; its claims can no longer be redeemed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim %1 of coupon %2 expired on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon %1 cannot be used before %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon %1 cannot be redeemed at branch %2; it belongs to other branches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit %1 is a bill of another branch than %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt %1 at branch %2 is a refund; a coupon goes on a sale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt %1 at branch %2 was voided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the bill amount: no bill with receipt %1 is recorded at branch %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon %1 needs a bill of at least %2; this bill is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt %1 at branch %2 already had a coupon; one coupon per bill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>look up coupons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the coupon a code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon code &quot;%1&quot; must be 1 to %2 letters, digits, &apos;-&apos; or &apos;_&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give coupon %1 a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of coupon %1 is longer than %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount off of coupon %1 must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The percentage off of coupon %1 must be between 1 and 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item value of coupon %1 cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minimum spend of coupon %1 cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The validity dates of coupon %1 lie before 1970.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon %1 must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The days a claim of coupon %1 stays valid must be between 1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The per-person limit of coupon %1 cannot be negative (0 means no limit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The total limit of coupon %1 must be at least 1, or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The branches of coupon %1 must be distinct branches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no coupon with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no coupon with code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not see coupon %2: it belongs to other branches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create coupons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may only create coupons for their own branch alone; chain-wide coupons and coupons of other branches are the owner&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A coupon with code %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no branch with id %1 for coupon %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retire coupons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may only retire coupons of their own branch alone; coupon %2 is the owner&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon %1 is already retired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see coupon figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim %1 belongs to someone else than the person of receipt %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issue coupons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may only issue coupons valid at their own branch; coupon %2 is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuing was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see a coupon&apos;s claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit coupons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may only edit coupons of their own branch alone, and keep them there; coupon %2 is the owner&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon %1 is retired and can no longer be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code of coupon %1 cannot change: it is printed on its claims and receipts. Retire it and create a new one instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Coupon %1 has been claimed %n time(s): its kind, value, minimum spend and start can no longer change. Retire it and create a new one instead.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Coupon %1 has already been claimed %n time(s): its total limit cannot be lower.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvFields</name>
    <message>
        <source>The date format &quot;%1&quot; cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quote is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a year is yy or yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has too many letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it needs a year (yyyy or yy), a month (M, MM or MMM) and a day (d or dd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time ChainCard can read, such as 2025-03-14 12:30:00, 2025/3/14, 2025年3月14日 or 14/03/2025 14:05 (give other forms with --date-format).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; can be read day first or month first; give the order with --date-format, for example --date-format dd/MM/yyyy or --date-format MM/dd/yyyy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; names a date that does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a time of day that does not exist (hours 0-23, or 1-12 with AM/PM; minutes and seconds 0-59).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not match the date format &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a time in the date column and another in the time column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a time of day where a date alone is expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some dates only make sense day first (&quot;%1&quot;) and others only month first (&quot;%2&quot;); give the format with --date-format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In column %1 some dates only make sense day first (&quot;%2&quot;) and others only month first (&quot;%3&quot;); give the format with --date-format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every date such as &quot;%1&quot; can be read day first or month first; give the order with --date-format, for example --date-format dd/MM/yyyy or --date-format MM/dd/yyyy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every date in column %1 such as &quot;%2&quot; can be read day first or month first; give the order with --date-format, for example --date-format dd/MM/yyyy or --date-format MM/dd/yyyy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount: it has two signs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not yes or no (write yes/no, 1/0, true/false or 是/否).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is out of range (%2 to %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a gender ChainCard knows (female, male, other, F, M, 女, 男, or empty).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it needs exactly one @</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has a space, comma or semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part before the @ is empty or too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the domain after the @ has no dot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the domain after the @ is malformed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvHeaders</name>
    <message>
        <source>--map %1=%2: &quot;%1&quot; is not a field of %3 records; the fields are %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--map %1=%2: the file has no column &quot;%2&quot;; its columns are %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no column for %1, which %2 records need. Its columns are %3. Name the column with --map FIELD=HEADER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--map needs FIELD=HEADER, such as --map phone=手机号, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of record; use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The CSV file is not open for reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV delimiter must be an ASCII character other than a quote or a line break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the CSV file failed after %1 bytes: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file looks like GB18030 (Chinese) text, which this build of ChainCard cannot read. Save it as UTF-8 and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: field %2 is longer than the limit of %3 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the record is longer than the limit of %2 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the record has more than %2 fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a quoted field starts here and is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the text is not valid %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Writing the CSV file %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the CSV output failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>branches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>membership tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coupons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain already has %1; demo data only goes into an empty chain. Create a new chain for the demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of branches must be between 1 and %1, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of members must be between 1 and %1, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of visits must be between 1 and %1, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of visits (%1) must be at least the number of members (%2): every member tops up at a visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day of the demo history must lie between 2000 and 2099, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generate demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo data was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo planned %1 visits but wrote %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo planned %1 top-ups for person %2 but made %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>export records</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Creating the demo chain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ChainCard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>&quot;%1&quot; is not a coordinate between -%2 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import branches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new branch needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim code %1 already belongs to another claim (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import coupons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of coupon (amount, percent or item).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon %1 already exists with other terms; an import does not change a coupon&apos;s terms. Retire it and import the new terms under a new code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This row has no %1, which an import needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This row names no branch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No branch has the code or name &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch %1 is outside your scope; you may import only your branch&apos;s records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch %1 is closed and takes no new records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This row has no phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This row has no date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lies in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This row has no amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty: it has no header row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read a second time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person %1 vanished during the import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 belongs to branch %2; you may import only your branch&apos;s members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt %1 at branch %2 already has another review; a bill is reviewed once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A receipt number has at most 64 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt %1 at branch %2 is already recorded with another time, amount or person; it is not changed by an import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of ledger entry (topup, bonus, spend, refund, reversal or adjustment).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 needs an amount above zero; this row has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference %1 already belongs to another ledger entry (entry %2, a %3 of %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reversal names the entry it undoes in the ref column as reversal-of:REF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ledger entry has the reference %1, so it cannot be reversed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportKinds</name>
    <message>
        <source>Branches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits (bills)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored-value entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon redemptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>%1 Choose the encoding the file was saved in (UTF-8, GB18030 or UTF-16).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty: it has no header row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no column for %1, which %2 records need. Its columns are %3. Choose the column that holds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ChainCard&apos;s own columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns recognised by their names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Square customer directory export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Square transactions export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shopify customers export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loyverse customers export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loyverse receipts export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toast guest export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toast check details export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toast order details export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>The chain database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit after this many milliseconds (for tests and screenshots).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of the window to this PNG file and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this page (its position in the navigation list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as this user, with the password in CHAINCARD_PASSWORD (for scripts and screenshots).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--user %1 needs that user&apos;s password in CHAINCARD_PASSWORD</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Members</name>
    <message>
        <source>list the members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The balance to list members above may not be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last-visit dates of the member filter lie before 1970.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member search was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>&quot;%1&quot; is not an amount: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an amount: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>more than %n decimal place(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>misplaced thousands separator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this currency has no decimal places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <source>Gender &quot;%1&quot; must be female, male, other or empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birthday lies in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no branch with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one with phone %1 is known to the chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No member has the code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no person with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type exactly the last four digits of the phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open the page of people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already registered (member code %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the branch the person joins at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>register people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit a person&apos;s profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move a person to another branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say how the consent to %1 messages was given.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Phone</name>
    <message>
        <source>&quot;%1&quot; is not a phone number: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a phone number: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it cannot be read as a phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such number exists in the numbering plan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <source>A QR code needs something to encode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) of text do not fit in a QR code.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The QR code could not be made: out of memory.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>Receipt %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance after</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>The retention report was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No branch (online claims)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of months must be between 0 and %1, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first cohort month (%1) comes after the last (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see retention reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rebuild the retention figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another ChainCard window keeps rebuilding the retention figures; try again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored retention figures are damaged; run the report again to rebuild them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reviews</name>
    <message>
        <source>The reply has no text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rating is 1 to 5 stars, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the branch of the reviewed bill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the phone of the person reviewing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receipt %1 at branch %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bill of %1 is a refund; only a sale can be reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bill of %1 was voided and cannot be reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bill of %1 was paid anonymously: no one can review it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the person who paid %1 may review it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bill of %1 already has a review (id %2); a bill is reviewed once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A review of %1 cannot be written before the visit itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews of %1 closed on %2, %3 days after the visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reply to reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no review with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read or answer reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings run from 1 to 5, the lowest first (not %1 to %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read reviews</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settlement</name>
    <message>
        <source>see the settlement between branches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settlement period must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a ChainCard database (it is not an SQLite file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a ChainCard database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database file was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no chain database at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an empty file, not a ChainCard database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was written by a newer ChainCard (schema version %1; this version understands up to %2). Update ChainCard to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the setting %1 could not be put into effect (it is %2, expected %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upgrading the schema to version %1 failed, nothing was changed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy or locked by another program (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is damaged (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change conflicts with existing data (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file could not be written (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A step of this operation failed, so nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tiers</name>
    <message>
        <source>Give the tier a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rank of a tier must be 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The threshold of a tier must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The discount must lie between 0% and 100%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A spending window must be between 1 and %1 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the spend-over-a-window rule takes a number of days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>define membership tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tier &quot;%1&quot; already has that name or rank %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no tier with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no person with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n people hold the tier &quot;%1&quot;; it cannot be removed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Visits</name>
    <message>
        <source>Give the bill&apos;s receipt number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt number &quot;%1&quot; is longer than %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bill&apos;s time lies in the future or before 1970.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the %1 is made: a reason is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no visit with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the branch of the bill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bill&apos;s amount must be zero or more and below any real bill&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record bills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt %1 is already recorded at branch %2 (visit %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refund must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refund bills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt %1 at branch %2 is itself a refund; refund the sale instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt %1 at branch %2 was voided; there is nothing to refund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt %1 at branch %2 was %3 and %4 of it is already refunded: at most %5 more can be refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>void bills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt %1 at branch %2 is already voided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt %1 at branch %2 has refunds standing and cannot be voided; void its refunds first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>look at bills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bill with receipt %1 is recorded at branch %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no person with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Wallet</name>
    <message>
        <source>The %1 must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is larger than any single payment ChainCard accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference key is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the branch where this happens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no branch with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch %1 has been deactivated; it takes no new wallet operations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the person&apos;s phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no person with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no wallet entry with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference &quot;%1&quot; was already used for another operation (entry %2, a %3 of %4); use a new reference for a new operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This would make the balance of %1 negative (it is %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The balance of %1 would exceed what ChainCard can hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>top up wallets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give bonuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bonus is only given with a top-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>take wallet payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The balance of %1 is %2, not enough to pay %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refund to a wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refund to wallets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 can be refunded at most %2: refunds may not exceed what was spent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reverse wallet entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 is itself a reversal and cannot be reversed; make an adjustment instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 was already reversed by entry %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reversing entry %1 would make the balance of %2 negative (it is %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adjust wallets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An adjustment must change the balance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the wallet is adjusted: a note is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 top-up bonus rules can be set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top-up bonus rule %1: the top-up it needs must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top-up bonus rule %1: the bonus must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top-up bonus rules %1 and %2 need the same top-up; keep one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bonus first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principal first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In proportion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored top-up bonus rule &quot;%1&quot; is not of the form threshold:bonus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either a bonus or the chain&apos;s bonus rules, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bonus of top-up %1 forfeited with its refund</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core::dashboard::Dashboard</name>
    <message>
        <source>The period needs a first and a last day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period&apos;s first day (%1) is after its last day (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see the dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no branch with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::AppController</name>
    <message>
        <source>There is no chain at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent chains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chain.chaincard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up the chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 backup %2.chaincard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up the chain to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain was backed up to %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New chain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ChainCard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broadcasts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::MainWindow</name>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — ChainCard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All branches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The branches every page shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n branch(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::branches::BranchDialog</name>
    <message>
        <source>Edit branch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain&apos;s (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-90 to 90, empty if unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-180 to 180, empty if unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::branches::BranchTableModel</name>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::branches::BranchesPage</name>
    <message>
        <source>&amp;Reactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n branch(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::broadcasts::BranchCountsModel</name>
    <message>
        <source>No home branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::broadcasts::BroadcastForm</name>
    <message>
        <source>Any tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No coupon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The balance to exceed cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The send time %1 has passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For your records; not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello {name}, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert placeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the person&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>their home branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>their stored-value balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>their tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the code of the coupon attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS upload file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon claimers who never visited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last visit more than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last visit less than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home branch near</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> km</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::broadcasts::BroadcastHistory</name>
    <message>
        <source>“%1”: %2 of %3 people sent to. Came to a branch within 7 days of the message: %4; within 30 days: %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel broadcast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel “%1”? What has not been sent yet will not be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliver what is due…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends the messages of the selected broadcast whose time has come: deferred by quiet hours, scheduled, or interrupted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::broadcasts::BroadcastListModel</name>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::broadcasts::BroadcastSettingsDialog</name>
    <message>
        <source>Branch managers may broadcast to their branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broadcast settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages due in quiet hours wait until they end, in the time of each person&apos;s home branch. The same start and end: none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook address must start with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::broadcasts::BroadcastsPage</name>
    <message>
        <source>Write a message to see it as each branch&apos;s people will get it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is at home in these branches to show the message with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters: %1 · SMS parts: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the SMS upload file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 SMS.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No webhook address is set. Enter it under Broadcast settings, or send by SMS file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No webhook address is set. Ask the owner to enter one, or send by SMS file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook address “%1” is not an http or https address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting the recipients; send again when the counts are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send “%1” %2 to %3 people?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reached through more than one branch get it once; %2 without consent are left out; %3 get it when quiet hours end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send broadcast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: %1 sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 wait for quiet hours, the send time or a retry: deliver them from History when their time comes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be delivered and were given up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To: every branch (choose branches in the toolbar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients (one message each)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates folded across branches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out for lack of consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deferred by quiet hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broadcast settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This broadcast reaches nobody, so there is nobody to show the message with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered by webhook in the background, as their time came: %1 sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 wait for quiet hours or a retry, and go out when their time comes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::counter::CounterPage</name>
    <message>
        <source>Counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Branch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone, last four digits or member code, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;oupon:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bill or the top-up, e.g. 88.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pay from balance (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash bill (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card bill (F4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Top up (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund or void… (F6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save receipt as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No coupon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one found for &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1   %2   member code %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n people match; choose one with the arrows and Enter.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No one chosen: an anonymous cash or card bill, or find a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest (not a member yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member, no tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier %1: %2 off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance %1 (principal %2, bonus %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, min. spend %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the amount first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To pay: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> − member discount %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> − coupon %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> = to pay %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The balance does not cover it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the person first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take %1 %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill %1, member discount %2, coupon %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a large amount: check it, then choose Yes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid %1, receipt %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top up %1 for %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain&apos;s bonus rules give %1 on top.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the top-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topped up %1 (bonus %2); the balance is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void sale %1 of %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund top-up of %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent sale or top-up of this person at this branch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund or void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent transactions here:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale %1 voided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top-up refunded: give back %1 (bonus taken back %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receipt-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund part of sale %1 of %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount to give back:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded %1 (receipt %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::coupons::ClaimDialog</name>
    <message>
        <source>Record a claim of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No branch: through the channel alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counter, wechat, a campaign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Claim</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::coupons::CouponDialog</name>
    <message>
        <source>%1 off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a free item worth %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until (included)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New coupon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amount off the bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A percentage off the bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A free item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until the coupon ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gives:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum spend:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A claim stays valid for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims per person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims in all:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branches (none ticked: every branch):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount off:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percent off (1–100):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item&apos;s value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the minimum spend</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::coupons::CouponsPage</name>
    <message>
        <source>every branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spend %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) a claim</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n per person</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a coupon to see its redemptions and claims.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: redemptions by branch, and the latest %2 of %3 claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: redemptions by branch, and its claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire a coupon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire coupon %1? It can no longer be claimed or redeemed; its claims and figures stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The claim code of %1 for %2 is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 claims of %2 issued to %3 people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already held as many as the limit per person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 got none: the total limit ran out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired unused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New coupon…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a &amp;claim…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issue to members…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redemptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::coupons::IssueDialog</name>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue %1 to members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People at home in %1 (the toolbar&apos;s branches)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visited within the last:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not seen for at least:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance above:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) match.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>More than %1 people match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuing %1: %2 people so far…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::dashboard::DashboardChartView</name>
    <message numerus="yes">
        <source>Revenue by branch (the %n branch(es) with the most)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Visits by branch (the %n branch(es) with the most)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::dashboard::DashboardModel</name>
    <message>
        <source>Chain total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2: %3
%4 to %5: %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redemptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::dashboard::DashboardPage</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (previous period)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period to report on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the members of the selected branches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2, compared with %3 to %4. Members and stored value by home branch; stored value as of now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected branches and the total, or the whole table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broadcast to selected branches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compose one broadcast to the people of the selected branches</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::firstrun::FirstRunWizard</name>
    <message>
        <source>%1 already exists; ChainCard creates a new chain only in a new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ChainCard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo data could not be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New chain — ChainCard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One chain, all its branches, in one file. These settings apply to every branch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner&apos;s account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner sees and manages the whole chain, and creates the accounts of branch managers and cashiers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file will be %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Currency (ISO 4217):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Golden Noodle House</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The country whose phone numbers need no +code, e.g. CN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with an empty chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the demo chain (made-up branches, members and visits to try things on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import branches, members and visits from CSV files next</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::importer::DryRunPage</name>
    <message>
        <source>Checking every row as the import would, without writing anything…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dry run was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be imported as it is:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row can be imported. Nothing has been written yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some rows would be rejected. Nothing has been written yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows read: %2 would be added, %3 updated, %4 unchanged, %5 merged into a person earlier in the file, %6 skipped (voided or cancelled), %7 rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As it is, the import would write nothing. Fix the rows and start again, or tick “Skip bad rows” on the next page to import the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row is checked as the import would check it; nothing is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::importer::ImportAction</name>
    <message>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring members, visits, stored value, coupons or reviews in from a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::importer::ImportPage</name>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import failed and wrote nothing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows the dry run rejected: %1. Unless you tick “Skip bad rows”, the import will write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rows are written in one go: if anything stops the import, the chain stays as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By default one bad row stops the whole import and nothing is written. Tick “Skip bad rows” to write the good rows and list the bad ones in the error report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip bad rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::importer::ImportRunner</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the error report %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The error report could not be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::importer::ImportWizard</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::importer::KindFilePage</name>
    <message>
        <source>There is no file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder; choose a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the CSV file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV and text files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kind of record the file holds, and the file. Encoding and delimiter are detected; choose them only when the preview looks wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Records:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV file, such as an export of your previous system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GB18030 / GBK (Chinese Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-16 (Excel “Unicode text”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::importer::PreviewPage</name>
    <message>
        <source>(column %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required: choose a column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as %1 text separated by %2. Recognised as: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has a header row and no data rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first row as read (line %1; the file has more):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The only row as read (line %1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first rows as read (lines %1–%2; the file has more):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row as read (lines %1–%2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every column of the file is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignored columns (not imported): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file as ChainCard reads it, and the column each field comes from. Change a column where the guess is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Columns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date &amp;format (only when the dates are ambiguous):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected; e.g. dd/MM/yyyy HH:mm, or DMY / MDY</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::importer::RejectedRowsView</name>
    <message>
        <source>The first %1 of %2 rejected rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in ChainCard&apos;s data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>beside the imported file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every rejected row, with its row number, column and reason, is in the error report %1, saved %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::importer::SummaryPage</name>
    <message>
        <source>%1 imported from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 imported from %2, except the rejected rows below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written: %1 has rejected rows, and “Skip bad rows” was off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the import did to the chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows read:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inserted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged (already there):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged (same person twice in the file):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped (voided or cancelled):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::members::ClaimTableModel</name>
    <message>
        <source>Coupon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redeemed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::members::ConsentTableModel</name>
    <message>
        <source>In person at the counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a paper form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not given</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::members::LedgerTableModel</name>
    <message>
        <source>Top-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reversal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::members::MemberDialog</name>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR code could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save QR Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member-%1.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>home branch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>known since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance &lt;b&gt;%1&lt;/b&gt; (principal %2, bonus %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save QR as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member code as a QR code: a counter&apos;s scanner reads it from a phone screen or a printed card for cardless payment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::members::MemberListModel</name>
    <message>
        <source>Guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last visit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::members::MemberProfileForm</name>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Birthday:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing consent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;How consent was given:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>separated by semicolons, e.g. vip; lunch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change of consent is recorded with the time now and how it was given; no message goes to a channel without consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::members::MembersPage</name>
    <message>
        <source>balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The balance to list members above may not be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People: %L1 shown, counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People: %L1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People: more than %L1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by phone, last four digits, name or member code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members and guests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last visit before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last visit since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files for Excel (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the member list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The people listed, with this search and these filters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::members::ReviewTableModel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::members::VisitTableModel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (voided %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::membership::MembershipPage</name>
    <message numerus="yes">
        <source>%1 in %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1% off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the tier &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membership tiers: a person moves up when they qualify, never down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualifies when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New tier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored value: what the counter follows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top up at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bonus given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a bonus rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payment takes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bonus first, then the money paid in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the money paid in first, then the bonus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both in proportion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunding a top-up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gives back the money paid in and takes its bonus back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gives back the money paid in; the bonus stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::membership::TierDialog</name>
    <message>
        <source>Top-ups add up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One top-up of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spending over a window reaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank (higher is better):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualifies when:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount (%):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the discount</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::retention::BranchChartView</name>
    <message numerus="yes">
        <source>Back within 30 days, by branch (the %n branch(es) with the most claimers)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon claimers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::retention::BranchRetentionModel</name>
    <message>
        <source>Without a branch (channel claims)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members back ≤30 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members back ≤90 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon claimers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimers back ≤30 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimers back ≤60 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimers back ≤90 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Became members</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::retention::CohortTableModel</name>
    <message>
        <source>%1: %2 of %3 people visited in month %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::retention::CurveChartView</name>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon claimers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, month %2: %3% (%4 of %5 people)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who comes back: members against coupon claimers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months since start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the cohort visiting (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members (stored value)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::retention::RetentionPage</name>
    <message>
        <source>Could not write &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the picture &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention: members against coupon claimers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the PDF &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohorts from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon claimers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Curves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 members in %2 cohorts; %3 coupon claimers in %4 cohorts, of whom %5 became members.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::reviews::ReviewDialog</name>
    <message>
        <source>Record a review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating (1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the person of that bill may review it, once, within the chain&apos;s review days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the bill&apos;s receipt number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the guest&apos;s phone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::reviews::ReviewsPage</name>
    <message numerus="yes">
        <source>%n review(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Select a review to read it and reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2, bill %3, %4:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replied %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The branch&apos;s reply, shown with the review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::settings::SettingsPage</name>
    <message>
        <source>The chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Currency (ISO 4217):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention months follow the chain&apos;s time zone: after a change, the Retention page recomputes them once. The phone region applies to phone numbers typed from now on; numbers already stored keep their country code. Amounts already stored are not converted when the currency changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;view days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many days after a visit its guest may review it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::settlement::SettlementPage</name>
    <message>
        <source>Computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 spent at another branch than where it was topped up; %2 on cards at the month&apos;s end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the settlement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branches as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flows as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topped up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spent here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bonus spent here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owed to it (−: it owes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On cards at month&apos;s end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money topped up at one branch and spent at another (first in, first out; principal only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topped up at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spent at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::signin::SignInDialog</name>
    <message>
        <source>Sign in — ChainCard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::users::UserDialog</name>
    <message>
        <source>New user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the password of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (closed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, role and branch of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::users::UserTableModel</name>
    <message>
        <source>Whole chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::users::UsersPage</name>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of %1 was reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit name, role, branch…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
