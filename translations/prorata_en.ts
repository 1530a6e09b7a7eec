<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountPanel</name>
    <message numerus="yes">
        <location filename="../ui/payments/account_panel.py" line="215"/>
        <source>Ledger (%Ln entries)</source>
        <translation>
            <numerusform>Ledger (%Ln entry)</numerusform>
            <numerusform>Ledger (%Ln entries)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message numerus="yes">
        <location filename="../ui/audit/log_dialog.py" line="102"/>
        <source>The newest %Ln change(s).</source>
        <translation>
            <numerusform>The newest %Ln change.</numerusform>
            <numerusform>The newest %Ln changes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/audit/log_dialog.py" line="103"/>
        <source>%Ln change(s).</source>
        <translation>
            <numerusform>%Ln change.</numerusform>
            <numerusform>%Ln changes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BillingRunDialog</name>
    <message numerus="yes">
        <location filename="../ui/billing/run_dialog.py" line="160"/>
        <source>Write %Ln invoice(s) up to %1, totalling %2, as the preview showed?</source>
        <translation>
            <numerusform>Write %Ln invoice up to %1, totalling %2, as the preview showed?</numerusform>
            <numerusform>Write %Ln invoices up to %1, totalling %2, as the preview showed?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/run_dialog.py" line="163"/>
        <source>And %Ln invoice(s) or statement(s) to resellers.</source>
        <translation>
            <numerusform>And %Ln invoice or statement to resellers.</numerusform>
            <numerusform>And %Ln invoices or statements to resellers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/run_dialog.py" line="321"/>
        <source>Preview up to %1: %Ln invoice(s) would be written, totalling %2.</source>
        <translation>
            <numerusform>Preview up to %1: %Ln invoice would be written, totalling %2.</numerusform>
            <numerusform>Preview up to %1: %Ln invoices would be written, totalling %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/run_dialog.py" line="323"/>
        <source>Billed up to %1: %Ln invoice(s) written, totalling %2.</source>
        <translation>
            <numerusform>Billed up to %1: %Ln invoice written, totalling %2.</numerusform>
            <numerusform>Billed up to %1: %Ln invoices written, totalling %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/run_dialog.py" line="326"/>
        <source>%Ln invoice(s) or statement(s) to resellers.</source>
        <translation>
            <numerusform>%Ln invoice or statement to resellers.</numerusform>
            <numerusform>%Ln invoices or statements to resellers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/run_dialog.py" line="328"/>
        <source>%Ln company(ies) deferred under the minimum charge.</source>
        <translation>
            <numerusform>%Ln company deferred under the minimum charge.</numerusform>
            <numerusform>%Ln companies deferred under the minimum charge.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/run_dialog.py" line="330"/>
        <source>%Ln company(ies) with nothing to bill.</source>
        <translation>
            <numerusform>%Ln company with nothing to bill.</numerusform>
            <numerusform>%Ln companies with nothing to bill.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/run_dialog.py" line="332"/>
        <source>%Ln company(ies) skipped: invoicing is off for their reseller.</source>
        <translation>
            <numerusform>%Ln company skipped: invoicing is off for its reseller.</numerusform>
            <numerusform>%Ln companies skipped: invoicing is off for their reseller.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/run_dialog.py" line="334"/>
        <source>%Ln company(ies) could not be billed: see the rows marked Error.</source>
        <translation>
            <numerusform>%Ln company could not be billed: see the row marked Error.</numerusform>
            <numerusform>%Ln companies could not be billed: see the rows marked Error.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/run_dialog.py" line="337"/>
        <source>%Ln settlement(s) with resellers could not be made: see the rows marked Error.</source>
        <translation>
            <numerusform>%Ln settlement with a reseller could not be made: see the row marked Error.</numerusform>
            <numerusform>%Ln settlements with resellers could not be made: see the rows marked Error.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/run_dialog.py" line="346"/>
        <source>%Ln PDF(s) stored as issued.</source>
        <translation>
            <numerusform>%Ln PDF stored as issued.</numerusform>
            <numerusform>%Ln PDFs stored as issued.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangeDialog</name>
    <message numerus="yes">
        <location filename="../ui/tenants/changes/change_dialog.py" line="271"/>
        <source>%1 · %Ln user(s)</source>
        <translation>
            <numerusform>%1 · %Ln user</numerusform>
            <numerusform>%1 · %Ln users</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CollectionView</name>
    <message numerus="yes">
        <location filename="../ui/payments/collection_view.py" line="217"/>
        <source>Collect %Ln invoice(s) issued up to %1, %2 in all?</source>
        <translation>
            <numerusform>Collect %Ln invoice issued up to %1, %2 in all?</numerusform>
            <numerusform>Collect %Ln invoices issued up to %1, %2 in all?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/payments/collection_view.py" line="225"/>
        <source>%Ln settled by the customers&apos; credit first, not collected.</source>
        <translation>
            <numerusform>%Ln invoice settled by the customers&apos; credit first, not collected.</numerusform>
            <numerusform>%Ln invoices settled by the customers&apos; credit first, not collected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/payments/collection_view.py" line="228"/>
        <source>%Ln charged to a saved card now.</source>
        <translation>
            <numerusform>%Ln charged to a saved card now.</numerusform>
            <numerusform>%Ln charged to a saved card now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/payments/collection_view.py" line="230"/>
        <source>%Ln debited on %1, in bank file(s) written to %2.</source>
        <translation>
            <numerusform>%Ln debited on %1, in a bank file written to %2.</numerusform>
            <numerusform>%Ln debited on %1, in bank files written to %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/payments/collection_view.py" line="315"/>
        <source>%Ln invoice(s) left alone: no saved card, mandate or authorisation.</source>
        <translation>
            <numerusform>%Ln invoice left alone: no saved card, mandate or authorisation.</numerusform>
            <numerusform>%Ln invoices left alone: no saved card, mandate or authorisation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/payments/collection_view.py" line="318"/>
        <source>%Ln invoice(s) left alone: payment collection is switched off for their issuer.</source>
        <translation>
            <numerusform>%Ln invoice left alone: payment collection is switched off for its issuer.</numerusform>
            <numerusform>%Ln invoices left alone: payment collection is switched off for their issuer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/payments/collection_view.py" line="325"/>
        <source>%Ln invoice(s) collected, %1.</source>
        <translation>
            <numerusform>%Ln invoice collected, %1.</numerusform>
            <numerusform>%Ln invoices collected, %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/payments/collection_view.py" line="330"/>
        <source>%Ln of them by direct debit: upload the bank file(s) below to the bank.</source>
        <translation>
            <numerusform>%Ln of them by direct debit: upload the bank file below to the bank.</numerusform>
            <numerusform>%Ln of them by direct debit: upload the bank file(s) below to the bank.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/payments/collection_view.py" line="333"/>
        <source>%Ln to follow up: see the list below.</source>
        <translation>
            <numerusform>%Ln to follow up: see the list below.</numerusform>
            <numerusform>%Ln to follow up: see the list below.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/payments/collection_view.py" line="336"/>
        <source>%Ln invoice(s) settled by the customers&apos; credit (%1), not collected.</source>
        <translation>
            <numerusform>%Ln invoice settled by the customers&apos; credit (%1), not collected.</numerusform>
            <numerusform>%Ln invoices settled by the customers&apos; credit (%1), not collected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/payments/collection_view.py" line="354"/>
        <source>%Ln bank file(s) written to %1: %2</source>
        <translation>
            <numerusform>%Ln bank file written to %1: %2</numerusform>
            <numerusform>%Ln bank files written to %1: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompanyPricesBox</name>
    <message numerus="yes">
        <location filename="../ui/tenants/company_prices.py" line="314"/>
        <source>%Ln of its plan(s) without a price (tinted)</source>
        <translation>
            <numerusform>%Ln of its plans without a price (tinted)</numerusform>
            <numerusform>%Ln of its plans without a price (tinted)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message numerus="yes">
        <location filename="../ui/tenants/detail_panel.py" line="271"/>
        <source>Change history (%Ln event(s), newest first)</source>
        <translation>
            <numerusform>Change history (%Ln event, newest first)</numerusform>
            <numerusform>Change history (%Ln events, newest first)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExtrasPage</name>
    <message numerus="yes">
        <location filename="../ui/catalogue/editor.py" line="232"/>
        <source>%1 of %Ln item(s) shown</source>
        <translation>
            <numerusform>%1 of %Ln item shown</numerusform>
            <numerusform>%1 of %Ln items shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvoiceBrowser</name>
    <message numerus="yes">
        <location filename="../ui/invoices/browser.py" line="140"/>
        <source>%Ln invoice(s)</source>
        <translation>
            <numerusform>%Ln invoice</numerusform>
            <numerusform>%Ln invoices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/invoices/browser.py" line="142"/>
        <source>%1 of %Ln invoice(s) shown; scroll for more</source>
        <translation>
            <numerusform>%1 of %Ln invoice shown; scroll for more</numerusform>
            <numerusform>%1 of %Ln invoices shown; scroll for more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/invoices/browser.py" line="145"/>
        <source>First %Ln invoice(s) shown; scroll for more</source>
        <translation>
            <numerusform>First %Ln invoice shown; scroll for more</numerusform>
            <numerusform>First %Ln invoices shown; scroll for more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvoicePicker</name>
    <message numerus="yes">
        <location filename="../ui/designer/invoice_picker.py" line="64"/>
        <source>The newest %Ln invoice(s) that match.</source>
        <translation>
            <numerusform>The newest %Ln invoice that matches.</numerusform>
            <numerusform>The newest %Ln invoices that match.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaymentConsole</name>
    <message numerus="yes">
        <location filename="../ui/payments/console.py" line="163"/>
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln account</numerusform>
            <numerusform>%Ln accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/payments/console.py" line="165"/>
        <source>%1 of %Ln account(s) shown; scroll for more</source>
        <translation>
            <numerusform>%1 of %Ln account shown; scroll for more</numerusform>
            <numerusform>%1 of %Ln accounts shown; scroll for more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/payments/console.py" line="168"/>
        <source>First %Ln account(s) shown; scroll for more</source>
        <translation>
            <numerusform>First %Ln account shown; scroll for more</numerusform>
            <numerusform>First %Ln accounts shown; scroll for more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message numerus="yes">
        <location filename="../ui/catalogue/editor.py" line="184"/>
        <source>%1 of %Ln plan(s) shown</source>
        <translation>
            <numerusform>%1 of %Ln plan shown</numerusform>
            <numerusform>%1 of %Ln plans shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PostBatchFlow</name>
    <message numerus="yes">
        <location filename="../ui/delivery/post_batch.py" line="107"/>
        <source>%Ln invoice(s)</source>
        <translation>
            <numerusform>%Ln invoice</numerusform>
            <numerusform>%Ln invoices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/delivery/post_batch.py" line="108"/>
        <source>%Ln page(s)</source>
        <translation>
            <numerusform>%Ln page</numerusform>
            <numerusform>%Ln pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/delivery/post_batch.py" line="110"/>
        <source>Sent to the printer: %Ln page(s). When they are out, answer:</source>
        <translation>
            <numerusform>Sent to the printer: %Ln page. When it is out, answer:</numerusform>
            <numerusform>Sent to the printer: %Ln pages. When they are out, answer:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message numerus="yes">
        <location filename="../ui/designer/preview.py" line="150"/>
        <source>%Ln page(s)</source>
        <translation>
            <numerusform>%Ln page</numerusform>
            <numerusform>%Ln pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PriceMatrixWidget</name>
    <message numerus="yes">
        <location filename="../ui/prices/matrix_widget.py" line="210"/>
        <source>%Ln plan(s) without a price in %1 (tinted)</source>
        <translation>
            <numerusform>%Ln plan without a price in %1 (tinted)</numerusform>
            <numerusform>%Ln plans without a price in %1 (tinted)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message numerus="yes">
        <location filename="../ui/review/window.py" line="305"/>
        <source>%Ln invoice(s): %1 approved, %2 queried, %3 to review</source>
        <translation>
            <numerusform>%Ln invoice: %1 approved, %2 queried, %3 to review</numerusform>
            <numerusform>%Ln invoices: %1 approved, %2 queried, %3 to review</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendInvoicesDialog</name>
    <message numerus="yes">
        <location filename="../ui/delivery/send_dialog.py" line="121"/>
        <source>&amp;Send %Ln invoice(s)</source>
        <translation>
            <numerusform>&amp;Send %Ln invoice</numerusform>
            <numerusform>&amp;Send %Ln invoices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/delivery/send_dialog.py" line="122"/>
        <source>%Ln invoice(s) will be sent by e-mail, each with its PDF attached.</source>
        <translation>
            <numerusform>%Ln invoice will be sent by e-mail, each with its PDF attached.</numerusform>
            <numerusform>%Ln invoices will be sent by e-mail, each with its PDF attached.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/delivery/send_dialog.py" line="138"/>
        <source>%Ln invoice(s) sent.</source>
        <translation>
            <numerusform>%Ln invoice sent.</numerusform>
            <numerusform>%Ln invoices sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/delivery/send_dialog.py" line="140"/>
        <source>%Ln could not be sent: see why below; the next send tries them again.</source>
        <translation>
            <numerusform>%Ln could not be sent: see why below; the next send tries them again.</numerusform>
            <numerusform>%Ln could not be sent: see why below; the next send tries them again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/delivery/send_dialog.py" line="143"/>
        <source>%Ln in doubt: the connection was lost after sending, so they may have been delivered. They are not sent again unless you check &quot;Send again those sent before&quot;; ask the customer first.</source>
        <translation>
            <numerusform>%Ln in doubt: the connection was lost after sending, so it may have been delivered. It is not sent again unless you check &quot;Send again those sent before&quot;; ask the customer first.</numerusform>
            <numerusform>%Ln in doubt: the connection was lost after sending, so they may have been delivered. They are not sent again unless you check &quot;Send again those sent before&quot;; ask the customer first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServicesPage</name>
    <message numerus="yes">
        <location filename="../ui/catalogue/editor.py" line="210"/>
        <source>%1 of %Ln service(s) shown</source>
        <translation>
            <numerusform>%1 of %Ln service shown</numerusform>
            <numerusform>%1 of %Ln services shown</numerusform>
        </translation>
    </message>
</context>
</TS>
