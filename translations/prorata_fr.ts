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
        <location filename="../ui/invoices/words.py" line="17"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="18"/>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="19"/>
        <source>Partly paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="20"/>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="21"/>
        <source>Void (credited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="22"/>
        <location filename="../ui/billing/outcomes_model.py" line="21"/>
        <source>Deferred (under the minimum)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="23"/>
        <source>Carried into a later invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="29"/>
        <location filename="../ui/billing/outcomes_model.py" line="26"/>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="30"/>
        <location filename="../ui/billing/outcomes_model.py" line="26"/>
        <source>Credit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="31"/>
        <location filename="../ui/billing/outcomes_model.py" line="27"/>
        <source>Wholesale invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="32"/>
        <source>Reseller statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="38"/>
        <source>Subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="39"/>
        <source>Proration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="40"/>
        <location filename="../ui/formatting.py" line="60"/>
        <source>Extra charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="41"/>
        <source>Minimum charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="42"/>
        <source>Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="43"/>
        <source>Wholesale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="44"/>
        <source>Margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="45"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="52"/>
        <source>Reverse charge: the customer accounts for the tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="53"/>
        <source>Exempt from tax</source>
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
    <message>
        <location filename="../ui/billing/outcomes_model.py" line="18"/>
        <source>Will be invoiced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billing/outcomes_model.py" line="18"/>
        <source>Will be deferred (under the minimum)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billing/outcomes_model.py" line="19"/>
        <location filename="../ui/billing/outcomes_model.py" line="22"/>
        <source>Nothing to bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billing/outcomes_model.py" line="19"/>
        <location filename="../ui/billing/outcomes_model.py" line="22"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billing/outcomes_model.py" line="20"/>
        <location filename="../ui/billing/outcomes_model.py" line="22"/>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billing/outcomes_model.py" line="21"/>
        <source>Invoiced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billing/outcomes_model.py" line="27"/>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssignedPlansModel</name>
    <message>
        <location filename="../ui/tenants/detail_models.py" line="87"/>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_models.py" line="87"/>
        <source>Assigned since</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BillingRunDialog</name>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="130"/>
        <source>Stopping after the companies being billed now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="142"/>
        <source>Reading what is due…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="164"/>
        <source>Nothing is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="166"/>
        <source>Previewing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="166"/>
        <source>Billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="167"/>
        <source>%1: %2 of %3 billing dates done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="171"/>
        <source>(up to %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="186"/>
        <source>Preview finished: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="187"/>
        <source>Run finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="202"/>
        <source>The run stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="218"/>
        <source>Preview up to %1: %2 invoice(s) would be written, totalling %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="220"/>
        <source>Billed up to %1: %2 invoice(s) written, totalling %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="223"/>
        <source>%1 invoice(s) or statement(s) to resellers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="226"/>
        <source>%1 deferred under the minimum charge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="228"/>
        <source>%1 with nothing to bill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="230"/>
        <source>%1 skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="232"/>
        <source>%1 could not be billed: see the rows marked Error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="235"/>
        <source>Nothing is due up to %1: every billing date is already billed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="238"/>
        <source>Cancelled: the remaining companies are billed by the next run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="242"/>
        <source>Run billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="243"/>
        <source>Bill &amp;up to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="244"/>
        <source>&amp;Issue the invoices (give them numbers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="245"/>
        <source>Unticked, the run writes drafts you can check and issue later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="246"/>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="247"/>
        <source>Show what the run would bill, without writing anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="248"/>
        <source>&amp;Run billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="249"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="251"/>
        <source>Every billing date up to the chosen day that is not billed yet is billed, oldest first. Preview first; a run never bills a period twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="108"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="157"/>
        <source>Nothing selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="158"/>
        <source>Pick a reseller, a company or a user in the tree, or search for one above it (Ctrl+F).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="188"/>
        <source>Hoster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="189"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="190"/>
        <location filename="../ui/tenants/detail_panel.py" line="216"/>
        <location filename="../ui/tenants/detail_panel.py" line="233"/>
        <location filename="../ui/tenants/detail_panel.py" line="246"/>
        <source>Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="191"/>
        <location filename="../ui/tenants/detail_panel.py" line="217"/>
        <location filename="../ui/tenants/detail_panel.py" line="234"/>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="192"/>
        <location filename="../ui/tenants/detail_panel.py" line="218"/>
        <location filename="../ui/tenants/detail_panel.py" line="235"/>
        <source>Tax ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="193"/>
        <location filename="../ui/tenants/detail_panel.py" line="212"/>
        <location filename="../ui/tenants/detail_panel.py" line="228"/>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="194"/>
        <source>Currencies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="195"/>
        <source>Resellers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="196"/>
        <location filename="../ui/tenants/detail_panel.py" line="204"/>
        <location filename="../ui/tenants/detail_panel.py" line="215"/>
        <source>Companies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="196"/>
        <source>%1 (%2 billed directly)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="198"/>
        <location filename="../ui/tenants/detail_panel.py" line="231"/>
        <source>Users:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="201"/>
        <source>Direct customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="202"/>
        <source>Companies %1 invoices itself, without a reseller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="203"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="208"/>
        <source>Reseller · code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="209"/>
        <location filename="../ui/tenants/detail_panel.py" line="224"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="210"/>
        <source>Billing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="211"/>
        <location filename="../ui/tenants/detail_panel.py" line="227"/>
        <source>Currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="213"/>
        <location filename="../ui/tenants/detail_panel.py" line="229"/>
        <source>Billing day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="214"/>
        <location filename="../ui/tenants/detail_panel.py" line="230"/>
        <source>Signed up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="222"/>
        <source>direct customer of the hoster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="223"/>
        <source>Company · code %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="225"/>
        <source>Customer code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="226"/>
        <source>Reseller:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="226"/>
        <source>None (billed by the hoster)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="232"/>
        <source>Invoices go:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="236"/>
        <source>Tax:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="243"/>
        <source>User · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="244"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="245"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="247"/>
        <source>Company:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="260"/>
        <source>Current subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="261"/>
        <source>Assigned plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="263"/>
        <source>Change history (%1 events, newest first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="264"/>
        <source>Change history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../ui/tenants/detail_models.py" line="150"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_models.py" line="150"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_models.py" line="150"/>
        <source>Plan or item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_models.py" line="150"/>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_models.py" line="151"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_models.py" line="151"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_models.py" line="159"/>
        <source>Recurring extra charge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceBrowser</name>
    <message>
        <location filename="../ui/invoices/browser.py" line="114"/>
        <source>%1 invoice(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invoices/browser.py" line="116"/>
        <source>First %1 invoices shown; scroll for more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invoices/browser.py" line="140"/>
        <source>Manual draft #%1 created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invoices/browser.py" line="146"/>
        <source>&amp;New manual invoice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invoices/browser.py" line="147"/>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceFilterBar</name>
    <message>
        <location filename="../ui/invoices/filter_bar.py" line="83"/>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invoices/filter_bar.py" line="117"/>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invoices/filter_bar.py" line="118"/>
        <source>Issued &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invoices/filter_bar.py" line="119"/>
        <source>C&amp;ustomer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invoices/filter_bar.py" line="120"/>
        <source>code, e.g. c1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invoices/filter_bar.py" line="121"/>
        <source>&amp;Period from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invoices/filter_bar.py" line="122"/>
        <source>to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invoices/filter_bar.py" line="124"/>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invoices/filter_bar.py" line="125"/>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invoices/filter_bar.py" line="129"/>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceLinesDialog</name>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="140"/>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="142"/>
        <source>description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="146"/>
        <source>unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="161"/>
        <source>customer code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="169"/>
        <source>New manual invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="170"/>
        <source>Customer code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="171"/>
        <source>a company&apos;s or a reseller&apos;s code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="172"/>
        <source>Currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="173"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="173"/>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="174"/>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="174"/>
        <source>Tax rate (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="175"/>
        <source>&amp;Add line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="176"/>
        <source>&amp;Remove line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="177"/>
        <source>The invoice is saved as a draft; issue it to give it a number. Unit prices take the currency&apos;s decimals; a negative price makes a discount line.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceLinesModel</name>
    <message>
        <location filename="../ui/invoices/lines_model.py" line="34"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invoices/lines_model.py" line="34"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invoices/lines_model.py" line="34"/>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invoices/lines_model.py" line="34"/>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invoices/lines_model.py" line="35"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invoices/lines_model.py" line="35"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceListModel</name>
    <message>
        <location filename="../ui/invoices/list_model.py" line="39"/>
        <source>Draft #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invoices/list_model.py" line="40"/>
        <source>#%1 (no number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invoices/list_model.py" line="139"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invoices/list_model.py" line="139"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invoices/list_model.py" line="139"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invoices/list_model.py" line="139"/>
        <source>Issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invoices/list_model.py" line="140"/>
        <source>Issue date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invoices/list_model.py" line="140"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invoices/list_model.py" line="140"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invoices/list_model.py" line="140"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceView</name>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="35"/>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="161"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="203"/>
        <source>No invoice selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="204"/>
        <source>Pick an invoice in the list to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="210"/>
        <source>Customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="211"/>
        <source>Issued by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="212"/>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="213"/>
        <source>Issue date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="213"/>
        <source>not issued yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="214"/>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="215"/>
        <source>Currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="217"/>
        <source>Corrects:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="223"/>
        <source>Lines (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="244"/>
        <source>Issue invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="245"/>
        <source>Issue %1 to %2 for %3? It gets its number and can no longer be changed, only credited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="251"/>
        <source>Issued as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="267"/>
        <source>%1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="273"/>
        <source>Delete draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="274"/>
        <source>Delete %1? A draft from a billing run is billed again by the next run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="279"/>
        <source>%1 deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="285"/>
        <source>Credit invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="286"/>
        <source>Credit %1 in full? A credit note is issued at once and the invoice becomes void.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="294"/>
        <source>Credit note %1 issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="300"/>
        <source>Modify invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="301"/>
        <source>Modify %1? It is credited in full and a draft copy opens for you to correct and issue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="309"/>
        <source>Credit note %1 issued; the draft copy is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="313"/>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="314"/>
        <source>Subtotal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="315"/>
        <source>Tax:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="316"/>
        <source>Total:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="317"/>
        <source>&amp;Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="318"/>
        <source>&amp;Edit draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="319"/>
        <source>&amp;Delete draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="320"/>
        <source>&amp;Modify…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="321"/>
        <source>C&amp;redit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="322"/>
        <source>Credit this invoice and open a draft copy to correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="323"/>
        <source>Issue a credit note for the whole invoice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/app_shell.py" line="124"/>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="127"/>
        <source>About Prorata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="128"/>
        <source>Prorata %1
Billing console for hosting providers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="137"/>
        <source>Prorata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="138"/>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="139"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="140"/>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="141"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="142"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="143"/>
        <source>&amp;Find tenant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="144"/>
        <source>&amp;Billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="145"/>
        <source>&amp;Run billing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="146"/>
        <source>&amp;Tenants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="147"/>
        <source>&amp;Prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="148"/>
        <source>I&amp;nvoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="149"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="150"/>
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
    <name>OutcomesModel</name>
    <message>
        <location filename="../ui/billing/outcomes_model.py" line="56"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billing/outcomes_model.py" line="56"/>
        <source>Billing date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billing/outcomes_model.py" line="56"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billing/outcomes_model.py" line="56"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billing/outcomes_model.py" line="57"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/billing/outcomes_model.py" line="57"/>
        <source>Note</source>
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
    <name>PriceMatrixModel</name>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="139"/>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="140"/>
        <source>Billed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="141"/>
        <source>Wholesale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="142"/>
        <source>Reseller&apos;s cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="143"/>
        <source>Retail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="144"/>
        <source>Margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="168"/>
        <source>The hoster&apos;s price to every reseller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="169"/>
        <source>What this reseller pays: its own negotiated price, else wholesale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="170"/>
        <source>What the seller charges its companies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="171"/>
        <source>Retail minus the reseller&apos;s cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="213"/>
        <source>Missing prices in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="217"/>
        <source>No %1 price in %2: companies on this plan cannot be billed in %2. Double-click to set one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="222"/>
        <source>%1&apos;s own price (wholesale is %2). Clear it to fall back to wholesale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="225"/>
        <source>The wholesale price; type an amount to give %1 its own price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="228"/>
        <source>Double-click to change the price from the chosen date on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PriceMatrixWidget</name>
    <message>
        <location filename="../ui/prices/matrix_widget.py" line="137"/>
        <source>%1 (direct companies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_widget.py" line="206"/>
        <source>%1 plan(s) without a price in %2 (tinted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_widget.py" line="211"/>
        <source>%1: %2 set to %3 from %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_widget.py" line="219"/>
        <source>Prices of %1 in %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_widget.py" line="223"/>
        <source>&amp;Seller:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_widget.py" line="224"/>
        <source>&amp;Currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_widget.py" line="225"/>
        <source>Prices &amp;on and changes from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_widget.py" line="226"/>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_widget.py" line="228"/>
        <source>Double-click a price (or select it and type) to change it; the new price applies from the chosen date, earlier periods keep theirs. A bold cost is the reseller&apos;s own negotiated price; clear it to fall back to wholesale.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../ui/tenants/search_box.py" line="136"/>
        <source>Search company name or code, user email…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/search_box.py" line="137"/>
        <source>Type part of a company&apos;s name or code, a reseller, or a user&apos;s email; pick a hit to show it in the tree.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchHitsModel</name>
    <message>
        <location filename="../ui/tenants/search_box.py" line="47"/>
        <source>%1 · %2 · reseller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/search_box.py" line="49"/>
        <source>direct customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/search_box.py" line="50"/>
        <source>%1 · %2 · company of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/search_box.py" line="52"/>
        <source>%1 · %2 · user at %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubscriptionsModel</name>
    <message>
        <location filename="../ui/tenants/detail_models.py" line="77"/>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_models.py" line="77"/>
        <source>Billed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_models.py" line="77"/>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_models.py" line="77"/>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TenantBrowser</name>
    <message>
        <location filename="../ui/tenants/browser.py" line="67"/>
        <source>The database holds no hoster yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/browser.py" line="71"/>
        <source>Nothing matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/browser.py" line="73"/>
        <source>Matches for “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/browser.py" line="88"/>
        <source>“%1” is no longer in the tree; press F5 to reload.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TenantTreeModel</name>
    <message>
        <location filename="../ui/tenants/tree_model.py" line="269"/>
        <location filename="../ui/tenants/tree_model.py" line="276"/>
        <source>Direct customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/tree_model.py" line="289"/>
        <source>Hoster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/tree_model.py" line="290"/>
        <source>Reseller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/tree_model.py" line="291"/>
        <source>Companies the hoster bills directly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/tree_model.py" line="292"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/tree_model.py" line="293"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/tree_model.py" line="298"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tenants/tree_model.py" line="298"/>
        <source>Code / email</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
