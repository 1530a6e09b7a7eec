<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name></name>
    <message>
        <location filename="../ui/invoices/words.py" line="17"/>
        <source>Draft</source>
        <translation>下書き</translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="18"/>
        <source>Issued</source>
        <translation>発行済み</translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="19"/>
        <source>Partly paid</source>
        <translation>一部入金済み</translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="20"/>
        <source>Paid</source>
        <translation>入金済み</translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="21"/>
        <source>Void (credited)</source>
        <translation>無効（クレジット済み）</translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="22"/>
        <location filename="../ui/billing/outcomes_model.py" line="22"/>
        <source>Deferred (under the minimum)</source>
        <translation>繰り延べ（最低額未満）</translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="23"/>
        <source>Carried into a later invoice</source>
        <translation>後の請求書に繰り越し</translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="29"/>
        <location filename="../ui/billing/outcomes_model.py" line="27"/>
        <location filename="../ui/payments/words.py" line="17"/>
        <source>Invoice</source>
        <translation>請求書</translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="30"/>
        <location filename="../ui/billing/outcomes_model.py" line="27"/>
        <location filename="../ui/payments/words.py" line="18"/>
        <source>Credit note</source>
        <translation>クレジットノート</translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="31"/>
        <location filename="../ui/billing/outcomes_model.py" line="28"/>
        <source>Wholesale invoice</source>
        <translation>卸売請求書</translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="32"/>
        <location filename="../ui/payments/words.py" line="19"/>
        <source>Reseller statement</source>
        <translation>再販業者向け精算書</translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="38"/>
        <source>Subscription</source>
        <translation>サブスクリプション</translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="39"/>
        <location filename="../ui/tenants/changes/words.py" line="43"/>
        <source>Proration</source>
        <translation>日割り</translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="40"/>
        <location filename="../ui/formatting.py" line="77"/>
        <location filename="../ui/tenants/changes/words.py" line="44"/>
        <source>Extra charge</source>
        <translation>追加料金</translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="41"/>
        <location filename="../ui/tenants/changes/words.py" line="46"/>
        <source>Minimum charge</source>
        <translation>最低請求額</translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="42"/>
        <source>Manual</source>
        <translation>手動</translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="43"/>
        <source>Wholesale</source>
        <translation>卸売</translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="44"/>
        <source>Margin</source>
        <translation>マージン</translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="45"/>
        <source>Company</source>
        <translation>会社</translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="52"/>
        <source>Reverse charge: the customer accounts for the tax</source>
        <translation>リバースチャージ：顧客が税を申告</translation>
    </message>
    <message>
        <location filename="../ui/invoices/words.py" line="53"/>
        <source>Exempt from tax</source>
        <translation>非課税</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="71"/>
        <source>Subscribed</source>
        <translation>契約開始</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="72"/>
        <source>Quantity changed</source>
        <translation>数量変更</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="73"/>
        <source>Plan changed</source>
        <translation>プラン変更</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="74"/>
        <source>Cancelled</source>
        <translation>解約</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="75"/>
        <source>User assigned</source>
        <translation>ユーザー割り当て</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="76"/>
        <source>User unassigned</source>
        <translation>ユーザー割り当て解除</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="78"/>
        <source>Recurring extra ended</source>
        <translation>定期追加料金の終了</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="79"/>
        <source>Currency changed</source>
        <translation>通貨変更</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="80"/>
        <source>Moved to another seller</source>
        <translation>別の販売元へ移管</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="81"/>
        <source>Billing term changed</source>
        <translation>請求周期変更</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="82"/>
        <source>Billing day changed</source>
        <translation>請求日変更</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="88"/>
        <source>Flat, per plan</source>
        <translation>プランごとの定額</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="89"/>
        <source>Per user</source>
        <translation>ユーザー単位</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="90"/>
        <source>Per unit</source>
        <translation>単位ごと</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="96"/>
        <source>Reseller invoices its companies</source>
        <translation>再販業者が自社の会社に請求</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="97"/>
        <source>Hoster invoices, hoster collects</source>
        <translation>ホスティング事業者が請求・回収</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="98"/>
        <source>Hoster invoices, reseller collects</source>
        <translation>ホスティング事業者が請求、再販業者が回収</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="106"/>
        <source>Anniversary of signup</source>
        <translation>契約開始日と同じ日</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="107"/>
        <source>Anniversary of signup (day %1)</source>
        <translation>契約開始日と同じ日（%1日）</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="109"/>
        <source>Day %1 of the month each term starts</source>
        <translation>各期間が始まる月の%1日</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="110"/>
        <source>Day %1 of each month</source>
        <translation>毎月%1日</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="119"/>
        <source>By email</source>
        <translation>メール</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="119"/>
        <source>By post</source>
        <translation>郵送</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="124"/>
        <source>Reverse charge (0 %)</source>
        <translation>リバースチャージ（0 %）</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="126"/>
        <source>Exempt (0 %)</source>
        <translation>非課税（0 %）</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="128"/>
        <source>Standard, own rate %1 %</source>
        <translation>標準、独自税率 %1 %</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="129"/>
        <source>Standard (the issuer&apos;s rate)</source>
        <translation>標準（発行者の税率）</translation>
    </message>
    <message>
        <location filename="../ui/delivery/post_batch.py" line="54"/>
        <source>Save the print batch</source>
        <translation>印刷バッチを保存</translation>
    </message>
    <message>
        <location filename="../ui/delivery/post_batch.py" line="55"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ファイル (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/launcher.py" line="45"/>
        <location filename="../ui/task_progress.py" line="21"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../ui/delivery/post_batch.py" line="70"/>
        <source>Making the print batch…</source>
        <translation>印刷バッチを作成しています…</translation>
    </message>
    <message>
        <location filename="../ui/delivery/post_batch.py" line="69"/>
        <location filename="../ui/delivery/post_batch.py" line="93"/>
        <location filename="../ui/delivery/post_batch.py" line="104"/>
        <location filename="../ui/delivery/post_batch.py" line="149"/>
        <location filename="../ui/delivery/post_batch.py" line="167"/>
        <source>Print-and-post batch</source>
        <translation>郵送用印刷バッチ</translation>
    </message>
    <message>
        <location filename="../ui/delivery/post_batch.py" line="73"/>
        <source>Adding %1 of %2: %3</source>
        <translation>%2 件中 %1 件目を追加中：%3</translation>
    </message>
    <message>
        <location filename="../ui/delivery/post_batch.py" line="94"/>
        <source>No invoice is waiting to go by post.</source>
        <translation>郵送待ちの請求書はありません。</translation>
    </message>
    <message>
        <location filename="../ui/delivery/post_batch.py" line="105"/>
        <source>Did the batch print correctly?</source>
        <translation>バッチは正しく印刷されましたか？</translation>
    </message>
    <message>
        <location filename="../ui/delivery/post_batch.py" line="115"/>
        <source>Yes, mark them posted</source>
        <translation>はい、郵送済みにする</translation>
    </message>
    <message>
        <location filename="../ui/delivery/post_batch.py" line="116"/>
        <source>No, print them again later</source>
        <translation>いいえ、後で再印刷する</translation>
    </message>
    <message>
        <location filename="../ui/delivery/post_batch.py" line="118"/>
        <source>Later</source>
        <translation>後で</translation>
    </message>
    <message>
        <location filename="../ui/launcher.py" line="46"/>
        <source>Prorata</source>
        <translation>Prorata</translation>
    </message>
    <message>
        <location filename="../ui/launcher.py" line="68"/>
        <source>Stopping…</source>
        <translation>停止中…</translation>
    </message>
    <message>
        <location filename="../ui/launcher.py" line="93"/>
        <source>Preparing the database…</source>
        <translation>データベースを準備中…</translation>
    </message>
    <message>
        <location filename="../ui/launcher.py" line="111"/>
        <source>Creating demo data for %1 companies…</source>
        <translation>%1 社分のデモデータを作成中…</translation>
    </message>
    <message>
        <location filename="../ui/launcher.py" line="147"/>
        <source>This build&apos;s brand file is broken</source>
        <translation>このビルドのブランドファイルが壊れています</translation>
    </message>
    <message>
        <location filename="../ui/launcher.py" line="167"/>
        <source>Prorata cannot open the database</source>
        <translation>Prorata はデータベースを開けません</translation>
    </message>
    <message>
        <location filename="../ui/billing/outcomes_model.py" line="19"/>
        <source>Will be invoiced</source>
        <translation>請求予定</translation>
    </message>
    <message>
        <location filename="../ui/billing/outcomes_model.py" line="19"/>
        <source>Will be deferred (under the minimum)</source>
        <translation>繰り延べ予定（最低額未満）</translation>
    </message>
    <message>
        <location filename="../ui/billing/outcomes_model.py" line="20"/>
        <location filename="../ui/billing/outcomes_model.py" line="23"/>
        <source>Nothing to bill</source>
        <translation>請求対象なし</translation>
    </message>
    <message>
        <location filename="../ui/billing/outcomes_model.py" line="20"/>
        <location filename="../ui/billing/outcomes_model.py" line="23"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location filename="../ui/billing/outcomes_model.py" line="21"/>
        <location filename="../ui/billing/outcomes_model.py" line="23"/>
        <source>Skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <location filename="../ui/billing/outcomes_model.py" line="22"/>
        <source>Invoiced</source>
        <translation>請求済み</translation>
    </message>
    <message>
        <location filename="../ui/billing/outcomes_model.py" line="28"/>
        <source>Statement</source>
        <translation>精算書</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/startup.py" line="15"/>
        <source>Upgrade the database?</source>
        <translation>データベースをアップグレードしますか？</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/startup.py" line="16"/>
        <source>This database was written by an older version of Prorata.</source>
        <translation>このデータベースは古いバージョンの Prorata で作成されました。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/startup.py" line="18"/>
        <source>Its schema must be upgraded (%1 → %2) before Prorata can open it. Take a backup first if you are unsure. The upgrade runs in one transaction: it finishes completely or changes nothing.</source>
        <translation>Prorata で開く前に、スキーマをアップグレードする必要があります（%1 → %2）。不安な場合は先にバックアップを取ってください。アップグレードは 1 つのトランザクションで実行され、完全に終わるか何も変更しないかのどちらかです。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/startup.py" line="22"/>
        <source>Upgrade</source>
        <translation>アップグレード</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/startup.py" line="23"/>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/startup.py" line="34"/>
        <source>Empty database</source>
        <translation>空のデータベース</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/startup.py" line="35"/>
        <source>This database holds no hoster, resellers or companies yet.</source>
        <translation>このデータベースにはまだホスティング事業者・再販業者・会社がありません。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/startup.py" line="37"/>
        <source>Load demo data to look around? You can also start empty and import your own data with “prorata import”.</source>
        <translation>デモデータを読み込んで試してみますか？ 空のまま始めて「prorata import」で自分のデータを取り込むこともできます。</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/startup.py" line="39"/>
        <source>Load demo data…</source>
        <translation>デモデータを読み込む…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/startup.py" line="40"/>
        <source>Start empty</source>
        <translation>空で始める</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/startup.py" line="45"/>
        <source>%1 companies</source>
        <translation>%1 社</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/startup.py" line="46"/>
        <source>Demo data</source>
        <translation>デモデータ</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/startup.py" line="46"/>
        <source>How many companies?</source>
        <translation>何社分ですか？</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/words.py" line="29"/>
        <source>Subscribe to a plan</source>
        <translation>プランを契約</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/words.py" line="30"/>
        <source>Change a quantity</source>
        <translation>数量を変更</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/words.py" line="31"/>
        <source>Change plan</source>
        <translation>プランを変更</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/words.py" line="32"/>
        <source>Cancel a plan</source>
        <translation>プランを解約</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/words.py" line="33"/>
        <source>Assign a user to a plan</source>
        <translation>ユーザーをプランに割り当て</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/words.py" line="34"/>
        <source>Unassign a user from a plan</source>
        <translation>ユーザーのプラン割り当てを解除</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/words.py" line="35"/>
        <source>Add an extra charge</source>
        <translation>追加料金を追加</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/words.py" line="36"/>
        <source>End a recurring extra</source>
        <translation>定期追加料金を終了</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/words.py" line="42"/>
        <source>In advance</source>
        <translation>前払い</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/words.py" line="45"/>
        <source>Correction</source>
        <translation>訂正</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/words.py" line="62"/>
        <source>Subscribe to %1, quantity %2</source>
        <translation>%1 を契約、数量 %2</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/words.py" line="63"/>
        <source>Subscribe to %1</source>
        <translation>%1 を契約</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/words.py" line="65"/>
        <source>Set the quantity of %1 to %2</source>
        <translation>%1 の数量を %2 に変更</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/words.py" line="67"/>
        <source>Change %1 to %2, quantity %3</source>
        <translation>%1 を %2 に変更、数量 %3</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/words.py" line="68"/>
        <source>Change %1 to %2</source>
        <translation>%1 を %2 に変更</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/words.py" line="70"/>
        <source>Cancel %1</source>
        <translation>%1 を解約</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/words.py" line="72"/>
        <source>Assign %1 to %2</source>
        <translation>%1 を %2 に割り当て</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/words.py" line="74"/>
        <source>Unassign %1 from %2</source>
        <translation>%1 の %2 への割り当てを解除</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/words.py" line="78"/>
        <source>Add the recurring extra %1 at %2 a period</source>
        <translation>定期追加料金 %1（1 期間あたり %2）を追加</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/words.py" line="79"/>
        <source>Add the one-off extra %1 of %2</source>
        <translation>一回限りの追加料金 %1（%2）を追加</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/words.py" line="81"/>
        <source>%1 for %2</source>
        <translation>%2 の %1</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/words.py" line="83"/>
        <source>End the recurring extra %1</source>
        <translation>定期追加料金 %1 を終了</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/words.py" line="85"/>
        <source>Change the currency to %1</source>
        <translation>通貨を %1 に変更</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/words.py" line="90"/>
        <source>%1, from %2</source>
        <translation>%1（%2 から）</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/words.py" line="125"/>
        <location filename="../ui/tenants/changes/words.py" line="131"/>
        <source>%1 × %2 = %3</source>
        <translation>%1 × %2 = %3</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/words.py" line="132"/>
        <source>%1 × %2 × %3/%4 days = %5</source>
        <translation>%1 × %2 × %3/%4 日 = %5</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="114"/>
        <source>Monthly</source>
        <translation>毎月</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="114"/>
        <source>Quarterly (every 3 months)</source>
        <translation>四半期ごと（3 か月ごと）</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="115"/>
        <source>Half-yearly (every 6 months)</source>
        <translation>半年ごと（6 か月ごと）</translation>
    </message>
    <message>
        <location filename="../ui/formatting.py" line="115"/>
        <source>Yearly</source>
        <translation>毎年</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="29"/>
        <source>%1 in advance, on day %2</source>
        <translation>%1 前払い、%2 日</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="36"/>
        <source>%1 to %2</source>
        <translation>%1～%2</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="37"/>
        <source>%1, a whole term</source>
        <translation>%1（1 期間分）</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="38"/>
        <source>%1 to %2: %3 of %4 days, billed pro rata</source>
        <translation>%1～%2：%4 日中 %3 日、日割りで請求</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plans_model.py" line="28"/>
        <source>since %1</source>
        <translation>%1 から</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plans_model.py" line="28"/>
        <source>from %1</source>
        <translation>%1 から</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plans_model.py" line="42"/>
        <location filename="../ui/catalogue/plans_model.py" line="71"/>
        <location filename="../ui/catalogue/extras_model.py" line="33"/>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plans_model.py" line="43"/>
        <location filename="../ui/catalogue/plans_model.py" line="72"/>
        <location filename="../ui/catalogue/extras_model.py" line="34"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plans_model.py" line="45"/>
        <source>Service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plans_model.py" line="46"/>
        <source>Basis</source>
        <translation>課金単位</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plans_model.py" line="47"/>
        <source>Unit</source>
        <translation>単位</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plans_model.py" line="48"/>
        <location filename="../ui/catalogue/plans_model.py" line="74"/>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plans_model.py" line="51"/>
        <location filename="../ui/catalogue/extras_model.py" line="38"/>
        <source>Retired</source>
        <translation>廃止</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plans_model.py" line="54"/>
        <source>Retired since %1: no new subscriptions; running ones go on being billed.</source>
        <translation>%1 から廃止：新規契約は不可、既存の契約は引き続き請求されます。</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plans_model.py" line="77"/>
        <source>Plans</source>
        <translation>プラン</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/extras_model.py" line="17"/>
        <source>Default %1</source>
        <translation>既定 %1</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/extras_model.py" line="27"/>
        <source>Retired since %1: no longer offered; extras recorded from it are unchanged.</source>
        <translation>%1 から廃止：提供終了、登録済みの追加料金は変わりません。</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/extras_model.py" line="36"/>
        <source>Charged</source>
        <translation>請求方法</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/extras_model.py" line="36"/>
        <source>Recurring</source>
        <translation>定期</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/extras_model.py" line="36"/>
        <source>One-off</source>
        <translation>一回限り</translation>
    </message>
    <message>
        <location filename="../ui/payments/words.py" line="20"/>
        <source>Payment received</source>
        <translation>入金</translation>
    </message>
    <message>
        <location filename="../ui/payments/words.py" line="21"/>
        <source>Refund</source>
        <translation>返金</translation>
    </message>
    <message>
        <location filename="../ui/payments/words.py" line="22"/>
        <source>Payment reversed</source>
        <translation>入金取り消し</translation>
    </message>
    <message>
        <location filename="../ui/payments/words.py" line="23"/>
        <source>Credit applied</source>
        <translation>クレジット充当</translation>
    </message>
    <message>
        <location filename="../ui/payments/words.py" line="24"/>
        <source>Payout to reseller</source>
        <translation>再販業者への支払い</translation>
    </message>
    <message>
        <location filename="../ui/payments/words.py" line="30"/>
        <source>Cash</source>
        <translation>現金</translation>
    </message>
    <message>
        <location filename="../ui/payments/words.py" line="31"/>
        <source>Bank transfer</source>
        <translation>銀行振込</translation>
    </message>
    <message>
        <location filename="../ui/payments/words.py" line="32"/>
        <source>Check</source>
        <translation>小切手</translation>
    </message>
    <message>
        <location filename="../ui/payments/words.py" line="33"/>
        <location filename="../ui/payments/collection_model.py" line="21"/>
        <source>Card</source>
        <translation>カード</translation>
    </message>
    <message>
        <location filename="../ui/payments/words.py" line="34"/>
        <source>Direct debit</source>
        <translation>口座引き落とし</translation>
    </message>
    <message>
        <location filename="../ui/payments/words.py" line="39"/>
        <source>Received</source>
        <translation>受領済み</translation>
    </message>
    <message>
        <location filename="../ui/payments/words.py" line="39"/>
        <source>Reversed</source>
        <translation>取り消し済み</translation>
    </message>
    <message>
        <location filename="../ui/payments/words.py" line="44"/>
        <source>Not yet due</source>
        <translation>期日前</translation>
    </message>
    <message>
        <location filename="../ui/payments/words.py" line="45"/>
        <source>1–30 days</source>
        <translation>1～30 日</translation>
    </message>
    <message>
        <location filename="../ui/payments/words.py" line="46"/>
        <source>31–60 days</source>
        <translation>31～60 日</translation>
    </message>
    <message>
        <location filename="../ui/payments/words.py" line="47"/>
        <source>61–90 days</source>
        <translation>61～90 日</translation>
    </message>
    <message>
        <location filename="../ui/payments/words.py" line="48"/>
        <source>Over 90 days</source>
        <translation>90 日超</translation>
    </message>
    <message>
        <location filename="../ui/payments/words.py" line="57"/>
        <source>Check bounced</source>
        <translation>小切手の不渡り</translation>
    </message>
    <message>
        <location filename="../ui/payments/words.py" line="58"/>
        <source>Direct debit returned</source>
        <translation>口座引き落としの返却</translation>
    </message>
    <message>
        <location filename="../ui/payments/words.py" line="59"/>
        <source>Card chargeback</source>
        <translation>カードのチャージバック</translation>
    </message>
    <message>
        <location filename="../ui/payments/words.py" line="60"/>
        <source>Transfer recalled by the bank</source>
        <translation>銀行による振込の取り戻し</translation>
    </message>
    <message>
        <location filename="../ui/delivery/review_import.py" line="37"/>
        <location filename="../ui/delivery/review_import.py" line="42"/>
        <location filename="../ui/delivery/review_import.py" line="63"/>
        <location filename="../ui/delivery/review_import.py" line="108"/>
        <source>Import review answers</source>
        <translation>レビュー回答をインポート</translation>
    </message>
    <message>
        <location filename="../ui/delivery/review_import.py" line="38"/>
        <source>Review answers (*.json);;All files (*)</source>
        <translation>レビュー回答 (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../ui/delivery/review_import.py" line="43"/>
        <source>Issue the drafts the reviewer approved now? (No: the approvals are noted and they stay drafts.)</source>
        <translation>レビュー担当者が承認した下書きを今すぐ発行しますか？（いいえ：承認は記録され、下書きのままになります。）</translation>
    </message>
    <message>
        <location filename="../ui/delivery/review_import.py" line="64"/>
        <source>Applying the review answers…</source>
        <translation>レビューの回答を適用しています…</translation>
    </message>
    <message>
        <location filename="../ui/delivery/review_import.py" line="70"/>
        <source>Storing the PDFs of the issued invoices: %1 of %2</source>
        <translation>発行済み請求書の PDF を保存しています: %1 / %2</translation>
    </message>
    <message>
        <location filename="../ui/delivery/review_import.py" line="86"/>
        <source>Issued: %n</source>
        <translation>発行済み：%n</translation>
    </message>
    <message>
        <location filename="../ui/delivery/review_import.py" line="87"/>
        <source>Approved, still drafts: %n</source>
        <translation>承認済み（下書きのまま）：%n</translation>
    </message>
    <message>
        <location filename="../ui/delivery/review_import.py" line="88"/>
        <source>Held with the reviewer&apos;s comment: %n</source>
        <translation>レビュー担当者のコメント付きで保留：%n</translation>
    </message>
    <message>
        <location filename="../ui/delivery/review_import.py" line="89"/>
        <source>Imported before, nothing changed: %n</source>
        <translation>インポート済み（変更なし）：%n</translation>
    </message>
    <message>
        <location filename="../ui/delivery/review_import.py" line="94"/>
        <source>Notes: %n</source>
        <translation>注記：%n</translation>
    </message>
    <message>
        <location filename="../ui/delivery/review_import.py" line="97"/>
        <source>Refused: %n</source>
        <translation>拒否：%n</translation>
    </message>
    <message>
        <location filename="../ui/delivery/review_import.py" line="100"/>
        <source>PDFs not stored yet: %n (each is made when its invoice is first shown, sent or printed)</source>
        <translation>まだ保存されていない PDF: %n 件（請求書を初めて表示、送信、印刷するときに作成されます）</translation>
    </message>
    <message>
        <location filename="../ui/delivery/review_import.py" line="102"/>
        <source>The file has no answers.</source>
        <translation>ファイルに回答がありません。</translation>
    </message>
    <message>
        <location filename="../ui/delivery/review_import.py" line="108"/>
        <source>The review answers were imported.</source>
        <translation>レビュー回答をインポートしました。</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_words.py" line="26"/>
        <location filename="../ui/payments/collection_words.py" line="27"/>
        <location filename="../ui/payments/collection_words.py" line="28"/>
        <source>The card was declined.</source>
        <translation>カードが拒否されました。</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_words.py" line="29"/>
        <source>Not enough funds on the card.</source>
        <translation>カードの残高が不足しています。</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_words.py" line="30"/>
        <source>The card has expired.</source>
        <translation>カードの有効期限が切れています。</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_words.py" line="31"/>
        <source>The card&apos;s security code was wrong.</source>
        <translation>カードのセキュリティコードが違います。</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_words.py" line="32"/>
        <source>The card number was wrong.</source>
        <translation>カード番号が違います。</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_words.py" line="33"/>
        <source>The card was reported lost.</source>
        <translation>カードは紛失届が出されています。</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_words.py" line="34"/>
        <source>The card was reported stolen.</source>
        <translation>カードは盗難届が出されています。</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_words.py" line="35"/>
        <source>The bank suspects fraud and declined the card.</source>
        <translation>銀行が不正利用を疑い、カードを拒否しました。</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_words.py" line="36"/>
        <source>The card does not support this kind of payment.</source>
        <translation>このカードはこの種類の支払いに対応していません。</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_words.py" line="37"/>
        <source>The bank wants the cardholder to confirm the payment.</source>
        <translation>銀行がカード名義人による支払いの確認を求めています。</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_words.py" line="38"/>
        <source>The processor had an error; try again later.</source>
        <translation>決済代行会社でエラーが発生しました。後でもう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_words.py" line="46"/>
        <source>No answer from the processor: not known yet whether the card was charged. It is never charged twice: the next collection asks the processor first.</source>
        <translation>決済代行会社から応答がありません。カードに請求されたかどうかはまだ不明です。二重に請求されることはありません。次回の回収で最初に決済代行会社へ確認します。</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_words.py" line="49"/>
        <source>The charge is still being made by someone else; look again later.</source>
        <translation>他の人が請求処理中です。後で確認してください。</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_words.py" line="54"/>
        <source>Not collected.</source>
        <translation>回収されていません。</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_model.py" line="21"/>
        <source>SEPA direct debit</source>
        <translation>SEPA口座振替</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_model.py" line="21"/>
        <source>ACH debit</source>
        <translation>ACH引き落とし</translation>
    </message>
</context>
<context>
    <name>AccountFilterBar</name>
    <message>
        <location filename="../ui/payments/filter_bar.py" line="55"/>
        <source>Anyone</source>
        <translation>すべて</translation>
    </message>
    <message>
        <location filename="../ui/payments/filter_bar.py" line="56"/>
        <source>Any</source>
        <translation>すべて</translation>
    </message>
    <message>
        <location filename="../ui/payments/filter_bar.py" line="91"/>
        <source>C&amp;ustomer:</source>
        <translation>顧客(&amp;U):</translation>
    </message>
    <message>
        <location filename="../ui/payments/filter_bar.py" line="92"/>
        <source>code or name</source>
        <translation>コードまたは名前</translation>
    </message>
    <message>
        <location filename="../ui/payments/filter_bar.py" line="93"/>
        <source>Issued &amp;by:</source>
        <translation>発行者(&amp;B):</translation>
    </message>
    <message>
        <location filename="../ui/payments/filter_bar.py" line="94"/>
        <source>Cu&amp;rrency:</source>
        <translation>通貨(&amp;R):</translation>
    </message>
    <message>
        <location filename="../ui/payments/filter_bar.py" line="95"/>
        <source>Only with a balance</source>
        <translation>残高ありのみ</translation>
    </message>
    <message>
        <location filename="../ui/payments/filter_bar.py" line="96"/>
        <source>Clear filters</source>
        <translation>フィルターをクリア</translation>
    </message>
</context>
<context>
    <name>AccountListModel</name>
    <message>
        <location filename="../ui/payments/accounts_model.py" line="135"/>
        <source>Customer</source>
        <translation>顧客</translation>
    </message>
    <message>
        <location filename="../ui/payments/accounts_model.py" line="135"/>
        <source>Issued by</source>
        <translation>発行者</translation>
    </message>
    <message>
        <location filename="../ui/payments/accounts_model.py" line="135"/>
        <source>Currency</source>
        <translation>通貨</translation>
    </message>
    <message>
        <location filename="../ui/payments/accounts_model.py" line="135"/>
        <source>Balance</source>
        <translation>残高</translation>
    </message>
    <message>
        <location filename="../ui/payments/accounts_model.py" line="136"/>
        <source>Credit</source>
        <translation>クレジット残高</translation>
    </message>
    <message>
        <location filename="../ui/payments/accounts_model.py" line="136"/>
        <source>Overdue</source>
        <translation>期日超過</translation>
    </message>
    <message>
        <location filename="../ui/payments/accounts_model.py" line="173"/>
        <source>%1: open invoices less credit, plus %2 still to collect from the reseller on its statements</source>
        <translation>%1: 未払いの請求書からクレジットを引き、さらに精算書に基づき再販業者からまだ回収する %2 を加えた額</translation>
    </message>
    <message>
        <location filename="../ui/payments/accounts_model.py" line="176"/>
        <source>%1: open invoices less credit, less %2 still to pay out to the reseller on its statements</source>
        <translation>%1: 未払いの請求書からクレジットを引き、さらに精算書に基づき再販業者へまだ支払う %2 を引いた額</translation>
    </message>
</context>
<context>
    <name>AccountPanel</name>
    <message>
        <location filename="../ui/payments/account_panel.py" line="160"/>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="192"/>
        <source>No account selected</source>
        <translation>口座が選択されていません</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="193"/>
        <source>Pick an account in the list to see its ledger and open invoices.</source>
        <translation>一覧から口座を選ぶと、取引履歴と未払いの請求書が表示されます。</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="197"/>
        <source>Account with %1 in %2</source>
        <translation>%1 との %2 の口座</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/payments/account_panel.py" line="215"/>
        <source>Ledger (%Ln entries)</source>
        <translation>
            <numerusform>取引履歴（%Ln 件）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="216"/>
        <source>Open invoices (%1)</source>
        <translation>未払いの請求書（%1）</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="277"/>
        <source>Payment #%1 recorded: %2, %3 left as credit.</source>
        <translation>支払い #%1 を記録しました：%2、%3 はクレジット残高になります。</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="287"/>
        <source>Refund recorded.</source>
        <translation>返金を記録しました。</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="294"/>
        <source>Payment reversed; open again: %1.</source>
        <translation>支払いを取り消しました。再び未払い：%1。</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="295"/>
        <source>no invoice</source>
        <translation>請求書なし</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="302"/>
        <source>Credit applied to %1.</source>
        <translation>%1 にクレジットを充当しました。</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="336"/>
        <source>Statement written to %1.</source>
        <translation>取引明細書を %1 に保存しました。</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="337"/>
        <source>Statement of account</source>
        <translation>取引明細書</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="338"/>
        <source>The statement is written to %1.</source>
        <translation>取引明細書を %1 に保存しました。</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="341"/>
        <source>&amp;Open it</source>
        <translation>開く(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="353"/>
        <source>To collect:</source>
        <translation>未回収（回収予定）:</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="357"/>
        <source>Balance:</source>
        <translation>残高:</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="358"/>
        <source>Credit:</source>
        <translation>クレジット残高:</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="359"/>
        <source>Owed outside invoices:</source>
        <translation>請求書外の未払額:</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="360"/>
        <source>Money the customer owes on no invoice: a refund paid out of a payment that then bounced or was returned. Open invoices plus this, less the credit, is what the customer owes.</source>
        <translation>どの請求書にも載っていない顧客の債務です。その後不渡り・返却となった支払いから行われた返金がこれにあたります。未払いの請求書にこれを加え、クレジットを差し引いた額が顧客の債務です。</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="364"/>
        <source>Statements:</source>
        <translation>精算書:</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="365"/>
        <source>Paid out:</source>
        <translation>支払済み:</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="354"/>
        <source>To pay out:</source>
        <translation>未払い（支払予定）:</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="367"/>
        <source>The reseller&apos;s statements (its margins and the VAT collected in its name) are owed to it; the payouts made against them are subtracted. What is left is still to pay out: the balance is the open invoices plus what is owed outside invoices, less the credit and less what is to pay out, negative when more is owed to the reseller than by it.</source>
        <translation>再販業者の精算書（そのマージンと、その名義で徴収した付加価値税）は再販業者に支払うべき額で、それに対して行った支払いが差し引かれます。残りが未払い（支払予定）です。残高は、未払いの請求書に請求書外の未払額を加え、クレジットと未払い（支払予定）を差し引いた額で、再販業者が負う額より再販業者に支払うべき額が多いときは負になります。</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="374"/>
        <source>Overdue:</source>
        <translation>期日超過:</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="375"/>
        <source>Record &amp;payment…</source>
        <translation>入金を記録(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="376"/>
        <source>Re&amp;fund…</source>
        <translation>返金(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="377"/>
        <source>Re&amp;verse…</source>
        <translation>取り消し(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="378"/>
        <source>Apply &amp;credit…</source>
        <translation>クレジットを充当(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="379"/>
        <source>&amp;Statement…</source>
        <translation>取引明細書(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="380"/>
        <source>The customer&apos;s statement of account for a period, as a PDF.</source>
        <translation>顧客の期間指定の取引明細書（PDF）。</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="381"/>
        <source>A payment that did not hold: a bounced check, a returned debit.</source>
        <translation>成立しなかった支払い（小切手の不渡り、引き落としの返却など）。</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="310"/>
        <source>Payout PO-%1 of %2 recorded.</source>
        <translation>支払い PO-%1（%2）を記録しました。</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="321"/>
        <source>Payout PO-%1 reversed: %2 is owed to the reseller again.</source>
        <translation>支払い PO-%1 を取り消しました。%2 は再び再販業者への未払いです。</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="382"/>
        <source>Pay &amp;out…</source>
        <translation>再販業者へ支払う(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="383"/>
        <source>Record that the hoster paid the reseller what it owes it on its statements.</source>
        <translation>ホスティング事業者が精算書に基づき再販業者に支払うべき額を支払ったことを記録します。</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="385"/>
        <source>Reverse pa&amp;yout…</source>
        <translation>支払いを取り消す(&amp;Y)…</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_panel.py" line="386"/>
        <source>A payout that did not hold (its transfer bounced, it was entered twice): pick it in the ledger.</source>
        <translation>成立しなかった支払い（振込が返却された、二重に入力した）: 取引履歴で選んでください。</translation>
    </message>
</context>
<context>
    <name>AgingModel</name>
    <message>
        <location filename="../ui/payments/aging_view.py" line="76"/>
        <source>Issued by</source>
        <translation>発行者</translation>
    </message>
    <message>
        <location filename="../ui/payments/aging_view.py" line="76"/>
        <source>Currency</source>
        <translation>通貨</translation>
    </message>
    <message>
        <location filename="../ui/payments/aging_view.py" line="77"/>
        <source>Open</source>
        <translation>未払額</translation>
    </message>
    <message>
        <location filename="../ui/payments/aging_view.py" line="77"/>
        <source>Unapplied credit</source>
        <translation>未充当のクレジット</translation>
    </message>
    <message>
        <location filename="../ui/payments/aging_view.py" line="77"/>
        <source>Owed outside invoices</source>
        <translation>請求書外の未払額</translation>
    </message>
    <message>
        <location filename="../ui/payments/aging_view.py" line="78"/>
        <source>To pay out</source>
        <translation>未払い（支払予定）</translation>
    </message>
    <message>
        <location filename="../ui/payments/aging_view.py" line="78"/>
        <source>To collect</source>
        <translation>未回収（回収予定）</translation>
    </message>
    <message>
        <location filename="../ui/payments/aging_view.py" line="97"/>
        <source>Total %1</source>
        <translation>合計 %1</translation>
    </message>
</context>
<context>
    <name>AgingView</name>
    <message>
        <location filename="../ui/payments/aging_view.py" line="248"/>
        <source>Open %1 by days overdue: all issuers</source>
        <translation>%1 の未払額（超過日数別）：全発行者</translation>
    </message>
    <message>
        <location filename="../ui/payments/aging_view.py" line="249"/>
        <source>Open %1 by days overdue: %2</source>
        <translation>%1 の未払額（超過日数別）：%2</translation>
    </message>
    <message>
        <location filename="../ui/payments/aging_view.py" line="256"/>
        <source>Every issuer</source>
        <translation>すべての発行者</translation>
    </message>
    <message>
        <location filename="../ui/payments/aging_view.py" line="263"/>
        <source>&amp;As of:</source>
        <translation>基準日(&amp;A):</translation>
    </message>
    <message>
        <location filename="../ui/payments/aging_view.py" line="264"/>
        <source>&amp;Issued by:</source>
        <translation>発行者(&amp;I):</translation>
    </message>
    <message>
        <location filename="../ui/payments/aging_view.py" line="265"/>
        <source>Reload</source>
        <translation>再読み込み</translation>
    </message>
    <message>
        <location filename="../ui/payments/aging_view.py" line="266"/>
        <source>Days overdue count from each invoice&apos;s due date. Credit is netted into the buckets, oldest invoice first; what is left of it is unapplied credit. Money owed outside invoices (a refund whose payment then bounced) has its own column: open plus it, less credit, is what the customers owe. What resellers&apos; statements leave to pay out to them, once the payouts are counted, has a column of its own, in no bucket: it is owed to them, not by them. What resellers owe on their statements (a statement that nets against the reseller) is to collect, in a column of its own too.</source>
        <translation>延滞日数は各請求書の支払期日から数えます。クレジットは古い請求書から順に各区分へ充当され、残った分が未充当のクレジットです。請求書外の未払額（支払いがその後不渡り・返却となった返金）は別の列に表示されます。未払額にこれを加え、クレジットを差し引いた額が顧客の債務です。再販業者の精算書から支払済み額を差し引いた、再販業者にまだ支払う額は、どの区分にも含めず別の列に表示されます。これは再販業者が負う額ではなく、再販業者に支払うべき額です。再販業者が精算書に基づき負う額（再販業者の負担となる精算書）は回収予定として、これも別の列に表示されます。</translation>
    </message>
</context>
<context>
    <name>AllocationEditor</name>
    <message>
        <location filename="../ui/payments/allocation_editor.py" line="121"/>
        <source>%1 more than %2: allocate less.</source>
        <translation>%2 を %1 超えています：割り当てを減らしてください。</translation>
    </message>
    <message>
        <location filename="../ui/payments/allocation_editor.py" line="123"/>
        <source>the payment</source>
        <translation>支払額</translation>
    </message>
    <message>
        <location filename="../ui/payments/allocation_editor.py" line="123"/>
        <source>the credit</source>
        <translation>クレジット残高</translation>
    </message>
    <message>
        <location filename="../ui/payments/allocation_editor.py" line="132"/>
        <source>Left as credit: %1</source>
        <translation>クレジット残高として残る額：%1</translation>
    </message>
    <message>
        <location filename="../ui/payments/allocation_editor.py" line="133"/>
        <source>Credit left: %1</source>
        <translation>残りのクレジット：%1</translation>
    </message>
    <message>
        <location filename="../ui/payments/allocation_editor.py" line="139"/>
        <source>Oldest invoices first</source>
        <translation>古い請求書から</translation>
    </message>
    <message>
        <location filename="../ui/payments/allocation_editor.py" line="140"/>
        <source>By hand</source>
        <translation>手動</translation>
    </message>
</context>
<context>
    <name>AllocationModel</name>
    <message>
        <location filename="../ui/payments/allocation_model.py" line="105"/>
        <source>Invoice</source>
        <translation>請求書</translation>
    </message>
    <message>
        <location filename="../ui/payments/allocation_model.py" line="105"/>
        <source>Issued</source>
        <translation>発行済み</translation>
    </message>
    <message>
        <location filename="../ui/payments/allocation_model.py" line="105"/>
        <source>Due</source>
        <translation>期日</translation>
    </message>
    <message>
        <location filename="../ui/payments/allocation_model.py" line="105"/>
        <source>Open</source>
        <translation>未払額</translation>
    </message>
    <message>
        <location filename="../ui/payments/allocation_model.py" line="105"/>
        <source>To allocate</source>
        <translation>割り当て額</translation>
    </message>
    <message>
        <location filename="../ui/payments/allocation_model.py" line="147"/>
        <source>Type the amount to allocate to %1 (at most %2).</source>
        <translation>%1 に割り当てる金額を入力してください（上限 %2）。</translation>
    </message>
</context>
<context>
    <name>ApplyCreditDialog</name>
    <message>
        <location filename="../ui/payments/credit_dialog.py" line="109"/>
        <source>an amount to apply</source>
        <translation>充当する金額</translation>
    </message>
    <message>
        <location filename="../ui/payments/credit_dialog.py" line="114"/>
        <location filename="../ui/payments/credit_dialog.py" line="121"/>
        <location filename="../ui/payments/credit_dialog.py" line="134"/>
        <source>Apply credit</source>
        <translation>クレジットの充当</translation>
    </message>
    <message>
        <location filename="../ui/payments/credit_dialog.py" line="114"/>
        <source>Apply %1 of credit?</source>
        <translation>クレジット %1 を充当しますか？</translation>
    </message>
    <message>
        <location filename="../ui/payments/credit_dialog.py" line="122"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Credit available: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;利用可能なクレジット：%2</translation>
    </message>
    <message>
        <location filename="../ui/payments/credit_dialog.py" line="128"/>
        <source>%1 of the credit is held by %2, who collects none of these invoices: it pays none of them and stays credit.</source>
        <translation>クレジットのうち %1 は %2 が保有しており、%2 はこれらの請求書をいずれも回収しないため、どの請求書にも充当されず、クレジットとして残ります。</translation>
    </message>
    <message>
        <location filename="../ui/payments/credit_dialog.py" line="132"/>
        <source>&amp;Applied on:</source>
        <translation>充当日(&amp;A):</translation>
    </message>
    <message>
        <location filename="../ui/payments/credit_dialog.py" line="133"/>
        <source>Apply to:</source>
        <translation>充当先:</translation>
    </message>
</context>
<context>
    <name>AssignedPlansModel</name>
    <message>
        <location filename="../ui/tenants/detail_models.py" line="88"/>
        <source>Plan</source>
        <translation>プラン</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_models.py" line="88"/>
        <source>Assigned since</source>
        <translation>割り当て開始日</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message numerus="yes">
        <location filename="../ui/audit/log_dialog.py" line="102"/>
        <source>The newest %Ln change(s).</source>
        <translation>
            <numerusform>最新の変更 %Ln 件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/audit/log_dialog.py" line="103"/>
        <source>%Ln change(s).</source>
        <translation>
            <numerusform>%Ln 件の変更。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="108"/>
        <source>Select a change to see its details.</source>
        <translation>変更を選択すると詳細が表示されます。</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="119"/>
        <source>Audit log</source>
        <translation>監査ログ</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="120"/>
        <source>&amp;Changes to:</source>
        <translation>変更対象(&amp;C):</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="121"/>
        <source>&amp;By:</source>
        <translation>変更者(&amp;B):</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="122"/>
        <source>anyone</source>
        <translation>全員</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="123"/>
        <source>F&amp;rom:</source>
        <translation>開始日(&amp;R):</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="124"/>
        <source>&amp;To:</source>
        <translation>終了日(&amp;T):</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="126"/>
        <source>any day</source>
        <translation>指定なし</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="127"/>
        <source>Reload</source>
        <translation>再読み込み</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="128"/>
        <source>Invoices</source>
        <translation>請求書</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="128"/>
        <source>Prices</source>
        <translation>価格</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="128"/>
        <source>Payments</source>
        <translation>支払い</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="129"/>
        <source>Companies</source>
        <translation>会社</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="129"/>
        <source>Resellers</source>
        <translation>再販業者</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="129"/>
        <source>Users</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="130"/>
        <source>Plans</source>
        <translation>プラン</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="130"/>
        <source>Services</source>
        <translation>サービス</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="130"/>
        <source>Extra items</source>
        <translation>追加項目</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="131"/>
        <source>Billing settings</source>
        <translation>請求設定</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="131"/>
        <source>Minimum charges</source>
        <translation>最低請求額</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="132"/>
        <source>Currencies</source>
        <translation>通貨</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="132"/>
        <source>Invoice templates</source>
        <translation>請求書テンプレート</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="133"/>
        <source>Billing runs</source>
        <translation>請求処理</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="133"/>
        <source>Bundle imports</source>
        <translation>バンドルのインポート</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="134"/>
        <source>Demo data</source>
        <translation>デモデータ</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_dialog.py" line="138"/>
        <source>Anything</source>
        <translation>すべて</translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <location filename="../ui/audit/log_model.py" line="83"/>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_model.py" line="83"/>
        <source>Who</source>
        <translation>実行者</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_model.py" line="83"/>
        <source>What happened</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../ui/audit/log_model.py" line="84"/>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
</context>
<context>
    <name>BillingRunDialog</name>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="147"/>
        <location filename="../ui/billing/run_dialog.py" line="353"/>
        <source>Run billing</source>
        <translation>請求処理の実行</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="148"/>
        <location filename="../ui/billing/run_dialog.py" line="359"/>
        <source>&amp;Run billing</source>
        <translation>請求処理を実行(&amp;R)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/run_dialog.py" line="160"/>
        <source>Write %Ln invoice(s) up to %1, totalling %2, as the preview showed?</source>
        <translation>
            <numerusform>プレビューのとおり、%1 までの請求書 %Ln 件（合計 %2）を作成しますか？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/run_dialog.py" line="163"/>
        <source>And %Ln invoice(s) or statement(s) to resellers.</source>
        <translation>
            <numerusform>さらに再販業者向けの請求書・精算書 %Ln 件。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="166"/>
        <source>You have not previewed this run. Bill every company up to %1 now?</source>
        <translation>この請求処理はプレビューしていません。%1 までのすべての会社を今すぐ請求しますか？</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="169"/>
        <source>The invoices will be issued: they get numbers and can no longer be changed, only credited.</source>
        <translation>請求書は発行されます：番号が付き、以後は変更できず、クレジットのみ可能です。</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="172"/>
        <source>The invoices will be drafts: you can check them and issue them later.</source>
        <translation>請求書は下書きになります：確認してから後で発行できます。</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="180"/>
        <source>Stopping after the PDFs being made now…</source>
        <translation>作成中の PDF が終わりしだい停止します…</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="182"/>
        <source>Stopping after the companies being billed now…</source>
        <translation>現在請求中の会社の処理後に停止します…</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="194"/>
        <source>Reading what is due…</source>
        <translation>請求対象を読み込み中…</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="236"/>
        <source>Storing the PDFs of the issued invoices: %1 of %2</source>
        <translation>発行済み請求書の PDF を保存しています: %1 / %2</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="239"/>
        <source>Nothing is due.</source>
        <translation>請求対象はありません。</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="241"/>
        <source>Previewing</source>
        <translation>プレビュー中</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="241"/>
        <source>Billing</source>
        <translation>請求中</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="242"/>
        <source>%1: %2 of %3 billing dates done</source>
        <translation>%1：請求日 %3 件中 %2 件完了</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="246"/>
        <source>(up to %1)</source>
        <translation>（%1 まで）</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="266"/>
        <source>Preview finished: nothing was written.</source>
        <translation>プレビュー完了：何も書き込まれていません。</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="267"/>
        <source>Run finished.</source>
        <translation>請求処理が完了しました。</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="286"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="301"/>
        <source>The run stopped.</source>
        <translation>請求処理が停止しました。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/run_dialog.py" line="321"/>
        <source>Preview up to %1: %Ln invoice(s) would be written, totalling %2.</source>
        <translation>
            <numerusform>%1 までのプレビュー：請求書 %Ln 件、合計 %2 が作成されます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/run_dialog.py" line="323"/>
        <source>Billed up to %1: %Ln invoice(s) written, totalling %2.</source>
        <translation>
            <numerusform>%1 まで請求済み：請求書 %Ln 件、合計 %2 を作成しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/run_dialog.py" line="326"/>
        <source>%Ln invoice(s) or statement(s) to resellers.</source>
        <translation>
            <numerusform>再販業者向けの請求書・精算書 %Ln 件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/run_dialog.py" line="328"/>
        <source>%Ln company(ies) deferred under the minimum charge.</source>
        <translation>
            <numerusform>最低請求額未満で繰り延べた会社 %Ln 社。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/run_dialog.py" line="330"/>
        <source>%Ln company(ies) with nothing to bill.</source>
        <translation>
            <numerusform>請求対象のない会社 %Ln 社。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/run_dialog.py" line="332"/>
        <source>%Ln company(ies) skipped: invoicing is off for their reseller.</source>
        <translation>
            <numerusform>スキップした会社 %Ln 社：再販業者の請求が無効です。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/run_dialog.py" line="334"/>
        <source>%Ln company(ies) could not be billed: see the rows marked Error.</source>
        <translation>
            <numerusform>請求できなかった会社 %Ln 社：「エラー」の行を確認してください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/run_dialog.py" line="337"/>
        <source>%Ln settlement(s) with resellers could not be made: see the rows marked Error.</source>
        <translation>
            <numerusform>リセラーとの精算 %Ln 件を作成できませんでした：エラーと表示された行を確認してください。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="340"/>
        <source>Nothing is due up to %1: every billing date is already billed.</source>
        <translation>%1 までに請求対象はありません：すべての請求日が請求済みです。</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="343"/>
        <source>Cancelled: the remaining companies are billed by the next run.</source>
        <translation>キャンセルしました：残りの会社は次回の請求処理で請求されます。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/billing/run_dialog.py" line="346"/>
        <source>%Ln PDF(s) stored as issued.</source>
        <translation>
            <numerusform>%Ln 件の PDF を発行時のまま保存しました。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="348"/>
        <source>PDFs not stored yet are made when each invoice is first shown, sent or printed.</source>
        <translation>まだ保存されていない PDF は、各請求書を初めて表示・送信・印刷するときに作成されます。</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="354"/>
        <source>Bill &amp;up to:</source>
        <translation>請求対象の期限(&amp;U):</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="355"/>
        <source>&amp;Issue the invoices (give them numbers)</source>
        <translation>請求書を発行する（番号を付ける）(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="356"/>
        <source>Unticked, the run writes drafts you can check and issue later.</source>
        <translation>チェックしない場合は下書きを作成し、後で確認して発行できます。</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="357"/>
        <source>&amp;Preview</source>
        <translation>プレビュー(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="358"/>
        <source>Show what the run would bill, without writing anything.</source>
        <translation>何も書き込まずに、請求される内容を表示します。</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="360"/>
        <source>&amp;Cancel</source>
        <translation>キャンセル(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/billing/run_dialog.py" line="362"/>
        <source>Every billing date up to the chosen day that is not billed yet is billed, oldest first. Preview first; a run never bills a period twice.</source>
        <translation>選択した日までの未請求の請求日を、古い順にすべて請求します。まずプレビューを確認してください。同じ期間が二重に請求されることはありません。</translation>
    </message>
</context>
<context>
    <name>BillingSettingsDialog</name>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="164"/>
        <source>Minimum charges of %1</source>
        <translation>%1 の最低請求額</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="165"/>
        <source>Minimum charges</source>
        <translation>最低請求額</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="180"/>
        <source>%1 (hoster)</source>
        <translation>%1（ホスティング事業者）</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="207"/>
        <source>Switch off invoicing for %1?</source>
        <translation>%1 の請求をオフにしますか？</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="208"/>
        <source>Switch off payment collection for %1?</source>
        <translation>%1 の代金回収をオフにしますか？</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="210"/>
        <source>Stop taking checks for %1?</source>
        <translation>%1 への小切手の受け付けを停止しますか？</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="212"/>
        <source>Billing runs will stop altogether.</source>
        <translation>請求処理は一切行われなくなります。</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="214"/>
        <source>Prorata will no longer collect payment of %1&apos;s invoices.</source>
        <translation>Prorata は %1 の請求書の代金を回収しなくなります。</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="216"/>
        <source>A check paid to %1 will be refused when it is recorded.</source>
        <translation>%1 宛ての小切手は記録時に拒否されます。</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="221"/>
        <source>Resellers set to “As the hoster” are switched off too.</source>
        <translation>「ホスティング事業者と同じ」に設定された再販業者もオフになります。</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="222"/>
        <source>Switch off</source>
        <translation>オフにする</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="226"/>
        <source>Change the tax rate of %1?</source>
        <translation>%1 の税率を変更しますか？</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="228"/>
        <source>Invoices billed from now on are taxed at the new rate; issued ones keep theirs.</source>
        <translation>今後請求される請求書には新しい税率が適用されます。発行済みの請求書は元の税率のままです。</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="229"/>
        <location filename="../ui/billing/settings_dialog.py" line="234"/>
        <location filename="../ui/billing/settings_dialog.py" line="256"/>
        <source>Save change</source>
        <translation>変更を保存</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="231"/>
        <source>Change the invoice numbers of %1?</source>
        <translation>%1 の請求書番号を変更しますか？</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="233"/>
        <source>Numbers given from now on follow the new format; the sequence carries on.</source>
        <translation>今後付与される番号は新しい形式に従います。連番はそのまま続きます。</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="238"/>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="248"/>
        <source>Remove the minimum charge of %1 in %2?</source>
        <translation>%1 の %2 の最低額を削除しますか？</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="249"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="251"/>
        <source>Change the minimum charge of %1 in %2?</source>
        <translation>%1 の %2 の最低額を変更しますか？</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="254"/>
        <source>Minimum</source>
        <translation>最低額</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="255"/>
        <source>Applies to invoices billed from now on.</source>
        <translation>今後請求される請求書に適用されます。</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="256"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="263"/>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="284"/>
        <source>the minimum amount</source>
        <translation>最低請求額</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="302"/>
        <source>Double-click a cell to change it. Switching something off, or changing a tax rate, a number format or a minimum charge, asks before it is saved. A reseller&apos;s switch set to “As the hoster” follows the hoster&apos;s. Invoicing off: billing runs skip the issuer&apos;s companies (the hoster&apos;s switch stops every run). Checks off: checks are refused as payment.</source>
        <translation>セルをダブルクリックすると変更できます。何かをオフにする場合や、税率・番号形式・最低額を変更する場合は、保存前に確認します。「ホスティング事業者と同じ」に設定された再販業者のスイッチはホスティング事業者の設定に従います。請求オフ：請求処理はこの発行者の会社をスキップします（ホスティング事業者のスイッチはすべての請求処理を止めます）。小切手オフ：小切手による支払いは拒否されます。</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="185"/>
        <location filename="../ui/billing/settings_dialog.py" line="300"/>
        <source>Billing settings</source>
        <translation>請求設定</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="209"/>
        <source>Switch off email delivery for %1?</source>
        <translation>%1 のメール送信をオフにしますか？</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="213"/>
        <source>Billing runs will skip %1&apos;s companies.</source>
        <translation>請求処理は %1 の会社をスキップします。</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="215"/>
        <source>%1&apos;s invoices will no longer be sent by email.</source>
        <translation>%1 の請求書はメールで送信されなくなります。</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="306"/>
        <source>amount, e.g. %1</source>
        <translation>金額（例：%1）</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="308"/>
        <source>&amp;Add minimum</source>
        <translation>最低額を追加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="311"/>
        <source>Defer to the next invoice</source>
        <translation>次回の請求書に繰り延べ</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_dialog.py" line="312"/>
        <source>Top up to the minimum</source>
        <translation>最低額まで補填</translation>
    </message>
</context>
<context>
    <name>CatalogueDialog</name>
    <message>
        <location filename="../ui/catalogue/record_dialog.py" line="49"/>
        <source>A name in at least one language</source>
        <translation>少なくとも 1 つの言語での名前</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/record_dialog.py" line="66"/>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/record_dialog.py" line="66"/>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
</context>
<context>
    <name>CatalogueEditor</name>
    <message>
        <location filename="../ui/catalogue/editor.py" line="394"/>
        <source>Plan %1 takes new subscriptions again.</source>
        <translation>プラン %1 は再び新規契約を受け付けます。</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="395"/>
        <source>Extra item %1 is offered again.</source>
        <translation>追加項目 %1 の提供を再開しました。</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="412"/>
        <source>Plans</source>
        <translation>プラン</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="413"/>
        <source>Services</source>
        <translation>サービス</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="414"/>
        <source>Extra items</source>
        <translation>追加項目</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="415"/>
        <source>&amp;New plan…</source>
        <translation>新規プラン(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="416"/>
        <location filename="../ui/catalogue/editor.py" line="424"/>
        <location filename="../ui/catalogue/editor.py" line="426"/>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="417"/>
        <location filename="../ui/catalogue/editor.py" line="427"/>
        <source>&amp;Retire…</source>
        <translation>廃止(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="418"/>
        <source>No new subscriptions from a day on; running ones go on being billed</source>
        <translation>指定日以降は新規契約不可。既存の契約は引き続き請求されます</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="419"/>
        <location filename="../ui/catalogue/editor.py" line="428"/>
        <source>&amp;Unretire</source>
        <translation>廃止を取り消す(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="420"/>
        <source>Take the retirement back: the plan takes new subscriptions again</source>
        <translation>廃止を取り消し、プランは再び新規契約を受け付けます</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="421"/>
        <source>&amp;Prices…</source>
        <translation>価格(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="422"/>
        <source>Show the plan in the price matrix</source>
        <translation>価格表でプランを表示</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="423"/>
        <source>&amp;New service…</source>
        <translation>新規サービス(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="425"/>
        <source>&amp;New item…</source>
        <translation>新規項目(&amp;N)…</translation>
    </message>
</context>
<context>
    <name>ChangeDialog</name>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="75"/>
        <source>Record a change · %1</source>
        <translation>変更の記録 · %1</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="88"/>
        <source>keep the quantity it has</source>
        <translation>現在の数量のまま</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="94"/>
        <source>&amp;Bill it every period until it is ended</source>
        <translation>終了するまで毎期間請求する(&amp;B)</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="95"/>
        <source>&amp;Change:</source>
        <translation>変更内容(&amp;C):</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="96"/>
        <source>&amp;Date:</source>
        <translation>日付(&amp;D):</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="97"/>
        <source>The day it takes effect; a day already invoiced is corrected on the next invoice.</source>
        <translation>変更が有効になる日。請求済みの日は次回の請求書で訂正されます。</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="103"/>
        <source>&amp;Plan:</source>
        <translation>プラン(&amp;P):</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="104"/>
        <source>&amp;New plan:</source>
        <translation>新しいプラン(&amp;N):</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="105"/>
        <source>&amp;Quantity:</source>
        <translation>数量(&amp;Q):</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="106"/>
        <source>E&amp;xtra:</source>
        <translation>追加項目(&amp;X):</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="107"/>
        <source>&amp;User:</source>
        <translation>ユーザー(&amp;U):</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="108"/>
        <source>&amp;Amount:</source>
        <translation>金額(&amp;A):</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="109"/>
        <source>Recurring:</source>
        <translation>定期:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="125"/>
        <source>&amp;Save the change</source>
        <translation>変更を保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="156"/>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="181"/>
        <source>Nothing to preview.</source>
        <translation>プレビューする内容がありません。</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="209"/>
        <source>No plan to choose on this day</source>
        <translation>この日に選択できるプランはありません</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="212"/>
        <source>The extra-item catalogue is empty</source>
        <translation>追加項目のカタログが空です</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="214"/>
        <source>%1 · %2 a period%3</source>
        <translation>%1 · 1 期間あたり %2%3</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="217"/>
        <source>No recurring extra runs on this day</source>
        <translation>この日に有効な定期追加料金はありません</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="218"/>
        <source>In %1, the company&apos;s currency on this day; a minus for a credit.</source>
        <translation>%1（この日の会社の通貨）。クレジットはマイナスで入力します。</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="220"/>
        <source>&amp;Amount (%1):</source>
        <translation>金額（%1）(&amp;A):</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="238"/>
        <source>No other plan to change to</source>
        <translation>変更先のプランがありません</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="243"/>
        <source>Every user has this plan</source>
        <translation>すべてのユーザーがこのプランを利用中です</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="247"/>
        <source>No user has this plan</source>
        <translation>このプランを利用中のユーザーはいません</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="249"/>
        <source>The whole company</source>
        <translation>会社全体</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="268"/>
        <source>units</source>
        <translation>単位</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="269"/>
        <source>%1 · %2 %3</source>
        <translation>%1 · %2 %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/tenants/changes/change_dialog.py" line="271"/>
        <source>%1 · %Ln user(s)</source>
        <translation>
            <numerusform>%1 · ユーザー %Ln 人</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="316"/>
        <source>The catalogue has no plans yet. Add them on the Catalogue tab, under Plans; then subscribe the company here.</source>
        <translation>カタログにはまだプランがありません。［カタログ］タブの［プラン］で追加してから、ここで会社に契約させてください。</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="318"/>
        <source>The company already has every plan the catalogue offers on this day: there is no plan left to subscribe to.</source>
        <translation>この日、会社はカタログのすべてのプランを既に契約しています。新たに契約できるプランはありません。</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="320"/>
        <source>The company has no plan billed per unit on this day, so there is no quantity to change. Only a per-unit plan (sites, mailboxes…) has a quantity: subscribe the company to one first, or pick another day.</source>
        <translation>この日、会社には単位ごとに請求されるプランがないため、変更できる数量はありません。数量があるのは単位ごとのプラン（サイト、メールボックスなど）だけです。先にそのようなプランを契約するか、別の日を選んでください。</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="324"/>
        <source>The company subscribes to no plan on this day: there is no plan to change or cancel.</source>
        <translation>この日、会社はどのプランも契約していません。変更または解約できるプランはありません。</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="326"/>
        <source>There is no other plan to change to: the company already has every plan the catalogue offers on this day.</source>
        <translation>変更先のプランがありません。この日、会社はカタログのすべてのプランを既に契約しています。</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="328"/>
        <source>The company has no plan billed per user on this day: there is no plan to assign a user to or unassign a user from.</source>
        <translation>この日、会社にはユーザー単位で請求されるプランがありません。ユーザーを割り当てたり割り当てを解除したりできるプランはありません。</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="330"/>
        <source>The company has no users yet. Add one with New user… in the tenant tree; then assign it to a plan here.</source>
        <translation>会社にはまだユーザーがいません。テナントツリーの［新規ユーザー…］で追加してから、ここでプランに割り当ててください。</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="332"/>
        <source>No user of the company is assigned to a plan on this day: there is nobody to unassign.</source>
        <translation>この日、プランに割り当てられている会社のユーザーはいません。割り当てを解除できる人はいません。</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="334"/>
        <source>The catalogue has no extra charges yet. Add them on the Catalogue tab, under Extra items (New item…); then add one to the company here.</source>
        <translation>カタログにはまだ追加料金がありません。［カタログ］タブの［追加項目］で（［新規項目…］）追加してから、ここで会社に追加してください。</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="336"/>
        <source>No recurring extra runs for this company on this day: there is nothing to end.</source>
        <translation>この日、この会社に有効な定期追加料金はありません。終了できるものはありません。</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="459"/>
        <source>%1: choose another plan or another kind of change.</source>
        <translation>%1。別のプランか、別の種類の変更を選んでください。</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="468"/>
        <source>The catalogue has no amount for %1 in %2: type the amount to charge.</source>
        <translation>カタログには %1 の %2 での金額がありません。請求する金額を入力してください。</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="469"/>
        <source>Type the amount to charge, in %2.</source>
        <translation>請求する金額を %2 で入力してください。</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="483"/>
        <source>Working out the next invoice…</source>
        <translation>次回の請求書を計算中…</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="500"/>
        <source>Saving records: %1.</source>
        <translation>記録内容：%1。</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="503"/>
        <source>The next invoice cannot be worked out yet: %1</source>
        <translation>次回の請求書はまだ計算できません：%1</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="505"/>
        <source>The change can be saved, but billing needs what is said above.</source>
        <translation>変更は保存できますが、請求には上記の対応が必要です。</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="519"/>
        <source>This change cannot be recorded as it stands: see the reason above.</source>
        <translation>この変更はこのままでは記録できません。上の理由を確認してください。</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="580"/>
        <source>Saving…</source>
        <translation>保存中…</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="594"/>
        <source>Nothing was saved.</source>
        <translation>何も保存されていません。</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/change_dialog.py" line="600"/>
        <source>Change recorded: %1</source>
        <translation>変更を記録しました：%1</translation>
    </message>
</context>
<context>
    <name>ChangedNotice</name>
    <message>
        <location filename="../ui/tenants/forms/changed_notice.py" line="71"/>
        <source>Hide this notice</source>
        <translation>この通知を隠す</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/changed_notice.py" line="72"/>
        <source>&amp;Reload</source>
        <translation>再読み込み(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/changed_notice.py" line="75"/>
        <source>Someone else deleted or moved this record after you opened it.</source>
        <translation>このレコードは、開いた後に他の人によって削除または移動されました。</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/changed_notice.py" line="76"/>
        <source>It can no longer be saved here.</source>
        <translation>ここでは保存できなくなりました。</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/changed_notice.py" line="78"/>
        <source>Someone else changed this record after you opened it.</source>
        <translation>このレコードは、開いた後に他の人によって変更されました。</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/changed_notice.py" line="79"/>
        <source>Their change:</source>
        <translation>相手の変更:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/changed_notice.py" line="80"/>
        <source>Your edits stay as typed. Reload shows their version instead of what you typed.</source>
        <translation>入力した内容はそのまま残ります。「再読み込み」を押すと、入力内容の代わりに相手の版が表示されます。</translation>
    </message>
</context>
<context>
    <name>CollectionView</name>
    <message>
        <location filename="../ui/payments/collection_view.py" line="166"/>
        <source>Folder for the bank files</source>
        <translation>銀行ファイルのフォルダー</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="187"/>
        <source>Counting what is open…</source>
        <translation>未回収分を集計中…</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="205"/>
        <source>Nothing to collect up to %1.</source>
        <translation>%1 までに回収するものはありません。</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="209"/>
        <source>Choose a folder for the bank files first.</source>
        <translation>先に銀行ファイルのフォルダーを選んでください。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/payments/collection_view.py" line="217"/>
        <source>Collect %Ln invoice(s) issued up to %1, %2 in all?</source>
        <translation>
            <numerusform>%1 までに発行された請求書 %Ln 件、合計 %2 を回収しますか？</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="221"/>
        <source>Nothing to collect up to %1. Apply the customers&apos; credit to the invoices it settles?</source>
        <translation>%1 までに回収するものはありません。顧客のクレジットを、それで精算できる請求書に充当しますか？</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/payments/collection_view.py" line="225"/>
        <source>%Ln settled by the customers&apos; credit first, not collected.</source>
        <translation>
            <numerusform>%Ln 件は先に顧客のクレジットで精算され、回収しません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/payments/collection_view.py" line="228"/>
        <source>%Ln charged to a saved card now.</source>
        <translation>
            <numerusform>%Ln 件を保存済みカードに今すぐ請求します。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/payments/collection_view.py" line="230"/>
        <source>%Ln debited on %1, in bank file(s) written to %2.</source>
        <translation>
            <numerusform>%Ln 件を %1 に口座振替します（銀行ファイルは %2 に保存）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="237"/>
        <source>Collect payments</source>
        <translation>支払いの回収</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="238"/>
        <source>&amp;Collect</source>
        <translation>回収(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="259"/>
        <source>Asking the processors about charges left unanswered…</source>
        <translation>応答のなかった請求を決済代行会社に確認中…</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="267"/>
        <source>Stopping after the payment being collected now…</source>
        <translation>処理中の支払いの後で停止します…</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="279"/>
        <source>Collecting: %1 of %2 done</source>
        <translation>回収中: %2 件中 %1 件完了</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="282"/>
        <source>writing the SEPA file</source>
        <translation>SEPAファイルを作成中</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="282"/>
        <source>writing the ACH file</source>
        <translation>ACHファイルを作成中</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="285"/>
        <source>(charging %1)</source>
        <translation>（%1 を請求中）</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="295"/>
        <source>Collection cancelled.</source>
        <translation>回収を中止しました。</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="296"/>
        <source>Collection finished.</source>
        <translation>回収が完了しました。</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="307"/>
        <source>The collection stopped.</source>
        <translation>回収が止まりました。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/payments/collection_view.py" line="315"/>
        <source>%Ln invoice(s) left alone: no saved card, mandate or authorisation.</source>
        <translation>
            <numerusform>請求書 %Ln 件は対象外: 保存済みカード、マンデート、承認がありません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/payments/collection_view.py" line="318"/>
        <source>%Ln invoice(s) left alone: payment collection is switched off for their issuer.</source>
        <translation>
            <numerusform>請求書 %Ln 件は対象外: 発行元の支払い回収がオフです。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/payments/collection_view.py" line="325"/>
        <source>%Ln invoice(s) collected, %1.</source>
        <translation>
            <numerusform>請求書 %Ln 件を回収しました（%1）。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="327"/>
        <source>Nothing was collected.</source>
        <translation>何も回収されませんでした。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/payments/collection_view.py" line="330"/>
        <source>%Ln of them by direct debit: upload the bank file(s) below to the bank.</source>
        <translation>
            <numerusform>うち %Ln 件は口座振替です。下の銀行ファイルを銀行にアップロードしてください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/payments/collection_view.py" line="333"/>
        <source>%Ln to follow up: see the list below.</source>
        <translation>
            <numerusform>要対応 %Ln 件: 下の一覧を参照してください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/payments/collection_view.py" line="336"/>
        <source>%Ln invoice(s) settled by the customers&apos; credit (%1), not collected.</source>
        <translation>
            <numerusform>請求書 %Ln 件を顧客のクレジットで精算しました（%1）。回収はしていません。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="343"/>
        <source>Cancelled: what was collected stays collected; the rest is collected by the next run.</source>
        <translation>中止しました。回収済みの分はそのままです。残りは次回の実行で回収されます。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/payments/collection_view.py" line="354"/>
        <source>%Ln bank file(s) written to %1: %2</source>
        <translation>
            <numerusform>銀行ファイル %Ln 件を %1 に保存しました: %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="361"/>
        <source>To follow up (%1)</source>
        <translation>要対応 (%1)</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="383"/>
        <source>%1 has no account in %2.</source>
        <translation>%1 には %2 の口座がありません。</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="392"/>
        <source>Collects the issued, open invoices of customers with a saved card (charged now through the processor) or a SEPA mandate or ACH authorisation (a bank file to upload to the bank). Issuers with payment collection switched off are left alone. Nothing is ever charged twice.</source>
        <translation>保存済みカード（決済代行会社を通じて今すぐ請求）またはSEPAマンデート・ACH承認（銀行にアップロードする銀行ファイル）のある顧客の、発行済みで未払いの請求書を回収します。支払い回収がオフの発行元は対象外です。二重に請求されることはありません。</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="395"/>
        <source>Invoices issued &amp;up to:</source>
        <translation>発行日の上限(&amp;U):</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="396"/>
        <source>Direct debits &amp;due on:</source>
        <translation>口座振替日(&amp;D):</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="397"/>
        <source>Bank files &amp;in:</source>
        <translation>銀行ファイルの保存先(&amp;I):</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="398"/>
        <source>No folder chosen</source>
        <translation>フォルダー未選択</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="399"/>
        <source>C&amp;hoose…</source>
        <translation>選択(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="400"/>
        <source>&amp;Collect…</source>
        <translation>回収(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="401"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="402"/>
        <source>&amp;Open folder</source>
        <translation>フォルダーを開く(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_view.py" line="403"/>
        <source>Show the customer&apos;s &amp;account</source>
        <translation>顧客の口座を表示(&amp;A)</translation>
    </message>
</context>
<context>
    <name>CompanyChanges</name>
    <message>
        <location filename="../ui/tenants/changes/company_changes.py" line="124"/>
        <source>Change #%1 undone.</source>
        <translation>変更 #%1 を取り消しました。</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/company_changes.py" line="141"/>
        <source>%1, dated %2</source>
        <translation>%1（%2 付け）</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/company_changes.py" line="149"/>
        <source>Record a &amp;change…</source>
        <translation>変更を記録(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/company_changes.py" line="150"/>
        <source>Subscribe, change a quantity or plan, cancel, assign a user, add an extra (%1)</source>
        <translation>契約、数量・プランの変更、解約、ユーザーの割り当て、追加料金の追加（%1）</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/company_changes.py" line="153"/>
        <source>&amp;Undo this change…</source>
        <translation>この変更を取り消す(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/company_changes.py" line="154"/>
        <source>Record the change that takes back the selected one (%1)</source>
        <translation>選択した変更を打ち消す変更を記録（%1）</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/company_changes.py" line="156"/>
        <source>Change term or billing &amp;day…</source>
        <translation>請求周期・請求日を変更(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/company_changes.py" line="157"/>
        <source>Bill monthly, quarterly, half-yearly or yearly, or on another day; it takes effect at a billing boundary</source>
        <translation>毎月・四半期・半年・毎年の請求、または別の請求日に変更。請求期間の区切りで有効になります</translation>
    </message>
</context>
<context>
    <name>CompanyDialog</name>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="42"/>
        <source>New company</source>
        <translation>新規会社</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="42"/>
        <source>Edit company %1</source>
        <translation>会社 %1 を編集</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="55"/>
        <source>Monthly</source>
        <translation>毎月</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="55"/>
        <source>Quarterly</source>
        <translation>四半期ごと</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="56"/>
        <source>Half-yearly</source>
        <translation>半年ごと</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="56"/>
        <source>Yearly</source>
        <translation>毎年</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="59"/>
        <source>Standard</source>
        <translation>標準</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="60"/>
        <source>Reverse charge (0 %)</source>
        <translation>リバースチャージ（0 %）</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="61"/>
        <source>Exempt (0 %)</source>
        <translation>非課税（0 %）</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="64"/>
        <source>Anniversary of signup</source>
        <translation>契約開始日と同じ日</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="65"/>
        <source>Day %1 of each month</source>
        <translation>毎月%1日</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="72"/>
        <source>Changes from a date on: record it in the company&apos;s history.</source>
        <translation>日付を指定して変更します：会社の履歴に記録してください。</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="74"/>
        <source>&amp;Code:</source>
        <translation>コード(&amp;C):</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="75"/>
        <source>Never changes once the company exists.</source>
        <translation>会社の作成後は変更できません。</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="77"/>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="79"/>
        <source>None: a direct customer of the hoster</source>
        <translation>なし：ホスティング事業者の直接顧客</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="81"/>
        <source>&amp;Reseller:</source>
        <translation>再販業者(&amp;R):</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="82"/>
        <source>Moving a company is a dated move, not an edit.</source>
        <translation>会社の移管は日付付きの移管操作で行い、編集では変更できません。</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="87"/>
        <source>C&amp;urrency:</source>
        <translation>通貨(&amp;U):</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="89"/>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="91"/>
        <source>The language of the company&apos;s invoices</source>
        <translation>会社の請求書の言語</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="92"/>
        <source>&amp;Billing day:</source>
        <translation>請求日(&amp;B):</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="94"/>
        <source>&amp;Term:</source>
        <translation>請求周期(&amp;T):</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="95"/>
        <source>How many months one invoice bills in advance</source>
        <translation>1 通の請求書で前払い請求する月数</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="96"/>
        <source>Si&amp;gned up:</source>
        <translation>契約開始日(&amp;G):</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="97"/>
        <source>Never changes: billing starts from it.</source>
        <translation>変更できません：請求はこの日から始まります。</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="98"/>
        <source>&amp;Invoices go:</source>
        <translation>請求書の送付(&amp;I):</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="100"/>
        <source>&amp;Email:</source>
        <translation>メール(&amp;E):</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="103"/>
        <source>Ta&amp;x ID:</source>
        <translation>税番号(&amp;X):</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="105"/>
        <source>Tax treat&amp;ment:</source>
        <translation>課税区分(&amp;M):</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="107"/>
        <source>Own tax r&amp;ate (%):</source>
        <translation>独自税率（%）(&amp;A):</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="108"/>
        <source>Leave blank for the issuer&apos;s rate.</source>
        <translation>空欄の場合は発行者の税率を使います。</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="181"/>
        <source>Company %1 signed up.</source>
        <translation>会社 %1 を登録しました。</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/company_dialog.py" line="181"/>
        <source>Company %1 saved.</source>
        <translation>会社 %1 を保存しました。</translation>
    </message>
</context>
<context>
    <name>CompanyPricesBox</name>
    <message numerus="yes">
        <location filename="../ui/tenants/company_prices.py" line="314"/>
        <source>%Ln of its plan(s) without a price (tinted)</source>
        <translation>
            <numerusform>価格のないプラン %Ln 件（色付き）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="322"/>
        <source>End the own price of %1 from a day on: from then the company pays its seller&apos;s price.</source>
        <translation>%1 の個別価格を指定日から終了します。その日から会社は販売元の価格を支払います。</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="325"/>
        <source>Select a plan with an own price to end it from a day on.</source>
        <translation>個別価格のあるプランを選ぶと、指定日から終了できます。</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="339"/>
        <source>%1: own price ended from %2; it pays its seller&apos;s price, %3.</source>
        <translation>%1：個別価格を %2 から終了しました。販売元の価格 %3 を支払います。</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="347"/>
        <source>%1: own price set to %2 from %3.</source>
        <translation>%1：%3 から個別価格を %2 に設定しました。</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="351"/>
        <source>%1: own price in force since %2 removed.</source>
        <translation>%1：%2 から有効な個別価格を削除しました。</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="355"/>
        <source>Remove own price</source>
        <translation>個別価格を削除</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="362"/>
        <source>Prices in %1</source>
        <translation>%1 での価格</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="362"/>
        <source>Prices</source>
        <translation>価格</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="365"/>
        <source>Prices on, and changes from:</source>
        <translation>価格の基準日・変更開始日:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="367"/>
        <source>Double-click an own price to set one for this company.</source>
        <translation>個別価格をダブルクリックして、この会社の価格を設定します。</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="368"/>
        <source>End own price from…</source>
        <translation>個別価格を終了…</translation>
    </message>
</context>
<context>
    <name>CompanyPricesModel</name>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="123"/>
        <source>always</source>
        <translation>常に</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="129"/>
        <source>Plan</source>
        <translation>プラン</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="129"/>
        <source>Billed</source>
        <translation>請求方法</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="129"/>
        <source>Seller&apos;s price</source>
        <translation>販売元の価格</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="130"/>
        <source>Own price</source>
        <translation>個別価格</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="130"/>
        <source>Pays</source>
        <translation>支払額</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="148"/>
        <source>What the company&apos;s seller charges its companies.</source>
        <translation>この会社の販売元が自社の会社に請求する価格。</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="149"/>
        <source>A price for this company only; it comes before the seller&apos;s price.</source>
        <translation>この会社専用の価格。販売元の価格より優先されます。</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="150"/>
        <source>What billing charges this company per unit.</source>
        <translation>この会社に請求される単価。</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="166"/>
        <source>ended %1</source>
        <translation>%1 に終了</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="189"/>
        <source>The company has this plan.</source>
        <translation>この会社はこのプランを利用中です。</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="193"/>
        <source>Its own price ended on %1: it pays its seller&apos;s price, with the seller&apos;s later changes. Double-click to give it an own price again from the chosen day on.</source>
        <translation>個別価格は %1 に終了しました: 販売者の価格（その後の変更を含む）を支払います。ダブルクリックすると、選んだ日から再び個別価格を設定できます。</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="197"/>
        <source>Double-click to give this company its own price from the chosen day on.</source>
        <translation>ダブルクリックして、選択日からこの会社に個別価格を設定します。</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="199"/>
        <source>Its own price since %1. Type an amount to change it from the chosen day on; clear it to remove it.</source>
        <translation>%1 からの個別価格。金額を入力すると選択日から変更、空にすると削除します。</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="202"/>
        <source>No price in %1: the company cannot be billed for this plan. Give it its own price, or set its seller&apos;s price in Prices.</source>
        <translation>%1 の価格がありません：この会社にこのプランを請求できません。個別価格を設定するか、「価格」で販売元の価格を設定してください。</translation>
    </message>
    <message>
        <location filename="../ui/tenants/company_prices.py" line="232"/>
        <source>Remove the own price of %1 for %2, in force since %3? Invoices already written keep it; periods billed from now on take the price that then applies.</source>
        <translation>%3 から有効な %2 の %1 の個別価格を削除しますか？ 作成済みの請求書はそのままで、今後請求される期間にはその時点の価格が適用されます。</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="119"/>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="168"/>
        <source>Nothing selected</source>
        <translation>未選択</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="169"/>
        <source>Pick a reseller, a company or a user in the tree, or search for one above it (Ctrl+F).</source>
        <translation>ツリーで再販業者・会社・ユーザーを選ぶか、上の検索欄で検索してください（Ctrl+F）。</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="202"/>
        <source>Hoster</source>
        <translation>ホスティング事業者</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="203"/>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="204"/>
        <location filename="../ui/tenants/detail_panel.py" line="230"/>
        <location filename="../ui/tenants/detail_panel.py" line="248"/>
        <location filename="../ui/tenants/detail_panel.py" line="262"/>
        <source>Email:</source>
        <translation>メール:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="205"/>
        <location filename="../ui/tenants/detail_panel.py" line="231"/>
        <location filename="../ui/tenants/detail_panel.py" line="249"/>
        <source>Address:</source>
        <translation>住所:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="206"/>
        <location filename="../ui/tenants/detail_panel.py" line="232"/>
        <location filename="../ui/tenants/detail_panel.py" line="250"/>
        <source>Tax ID:</source>
        <translation>税番号:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="207"/>
        <location filename="../ui/tenants/detail_panel.py" line="226"/>
        <location filename="../ui/tenants/detail_panel.py" line="242"/>
        <source>Language:</source>
        <translation>言語:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="208"/>
        <source>Currencies:</source>
        <translation>通貨:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="209"/>
        <source>Resellers:</source>
        <translation>再販業者:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="210"/>
        <location filename="../ui/tenants/detail_panel.py" line="218"/>
        <location filename="../ui/tenants/detail_panel.py" line="229"/>
        <source>Companies:</source>
        <translation>会社:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="210"/>
        <source>%1 (%2 billed directly)</source>
        <translation>%1（うち直接請求 %2）</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="212"/>
        <location filename="../ui/tenants/detail_panel.py" line="246"/>
        <source>Users:</source>
        <translation>ユーザー:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="215"/>
        <source>Direct customers</source>
        <translation>直接顧客</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="216"/>
        <source>Companies %1 invoices itself, without a reseller</source>
        <translation>%1 が再販業者を介さず直接請求する会社</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="217"/>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="222"/>
        <source>Reseller · code %1</source>
        <translation>再販業者 · コード %1</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="223"/>
        <location filename="../ui/tenants/detail_panel.py" line="238"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="224"/>
        <source>Billing:</source>
        <translation>請求:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="225"/>
        <location filename="../ui/tenants/detail_panel.py" line="241"/>
        <source>Currency:</source>
        <translation>通貨:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="227"/>
        <source>Billing day:</source>
        <translation>請求日:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="228"/>
        <location filename="../ui/tenants/detail_panel.py" line="245"/>
        <source>Signed up:</source>
        <translation>契約開始日:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="236"/>
        <source>direct customer of the hoster</source>
        <translation>ホスティング事業者の直接顧客</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="237"/>
        <source>Company · code %1 · %2</source>
        <translation>会社 · コード %1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="239"/>
        <source>Customer code:</source>
        <translation>顧客コード:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="240"/>
        <source>Reseller:</source>
        <translation>再販業者:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="240"/>
        <source>None (billed by the hoster)</source>
        <translation>なし（ホスティング事業者が請求）</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="243"/>
        <source>Billing term today:</source>
        <translation>現在の請求周期:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="244"/>
        <source>Billing day today:</source>
        <translation>現在の請求日:</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/tenants/detail_panel.py" line="271"/>
        <source>Change history (%Ln event(s), newest first)</source>
        <translation>
            <numerusform>変更履歴（%Ln 件、新しい順）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="247"/>
        <source>Invoices go:</source>
        <translation>請求書の送付:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="251"/>
        <source>Tax:</source>
        <translation>税:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="259"/>
        <source>User · %1</source>
        <translation>ユーザー · %1</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="260"/>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="261"/>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="263"/>
        <source>Company:</source>
        <translation>会社:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="268"/>
        <source>Current subscriptions</source>
        <translation>現在の契約</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="269"/>
        <source>Assigned plans</source>
        <translation>割り当て済みプラン</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_panel.py" line="272"/>
        <source>Change history</source>
        <translation>変更履歴</translation>
    </message>
</context>
<context>
    <name>EndOwnPriceDialog</name>
    <message>
        <location filename="../ui/tenants/end_own_price.py" line="31"/>
        <source>End own price of %1</source>
        <translation>%1 の個別価格を終了</translation>
    </message>
    <message>
        <location filename="../ui/tenants/end_own_price.py" line="34"/>
        <source>Own price %1, in force since %2.</source>
        <translation>個別価格 %1（%2 から有効）。</translation>
    </message>
    <message>
        <location filename="../ui/tenants/end_own_price.py" line="36"/>
        <source>always</source>
        <translation>常に</translation>
    </message>
    <message>
        <location filename="../ui/tenants/end_own_price.py" line="40"/>
        <source>&amp;End from:</source>
        <translation>終了日(&amp;E):</translation>
    </message>
    <message>
        <location filename="../ui/tenants/end_own_price.py" line="41"/>
        <source>From this day the company pays its seller&apos;s price; the days before keep the own price. A day already billed cannot be chosen.</source>
        <translation>この日から会社は販売元の価格を支払います。それより前の日は個別価格のままです。請求済みの日は選べません。</translation>
    </message>
    <message>
        <location filename="../ui/tenants/end_own_price.py" line="45"/>
        <source>End own price</source>
        <translation>個別価格を終了</translation>
    </message>
    <message>
        <location filename="../ui/tenants/end_own_price.py" line="46"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>ExplainPanel</name>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="84"/>
        <source>The explanation could not be worked out.</source>
        <translation>説明を計算できませんでした。</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="87"/>
        <source>Working out the explanation…</source>
        <translation>説明を計算中…</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="116"/>
        <location filename="../ui/invoices/explain_panel.py" line="248"/>
        <source>Select a line to see how its amount was worked out.</source>
        <translation>行を選択すると、金額の計算方法が表示されます。</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="145"/>
        <source>no price</source>
        <translation>価格なし</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="143"/>
        <location filename="../ui/invoices/explain_panel.py" line="148"/>
        <source>from %1</source>
        <translation>%1 から</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="143"/>
        <source>own price ended</source>
        <translation>個別価格は終了</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="149"/>
        <source>always</source>
        <translation>常に</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="150"/>
        <source>← applied</source>
        <translation>← 適用</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="159"/>
        <source>Company&apos;s own price</source>
        <translation>会社の個別価格</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="160"/>
        <source>Retail</source>
        <translation>小売</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="161"/>
        <source>Reseller&apos;s own wholesale</source>
        <translation>再販業者の個別卸売価格</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="162"/>
        <source>Wholesale</source>
        <translation>卸売</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="168"/>
        <source>Billed in advance for the period {start} to {end}.</source>
        <translation>{start}～{end} の期間分を前払いで請求。</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="169"/>
        <source>A change on {day}: {days} of the {period_days} days of the period {period_start} to {period_end}.</source>
        <translation>{day} の変更：期間 {period_start}～{period_end} の {period_days} 日中 {days} 日。</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="171"/>
        <source>{start} to {end} is not one billing period of the company as its billing days fall today.</source>
        <translation>{start}～{end} は、現在の請求日に基づく会社の請求期間ではありません。</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="173"/>
        <source>One-off extra: {event}.</source>
        <translation>一回限りの追加料金：{event}。</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="174"/>
        <source>Recurring extra: {event}.</source>
        <translation>定期追加料金：{event}。</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="175"/>
        <source>The minimum charge is {minimum}: the charges came to {subtotal}, topped up by {top_up}.</source>
        <translation>最低請求額は {minimum}：請求額の合計 {subtotal} に {top_up} を補填。</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="177"/>
        <source>Typed by hand by {actor} on {at}.</source>
        <translation>{at} に {actor} が手入力。</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="178"/>
        <source>Typed by hand (the audit log does not say by whom).</source>
        <translation>手入力（監査ログに入力者の記録なし）。</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="179"/>
        <source>Corrects the period {period_start} to {period_end}, billed on {invoice}.</source>
        <translation>{invoice} で請求した期間 {period_start}～{period_end} の訂正。</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="180"/>
        <source>Because of a change recorded after that invoice: {event}.</source>
        <translation>その請求書の後に記録された変更によるもの：{event}。</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="181"/>
        <source>Price in force on {day}, layer by layer:</source>
        <translation>{day} 時点の価格（階層ごと）:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="182"/>
        <source>The reseller&apos;s cost on {day}, layer by layer:</source>
        <translation>{day} 時点の再販業者の原価（階層ごと）:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="183"/>
        <source>{monthly} a month for a term of {months} months: {unit_price}.</source>
        <translation>月額 {monthly} × 請求周期 {months} か月：{unit_price}。</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="184"/>
        <source>{quantity} × {unit_price} × {days}/{period_days} = {exact} → {rounded}</source>
        <translation>{quantity} × {unit_price} × {days}/{period_days} = {exact} → {rounded}</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="185"/>
        <source>{quantity} × {unit_price} = {exact} → {rounded}</source>
        <translation>{quantity} × {unit_price} = {exact} → {rounded}</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="186"/>
        <source>Rounded once, half-up, to {digits} decimal(s): rounding difference {difference}</source>
        <translation>小数 {digits} 桁に一度だけ四捨五入：端数差額 {difference}</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="188"/>
        <source>The reseller&apos;s cost for this line is {cost}; its margin {margin}.</source>
        <translation>この行の再販業者の原価は {cost}、マージンは {margin}。</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="189"/>
        <source>The price matrix changed since: billed at {billed} ({billed_price} a unit), today&apos;s prices give {today} ({today_price} a unit).</source>
        <translation>その後価格表が変更されました：請求額 {billed}（単価 {billed_price}）、現在の価格では {today}（単価 {today_price}）。</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="191"/>
        <source>No layer has a price for {day} today: the price matrix changed since.</source>
        <translation>現在、{day} の価格を持つ階層はありません：その後価格表が変更されました。</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="204"/>
        <source>someone</source>
        <translation>不明なユーザー</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="233"/>
        <source>quantity %1</source>
        <translation>数量 %1</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="236"/>
        <source>%1, dated %2</source>
        <translation>%1（%2 付け）</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="238"/>
        <source>, recorded %1</source>
        <translation>、%1 に記録</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="240"/>
        <source> by %1</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <location filename="../ui/invoices/explain_panel.py" line="244"/>
        <source>Why this amount</source>
        <translation>この金額の内訳</translation>
    </message>
</context>
<context>
    <name>ExtraDialog</name>
    <message>
        <location filename="../ui/catalogue/extra_dialog.py" line="50"/>
        <source>New extra item</source>
        <translation>新規追加項目</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/extra_dialog.py" line="50"/>
        <source>Edit extra item %1</source>
        <translation>追加項目 %1 を編集</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/extra_dialog.py" line="64"/>
        <source>&amp;Code:</source>
        <translation>コード(&amp;C):</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/extra_dialog.py" line="65"/>
        <source>An item&apos;s code never changes: extras recorded from it keep it.</source>
        <translation>項目のコードは変更できません：この項目から登録した追加料金はコードを保持します。</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/extra_dialog.py" line="67"/>
        <source>&amp;Charged:</source>
        <translation>請求方法(&amp;C):</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/extra_dialog.py" line="68"/>
        <source>Once (one-off)</source>
        <translation>1 回（一回限り）</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/extra_dialog.py" line="68"/>
        <source>Every period until ended (recurring)</source>
        <translation>終了まで毎期間（定期）</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/extra_dialog.py" line="73"/>
        <source>Default in %1:</source>
        <translation>%1 の既定額:</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/extra_dialog.py" line="74"/>
        <source>Written as %1; blank: no default in that currency. A clerk can change the amount when adding the extra.</source>
        <translation>%1 の形式で入力。空欄：その通貨の既定額なし。追加料金を追加する際に金額を変更できます。</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/extra_dialog.py" line="78"/>
        <source>Name in %1:</source>
        <translation>名前（%1）:</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/extra_dialog.py" line="93"/>
        <source>Recurring</source>
        <translation>定期</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/extra_dialog.py" line="93"/>
        <source>Default amounts</source>
        <translation>既定額</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/extra_dialog.py" line="94"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/extra_dialog.py" line="94"/>
        <source>Retired from</source>
        <translation>廃止日</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/extra_dialog.py" line="133"/>
        <source>Extra item %1 added.</source>
        <translation>追加項目 %1 を追加しました。</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/extra_dialog.py" line="133"/>
        <source>Extra item %1 saved.</source>
        <translation>追加項目 %1 を保存しました。</translation>
    </message>
</context>
<context>
    <name>ExtrasPage</name>
    <message numerus="yes">
        <location filename="../ui/catalogue/editor.py" line="232"/>
        <source>%1 of %Ln item(s) shown</source>
        <translation>
            <numerusform>%Ln 件中 %1 件の項目を表示</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="235"/>
        <source>Show &amp;retired</source>
        <translation>廃止済みを表示(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="236"/>
        <source>Find an item by code or name</source>
        <translation>コードまたは名前で項目を検索</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="237"/>
        <source>Extras a clerk adds to a company or one of its users: the item gives the name on the invoice and a default amount per currency, which the clerk may change.</source>
        <translation>会社またはそのユーザーに追加する料金：項目は請求書に記載される名前と通貨ごとの既定額を決めます（金額は変更可能）。</translation>
    </message>
</context>
<context>
    <name>FollowUpModel</name>
    <message>
        <location filename="../ui/payments/collection_model.py" line="43"/>
        <source>Customer</source>
        <translation>顧客</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_model.py" line="43"/>
        <source>Invoice</source>
        <translation>請求書</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_model.py" line="43"/>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_model.py" line="43"/>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <location filename="../ui/payments/collection_model.py" line="44"/>
        <source>Why it was not collected</source>
        <translation>回収できなかった理由</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../ui/tenants/detail_models.py" line="187"/>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_models.py" line="187"/>
        <source>Change</source>
        <translation>変更</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_models.py" line="187"/>
        <source>Plan or item</source>
        <translation>プラン・項目</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_models.py" line="187"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_models.py" line="188"/>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_models.py" line="188"/>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_models.py" line="196"/>
        <source>Recurring extra charge</source>
        <translation>定期追加料金</translation>
    </message>
</context>
<context>
    <name>InvoiceBrowser</name>
    <message numerus="yes">
        <location filename="../ui/invoices/browser.py" line="140"/>
        <source>%Ln invoice(s)</source>
        <translation>
            <numerusform>請求書 %Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/invoices/browser.py" line="142"/>
        <source>%1 of %Ln invoice(s) shown; scroll for more</source>
        <translation>
            <numerusform>請求書 %Ln 件中 %1 件を表示中（スクロールで続きを表示）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/invoices/browser.py" line="145"/>
        <source>First %Ln invoice(s) shown; scroll for more</source>
        <translation>
            <numerusform>最初の %Ln 件の請求書を表示中（スクロールで続きを表示）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/invoices/browser.py" line="196"/>
        <source>Manual draft #%1 created.</source>
        <translation>手動の下書き #%1 を作成しました。</translation>
    </message>
    <message>
        <location filename="../ui/invoices/browser.py" line="202"/>
        <source>&amp;New manual invoice…</source>
        <translation>新規手動請求書(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../ui/invoices/browser.py" line="203"/>
        <source>Reload</source>
        <translation>再読み込み</translation>
    </message>
</context>
<context>
    <name>InvoiceDesigner</name>
    <message>
        <location filename="../ui/designer/designer.py" line="82"/>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <location filename="../ui/designer/designer.py" line="84"/>
        <source>Redo</source>
        <translation>やり直す</translation>
    </message>
    <message>
        <location filename="../ui/designer/designer.py" line="140"/>
        <source>Standard</source>
        <translation>標準</translation>
    </message>
    <message>
        <location filename="../ui/designer/designer.py" line="148"/>
        <source> (default)</source>
        <translation>（既定）</translation>
    </message>
    <message>
        <location filename="../ui/designer/designer.py" line="150"/>
        <source>%1 (not saved yet)</source>
        <translation>%1（未保存）</translation>
    </message>
    <message>
        <location filename="../ui/designer/designer.py" line="175"/>
        <location filename="../ui/designer/designer.py" line="336"/>
        <source>Invoice designer</source>
        <translation>請求書デザイナー</translation>
    </message>
    <message>
        <location filename="../ui/designer/designer.py" line="176"/>
        <source>This template has changes that are not saved. Discard them?</source>
        <translation>このテンプレートには保存されていない変更があります。破棄しますか？</translation>
    </message>
    <message>
        <location filename="../ui/designer/designer.py" line="185"/>
        <source>New template</source>
        <translation>新規テンプレート</translation>
    </message>
    <message>
        <location filename="../ui/designer/designer.py" line="187"/>
        <source>New template %1</source>
        <translation>新規テンプレート %1</translation>
    </message>
    <message>
        <location filename="../ui/designer/designer.py" line="204"/>
        <source>The page shows the last valid settings: correct the fields marked on the left.</source>
        <translation>ページには最後の有効な設定が表示されています：左側でマークされた項目を修正してください。</translation>
    </message>
    <message>
        <location filename="../ui/designer/designer.py" line="252"/>
        <source>Save as</source>
        <translation>名前を付けて保存</translation>
    </message>
    <message>
        <location filename="../ui/designer/designer.py" line="252"/>
        <source>Name of the new template:</source>
        <translation>新しいテンプレートの名前:</translation>
    </message>
    <message>
        <location filename="../ui/designer/designer.py" line="253"/>
        <source>%1 (copy)</source>
        <translation>%1（コピー）</translation>
    </message>
    <message>
        <location filename="../ui/designer/designer.py" line="281"/>
        <source>Saved “%1” (version %2).</source>
        <translation>「%1」を保存しました（バージョン %2）。</translation>
    </message>
    <message>
        <location filename="../ui/designer/designer.py" line="303"/>
        <source>Not saved.</source>
        <translation>保存されていません。</translation>
    </message>
    <message>
        <location filename="../ui/designer/designer.py" line="313"/>
        <source>“%1” is now the default.</source>
        <translation>「%1」を既定にしました。</translation>
    </message>
    <message>
        <location filename="../ui/designer/designer.py" line="327"/>
        <source>New template, not saved yet</source>
        <translation>新規テンプレート（未保存）</translation>
    </message>
    <message>
        <location filename="../ui/designer/designer.py" line="329"/>
        <source>Version %1</source>
        <translation>バージョン %1</translation>
    </message>
    <message>
        <location filename="../ui/designer/designer.py" line="331"/>
        <source>, the default</source>
        <translation>、既定</translation>
    </message>
    <message>
        <location filename="../ui/designer/designer.py" line="333"/>
        <source>, changed since saved</source>
        <translation>、保存後に変更あり</translation>
    </message>
    <message>
        <location filename="../ui/designer/designer.py" line="344"/>
        <source>Issuer </source>
        <translation>発行者 </translation>
    </message>
    <message>
        <location filename="../ui/designer/designer.py" line="345"/>
        <source>Template </source>
        <translation>テンプレート </translation>
    </message>
    <message>
        <location filename="../ui/designer/designer.py" line="346"/>
        <source>&amp;New</source>
        <translation>新規(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/designer/designer.py" line="347"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/designer/designer.py" line="348"/>
        <source>Save &amp;as…</source>
        <translation>名前を付けて保存(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../ui/designer/designer.py" line="349"/>
        <source>Make &amp;default</source>
        <translation>既定にする(&amp;D)</translation>
    </message>
</context>
<context>
    <name>InvoiceFilterBar</name>
    <message>
        <location filename="../ui/invoices/filter_bar.py" line="64"/>
        <source>Anyone</source>
        <translation>すべて</translation>
    </message>
    <message>
        <location filename="../ui/invoices/filter_bar.py" line="98"/>
        <source>&amp;Status:</source>
        <translation>状態(&amp;S):</translation>
    </message>
    <message>
        <location filename="../ui/invoices/filter_bar.py" line="99"/>
        <source>Issued &amp;by:</source>
        <translation>発行者(&amp;B):</translation>
    </message>
    <message>
        <location filename="../ui/invoices/filter_bar.py" line="100"/>
        <source>C&amp;ustomer:</source>
        <translation>顧客(&amp;U):</translation>
    </message>
    <message>
        <location filename="../ui/invoices/filter_bar.py" line="101"/>
        <source>code or name</source>
        <translation>コードまたは名前</translation>
    </message>
    <message>
        <location filename="../ui/invoices/filter_bar.py" line="102"/>
        <source>&amp;Period from:</source>
        <translation>期間(&amp;P):</translation>
    </message>
    <message>
        <location filename="../ui/invoices/filter_bar.py" line="103"/>
        <source>to:</source>
        <translation>～</translation>
    </message>
    <message>
        <location filename="../ui/invoices/filter_bar.py" line="105"/>
        <source>any</source>
        <translation>指定なし</translation>
    </message>
    <message>
        <location filename="../ui/invoices/filter_bar.py" line="106"/>
        <source>Clear filters</source>
        <translation>フィルターをクリア</translation>
    </message>
    <message>
        <location filename="../ui/invoices/filter_bar.py" line="110"/>
        <source>Any</source>
        <translation>すべて</translation>
    </message>
</context>
<context>
    <name>InvoiceLinesDialog</name>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="160"/>
        <source>Billed for %1 to %2</source>
        <translation>%1～%2 分の請求</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="172"/>
        <source>This line bills company %1</source>
        <translation>この行は会社 %1 への請求です</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="226"/>
        <source>Looking up %1…</source>
        <translation>%1 を検索中…</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="240"/>
        <source>Currency %1, tax %2 %</source>
        <translation>通貨 %1、税率 %2 %</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="269"/>
        <source>line %1</source>
        <translation>%1 行目</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="271"/>
        <source>description</source>
        <translation>説明</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="274"/>
        <source>line %1, quantity</source>
        <translation>%1 行目の数量</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="276"/>
        <source>quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="278"/>
        <source>line %1, unit price</source>
        <translation>%1 行目の単価</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="280"/>
        <source>unit price</source>
        <translation>単価</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="281"/>
        <source>line %1, tax rate</source>
        <translation>%1 行目の税率</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="299"/>
        <source>customer code</source>
        <translation>顧客コード</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="307"/>
        <source>New manual invoice</source>
        <translation>新規手動請求書</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="308"/>
        <source>Customer code:</source>
        <translation>顧客コード:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="309"/>
        <source>a company&apos;s or a reseller&apos;s code</source>
        <translation>会社または再販業者のコード</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="310"/>
        <source>Currency:</source>
        <translation>通貨:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="311"/>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="311"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="312"/>
        <source>Unit price</source>
        <translation>単価</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="312"/>
        <source>Tax rate (%)</source>
        <translation>税率（%）</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="313"/>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="313"/>
        <source>Company</source>
        <translation>会社</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="313"/>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="314"/>
        <source>&amp;Add line</source>
        <translation>行を追加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="315"/>
        <source>&amp;Remove line</source>
        <translation>行を削除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/invoices/manual_dialog.py" line="316"/>
        <source>The invoice is saved as a draft; issue it to give it a number. Unit prices take the currency&apos;s decimals; a negative price makes a discount line. A billed line keeps its amount; with another quantity or price it still bills the same share of its billing period (12 days of a 31-day month: quantity x price x 12/31).</source>
        <translation>請求書は下書きとして保存され、発行時に番号が付きます。単価は通貨の小数桁で入力し、負の価格は値引き行になります。請求済みの行は金額を保持します。数量または価格を変更しても、請求期間の同じ割合を請求します（31日の月のうち12日なら、数量 × 価格 × 12/31）。</translation>
    </message>
</context>
<context>
    <name>InvoiceLinesModel</name>
    <message>
        <location filename="../ui/invoices/lines_model.py" line="34"/>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../ui/invoices/lines_model.py" line="34"/>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <location filename="../ui/invoices/lines_model.py" line="34"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../ui/invoices/lines_model.py" line="34"/>
        <source>Unit price</source>
        <translation>単価</translation>
    </message>
    <message>
        <location filename="../ui/invoices/lines_model.py" line="35"/>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <location filename="../ui/invoices/lines_model.py" line="35"/>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
</context>
<context>
    <name>InvoiceListModel</name>
    <message>
        <location filename="../ui/invoices/list_model.py" line="43"/>
        <source>settled up to %1</source>
        <translation>%1 まで精算</translation>
    </message>
    <message>
        <location filename="../ui/invoices/list_model.py" line="54"/>
        <source>A settlement with the reseller: it takes every charge billed to the reseller&apos;s customers up to %1 that no earlier settlement took, whatever period the charge covers.</source>
        <translation>再販業者との精算です。%1 までに再販業者の顧客へ請求された料金のうち、以前の精算に含まれていないものをすべて含みます（対象期間は問いません）。</translation>
    </message>
    <message>
        <location filename="../ui/invoices/list_model.py" line="63"/>
        <source>Draft #%1</source>
        <translation>下書き #%1</translation>
    </message>
    <message>
        <location filename="../ui/invoices/list_model.py" line="64"/>
        <source>#%1 (no number)</source>
        <translation>#%1（番号なし）</translation>
    </message>
    <message>
        <location filename="../ui/invoices/list_model.py" line="196"/>
        <source>Number</source>
        <translation>番号</translation>
    </message>
    <message>
        <location filename="../ui/invoices/list_model.py" line="196"/>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../ui/invoices/list_model.py" line="196"/>
        <source>Customer</source>
        <translation>顧客</translation>
    </message>
    <message>
        <location filename="../ui/invoices/list_model.py" line="196"/>
        <source>Issued by</source>
        <translation>発行者</translation>
    </message>
    <message>
        <location filename="../ui/invoices/list_model.py" line="197"/>
        <source>Issue date</source>
        <translation>発行日</translation>
    </message>
    <message>
        <location filename="../ui/invoices/list_model.py" line="197"/>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <location filename="../ui/invoices/list_model.py" line="197"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../ui/invoices/list_model.py" line="197"/>
        <source>Total</source>
        <translation>合計</translation>
    </message>
</context>
<context>
    <name>InvoicePaymentsBox</name>
    <message>
        <location filename="../ui/payments/invoice_payments.py" line="135"/>
        <source>Nothing paid yet; %1 open.</source>
        <translation>まだ入金はありません。未払額 %1。</translation>
    </message>
    <message>
        <location filename="../ui/payments/invoice_payments.py" line="136"/>
        <source>No payments.</source>
        <translation>支払いはありません。</translation>
    </message>
    <message>
        <location filename="../ui/payments/invoice_payments.py" line="138"/>
        <source>%1 open of %2.</source>
        <translation>%2 のうち未払額 %1。</translation>
    </message>
    <message>
        <location filename="../ui/payments/invoice_payments.py" line="157"/>
        <source>Payment #%1 recorded.</source>
        <translation>支払い #%1 を記録しました。</translation>
    </message>
    <message>
        <location filename="../ui/payments/invoice_payments.py" line="161"/>
        <source>Payments</source>
        <translation>支払い</translation>
    </message>
    <message>
        <location filename="../ui/payments/invoice_payments.py" line="162"/>
        <source>Record &amp;payment…</source>
        <translation>入金を記録(&amp;P)…</translation>
    </message>
</context>
<context>
    <name>InvoicePaymentsModel</name>
    <message>
        <location filename="../ui/payments/invoice_payments.py" line="34"/>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location filename="../ui/payments/invoice_payments.py" line="34"/>
        <source>Paid by</source>
        <translation>支払元</translation>
    </message>
    <message>
        <location filename="../ui/payments/invoice_payments.py" line="34"/>
        <source>Reference</source>
        <translation>参照番号</translation>
    </message>
    <message>
        <location filename="../ui/payments/invoice_payments.py" line="34"/>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <location filename="../ui/payments/invoice_payments.py" line="60"/>
        <source>Credit note</source>
        <translation>クレジットノート</translation>
    </message>
    <message>
        <location filename="../ui/payments/invoice_payments.py" line="61"/>
        <source>Payment #%1 · %2</source>
        <translation>支払い #%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/payments/invoice_payments.py" line="63"/>
        <source> (reversed)</source>
        <translation>（取り消し済み）</translation>
    </message>
</context>
<context>
    <name>InvoicePicker</name>
    <message>
        <location filename="../ui/designer/invoice_picker.py" line="18"/>
        <source>Preview on an invoice</source>
        <translation>請求書でプレビュー</translation>
    </message>
    <message>
        <location filename="../ui/designer/invoice_picker.py" line="23"/>
        <source>Number, customer code or name</source>
        <translation>番号、顧客コードまたは名前</translation>
    </message>
    <message>
        <location filename="../ui/designer/invoice_picker.py" line="63"/>
        <source>No invoice matches.</source>
        <translation>一致する請求書はありません。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/designer/invoice_picker.py" line="64"/>
        <source>The newest %Ln invoice(s) that match.</source>
        <translation>
            <numerusform>一致した最新の請求書 %Ln 件。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvoiceView</name>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="40"/>
        <source>Edit %1</source>
        <translation>%1 を編集</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="200"/>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="261"/>
        <source>No invoice selected</source>
        <translation>請求書が選択されていません</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="262"/>
        <source>Pick an invoice in the list to read it.</source>
        <translation>一覧から請求書を選ぶと表示されます。</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="268"/>
        <source>Customer:</source>
        <translation>顧客:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="269"/>
        <source>Issued by:</source>
        <translation>発行者:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="270"/>
        <source>Language:</source>
        <translation>言語:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="271"/>
        <source>Issue date:</source>
        <translation>発行日:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="271"/>
        <source>not issued yet</source>
        <translation>未発行</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="272"/>
        <source>Period:</source>
        <translation>期間:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="273"/>
        <source>Currency:</source>
        <translation>通貨:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="275"/>
        <source>Corrects:</source>
        <translation>訂正対象:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="281"/>
        <source>Lines (%1)</source>
        <translation>明細（%1）</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="324"/>
        <source>Issue invoice</source>
        <translation>請求書の発行</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="325"/>
        <source>Issue %1 to %2 for %3? It gets its number and can no longer be changed, only credited.</source>
        <translation>%2 宛ての %1（%3）を発行しますか？ 番号が付き、以後は変更できず、クレジットのみ可能になります。</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="333"/>
        <source>Issued as %1.</source>
        <translation>%1 として発行しました。</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="352"/>
        <source>%1 saved.</source>
        <translation>%1 を保存しました。</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="358"/>
        <source>Delete draft</source>
        <translation>下書きの削除</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="359"/>
        <source>Delete %1? A draft from a billing run is billed again by the next run.</source>
        <translation>%1 を削除しますか？ 請求処理で作成された下書きは、次回の請求処理で再び請求されます。</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="364"/>
        <source>%1 deleted.</source>
        <translation>%1 を削除しました。</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="370"/>
        <source>Credit invoice</source>
        <translation>請求書のクレジット</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="371"/>
        <source>Credit %1 in full? A credit note is issued at once and the invoice becomes void.</source>
        <translation>%1 を全額クレジットしますか？ すぐにクレジットノートが発行され、請求書は無効になります。</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="379"/>
        <source>Credit note %1 issued.</source>
        <translation>クレジットノート %1 を発行しました。</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="386"/>
        <source>Modify invoice</source>
        <translation>請求書の修正</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="387"/>
        <source>Modify %1? It is credited in full and a draft copy opens for you to correct and issue.</source>
        <translation>%1 を修正しますか？ 全額クレジットされ、訂正・発行用の下書きコピーが開きます。</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="396"/>
        <source>Credit note %1 issued; the draft copy is open.</source>
        <translation>クレジットノート %1 を発行しました。下書きコピーを開いています。</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="413"/>
        <source>Invoice</source>
        <translation>請求書</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="414"/>
        <source>Subtotal:</source>
        <translation>小計:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="415"/>
        <source>Tax:</source>
        <translation>税:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="416"/>
        <source>Total:</source>
        <translation>合計:</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="417"/>
        <source>&amp;Issue</source>
        <translation>発行(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="418"/>
        <source>&amp;Edit draft…</source>
        <translation>下書きを編集(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="419"/>
        <source>&amp;Delete draft</source>
        <translation>下書きを削除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="420"/>
        <source>&amp;Modify…</source>
        <translation>修正(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="421"/>
        <source>C&amp;redit</source>
        <translation>クレジット(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="422"/>
        <source>Send by e-mai&amp;l…</source>
        <translation>メールで送信(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="423"/>
        <source>E-mail this invoice&apos;s PDF to the customer (once; again only if you say so).</source>
        <translation>この請求書の PDF を顧客にメールで送信します（1 回のみ。再送信は指定した場合だけ）。</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="425"/>
        <source>Credit this invoice and open a draft copy to correct.</source>
        <translation>この請求書をクレジットし、訂正用の下書きコピーを開きます。</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="426"/>
        <source>Issue a credit note for the whole invoice.</source>
        <translation>請求書全体のクレジットノートを発行します。</translation>
    </message>
    <message>
        <location filename="../ui/invoices/invoice_view.py" line="427"/>
        <source>Select a line to see how its amount was worked out.</source>
        <translation>行を選択すると、金額の計算方法が表示されます。</translation>
    </message>
</context>
<context>
    <name>IssuerSettingsModel</name>
    <message>
        <location filename="../ui/billing/settings_models.py" line="70"/>
        <source>Issuer</source>
        <translation>発行者</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_models.py" line="70"/>
        <source>Tax rate (%)</source>
        <translation>税率（%）</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_models.py" line="71"/>
        <source>Invoice numbers</source>
        <translation>請求書番号</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_models.py" line="71"/>
        <source>Invoicing</source>
        <translation>請求</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_models.py" line="72"/>
        <source>Payment collection</source>
        <translation>代金回収</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_models.py" line="73"/>
        <source>Email delivery</source>
        <translation>メール送信</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_models.py" line="73"/>
        <source>Checks</source>
        <translation>小切手</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_models.py" line="85"/>
        <source>As the hoster (on)</source>
        <translation>ホスティング事業者と同じ（オン）</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_models.py" line="85"/>
        <source>As the hoster (off)</source>
        <translation>ホスティング事業者と同じ（オフ）</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_models.py" line="86"/>
        <location filename="../ui/billing/settings_models.py" line="129"/>
        <source>On</source>
        <translation>オン</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_models.py" line="86"/>
        <location filename="../ui/billing/settings_models.py" line="129"/>
        <source>Off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_models.py" line="105"/>
        <source>Off: billing runs skip the issuer&apos;s companies (the hoster&apos;s: no runs).</source>
        <translation>オフ：請求処理はこの発行者の会社をスキップします（ホスティング事業者の場合は請求処理なし）。</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_models.py" line="106"/>
        <source>Off: checks are refused when a payment to the issuer is recorded.</source>
        <translation>オフ：この発行者への支払いを記録する際、小切手は拒否されます。</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_models.py" line="107"/>
        <source>A template with {seq} and optionally {year}, such as INV-{year}-{seq:05}.</source>
        <translation>{seq} と必要に応じて {year} を含むテンプレート（例：INV-{year}-{seq:05}）。</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_models.py" line="118"/>
        <source>%1 (hoster)</source>
        <translation>%1（ホスティング事業者）</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_models.py" line="131"/>
        <source>As the hoster</source>
        <translation>ホスティング事業者と同じ</translation>
    </message>
</context>
<context>
    <name>LedgerModel</name>
    <message>
        <location filename="../ui/payments/account_models.py" line="98"/>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_models.py" line="98"/>
        <source>Entry</source>
        <translation>取引</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_models.py" line="98"/>
        <source>Document</source>
        <translation>書類</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_models.py" line="98"/>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_models.py" line="98"/>
        <source>Balance</source>
        <translation>残高</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_models.py" line="103"/>
        <source>#%1 · %2 · %3</source>
        <translation>#%1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_models.py" line="105"/>
        <location filename="../ui/payments/account_models.py" line="117"/>
        <source> (reversed)</source>
        <translation>（取り消し済み）</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_models.py" line="107"/>
        <source>to %1</source>
        <translation>%1 へ</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_models.py" line="109"/>
        <source>of payment #%1 · %2</source>
        <translation>支払い #%1 から · %2</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_models.py" line="136"/>
        <source>Recorded by %1</source>
        <translation>記録者：%1</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_models.py" line="138"/>
        <source>Due %1</source>
        <translation>期日 %1</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_models.py" line="114"/>
        <source>of payout PO-%1</source>
        <translation>支払い PO-%1 から</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_models.py" line="125"/>
        <source>Payout reversed</source>
        <translation>再販業者への支払い取り消し</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../ui/catalogue/editor.py" line="145"/>
        <source>%1 of %2 shown</source>
        <translation>%2 件中 %1 件を表示</translation>
    </message>
</context>
<context>
    <name>LoginScope</name>
    <message>
        <location filename="../ui/login_scope.py" line="20"/>
        <source>hoster admin</source>
        <translation>ホスティング事業者の管理者</translation>
    </message>
    <message>
        <location filename="../ui/login_scope.py" line="21"/>
        <source>hoster clerk</source>
        <translation>ホスティング事業者の担当者</translation>
    </message>
    <message>
        <location filename="../ui/login_scope.py" line="22"/>
        <source>reseller admin</source>
        <translation>再販業者の管理者</translation>
    </message>
    <message>
        <location filename="../ui/login_scope.py" line="23"/>
        <source>reseller clerk</source>
        <translation>再販業者の担当者</translation>
    </message>
    <message>
        <location filename="../ui/login_scope.py" line="24"/>
        <source>reviewer, read only</source>
        <translation>レビュー担当者（閲覧のみ）</translation>
    </message>
    <message>
        <location filename="../ui/login_scope.py" line="31"/>
        <source>%1 (%2 of %3)</source>
        <comment>login (role of reseller)</comment>
        <translation>%1（%3 の %2）</translation>
    </message>
    <message>
        <location filename="../ui/login_scope.py" line="34"/>
        <source>%1 (%2)</source>
        <comment>login (role)</comment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/app_shell.py" line="277"/>
        <source>Reading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="282"/>
        <source>About Prorata</source>
        <translation>Prorata について</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="283"/>
        <source>Prorata %1
Billing console for hosting providers.</source>
        <translation>Prorata %1
ホスティング事業者向け請求コンソール</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="285"/>
        <source>About %1</source>
        <translation>%1 について</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="286"/>
        <source>%1 %2, by %3
Built on Prorata, a billing console for hosting providers.</source>
        <translation>%1 %2（%3）
ホスティング事業者向けの請求コンソール Prorata をベースにしています。</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="301"/>
        <source>Prorata</source>
        <translation>Prorata</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="302"/>
        <source>%1 — %2</source>
        <comment>product — login</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="304"/>
        <source>Database: %1</source>
        <translation>データベース: %1</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="305"/>
        <source>Database: %1 · logged in as %2</source>
        <translation>データベース: %1 · %2 としてログイン中</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="307"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="308"/>
        <source>&amp;Reload</source>
        <translation>再読み込み(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="309"/>
        <source>&amp;Audit log…</source>
        <translation>監査ログ(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="310"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="311"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="312"/>
        <source>&amp;Find tenant…</source>
        <translation>テナントを検索(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="313"/>
        <source>Prefere&amp;nces…</source>
        <translation>環境設定(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="314"/>
        <source>&amp;Billing</source>
        <translation>請求(&amp;B)</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="315"/>
        <source>&amp;Run billing…</source>
        <translation>請求処理を実行(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="316"/>
        <source>Billing &amp;settings…</source>
        <translation>請求設定(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="317"/>
        <source>Invoice &amp;designer…</source>
        <translation>請求書デザイナー(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="318"/>
        <source>Open re&amp;view file…</source>
        <translation>レビューファイルを開く(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="319"/>
        <source>&amp;Import review answers…</source>
        <translation>レビュー回答をインポート(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="320"/>
        <source>Send &amp;invoices…</source>
        <translation>請求書をメール送信(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="321"/>
        <source>&amp;Print-and-post batch…</source>
        <translation>郵送用印刷バッチ(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="322"/>
        <source>&amp;Tenants</source>
        <translation>テナント(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="323"/>
        <source>C&amp;atalogue</source>
        <translation>カタログ(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="324"/>
        <source>&amp;Prices</source>
        <translation>価格(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="325"/>
        <source>I&amp;nvoices</source>
        <translation>請求書(&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="326"/>
        <source>Pa&amp;yments</source>
        <translation>支払い(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="327"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="328"/>
        <source>&amp;About Prorata</source>
        <translation>Prorata について(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="329"/>
        <source>&amp;About %1</source>
        <translation>%1 について(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="355"/>
        <source>A billing preview is still working. Stop it and quit?</source>
        <translation>請求のプレビューがまだ実行中です。停止して終了しますか？</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="356"/>
        <source>A billing run is writing invoices. Stop it after the companies being billed now, and quit? What is billed by then stays billed; the next run bills the rest.</source>
        <translation>請求処理が請求書を作成中です。現在請求中の会社の処理後に停止して終了しますか？ それまでに請求した分はそのまま残り、残りは次回の請求処理で請求されます。</translation>
    </message>
    <message>
        <location filename="../ui/app_shell.py" line="358"/>
        <source>Quit Prorata</source>
        <translation>Prorata の終了</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../ui/dialogs/messages.py" line="26"/>
        <source>Prorata</source>
        <translation>Prorata</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/messages.py" line="27"/>
        <source>This could not be done:</source>
        <translation>実行できませんでした:</translation>
    </message>
</context>
<context>
    <name>MinimumsModel</name>
    <message>
        <location filename="../ui/billing/settings_models.py" line="209"/>
        <source>Defer to the next invoice</source>
        <translation>次回の請求書に繰り延べ</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_models.py" line="210"/>
        <source>Top up to the minimum</source>
        <translation>最低額まで補填</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_models.py" line="220"/>
        <source>Currency</source>
        <translation>通貨</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_models.py" line="220"/>
        <location filename="../ui/billing/settings_models.py" line="254"/>
        <source>Minimum</source>
        <translation>最低額</translation>
    </message>
    <message>
        <location filename="../ui/billing/settings_models.py" line="221"/>
        <source>Below it</source>
        <translation>下回った場合</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../ui/tenants/move_dialog.py" line="39"/>
        <source>&amp;Move</source>
        <translation>移管(&amp;M)</translation>
    </message>
    <message>
        <location filename="../ui/tenants/move_dialog.py" line="41"/>
        <source>Move company %1</source>
        <translation>会社 %1 の移管</translation>
    </message>
    <message>
        <location filename="../ui/tenants/move_dialog.py" line="43"/>
        <source>Move user %1</source>
        <translation>ユーザー %1 の移管</translation>
    </message>
    <message>
        <location filename="../ui/tenants/move_dialog.py" line="57"/>
        <source>User:</source>
        <translation>ユーザー:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/move_dialog.py" line="60"/>
        <source>Company:</source>
        <translation>会社:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/move_dialog.py" line="64"/>
        <source>Current seller:</source>
        <translation>現在の販売元:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/move_dialog.py" line="70"/>
        <source>&amp;New seller:</source>
        <translation>新しい販売元(&amp;N):</translation>
    </message>
    <message>
        <location filename="../ui/tenants/move_dialog.py" line="74"/>
        <source>&amp;To company:</source>
        <translation>移管先の会社(&amp;T):</translation>
    </message>
    <message>
        <location filename="../ui/tenants/move_dialog.py" line="75"/>
        <source>&amp;Effective from:</source>
        <translation>有効日(&amp;E):</translation>
    </message>
    <message>
        <location filename="../ui/tenants/move_dialog.py" line="112"/>
        <source>The hoster itself (%1)</source>
        <translation>ホスティング事業者自身（%1）</translation>
    </message>
    <message>
        <location filename="../ui/tenants/move_dialog.py" line="137"/>
        <source>From this date the new seller invoices the company. The seller it leaves credits, on its next invoice, what it billed in advance for the days from this date, and its reseller cost stops on this date. Users, plans, one-off extras and history go along; invoices already written stay with their issuer.</source>
        <translation>この日から新しい販売元が会社に請求します。元の販売元は、この日以降の日数分として前払いで請求した額を次回の請求書でクレジットし、再販業者としての原価もこの日で終わります。ユーザー・プラン・一回限りの追加料金・履歴も一緒に移り、作成済みの請求書は発行者のもとに残ります。</translation>
    </message>
    <message>
        <location filename="../ui/tenants/move_dialog.py" line="145"/>
        <source>%1 (%2/month)</source>
        <translation>%1（%2/月）</translation>
    </message>
    <message>
        <location filename="../ui/tenants/move_dialog.py" line="147"/>
        <source>Recurring extras end with the move: %1. They are the current seller&apos;s own items: it bills them up to the day before; the new seller does not bill them.</source>
        <translation>定期追加料金は移管とともに終了します：%1。これらは現在の販売元独自の品目です。現在の販売元は前日まで請求し、新しい販売元は請求しません。</translation>
    </message>
    <message>
        <location filename="../ui/tenants/move_dialog.py" line="151"/>
        <source>From this date the user is taken off its plans in %1 and put on the same plans in the other company, which must have them: both are billed pro rata by days. Only companies of the same seller are listed.</source>
        <translation>この日から、ユーザーは %1 のプランから外れ、移管先の会社の同じプラン（移管先で契約済みであること）に割り当てられます。両社とも日割りで請求されます。同じ販売元の会社のみ表示されます。</translation>
    </message>
    <message>
        <location filename="../ui/tenants/move_dialog.py" line="155"/>
        <source>This date lies in a period already invoiced (up to %1): the next invoices carry the corrections.</source>
        <translation>この日付は請求済みの期間内です（%1 まで）：訂正は次回以降の請求書に含まれます。</translation>
    </message>
    <message>
        <location filename="../ui/tenants/move_dialog.py" line="158"/>
        <source>Last moved on %1; a new move cannot be dated before that.</source>
        <translation>最後の移管は %1 です。新しい移管をそれより前の日付にはできません。</translation>
    </message>
    <message>
        <location filename="../ui/tenants/move_dialog.py" line="167"/>
        <source>date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location filename="../ui/tenants/move_dialog.py" line="169"/>
        <source>to</source>
        <translation>移管先</translation>
    </message>
    <message>
        <location filename="../ui/tenants/move_dialog.py" line="191"/>
        <source>Company %1 moves to %2 from %3.</source>
        <translation>会社 %1 は %3 から %2 に移管されます。</translation>
    </message>
    <message>
        <location filename="../ui/tenants/move_dialog.py" line="197"/>
        <source>User %1 moves to %2 from %3.</source>
        <translation>ユーザー %1 は %3 から %2 に移管されます。</translation>
    </message>
</context>
<context>
    <name>OpenInvoicesModel</name>
    <message>
        <location filename="../ui/payments/account_models.py" line="157"/>
        <source>Invoice</source>
        <translation>請求書</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_models.py" line="157"/>
        <source>Issued</source>
        <translation>発行済み</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_models.py" line="157"/>
        <source>Due</source>
        <translation>期日</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_models.py" line="157"/>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <location filename="../ui/payments/account_models.py" line="157"/>
        <source>Open</source>
        <translation>未払額</translation>
    </message>
</context>
<context>
    <name>OutcomesModel</name>
    <message>
        <location filename="../ui/billing/outcomes_model.py" line="58"/>
        <source>Customer</source>
        <translation>顧客</translation>
    </message>
    <message>
        <location filename="../ui/billing/outcomes_model.py" line="58"/>
        <source>Billing date</source>
        <translation>請求日</translation>
    </message>
    <message>
        <location filename="../ui/billing/outcomes_model.py" line="58"/>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <location filename="../ui/billing/outcomes_model.py" line="58"/>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <location filename="../ui/billing/outcomes_model.py" line="59"/>
        <source>Document</source>
        <translation>書類</translation>
    </message>
    <message>
        <location filename="../ui/billing/outcomes_model.py" line="59"/>
        <source>Note</source>
        <translation>備考</translation>
    </message>
    <message>
        <location filename="../ui/billing/outcomes_model.py" line="77"/>
        <source>Reseller %1</source>
        <translation>再販業者 %1</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../ui/dialogs/password.py" line="11"/>
        <source>Database password</source>
        <translation>データベースのパスワード</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/password.py" line="12"/>
        <source>Password for %1:</source>
        <translation>%1 のパスワード:</translation>
    </message>
</context>
<context>
    <name>PaymentConsole</name>
    <message numerus="yes">
        <location filename="../ui/payments/console.py" line="163"/>
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln 件の口座</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/payments/console.py" line="165"/>
        <source>%1 of %Ln account(s) shown; scroll for more</source>
        <translation>
            <numerusform>口座 %Ln 件中 %1 件を表示中（スクロールで続きを表示）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/payments/console.py" line="168"/>
        <source>First %Ln account(s) shown; scroll for more</source>
        <translation>
            <numerusform>最初の %Ln 件の口座を表示中（スクロールで続きを表示）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/payments/console.py" line="184"/>
        <source>Accounts</source>
        <translation>口座</translation>
    </message>
    <message>
        <location filename="../ui/payments/console.py" line="185"/>
        <source>Aging</source>
        <translation>売掛金年齢表</translation>
    </message>
    <message>
        <location filename="../ui/payments/console.py" line="186"/>
        <source>Collection</source>
        <translation>回収</translation>
    </message>
    <message>
        <location filename="../ui/payments/console.py" line="187"/>
        <source>Reload</source>
        <translation>再読み込み</translation>
    </message>
</context>
<context>
    <name>PayoutDialog</name>
    <message>
        <location filename="../ui/payments/payout_dialog.py" line="54"/>
        <source>the amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <location filename="../ui/payments/payout_dialog.py" line="60"/>
        <location filename="../ui/payments/payout_dialog.py" line="71"/>
        <location filename="../ui/payments/payout_dialog.py" line="80"/>
        <source>Pay out</source>
        <translation>再販業者へ支払う</translation>
    </message>
    <message>
        <location filename="../ui/payments/payout_dialog.py" line="61"/>
        <source>Pay %1 out to %2 on %3? Make sure the money was actually sent.</source>
        <translation>%3 付けで %2 に %1 を支払いますか？ 実際に送金したことを確認してください。</translation>
    </message>
    <message>
        <location filename="../ui/payments/payout_dialog.py" line="72"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;To pay out: %2 (the reseller&apos;s statements less what was paid out against them).</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;未払い（支払予定）: %2（再販業者の精算書から、それに対して支払った額を差し引いた額）。</translation>
    </message>
    <message>
        <location filename="../ui/payments/payout_dialog.py" line="76"/>
        <source>&amp;Amount (%1):</source>
        <translation>金額（%1）(&amp;A):</translation>
    </message>
    <message>
        <location filename="../ui/payments/payout_dialog.py" line="77"/>
        <source>&amp;Paid out on:</source>
        <translation>支払日(&amp;P):</translation>
    </message>
    <message>
        <location filename="../ui/payments/payout_dialog.py" line="78"/>
        <source>Re&amp;ference:</source>
        <translation>参照番号(&amp;F):</translation>
    </message>
    <message>
        <location filename="../ui/payments/payout_dialog.py" line="79"/>
        <source>the transfer&apos;s reference</source>
        <translation>振込の参照</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../ui/catalogue/plan_dialog.py" line="41"/>
        <source>New plan</source>
        <translation>新規プラン</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plan_dialog.py" line="41"/>
        <source>Edit plan %1</source>
        <translation>プラン %1 を編集</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plan_dialog.py" line="53"/>
        <source>&amp;Code:</source>
        <translation>コード(&amp;C):</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plan_dialog.py" line="54"/>
        <source>A plan&apos;s code and service never change: invoices and prices refer to them.</source>
        <translation>プランのコードとサービスは変更できません：請求書と価格が参照しています。</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plan_dialog.py" line="56"/>
        <source>&amp;Service:</source>
        <translation>サービス(&amp;S):</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plan_dialog.py" line="59"/>
        <source>Invoices have already billed this plan %1: its basis can no longer change. Add a new plan for another basis.</source>
        <translation>このプランはすでに %1 で請求済みのため、課金単位は変更できません。別の課金単位には新しいプランを追加してください。</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plan_dialog.py" line="61"/>
        <source>&amp;Basis:</source>
        <translation>課金単位(&amp;B):</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plan_dialog.py" line="63"/>
        <source>Unit in %1:</source>
        <translation>単位（%1）:</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plan_dialog.py" line="64"/>
        <source>What one unit is, as invoices name it: site, GB, licence…</source>
        <translation>請求書に記載される 1 単位の名称：サイト、GB、ライセンスなど</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plan_dialog.py" line="65"/>
        <source>Name in %1:</source>
        <translation>名前（%1）:</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plan_dialog.py" line="66"/>
        <source>Description in %1:</source>
        <translation>説明（%1）:</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plan_dialog.py" line="73"/>
        <source>A plan stays with its service.</source>
        <translation>プランのサービスは変更できません。</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plan_dialog.py" line="96"/>
        <source>Basis</source>
        <translation>課金単位</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plan_dialog.py" line="96"/>
        <source>Unit</source>
        <translation>単位</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plan_dialog.py" line="96"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plan_dialog.py" line="97"/>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plan_dialog.py" line="97"/>
        <source>Retired from</source>
        <translation>廃止日</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plan_dialog.py" line="125"/>
        <source>Plan %1 added.</source>
        <translation>プラン %1 を追加しました。</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/plan_dialog.py" line="125"/>
        <source>Plan %1 saved.</source>
        <translation>プラン %1 を保存しました。</translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message>
        <location filename="../ui/catalogue/editor.py" line="168"/>
        <location filename="../ui/catalogue/editor.py" line="198"/>
        <source>All services</source>
        <translation>すべてのサービス</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/catalogue/editor.py" line="184"/>
        <source>%1 of %Ln plan(s) shown</source>
        <translation>
            <numerusform>%Ln 件中 %1 件のプランを表示</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="187"/>
        <source>Ser&amp;vice:</source>
        <translation>サービス(&amp;V):</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="188"/>
        <source>S&amp;how:</source>
        <translation>表示(&amp;H):</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="192"/>
        <source>All plans</source>
        <translation>すべてのプラン</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="193"/>
        <source>Active plans</source>
        <translation>有効なプラン</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="194"/>
        <source>Retired plans</source>
        <translation>廃止済みプラン</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="199"/>
        <source>Find a plan by code or name</source>
        <translation>コードまたは名前でプランを検索</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="200"/>
        <source>Greyed plans are retired: no company can subscribe or change to them; running subscriptions go on being billed. Double-click a plan to edit it; its prices are set in the Prices tab.</source>
        <translation>グレーのプランは廃止済みです：新規契約やプラン変更はできませんが、既存の契約は引き続き請求されます。プランをダブルクリックすると編集でき、価格は「価格」タブで設定します。</translation>
    </message>
</context>
<context>
    <name>PostBatchFlow</name>
    <message>
        <location filename="../ui/delivery/post_batch.py" line="106"/>
        <source>%1 on %2, a cover sheet first, saved in %3.</source>
        <translation>%1（%2、先頭に表紙）を %3 に保存しました。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/delivery/post_batch.py" line="107"/>
        <source>%Ln invoice(s)</source>
        <translation>
            <numerusform>請求書 %Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/delivery/post_batch.py" line="108"/>
        <source>%Ln page(s)</source>
        <translation>
            <numerusform>%Ln ページ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/delivery/post_batch.py" line="110"/>
        <source>Sent to the printer: %Ln page(s). When they are out, answer:</source>
        <translation>
            <numerusform>%Ln ページをプリンターに送りました。印刷されたら回答してください：</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/delivery/post_batch.py" line="112"/>
        <source>Print it on both sides (or press Print… to send it to a printer), then answer:</source>
        <translation>両面印刷してから（または「印刷…」でプリンターに送ってから）回答してください：</translation>
    </message>
    <message>
        <location filename="../ui/delivery/post_batch.py" line="114"/>
        <source>Yes marks them posted today; No puts them back for the next batch; Later leaves them waiting.</source>
        <translation>「はい」で本日郵送済みにします。「いいえ」で次のバッチに戻します。「後で」でそのまま待機させます。</translation>
    </message>
    <message>
        <location filename="../ui/delivery/post_batch.py" line="117"/>
        <source>&amp;Print…</source>
        <translation>印刷…(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/delivery/post_batch.py" line="135"/>
        <source>Print the batch</source>
        <translation>バッチを印刷</translation>
    </message>
    <message>
        <location filename="../ui/delivery/post_batch.py" line="150"/>
        <source>Sending the batch to the printer…</source>
        <translation>バッチをプリンターに送信しています…</translation>
    </message>
    <message>
        <location filename="../ui/delivery/post_batch.py" line="153"/>
        <source>Printing page %1 of %2…</source>
        <translation>%2 ページ中 %1 ページ目を印刷しています…</translation>
    </message>
    <message>
        <location filename="../ui/delivery/post_batch.py" line="168"/>
        <source>The printer could not be opened; nothing was printed.</source>
        <translation>プリンターを開けませんでした。何も印刷されていません。</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../ui/dialogs/preferences.py" line="60"/>
        <source>Preferences</source>
        <translation>環境設定</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferences.py" line="61"/>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/preferences.py" line="62"/>
        <source>Menus, windows and messages change at once; numbers and dates follow the language. Invoices keep each customer&apos;s own language.</source>
        <translation>メニュー・ウィンドウ・メッセージはすぐに切り替わり、数値と日付も言語に合わせて表示されます。請求書は各顧客の言語のままです。</translation>
    </message>
</context>
<context>
    <name>PreviewBox</name>
    <message>
        <location filename="../ui/tenants/changes/preview_model.py" line="111"/>
        <source>The preview shows here.</source>
        <translation>ここにプレビューが表示されます。</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/preview_model.py" line="135"/>
        <source>This changes nothing on the next invoice, dated %1.</source>
        <translation>%1 付けの次回の請求書に変更はありません。</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/preview_model.py" line="140"/>
        <source>The next invoice, dated %1: subtotal %2 → %3 (%4); with tax %5 → %6.</source>
        <translation>%1 付けの次回の請求書：小計 %2 → %3（%4）、税込 %5 → %6。</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/preview_model.py" line="142"/>
        <source>This changes nothing on the next invoice in %1, dated %2.</source>
        <translation>%2 付けの次回の %1 建て請求書には変更はありません。</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/preview_model.py" line="146"/>
        <source>The invoice in %7 of the same date: subtotal %2 → %3 (%4); with tax %5 → %6.</source>
        <translation>同日付の %7 建て請求書：小計 %2 → %3（%4）、税込 %5 → %6。</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/preview_model.py" line="148"/>
        <source>The change is dated into a period already invoiced: the correction lines bill that difference on the next invoice.</source>
        <translation>変更日は請求済みの期間内です：差額は次回の請求書の訂正行で請求されます。</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/preview_model.py" line="162"/>
        <source>On the next invoice</source>
        <translation>次回の請求書</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../ui/tenants/changes/preview_model.py" line="49"/>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/preview_model.py" line="49"/>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/preview_model.py" line="49"/>
        <source>Calculation</source>
        <translation>計算</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/preview_model.py" line="49"/>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/preview_model.py" line="69"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/preview_model.py" line="76"/>
        <source>%1 to %2</source>
        <translation>%1～%2</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <location filename="../ui/designer/preview.py" line="49"/>
        <source>Sample invoice</source>
        <translation>サンプル請求書</translation>
    </message>
    <message>
        <location filename="../ui/designer/preview.py" line="51"/>
        <source>Preview on an invoice…</source>
        <translation>請求書でプレビュー…</translation>
    </message>
    <message>
        <location filename="../ui/designer/preview.py" line="56"/>
        <source>The language of the previewed invoice</source>
        <translation>プレビューする請求書の言語</translation>
    </message>
    <message>
        <location filename="../ui/designer/preview.py" line="60"/>
        <source>The sample invoice&apos;s currency</source>
        <translation>サンプル請求書の通貨</translation>
    </message>
    <message>
        <location filename="../ui/designer/preview.py" line="63"/>
        <source>Whole page</source>
        <translation>ページ全体</translation>
    </message>
    <message>
        <location filename="../ui/designer/preview.py" line="64"/>
        <source>Page width</source>
        <translation>ページ幅</translation>
    </message>
    <message>
        <location filename="../ui/designer/preview.py" line="67"/>
        <source>Preview on</source>
        <translation>プレビュー対象</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/designer/preview.py" line="150"/>
        <source>%Ln page(s)</source>
        <translation>
            <numerusform>%Ln ページ</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/designer/preview.py" line="152"/>
        <source> · shown %1 ms after the change</source>
        <translation> · 変更から %1 ms で表示</translation>
    </message>
    <message>
        <location filename="../ui/designer/preview.py" line="160"/>
        <source>The page cannot be rendered: %1</source>
        <translation>ページを表示できません：%1</translation>
    </message>
</context>
<context>
    <name>PriceMatrixModel</name>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="146"/>
        <source>Plan</source>
        <translation>プラン</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="147"/>
        <source>Billed</source>
        <translation>請求方法</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="148"/>
        <source>Wholesale</source>
        <translation>卸売</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="149"/>
        <source>Reseller&apos;s cost</source>
        <translation>再販業者の原価</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="150"/>
        <source>Retail</source>
        <translation>小売</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="151"/>
        <source>Margin</source>
        <translation>マージン</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="175"/>
        <source>The hoster&apos;s price to every reseller.</source>
        <translation>ホスティング事業者からすべての再販業者への価格。</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="176"/>
        <source>What this reseller pays: its own negotiated price, else wholesale.</source>
        <translation>この再販業者の支払額：個別に交渉した価格、なければ卸売価格。</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="177"/>
        <source>What the seller charges its companies.</source>
        <translation>販売元が自社の会社に請求する価格。</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="178"/>
        <source>Retail minus the reseller&apos;s cost.</source>
        <translation>小売価格から再販業者の原価を引いた額。</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="220"/>
        <source>Missing prices in %1: %2</source>
        <translation>%1 で不足している価格：%2</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="225"/>
        <source>No wholesale price in %1: this reseller&apos;s companies on this plan cannot be billed in %1. Double-click to set one.</source>
        <translation>%1 の卸売価格がありません：このプランを利用するこの再販業者の会社は %1 で請求できません。ダブルクリックして設定してください。</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="228"/>
        <source>No retail price in %1: companies on this plan cannot be billed in %1. Double-click to set one.</source>
        <translation>%1 の小売価格がありません：このプランの会社は %1 で請求できません。ダブルクリックして設定してください。</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="233"/>
        <source>%1&apos;s own price (wholesale is %2). Clear it to fall back to wholesale.</source>
        <translation>%1 の個別価格（卸売価格は %2）。空にすると卸売価格に戻ります。</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="236"/>
        <source>The wholesale price; type an amount to give %1 its own price.</source>
        <translation>卸売価格。金額を入力すると %1 に個別価格を設定します。</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="239"/>
        <source>Double-click to change the price from the chosen date on.</source>
        <translation>ダブルクリックして、選択日からの価格を変更します。</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="305"/>
        <source>%1 would sell %2 below cost: retail %3, the reseller&apos;s cost %4, a loss of %5 a unit.

Save it anyway?</source>
        <translation>%1 は %2 を原価割れで販売することになります：小売 %3、再販業者の原価 %4、1 単位あたり %5 の損失です。

このまま保存しますか？</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="309"/>
        <source>Retail below cost</source>
        <translation>小売価格が原価割れ</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="318"/>
        <location filename="../ui/prices/matrix_model.py" line="341"/>
        <source>since %1</source>
        <translation>%1 から</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="319"/>
        <location filename="../ui/prices/matrix_model.py" line="342"/>
        <source>with no start date</source>
        <translation>開始日なし</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="321"/>
        <source>%1 pays wholesale (%2) again.</source>
        <translation>%1 は再び卸売価格（%2）を支払います。</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="324"/>
        <source>The price before it applies again; without one, %1 cannot be billed in %2.</source>
        <translation>以前の価格が再び適用されます。価格がない場合、%1 は %2 で請求できません。</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="326"/>
        <source>Remove this price?

%2 · %1: %3, in force %4.

It is removed from the day it began: periods billed from then on would be billed without it. %5</source>
        <translation>この価格を削除しますか？

%2 · %1：%3（有効期間 %4）。

開始日から削除されます：それ以降に請求する期間はこの価格なしで請求されます。%5</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="330"/>
        <source>Remove a price</source>
        <translation>価格の削除</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_model.py" line="339"/>
        <source>%1 · %2: removed %3 (in force %4).</source>
        <translation>%1 · %2：%3 を削除しました（有効期間 %4）。</translation>
    </message>
</context>
<context>
    <name>PriceMatrixWidget</name>
    <message>
        <location filename="../ui/prices/matrix_widget.py" line="141"/>
        <location filename="../ui/prices/matrix_widget.py" line="239"/>
        <source>%1 (direct companies)</source>
        <translation>%1（直接顧客）</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/prices/matrix_widget.py" line="210"/>
        <source>%Ln plan(s) without a price in %1 (tinted)</source>
        <translation>
            <numerusform>%1 の価格がないプラン %Ln 件（色付き）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_widget.py" line="215"/>
        <source>%1: %2 set to %3 from %4.</source>
        <translation>%1：%4 から %2 を %3 に設定しました。</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_widget.py" line="223"/>
        <source>Prices of %1 in %2 on %3</source>
        <translation>%1 の価格（%2、%3 時点）</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_widget.py" line="227"/>
        <source>&amp;Seller:</source>
        <translation>販売元(&amp;S):</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_widget.py" line="228"/>
        <source>&amp;Currency:</source>
        <translation>通貨(&amp;C):</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_widget.py" line="229"/>
        <source>Prices &amp;on and changes from:</source>
        <translation>価格の基準日・変更開始日(&amp;O):</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_widget.py" line="230"/>
        <source>Reload</source>
        <translation>再読み込み</translation>
    </message>
    <message>
        <location filename="../ui/prices/matrix_widget.py" line="232"/>
        <source>Double-click a price (or select it and type) to change it; the new price applies from the chosen date, earlier periods keep theirs. A bold cost is the reseller&apos;s own negotiated price; clear it to fall back to wholesale. Clearing a price removes it from the day it began (you are asked first).</source>
        <translation>価格をダブルクリック（または選択して入力）して変更します。新しい価格は選択日から適用され、それ以前の期間は元の価格のままです。太字の原価は再販業者が個別に交渉した価格で、空にすると卸売価格に戻ります。価格を空にすると開始日から削除されます（先に確認があります）。</translation>
    </message>
</context>
<context>
    <name>QDialog</name>
    <message>
        <location filename="../ui/payments/action_dialog.py" line="38"/>
        <source>Changed meanwhile</source>
        <translation>その間に変更されました</translation>
    </message>
    <message>
        <location filename="../ui/payments/action_dialog.py" line="39"/>
        <source>Someone else changed this account while you were working on it; nothing was written. The account is shown again as it is now.</source>
        <translation>作業中に他のユーザーがこの口座を変更しました。何も書き込まれていません。口座を現在の状態で表示し直します。</translation>
    </message>
</context>
<context>
    <name>RecordPaymentDialog</name>
    <message>
        <location filename="../ui/payments/record_dialog.py" line="56"/>
        <source>Checks are switched off (%1&apos;s setting).</source>
        <translation>小切手は無効です（%1 の設定）。</translation>
    </message>
    <message>
        <location filename="../ui/payments/record_dialog.py" line="104"/>
        <source>The account owes nothing: all %1 will be kept as credit on the account.</source>
        <translation>この口座に未払いはありません。%1 の全額がクレジット残高として口座に残ります。</translation>
    </message>
    <message>
        <location filename="../ui/payments/record_dialog.py" line="106"/>
        <source>%1 more than the chosen invoices owe: it will be kept as credit on the account.</source>
        <translation>選んだ請求書の未払い額より %1 多く入金されています。差額はクレジット残高として口座に残ります。</translation>
    </message>
    <message>
        <location filename="../ui/payments/record_dialog.py" line="108"/>
        <source>%1 more than the account&apos;s open invoices owe: it will be kept as credit on the account.</source>
        <translation>口座の未払い請求書の合計より %1 多く入金されています。差額はクレジット残高として口座に残ります。</translation>
    </message>
    <message>
        <location filename="../ui/payments/record_dialog.py" line="124"/>
        <source>the amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <location filename="../ui/payments/record_dialog.py" line="147"/>
        <source>Record %1 by %2 from %3?</source>
        <translation>%3 からの %1（%2）を記録しますか？</translation>
    </message>
    <message>
        <location filename="../ui/payments/record_dialog.py" line="150"/>
        <source>It pays:</source>
        <translation>支払い対象:</translation>
    </message>
    <message>
        <location filename="../ui/payments/record_dialog.py" line="152"/>
        <source>%1 stays on the account as credit.</source>
        <translation>%1 はクレジット残高として口座に残ります。</translation>
    </message>
    <message>
        <location filename="../ui/payments/record_dialog.py" line="153"/>
        <location filename="../ui/payments/record_dialog.py" line="160"/>
        <location filename="../ui/payments/record_dialog.py" line="173"/>
        <source>Record payment</source>
        <translation>入金の記録</translation>
    </message>
    <message>
        <location filename="../ui/payments/record_dialog.py" line="162"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Balance %2 · credit %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;残高 %2 · クレジット %3</translation>
    </message>
    <message>
        <location filename="../ui/payments/record_dialog.py" line="166"/>
        <source>&amp;Method:</source>
        <translation>支払方法(&amp;M):</translation>
    </message>
    <message>
        <location filename="../ui/payments/record_dialog.py" line="167"/>
        <source>&amp;Received on:</source>
        <translation>受領日(&amp;R):</translation>
    </message>
    <message>
        <location filename="../ui/payments/record_dialog.py" line="168"/>
        <source>&amp;Amount (%1):</source>
        <translation>金額（%1）(&amp;A):</translation>
    </message>
    <message>
        <location filename="../ui/payments/record_dialog.py" line="169"/>
        <source>Re&amp;ference:</source>
        <translation>参照番号(&amp;F):</translation>
    </message>
    <message>
        <location filename="../ui/payments/record_dialog.py" line="170"/>
        <source>Allocate to:</source>
        <translation>割り当て先:</translation>
    </message>
    <message>
        <location filename="../ui/payments/record_dialog.py" line="171"/>
        <source>such as %1</source>
        <translation>例：%1</translation>
    </message>
    <message>
        <location filename="../ui/payments/record_dialog.py" line="172"/>
        <source>the transfer&apos;s reference, the check&apos;s number, a receipt number</source>
        <translation>振込の参照、小切手番号、領収書番号</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <location filename="../ui/payments/refund_dialog.py" line="65"/>
        <source>&amp;Amount (%1):</source>
        <translation>金額（%1）(&amp;A):</translation>
    </message>
    <message>
        <location filename="../ui/payments/refund_dialog.py" line="66"/>
        <source>This payment has %1 of credit to refund.</source>
        <translation>この支払いには返金可能なクレジットが %1 あります。</translation>
    </message>
    <message>
        <location filename="../ui/payments/refund_dialog.py" line="72"/>
        <source>a payment with credit</source>
        <translation>クレジットのある支払い</translation>
    </message>
    <message>
        <location filename="../ui/payments/refund_dialog.py" line="77"/>
        <source>the amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <location filename="../ui/payments/refund_dialog.py" line="82"/>
        <location filename="../ui/payments/refund_dialog.py" line="90"/>
        <location filename="../ui/payments/refund_dialog.py" line="99"/>
        <source>Refund</source>
        <translation>返金</translation>
    </message>
    <message>
        <location filename="../ui/payments/refund_dialog.py" line="83"/>
        <source>Pay %1 back to %2 out of payment #%3? Make sure the money was actually sent.</source>
        <translation>支払い #%3 から %2 に %1 を返金しますか？ 実際に送金したことを確認してください。</translation>
    </message>
    <message>
        <location filename="../ui/payments/refund_dialog.py" line="91"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Credit %2: only what pays no invoice can be refunded.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;クレジット %2：返金できるのは請求書の支払いに充てていない分だけです。</translation>
    </message>
    <message>
        <location filename="../ui/payments/refund_dialog.py" line="95"/>
        <source>&amp;Payment:</source>
        <translation>支払い(&amp;P):</translation>
    </message>
    <message>
        <location filename="../ui/payments/refund_dialog.py" line="96"/>
        <source>&amp;Refunded on:</source>
        <translation>返金日(&amp;R):</translation>
    </message>
    <message>
        <location filename="../ui/payments/refund_dialog.py" line="97"/>
        <source>Re&amp;ference:</source>
        <translation>参照番号(&amp;F):</translation>
    </message>
    <message>
        <location filename="../ui/payments/refund_dialog.py" line="98"/>
        <source>the refund transfer&apos;s reference</source>
        <translation>返金振込の参照</translation>
    </message>
</context>
<context>
    <name>ResellerDialog</name>
    <message>
        <location filename="../ui/tenants/forms/reseller_dialog.py" line="36"/>
        <source>New reseller</source>
        <translation>新規再販業者</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/reseller_dialog.py" line="36"/>
        <source>Edit reseller %1</source>
        <translation>再販業者 %1 を編集</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/reseller_dialog.py" line="46"/>
        <source>Standard</source>
        <translation>標準</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/reseller_dialog.py" line="47"/>
        <source>Reverse charge (0 %)</source>
        <translation>リバースチャージ（0 %）</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/reseller_dialog.py" line="48"/>
        <source>Exempt (0 %)</source>
        <translation>非課税（0 %）</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/reseller_dialog.py" line="56"/>
        <source>&amp;Code:</source>
        <translation>コード(&amp;C):</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/reseller_dialog.py" line="57"/>
        <source>Code and currency are fixed once the reseller has companies.</source>
        <translation>再販業者に会社がある場合、コードと通貨は変更できません。</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/reseller_dialog.py" line="59"/>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/reseller_dialog.py" line="64"/>
        <source>C&amp;urrency:</source>
        <translation>通貨(&amp;U):</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/reseller_dialog.py" line="65"/>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/reseller_dialog.py" line="67"/>
        <source>The language of its invoices and its companies&apos; default</source>
        <translation>請求書の言語（傘下の会社の既定にもなります）</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/reseller_dialog.py" line="68"/>
        <source>&amp;Billing:</source>
        <translation>請求(&amp;B):</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/reseller_dialog.py" line="70"/>
        <source>Si&amp;gned up:</source>
        <translation>契約開始日(&amp;G):</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/reseller_dialog.py" line="71"/>
        <source>Not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/reseller_dialog.py" line="72"/>
        <source>Tax treat&amp;ment:</source>
        <translation>課税区分(&amp;M):</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/reseller_dialog.py" line="74"/>
        <source>How the hoster taxes this reseller</source>
        <translation>ホスティング事業者がこの再販業者に適用する課税区分</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/reseller_dialog.py" line="75"/>
        <source>Tax &amp;rate (%):</source>
        <translation>税率（%）(&amp;R):</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/reseller_dialog.py" line="77"/>
        <source>The rate this reseller charges its companies, in per cent</source>
        <translation>この再販業者が傘下の会社に適用する税率（%）</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/reseller_dialog.py" line="78"/>
        <source>&amp;Invoice numbers:</source>
        <translation>請求書番号(&amp;I):</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/reseller_dialog.py" line="79"/>
        <source>{year} is the year, {seq:05} the number in five digits.</source>
        <translation>{year} は年、{seq:05} は 5 桁の連番です。</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/reseller_dialog.py" line="81"/>
        <source>&amp;Email:</source>
        <translation>メール(&amp;E):</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/reseller_dialog.py" line="84"/>
        <source>Ta&amp;x ID:</source>
        <translation>税番号(&amp;X):</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/reseller_dialog.py" line="148"/>
        <source>Reseller %1 signed up.</source>
        <translation>再販業者 %1 を登録しました。</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/reseller_dialog.py" line="148"/>
        <source>Reseller %1 saved.</source>
        <translation>再販業者 %1 を保存しました。</translation>
    </message>
</context>
<context>
    <name>RetireDialog</name>
    <message>
        <location filename="../ui/catalogue/retire_dialog.py" line="29"/>
        <source>Retire plan %1</source>
        <translation>プラン %1 の廃止</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/retire_dialog.py" line="29"/>
        <source>Retire extra item %1</source>
        <translation>追加項目 %1 の廃止</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/retire_dialog.py" line="31"/>
        <source>&amp;Retire</source>
        <translation>廃止(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/retire_dialog.py" line="47"/>
        <source>Retire &amp;from:</source>
        <translation>廃止日(&amp;F):</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/retire_dialog.py" line="48"/>
        <source>From this day no company can subscribe or change to the plan; running subscriptions go on being billed.</source>
        <translation>この日以降、新規契約やこのプランへの変更はできません。既存の契約は引き続き請求されます。</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/retire_dialog.py" line="50"/>
        <source>From this day the item is no longer offered; extras already recorded from it are not changed.</source>
        <translation>この日以降、この項目は提供されません。登録済みの追加料金は変わりません。</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/retire_dialog.py" line="59"/>
        <source>Retired from</source>
        <translation>廃止日</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/retire_dialog.py" line="59"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/retire_dialog.py" line="69"/>
        <source>Plan %1 retires from %2.</source>
        <translation>プラン %1 は %2 に廃止されます。</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/retire_dialog.py" line="70"/>
        <source>Extra item %1 retires from %2.</source>
        <translation>追加項目 %1 は %2 に廃止されます。</translation>
    </message>
</context>
<context>
    <name>ReverseDialog</name>
    <message>
        <location filename="../ui/payments/reverse_dialog.py" line="59"/>
        <source>The invoices payment #%1 pays open again, and %2 goes back on the account.</source>
        <translation>支払い #%1 で支払った請求書は再び未払いになり、%2 は口座に戻ります。</translation>
    </message>
    <message>
        <location filename="../ui/payments/reverse_dialog.py" line="65"/>
        <source>a payment</source>
        <translation>支払い</translation>
    </message>
    <message>
        <location filename="../ui/payments/reverse_dialog.py" line="68"/>
        <location filename="../ui/payments/reverse_dialog.py" line="75"/>
        <location filename="../ui/payments/reverse_dialog.py" line="86"/>
        <source>Reverse payment</source>
        <translation>支払いの取り消し</translation>
    </message>
    <message>
        <location filename="../ui/payments/reverse_dialog.py" line="69"/>
        <source>Reverse payment #%1 of %2 (%3)? This cannot be undone.</source>
        <translation>%2 の支払い #%1（%3）を取り消しますか？ 元に戻すことはできません。</translation>
    </message>
    <message>
        <location filename="../ui/payments/reverse_dialog.py" line="83"/>
        <source>&amp;Payment:</source>
        <translation>支払い(&amp;P):</translation>
    </message>
    <message>
        <location filename="../ui/payments/reverse_dialog.py" line="84"/>
        <source>R&amp;eason:</source>
        <translation>理由(&amp;E):</translation>
    </message>
    <message>
        <location filename="../ui/payments/reverse_dialog.py" line="85"/>
        <source>&amp;Reversed on:</source>
        <translation>取り消し日(&amp;R):</translation>
    </message>
</context>
<context>
    <name>ReversePayoutDialog</name>
    <message>
        <location filename="../ui/payments/payout_dialog.py" line="118"/>
        <source>What payout PO-%1 paid, %2, is owed to the reseller again.</source>
        <translation>支払い PO-%1 で支払った %2 は、再び再販業者への未払いになります。</translation>
    </message>
    <message>
        <location filename="../ui/payments/payout_dialog.py" line="124"/>
        <source>a payout</source>
        <translation>支払い</translation>
    </message>
    <message>
        <location filename="../ui/payments/payout_dialog.py" line="127"/>
        <location filename="../ui/payments/payout_dialog.py" line="138"/>
        <location filename="../ui/payments/payout_dialog.py" line="145"/>
        <source>Reverse payout</source>
        <translation>再販業者への支払いの取り消し</translation>
    </message>
    <message>
        <location filename="../ui/payments/payout_dialog.py" line="128"/>
        <source>Reverse payout PO-%1 of %2 on %3? This cannot be undone.</source>
        <translation>%3 付けで %2 の支払い PO-%1 を取り消しますか？ 元に戻すことはできません。</translation>
    </message>
    <message>
        <location filename="../ui/payments/payout_dialog.py" line="141"/>
        <source>&amp;Payout:</source>
        <translation>支払い(&amp;P):</translation>
    </message>
    <message>
        <location filename="../ui/payments/payout_dialog.py" line="142"/>
        <source>&amp;Reversed on:</source>
        <translation>取り消し日(&amp;R):</translation>
    </message>
    <message>
        <location filename="../ui/payments/payout_dialog.py" line="143"/>
        <source>R&amp;eason:</source>
        <translation>理由(&amp;E):</translation>
    </message>
    <message>
        <location filename="../ui/payments/payout_dialog.py" line="144"/>
        <source>optional, such as: transfer returned, entered twice</source>
        <translation>任意（例: 振込が返却された、二重に入力した）</translation>
    </message>
</context>
<context>
    <name>ReviewListModel</name>
    <message>
        <location filename="../ui/review/list_model.py" line="46"/>
        <source>Invoice</source>
        <translation>請求書</translation>
    </message>
    <message>
        <location filename="../ui/review/list_model.py" line="46"/>
        <source>Customer</source>
        <translation>顧客</translation>
    </message>
    <message>
        <location filename="../ui/review/list_model.py" line="46"/>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <location filename="../ui/review/list_model.py" line="46"/>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <location filename="../ui/review/list_model.py" line="65"/>
        <source>Approved</source>
        <translation>承認済み</translation>
    </message>
    <message>
        <location filename="../ui/review/list_model.py" line="65"/>
        <source>Queried</source>
        <translation>照会済み</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <location filename="../ui/review/window.py" line="138"/>
        <source>Open review file</source>
        <translation>レビューファイルを開く</translation>
    </message>
    <message>
        <location filename="../ui/review/window.py" line="139"/>
        <source>Review files (*%1)</source>
        <translation>レビューファイル (*%1)</translation>
    </message>
    <message>
        <location filename="../ui/review/window.py" line="174"/>
        <location filename="../ui/review/window.py" line="291"/>
        <source>Review</source>
        <translation>レビュー</translation>
    </message>
    <message>
        <location filename="../ui/review/window.py" line="188"/>
        <source>Customer %1 (%2)</source>
        <translation>顧客 %1（%2）</translation>
    </message>
    <message>
        <location filename="../ui/review/window.py" line="189"/>
        <source>Total %1</source>
        <translation>合計 %1</translation>
    </message>
    <message>
        <location filename="../ui/review/window.py" line="191"/>
        <source>Period from %1</source>
        <translation>期間：%1 から</translation>
    </message>
    <message>
        <location filename="../ui/review/window.py" line="196"/>
        <source>Before: %1</source>
        <translation>変更前：%1</translation>
    </message>
    <message>
        <location filename="../ui/review/window.py" line="210"/>
        <source>The PDF cannot be shown: %1</source>
        <translation>PDF を表示できません：%1</translation>
    </message>
    <message>
        <location filename="../ui/review/window.py" line="245"/>
        <source>No verdict yet</source>
        <translation>判定なし</translation>
    </message>
    <message>
        <location filename="../ui/review/window.py" line="249"/>
        <source>Approved</source>
        <translation>承認済み</translation>
    </message>
    <message>
        <location filename="../ui/review/window.py" line="249"/>
        <source>Queried</source>
        <translation>照会済み</translation>
    </message>
    <message>
        <location filename="../ui/review/window.py" line="271"/>
        <source>Answers saved to %1</source>
        <translation>回答を %1 に保存しました</translation>
    </message>
    <message>
        <location filename="../ui/review/window.py" line="291"/>
        <source>Review %1</source>
        <translation>レビュー %1</translation>
    </message>
    <message>
        <location filename="../ui/review/window.py" line="292"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/review/window.py" line="293"/>
        <source>&amp;Open review file…</source>
        <translation>レビューファイルを開く(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/review/window.py" line="294"/>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/review/window.py" line="295"/>
        <source>Reviewer</source>
        <translation>レビュー担当者</translation>
    </message>
    <message>
        <location filename="../ui/review/window.py" line="296"/>
        <source>Comment (needed for a query)</source>
        <translation>コメント（照会には必須）</translation>
    </message>
    <message>
        <location filename="../ui/review/window.py" line="297"/>
        <source>Approve</source>
        <translation>承認</translation>
    </message>
    <message>
        <location filename="../ui/review/window.py" line="298"/>
        <source>Query</source>
        <translation>照会</translation>
    </message>
    <message>
        <location filename="../ui/review/window.py" line="299"/>
        <source>Clear verdict</source>
        <translation>判定をクリア</translation>
    </message>
    <message>
        <location filename="../ui/review/window.py" line="300"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../ui/review/window.py" line="301"/>
        <source>Ctrl+Shift+Enter</source>
        <translation>Ctrl+Shift+Enter</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/review/window.py" line="305"/>
        <source>%Ln invoice(s): %1 approved, %2 queried, %3 to review</source>
        <translation>
            <numerusform>請求書 %Ln 件：承認 %1、照会 %2、未レビュー %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScheduleBox</name>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="82"/>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="107"/>
        <source>%1. Next invoice on %2, for %3.</source>
        <translation>%1。次回の請求書は %2、対象期間 %3。</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="111"/>
        <source>From %1: %2.</source>
        <translation>%1 から：%2。</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="116"/>
        <source>Billing schedule:</source>
        <translation>請求スケジュール:</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="140"/>
        <source>Billing schedule · %1</source>
        <translation>請求スケジュール · %1</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="144"/>
        <source>The billing term</source>
        <translation>請求周期</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="145"/>
        <source>The billing day</source>
        <translation>請求日</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="150"/>
        <source>Anniversary of signup (day %1)</source>
        <translation>契約開始日と同じ日（%1日）</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="151"/>
        <source>Anniversary of signup</source>
        <translation>契約開始日と同じ日</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="153"/>
        <source>Day %1 of the month</source>
        <translation>毎月 %1 日</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="158"/>
        <source>&amp;Change:</source>
        <translation>変更内容(&amp;C):</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="159"/>
        <source>&amp;Term:</source>
        <translation>請求周期(&amp;T):</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="160"/>
        <source>Billing &amp;day:</source>
        <translation>請求日(&amp;D):</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="161"/>
        <source>Days 29 to 31 fall on the last day of shorter months.</source>
        <translation>29～31 日は、短い月では月末日になります。</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="162"/>
        <source>&amp;From:</source>
        <translation>開始日(&amp;F):</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="163"/>
        <source>It takes effect at the first billing boundary on or after this date that is not invoiced yet.</source>
        <translation>この日以降で、まだ請求されていない最初の請求期間の区切りから有効になります。</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="165"/>
        <source>Now: %1.</source>
        <translation>現在：%1。</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="231"/>
        <source>Takes effect on %1. The period that starts there: %2.</source>
        <translation>%1 から有効。そこから始まる期間：%2。</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="252"/>
        <source>Nothing was saved.</source>
        <translation>何も保存されていません。</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="257"/>
        <source>Billing term: %1</source>
        <translation>請求周期：%1</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="258"/>
        <source>Billing day: %1</source>
        <translation>請求日：%1</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/schedule_dialog.py" line="259"/>
        <source>%1, from %2.</source>
        <translation>%1（%2 から）。</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../ui/tenants/search_box.py" line="138"/>
        <source>Search company name or code, user email…</source>
        <translation>会社名・コード、ユーザーのメールで検索…</translation>
    </message>
    <message>
        <location filename="../ui/tenants/search_box.py" line="139"/>
        <source>Type part of a company&apos;s name or code, a reseller, or a user&apos;s email; pick a hit to show it in the tree.</source>
        <translation>会社の名前やコード、再販業者、ユーザーのメールの一部を入力し、結果を選ぶとツリーに表示されます。</translation>
    </message>
</context>
<context>
    <name>SearchHitsModel</name>
    <message>
        <location filename="../ui/tenants/search_box.py" line="48"/>
        <source>%1 · %2 · reseller</source>
        <translation>%1 · %2 · 再販業者</translation>
    </message>
    <message>
        <location filename="../ui/tenants/search_box.py" line="50"/>
        <source>direct customer</source>
        <translation>直接顧客</translation>
    </message>
    <message>
        <location filename="../ui/tenants/search_box.py" line="51"/>
        <source>%1 · %2 · company of %3</source>
        <translation>%1 · %2 · %3 の会社</translation>
    </message>
    <message>
        <location filename="../ui/tenants/search_box.py" line="53"/>
        <source>%1 · %2 · user at %3</source>
        <translation>%1 · %2 · %3 のユーザー</translation>
    </message>
</context>
<context>
    <name>SendInvoicesDialog</name>
    <message>
        <location filename="../ui/delivery/send_dialog.py" line="89"/>
        <source>Looking for invoices to send…</source>
        <translation>送信する請求書を検索しています…</translation>
    </message>
    <message>
        <location filename="../ui/delivery/send_dialog.py" line="99"/>
        <source>Sending…</source>
        <translation>送信しています…</translation>
    </message>
    <message>
        <location filename="../ui/delivery/send_dialog.py" line="111"/>
        <source>%1 of %2 sent</source>
        <translation>%2 件中 %1 件を送信済み</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/delivery/send_dialog.py" line="121"/>
        <source>&amp;Send %Ln invoice(s)</source>
        <translation>
            <numerusform>請求書 %Ln 件を送信(&amp;S)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/delivery/send_dialog.py" line="121"/>
        <location filename="../ui/delivery/send_dialog.py" line="147"/>
        <location filename="../ui/delivery/send_dialog.py" line="199"/>
        <source>&amp;Send</source>
        <translation>送信(&amp;S)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/delivery/send_dialog.py" line="122"/>
        <source>%Ln invoice(s) will be sent by e-mail, each with its PDF attached.</source>
        <translation>
            <numerusform>請求書 %Ln 件を、それぞれ PDF を添付してメールで送信します。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/delivery/send_dialog.py" line="123"/>
        <source>Nothing to send: every invoice listed was sent before or goes another way.</source>
        <translation>送信するものはありません：一覧の請求書はすべて送信済みか、別の方法で送付されます。</translation>
    </message>
    <message>
        <location filename="../ui/delivery/send_dialog.py" line="137"/>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/delivery/send_dialog.py" line="138"/>
        <source>%Ln invoice(s) sent.</source>
        <translation>
            <numerusform>請求書 %Ln 件を送信しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/delivery/send_dialog.py" line="140"/>
        <source>%Ln could not be sent: see why below; the next send tries them again.</source>
        <translation>
            <numerusform>%Ln 件を送信できませんでした：理由は下をご覧ください。次回の送信で再試行します。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/delivery/send_dialog.py" line="143"/>
        <source>%Ln in doubt: the connection was lost after sending, so they may have been delivered. They are not sent again unless you check &quot;Send again those sent before&quot;; ask the customer first.</source>
        <translation>
            <numerusform>%Ln 件は送信結果が不明です: 送信後に接続が切れたため、配信済みの可能性があります。「送信済みのものも再送信」にチェックを入れない限り再送しません。先に顧客に確認してください。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/delivery/send_dialog.py" line="155"/>
        <source>Nothing was sent.</source>
        <translation>何も送信されませんでした。</translation>
    </message>
    <message>
        <location filename="../ui/delivery/send_dialog.py" line="176"/>
        <source>Sent</source>
        <translation>送信済み</translation>
    </message>
    <message>
        <location filename="../ui/delivery/send_dialog.py" line="176"/>
        <source>Not sent</source>
        <translation>未送信</translation>
    </message>
    <message>
        <location filename="../ui/delivery/send_dialog.py" line="176"/>
        <source>Not by e-mail</source>
        <translation>メール以外</translation>
    </message>
    <message>
        <location filename="../ui/delivery/send_dialog.py" line="177"/>
        <source>Left out</source>
        <translation>対象外</translation>
    </message>
    <message>
        <location filename="../ui/delivery/send_dialog.py" line="177"/>
        <source>In doubt</source>
        <translation>不明</translation>
    </message>
    <message>
        <location filename="../ui/delivery/send_dialog.py" line="178"/>
        <source>Will be sent</source>
        <translation>送信予定</translation>
    </message>
    <message>
        <location filename="../ui/delivery/send_dialog.py" line="194"/>
        <source>Send invoices by e-mail</source>
        <translation>請求書をメールで送信</translation>
    </message>
    <message>
        <location filename="../ui/delivery/send_dialog.py" line="195"/>
        <source>Invoice</source>
        <translation>請求書</translation>
    </message>
    <message>
        <location filename="../ui/delivery/send_dialog.py" line="195"/>
        <source>Customer</source>
        <translation>顧客</translation>
    </message>
    <message>
        <location filename="../ui/delivery/send_dialog.py" line="195"/>
        <source>To</source>
        <translation>宛先</translation>
    </message>
    <message>
        <location filename="../ui/delivery/send_dialog.py" line="196"/>
        <source>What happens</source>
        <translation>処理内容</translation>
    </message>
    <message>
        <location filename="../ui/delivery/send_dialog.py" line="197"/>
        <source>Send &amp;again those sent before</source>
        <translation>送信済みのものも再送信(&amp;A)</translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <location filename="../ui/catalogue/service_dialog.py" line="41"/>
        <source>New service</source>
        <translation>新規サービス</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/service_dialog.py" line="41"/>
        <source>Edit service %1</source>
        <translation>サービス %1 を編集</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/service_dialog.py" line="53"/>
        <source>&amp;Code:</source>
        <translation>コード(&amp;C):</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/service_dialog.py" line="54"/>
        <source>A service&apos;s code never changes.</source>
        <translation>サービスのコードは変更できません。</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/service_dialog.py" line="56"/>
        <source>Name in %1:</source>
        <translation>名前（%1）:</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/service_dialog.py" line="57"/>
        <source>Description in %1:</source>
        <translation>説明（%1）:</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/service_dialog.py" line="70"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/service_dialog.py" line="70"/>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/service_dialog.py" line="92"/>
        <source>Service %1 added.</source>
        <translation>サービス %1 を追加しました。</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/service_dialog.py" line="92"/>
        <source>Service %1 saved.</source>
        <translation>サービス %1 を保存しました。</translation>
    </message>
</context>
<context>
    <name>ServicesPage</name>
    <message numerus="yes">
        <location filename="../ui/catalogue/editor.py" line="210"/>
        <source>%1 of %Ln service(s) shown</source>
        <translation>
            <numerusform>%Ln 件中 %1 件のサービスを表示</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="213"/>
        <source>Find a service by code or name</source>
        <translation>コードまたは名前でサービスを検索</translation>
    </message>
    <message>
        <location filename="../ui/catalogue/editor.py" line="214"/>
        <source>A service groups plans (Hosted Exchange: Basic, Pro…); its name heads them on invoices.</source>
        <translation>サービスはプランをまとめるものです（Hosted Exchange：Basic、Pro など）。請求書ではサービス名がプランの見出しになります。</translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="92"/>
        <source>Page</source>
        <translation>ページ</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="93"/>
        <source>Template name</source>
        <translation>テンプレート名</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="94"/>
        <source>Paper</source>
        <translation>用紙</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="94"/>
        <source>A4 (210 x 297 mm)</source>
        <translation>A4（210 x 297 mm）</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="95"/>
        <source>US Letter (8.5 x 11 in)</source>
        <translation>US レター（8.5 x 11 インチ）</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="99"/>
        <source>Top</source>
        <translation>上</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="99"/>
        <location filename="../ui/designer/settings_panel.py" line="118"/>
        <source>Right</source>
        <translation>右</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="99"/>
        <source>Bottom</source>
        <translation>下</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="100"/>
        <location filename="../ui/designer/settings_panel.py" line="118"/>
        <source>Left</source>
        <translation>左</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="101"/>
        <location filename="../ui/designer/settings_panel.py" line="121"/>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="102"/>
        <source>Change the %1 margin</source>
        <translation>余白（%1）を変更</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="110"/>
        <source>Margins</source>
        <translation>余白</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="111"/>
        <source>Font</source>
        <translation>フォント</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="115"/>
        <source>Letterhead &amp;&amp; address</source>
        <translation>レターヘッド &amp;&amp; 住所</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="117"/>
        <source>Logo placed</source>
        <translation>ロゴの位置</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="118"/>
        <source>Not shown</source>
        <translation>表示しない</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="119"/>
        <source>Logo height</source>
        <translation>ロゴの高さ</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="121"/>
        <source>Change the logo&apos;s height</source>
        <translation>ロゴの高さを変更</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="122"/>
        <source>Letterhead</source>
        <translation>レターヘッド</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="123"/>
        <source>Show our address under the logo</source>
        <translation>ロゴの下に自社の住所を表示</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="124"/>
        <source>Address window</source>
        <translation>宛名窓</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="125"/>
        <source>DIN 5008 form B (A4)</source>
        <translation>DIN 5008 フォーム B（A4）</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="125"/>
        <source>DIN 5008 form A (A4)</source>
        <translation>DIN 5008 フォーム A（A4）</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="126"/>
        <source>US #10 envelope (Letter)</source>
        <translation>US #10 封筒（レター）</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="127"/>
        <source>Where the customer&apos;s address is printed, to show through the envelope&apos;s window.</source>
        <translation>封筒の窓から見えるよう、顧客の住所を印刷する位置。</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="128"/>
        <source>Return address</source>
        <translation>差出人住所</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="130"/>
        <source>Invoice facts</source>
        <translation>請求書の情報</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="131"/>
        <source>Invoice number</source>
        <translation>請求書番号</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="131"/>
        <source>Issue date</source>
        <translation>発行日</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="131"/>
        <source>Due date</source>
        <translation>支払期日</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="132"/>
        <source>Customer number</source>
        <translation>顧客番号</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="132"/>
        <source>Billing period</source>
        <translation>請求期間</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="133"/>
        <source>Tax numbers</source>
        <translation>税番号</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="136"/>
        <source>Lines &amp;&amp; totals</source>
        <translation>明細 &amp;&amp; 合計</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="137"/>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="138"/>
        <source>Position</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="138"/>
        <source>Description (always shown)</source>
        <translation>説明（常に表示）</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="139"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="139"/>
        <source>Unit price</source>
        <translation>単価</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="139"/>
        <source>Tax rate</source>
        <translation>税率</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="140"/>
        <source>Amount (always shown)</source>
        <translation>金額（常に表示）</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="141"/>
        <source>Arithmetic</source>
        <translation>計算式</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="143"/>
        <location filename="../ui/designer/settings_panel.py" line="265"/>
        <source>Totals</source>
        <translation>合計</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="143"/>
        <source>Show the tax per rate</source>
        <translation>税率ごとの税額を表示</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="144"/>
        <location filename="../ui/designer/settings_panel.py" line="265"/>
        <source>Notes</source>
        <translation>注記</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="149"/>
        <source>Payment</source>
        <translation>支払い</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="150"/>
        <source>Payment block</source>
        <translation>支払い欄</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="150"/>
        <source>Show how to pay</source>
        <translation>支払い方法を表示</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="151"/>
        <source>Payment term</source>
        <translation>支払期限</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="152"/>
        <source> days</source>
        <translation> 日</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="153"/>
        <source>Change the payment term</source>
        <translation>支払期限を変更</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="154"/>
        <source>Account holder</source>
        <translation>口座名義</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="155"/>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="155"/>
        <source>Such as DE89 3704 0044 0532 0130 00</source>
        <translation>例：DE89 3704 0044 0532 0130 00</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="156"/>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="157"/>
        <source>Bank</source>
        <translation>銀行</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="158"/>
        <source>GiroCode</source>
        <translation>GiroCode</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="129"/>
        <source>Our address in small print above the customer&apos;s</source>
        <translation>顧客の住所の上に自社の住所を小さく表示</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="141"/>
        <source>Explain prorated lines</source>
        <translation>日割り行の計算を表示</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="142"/>
        <source>Such as “3 sites × 12.00 × 5/31 days = 5.81”.</source>
        <translation>例：「3 サイト × 12.00 × 5/31 日 = 5.81」</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="144"/>
        <source>Show the notes</source>
        <translation>注記を表示</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="145"/>
        <source>Reverse charge and exemption wording, and the note written under Texts.</source>
        <translation>リバースチャージ・非課税の文言と、「テキスト」で入力した備考。</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="158"/>
        <source>QR code for the banking app</source>
        <translation>銀行アプリ用の QR コード</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="159"/>
        <source>An EPC GiroCode, printed on euro invoices when an IBAN is given.</source>
        <translation>IBAN がある場合、ユーロ建て請求書に印刷される EPC GiroCode。</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="162"/>
        <source>Texts</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="168"/>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="169"/>
        <source>Footer</source>
        <translation>フッター</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="170"/>
        <source>Note</source>
        <translation>備考</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="171"/>
        <source>Payment text</source>
        <translation>支払いの文言</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="172"/>
        <source>Tax called</source>
        <translation>税の名称</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="173"/>
        <source>Empty: VAT, in the invoice&apos;s language</source>
        <translation>空欄：請求書の言語での「VAT」</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="185"/>
        <location filename="../ui/designer/settings_panel.py" line="199"/>
        <location filename="../ui/designer/settings_panel.py" line="248"/>
        <location filename="../ui/designer/settings_panel.py" line="415"/>
        <source>Change %1</source>
        <translation>%1 を変更</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="265"/>
        <source>Lines</source>
        <translation>明細</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="266"/>
        <source>Payment instructions</source>
        <translation>支払い案内</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="273"/>
        <source>Move up</source>
        <translation>上へ</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="273"/>
        <source>Move down</source>
        <translation>下へ</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="279"/>
        <source>Order on the page</source>
        <translation>ページ上の順序</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="280"/>
        <source>The letterhead, address and facts always come first.</source>
        <translation>レターヘッド・住所・請求書の情報は常に先頭です。</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="281"/>
        <source>Change the order of the blocks</source>
        <translation>ブロックの順序を変更</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="307"/>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="317"/>
        <location filename="../ui/designer/settings_panel.py" line="332"/>
        <source>Accent colour</source>
        <translation>アクセントカラー</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="318"/>
        <source>Headings, rules and the totals&apos; band; written #RRGGBB.</source>
        <translation>見出し・罫線・合計帯の色（#RRGGBB 形式）。</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="319"/>
        <location filename="../ui/designer/settings_panel.py" line="338"/>
        <source>Change the accent colour</source>
        <translation>アクセントカラーを変更</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="350"/>
        <source>Upload…</source>
        <translation>アップロード…</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="350"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="361"/>
        <source>Logo</source>
        <translation>ロゴ</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="361"/>
        <source>PNG or JPEG, at most %1 KiB and %2 pixels a side.</source>
        <translation>PNG または JPEG、%1 KiB 以下、各辺 %2 ピクセル以下。</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="365"/>
        <source>Remove the logo</source>
        <translation>ロゴを削除</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="369"/>
        <source>No logo</source>
        <translation>ロゴなし</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="378"/>
        <source>%1, %2 KiB, %3 x %4 pixels</source>
        <translation>%1、%2 KiB、%3 x %4 ピクセル</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="385"/>
        <source>Choose the logo</source>
        <translation>ロゴを選択</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="386"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>画像 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../ui/designer/settings_panel.py" line="404"/>
        <source>Upload the logo</source>
        <translation>ロゴをアップロード</translation>
    </message>
</context>
<context>
    <name>StatementDialog</name>
    <message>
        <location filename="../ui/payments/statement_dialog.py" line="118"/>
        <source>Save the statement</source>
        <translation>取引明細書を保存</translation>
    </message>
    <message>
        <location filename="../ui/payments/statement_dialog.py" line="119"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDFファイル (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/payments/statement_dialog.py" line="135"/>
        <source>a file name</source>
        <translation>ファイル名</translation>
    </message>
    <message>
        <location filename="../ui/payments/statement_dialog.py" line="142"/>
        <source>there is no such folder</source>
        <translation>そのフォルダーはありません</translation>
    </message>
    <message>
        <location filename="../ui/payments/statement_dialog.py" line="165"/>
        <source>Statement of account</source>
        <translation>取引明細書</translation>
    </message>
    <message>
        <location filename="../ui/payments/statement_dialog.py" line="166"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Opening balance, every entry of the period with the running balance, closing balance and what is overdue, in the customer&apos;s language.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;期首残高、期間内の各取引と残高推移、期末残高、延滞分を顧客の言語で記載します。</translation>
    </message>
    <message>
        <location filename="../ui/payments/statement_dialog.py" line="169"/>
        <source>&amp;From:</source>
        <translation>開始日(&amp;F):</translation>
    </message>
    <message>
        <location filename="../ui/payments/statement_dialog.py" line="170"/>
        <source>&amp;To:</source>
        <translation>終了日(&amp;T):</translation>
    </message>
    <message>
        <location filename="../ui/payments/statement_dialog.py" line="172"/>
        <source>&amp;Every account of the customer (all issuers and currencies)</source>
        <translation>顧客のすべての口座（全発行元・全通貨）(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/payments/statement_dialog.py" line="173"/>
        <source>&amp;File:</source>
        <translation>ファイル(&amp;F):</translation>
    </message>
    <message>
        <location filename="../ui/payments/statement_dialog.py" line="174"/>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../ui/payments/statement_dialog.py" line="175"/>
        <source>&amp;Write statement</source>
        <translation>取引明細書を作成(&amp;W)</translation>
    </message>
</context>
<context>
    <name>SubscriptionsModel</name>
    <message>
        <location filename="../ui/tenants/detail_models.py" line="78"/>
        <source>Plan</source>
        <translation>プラン</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_models.py" line="78"/>
        <source>Billed</source>
        <translation>請求方法</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_models.py" line="78"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../ui/tenants/detail_models.py" line="78"/>
        <source>Since</source>
        <translation>開始日</translation>
    </message>
</context>
<context>
    <name>TenantActions</name>
    <message>
        <location filename="../ui/tenants/actions.py" line="101"/>
        <source>&amp;Move to another company…</source>
        <translation>別の会社へ移管(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../ui/tenants/actions.py" line="102"/>
        <source>&amp;Move to another seller…</source>
        <translation>別の販売元へ移管(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../ui/tenants/actions.py" line="211"/>
        <source>New &amp;reseller…</source>
        <translation>新規再販業者(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../ui/tenants/actions.py" line="212"/>
        <source>Sign up a reseller (%1)</source>
        <translation>再販業者を登録（%1）</translation>
    </message>
    <message>
        <location filename="../ui/tenants/actions.py" line="214"/>
        <source>New &amp;company…</source>
        <translation>新規会社(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../ui/tenants/actions.py" line="215"/>
        <source>Sign up a company under the selected reseller or the hoster, or beside the selected company, under its seller (%1)</source>
        <translation>選択した再販業者またはホスターの下に、または選択した会社と同じ販売元の下に会社を登録します（%1）</translation>
    </message>
    <message>
        <location filename="../ui/tenants/actions.py" line="219"/>
        <source>New &amp;user…</source>
        <translation>新規ユーザー(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../ui/tenants/actions.py" line="220"/>
        <source>Add a user to the selected company (%1)</source>
        <translation>選択した会社にユーザーを追加（%1）</translation>
    </message>
    <message>
        <location filename="../ui/tenants/actions.py" line="222"/>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/tenants/actions.py" line="223"/>
        <source>Edit the selected reseller, company or user (%1)</source>
        <translation>選択した再販業者・会社・ユーザーを編集（%1）</translation>
    </message>
    <message>
        <location filename="../ui/tenants/actions.py" line="228"/>
        <source>New reseller…</source>
        <comment>toolbar button, short</comment>
        <translation>新規再販業者…</translation>
    </message>
    <message>
        <location filename="../ui/tenants/actions.py" line="229"/>
        <source>New company…</source>
        <comment>toolbar button, short</comment>
        <translation>新規会社…</translation>
    </message>
    <message>
        <location filename="../ui/tenants/actions.py" line="230"/>
        <source>New user…</source>
        <comment>toolbar button, short</comment>
        <translation>新規ユーザー…</translation>
    </message>
    <message>
        <location filename="../ui/tenants/actions.py" line="231"/>
        <source>Tenants</source>
        <translation>テナント</translation>
    </message>
</context>
<context>
    <name>TenantBrowser</name>
    <message>
        <location filename="../ui/tenants/browser.py" line="149"/>
        <source>The database holds no hoster yet.</source>
        <translation>データベースにはまだホスティング事業者がありません。</translation>
    </message>
    <message>
        <location filename="../ui/tenants/browser.py" line="153"/>
        <source>Nothing matches “%1”.</source>
        <translation>「%1」に一致するものはありません。</translation>
    </message>
    <message>
        <location filename="../ui/tenants/browser.py" line="155"/>
        <source>Matches for “%1”: %2</source>
        <translation>「%1」の検索結果：%2</translation>
    </message>
    <message>
        <location filename="../ui/tenants/browser.py" line="188"/>
        <source>“%1” is no longer in the tree; press F5 to reload.</source>
        <translation>「%1」はツリーにありません。F5 キーで再読み込みしてください。</translation>
    </message>
</context>
<context>
    <name>TenantDialog</name>
    <message>
        <location filename="../ui/tenants/forms/base.py" line="117"/>
        <source>one line each: street, building…</source>
        <translation>1 行に 1 項目：番地、建物名…</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/base.py" line="122"/>
        <source>A&amp;ddress:</source>
        <translation>住所(&amp;D):</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/base.py" line="123"/>
        <source>&amp;Postcode:</source>
        <translation>郵便番号(&amp;P):</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/base.py" line="124"/>
        <source>Cit&amp;y:</source>
        <translation>市区町村(&amp;Y):</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/base.py" line="125"/>
        <source>C&amp;ountry:</source>
        <translation>国(&amp;O):</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/base.py" line="161"/>
        <source>Someone else saved first.</source>
        <translation>ほかの人が先に保存しました。</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/base.py" line="164"/>
        <source>&amp;Reload the form</source>
        <translation>フォームを再読み込み(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/base.py" line="166"/>
        <source>&amp;Keep editing</source>
        <translation>編集を続ける(&amp;K)</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/base.py" line="222"/>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/base.py" line="334"/>
        <source>Nothing was changed.</source>
        <translation>何も変更されていません。</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/base.py" line="354"/>
        <source>Saving…</source>
        <translation>保存中…</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/base.py" line="386"/>
        <source>Nothing was saved: please correct the marked fields.</source>
        <translation>何も保存されていません：マークされた項目を修正してください。</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/base.py" line="457"/>
        <source>Their change:</source>
        <translation>相手の変更:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/base.py" line="458"/>
        <source>Reload the form with their change? What you typed here is replaced.</source>
        <translation>相手の変更でフォームを再読み込みしますか？ ここで入力した内容は置き換えられます。</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/base.py" line="437"/>
        <location filename="../ui/tenants/forms/base.py" line="468"/>
        <source>Read again: this is the stored version now.</source>
        <translation>再読み込みしました：これが現在保存されている内容です。</translation>
    </message>
</context>
<context>
    <name>TenantTreeModel</name>
    <message>
        <location filename="../ui/tenants/tree_model.py" line="310"/>
        <location filename="../ui/tenants/tree_model.py" line="317"/>
        <source>Direct customers</source>
        <translation>直接顧客</translation>
    </message>
    <message>
        <location filename="../ui/tenants/tree_model.py" line="330"/>
        <source>Hoster</source>
        <translation>ホスティング事業者</translation>
    </message>
    <message>
        <location filename="../ui/tenants/tree_model.py" line="331"/>
        <source>Reseller</source>
        <translation>再販業者</translation>
    </message>
    <message>
        <location filename="../ui/tenants/tree_model.py" line="332"/>
        <source>Companies the hoster bills directly</source>
        <translation>ホスティング事業者が直接請求する会社</translation>
    </message>
    <message>
        <location filename="../ui/tenants/tree_model.py" line="333"/>
        <source>Company</source>
        <translation>会社</translation>
    </message>
    <message>
        <location filename="../ui/tenants/tree_model.py" line="334"/>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <location filename="../ui/tenants/tree_model.py" line="339"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../ui/tenants/tree_model.py" line="339"/>
        <source>Code / email</source>
        <translation>コード / メール</translation>
    </message>
</context>
<context>
    <name>UndoDialog</name>
    <message>
        <location filename="../ui/tenants/changes/undo_action.py" line="45"/>
        <source>Undo this change</source>
        <translation>この変更の取り消し</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/undo_action.py" line="46"/>
        <source>Undo change #%1: %2?</source>
        <translation>変更 #%1 を取り消しますか：%2</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/undo_action.py" line="51"/>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/undo_action.py" line="57"/>
        <source>&amp;Undo the change</source>
        <translation>変更を取り消す(&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/undo_action.py" line="93"/>
        <source>Undoing it records, dated like the change:</source>
        <translation>取り消すと、変更と同じ日付で次を記録します:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/undo_action.py" line="94"/>
        <source>Nothing is deleted: the change and its undo both stay in the history, and the invoices come to what they would have been without the change.</source>
        <translation>何も削除されません：変更とその取り消しはどちらも履歴に残り、請求書は変更がなかった場合と同じ金額になります。</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/undo_action.py" line="99"/>
        <source>The next invoice cannot be worked out yet: %1</source>
        <translation>次回の請求書はまだ計算できません：%1</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/undo_action.py" line="112"/>
        <source>This change cannot be undone:</source>
        <translation>この変更は取り消せません:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/changes/undo_action.py" line="116"/>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
</context>
<context>
    <name>UnsavedWork</name>
    <message>
        <location filename="../ui/dialogs/unsaved.py" line="26"/>
        <source>Discard your changes?</source>
        <translation>変更を破棄しますか？</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/unsaved.py" line="27"/>
        <source>What you typed here has not been saved. Close and discard it?</source>
        <translation>ここで入力した内容はまだ保存されていません。閉じて破棄しますか？</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/unsaved.py" line="31"/>
        <source>Keep editing</source>
        <translation>編集を続ける</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../ui/tenants/forms/user_dialog.py" line="28"/>
        <source>New user</source>
        <translation>新規ユーザー</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/user_dialog.py" line="28"/>
        <source>Edit user %1</source>
        <translation>ユーザー %1 を編集</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/user_dialog.py" line="38"/>
        <source>Company:</source>
        <translation>会社:</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/user_dialog.py" line="42"/>
        <source>&amp;Email:</source>
        <translation>メール(&amp;E):</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/user_dialog.py" line="43"/>
        <source>Unique within the company.</source>
        <translation>会社内で一意であること。</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/user_dialog.py" line="45"/>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/user_dialog.py" line="77"/>
        <source>User %1 added.</source>
        <translation>ユーザー %1 を追加しました。</translation>
    </message>
    <message>
        <location filename="../ui/tenants/forms/user_dialog.py" line="77"/>
        <source>User %1 saved.</source>
        <translation>ユーザー %1 を保存しました。</translation>
    </message>
</context>
</TS>
