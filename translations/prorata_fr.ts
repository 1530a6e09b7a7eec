<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name></name>
    <message>
        <location filename="../ui/formatting.py" line="54"/>
        <source>Subscribed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="55"/>
        <source>Quantity changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="56"/>
        <source>Plan changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="57"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="58"/>
        <source>User assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="59"/>
        <source>User unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="60"/>
        <source>Extra charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="61"/>
        <source>Recurring extra ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="62"/>
        <source>Currency changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="68"/>
        <source>Flat, per plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="69"/>
        <source>Per user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="70"/>
        <source>Per unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="76"/>
        <source>Reseller invoices its companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="77"/>
        <source>Hoster invoices, hoster collects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="78"/>
        <source>Hoster invoices, reseller collects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="85"/>
        <source>Anniversary of signup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="86"/>
        <source>Anniversary of signup (day %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="87"/>
        <source>Day %1 of each month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="91"/>
        <source>By email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="91"/>
        <source>By post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="96"/>
        <source>Reverse charge (0 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="98"/>
        <source>Exempt (0 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="100"/>
        <source>Standard, own rate %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="101"/>
        <source>Standard (the issuer&apos;s rate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/launcher.py" line="43"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/launcher.py" line="44"/>
        <source>Prorata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/launcher.py" line="66"/>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/launcher.py" line="91"/>
        <source>Preparing the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/launcher.py" line="109"/>
        <source>Creating demo data for %1 companies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/launcher.py" line="144"/>
        <source>Prorata cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/startup.py" line="15"/>
        <source>Upgrade the database?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/startup.py" line="16"/>
        <source>This database was written by an older version of Prorata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/startup.py" line="18"/>
        <source>Its schema must be upgraded (%1 → %2) before Prorata can open it. Take a backup first if you are unsure. The upgrade runs in one transaction: it finishes completely or changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/startup.py" line="22"/>
        <source>Upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/startup.py" line="23"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/startup.py" line="34"/>
        <source>Empty database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/startup.py" line="35"/>
        <source>This database holds no hoster, resellers or companies yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/startup.py" line="37"/>
        <source>Load demo data to look around? You can also start empty and import your own data with “prorata import”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/startup.py" line="39"/>
        <source>Load demo data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/startup.py" line="40"/>
        <source>Start empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/startup.py" line="45"/>
        <source>%1 companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/startup.py" line="46"/>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/startup.py" line="46"/>
        <source>How many companies?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssignedPlansModel</name>
    <message>
        <location filename="../ui/tenants/detail_models.py" line="88"/>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_models.py" line="88"/>
        <source>Assigned since</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="109"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="158"/>
        <source>Nothing selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="159"/>
        <source>Pick a reseller, a company or a user in the tree, or search for one above it (Ctrl+F).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="189"/>
        <source>Hoster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="190"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="191"/>
        <location filename="../ui/tenants/detail_panel.py" line="217"/>
        <location filename="../ui/tenants/detail_panel.py" line="234"/>
        <location filename="../ui/tenants/detail_panel.py" line="247"/>
        <source>Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="192"/>
        <location filename="../ui/tenants/detail_panel.py" line="218"/>
        <location filename="../ui/tenants/detail_panel.py" line="235"/>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="193"/>
        <location filename="../ui/tenants/detail_panel.py" line="219"/>
        <location filename="../ui/tenants/detail_panel.py" line="236"/>
        <source>Tax ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="194"/>
        <location filename="../ui/tenants/detail_panel.py" line="213"/>
        <location filename="../ui/tenants/detail_panel.py" line="229"/>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="195"/>
        <source>Currencies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="196"/>
        <source>Resellers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="197"/>
        <location filename="../ui/tenants/detail_panel.py" line="205"/>
        <location filename="../ui/tenants/detail_panel.py" line="216"/>
        <source>Companies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="197"/>
        <source>%1 (%2 billed directly)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="199"/>
        <location filename="../ui/tenants/detail_panel.py" line="232"/>
        <source>Users:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="202"/>
        <source>Direct customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="203"/>
        <source>Companies %1 invoices itself, without a reseller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="204"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="209"/>
        <source>Reseller · code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="210"/>
        <location filename="../ui/tenants/detail_panel.py" line="225"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="211"/>
        <source>Billing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="212"/>
        <location filename="../ui/tenants/detail_panel.py" line="228"/>
        <source>Currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="214"/>
        <location filename="../ui/tenants/detail_panel.py" line="230"/>
        <source>Billing day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="215"/>
        <location filename="../ui/tenants/detail_panel.py" line="231"/>
        <source>Signed up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="223"/>
        <source>direct customer of the hoster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="224"/>
        <source>Company · code %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="226"/>
        <source>Customer code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="227"/>
        <source>Reseller:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="227"/>
        <source>None (billed by the hoster)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="233"/>
        <source>Invoices go:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="237"/>
        <source>Tax:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="244"/>
        <source>User · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="245"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="246"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="248"/>
        <source>Company:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="261"/>
        <source>Current subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="262"/>
        <source>Assigned plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="264"/>
        <source>Change history (%1 events, newest first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="265"/>
        <source>Change history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../ui/tenants/detail_models.py" line="151"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_models.py" line="151"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_models.py" line="151"/>
        <source>Plan or item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_models.py" line="151"/>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_models.py" line="152"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_models.py" line="152"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_models.py" line="160"/>
        <source>Recurring extra charge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/app_shell.py" line="70"/>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="73"/>
        <source>About Prorata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="74"/>
        <source>Prorata %1
Billing console for hosting providers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="83"/>
        <source>Prorata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="84"/>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="85"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="86"/>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="87"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="88"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="89"/>
        <source>&amp;Find tenant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="90"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="91"/>
        <source>&amp;About Prorata</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../ui/dialogs/messages.py" line="16"/>
        <source>Prorata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/messages.py" line="17"/>
        <source>This could not be done:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../ui/dialogs/password.py" line="11"/>
        <source>Database password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/password.py" line="12"/>
        <source>Password for %1:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../ui/tenants/search_box.py" line="137"/>
        <source>Search company name or code, user email…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/search_box.py" line="138"/>
        <source>Type part of a company&apos;s name or code, a reseller, or a user&apos;s email; pick a hit to show it in the tree.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchHitsModel</name>
    <message>
        <location filename="../ui/tenants/search_box.py" line="48"/>
        <source>%1 · %2 · reseller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/search_box.py" line="50"/>
        <source>direct customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/search_box.py" line="51"/>
        <source>%1 · %2 · company of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/search_box.py" line="53"/>
        <source>%1 · %2 · user at %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubscriptionsModel</name>
    <message>
        <location filename="../ui/tenants/detail_models.py" line="78"/>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_models.py" line="78"/>
        <source>Billed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_models.py" line="78"/>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_models.py" line="78"/>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TenantBrowser</name>
    <message>
        <location filename="../ui/tenants/browser.py" line="68"/>
        <source>The database holds no hoster yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/browser.py" line="72"/>
        <source>Nothing matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/browser.py" line="74"/>
        <source>Matches for “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/browser.py" line="89"/>
        <source>“%1” is no longer in the tree; press F5 to reload.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TenantTreeModel</name>
    <message>
        <location filename="../ui/tenants/tree_model.py" line="270"/>
        <location filename="../ui/tenants/tree_model.py" line="277"/>
        <source>Direct customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/tree_model.py" line="290"/>
        <source>Hoster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/tree_model.py" line="291"/>
        <source>Reseller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/tree_model.py" line="292"/>
        <source>Companies the hoster bills directly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/tree_model.py" line="293"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/tree_model.py" line="294"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/tree_model.py" line="299"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/tree_model.py" line="299"/>
        <source>Code / email</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
