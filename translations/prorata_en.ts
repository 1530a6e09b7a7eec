<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AuditLogDialog</name>
    <message numerus="yes">
        <location filename="../ui/audit/log_dialog.py" line="62"/>
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
        <location filename="../ui/billing/run_dialog.py" line="218"/>
        <source>Preview up to %1: %Ln invoice(s) would be written, totalling %2.</source>
        <translation>
            <numerusform>Preview up to %1: %Ln invoice would be written, totalling %2.</numerusform>
            <numerusform>Preview up to %1: %Ln invoices would be written, totalling %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/run_dialog.py" line="220"/>
        <source>Billed up to %1: %Ln invoice(s) written, totalling %2.</source>
        <translation>
            <numerusform>Billed up to %1: %Ln invoice written, totalling %2.</numerusform>
            <numerusform>Billed up to %1: %Ln invoices written, totalling %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/run_dialog.py" line="223"/>
        <source>%Ln invoice(s) or statement(s) to resellers.</source>
        <translation>
            <numerusform>%Ln invoice or statement to resellers.</numerusform>
            <numerusform>%Ln invoices or statements to resellers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/run_dialog.py" line="225"/>
        <source>%Ln company(ies) deferred under the minimum charge.</source>
        <translation>
            <numerusform>%Ln company deferred under the minimum charge.</numerusform>
            <numerusform>%Ln companies deferred under the minimum charge.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/run_dialog.py" line="227"/>
        <source>%Ln company(ies) with nothing to bill.</source>
        <translation>
            <numerusform>%Ln company with nothing to bill.</numerusform>
            <numerusform>%Ln companies with nothing to bill.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/run_dialog.py" line="229"/>
        <source>%Ln company(ies) skipped: invoicing is off for their reseller.</source>
        <translation>
            <numerusform>%Ln company skipped: invoicing is off for its reseller.</numerusform>
            <numerusform>%Ln companies skipped: invoicing is off for their reseller.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/run_dialog.py" line="231"/>
        <source>%Ln company(ies) could not be billed: see the rows marked Error.</source>
        <translation>
            <numerusform>%Ln company could not be billed: see the row marked Error.</numerusform>
            <numerusform>%Ln companies could not be billed: see the rows marked Error.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompanyPricesBox</name>
    <message numerus="yes">
        <location filename="../ui/tenants/company_prices.py" line="278"/>
        <source>%Ln of its plan(s) without a price (tinted)</source>
        <translation>
            <numerusform>%Ln of its plans without a price (tinted)</numerusform>
            <numerusform>%Ln of its plans without a price (tinted)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvoiceBrowser</name>
    <message numerus="yes">
        <location filename="../ui/invoices/browser.py" line="114"/>
        <source>%Ln invoice(s)</source>
        <translation>
            <numerusform>%Ln invoice</numerusform>
            <numerusform>%Ln invoices</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PriceMatrixWidget</name>
    <message numerus="yes">
        <location filename="../ui/prices/matrix_widget.py" line="206"/>
        <source>%Ln plan(s) without a price in %1 (tinted)</source>
        <translation>
            <numerusform>%Ln plan without a price in %1 (tinted)</numerusform>
            <numerusform>%Ln plans without a price in %1 (tinted)</numerusform>
        </translation>
    </message>
</context>
</TS>
