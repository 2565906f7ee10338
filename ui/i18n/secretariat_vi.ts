<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AdoptionBar</name>
    <message>
        <location filename="../tabs/resolution/adoption.py" line="47"/>
        <location filename="../tabs/resolution/adoption.py" line="131"/>
        <source>Save a version</source>
        <translation>Lưu phiên bản</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/adoption.py" line="56"/>
        <location filename="../tabs/resolution/adoption.py" line="159"/>
        <source>Adopt the resolution</source>
        <translation>Thông qua nghị quyết</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/adoption.py" line="65"/>
        <location filename="../tabs/resolution/adoption.py" line="225"/>
        <source>Reopen the resolution</source>
        <translation>Mở lại nghị quyết</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/adoption.py" line="77"/>
        <source>Congress resolution</source>
        <translation>Nghị quyết đại hội</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/adoption.py" line="84"/>
        <source>Save version (Ctrl+S)</source>
        <translation>Lưu phiên bản (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/adoption.py" line="86"/>
        <source>Adopt the resolution… (Ctrl+Shift+A)</source>
        <translation>Thông qua nghị quyết… (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/adoption.py" line="89"/>
        <source>Reopen…</source>
        <translation>Mở lại…</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/adoption.py" line="107"/>
        <source>Adopted: “%1” (%2) is frozen. The draft can no longer be edited; use Reopen… to change it.</source>
        <translation>Đã thông qua: “%1” (%2) đã được khóa. Không thể sửa dự thảo nữa; muốn sửa, dùng Mở lại….</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/adoption.py" line="115"/>
        <source>Adopted</source>
        <translation>Đã thông qua</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/adoption.py" line="117"/>
        <source>Working draft · %1 saved versions</source>
        <translation>Dự thảo đang sửa · %1 phiên bản đã lưu</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/adoption.py" line="134"/>
        <source>Saved as “%1”.</source>
        <translation>Đã lưu thành “%1”.</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/adoption.py" line="150"/>
        <source>Type the hands of the vote on the whole resolution. If it passes, the working draft is frozen as the adopted resolution.</source>
        <translation>Nhập kết quả biểu quyết thông qua toàn văn nghị quyết. Nếu được thông qua, dự thảo đang sửa được khóa thành nghị quyết chính thức.</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/adoption.py" line="154"/>
        <source>Majority base %1 · full members present %2</source>
        <translation>Mẫu số %1 · đảng viên chính thức có mặt %2</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/adoption.py" line="179"/>
        <source>Remarks not dealt with</source>
        <translation>Ý kiến chưa xử lý</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/adoption.py" line="181"/>
        <source>These remarks are still pending:
%1

Deal with each in the list (accept, explain or vote) — or record them all as not accepted, with the reason below, and go on to the adoption vote.</source>
        <translation>Các ý kiến sau chưa được xử lý:
%1

Hãy xử lý từng ý kiến trong danh sách (tiếp thu, giải trình hoặc biểu quyết) — hoặc ghi nhận tất cả là không tiếp thu, với lý do dưới đây, rồi chuyển sang biểu quyết thông qua.</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/adoption.py" line="190"/>
        <source>Not adopted: a reason is needed.</source>
        <translation>Chưa thông qua: cần ghi lý do.</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/adoption.py" line="194"/>
        <source>Explain amendment %1</source>
        <translation>giải trình ý kiến góp ý %1</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/adoption.py" line="205"/>
        <source>The resolution is adopted (%1 in favour).</source>
        <translation>Nghị quyết đã được thông qua (%1 tán thành).</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/adoption.py" line="211"/>
        <source>Not adopted: %1 in favour is not more than half. The vote is recorded.</source>
        <translation>Không thông qua: %1 tán thành, không quá một nửa. Đã ghi kết quả biểu quyết.</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/adoption.py" line="227"/>
        <source>Reopen the adopted resolution for editing? The adopted version stays in the list, no longer marked adopted; the resolution must be adopted again.

What does the congress reopen it for? (the minutes say it)</source>
        <translation>Mở lại nghị quyết đã thông qua để sửa? Bản đã thông qua vẫn nằm trong danh sách nhưng không còn là bản được thông qua; nghị quyết phải được biểu quyết thông qua lại.

Đại hội mở lại để làm gì? (biên bản sẽ ghi)</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/adoption.py" line="237"/>
        <source>Reopened: the draft can be edited again.</source>
        <translation>Đã mở lại: có thể sửa dự thảo.</translation>
    </message>
</context>
<context>
    <name>AgendaItemDialog</name>
    <message>
        <location filename="../tabs/agenda/item_dialog.py" line="74"/>
        <source>Edit agenda item</source>
        <translation>Sửa mục chương trình</translation>
    </message>
    <message>
        <location filename="../tabs/agenda/item_dialog.py" line="74"/>
        <source>Add agenda item</source>
        <translation>Thêm mục chương trình</translation>
    </message>
    <message>
        <location filename="../tabs/agenda/item_dialog.py" line="85"/>
        <source>e.g. Đồng chí Lê Đình Khải, Bí thư Chi bộ</source>
        <translation>Ví dụ: Đồng chí Lê Đình Khải, Bí thư Chi bộ</translation>
    </message>
    <message>
        <location filename="../tabs/agenda/item_dialog.py" line="89"/>
        <source> min</source>
        <translation> phút</translation>
    </message>
    <message>
        <location filename="../tabs/agenda/item_dialog.py" line="91"/>
        <source>Voted on by show of &amp;hands</source>
        <translation>&amp;Biểu quyết bằng giơ tay</translation>
    </message>
    <message>
        <location filename="../tabs/agenda/item_dialog.py" line="100"/>
        <source>&amp;Title:</source>
        <translation>&amp;Tên mục:</translation>
    </message>
    <message>
        <location filename="../tabs/agenda/item_dialog.py" line="101"/>
        <source>&amp;Presenter:</source>
        <translation>&amp;Người trình bày:</translation>
    </message>
    <message>
        <location filename="../tabs/agenda/item_dialog.py" line="102"/>
        <source>Planned ti&amp;me:</source>
        <translation>Thời gian &amp;dự kiến:</translation>
    </message>
    <message>
        <location filename="../tabs/agenda/item_dialog.py" line="104"/>
        <source>&amp;Notes for the minutes:</source>
        <translation>&amp;Ghi chép cho biên bản:</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../models/agenda_model.py" line="73"/>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <location filename="../models/agenda_model.py" line="74"/>
        <source>Item</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../models/agenda_model.py" line="75"/>
        <source>Presenter</source>
        <translation>Người trình bày</translation>
    </message>
    <message>
        <location filename="../models/agenda_model.py" line="76"/>
        <source>Planned (min)</source>
        <translation>Dự kiến (phút)</translation>
    </message>
    <message>
        <location filename="../models/agenda_model.py" line="77"/>
        <source>Planned start</source>
        <translation>Dự kiến bắt đầu</translation>
    </message>
    <message>
        <location filename="../models/agenda_model.py" line="78"/>
        <source>Actual start–end</source>
        <translation>Giờ thực tế</translation>
    </message>
    <message>
        <location filename="../models/agenda_model.py" line="79"/>
        <source>Vote</source>
        <translation>Biểu quyết</translation>
    </message>
    <message>
        <location filename="../models/agenda_model.py" line="201"/>
        <source>Voted on by show of hands</source>
        <translation>Biểu quyết bằng giơ tay</translation>
    </message>
</context>
<context>
    <name>AgendaTab</name>
    <message>
        <location filename="../tabs/agenda/item_dialog.py" line="39"/>
        <source>Every item has been held: there is no next item to start.</source>
        <translation>Đã tiến hành hết các mục: không còn mục nào để bắt đầu.</translation>
    </message>
    <message>
        <location filename="../tabs/agenda/item_dialog.py" line="42"/>
        <source>No item is under way.</source>
        <translation>Không có mục nào đang tiến hành.</translation>
    </message>
    <message>
        <location filename="../tabs/agenda/item_dialog.py" line="45"/>
        <source>The item needs a title.</source>
        <translation>Mục chương trình phải có tên.</translation>
    </message>
    <message>
        <location filename="../tabs/agenda/item_dialog.py" line="48"/>
        <source>The title is too long (at most %1 characters).</source>
        <translation>Tên mục quá dài (tối đa %1 ký tự).</translation>
    </message>
    <message>
        <location filename="../tabs/agenda/item_dialog.py" line="51"/>
        <source>The planned time must be between 0 and 1440 minutes.</source>
        <translation>Thời gian dự kiến phải từ 0 đến 1440 phút.</translation>
    </message>
    <message>
        <location filename="../tabs/agenda/item_dialog.py" line="54"/>
        <source>The notes are too long (at most %1 characters).</source>
        <translation>Ghi chép quá dài (tối đa %1 ký tự).</translation>
    </message>
    <message>
        <location filename="../tabs/agenda/tab.py" line="134"/>
        <source>▶ Start next item (F5)</source>
        <translation>▶ Bắt đầu mục tiếp theo (F5)</translation>
    </message>
    <message>
        <location filename="../tabs/agenda/tab.py" line="135"/>
        <source>■ End current item (Shift+F5)</source>
        <translation>■ Kết thúc mục hiện tại (Shift+F5)</translation>
    </message>
    <message>
        <location filename="../tabs/agenda/tab.py" line="139"/>
        <source>Add… (Insert)</source>
        <translation>Thêm… (Insert)</translation>
    </message>
    <message>
        <location filename="../tabs/agenda/tab.py" line="140"/>
        <source>Edit… (F2)</source>
        <translation>Sửa… (F2)</translation>
    </message>
    <message>
        <location filename="../tabs/agenda/tab.py" line="141"/>
        <source>Remove (Delete)</source>
        <translation>Xóa (Delete)</translation>
    </message>
    <message>
        <location filename="../tabs/agenda/tab.py" line="142"/>
        <source>Move up (Ctrl+↑)</source>
        <translation>Chuyển lên (Ctrl+↑)</translation>
    </message>
    <message>
        <location filename="../tabs/agenda/tab.py" line="143"/>
        <source>Move down (Ctrl+↓)</source>
        <translation>Chuyển xuống (Ctrl+↓)</translation>
    </message>
    <message>
        <location filename="../tabs/agenda/tab.py" line="145"/>
        <source>Working bodies… (Ctrl+Shift+B)</source>
        <translation>Đoàn Chủ tịch, Thư ký… (Ctrl+Shift+B)</translation>
    </message>
    <message>
        <location filename="../tabs/agenda/tab.py" line="203"/>
        <source>Notes for the minutes</source>
        <translation>Ghi chép cho biên bản</translation>
    </message>
    <message>
        <location filename="../tabs/agenda/tab.py" line="211"/>
        <source>What was said and decided under this item, for the minutes…</source>
        <translation>Nội dung phát biểu và kết luận của mục này, để ghi vào biên bản…</translation>
    </message>
    <message>
        <location filename="../tabs/agenda/tab.py" line="217"/>
        <source>Saved when you leave the field or stop typing for a moment.</source>
        <translation>Tự động lưu khi rời khỏi ô này hoặc ngừng gõ giây lát.</translation>
    </message>
    <message>
        <location filename="../tabs/agenda/tab.py" line="255"/>
        <source>Start the next item</source>
        <translation>Bắt đầu mục tiếp theo</translation>
    </message>
    <message>
        <location filename="../tabs/agenda/tab.py" line="262"/>
        <source>End the current item</source>
        <translation>Kết thúc mục hiện tại</translation>
    </message>
    <message>
        <location filename="../tabs/agenda/tab.py" line="276"/>
        <source>Add an item</source>
        <translation>Thêm mục</translation>
    </message>
    <message>
        <location filename="../tabs/agenda/tab.py" line="283"/>
        <location filename="../tabs/agenda/tab.py" line="295"/>
        <source>Edit the item</source>
        <translation>Sửa mục</translation>
    </message>
    <message>
        <location filename="../tabs/agenda/tab.py" line="302"/>
        <source>Remove the item</source>
        <translation>Xóa mục</translation>
    </message>
    <message>
        <location filename="../tabs/agenda/tab.py" line="310"/>
        <source>Move the item up</source>
        <translation>Chuyển mục lên trên</translation>
    </message>
    <message>
        <location filename="../tabs/agenda/tab.py" line="317"/>
        <source>Move the item down</source>
        <translation>Chuyển mục xuống dưới</translation>
    </message>
    <message>
        <location filename="../tabs/agenda/tab.py" line="269"/>
        <source>Working bodies…</source>
        <translation>Đoàn Chủ tịch, Thư ký…</translation>
    </message>
    <message>
        <location filename="../tabs/agenda/item_dialog.py" line="175"/>
        <source>Session dated another day</source>
        <translation>Phiên họp ghi ngày khác</translation>
    </message>
    <message>
        <location filename="../tabs/agenda/item_dialog.py" line="176"/>
        <source>The official session is dated %1, but today is %2. The times F5 stamps are today&apos;s, so the minutes would give two dates. Correct the session&apos;s date in the Congress tab first, or start the item anyway?</source>
        <translation>Phiên chính thức ghi ngày %1, nhưng hôm nay là ngày %2. Giờ mà F5 ghi là giờ của hôm nay, nên biên bản sẽ có hai ngày khác nhau. Hãy sửa ngày của phiên họp ở thẻ Đại hội trước, hay vẫn bắt đầu nội dung này?</translation>
    </message>
    <message>
        <location filename="../tabs/agenda/tab.py" line="444"/>
        <source>Select an item to write its notes.</source>
        <translation>Chọn một mục để ghi chép.</translation>
    </message>
    <message>
        <location filename="../tabs/agenda/tab.py" line="486"/>
        <source>Notes not saved: %1</source>
        <translation>Chưa lưu được ghi chép: %1</translation>
    </message>
    <message>
        <location filename="../tabs/agenda/tab.py" line="521"/>
        <source>Not started: the session is dated another day.</source>
        <translation>Chưa bắt đầu: phiên họp ghi ngày khác.</translation>
    </message>
    <message>
        <location filename="../tabs/agenda/tab.py" line="531"/>
        <source>%1 started at %2</source>
        <translation>%1 — bắt đầu lúc %2</translation>
    </message>
    <message>
        <location filename="../tabs/agenda/tab.py" line="552"/>
        <source>%1 ended at %2</source>
        <translation>%1 — kết thúc lúc %2</translation>
    </message>
    <message>
        <location filename="../tabs/agenda/tab.py" line="595"/>
        <source>Remove the item “%1” from the programme?</source>
        <translation>Xóa mục “%1” khỏi chương trình?</translation>
    </message>
    <message>
        <location filename="../tabs/agenda/tab.py" line="599"/>
        <source>Its %1 registered speech(es) are removed with it.</source>
        <translation>%1 lượt đăng ký phát biểu của mục này cũng bị xóa theo.</translation>
    </message>
    <message>
        <location filename="../tabs/agenda/tab.py" line="601"/>
        <source>This can be undone (Ctrl+Z).</source>
        <translation>Có thể hoàn tác thao tác này (Ctrl+Z).</translation>
    </message>
    <message>
        <location filename="../tabs/agenda/tab.py" line="604"/>
        <source>Remove agenda item</source>
        <translation>Xóa mục chương trình</translation>
    </message>
</context>
<context>
    <name>AmendmentDialog</name>
    <message>
        <location filename="../dialogs/resolution.py" line="127"/>
        <source>Record an amendment</source>
        <translation>Ghi ý kiến góp ý</translation>
    </message>
    <message>
        <location filename="../dialogs/resolution.py" line="193"/>
        <source>A speaker, or type a name</source>
        <translation>Chọn người phát biểu, hoặc nhập tên</translation>
    </message>
    <message>
        <location filename="../dialogs/resolution.py" line="202"/>
        <source>(general remark)</source>
        <translation>(góp ý chung)</translation>
    </message>
    <message>
        <location filename="../dialogs/resolution.py" line="158"/>
        <source>e.g. 25 or 12,5 (targets only)</source>
        <translation>Ví dụ: 25 hoặc 12,5 (chỉ với chỉ tiêu)</translation>
    </message>
    <message>
        <location filename="../dialogs/resolution.py" line="161"/>
        <source>Proposed &amp;by:</source>
        <translation>&amp;Người góp ý:</translation>
    </message>
    <message>
        <location filename="../dialogs/resolution.py" line="162"/>
        <source>C&amp;oncerns:</source>
        <translation>&amp;Góp ý vào:</translation>
    </message>
    <message>
        <location filename="../dialogs/resolution.py" line="137"/>
        <source>What the speaker said, as in your notes (never written into the draft)</source>
        <translation>Ý kiến của người phát biểu, như trong sổ ghi (không bao giờ được đưa vào dự thảo)</translation>
    </message>
    <message>
        <location filename="../dialogs/resolution.py" line="142"/>
        <source>Only the new wording of the point or target (empty: no new wording)</source>
        <translation>Chỉ ghi câu chữ mới của điểm hoặc chỉ tiêu (để trống: không đề nghị câu chữ mới)</translation>
    </message>
    <message>
        <location filename="../dialogs/resolution.py" line="163"/>
        <source>&amp;Remark:</source>
        <translation>Ý &amp;kiến:</translation>
    </message>
    <message>
        <location filename="../dialogs/resolution.py" line="164"/>
        <source>Proposed &amp;wording:</source>
        <translation>&amp;Câu chữ đề nghị:</translation>
    </message>
    <message>
        <location filename="../dialogs/resolution.py" line="166"/>
        <source>Proposed &amp;figure:</source>
        <translation>&amp;Số liệu đề nghị:</translation>
    </message>
    <message>
        <location filename="../dialogs/resolution.py" line="167"/>
        <source>Would read:</source>
        <translation>Sẽ thành:</translation>
    </message>
    <message>
        <location filename="../dialogs/resolution.py" line="224"/>
        <source>Now: %1. A new figure and/or a new text for the target.</source>
        <translation>Hiện tại: %1. Đề nghị số liệu mới và/hoặc nội dung mới cho chỉ tiêu.</translation>
    </message>
    <message>
        <location filename="../dialogs/resolution.py" line="230"/>
        <source>If accepted, this wording replaces the text of the section.</source>
        <translation>Nếu được tiếp thu, nội dung này thay thế nội dung của mục.</translation>
    </message>
    <message>
        <location filename="../dialogs/resolution.py" line="233"/>
        <source>A general remark: nothing in the draft changes.</source>
        <translation>Góp ý chung: dự thảo không thay đổi.</translation>
    </message>
    <message>
        <location filename="../dialogs/resolution.py" line="252"/>
        <source>(the draft does not change)</source>
        <translation>(dự thảo không thay đổi)</translation>
    </message>
</context>
<context>
    <name>AmendmentsPanel</name>
    <message>
        <location filename="../tabs/resolution/amendments.py" line="80"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/amendments.py" line="81"/>
        <source>Proposed by</source>
        <translation>Người góp ý</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/amendments.py" line="82"/>
        <location filename="../tabs/resolution/amendments.py" line="149"/>
        <source>Concerns</source>
        <translation>Vị trí</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/amendments.py" line="83"/>
        <location filename="../tabs/resolution/amendments.py" line="149"/>
        <source>Proposal</source>
        <translation>Nội dung góp ý</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/amendments.py" line="84"/>
        <source>Fate</source>
        <translation>Xử lý</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/amendments.py" line="97"/>
        <source>Add… (Insert)</source>
        <translation>Thêm… (Insert)</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/amendments.py" line="98"/>
        <source>Accept (apply to the draft)</source>
        <translation>Tiếp thu (sửa vào dự thảo)</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/amendments.py" line="99"/>
        <source>Explain…</source>
        <translation>Giải trình…</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/amendments.py" line="100"/>
        <location filename="../tabs/resolution/amendments.py" line="216"/>
        <source>Put to a vote</source>
        <translation>Đưa ra biểu quyết</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/amendments.py" line="102"/>
        <source>Remove (Delete)</source>
        <translation>Xóa (Delete)</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/amendments.py" line="130"/>
        <source>Hands of its vote</source>
        <translation>Kết quả biểu quyết</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/amendments.py" line="133"/>
        <source>In favour:</source>
        <translation>Tán thành:</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/amendments.py" line="134"/>
        <source>Against:</source>
        <translation>Không tán thành:</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/amendments.py" line="135"/>
        <source>Other opinion:</source>
        <translation>Ý kiến khác:</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/amendments.py" line="136"/>
        <source>Record the hands (Enter)</source>
        <translation>Ghi kết quả (Enter)</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/amendments.py" line="143"/>
        <source>Disputed points (put to a vote) and their outcomes</source>
        <translation>Các vấn đề còn ý kiến khác nhau (đưa ra biểu quyết) và kết quả</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/amendments.py" line="149"/>
        <source>Outcome</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/amendments.py" line="189"/>
        <location filename="../tabs/resolution/amendments.py" line="390"/>
        <source>Record an amendment</source>
        <translation>Ghi ý kiến góp ý</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/amendments.py" line="196"/>
        <source>Remove the amendment</source>
        <translation>Xóa ý kiến góp ý</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/amendments.py" line="203"/>
        <source>Accept the amendment</source>
        <translation>Tiếp thu ý kiến góp ý</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/amendments.py" line="210"/>
        <source>Explain</source>
        <translation>Giải trình</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/amendments.py" line="224"/>
        <source>accepted, applied</source>
        <translation>tiếp thu, đã sửa dự thảo</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/amendments.py" line="224"/>
        <source>accepted</source>
        <translation>tiếp thu</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/amendments.py" line="226"/>
        <source>explained</source>
        <translation>giải trình</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/amendments.py" line="228"/>
        <source>pending</source>
        <translation>chưa xử lý</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/amendments.py" line="231"/>
        <source>put to a vote, not held yet</source>
        <translation>đưa ra biểu quyết, chưa biểu quyết</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/amendments.py" line="233"/>
        <source>vote passed %1, not applied yet: record the hands here</source>
        <translation>biểu quyết thông qua %1, chưa sửa dự thảo: ghi kết quả biểu quyết tại đây</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/amendments.py" line="237"/>
        <source>vote passed %1, applied</source>
        <translation>biểu quyết thông qua %1, đã sửa dự thảo</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/amendments.py" line="238"/>
        <source>vote failed %1, draft kept</source>
        <translation>biểu quyết không thông qua %1, giữ nguyên dự thảo</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/amendments.py" line="272"/>
        <location filename="../tabs/resolution/amendments.py" line="292"/>
        <location filename="../tabs/resolution/amendments.py" line="331"/>
        <source>(general)</source>
        <translation>(chung)</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/amendments.py" line="321"/>
        <source>Select an amendment, or press Insert to record one.</source>
        <translation>Chọn một ý kiến góp ý, hoặc nhấn Insert để ghi ý kiến mới.</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/amendments.py" line="324"/>
        <source>No amendments yet: press Insert to record a remark from the discussion.</source>
        <translation>Chưa có ý kiến góp ý: nhấn Insert để ghi một ý kiến từ phần thảo luận.</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/amendments.py" line="329"/>
        <source>%1 proposes, on %2:</source>
        <translation>%1 góp ý vào %2:</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/amendments.py" line="335"/>
        <source>Text when recorded: %1</source>
        <translation>Nội dung lúc ghi nhận: %1</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/amendments.py" line="337"/>
        <source>Answer: %1</source>
        <translation>Giải trình: %1</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/amendments.py" line="338"/>
        <source>Fate: %1</source>
        <translation>Xử lý: %1</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/amendments.py" line="429"/>
        <source>Accept amendment %1</source>
        <translation>tiếp thu ý kiến góp ý %1</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/amendments.py" line="434"/>
        <source>Accepted and written into the draft.</source>
        <translation>Đã tiếp thu và sửa vào dự thảo.</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/amendments.py" line="436"/>
        <source>Accepted (no new wording to write into the draft).</source>
        <translation>Đã tiếp thu (không có câu chữ mới để sửa vào dự thảo).</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/amendments.py" line="450"/>
        <source>Explain amendment %1</source>
        <translation>giải trình ý kiến góp ý %1</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/amendments.py" line="465"/>
        <source>If it passes, %1 will read:

%2</source>
        <translation>Nếu được thông qua, %1 sẽ thành:

%2</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/amendments.py" line="466"/>
        <source>the draft</source>
        <translation>dự thảo</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/amendments.py" line="469"/>
        <source>This amendment proposes no new wording: the draft will not change.</source>
        <translation>Ý kiến này không đề nghị câu chữ mới: dự thảo không thay đổi.</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/amendments.py" line="473"/>
        <location filename="../tabs/resolution/amendments.py" line="481"/>
        <source>Put amendment %1 to a vote</source>
        <translation>đưa ý kiến góp ý %1 ra biểu quyết</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/amendments.py" line="474"/>
        <source>Put it to a show-of-hands vote?</source>
        <translation>Đưa ra biểu quyết bằng giơ tay?</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/amendments.py" line="486"/>
        <source>A show-of-hands vote was added: type the hands and press Enter.</source>
        <translation>Đã thêm một nội dung biểu quyết giơ tay: nhập kết quả rồi nhấn Enter.</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/amendments.py" line="502"/>
        <source>Record the vote on amendment %1</source>
        <translation>ghi kết quả biểu quyết ý kiến góp ý %1</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/amendments.py" line="509"/>
        <source>Recorded: %1</source>
        <translation>Đã ghi kết quả: %1</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/amendments.py" line="518"/>
        <source>Remove amendment %1</source>
        <translation>xóa ý kiến góp ý %1</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/amendments.py" line="520"/>
        <source>Removed (Ctrl+Z brings it back).</source>
        <translation>Đã xóa (Ctrl+Z để khôi phục).</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <location filename="../dialogs/resolution.py" line="301"/>
        <source>Explain (keep the draft)</source>
        <translation>Giải trình (giữ nguyên dự thảo)</translation>
    </message>
    <message>
        <location filename="../dialogs/resolution.py" line="311"/>
        <source>The proposal:</source>
        <translation>Ý kiến góp ý:</translation>
    </message>
    <message>
        <location filename="../dialogs/resolution.py" line="313"/>
        <source>The presidium&apos;s &amp;answer:</source>
        <translation>Đoàn Chủ tịch &amp;giải trình:</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <location filename="../models/attendance_model.py" line="366"/>
        <source>Party card no. %1</source>
        <translation>Số thẻ đảng viên: %1</translation>
    </message>
    <message>
        <location filename="../models/attendance_model.py" line="408"/>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <location filename="../models/attendance_model.py" line="409"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../models/attendance_model.py" line="410"/>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <location filename="../models/attendance_model.py" line="411"/>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../models/attendance_model.py" line="412"/>
        <source>Attendance</source>
        <translation>Điểm danh</translation>
    </message>
    <message>
        <location filename="../models/attendance_model.py" line="419"/>
        <source>Exempt</source>
        <translation>Miễn sinh hoạt</translation>
    </message>
    <message>
        <location filename="../models/attendance_model.py" line="421"/>
        <source>Attached here</source>
        <translation>Tạm thời đến</translation>
    </message>
    <message>
        <location filename="../models/attendance_model.py" line="423"/>
        <source>Attached out</source>
        <translation>Tạm thời đi</translation>
    </message>
    <message>
        <location filename="../models/attendance_model.py" line="425"/>
        <source>Suspended</source>
        <translation>Đình chỉ sinh hoạt</translation>
    </message>
    <message>
        <location filename="../models/attendance_model.py" line="431"/>
        <source>Probationary</source>
        <translation>Dự bị</translation>
    </message>
    <message>
        <location filename="../models/attendance_model.py" line="433"/>
        <source>Full</source>
        <translation>Chính thức</translation>
    </message>
    <message>
        <location filename="../models/attendance_model.py" line="440"/>
        <source>Left at %1</source>
        <translation>Ra về lúc %1</translation>
    </message>
    <message>
        <location filename="../models/attendance_model.py" line="444"/>
        <source>Present</source>
        <translation>Có mặt</translation>
    </message>
    <message>
        <location filename="../models/attendance_model.py" line="445"/>
        <source>Present since %1</source>
        <translation>Có mặt từ %1</translation>
    </message>
    <message>
        <location filename="../models/attendance_model.py" line="449"/>
        <source>Excused: %1</source>
        <translation>Vắng có lý do: %1</translation>
    </message>
    <message>
        <location filename="../models/attendance_model.py" line="454"/>
        <source>Absent: %1</source>
        <translation>Vắng không lý do: %1</translation>
    </message>
    <message>
        <location filename="../models/attendance_model.py" line="457"/>
        <source>Absent</source>
        <translation>Vắng không lý do</translation>
    </message>
    <message>
        <location filename="../models/attendance_model.py" line="459"/>
        <source>Not summoned</source>
        <translation>Không được triệu tập</translation>
    </message>
    <message>
        <location filename="../models/attendance_model.py" line="460"/>
        <source>Not yet arrived</source>
        <translation>Chưa đến</translation>
    </message>
</context>
<context>
    <name>AttendanceTab</name>
    <message>
        <location filename="../tabs/attendance.py" line="134"/>
        <source>Session:</source>
        <translation>Phiên:</translation>
    </message>
    <message>
        <location filename="../tabs/attendance.py" line="142"/>
        <source>Type a name or scan a party card…</source>
        <translation>Nhập tên hoặc quét thẻ đảng viên…</translation>
    </message>
    <message>
        <location filename="../tabs/attendance.py" line="182"/>
        <source>Present (Enter)</source>
        <translation>Có mặt (Enter)</translation>
    </message>
    <message>
        <location filename="../tabs/attendance.py" line="183"/>
        <source>Excused… (F6)</source>
        <translation>Vắng có lý do… (F6)</translation>
    </message>
    <message>
        <location filename="../tabs/attendance.py" line="184"/>
        <source>Absent (F7)</source>
        <translation>Vắng không lý do (F7)</translation>
    </message>
    <message>
        <location filename="../tabs/attendance.py" line="185"/>
        <source>Check out (F8)</source>
        <translation>Ra về (F8)</translation>
    </message>
    <message>
        <location filename="../tabs/attendance.py" line="186"/>
        <source>Clear mark (F4)</source>
        <translation>Xóa điểm danh (F4)</translation>
    </message>
    <message>
        <location filename="../tabs/attendance.py" line="256"/>
        <source>Present</source>
        <translation>Có mặt</translation>
    </message>
    <message>
        <location filename="../tabs/attendance.py" line="262"/>
        <source>Excused…</source>
        <translation>Vắng có lý do…</translation>
    </message>
    <message>
        <location filename="../tabs/attendance.py" line="265"/>
        <source>Absent</source>
        <translation>Vắng không lý do</translation>
    </message>
    <message>
        <location filename="../tabs/attendance.py" line="268"/>
        <source>Check out</source>
        <translation>Ra về</translation>
    </message>
    <message>
        <location filename="../tabs/attendance.py" line="274"/>
        <source>Clear mark</source>
        <translation>Xóa điểm danh</translation>
    </message>
    <message>
        <location filename="../tabs/attendance.py" line="328"/>
        <source>Preparatory session</source>
        <translation>Phiên trù bị</translation>
    </message>
    <message>
        <location filename="../tabs/attendance.py" line="330"/>
        <source>Official session</source>
        <translation>Phiên chính thức</translation>
    </message>
    <message>
        <location filename="../tabs/attendance.py" line="340"/>
        <source>All (%1)</source>
        <translation>Tất cả (%1)</translation>
    </message>
    <message>
        <location filename="../tabs/attendance.py" line="341"/>
        <source>Not yet arrived (%1)</source>
        <translation>Chưa đến (%1)</translation>
    </message>
    <message>
        <location filename="../tabs/attendance.py" line="342"/>
        <source>Present (%1)</source>
        <translation>Có mặt (%1)</translation>
    </message>
    <message>
        <location filename="../tabs/attendance.py" line="343"/>
        <source>Excused/absent (%1)</source>
        <translation>Vắng mặt (%1)</translation>
    </message>
    <message>
        <location filename="../tabs/attendance.py" line="554"/>
        <source>No member has party card number %1</source>
        <translation>Không có đảng viên nào có số thẻ đảng viên %1</translation>
    </message>
    <message>
        <location filename="../tabs/attendance.py" line="566"/>
        <source>✓ %1 checked in at %2</source>
        <translation>✓ Đồng chí %1 đã điểm danh lúc %2</translation>
    </message>
    <message>
        <location filename="../tabs/attendance.py" line="581"/>
        <source>Excused absence</source>
        <translation>Vắng có lý do</translation>
    </message>
    <message>
        <location filename="../tabs/attendance.py" line="582"/>
        <source>Reason accepted for the absence of %1:</source>
        <translation>Lý do vắng mặt được chấp nhận của đồng chí %1:</translation>
    </message>
    <message>
        <location filename="../tabs/attendance.py" line="590"/>
        <source>✓ %1 excused</source>
        <translation>✓ Đồng chí %1 vắng có lý do</translation>
    </message>
    <message>
        <location filename="../tabs/attendance.py" line="603"/>
        <source>✓ %1 marked absent</source>
        <translation>✓ Đã ghi đồng chí %1 vắng không lý do</translation>
    </message>
    <message>
        <location filename="../tabs/attendance.py" line="617"/>
        <source>✓ %1 checked out at %2</source>
        <translation>✓ Đồng chí %1 ra về lúc %2</translation>
    </message>
    <message>
        <location filename="../tabs/attendance.py" line="632"/>
        <source>%1 has no attendance mark to clear.</source>
        <translation>Đồng chí %1 chưa được điểm danh nên không có gì để xóa.</translation>
    </message>
    <message>
        <location filename="../tabs/attendance.py" line="638"/>
        <source>✓ Mark of %1 cleared</source>
        <translation>✓ Đã xóa điểm danh của đồng chí %1</translation>
    </message>
    <message>
        <location filename="../tabs/attendance.py" line="659"/>
        <source>There is no session yet: add one on the Congress tab first.</source>
        <translation>Chưa có phiên nào: hãy thêm phiên ở trang “Đại hội” trước.</translation>
    </message>
    <message>
        <location filename="../tabs/attendance.py" line="674"/>
        <source>No member is chosen: type a name first.</source>
        <translation>Chưa chọn đảng viên nào: hãy gõ tên trước.</translation>
    </message>
    <message>
        <location filename="../tabs/attendance.py" line="676"/>
        <source>Nobody matches “%1”.</source>
        <translation>Không có ai khớp với “%1”.</translation>
    </message>
    <message>
        <location filename="../tabs/attendance.py" line="422"/>
        <location filename="../tabs/attendance.py" line="678"/>
        <source>%1 people match — choose with ↑ ↓</source>
        <translation>%1 người khớp — chọn bằng ↑ ↓</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../dialogs/backups.py" line="41"/>
        <source>Backups</source>
        <translation>Bản sao lưu</translation>
    </message>
    <message>
        <location filename="../dialogs/backups.py" line="46"/>
        <source>A backup is taken when the file is opened and every few minutes while you work. They are kept in the folder %1.</source>
        <translation>Chương trình tự sao lưu khi mở tệp và cứ vài phút một lần trong lúc làm việc. Các bản sao lưu được giữ trong thư mục %1.</translation>
    </message>
    <message>
        <location filename="../dialogs/backups.py" line="53"/>
        <source>Taken at</source>
        <translation>Thời điểm sao lưu</translation>
    </message>
    <message>
        <location filename="../dialogs/backups.py" line="53"/>
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <location filename="../dialogs/backups.py" line="60"/>
        <source>&amp;Restore this backup…</source>
        <translation>&amp;Khôi phục bản sao lưu này…</translation>
    </message>
    <message>
        <location filename="../dialogs/backups.py" line="91"/>
        <source>The file is open read-only in this window: restore a backup from the window or program that has it open.</source>
        <translation>Tệp đang mở chỉ để đọc trong cửa sổ này: hãy khôi phục bản sao lưu từ cửa sổ hoặc chương trình đang mở tệp.</translation>
    </message>
    <message>
        <location filename="../dialogs/backups.py" line="105"/>
        <source>Could not open the file again</source>
        <translation>Không mở lại được tệp</translation>
    </message>
    <message>
        <location filename="../dialogs/backups.py" line="113"/>
        <source>Restore a backup</source>
        <translation>Khôi phục bản sao lưu</translation>
    </message>
    <message>
        <location filename="../dialogs/backups.py" line="115"/>
        <source>Go back to the congress as it was at %1? Changes made since then are set aside: the current file is kept as a copy next to it.</source>
        <translation>Đưa đại hội về trạng thái lúc %1? Các thay đổi từ thời điểm đó được để riêng: tệp hiện tại được giữ thành một bản sao ngay bên cạnh.</translation>
    </message>
    <message>
        <location filename="../dialogs/backups.py" line="129"/>
        <source>Could not restore the backup</source>
        <translation>Không khôi phục được bản sao lưu</translation>
    </message>
    <message>
        <location filename="../dialogs/backups.py" line="138"/>
        <source>Backup restored</source>
        <translation>Đã khôi phục bản sao lưu</translation>
    </message>
    <message>
        <location filename="../dialogs/backups.py" line="139"/>
        <source>The file before the restore was kept as %1</source>
        <translation>Tệp trước khi khôi phục được giữ lại tại %1</translation>
    </message>
</context>
<context>
    <name>BallotEntry</name>
    <message>
        <location filename="../widgets/ballot_entry.py" line="121"/>
        <source>Not issued by the committee</source>
        <translation>Không do Ban kiểm phiếu phát ra</translation>
    </message>
    <message>
        <location filename="../widgets/ballot_entry.py" line="122"/>
        <source>More names chosen than seats</source>
        <translation>Bầu quá số lượng</translation>
    </message>
    <message>
        <location filename="../widgets/ballot_entry.py" line="123"/>
        <source>Every name struck</source>
        <translation>Gạch tên tất cả</translation>
    </message>
    <message>
        <location filename="../widgets/ballot_entry.py" line="124"/>
        <source>Both boxes marked (one-person list)</source>
        <translation>Đánh cả hai ô (danh sách một người)</translation>
    </message>
    <message>
        <location filename="../widgets/ballot_entry.py" line="127"/>
        <source>No box marked (one-person list)</source>
        <translation>Không đánh ô nào (danh sách một người)</translation>
    </message>
    <message>
        <location filename="../widgets/ballot_entry.py" line="130"/>
        <source>A name written in</source>
        <translation>Ghi thêm tên</translation>
    </message>
    <message>
        <location filename="../widgets/ballot_entry.py" line="131"/>
        <source>Identifying mark</source>
        <translation>Có dấu hiệu nhận biết</translation>
    </message>
    <message>
        <location filename="../widgets/ballot_entry.py" line="132"/>
        <source>Other reason</source>
        <translation>Lý do khác</translation>
    </message>
    <message>
        <location filename="../widgets/ballot_entry.py" line="142"/>
        <source>It chooses %1 names for %2 seats: more than the seats.</source>
        <translation>Phiếu bầu %1 người trong khi chỉ bầu %2: quá số lượng.</translation>
    </message>
    <message>
        <location filename="../widgets/ballot_entry.py" line="149"/>
        <source>It was not issued by the vote-counting committee (no stamp, or a foreign paper).</source>
        <translation>Phiếu không do Ban kiểm phiếu phát ra (không có dấu, hoặc phiếu khác).</translation>
    </message>
    <message>
        <location filename="../widgets/ballot_entry.py" line="153"/>
        <source>Every name is struck: the paper chooses no one.</source>
        <translation>Gạch tên tất cả: phiếu không bầu ai.</translation>
    </message>
    <message>
        <location filename="../widgets/ballot_entry.py" line="156"/>
        <source>One-person list: both boxes are marked.</source>
        <translation>Danh sách một người: đánh dấu cả hai ô.</translation>
    </message>
    <message>
        <location filename="../widgets/ballot_entry.py" line="159"/>
        <source>One-person list: no box is marked.</source>
        <translation>Danh sách một người: không đánh dấu ô nào.</translation>
    </message>
    <message>
        <location filename="../widgets/ballot_entry.py" line="162"/>
        <source>A name that is not on the list was written in.</source>
        <translation>Phiếu ghi thêm tên người ngoài danh sách.</translation>
    </message>
    <message>
        <location filename="../widgets/ballot_entry.py" line="165"/>
        <source>It carries a signature, a mark or writing that identifies the voter.</source>
        <translation>Phiếu có ký tên, đánh dấu hoặc viết thêm làm lộ người bầu.</translation>
    </message>
    <message>
        <location filename="../widgets/ballot_entry.py" line="173"/>
        <source>Other reason: %1</source>
        <translation>Lý do khác: %1</translation>
    </message>
    <message>
        <location filename="../widgets/ballot_entry.py" line="178"/>
        <source>✓ agree</source>
        <translation>✓ đồng ý</translation>
    </message>
    <message>
        <location filename="../widgets/ballot_entry.py" line="179"/>
        <source>✗ disagree</source>
        <translation>✗ không đồng ý</translation>
    </message>
    <message>
        <location filename="../widgets/ballot_entry.py" line="180"/>
        <source>both boxes (void)</source>
        <translation>cả hai ô (không tính)</translation>
    </message>
    <message>
        <location filename="../widgets/ballot_entry.py" line="181"/>
        <source>no box (void)</source>
        <translation>không ô nào (không tính)</translation>
    </message>
    <message>
        <location filename="../widgets/ballot_entry.py" line="199"/>
        <source>(not entered)</source>
        <translation>(chưa nhập)</translation>
    </message>
    <message>
        <location filename="../widgets/ballot_entry.py" line="206"/>
        <source>struck %1</source>
        <translation>gạch %1</translation>
    </message>
    <message>
        <location filename="../widgets/ballot_entry.py" line="210"/>
        <source>none struck</source>
        <translation>không gạch tên nào</translation>
    </message>
    <message>
        <location filename="../widgets/ballot_entry.py" line="223"/>
        <source>all agree</source>
        <translation>đồng ý tất cả</translation>
    </message>
    <message>
        <location filename="../widgets/ballot_entry.py" line="239"/>
        <source>valid</source>
        <translation>hợp lệ</translation>
    </message>
    <message>
        <location filename="../widgets/ballot_entry.py" line="243"/>
        <source>invalid: %1</source>
        <translation>không hợp lệ: %1</translation>
    </message>
    <message>
        <location filename="../widgets/ballot_entry.py" line="252"/>
        <source>Paper No. %1 is already entered.</source>
        <translation>Phiếu số %1 đã được nhập.</translation>
    </message>
    <message>
        <location filename="../widgets/ballot_entry.py" line="255"/>
        <source>There is no paper No. %1: only %2 were issued.</source>
        <translation>Không có phiếu số %1: chỉ phát ra %2 phiếu.</translation>
    </message>
    <message>
        <location filename="../widgets/ballot_entry.py" line="258"/>
        <source>All %2 papers issued are already entered.</source>
        <translation>Đã nhập đủ %2 phiếu phát ra.</translation>
    </message>
    <message>
        <location filename="../widgets/ballot_entry.py" line="261"/>
        <source>Paper numbers start at 1.</source>
        <translation>Số phiếu bắt đầu từ 1.</translation>
    </message>
    <message>
        <location filename="../widgets/ballot_entry.py" line="264"/>
        <source>The ballots of this round have not been issued yet.</source>
        <translation>Lần bầu này chưa phát phiếu.</translation>
    </message>
    <message>
        <location filename="../widgets/ballot_entry.py" line="267"/>
        <source>“%1” is not a known invalid reason.</source>
        <translation>“%1” không phải là lý do không hợp lệ đã biết.</translation>
    </message>
    <message>
        <location filename="../widgets/ballot_entry.py" line="270"/>
        <location filename="../widgets/ballot_entry.py" line="273"/>
        <source>A name that is not on the list.</source>
        <translation>Tên không có trong danh sách.</translation>
    </message>
    <message>
        <location filename="../widgets/ballot_entry.py" line="276"/>
        <source>The totals of a tally sheet are recorded for this round: clear them before entering papers.</source>
        <translation>Lần bầu này đã ghi số liệu từ phiếu tổng hợp: xóa số liệu đó trước khi nhập từng phiếu.</translation>
    </message>
    <message>
        <location filename="../widgets/ballot_entry.py" line="281"/>
        <source>The result of this round is announced: the papers can no longer change.</source>
        <translation>Kết quả lần bầu này đã công bố: không thể thay đổi phiếu.</translation>
    </message>
    <message>
        <location filename="../widgets/ballot_entry.py" line="285"/>
        <source>The second pass is finished: reopen it to type more papers.</source>
        <translation>Đã kết thúc nhập lần hai: mở lại để nhập thêm phiếu.</translation>
    </message>
    <message>
        <location filename="../widgets/ballot_entry.py" line="291"/>
        <source>Nothing was stored.</source>
        <translation>Chưa lưu gì.</translation>
    </message>
    <message>
        <location filename="../widgets/ballot_entry.py" line="351"/>
        <source>On a one-person list: 1 agree, 2 disagree, 3 both, 0 no box.</source>
        <translation>Danh sách một người: 1 đồng ý, 2 không đồng ý, 3 cả hai ô, 0 không ô nào.</translation>
    </message>
    <message>
        <location filename="../widgets/ballot_entry.py" line="382"/>
        <source>There is no name number %1 on this list (1–%2).</source>
        <translation>Danh sách không có số thứ tự %1 (1–%2).</translation>
    </message>
</context>
<context>
    <name>BallotEntryPanel</name>
    <message>
        <location filename="../widgets/ballot_entry.py" line="985"/>
        <source>SECOND PASS (blind): type the same stack again; the first pass is not shown.</source>
        <translation>NHẬP LẦN HAI (nhập mù): nhập lại cùng tập phiếu; không hiển thị lần nhập thứ nhất.</translation>
    </message>
    <message>
        <location filename="../widgets/ballot_entry.py" line="1020"/>
        <source>Paper No.</source>
        <translation>Phiếu số</translation>
    </message>
    <message>
        <location filename="../widgets/ballot_entry.py" line="1033"/>
        <source>Number on the paper; Enter, or Esc</source>
        <translation>Số in trên phiếu; Enter, hoặc Esc</translation>
    </message>
    <message>
        <location filename="../widgets/ballot_entry.py" line="1053"/>
        <source>Last papers entered</source>
        <translation>Các phiếu vừa nhập</translation>
    </message>
    <message>
        <location filename="../widgets/ballot_entry.py" line="1168"/>
        <source>No round selected.</source>
        <translation>Chưa chọn lần bầu.</translation>
    </message>
    <message>
        <location filename="../widgets/ballot_entry.py" line="1174"/>
        <source>%1 — round %2, %3 seats</source>
        <translation>%1 — lần bầu thứ %2, bầu %3 người</translation>
    </message>
    <message>
        <location filename="../widgets/ballot_entry.py" line="1204"/>
        <source>The ballots have not been issued yet.</source>
        <translation>Chưa phát phiếu bầu.</translation>
    </message>
    <message>
        <location filename="../widgets/ballot_entry.py" line="1206"/>
        <source>The result is announced.</source>
        <translation>Kết quả đã được công bố.</translation>
    </message>
    <message>
        <location filename="../widgets/ballot_entry.py" line="1208"/>
        <source>The second pass is finished.</source>
        <translation>Đã kết thúc nhập lần hai.</translation>
    </message>
    <message>
        <location filename="../widgets/ballot_entry.py" line="1210"/>
        <source>Totals from a tally sheet are recorded instead.</source>
        <translation>Đã ghi số liệu từ phiếu tổng hợp thay cho nhập từng phiếu.</translation>
    </message>
    <message>
        <location filename="../widgets/ballot_entry.py" line="1212"/>
        <source>Every paper issued is entered.</source>
        <translation>Đã nhập đủ số phiếu phát ra.</translation>
    </message>
    <message>
        <location filename="../widgets/ballot_entry.py" line="1215"/>
        <source>Typed by hand (Esc in the field: back to the stack).</source>
        <translation>Nhập tay (Esc trong ô: trở lại theo tập phiếu).</translation>
    </message>
    <message>
        <location filename="../widgets/ballot_entry.py" line="1218"/>
        <source>Follows the stack; # or F2 to type another.</source>
        <translation>Tự động theo tập phiếu; # hoặc F2 để nhập số khác.</translation>
    </message>
    <message>
        <location filename="../widgets/ballot_entry.py" line="1231"/>
        <source>Second pass: &lt;b&gt;%1&lt;/b&gt; of %2 papers typed · &lt;b&gt;%3&lt;/b&gt; to go</source>
        <translation>Lần hai: đã nhập &lt;b&gt;%1&lt;/b&gt;/%2 phiếu · còn &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/ballot_entry.py" line="1241"/>
        <source>Collected &lt;b&gt;%1&lt;/b&gt; / %2 issued&lt;br&gt;Valid &lt;b&gt;%3&lt;/b&gt; · invalid &lt;b&gt;%4&lt;/b&gt;&lt;br&gt;Papers remaining &lt;b&gt;%5&lt;/b&gt;</source>
        <translation>Thu về &lt;b&gt;%1&lt;/b&gt; / %2 phát ra&lt;br&gt;Hợp lệ &lt;b&gt;%3&lt;/b&gt; · không hợp lệ &lt;b&gt;%4&lt;/b&gt;&lt;br&gt;Còn lại &lt;b&gt;%5&lt;/b&gt; phiếu</translation>
    </message>
    <message>
        <location filename="../widgets/ballot_entry.py" line="1257"/>
        <source>No. %1 · %2</source>
        <translation>Số %1 · %2</translation>
    </message>
    <message>
        <location filename="../widgets/ballot_entry.py" line="1274"/>
        <source>Type the number printed on the paper, then Enter.</source>
        <translation>Nhập số in trên phiếu rồi bấm Enter.</translation>
    </message>
    <message>
        <location filename="../widgets/ballot_entry.py" line="1294"/>
        <source>The next paper is No. %1.</source>
        <translation>Phiếu tiếp theo là phiếu số %1.</translation>
    </message>
    <message>
        <location filename="../widgets/ballot_entry.py" line="1387"/>
        <source>Nothing is struck: every name is kept, more than the seats, so this paper is INVALID. Store it as an invalid paper?</source>
        <translation>Không gạch tên nào: giữ lại tất cả, nhiều hơn số lượng cần bầu, nên phiếu này KHÔNG HỢP LỆ (bầu quá số lượng). Vẫn lưu thành phiếu không hợp lệ?</translation>
    </message>
    <message>
        <location filename="../widgets/ballot_entry.py" line="1393"/>
        <source>Nothing was typed since the last paper. Store another paper that agrees with every name?</source>
        <translation>Chưa nhập gì kể từ phiếu vừa lưu. Lưu thêm một phiếu đồng ý với tất cả các tên?</translation>
    </message>
    <message>
        <location filename="../widgets/ballot_entry.py" line="1402"/>
        <source>Empty paper</source>
        <translation>Phiếu trống</translation>
    </message>
    <message>
        <location filename="../widgets/ballot_entry.py" line="1370"/>
        <source>Nothing stored: type the paper, then Enter.</source>
        <translation>Chưa lưu gì: nhập phiếu rồi nhấn Enter.</translation>
    </message>
    <message>
        <location filename="../widgets/ballot_entry.py" line="1348"/>
        <source>Paper No. %1 typed.</source>
        <translation>Đã nhập phiếu số %1.</translation>
    </message>
    <message>
        <location filename="../widgets/ballot_entry.py" line="1350"/>
        <source>Paper No. %1 stored: valid.</source>
        <translation>Đã lưu phiếu số %1: hợp lệ.</translation>
    </message>
    <message>
        <location filename="../widgets/ballot_entry.py" line="1353"/>
        <source>Paper No. %1 stored: INVALID, %2.</source>
        <translation>Đã lưu phiếu số %1: KHÔNG HỢP LỆ, %2.</translation>
    </message>
</context>
<context>
    <name>BallotReader</name>
    <message>
        <location filename="../widgets/ballot_entry.py" line="493"/>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <location filename="../widgets/ballot_entry.py" line="493"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../widgets/ballot_entry.py" line="493"/>
        <source>On this paper</source>
        <translation>Trên phiếu này</translation>
    </message>
    <message>
        <location filename="../widgets/ballot_entry.py" line="493"/>
        <source>Votes</source>
        <translation>Số phiếu</translation>
    </message>
    <message>
        <location filename="../widgets/ballot_entry.py" line="517"/>
        <location filename="../widgets/ballot_entry.py" line="783"/>
        <source>VALID</source>
        <translation>HỢP LỆ</translation>
    </message>
    <message>
        <location filename="../widgets/ballot_entry.py" line="517"/>
        <location filename="../widgets/ballot_entry.py" line="775"/>
        <source>INVALID</source>
        <translation>KHÔNG HỢP LỆ</translation>
    </message>
    <message>
        <location filename="../widgets/ballot_entry.py" line="536"/>
        <source>Not issued by the committee</source>
        <translation>Không do Ban kiểm phiếu phát ra</translation>
    </message>
    <message>
        <location filename="../widgets/ballot_entry.py" line="537"/>
        <source>Name written in</source>
        <translation>Ghi thêm tên</translation>
    </message>
    <message>
        <location filename="../widgets/ballot_entry.py" line="538"/>
        <source>Identifying mark</source>
        <translation>Có dấu hiệu nhận biết</translation>
    </message>
    <message>
        <location filename="../widgets/ballot_entry.py" line="539"/>
        <source>Other reason…</source>
        <translation>Lý do khác…</translation>
    </message>
    <message>
        <location filename="../widgets/ballot_entry.py" line="555"/>
        <source>Other reason, as written in the minutes; Enter keeps it, Esc cancels</source>
        <translation>Lý do khác, ghi như trong biên bản; Enter để giữ, Esc để bỏ</translation>
    </message>
    <message>
        <location filename="../widgets/ballot_entry.py" line="601"/>
        <source>No round selected.</source>
        <translation>Chưa chọn lần bầu.</translation>
    </message>
    <message>
        <location filename="../widgets/ballot_entry.py" line="605"/>
        <source>Surplus list, %1 names for %2 seats: type the numbers of the STRUCK names.</source>
        <translation>Danh sách có số dư, %1 người bầu %2: gõ số thứ tự của người BỊ GẠCH TÊN.</translation>
    </message>
    <message>
        <location filename="../widgets/ballot_entry.py" line="609"/>
        <source>One-person list: 1 agree (already set) · 2 disagree · 3 both boxes · 0 no box.</source>
        <translation>Danh sách một người: 1 đồng ý (mặc định) · 2 không đồng ý · 3 đánh cả hai ô · 0 không đánh ô nào.</translation>
    </message>
    <message>
        <location filename="../widgets/ballot_entry.py" line="613"/>
        <source>No-surplus list, %1 names for %2 seats: every name starts as “agree”; type a name&apos;s number to step its mark.</source>
        <translation>Danh sách không có số dư, %1 người bầu %2: mọi tên mặc định “đồng ý”; gõ số thứ tự để đổi dấu của người đó.</translation>
    </message>
    <message>
        <location filename="../widgets/ballot_entry.py" line="627"/>
        <source>1–%1: strike a name, again to un-strike it.</source>
        <translation>1–%1: gạch tên, gõ lại để bỏ gạch.</translation>
    </message>
    <message>
        <location filename="../widgets/ballot_entry.py" line="632"/>
        <source>Two digits per name (01, 02 … %1): strike a name, again to un-strike it.</source>
        <translation>Mỗi tên gõ hai chữ số (01, 02 … %1): gạch tên, gõ lại để bỏ gạch.</translation>
    </message>
    <message>
        <location filename="../widgets/ballot_entry.py" line="638"/>
        <source>%1: agree → disagree → both boxes → no box → agree.</source>
        <translation>%1: đồng ý → không đồng ý → cả hai ô → không ô nào → đồng ý.</translation>
    </message>
    <message>
        <location filename="../widgets/ballot_entry.py" line="644"/>
        <source>Enter: store the paper · Backspace: take back the last key · Esc: clear the paper</source>
        <translation>Enter: lưu phiếu · Backspace: bỏ phím vừa gõ · Esc: xóa phiếu đang nhập</translation>
    </message>
    <message>
        <location filename="../widgets/ballot_entry.py" line="649"/>
        <source># or F2: paper number (only when the stack is out of order) · Ctrl+Z: take back the last paper stored</source>
        <translation># hoặc F2: số phiếu (chỉ khi phiếu không theo thứ tự) · Ctrl+Z: hủy phiếu vừa lưu</translation>
    </message>
    <message>
        <location filename="../widgets/ballot_entry.py" line="726"/>
        <source>Name number %1_ (type the second digit)</source>
        <translation>Số thứ tự %1_ (gõ chữ số thứ hai)</translation>
    </message>
    <message>
        <location filename="../widgets/ballot_entry.py" line="669"/>
        <location filename="../widgets/ballot_entry.py" line="736"/>
        <source>STRUCK</source>
        <translation>BỊ GẠCH</translation>
    </message>
    <message>
        <location filename="../widgets/ballot_entry.py" line="787"/>
        <source>It counts for no one.</source>
        <translation>Phiếu không bầu cho ai.</translation>
    </message>
    <message>
        <location filename="../widgets/ballot_entry.py" line="789"/>
        <source>It counts for %1 of %2 names.</source>
        <translation>Phiếu bầu %1 trong %2 người.</translation>
    </message>
    <message>
        <location filename="../widgets/ballot_entry.py" line="791"/>
        <source>It counts for %1 of %2 names: %3.</source>
        <translation>Phiếu bầu %1 trong %2 người: %3.</translation>
    </message>
    <message>
        <location filename="../widgets/ballot_entry.py" line="800"/>
        <source>The mark for %1 is void; the paper counts for the others (Điều 30).</source>
        <translation>Dấu của số %1 không được tính; phiếu vẫn tính cho những người khác (Điều 30).</translation>
    </message>
    <message>
        <location filename="../widgets/ballot_entry.py" line="848"/>
        <source>Name number %1_ is half typed: type its second digit or Backspace.</source>
        <translation>Số thứ tự %1_ mới gõ một nửa: gõ chữ số thứ hai hoặc Backspace.</translation>
    </message>
</context>
<context>
    <name>BodyEditor</name>
    <message>
        <location filename="../dialogs/working_bodies.py" line="156"/>
        <source>Type a name, then Enter…</source>
        <translation>Gõ tên rồi nhấn Enter…</translation>
    </message>
    <message>
        <location filename="../dialogs/working_bodies.py" line="162"/>
        <source>Add (Enter)</source>
        <translation>Thêm (Enter)</translation>
    </message>
    <message>
        <location filename="../dialogs/working_bodies.py" line="189"/>
        <source>Remove (Delete)</source>
        <translation>Bỏ (Delete)</translation>
    </message>
    <message>
        <location filename="../dialogs/working_bodies.py" line="190"/>
        <source>Up (Alt+↑)</source>
        <translation>Lên (Alt+↑)</translation>
    </message>
    <message>
        <location filename="../dialogs/working_bodies.py" line="191"/>
        <source>Down (Alt+↓)</source>
        <translation>Xuống (Alt+↓)</translation>
    </message>
    <message>
        <location filename="../dialogs/working_bodies.py" line="219"/>
        <source>Remove the member</source>
        <translation>Bỏ đồng chí này khỏi danh sách</translation>
    </message>
    <message>
        <location filename="../dialogs/working_bodies.py" line="230"/>
        <source>Move the member up</source>
        <translation>Chuyển đồng chí này lên</translation>
    </message>
    <message>
        <location filename="../dialogs/working_bodies.py" line="239"/>
        <source>Move the member down</source>
        <translation>Chuyển đồng chí này xuống</translation>
    </message>
    <message>
        <location filename="../dialogs/working_bodies.py" line="333"/>
        <source>Several members match: choose one with ↓ and Enter.</source>
        <translation>Có nhiều đảng viên trùng khớp: chọn một người bằng ↓ rồi nhấn Enter.</translation>
    </message>
    <message>
        <location filename="../dialogs/working_bodies.py" line="337"/>
        <source>No member of the roster matches “%1”.</source>
        <translation>Không có đảng viên nào trong danh sách khớp với “%1”.</translation>
    </message>
    <message>
        <location filename="../dialogs/working_bodies.py" line="339"/>
        <location filename="../dialogs/working_bodies.py" line="347"/>
        <source>%1 is already in the list.</source>
        <translation>%1 đã có trong danh sách.</translation>
    </message>
    <message>
        <location filename="../dialogs/working_bodies.py" line="350"/>
        <source>A body has at most %1 members.</source>
        <translation>Mỗi danh sách có tối đa %1 người.</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../import_wizard.py" line="576"/>
        <source>Check the members</source>
        <translation>Kiểm tra danh sách đảng viên</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="579"/>
        <source>Every cell has been checked. Import adds all the members at once; one Undo takes them all back.</source>
        <translation>Đã kiểm tra từng ô dữ liệu. Khi bấm “Nhập”, tất cả đảng viên được thêm cùng một lúc; chỉ một lần Hoàn tác là rút lại toàn bộ.</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="594"/>
        <source>Nothing will be imported until every problem is fixed in the file. Correct the file (for example in Excel), save it, then press “Read the file again”.</source>
        <translation>Chưa nhập dữ liệu nào cho đến khi sửa hết các lỗi trong tệp. Hãy sửa tệp (ví dụ bằng Excel), lưu lại, rồi bấm “Đọc lại tệp”.</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="605"/>
        <location filename="../import_wizard.py" line="617"/>
        <source>Row</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="606"/>
        <source>Column</source>
        <translation>Cột</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="607"/>
        <source>Problem</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="608"/>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="609"/>
        <source>Detail</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="618"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="619"/>
        <source>Born</source>
        <translation>Năm sinh</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="620"/>
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="621"/>
        <source>Status</source>
        <translation>Loại đảng viên</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="622"/>
        <source>Party card no.</source>
        <translation>Số thẻ đảng viên</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="623"/>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="627"/>
        <source>&amp;Read the file again</source>
        <translation>Đọc &amp;lại tệp</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="757"/>
        <source>1 member is ready to import: %2 full, %3 probationary</source>
        <translation>1 đảng viên sẵn sàng để nhập: %2 chính thức, %3 dự bị</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="759"/>
        <source>%1 members are ready to import: %2 full, %3 probationary</source>
        <translation>%1 đảng viên sẵn sàng để nhập: %2 chính thức, %3 dự bị</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="766"/>
        <source>%1 exempt from party activity</source>
        <translation>%1 miễn sinh hoạt</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="767"/>
        <source>%1 temporarily attached in</source>
        <translation>%1 sinh hoạt tạm thời đến</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="768"/>
        <source>%1 temporarily attached out</source>
        <translation>%1 sinh hoạt tạm thời đi</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="769"/>
        <source>%1 suspended</source>
        <translation>%1 đình chỉ sinh hoạt</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="709"/>
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="709"/>
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="731"/>
        <source>Probationary</source>
        <translation>Dự bị</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="733"/>
        <source>Full</source>
        <translation>Chính thức</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="736"/>
        <source>exempt</source>
        <translation>miễn sinh hoạt</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="737"/>
        <source>attached in</source>
        <translation>SHTT đến</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="738"/>
        <source>attached out</source>
        <translation>SHTT đi</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="739"/>
        <source>suspended</source>
        <translation>đình chỉ sinh hoạt</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="749"/>
        <source>%1 problem(s) found in %2 row(s).</source>
        <translation>Phát hiện %1 lỗi ở %2 dòng.</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="754"/>
        <source>The file holds no members.</source>
        <translation>Tệp không có đảng viên nào.</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="778"/>
        <source>They are added to the %1 members already in the roster.</source>
        <translation>Các đảng viên này sẽ được thêm vào %1 đảng viên đã có trong danh sách.</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="783"/>
        <source>Expected majority base: %1</source>
        <translation>Mẫu số dự kiến: %1</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="787"/>
        <source>(%1 if the exempt members do not attend)</source>
        <translation>(%1 nếu đảng viên miễn sinh hoạt vắng mặt)</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="801"/>
        <source>Columns not imported: %1.</source>
        <translation>Các cột không nhập: %1.</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="805"/>
        <source>Row %1 (“%2”) heads a group of the list, not a member.</source>
        <translation>Dòng %1 (“%2”) là tiêu đề nhóm trong danh sách, không phải đảng viên.</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="811"/>
        <source>The lines from row %1 on (“%2”) are the footer, not members.</source>
        <translation>Từ dòng %1 trở xuống (“%2”) là phần cuối danh sách, không phải đảng viên.</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="826"/>
        <source>Import members</source>
        <translation>Nhập danh sách đảng viên</translation>
    </message>
</context>
<context>
    <name>ClosedBanner</name>
    <message>
        <location filename="../tabs/minutes/panels.py" line="71"/>
        <source>Reopen… (Mở lại)</source>
        <translation>Mở lại…</translation>
    </message>
    <message>
        <location filename="../tabs/minutes/panels.py" line="82"/>
        <source>The congress is closed: its record has been frozen since %1. Fingerprint printed on every document: %2</source>
        <translation>Đại hội đã bế mạc: hồ sơ đã khóa từ %1. Mã đối chiếu in trên mọi văn bản: %2</translation>
    </message>
</context>
<context>
    <name>Closing</name>
    <message>
        <location filename="../dialogs/closing.py" line="32"/>
        <source>Close the congress and lock its record?

From now on nothing can be changed on any tab: attendance, agenda, speeches, votes, elections, the resolution and the minutes are frozen as they are. Every document exported afterwards carries the fingerprint of this record, so a printed copy can be matched to the file.

The undo history is cleared. To correct something later, reopen the congress (Mở lại) and give the reason; the reopening is kept in the journal.</source>
        <translation>Bế mạc đại hội và khóa hồ sơ?

Từ nay không thể thay đổi gì ở bất kỳ thẻ nào: điểm danh, chương trình, phát biểu, biểu quyết, bầu cử, nghị quyết và biên bản được giữ nguyên như hiện tại. Mọi văn bản xuất ra sau đó đều mang mã đối chiếu của hồ sơ này, để có thể đối chiếu bản in với tệp.

Lịch sử hoàn tác sẽ bị xóa. Nếu sau này cần sửa, hãy mở lại đại hội (Mở lại) và nêu lý do; việc mở lại được ghi vào nhật ký.</translation>
    </message>
    <message>
        <location filename="../dialogs/closing.py" line="43"/>
        <source>Note: the check of the minutes still lists %1 gap(s).</source>
        <translation>Lưu ý: phần kiểm tra biên bản vẫn còn %1 nội dung thiếu.</translation>
    </message>
    <message>
        <location filename="../dialogs/closing.py" line="52"/>
        <source>Close the congress</source>
        <translation>Bế mạc đại hội</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../commands/actions.py" line="40"/>
        <source>Edit congress details</source>
        <translation>sửa thông tin đại hội</translation>
    </message>
    <message>
        <location filename="../commands/actions.py" line="49"/>
        <source>Add session</source>
        <translation>thêm phiên</translation>
    </message>
    <message>
        <location filename="../commands/actions.py" line="58"/>
        <source>Edit session</source>
        <translation>sửa phiên</translation>
    </message>
    <message>
        <location filename="../commands/actions.py" line="67"/>
        <source>Remove session</source>
        <translation>xóa phiên</translation>
    </message>
    <message>
        <location filename="../commands/actions.py" line="79"/>
        <source>Add member %1</source>
        <translation>thêm đảng viên %1</translation>
    </message>
    <message>
        <location filename="../commands/actions.py" line="90"/>
        <source>Import %n member(s)</source>
        <translation>nhập %n đảng viên</translation>
    </message>
    <message>
        <location filename="../commands/actions.py" line="101"/>
        <source>Edit member %1</source>
        <translation>sửa thông tin đảng viên %1</translation>
    </message>
    <message>
        <location filename="../commands/actions.py" line="113"/>
        <source>Remove %n member(s)</source>
        <translation>xóa %n đảng viên</translation>
    </message>
    <message>
        <location filename="../commands/actions.py" line="122"/>
        <source>Add guest %1</source>
        <translation>thêm khách mời %1</translation>
    </message>
    <message>
        <location filename="../commands/actions.py" line="133"/>
        <source>Edit guest %1</source>
        <translation>sửa thông tin khách mời %1</translation>
    </message>
    <message>
        <location filename="../commands/actions.py" line="144"/>
        <source>Remove guest %1</source>
        <translation>xóa khách mời %1</translation>
    </message>
    <message>
        <location filename="../commands/actions.py" line="160"/>
        <source>Check in %1</source>
        <translation>điểm danh đồng chí %1</translation>
    </message>
    <message>
        <location filename="../commands/actions.py" line="169"/>
        <source>Check out %1</source>
        <translation>ghi đồng chí %1 ra về</translation>
    </message>
    <message>
        <location filename="../commands/actions.py" line="180"/>
        <source>Excuse %1</source>
        <translation>ghi đồng chí %1 vắng có lý do</translation>
    </message>
    <message>
        <location filename="../commands/actions.py" line="189"/>
        <source>Mark %1 absent</source>
        <translation>ghi đồng chí %1 vắng không lý do</translation>
    </message>
    <message>
        <location filename="../commands/actions.py" line="199"/>
        <source>Clear attendance of %1</source>
        <translation>xóa điểm danh của đồng chí %1</translation>
    </message>
    <message>
        <location filename="../commands/agenda_actions.py" line="44"/>
        <source>Add agenda item %1</source>
        <translation>thêm mục %1</translation>
    </message>
    <message>
        <location filename="../commands/agenda_actions.py" line="61"/>
        <source>Edit notes of %1</source>
        <translation>sửa ghi chép của mục %1</translation>
    </message>
    <message>
        <location filename="../commands/agenda_actions.py" line="63"/>
        <source>Edit agenda item %1</source>
        <translation>sửa mục %1</translation>
    </message>
    <message>
        <location filename="../commands/agenda_actions.py" line="75"/>
        <source>Remove agenda item %1</source>
        <translation>xóa mục %1</translation>
    </message>
    <message>
        <location filename="../commands/agenda_actions.py" line="97"/>
        <source>Move agenda item %1</source>
        <translation>chuyển vị trí mục %1</translation>
    </message>
    <message>
        <location filename="../commands/agenda_actions.py" line="114"/>
        <source>Start agenda item %1</source>
        <translation>bắt đầu mục %1</translation>
    </message>
    <message>
        <location filename="../commands/agenda_actions.py" line="119"/>
        <source>End agenda item %1</source>
        <translation>kết thúc mục %1</translation>
    </message>
    <message>
        <location filename="../commands/speech_actions.py" line="57"/>
        <source>Register %1 to speak</source>
        <translation>đăng ký phát biểu cho đồng chí %1</translation>
    </message>
    <message>
        <location filename="../commands/speech_actions.py" line="75"/>
        <source>Remove %1 from the queue</source>
        <translation>xóa đồng chí %1 khỏi danh sách đăng ký phát biểu</translation>
    </message>
    <message>
        <location filename="../commands/speech_actions.py" line="86"/>
        <source>Move %1 in the queue</source>
        <translation>đổi thứ tự phát biểu của đồng chí %1</translation>
    </message>
    <message>
        <location filename="../commands/speech_actions.py" line="102"/>
        <source>Call %1 to speak</source>
        <translation>mời đồng chí %1 phát biểu</translation>
    </message>
    <message>
        <location filename="../commands/speech_actions.py" line="112"/>
        <source>Pause %1</source>
        <translation>tạm dừng phát biểu của đồng chí %1</translation>
    </message>
    <message>
        <location filename="../commands/speech_actions.py" line="121"/>
        <source>Resume %1</source>
        <translation>tiếp tục phát biểu của đồng chí %1</translation>
    </message>
    <message>
        <location filename="../commands/speech_actions.py" line="131"/>
        <source>End the speech of %1</source>
        <translation>kết thúc phát biểu của đồng chí %1</translation>
    </message>
    <message>
        <location filename="../commands/speech_actions.py" line="197"/>
        <source>Edit the summary of %1</source>
        <translation>sửa tóm tắt phát biểu của đồng chí %1</translation>
    </message>
    <message>
        <location filename="../commands/speech_actions.py" line="198"/>
        <source>Edit the resolution section of %1</source>
        <translation>sửa phần nghị quyết liên quan đến phát biểu của đồng chí %1</translation>
    </message>
    <message>
        <location filename="../commands/speech_actions.py" line="199"/>
        <source>Change the kind of speech of %1</source>
        <translation>đổi loại phát biểu của đồng chí %1</translation>
    </message>
    <message>
        <location filename="../commands/speech_actions.py" line="200"/>
        <source>Attach the text of %1</source>
        <translation>đính kèm văn bản phát biểu của đồng chí %1</translation>
    </message>
    <message>
        <location filename="../commands/speech_actions.py" line="201"/>
        <source>Change the time limit of %1</source>
        <translation>đổi thời gian phát biểu tối đa của đồng chí %1</translation>
    </message>
    <message>
        <location filename="../commands/speech_actions.py" line="217"/>
        <source>Edit the speech of %1</source>
        <translation>sửa thông tin phát biểu của đồng chí %1</translation>
    </message>
    <message>
        <location filename="../commands/settings_actions.py" line="43"/>
        <source>Change page set-up</source>
        <translation>thay đổi trình bày trang</translation>
    </message>
    <message>
        <location filename="../commands/vote_actions.py" line="31"/>
        <source>Add vote %1</source>
        <translation>thêm nội dung biểu quyết %1</translation>
    </message>
    <message>
        <location filename="../commands/vote_actions.py" line="41"/>
        <source>Add the default votes</source>
        <translation>thêm các nội dung biểu quyết mặc định</translation>
    </message>
    <message>
        <location filename="../commands/vote_actions.py" line="52"/>
        <source>Reword vote %1</source>
        <translation>sửa nội dung biểu quyết %1</translation>
    </message>
    <message>
        <location filename="../commands/vote_actions.py" line="64"/>
        <source>Remove vote %1</source>
        <translation>xóa nội dung biểu quyết %1</translation>
    </message>
    <message>
        <location filename="../commands/vote_actions.py" line="72"/>
        <source>Record the result of %1</source>
        <translation>ghi kết quả biểu quyết %1</translation>
    </message>
    <message>
        <location filename="../commands/vote_actions.py" line="83"/>
        <source>All in favour: %1</source>
        <translation>tất cả tán thành: %1</translation>
    </message>
    <message>
        <location filename="../commands/vote_actions.py" line="94"/>
        <source>Clear the result of %1</source>
        <translation>xóa kết quả biểu quyết %1</translation>
    </message>
    <message>
        <location filename="../commands/ballot_actions.py" line="35"/>
        <source>Second pass: paper No. %1</source>
        <translation>nhập lần hai phiếu số %1</translation>
    </message>
    <message>
        <location filename="../commands/ballot_actions.py" line="37"/>
        <source>Paper No. %1</source>
        <translation>nhập phiếu số %1</translation>
    </message>
    <message>
        <location filename="../commands/ballot_actions.py" line="53"/>
        <source>Resolve paper No. %1</source>
        <translation>đối chiếu phiếu số %1</translation>
    </message>
    <message>
        <location filename="../commands/ballot_actions.py" line="63"/>
        <source>Finish the second pass</source>
        <translation>kết thúc nhập lần hai</translation>
    </message>
    <message>
        <location filename="../commands/ballot_actions.py" line="72"/>
        <source>Reopen the second pass</source>
        <translation>mở lại nhập lần hai</translation>
    </message>
    <message>
        <location filename="../commands/ballot_actions.py" line="92"/>
        <source>Totals of the tally sheet</source>
        <translation>ghi số liệu phiếu tổng hợp</translation>
    </message>
    <message>
        <location filename="../commands/ballot_actions.py" line="104"/>
        <source>Clear the totals</source>
        <translation>xóa số liệu tổng hợp</translation>
    </message>
    <message>
        <location filename="../commands/election_actions.py" line="41"/>
        <source>Add election %1</source>
        <translation>thêm cuộc bầu cử “%1”</translation>
    </message>
    <message>
        <location filename="../commands/election_actions.py" line="53"/>
        <source>Remove election %1</source>
        <translation>xóa cuộc bầu cử “%1”</translation>
    </message>
    <message>
        <location filename="../commands/election_actions.py" line="75"/>
        <source>Nominate %1</source>
        <translation>đề cử đồng chí %1</translation>
    </message>
    <message>
        <location filename="../commands/election_actions.py" line="87"/>
        <source>Agreement on %1</source>
        <translation>ghi số đồng ý đưa đồng chí %1 vào danh sách</translation>
    </message>
    <message>
        <location filename="../commands/election_actions.py" line="100"/>
        <source>Withdrawal of %1</source>
        <translation>biểu quyết việc xin rút của đồng chí %1</translation>
    </message>
    <message>
        <location filename="../commands/election_actions.py" line="113"/>
        <source>Remove nomination %1</source>
        <translation>xóa đề cử đồng chí %1</translation>
    </message>
    <message>
        <location filename="../commands/election_actions.py" line="128"/>
        <source>Approve the election list</source>
        <translation>thông qua danh sách bầu cử</translation>
    </message>
    <message>
        <location filename="../commands/election_actions.py" line="152"/>
        <source>Open round %1</source>
        <translation>mở lần bầu thứ %1</translation>
    </message>
    <message>
        <location filename="../commands/election_actions.py" line="177"/>
        <source>Issue %1 ballots</source>
        <translation>phát %1 phiếu bầu</translation>
    </message>
    <message>
        <location filename="../commands/election_actions.py" line="188"/>
        <source>Announce the result of round %1</source>
        <translation>công bố kết quả lần bầu thứ %1</translation>
    </message>
    <message>
        <location filename="../commands/election_actions.py" line="198"/>
        <source>Withdraw the announcement of round %1</source>
        <translation>hủy công bố kết quả lần bầu thứ %1</translation>
    </message>
    <message>
        <location filename="../commands/election_actions.py" line="211"/>
        <source>Record the appointment for %1</source>
        <translation>ghi quyết định chỉ định (%1)</translation>
    </message>
    <message>
        <location filename="../commands/election_actions.py" line="222"/>
        <source>Record the ratification of %1</source>
        <translation>ghi quyết định chuẩn y (%1)</translation>
    </message>
    <message>
        <location filename="../commands/election_actions.py" line="233"/>
        <source>Close the election %1</source>
        <translation>kết thúc cuộc bầu cử “%1”</translation>
    </message>
    <message>
        <location filename="../commands/minutes_actions.py" line="50"/>
        <source>Edit the minutes (%1)</source>
        <translation>sửa biên bản (%1)</translation>
    </message>
    <message>
        <location filename="../commands/minutes_actions.py" line="63"/>
        <source>Revert the minutes to the generated text (%1)</source>
        <translation>đưa biên bản về nội dung tự động (%1)</translation>
    </message>
    <message>
        <location filename="../commands/resolution_actions.py" line="40"/>
        <source>Adopt the resolution</source>
        <translation>thông qua nghị quyết</translation>
    </message>
    <message>
        <location filename="../commands/resolution_actions.py" line="50"/>
        <source>Reopen the resolution</source>
        <translation>mở lại nghị quyết</translation>
    </message>
    <message>
        <location filename="../commands/working_bodies_actions.py" line="33"/>
        <source>Set the working bodies</source>
        <translation>Cập nhật Đoàn Chủ tịch, Đoàn Thư ký</translation>
    </message>
    <message>
        <location filename="../commands/station_actions.py" line="29"/>
        <source>Add station %1</source>
        <translation>Thêm máy %1</translation>
    </message>
    <message>
        <location filename="../commands/station_actions.py" line="40"/>
        <source>Remove station %1</source>
        <translation>Bỏ máy %1</translation>
    </message>
    <message>
        <location filename="../commands/station_actions.py" line="58"/>
        <source>Assign papers %1</source>
        <translation>Giao phiếu %1</translation>
    </message>
    <message>
        <location filename="../commands/station_actions.py" line="69"/>
        <source>Take back papers %1</source>
        <translation>Thu hồi phiếu %1</translation>
    </message>
    <message>
        <location filename="../commands/station_actions.py" line="82"/>
        <source>Hand papers %1 to another station</source>
        <translation>Chuyển phiếu %1 cho máy khác</translation>
    </message>
</context>
<context>
    <name>CongressTab</name>
    <message>
        <location filename="../tabs/congress/tab.py" line="114"/>
        <source>&amp;Import from file…</source>
        <translation>&amp;Nhập từ tệp…</translation>
    </message>
    <message>
        <location filename="../tabs/congress/tab.py" line="121"/>
        <source>Add members from an Excel (.xlsx) or CSV file (Ctrl+I)</source>
        <translation>Thêm đảng viên từ tệp Excel (.xlsx) hoặc CSV (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../tabs/congress/tab.py" line="144"/>
        <source>Congress details</source>
        <translation>Thông tin đại hội</translation>
    </message>
    <message>
        <location filename="../tabs/congress/tab.py" line="148"/>
        <source>e.g. Đảng bộ Công an tỉnh Thanh Hóa</source>
        <translation>Ví dụ: Đảng bộ Công an tỉnh Thanh Hóa</translation>
    </message>
    <message>
        <location filename="../tabs/congress/tab.py" line="150"/>
        <source>e.g. Chi bộ Phòng Tham mưu</source>
        <translation>Ví dụ: Chi bộ Phòng Tham mưu</translation>
    </message>
    <message>
        <location filename="../tabs/congress/tab.py" line="153"/>
        <source>As it is printed: “VI” or “6”</source>
        <translation>Ghi đúng như khi in: “VI” hoặc “6”</translation>
    </message>
    <message>
        <location filename="../tabs/congress/tab.py" line="171"/>
        <source>Members&apos; congress</source>
        <translation>Đại hội đảng viên</translation>
    </message>
    <message>
        <location filename="../tabs/congress/tab.py" line="172"/>
        <source>Delegates&apos; congress</source>
        <translation>Đại hội đại biểu</translation>
    </message>
    <message>
        <location filename="../tabs/congress/tab.py" line="176"/>
        <source>Printed before the date: “Thanh Hóa, ngày 15 tháng 6 năm 2020”</source>
        <translation>In trước ngày tháng: “Thanh Hóa, ngày 15 tháng 6 năm 2020”</translation>
    </message>
    <message>
        <location filename="../tabs/congress/tab.py" line="179"/>
        <source>Elected</source>
        <translation>Do đại hội bầu</translation>
    </message>
    <message>
        <location filename="../tabs/congress/tab.py" line="180"/>
        <source>Appointed</source>
        <translation>Do cấp trên chỉ định</translation>
    </message>
    <message>
        <location filename="../tabs/congress/tab.py" line="184"/>
        <source>&amp;Superior body:</source>
        <translation>Đảng bộ &amp;cấp trên:</translation>
    </message>
    <message>
        <location filename="../tabs/congress/tab.py" line="186"/>
        <source>&amp;Ordinal:</source>
        <translation>&amp;Lần thứ:</translation>
    </message>
    <message>
        <location filename="../tabs/congress/tab.py" line="187"/>
        <source>&amp;Term:</source>
        <translation>Nh&amp;iệm kỳ:</translation>
    </message>
    <message>
        <location filename="../tabs/congress/tab.py" line="190"/>
        <source>&amp;Kind:</source>
        <translation>Hì&amp;nh thức:</translation>
    </message>
    <message>
        <location filename="../tabs/congress/tab.py" line="185"/>
        <source>Ce&amp;ll name:</source>
        <translation>Tên chi &amp;bộ:</translation>
    </message>
    <message>
        <location filename="../tabs/congress/tab.py" line="191"/>
        <source>Ven&amp;ue:</source>
        <translation>Đị&amp;a điểm:</translation>
    </message>
    <message>
        <location filename="../tabs/congress/tab.py" line="192"/>
        <source>&amp;Place name:</source>
        <translation>Địa &amp;danh:</translation>
    </message>
    <message>
        <location filename="../tabs/congress/tab.py" line="193"/>
        <source>Outgoing co&amp;mmittee:</source>
        <translation>Chi ủy &amp;khóa trước:</translation>
    </message>
    <message>
        <location filename="../tabs/congress/tab.py" line="209"/>
        <source>Sessions</source>
        <translation>Các phiên</translation>
    </message>
    <message>
        <location filename="../tabs/congress/tab.py" line="212"/>
        <source>Session</source>
        <translation>Phiên</translation>
    </message>
    <message>
        <location filename="../tabs/congress/tab.py" line="212"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../tabs/congress/tab.py" line="212"/>
        <source>Starts</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <location filename="../tabs/congress/tab.py" line="212"/>
        <source>Ends</source>
        <translation>Kết thúc</translation>
    </message>
    <message>
        <location filename="../tabs/congress/tab.py" line="228"/>
        <source>Add…</source>
        <translation>Thêm…</translation>
    </message>
    <message>
        <location filename="../tabs/congress/tab.py" line="229"/>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <location filename="../tabs/congress/tab.py" line="230"/>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../tabs/congress/tab.py" line="236"/>
        <source>Edit session</source>
        <translation>Sửa phiên</translation>
    </message>
    <message>
        <location filename="../tabs/congress/tab.py" line="244"/>
        <location filename="../tabs/congress/tab.py" line="540"/>
        <source>Remove session</source>
        <translation>Xóa phiên</translation>
    </message>
    <message>
        <location filename="../tabs/congress/tab.py" line="280"/>
        <source>&amp;Add member…</source>
        <translation>&amp;Thêm đảng viên…</translation>
    </message>
    <message>
        <location filename="../tabs/congress/tab.py" line="288"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <location filename="../tabs/congress/tab.py" line="296"/>
        <source>&amp;Remove</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <location filename="../tabs/congress/tab.py" line="302"/>
        <source>Add a member (Insert, Ctrl+Shift+M)</source>
        <translation>Thêm đảng viên (Insert, Ctrl+Shift+M)</translation>
    </message>
    <message>
        <location filename="../tabs/congress/tab.py" line="303"/>
        <source>Edit the selected member (Enter, F2)</source>
        <translation>Sửa đảng viên đang chọn (Enter, F2)</translation>
    </message>
    <message>
        <location filename="../tabs/congress/tab.py" line="304"/>
        <source>Remove the selected members (Delete)</source>
        <translation>Xóa các đảng viên đang chọn (Delete)</translation>
    </message>
    <message>
        <location filename="../tabs/congress/tab.py" line="325"/>
        <source>All members</source>
        <translation>Tất cả đảng viên</translation>
    </message>
    <message>
        <location filename="../tabs/congress/tab.py" line="326"/>
        <source>Full members</source>
        <translation>Đảng viên chính thức</translation>
    </message>
    <message>
        <location filename="../tabs/congress/tab.py" line="327"/>
        <source>Probationary</source>
        <translation>Đảng viên dự bị</translation>
    </message>
    <message>
        <location filename="../tabs/congress/tab.py" line="328"/>
        <source>Exempt</source>
        <translation>Miễn sinh hoạt</translation>
    </message>
    <message>
        <location filename="../tabs/congress/tab.py" line="329"/>
        <source>Temporarily in</source>
        <translation>Sinh hoạt tạm thời đến</translation>
    </message>
    <message>
        <location filename="../tabs/congress/tab.py" line="330"/>
        <source>Temporarily out</source>
        <translation>Sinh hoạt tạm thời đi</translation>
    </message>
    <message>
        <location filename="../tabs/congress/tab.py" line="331"/>
        <source>Suspended</source>
        <translation>Đình chỉ sinh hoạt</translation>
    </message>
    <message>
        <location filename="../tabs/congress/tab.py" line="334"/>
        <source>Show only members of this kind</source>
        <translation>Chỉ hiện đảng viên thuộc diện này</translation>
    </message>
    <message>
        <location filename="../tabs/congress/tab.py" line="337"/>
        <source>Search name or card no. (Ctrl+F)</source>
        <translation>Tìm theo tên hoặc số thẻ (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../tabs/congress/tab.py" line="343"/>
        <source>Find a member</source>
        <translation>Tìm đảng viên</translation>
    </message>
    <message>
        <location filename="../tabs/congress/tab.py" line="417"/>
        <source>Preparatory session</source>
        <translation>Phiên trù bị</translation>
    </message>
    <message>
        <location filename="../tabs/congress/tab.py" line="419"/>
        <source>Official session</source>
        <translation>Phiên chính thức</translation>
    </message>
    <message>
        <location filename="../tabs/congress/tab.py" line="443"/>
        <source>Members (%1)</source>
        <translation>Đảng viên (%1)</translation>
    </message>
    <message>
        <location filename="../tabs/congress/tab.py" line="368"/>
        <source>Guests (%1)</source>
        <translation>Khách mời (%1)</translation>
    </message>
    <message>
        <location filename="../tabs/congress/tab.py" line="448"/>
        <source>%1 of %2 shown</source>
        <translation>Đang hiện %1/%2</translation>
    </message>
    <message>
        <location filename="../tabs/congress/tab.py" line="502"/>
        <source>Not saved: %1</source>
        <translation>Chưa lưu: %1</translation>
    </message>
    <message>
        <location filename="../tabs/congress/tab.py" line="581"/>
        <source>and %1 more</source>
        <translation>và %1 đồng chí khác</translation>
    </message>
    <message>
        <location filename="../tabs/congress/tab.py" line="585"/>
        <source>Remove this member from the roster?</source>
        <translation>Xóa đảng viên này khỏi danh sách?</translation>
    </message>
    <message>
        <location filename="../tabs/congress/tab.py" line="587"/>
        <source>Remove these %1 members from the roster?</source>
        <translation>Xóa %1 đảng viên này khỏi danh sách?</translation>
    </message>
    <message>
        <location filename="../tabs/congress/tab.py" line="593"/>
        <source>Their attendance records are removed too. You can undo this.</source>
        <translation>Dữ liệu điểm danh liên quan cũng bị xóa theo. Có thể hoàn tác thao tác này.</translation>
    </message>
    <message>
        <location filename="../tabs/congress/tab.py" line="597"/>
        <location filename="../tabs/congress/tab.py" line="608"/>
        <source>Remove members</source>
        <translation>Xóa đảng viên</translation>
    </message>
</context>
<context>
    <name>CountdownWidget</name>
    <message>
        <location filename="../widgets/countdown.py" line="114"/>
        <source>+%1 over time</source>
        <translation>quá giờ +%1</translation>
    </message>
    <message>
        <location filename="../widgets/countdown.py" line="118"/>
        <source>remaining</source>
        <translation>còn lại</translation>
    </message>
    <message>
        <location filename="../widgets/countdown.py" line="121"/>
        <source>Paused — %1</source>
        <translation>Tạm dừng — %1</translation>
    </message>
    <message>
        <location filename="../widgets/countdown.py" line="123"/>
        <source>Finished — %1</source>
        <translation>Đã kết thúc — %1</translation>
    </message>
    <message>
        <location filename="../widgets/countdown.py" line="131"/>
        <source>%1 of %2 used</source>
        <translation>Đã dùng %1/%2</translation>
    </message>
    <message>
        <location filename="../widgets/countdown.py" line="142"/>
        <source>Nobody is speaking</source>
        <translation>Không có ai đang phát biểu</translation>
    </message>
</context>
<context>
    <name>CountersPanel</name>
    <message>
        <location filename="../widgets/counters.py" line="87"/>
        <source>Attendance</source>
        <translation>Điểm danh</translation>
    </message>
    <message>
        <location filename="../widgets/counters.py" line="99"/>
        <source>Summoned</source>
        <translation>Được triệu tập</translation>
    </message>
    <message>
        <location filename="../widgets/counters.py" line="103"/>
        <source>of whom attached here</source>
        <translation>trong đó sinh hoạt tạm thời đến</translation>
    </message>
    <message>
        <location filename="../widgets/counters.py" line="105"/>
        <source>Excused</source>
        <translation>Vắng có lý do</translation>
    </message>
    <message>
        <location filename="../widgets/counters.py" line="106"/>
        <source>Absent</source>
        <translation>Vắng không lý do</translation>
    </message>
    <message>
        <location filename="../widgets/counters.py" line="107"/>
        <source>Not yet marked</source>
        <translation>Chưa điểm danh</translation>
    </message>
    <message>
        <location filename="../widgets/counters.py" line="108"/>
        <source>Present / summoned</source>
        <translation>Đã có mặt / được triệu tập</translation>
    </message>
    <message>
        <location filename="../widgets/counters.py" line="112"/>
        <source>Majority base</source>
        <translation>Mẫu số (tính quá bán)</translation>
    </message>
    <message>
        <location filename="../widgets/counters.py" line="102"/>
        <source>Attended (full / probationary)</source>
        <translation>Đã có mặt (chính thức / dự bị)</translation>
    </message>
    <message>
        <location filename="../widgets/counters.py" line="104"/>
        <source>of whom have left</source>
        <translation>trong đó đã ra về</translation>
    </message>
    <message>
        <location filename="../widgets/counters.py" line="133"/>
        <location filename="../widgets/counters.py" line="205"/>
        <source>Full members of the cell</source>
        <translation>Đảng viên chính thức của chi bộ</translation>
    </message>
    <message>
        <location filename="../widgets/counters.py" line="134"/>
        <source>− attached out to another cell</source>
        <translation>− sinh hoạt tạm thời ở chi bộ khác</translation>
    </message>
    <message>
        <location filename="../widgets/counters.py" line="135"/>
        <source>− exempt, not present</source>
        <translation>− miễn sinh hoạt, không có mặt</translation>
    </message>
    <message>
        <location filename="../widgets/counters.py" line="136"/>
        <source>− suspended</source>
        <translation>− đình chỉ sinh hoạt</translation>
    </message>
    <message>
        <location filename="../widgets/counters.py" line="137"/>
        <source>− excused for the whole congress</source>
        <translation>− vắng có lý do suốt đại hội</translation>
    </message>
    <message>
        <location filename="../widgets/counters.py" line="138"/>
        <source>− absent throughout</source>
        <translation>− vắng mặt suốt đại hội</translation>
    </message>
    <message>
        <location filename="../widgets/counters.py" line="153"/>
        <source>No vote can pass: full members present are not more than half the majority base.</source>
        <translation>Không nội dung nào có thể đạt quá bán: số đảng viên chính thức có mặt không vượt quá một nửa mẫu số.</translation>
    </message>
    <message>
        <location filename="../widgets/counters.py" line="161"/>
        <location filename="../widgets/counters.py" line="206"/>
        <source>Base per 190-QĐ/TW Art. 30(2)</source>
        <translation>Mẫu số theo Điều 30 khoản 2 Quy định 190-QĐ/TW</translation>
    </message>
    <message>
        <location filename="../widgets/counters.py" line="202"/>
        <source>Full delegates summoned</source>
        <translation>Đại biểu chính thức được triệu tập</translation>
    </message>
    <message>
        <location filename="../widgets/counters.py" line="203"/>
        <source>Base per 190-QĐ/TW Art. 30(3)</source>
        <translation>Mẫu số theo Điều 30 khoản 3 Quy định 190-QĐ/TW</translation>
    </message>
    <message>
        <location filename="../widgets/counters.py" line="210"/>
        <source>Smallest winning vote: %1</source>
        <translation>Số phiếu tối thiểu để đạt quá bán: %1</translation>
    </message>
    <message>
        <location filename="../widgets/counters.py" line="213"/>
        <source>Full members present now: %1</source>
        <translation>Đảng viên chính thức đang có mặt: %1</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../crash.py" line="66"/>
        <source>Something went wrong that the program did not expect ({error}).

Your congress data is safe: each action is saved whole or not at all, so the action that failed was not saved. You can go on working; if the same step fails again, save a copy (Ctrl+Shift+S) and restart the program.

The details were written to {log}. Please send that file to whoever supports you.</source>
        <translation>Chương trình gặp một lỗi ngoài dự kiến ({error}).

Dữ liệu đại hội vẫn an toàn: mỗi thao tác được lưu trọn vẹn hoặc không lưu gì, nên thao tác vừa lỗi chưa được lưu. Có thể tiếp tục làm việc; nếu bước đó lại lỗi, hãy lưu một bản sao (Ctrl+Shift+S) rồi khởi động lại chương trình.

Chi tiết lỗi đã được ghi vào {log}. Hãy gửi tệp đó cho người hỗ trợ.</translation>
    </message>
    <message>
        <location filename="../crash.py" line="82"/>
        <source>Unexpected error</source>
        <translation>Lỗi ngoài dự kiến</translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message>
        <location filename="../widgets/diff_view.py" line="60"/>
        <source>Only the changes</source>
        <translation>Chỉ hiện chỗ thay đổi</translation>
    </message>
    <message>
        <location filename="../widgets/diff_view.py" line="75"/>
        <source>%1 → %2: %3 of %4 sections and targets differ.</source>
        <translation>%1 → %2: %3/%4 mục và chỉ tiêu khác nhau.</translation>
    </message>
    <message>
        <location filename="../widgets/diff_view.py" line="100"/>
        <source>changed</source>
        <translation>đã sửa</translation>
    </message>
    <message>
        <location filename="../widgets/diff_view.py" line="101"/>
        <source>added</source>
        <translation>thêm mới</translation>
    </message>
    <message>
        <location filename="../widgets/diff_view.py" line="102"/>
        <source>removed</source>
        <translation>đã bỏ</translation>
    </message>
    <message>
        <location filename="../widgets/diff_view.py" line="110"/>
        <source>Place</source>
        <translation>Vị trí</translation>
    </message>
    <message>
        <location filename="../widgets/diff_view.py" line="120"/>
        <source>(general)</source>
        <translation>(chung)</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <location filename="../tabs/documents/tab.py" line="127"/>
        <source>Documents</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <location filename="../tabs/documents/tab.py" line="141"/>
        <source>Before printing</source>
        <translation>Kiểm tra trước khi in</translation>
    </message>
    <message>
        <location filename="../tabs/documents/tab.py" line="150"/>
        <location filename="../tabs/documents/tab.py" line="263"/>
        <source>Export Word (.docx)…</source>
        <translation>Xuất Word (.docx)…</translation>
    </message>
    <message>
        <location filename="../tabs/documents/tab.py" line="151"/>
        <location filename="../tabs/documents/tab.py" line="270"/>
        <source>Export PDF…</source>
        <translation>Xuất PDF…</translation>
    </message>
    <message>
        <location filename="../tabs/documents/tab.py" line="152"/>
        <location filename="../tabs/documents/tab.py" line="277"/>
        <source>Export all…</source>
        <translation>Xuất tất cả…</translation>
    </message>
    <message>
        <location filename="../tabs/documents/tab.py" line="153"/>
        <location filename="../tabs/documents/tab.py" line="284"/>
        <source>Print…</source>
        <translation>In…</translation>
    </message>
    <message>
        <location filename="../tabs/documents/tab.py" line="154"/>
        <location filename="../tabs/documents/tab.py" line="290"/>
        <source>Page set-up…</source>
        <translation>Trình bày trang…</translation>
    </message>
    <message>
        <location filename="../tabs/documents/tab.py" line="199"/>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Thu nhỏ (Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../tabs/documents/tab.py" line="200"/>
        <source>Zoom in (Ctrl++)</source>
        <translation>Phóng to (Ctrl++)</translation>
    </message>
    <message>
        <location filename="../tabs/documents/tab.py" line="202"/>
        <source>Fit width</source>
        <translation>Vừa bề ngang</translation>
    </message>
    <message>
        <location filename="../tabs/documents/tab.py" line="202"/>
        <source>Fit the page width</source>
        <translation>Hiện trang vừa khít bề ngang khung xem</translation>
    </message>
    <message>
        <location filename="../tabs/documents/tab.py" line="294"/>
        <source>Zoom in</source>
        <translation>Phóng to</translation>
    </message>
    <message>
        <location filename="../tabs/documents/tab.py" line="298"/>
        <source>Zoom out</source>
        <translation>Thu nhỏ</translation>
    </message>
    <message>
        <location filename="../tabs/documents/tab.py" line="337"/>
        <source>Word (.docx) and PDF</source>
        <translation>Word (.docx) và PDF</translation>
    </message>
    <message>
        <location filename="../tabs/documents/tab.py" line="339"/>
        <source>PDF only</source>
        <translation>Chỉ PDF</translation>
    </message>
    <message>
        <location filename="../tabs/documents/tab.py" line="340"/>
        <source>Word (.docx) only</source>
        <translation>Chỉ Word (.docx)</translation>
    </message>
    <message>
        <location filename="../tabs/documents/tab.py" line="375"/>
        <source>Everything needed is filled in</source>
        <translation>Đã điền đủ các thông tin cần thiết</translation>
    </message>
    <message>
        <location filename="../tabs/documents/tab.py" line="385"/>
        <source>Fill it in on the Attendance tab</source>
        <translation>Bổ sung ở trang “Điểm danh”</translation>
    </message>
    <message>
        <location filename="../tabs/documents/tab.py" line="387"/>
        <source>Fill it in on the Congress tab</source>
        <translation>Bổ sung ở trang “Đại hội”</translation>
    </message>
    <message>
        <location filename="../tabs/documents/tab.py" line="388"/>
        <source>Fill it in on the %1 tab</source>
        <translation>Bổ sung ở thẻ %1</translation>
    </message>
    <message>
        <location filename="../tabs/documents/tab.py" line="393"/>
        <source>the documents will show a blank to fill by hand</source>
        <translation>văn bản sẽ chừa chỗ trống để điền tay</translation>
    </message>
    <message>
        <location filename="../tabs/documents/tab.py" line="395"/>
        <source>No superior Party committee: %1</source>
        <translation>Chưa có tên đảng bộ cấp trên: %1</translation>
    </message>
    <message>
        <location filename="../tabs/documents/tab.py" line="396"/>
        <source>No cell name: %1</source>
        <translation>Chưa có tên chi bộ: %1</translation>
    </message>
    <message>
        <location filename="../tabs/documents/tab.py" line="397"/>
        <source>No congress number (“lần thứ”): %1</source>
        <translation>Chưa ghi “lần thứ” của đại hội: %1</translation>
    </message>
    <message>
        <location filename="../tabs/documents/tab.py" line="398"/>
        <source>No term (years): %1</source>
        <translation>Chưa ghi nhiệm kỳ (các năm): %1</translation>
    </message>
    <message>
        <location filename="../tabs/documents/tab.py" line="399"/>
        <source>No venue: %1</source>
        <translation>Chưa ghi địa điểm: %1</translation>
    </message>
    <message>
        <location filename="../tabs/documents/tab.py" line="400"/>
        <source>No place name for the date line: %1</source>
        <translation>Chưa ghi địa danh ở dòng ngày tháng: %1</translation>
    </message>
    <message>
        <location filename="../tabs/documents/tab.py" line="401"/>
        <source>No session date: %1</source>
        <translation>Chưa ghi ngày của phiên: %1</translation>
    </message>
    <message>
        <location filename="../tabs/documents/tab.py" line="403"/>
        <source>No start time for the official session: the programme will show no times</source>
        <translation>Chưa ghi giờ bắt đầu phiên chính thức: chương trình đại hội sẽ không ghi giờ</translation>
    </message>
    <message>
        <location filename="../tabs/documents/tab.py" line="405"/>
        <source>The roster is empty: add the members first</source>
        <translation>Danh sách đảng viên còn trống: hãy thêm đảng viên trước</translation>
    </message>
    <message>
        <location filename="../tabs/documents/tab.py" line="406"/>
        <source>Attendance has not been taken yet</source>
        <translation>Chưa tiến hành điểm danh</translation>
    </message>
    <message>
        <location filename="../tabs/documents/tab.py" line="413"/>
        <source>1 member has no party card number: their card will have no QR code</source>
        <translation>1 đảng viên chưa có số thẻ đảng viên: thẻ đại biểu của đồng chí đó sẽ không có mã QR</translation>
    </message>
    <message>
        <location filename="../tabs/documents/tab.py" line="416"/>
        <source>%1 members have no party card number: their cards will have no QR code</source>
        <translation>%1 đảng viên chưa có số thẻ đảng viên: thẻ đại biểu của các đồng chí đó sẽ không có mã QR</translation>
    </message>
    <message>
        <location filename="../tabs/documents/tab.py" line="421"/>
        <source>1 member is not yet marked</source>
        <translation>1 đảng viên chưa được điểm danh</translation>
    </message>
    <message>
        <location filename="../tabs/documents/tab.py" line="423"/>
        <source>%1 members are not yet marked</source>
        <translation>%1 đảng viên chưa được điểm danh</translation>
    </message>
    <message>
        <location filename="../tabs/documents/tab.py" line="470"/>
        <source>Choose a document to see its preview.</source>
        <translation>Chọn một văn bản để xem trước.</translation>
    </message>
    <message>
        <location filename="../tabs/documents/tab.py" line="474"/>
        <source>This document is made in Word only: no preview.</source>
        <translation>Văn bản này chỉ xuất ra Word: không có bản xem trước.</translation>
    </message>
    <message>
        <location filename="../tabs/documents/tab.py" line="477"/>
        <source>Preparing the preview…</source>
        <translation>Đang chuẩn bị bản xem trước…</translation>
    </message>
    <message>
        <location filename="../tabs/documents/tab.py" line="478"/>
        <source>Updating…</source>
        <translation>Đang cập nhật…</translation>
    </message>
    <message>
        <location filename="../tabs/documents/tab.py" line="515"/>
        <source>The preview could not be shown.</source>
        <translation>Không hiển thị được bản xem trước.</translation>
    </message>
    <message>
        <location filename="../tabs/documents/tab.py" line="531"/>
        <source>The preview could not be made: %1</source>
        <translation>Không tạo được bản xem trước: %1</translation>
    </message>
    <message>
        <location filename="../tabs/documents/tab.py" line="541"/>
        <source>Page %1 of %2</source>
        <translation>Trang %1/%2</translation>
    </message>
</context>
<context>
    <name>DossierWriter</name>
    <message>
        <location filename="../tabs/minutes/dossier_writer.py" line="104"/>
        <source>Write the congress dossier as a .zip file</source>
        <translation>Ghi hồ sơ đại hội thành tệp .zip</translation>
    </message>
    <message>
        <location filename="../tabs/minutes/dossier_writer.py" line="106"/>
        <source>Zip archive (*.zip)</source>
        <translation>Tệp nén Zip (*.zip)</translation>
    </message>
    <message>
        <location filename="../tabs/minutes/dossier_writer.py" line="118"/>
        <source>Choose where to create the folder of the congress dossier</source>
        <translation>Chọn nơi tạo thư mục hồ sơ đại hội</translation>
    </message>
    <message>
        <location filename="../tabs/minutes/dossier_writer.py" line="129"/>
        <source>Write the congress dossier</source>
        <translation>Ghi hồ sơ đại hội</translation>
    </message>
    <message>
        <location filename="../tabs/minutes/dossier_writer.py" line="130"/>
        <source>%1 already exists. Replace it with a new dossier?</source>
        <translation>%1 đã có. Thay bằng hồ sơ mới?</translation>
    </message>
    <message>
        <location filename="../tabs/minutes/dossier_writer.py" line="142"/>
        <source>Writing the congress dossier…</source>
        <translation>Đang ghi hồ sơ đại hội…</translation>
    </message>
    <message>
        <location filename="../tabs/minutes/dossier_writer.py" line="144"/>
        <location filename="../tabs/minutes/dossier_writer.py" line="207"/>
        <location filename="../tabs/minutes/dossier_writer.py" line="223"/>
        <source>Congress dossier</source>
        <translation>Hồ sơ đại hội</translation>
    </message>
    <message>
        <location filename="../tabs/minutes/dossier_writer.py" line="167"/>
        <source>Writing the congress dossier: file %1 of %2…</source>
        <translation>Đang ghi hồ sơ đại hội: tệp %1/%2…</translation>
    </message>
    <message>
        <location filename="../tabs/minutes/dossier_writer.py" line="199"/>
        <source>Open folder</source>
        <translation>Mở thư mục</translation>
    </message>
    <message>
        <location filename="../tabs/minutes/dossier_writer.py" line="201"/>
        <source>Congress dossier written to %1</source>
        <translation>Đã ghi hồ sơ đại hội vào %1</translation>
    </message>
    <message>
        <location filename="../tabs/minutes/dossier_writer.py" line="209"/>
        <source>The congress dossier was written to:
%1

It holds %2 files: every document (.docx and .pdf), the data archive (JSON), the journal of changes (CSV) and the list of contents, which states how long the ballots are kept and the deadline for complaints.</source>
        <translation>Đã ghi hồ sơ đại hội vào:
%1

Hồ sơ gồm %2 tệp: mọi văn bản (.docx và .pdf), bản lưu dữ liệu (JSON), nhật ký thay đổi (CSV) và danh mục hồ sơ, trong đó ghi thời hạn lưu giữ phiếu bầu và thời hạn tiếp nhận khiếu nại.</translation>
    </message>
    <message>
        <location filename="../tabs/minutes/dossier_writer.py" line="224"/>
        <source>The congress dossier could not be written to %1.</source>
        <translation>Không ghi được hồ sơ đại hội vào %1.</translation>
    </message>
    <message>
        <location filename="../tabs/minutes/dossier_writer.py" line="228"/>
        <source>Nothing was left half-written.</source>
        <translation>Không để lại tệp nào ghi dở.</translation>
    </message>
</context>
<context>
    <name>EditorPage</name>
    <message>
        <location filename="../tabs/minutes/panels.py" line="218"/>
        <source>One paragraph per line; a line starting with “- ” or “+ ” is a list item. Your text is kept when you leave the section, after a pause in typing, or at once with Ctrl+Enter; Ctrl+Z undoes it.</source>
        <translation>Mỗi dòng là một đoạn; dòng bắt đầu bằng “- ” hoặc “+ ” là một ý gạch đầu dòng. Nội dung được giữ khi bạn rời khỏi phần này, khi ngừng gõ một lúc, hoặc ngay khi nhấn Ctrl+Enter; Ctrl+Z để hoàn tác.</translation>
    </message>
    <message>
        <location filename="../tabs/minutes/panels.py" line="225"/>
        <source>Keep the text (Ctrl+Enter)</source>
        <translation>Giữ nội dung (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../tabs/minutes/panels.py" line="227"/>
        <source>Revert to generated (Ctrl+Shift+R)</source>
        <translation>Về nội dung tự động (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <location filename="../tabs/minutes/panels.py" line="229"/>
        <source>Keep my edit as checked</source>
        <translation>Giữ bản sửa, đã kiểm tra</translation>
    </message>
    <message>
        <location filename="../tabs/minutes/panels.py" line="230"/>
        <source>Compare (F6)</source>
        <translation>So sánh (F6)</translation>
    </message>
    <message>
        <location filename="../tabs/minutes/panels.py" line="252"/>
        <source>Your text compared with the text generated from the data now: struck out in red, only in your text; in green, only in the regenerated text.</source>
        <translation>So sánh nội dung của bạn với nội dung tạo từ dữ liệu hiện tại: gạch ngang màu đỏ là chỉ có trong nội dung của bạn; màu xanh lá là chỉ có trong nội dung tạo lại.</translation>
    </message>
    <message>
        <location filename="../tabs/minutes/panels.py" line="286"/>
        <source>Your text is the same as the regenerated text.</source>
        <translation>Nội dung của bạn giống hệt nội dung tạo lại.</translation>
    </message>
</context>
<context>
    <name>Elections</name>
    <message>
        <location filename="../dialogs/elections.py" line="47"/>
        <source>Cell committee (chi ủy)</source>
        <translation>Chi ủy</translation>
    </message>
    <message>
        <location filename="../dialogs/elections.py" line="48"/>
        <source>Cell secretary (bí thư)</source>
        <translation>Bí thư chi bộ</translation>
    </message>
    <message>
        <location filename="../dialogs/elections.py" line="49"/>
        <source>Deputy secretary (phó bí thư)</source>
        <translation>Phó bí thư chi bộ</translation>
    </message>
    <message>
        <location filename="../dialogs/elections.py" line="52"/>
        <source>Delegates to the superior congress</source>
        <translation>Đại biểu dự đại hội cấp trên</translation>
    </message>
    <message>
        <location filename="../dialogs/elections.py" line="55"/>
        <source>Alternate delegates</source>
        <translation>Đại biểu dự khuyết</translation>
    </message>
    <message>
        <location filename="../dialogs/elections.py" line="56"/>
        <source>Opinion poll on nominees</source>
        <translation>Bỏ phiếu thăm dò nhân sự</translation>
    </message>
    <message>
        <location filename="../dialogs/elections.py" line="89"/>
        <source>The cell has %1 full members (exempt members included): 9 or more, so it elects a committee of at most %2, then the bí thư from the committee, then one phó bí thư from the committee — three separate elections, in that order (294-QĐ/TW mục 22).</source>
        <translation>Chi bộ có %1 đảng viên chính thức (kể cả đảng viên được miễn sinh hoạt): từ 9 trở lên, nên bầu chi ủy không quá %2 đồng chí, sau đó bầu bí thư trong số chi ủy viên, rồi bầu một phó bí thư trong số chi ủy viên — ba cuộc bầu riêng, theo đúng thứ tự đó (294-QĐ/TW mục 22).</translation>
    </message>
    <message>
        <location filename="../dialogs/elections.py" line="97"/>
        <source>The cell has %1 full members (exempt members included): fewer than 9, so it elects no committee — only a bí thư, and a phó bí thư if needed (294-QĐ/TW mục 22).</source>
        <translation>Chi bộ có %1 đảng viên chính thức (kể cả đảng viên được miễn sinh hoạt): dưới 9, nên không bầu chi ủy — chỉ bầu bí thư, và phó bí thư nếu cần (294-QĐ/TW mục 22).</translation>
    </message>
    <message>
        <location filename="../dialogs/elections.py" line="227"/>
        <source>At most %1 members; the number is first decided by a show of hands.</source>
        <translation>Không quá %1 đồng chí; số lượng do đại hội biểu quyết (giơ tay) trước.</translation>
    </message>
    <message>
        <location filename="../dialogs/elections.py" line="232"/>
        <source>Warning: with fewer than 9 full members a cell elects no committee.</source>
        <translation>Cảnh báo: chi bộ có dưới 9 đảng viên chính thức thì không bầu chi ủy.</translation>
    </message>
    <message>
        <location filename="../dialogs/elections.py" line="237"/>
        <source>One seat.</source>
        <translation>Bầu một đồng chí.</translation>
    </message>
    <message>
        <location filename="../dialogs/elections.py" line="239"/>
        <source>The nominees must be elected members of the new committee.</source>
        <translation>Người được giới thiệu phải là chi ủy viên khóa mới đã trúng cử.</translation>
    </message>
    <message>
        <location filename="../dialogs/elections.py" line="243"/>
        <source>The number of delegates is allocated by the superior committee; full delegates are elected first, then alternates from the rest (190-QĐ/TW Điều 18).</source>
        <translation>Số lượng đại biểu do cấp ủy cấp trên phân bổ; bầu đại biểu chính thức trước, sau đó bầu đại biểu dự khuyết trong số còn lại (190-QĐ/TW Điều 18).</translation>
    </message>
    <message>
        <location filename="../dialogs/elections.py" line="250"/>
        <source>An opinion poll on nominees put forward from the floor.</source>
        <translation>Bỏ phiếu thăm dò đối với người được đại hội đề cử.</translation>
    </message>
</context>
<context>
    <name>ElectionsTab</name>
    <message>
        <location filename="../tabs/election_pages/common.py" line="59"/>
        <source>This election already has a round: it cannot be removed.</source>
        <translation>Cuộc bầu cử này đã có lần bầu: không thể xóa.</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/common.py" line="62"/>
        <source>Refused: a member of the vote-counting committee is on the election list (190-QĐ/TW Điều 8). Choose someone who is not a candidate.</source>
        <translation>Không chấp nhận: có thành viên Ban kiểm phiếu nằm trong danh sách bầu cử (190-QĐ/TW Điều 8). Hãy chọn người không có tên trong danh sách bầu cử.</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/common.py" line="67"/>
        <source>Refused: a teller is not in the hall now.</source>
        <translation>Không chấp nhận: có thành viên Ban kiểm phiếu hiện không có mặt tại hội trường.</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/common.py" line="68"/>
        <source>Refused: tellers must be full members of the cell.</source>
        <translation>Không chấp nhận: thành viên Ban kiểm phiếu phải là đảng viên chính thức của chi bộ.</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/common.py" line="71"/>
        <source>Refused: the list exceeds the surplus allowed (190-QĐ/TW Điều 14) and the congress has not voted to allow it.</source>
        <translation>Không chấp nhận: danh sách vượt quá số dư cho phép (190-QĐ/TW Điều 14) và đại hội chưa biểu quyết đồng ý.</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/common.py" line="76"/>
        <source>The list has no candidate yet.</source>
        <translation>Danh sách bầu cử chưa có ai.</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/common.py" line="77"/>
        <source>Refused: %1 ballots is more than the full members present now.</source>
        <translation>Không chấp nhận: %1 phiếu nhiều hơn số đảng viên chính thức đang có mặt.</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/common.py" line="80"/>
        <source>Ballots are already entered for this round.</source>
        <translation>Lần bầu này đã nhập phiếu.</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/common.py" line="83"/>
        <source>The ballots have not been issued yet.</source>
        <translation>Chưa phát phiếu bầu.</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/common.py" line="84"/>
        <source>A cell committee has at most %1 members (294-QĐ/TW mục 22).</source>
        <translation>Chi ủy có không quá %1 đồng chí (294-QĐ/TW mục 22).</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/common.py" line="87"/>
        <source>A round cannot fill more seats than the election has.</source>
        <translation>Lần bầu không thể bầu nhiều hơn số lượng của cuộc bầu cử.</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/common.py" line="90"/>
        <source>Only full members may stand for election.</source>
        <translation>Chỉ đảng viên chính thức mới được ứng cử, đề cử.</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/common.py" line="91"/>
        <source>A member attached here from another cell cannot stand.</source>
        <translation>Đảng viên sinh hoạt tạm thời từ chi bộ khác không được ứng cử, đề cử.</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/common.py" line="94"/>
        <source>A suspended member cannot stand.</source>
        <translation>Đảng viên đang bị đình chỉ sinh hoạt không được ứng cử, đề cử.</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/common.py" line="95"/>
        <source>Refused: the bí thư and phó bí thư are elected from the members of the new committee (294-QĐ/TW mục 22).</source>
        <translation>Không chấp nhận: bí thư và phó bí thư được bầu trong số chi ủy viên khóa mới (294-QĐ/TW mục 22).</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/common.py" line="100"/>
        <source>More agree than attending: check the count.</source>
        <translation>Số đồng ý nhiều hơn số người dự: hãy kiểm đếm lại.</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/common.py" line="103"/>
        <source>Already on the list.</source>
        <translation>Đã có trong danh sách.</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/common.py" line="104"/>
        <source>The result cannot be announced yet.</source>
        <translation>Chưa thể công bố kết quả.</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/common.py" line="105"/>
        <source>This step cannot be undone here.</source>
        <translation>Không thể hoàn tác bước này ở đây.</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/common.py" line="106"/>
        <source>This election is closed: every seat is filled or appointed.</source>
        <translation>Cuộc bầu cử đã kết thúc: đã bầu đủ hoặc đã có chỉ định.</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/common.py" line="109"/>
        <source>Totals from tally sheets are entered for this round.</source>
        <translation>Lần bầu này đã nhập số liệu từ phiếu tổng hợp.</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/common.py" line="112"/>
        <source>The result of this round is announced: withdraw the announcement first.</source>
        <translation>Kết quả lần bầu này đã công bố: hãy hủy công bố trước.</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/common.py" line="116"/>
        <source>Only a delegates&apos; election has alternates.</source>
        <translation>Chỉ bầu đại biểu mới có đại biểu dự khuyết.</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/common.py" line="119"/>
        <source>The list is fixed once the first round is opened.</source>
        <translation>Danh sách bầu cử không thay đổi được sau khi đã mở lần bầu thứ nhất.</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/common.py" line="122"/>
        <source>The list is already approved (Ctrl+Z takes the vote back).</source>
        <translation>Danh sách đã được thông qua (Ctrl+Z để hủy kết quả biểu quyết).</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/common.py" line="125"/>
        <source>The list has not been approved.</source>
        <translation>Danh sách chưa được thông qua.</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/common.py" line="126"/>
        <source>Refused: more hands than full members present.</source>
        <translation>Không chấp nhận: số biểu quyết nhiều hơn số đảng viên chính thức có mặt.</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/common.py" line="129"/>
        <source>Only a floor or self-nomination needs the agreement count.</source>
        <translation>Chỉ người do đại hội đề cử hoặc tự ứng cử mới cần ghi số đồng ý.</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/common.py" line="132"/>
        <source>This name is already withdrawn.</source>
        <translation>Người này đã rút khỏi danh sách.</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/common.py" line="133"/>
        <source>A later round is open: its announcement cannot be withdrawn.</source>
        <translation>Đã mở lần bầu sau: không thể hủy công bố kết quả lần này.</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/common.py" line="136"/>
        <source>The result is not announced.</source>
        <translation>Kết quả chưa được công bố.</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/common.py" line="137"/>
        <source>The election has no round yet.</source>
        <translation>Cuộc bầu cử chưa có lần bầu nào.</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/common.py" line="138"/>
        <source>A round is not announced yet.</source>
        <translation>Còn lần bầu chưa công bố kết quả.</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/common.py" line="139"/>
        <source>Only a finished election can be ratified: every seat filled, closed by the congress, or appointed.</source>
        <translation>Chỉ chuẩn y được cuộc bầu cử đã xong: đã bầu đủ, đại hội quyết định kết thúc, hoặc đã có chỉ định.</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/common.py" line="144"/>
        <source>An appointment is recorded only after three rounds have not elected a bí thư.</source>
        <translation>Chỉ ghi quyết định chỉ định khi bầu ba lần không bầu được bí thư.</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/common.py" line="148"/>
        <source>Only a bí thư election ends in an appointment.</source>
        <translation>Chỉ cuộc bầu bí thư mới kết thúc bằng chỉ định.</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/common.py" line="182"/>
        <source>the ballots have not been issued</source>
        <translation>chưa phát phiếu</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/common.py" line="185"/>
        <source>no ballot has been entered</source>
        <translation>chưa nhập phiếu nào</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/common.py" line="186"/>
        <source>the second pass is not finished</source>
        <translation>chưa kết thúc nhập lần hai</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/common.py" line="189"/>
        <source>mismatches between the two passes are not resolved</source>
        <translation>chưa đối chiếu xong các phiếu chênh lệch giữa hai lần nhập</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/common.py" line="192"/>
        <source>it is already announced</source>
        <translation>kết quả đã được công bố</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/common.py" line="202"/>
        <source>preparing</source>
        <translation>chuẩn bị</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/common.py" line="203"/>
        <source>voting</source>
        <translation>đang bầu</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/common.py" line="204"/>
        <source>done</source>
        <translation>đã xong</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/common.py" line="205"/>
        <source>appointed</source>
        <translation>cấp trên chỉ định</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/common.py" line="212"/>
        <source>Convening committee</source>
        <translation>Chi ủy giới thiệu</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/common.py" line="213"/>
        <source>Floor</source>
        <translation>Đại hội đề cử</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/common.py" line="214"/>
        <source>Self-nomination</source>
        <translation>Tự ứng cử</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/common.py" line="221"/>
        <source>on the list</source>
        <translation>có trong danh sách</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/common.py" line="222"/>
        <source>awaiting the agreement count</source>
        <translation>chờ ghi số đồng ý</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/common.py" line="223"/>
        <source>not admitted (30 % not reached)</source>
        <translation>không đưa vào danh sách (không quá 30%)</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/common.py" line="226"/>
        <source>withdrawn by vote</source>
        <translation>rút theo biểu quyết</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/common.py" line="293"/>
        <source>Comrade %1 is elected with %2/%3 votes (%4): more than half of the majority base of %3 (the full members summoned, less those the rules deduct), and within the seats by votes.</source>
        <translation>Đồng chí %1 trúng cử với %2/%3 phiếu (%4): quá một nửa mẫu số %3 (số đảng viên chính thức được triệu tập, trừ những trường hợp quy định được trừ), và nằm trong số lượng bầu theo thứ tự số phiếu.</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/common.py" line="300"/>
        <source>Comrade %1 has %2/%3 votes (%4), more than half, but is tied with others for the last seat: not declared elected.</source>
        <translation>Đồng chí %1 được %2/%3 phiếu (%4), quá một nửa, nhưng bằng phiếu với người khác ở vị trí cuối cùng: chưa công bố trúng cử.</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/common.py" line="306"/>
        <source>Comrade %1 has %2/%3 votes (%4), more than half, but the seats went to candidates with more votes: not elected.</source>
        <translation>Đồng chí %1 được %2/%3 phiếu (%4), quá một nửa, nhưng đã đủ số lượng những người có số phiếu cao hơn: không trúng cử.</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/common.py" line="312"/>
        <source>Comrade %1 is not elected: %2/%3 votes (%4) is not more than half of the majority base %3.</source>
        <translation>Đồng chí %1 không trúng cử: %2/%3 phiếu (%4) không quá một nửa mẫu số %3.</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/common.py" line="326"/>
        <source>Tie at the cut-off: %1 have equal votes for the last seat(s). Ties are never broken by age or alphabet; a further round restricted to them is proposed (no Party text settles ties: this is the program&apos;s default, and the presidium confirms).</source>
        <translation>Bằng phiếu ở vị trí cuối: %1 có số phiếu bằng nhau. Không phân định bằng tuổi hay thứ tự tên; đề nghị bầu tiếp một lần chỉ với những người này (văn bản của Đảng chưa quy định trường hợp này: đây là cách làm mặc định của chương trình, Đoàn Chủ tịch quyết định).</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/common.py" line="336"/>
        <source>%1 of %2 seats are still open: the congress decides on a further round.</source>
        <translation>Còn thiếu %1/%2 người: đại hội quyết định có bầu tiếp hay không.</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/common.py" line="345"/>
        <source>All %1 seats are filled.</source>
        <translation>Đã bầu đủ %1 người.</translation>
    </message>
    <message>
        <location filename="../tabs/elections.py" line="247"/>
        <source>Elections (secret ballot)</source>
        <translation>Bầu cử (bỏ phiếu kín)</translation>
    </message>
    <message>
        <location filename="../tabs/elections.py" line="250"/>
        <source>Election</source>
        <translation>Cuộc bầu cử</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/list_page.py" line="85"/>
        <location filename="../tabs/elections.py" line="250"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../tabs/elections.py" line="258"/>
        <source>New… (Insert)</source>
        <translation>Thêm… (Insert)</translation>
    </message>
    <message>
        <location filename="../tabs/elections.py" line="259"/>
        <source>Remove (Delete)</source>
        <translation>Xóa (Delete)</translation>
    </message>
    <message>
        <location filename="../tabs/elections.py" line="313"/>
        <source>1 · List</source>
        <translation>1 · Danh sách</translation>
    </message>
    <message>
        <location filename="../tabs/elections.py" line="314"/>
        <source>2 · Tellers and round</source>
        <translation>2 · Kiểm phiếu, lần bầu</translation>
    </message>
    <message>
        <location filename="../tabs/elections.py" line="315"/>
        <source>3 · Ballot entry</source>
        <translation>3 · Nhập phiếu</translation>
    </message>
    <message>
        <location filename="../tabs/elections.py" line="316"/>
        <source>4 · Results</source>
        <translation>4 · Kết quả</translation>
    </message>
    <message>
        <location filename="../tabs/elections.py" line="322"/>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/list_page.py" line="80"/>
        <location filename="../tabs/election_pages/results_page.py" line="92"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/list_page.py" line="81"/>
        <location filename="../tabs/election_pages/results_page.py" line="93"/>
        <source>Name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/list_page.py" line="82"/>
        <source>Born</source>
        <translation>Năm sinh</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/list_page.py" line="83"/>
        <source>Proposed by</source>
        <translation>Giới thiệu</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/list_page.py" line="84"/>
        <source>Agreement</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/list_page.py" line="108"/>
        <source>proposed by (floor)</source>
        <translation>người đề cử (tại đại hội)</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/list_page.py" line="128"/>
        <source>Record agreement</source>
        <translation>Ghi số đồng ý</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/list_page.py" line="131"/>
        <source>Floor nominee — agree:</source>
        <translation>Người được đề cử — đồng ý:</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/list_page.py" line="134"/>
        <source>of attending:</source>
        <translation>trên số dự:</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/list_page.py" line="142"/>
        <source>reason</source>
        <translation>lý do</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/list_page.py" line="145"/>
        <source>Decide withdrawal</source>
        <translation>Quyết định xin rút</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/list_page.py" line="148"/>
        <source>Withdrawal vote — in favour:</source>
        <translation>Biểu quyết xin rút — tán thành:</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/list_page.py" line="151"/>
        <location filename="../tabs/election_pages/list_page.py" line="187"/>
        <source>against:</source>
        <translation>không tán thành:</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/list_page.py" line="156"/>
        <source>Remove nomination (Delete)</source>
        <translation>Xóa đề cử (Delete)</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/list_page.py" line="178"/>
        <source>List approval (show of hands) — in favour:</source>
        <translation>Thông qua danh sách (giơ tay) — tán thành:</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/list_page.py" line="189"/>
        <source>other:</source>
        <translation>ý kiến khác:</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/list_page.py" line="192"/>
        <source>Approve the list (Ctrl+L)</source>
        <translation>Thông qua danh sách (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/round_page.py" line="66"/>
        <source>Vote-counting committee (ban kiểm phiếu)</source>
        <translation>Ban kiểm phiếu</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/round_page.py" line="72"/>
        <source>Full members in the hall who are not on the list (190-QĐ/TW Điều 8). Type a name (diacritics not needed) and Enter, or Space, ticks; the first ticked chairs. The committee is chosen once for the congress: a new election starts with it ticked.</source>
        <translation>Đảng viên chính thức có mặt tại hội trường và không có tên trong danh sách bầu cử (Điều 8 Quy chế bầu cử trong Đảng). Gõ tên (không cần dấu) rồi Enter, hoặc phím cách, để đánh dấu; người đánh dấu đầu tiên làm Trưởng ban. Ban kiểm phiếu được bầu một lần cho cả Đại hội: cuộc bầu cử mới đã đánh dấu sẵn các đồng chí đó.</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/round_page.py" line="92"/>
        <source>Round</source>
        <translation>Lần bầu</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/round_page.py" line="98"/>
        <source>Seats in this round:</source>
        <translation>Số lượng bầu lần này:</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/round_page.py" line="102"/>
        <source>The congress voted to allow a larger surplus</source>
        <translation>Đại hội đã biểu quyết cho phép số dư lớn hơn</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/round_page.py" line="121"/>
        <source>Ballots</source>
        <translation>Phiếu bầu</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/round_page.py" line="124"/>
        <source>Ballots issued:</source>
        <translation>Số phiếu phát ra:</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/round_page.py" line="129"/>
        <source>Issue the ballots (Ctrl+I)</source>
        <translation>Phát phiếu (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/round_page.py" line="141"/>
        <source>Save the ballots as PDF…</source>
        <translation>Lưu phiếu bầu thành PDF…</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/entry_page.py" line="61"/>
        <source>First pass</source>
        <translation>Nhập lần một</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/entry_page.py" line="62"/>
        <source>Second pass (blind)</source>
        <translation>Nhập lần hai (mù)</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/entry_page.py" line="63"/>
        <source>Mismatches</source>
        <translation>Chênh lệch</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/entry_page.py" line="64"/>
        <source>Totals from tally sheets</source>
        <translation>Số liệu tổng hợp</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/entry_page.py" line="175"/>
        <source>Blind second pass by another operator: the first pass is not shown. Papers that differ go to the mismatch queue. F9 finishes the second pass.</source>
        <translation>Người khác nhập lần hai (nhập mù): không hiển thị lần nhập thứ nhất. Phiếu có kết quả khác nhau được đưa vào danh sách chênh lệch. F9 kết thúc nhập lần hai.</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/entry_page.py" line="185"/>
        <source>For a count done on paper tally sheets: the totals are checked by the same rules as ballots entered one by one.</source>
        <translation>Dùng khi kiểm phiếu trên phiếu tổng hợp giấy: số liệu được kiểm tra theo cùng quy định như khi nhập từng phiếu.</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/results_page.py" line="94"/>
        <source>Votes</source>
        <translation>Số phiếu</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/results_page.py" line="95"/>
        <source>% of base</source>
        <translation>% mẫu số</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/results_page.py" line="96"/>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/results_page.py" line="112"/>
        <source>Announce (Ctrl+Shift+A)</source>
        <translation>Công bố (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/results_page.py" line="117"/>
        <source>Withdraw the announcement</source>
        <translation>Hủy công bố</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/results_page.py" line="121"/>
        <source>Show in the hall (F10)</source>
        <translation>Hiện lên màn chiếu (F10)</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/results_page.py" line="124"/>
        <source>Clear the hall (Shift+F10)</source>
        <translation>Xóa màn chiếu (Shift+F10)</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/results_page.py" line="146"/>
        <source>Confirm: open the proposed round (Ctrl+Shift+O)</source>
        <translation>Xác nhận: mở lần bầu được đề nghị (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/results_page.py" line="154"/>
        <source>No further round: close the election</source>
        <translation>Không bầu tiếp: kết thúc cuộc bầu cử</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/results_page.py" line="165"/>
        <source>decision number, date</source>
        <translation>số quyết định, ngày</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/results_page.py" line="168"/>
        <source>Record the appointment</source>
        <translation>Ghi chỉ định</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/results_page.py" line="171"/>
        <source>Appointed by the superior committee:</source>
        <translation>Cấp ủy cấp trên chỉ định:</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/results_page.py" line="182"/>
        <source>Ratified (chuẩn y) on:</source>
        <translation>Ngày chuẩn y:</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/results_page.py" line="191"/>
        <source>decision number</source>
        <translation>số quyết định</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/results_page.py" line="194"/>
        <source>Record the ratification</source>
        <translation>Ghi chuẩn y</translation>
    </message>
    <message>
        <location filename="../tabs/elections.py" line="296"/>
        <source>Keys: Insert new election · Delete remove · Ctrl+1…4 pages · Ctrl+Shift+N nominate · Ctrl+L approve the list · Ctrl+R open the round · Ctrl+I issue the ballots · Ctrl+PgUp/PgDn entry mode · Ctrl+Shift+A announce · F10 show in the hall · Shift+F10 clear the hall · Ctrl+Z undo</source>
        <translation>Phím: Insert thêm cuộc bầu cử · Delete xóa · Ctrl+1…4 chuyển trang · Ctrl+Shift+N đề cử · Ctrl+L thông qua danh sách · Ctrl+R mở lần bầu · Ctrl+I phát phiếu · Ctrl+PgUp/PgDn chuyển cách nhập · Ctrl+Shift+A công bố · F10 hiện lên màn chiếu · Shift+F10 xóa màn chiếu · Ctrl+Z hoàn tác</translation>
    </message>
    <message>
        <location filename="../tabs/elections.py" line="358"/>
        <source>New election</source>
        <translation>Thêm cuộc bầu cử</translation>
    </message>
    <message>
        <location filename="../tabs/elections.py" line="365"/>
        <source>Remove the election</source>
        <translation>Xóa cuộc bầu cử</translation>
    </message>
    <message>
        <location filename="../tabs/elections.py" line="374"/>
        <source>Work on the election</source>
        <translation>Làm việc với cuộc bầu cử</translation>
    </message>
    <message>
        <location filename="../tabs/elections.py" line="384"/>
        <source>Page %1</source>
        <translation>Trang %1</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/list_page.py" line="208"/>
        <source>Nominate</source>
        <translation>Đề cử</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/list_page.py" line="215"/>
        <source>Remove the nomination</source>
        <translation>Xóa đề cử</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/list_page.py" line="245"/>
        <source>Approve the list</source>
        <translation>Thông qua danh sách</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/round_page.py" line="154"/>
        <source>Open the round</source>
        <translation>Mở lần bầu</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/round_page.py" line="161"/>
        <source>Issue the ballots</source>
        <translation>Phát phiếu</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/results_page.py" line="207"/>
        <source>Announce the result</source>
        <translation>Công bố kết quả</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/results_page.py" line="215"/>
        <source>Show the result in the hall</source>
        <translation>Hiện kết quả lên màn chiếu</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/results_page.py" line="222"/>
        <source>Clear the hall</source>
        <translation>Xóa màn chiếu</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/results_page.py" line="231"/>
        <source>Open the proposed round</source>
        <translation>Mở lần bầu được đề nghị</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/entry_page.py" line="94"/>
        <source>Next entry mode</source>
        <translation>Cách nhập tiếp theo</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/entry_page.py" line="102"/>
        <source>Previous entry mode</source>
        <translation>Cách nhập trước</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/entry_page.py" line="112"/>
        <source>Finish the second pass</source>
        <translation>Kết thúc nhập lần hai</translation>
    </message>
    <message>
        <location filename="../tabs/elections.py" line="462"/>
        <source>%1 seat(s)</source>
        <translation>bầu %1 người</translation>
    </message>
    <message>
        <location filename="../tabs/elections.py" line="528"/>
        <source>Round %1</source>
        <translation>Lần bầu thứ %1</translation>
    </message>
    <message>
        <location filename="../tabs/elections.py" line="530"/>
        <source>tie</source>
        <translation>bằng phiếu</translation>
    </message>
    <message>
        <location filename="../tabs/elections.py" line="532"/>
        <source>open seats</source>
        <translation>còn thiếu người</translation>
    </message>
    <message>
        <location filename="../tabs/elections.py" line="555"/>
        <source>No congress file is open.</source>
        <translation>Chưa mở tệp đại hội nào.</translation>
    </message>
    <message>
        <location filename="../tabs/elections.py" line="557"/>
        <source>No election yet: press Insert to set one up.</source>
        <translation>Chưa có cuộc bầu cử nào: nhấn Insert để thêm.</translation>
    </message>
    <message>
        <location filename="../tabs/elections.py" line="559"/>
        <source>Select an election.</source>
        <translation>Chọn một cuộc bầu cử.</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/list_page.py" line="358"/>
        <source>Ballot order (Vietnamese collation, given name first): %1</source>
        <translation>Thứ tự trên phiếu (theo vần A, B, C của tên, rồi họ, tên đệm): %1</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/list_page.py" line="364"/>
        <source>No one is elected to the committee yet (announced rounds): the bí thư and phó bí thư are elected from its members.</source>
        <translation>Chưa có ai trúng cử chi ủy (trong các lần bầu đã công bố): bí thư và phó bí thư được bầu trong số chi ủy viên.</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/list_page.py" line="111"/>
        <source>Nominate (Ctrl+Shift+N)</source>
        <translation>Đề cử (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/list_page.py" line="325"/>
        <source>Type a name (diacritics not needed) or the roster number.</source>
        <translation>Gõ tên (không cần dấu) hoặc số thứ tự trong danh sách đảng viên.</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/list_page.py" line="329"/>
        <source>Only members elected to the new committee may stand (294-QĐ/TW mục 22). Type a name (diacritics not needed) or the roster number.</source>
        <translation>Chỉ chi ủy viên khóa mới đã trúng cử mới được ứng cử, đề cử (294-QĐ/TW mục 22). Gõ tên (không cần dấu) hoặc số thứ tự trong danh sách đảng viên.</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/list_page.py" line="372"/>
        <source>No one on the list yet: choose a member and press Ctrl+Shift+N.</source>
        <translation>Danh sách chưa có ai: chọn một đảng viên rồi nhấn Ctrl+Shift+N.</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/list_page.py" line="428"/>
        <source>%1 name(s) on the list for %2 seat(s).</source>
        <translation>Danh sách có %1 người, bầu %2 người.</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/list_page.py" line="444"/>
        <source>Surplus cap: %1 % of the seats (setting “elections.surplus_cap_percent”, default 30 %, 190-QĐ/TW Điều 14), so at most %2 names for %3 seats.</source>
        <translation>Số dư tối đa: %1% số lượng bầu (thiết lập “elections.surplus_cap_percent”, mặc định 30%, 190-QĐ/TW Điều 14), nên bầu %3 thì danh sách tối đa %2 người.</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/list_page.py" line="655"/>
        <source>✓ %1 names for %2 seats: within the surplus allowed.</source>
        <translation>✓ %1 người, bầu %2: trong phạm vi số dư cho phép.</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/list_page.py" line="661"/>
        <source>No names yet (%2 seats).</source>
        <translation>Chưa có ai (bầu %2).</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/list_page.py" line="665"/>
        <source>⚠ Only %1 names for %2 seats: fewer names than seats.</source>
        <translation>⚠ Chỉ có %1 người, bầu %2: ít hơn số lượng bầu.</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/list_page.py" line="671"/>
        <source>⚠ %1 names for %2 seats: no surplus. A committee list should have more names than seats.</source>
        <translation>⚠ %1 người, bầu %2: không có số dư. Danh sách bầu chi ủy cần nhiều hơn số lượng bầu.</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/list_page.py" line="679"/>
        <source>✗ %1 names for %2 seats: above the cap. The round will be refused unless the congress votes to allow it (tick the box on page 2).</source>
        <translation>✗ %1 người, bầu %2: vượt số dư tối đa. Không mở được lần bầu trừ khi đại hội biểu quyết cho phép (đánh dấu ô ở trang 2).</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/list_page.py" line="687"/>
        <source>⚠ %1 names for %2 seats: above the cap, allowed by the congress&apos;s vote.</source>
        <translation>⚠ %1 người, bầu %2: vượt số dư tối đa, đại hội đã biểu quyết cho phép.</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/list_page.py" line="465"/>
        <location filename="../tabs/election_pages/list_page.py" line="475"/>
        <source>The list has not been put to the vote yet.</source>
        <translation>Danh sách chưa được đưa ra biểu quyết.</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/list_page.py" line="482"/>
        <source>List approved</source>
        <translation>Danh sách đã được thông qua</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/list_page.py" line="484"/>
        <source>List NOT approved</source>
        <translation>Danh sách KHÔNG được thông qua</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/list_page.py" line="488"/>
        <source>%1: %2 in favour, %3 against, %4 other — %5 of the base %6</source>
        <translation>%1: %2 tán thành, %3 không tán thành, %4 ý kiến khác — %5 trên mẫu số %6</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/list_page.py" line="510"/>
        <source>%1 people match — choose with ↑ ↓</source>
        <translation>%1 người khớp — chọn bằng ↑ ↓</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/list_page.py" line="514"/>
        <source>No member matches “%1”: type the name again.</source>
        <translation>Không có đảng viên nào khớp với “%1”: hãy gõ lại tên.</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/round_page.py" line="111"/>
        <source>Open the round (Ctrl+R)</source>
        <translation>Mở lần bầu (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/round_page.py" line="226"/>
        <source>on the list, cannot count</source>
        <translation>đang ứng cử, không kiểm phiếu</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/round_page.py" line="231"/>
        <source>not in the hall</source>
        <translation>không có mặt</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/round_page.py" line="260"/>
        <source>Round 1 will have the %1 names of the approved list.</source>
        <translation>Lần bầu thứ nhất gồm %1 người của danh sách đã thông qua.</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/round_page.py" line="266"/>
        <source>strike the names not chosen</source>
        <translation>gạch tên người không bầu</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/round_page.py" line="268"/>
        <source>agree / disagree box per name</source>
        <translation>ô đồng ý / không đồng ý cho từng người</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/round_page.py" line="272"/>
        <source>Round %1: %2 seat(s), ballot form: %3.
%4</source>
        <translation>Lần bầu thứ %1: bầu %2 người, cách bầu: %3.
%4</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/round_page.py" line="282"/>
        <source>Further rounds are opened from the Results page (the proposal).</source>
        <translation>Các lần bầu tiếp theo được mở từ trang Kết quả (theo đề nghị).</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/round_page.py" line="298"/>
        <source>%1 ballots issued at %2 · majority base %3 · full members present %4</source>
        <translation>Phát ra %1 phiếu lúc %2 · mẫu số %3 · đảng viên chính thức có mặt %4</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/round_page.py" line="308"/>
        <source>Frozen.</source>
        <translation>Đã chốt.</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/round_page.py" line="314"/>
        <source>Full members present now: %1</source>
        <translation>Đảng viên chính thức đang có mặt: %1</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/round_page.py" line="319"/>
        <source>The majority base is frozen when the ballots are issued.</source>
        <translation>Mẫu số được chốt khi phát phiếu.</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/round_page.py" line="327"/>
        <source>Or print from the Documents tab: “Phiếu bầu: %1”.</source>
        <translation>Hoặc in từ thẻ Văn bản: “Phiếu bầu: %1”.</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/round_page.py" line="333"/>
        <source>Open the round to print its ballots.</source>
        <translation>Mở lần bầu để in phiếu bầu.</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/round_page.py" line="343"/>
        <source>%1 full members summoned</source>
        <translation>%1 đảng viên chính thức của chi bộ</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/round_page.py" line="347"/>
        <source>attached out</source>
        <translation>sinh hoạt tạm thời ở chi bộ khác</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/round_page.py" line="350"/>
        <source>exempt, not present</source>
        <translation>miễn sinh hoạt, không có mặt</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/round_page.py" line="352"/>
        <source>suspended</source>
        <translation>đình chỉ sinh hoạt</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/round_page.py" line="355"/>
        <source>absent with accepted reason</source>
        <translation>vắng có lý do</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/round_page.py" line="359"/>
        <source>absent throughout</source>
        <translation>vắng mặt suốt đại hội</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/round_page.py" line="374"/>
        <source>chair</source>
        <translation>Trưởng ban</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/round_page.py" line="380"/>
        <source>Tellers: %1</source>
        <translation>Ban kiểm phiếu: %1</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/round_page.py" line="384"/>
        <source>No teller chosen yet.</source>
        <translation>Chưa chọn Ban kiểm phiếu.</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/entry_page.py" line="170"/>
        <source>The stack as the tellers read it: serial (follows by itself), the numbers of the struck names, Enter.</source>
        <translation>Nhập theo tập phiếu Ban kiểm phiếu đọc: số phiếu (tự tăng), số thứ tự của người bị gạch tên, Enter.</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/entry_page.py" line="180"/>
        <source>Each mismatch is resolved by looking at the paper; the resolution is logged. No result can be announced while mismatches remain.</source>
        <translation>Mỗi phiếu chênh lệch được đối chiếu với phiếu gốc; việc đối chiếu được ghi nhật ký. Còn phiếu chênh lệch thì chưa được công bố kết quả.</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/entry_page.py" line="192"/>
        <source>Open a round first (page 2).</source>
        <translation>Hãy mở lần bầu trước (trang 2).</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/entry_page.py" line="194"/>
        <source>Issue the ballots first (page 2).</source>
        <translation>Hãy phát phiếu trước (trang 2).</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/entry_page.py" line="196"/>
        <source>This round was counted on paper: see the totals.</source>
        <translation>Lần bầu này kiểm phiếu trên giấy: xem số liệu tổng hợp.</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/results_page.py" line="643"/>
        <source>Ratified by the superior committee on %1.</source>
        <translation>Cấp ủy cấp trên đã chuẩn y ngày %1.</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/results_page.py" line="647"/>
        <source>Announced at %1 — PROVISIONAL until ratified by the superior committee.</source>
        <translation>Đã công bố lúc %1 — là kết quả TẠM THỜI cho đến khi cấp ủy cấp trên chuẩn y.</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/results_page.py" line="652"/>
        <source>Not announced yet — provisional until ratified.</source>
        <translation>Chưa công bố — là kết quả tạm thời cho đến khi được chuẩn y.</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/results_page.py" line="656"/>
        <source>No count yet.</source>
        <translation>Chưa kiểm phiếu.</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/results_page.py" line="279"/>
        <source>Open a round and issue the ballots first.</source>
        <translation>Hãy mở lần bầu và phát phiếu trước.</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/results_page.py" line="292"/>
        <source>Ballots issued %1 · collected %2 · valid %3 · invalid %4 · majority base %5</source>
        <translation>Phát ra %1 · thu về %2 · hợp lệ %3 · không hợp lệ %4 · mẫu số %5</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/results_page.py" line="303"/>
        <source>Invalid: %1</source>
        <translation>Không hợp lệ: %1</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/results_page.py" line="319"/>
        <source>elected</source>
        <translation>trúng cử</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/results_page.py" line="324"/>
        <source>tied</source>
        <translation>bằng phiếu</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/results_page.py" line="329"/>
        <source>not elected</source>
        <translation>không trúng cử</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/results_page.py" line="335"/>
        <source>agree %1 · disagree %2</source>
        <translation>đồng ý %1 · không đồng ý %2</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/results_page.py" line="369"/>
        <source>Cannot announce yet: %1.</source>
        <translation>Chưa thể công bố: %1.</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/results_page.py" line="421"/>
        <source>Elected so far (announced rounds): %1</source>
        <translation>Đã trúng cử (các lần bầu đã công bố): %1</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/results_page.py" line="425"/>
        <source>Alternates: %1</source>
        <translation>Dự khuyết: %1</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/results_page.py" line="428"/>
        <source>Seats still open: %1</source>
        <translation>Còn thiếu: %1</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/results_page.py" line="434"/>
        <source>No one elected yet in an announced round.</source>
        <translation>Chưa có ai trúng cử trong các lần bầu đã công bố.</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/results_page.py" line="444"/>
        <source>No further round proposed.</source>
        <translation>Không đề nghị bầu tiếp.</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/results_page.py" line="446"/>
        <source>Appointed by the superior committee: %1 (%2).</source>
        <translation>Cấp ủy cấp trên chỉ định: %1 (%2).</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/results_page.py" line="454"/>
        <source>Three rounds have not elected a bí thư: there is no fourth round. Record the appointment by the superior committee (294-QĐ/TW mục 22).</source>
        <translation>Bầu ba lần không bầu được bí thư: không bầu lần thứ tư. Hãy ghi quyết định chỉ định của cấp ủy cấp trên (294-QĐ/TW mục 22).</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/results_page.py" line="463"/>
        <source>a tie at the cut-off: restricted to the tied candidates</source>
        <translation>bằng phiếu ở vị trí cuối: chỉ bầu trong số những người bằng phiếu</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/results_page.py" line="467"/>
        <source>seats still open: the congress may add names</source>
        <translation>chưa bầu đủ: đại hội có thể bổ sung người</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/results_page.py" line="472"/>
        <source>Proposed: round %1 for %2 seat(s) with %3 — because of %4.</source>
        <translation>Đề nghị: lần bầu thứ %1, bầu %2 người trong số: %3 — lý do: %4.</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/results_page.py" line="480"/>
        <source>The presidium confirms before it is opened.</source>
        <translation>Đoàn Chủ tịch xác nhận trước khi mở.</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/results_page.py" line="502"/>
        <source>(not named in the decision yet)</source>
        <translation>(quyết định chưa ghi tên)</translation>
    </message>
    <message>
        <location filename="../tabs/elections.py" line="640"/>
        <source>Remove election</source>
        <translation>Xóa cuộc bầu cử</translation>
    </message>
    <message>
        <location filename="../tabs/elections.py" line="641"/>
        <source>Remove the election “%1”?</source>
        <translation>Xóa cuộc bầu cử “%1”?</translation>
    </message>
    <message>
        <location filename="../tabs/elections.py" line="643"/>
        <source>This can be undone (Ctrl+Z).</source>
        <translation>Có thể hoàn tác thao tác này (Ctrl+Z).</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/list_page.py" line="533"/>
        <source>Nominated.</source>
        <translation>Đã đề cử.</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/list_page.py" line="698"/>
        <source>%1 has not checked in.</source>
        <translation>Đồng chí %1 chưa điểm danh.</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/list_page.py" line="700"/>
        <source>%1 is absent with a reason (%2).</source>
        <translation>Đồng chí %1 vắng mặt có lý do (%2).</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/list_page.py" line="704"/>
        <source>%1 is absent.</source>
        <translation>Đồng chí %1 vắng mặt.</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/list_page.py" line="706"/>
        <source>%1 has left the hall.</source>
        <translation>Đồng chí %1 đã ra về.</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/list_page.py" line="575"/>
        <source>Nominate a member who is not present</source>
        <translation>Đề cử đảng viên không có mặt</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/list_page.py" line="578"/>
        <source>Nominate anyway? The congress decides whether an absent member may stand (usually only with their written consent).</source>
        <translation>Vẫn đề cử? Đại hội quyết định việc đảng viên vắng mặt có được ứng cử hay không (thường chỉ khi có đơn đồng ý của người đó).</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/list_page.py" line="596"/>
        <source>Agreement recorded.</source>
        <translation>Đã ghi số đồng ý.</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/list_page.py" line="614"/>
        <source>Withdrawal allowed by the congress.</source>
        <translation>Đại hội đồng ý cho rút.</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/list_page.py" line="616"/>
        <source>Withdrawal not allowed: the name stays on the list.</source>
        <translation>Đại hội không đồng ý cho rút: vẫn giữ tên trong danh sách.</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/list_page.py" line="629"/>
        <source>Nomination removed (Ctrl+Z brings it back).</source>
        <translation>Đã xóa đề cử (Ctrl+Z để khôi phục).</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/list_page.py" line="646"/>
        <source>The list vote is recorded.</source>
        <translation>Đã ghi kết quả biểu quyết danh sách.</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/round_page.py" line="406"/>
        <source>Choose the vote-counting committee first.</source>
        <translation>Hãy chọn Ban kiểm phiếu trước.</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/round_page.py" line="420"/>
        <source>Round opened.</source>
        <translation>Đã mở lần bầu.</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/round_page.py" line="442"/>
        <source>%1 ballots issued: the base is frozen.</source>
        <translation>Đã phát %1 phiếu: mẫu số đã được chốt.</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/round_page.py" line="451"/>
        <source>left the hall</source>
        <translation>vắng mặt tại hội trường khi phát phiếu</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/round_page.py" line="452"/>
        <source>declined a ballot</source>
        <translation>không nhận phiếu bầu</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/round_page.py" line="456"/>
        <source>Fewer ballots than members present</source>
        <translation>Số phiếu phát ra ít hơn số đảng viên có mặt</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/round_page.py" line="457"/>
        <source>%1 full member(s) present will get no ballot. Why? (The count minutes and the minutes state it; you may type other words.)</source>
        <translation>%1 đồng chí đảng viên chính thức có mặt sẽ không nhận phiếu bầu. Lý do? (Biên bản kiểm phiếu và biên bản Đại hội sẽ ghi rõ; có thể gõ lý do khác.)</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/round_page.py" line="486"/>
        <source>Save the ballots</source>
        <translation>Lưu phiếu bầu</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/round_page.py" line="488"/>
        <source>PDF document (*.pdf)</source>
        <translation>Văn bản PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/round_page.py" line="501"/>
        <source>Ballots saved to %1.</source>
        <translation>Đã lưu phiếu bầu vào %1.</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/results_page.py" line="531"/>
        <source>Announced. Press F10 to show the result in the hall.</source>
        <translation>Đã công bố. Nhấn F10 để hiện kết quả lên màn chiếu.</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/results_page.py" line="550"/>
        <source>Announce the result first.</source>
        <translation>Hãy công bố kết quả trước.</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/results_page.py" line="560"/>
        <source>The result is shown in the hall.</source>
        <translation>Kết quả đang hiện trên màn chiếu.</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/results_page.py" line="568"/>
        <source>The result was taken off the hall screen.</source>
        <translation>Đã gỡ kết quả khỏi màn chiếu.</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/results_page.py" line="590"/>
        <source>Round %1 opened.</source>
        <translation>Đã mở lần bầu thứ %1.</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/results_page.py" line="604"/>
        <source>The election is closed with the seats it filled.</source>
        <translation>Cuộc bầu cử kết thúc với số người đã trúng cử.</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/results_page.py" line="619"/>
        <source>Appointment recorded.</source>
        <translation>Đã ghi quyết định chỉ định.</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/results_page.py" line="632"/>
        <source>Ratification recorded: the result is no longer provisional.</source>
        <translation>Đã ghi quyết định chuẩn y: kết quả không còn là tạm thời.</translation>
    </message>
    <message>
        <location filename="../tabs/election_pages/common.py" line="193"/>
        <source>a counting station&apos;s stack still lacks a pass</source>
        <translation>còn xấp phiếu của một máy kiểm phiếu chưa nhập đủ hai lượt</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <location filename="../tabs/documents/export.py" line="82"/>
        <source>Export Word document</source>
        <translation>Xuất văn bản Word</translation>
    </message>
    <message>
        <location filename="../tabs/documents/export.py" line="82"/>
        <source>Word document (*.docx)</source>
        <translation>Văn bản Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../tabs/documents/export.py" line="84"/>
        <source>Export PDF</source>
        <translation>Xuất PDF</translation>
    </message>
    <message>
        <location filename="../tabs/documents/export.py" line="84"/>
        <source>PDF document (*.pdf)</source>
        <translation>Văn bản PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../tabs/documents/export.py" line="93"/>
        <location filename="../tabs/documents/export.py" line="213"/>
        <source>Writing %1…</source>
        <translation>Đang ghi %1…</translation>
    </message>
    <message>
        <location filename="../tabs/documents/export.py" line="111"/>
        <source>Exporting</source>
        <translation>Đang xuất</translation>
    </message>
    <message>
        <location filename="../tabs/documents/export.py" line="132"/>
        <source>Saved %1</source>
        <translation>Đã lưu %1</translation>
    </message>
    <message>
        <location filename="../tabs/documents/export.py" line="143"/>
        <source>Open folder</source>
        <translation>Mở thư mục</translation>
    </message>
    <message>
        <location filename="../tabs/documents/export.py" line="156"/>
        <source>Export all documents to a folder</source>
        <translation>Xuất tất cả văn bản vào một thư mục</translation>
    </message>
    <message>
        <location filename="../tabs/documents/export.py" line="171"/>
        <location filename="../tabs/documents/export.py" line="185"/>
        <location filename="../tabs/documents/export.py" line="242"/>
        <source>Export all</source>
        <translation>Xuất tất cả</translation>
    </message>
    <message>
        <location filename="../tabs/documents/export.py" line="172"/>
        <source>%1 of these files already exist in the folder. Replace them?</source>
        <translation>%1 tệp trong số này đã có trong thư mục. Thay thế các tệp đó?</translation>
    </message>
    <message>
        <location filename="../tabs/documents/export.py" line="182"/>
        <source>Writing the documents…</source>
        <translation>Đang ghi các văn bản…</translation>
    </message>
    <message>
        <location filename="../tabs/documents/export.py" line="182"/>
        <source>Stop</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <location filename="../tabs/documents/export.py" line="234"/>
        <source>%1 files written to %2</source>
        <translation>Đã ghi %1 tệp vào %2</translation>
    </message>
    <message>
        <location filename="../tabs/documents/export.py" line="243"/>
        <source>These files could not be written:</source>
        <translation>Không ghi được các tệp sau:</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../import_wizard.py" line="339"/>
        <location filename="../import_wizard.py" line="394"/>
        <source>Choose the roster file</source>
        <translation>Chọn tệp danh sách đảng viên</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="342"/>
        <source>An Excel workbook (.xlsx) or a CSV file with one member per row and a header row such as “Họ và tên”, “Năm sinh”, “Chính thức/Dự bị”. Only the first sheet is read.</source>
        <translation>Tệp Excel (.xlsx) hoặc tệp CSV, mỗi dòng một đảng viên, có dòng tiêu đề như “Họ và tên”, “Năm sinh”, “Chính thức/Dự bị”. Chỉ đọc trang tính đầu tiên.</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="348"/>
        <source>Path of an .xlsx or .csv file</source>
        <translation>Đường dẫn tệp .xlsx hoặc .csv</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="350"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Chọn tệp…</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="353"/>
        <source>Detect automatically</source>
        <translation>Tự động nhận biết</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="354"/>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="355"/>
        <source>Windows-1258 (CP1258)</source>
        <translation>Windows-1258 (CP1258)</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="367"/>
        <source>&amp;File:</source>
        <translation>&amp;Tệp:</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="370"/>
        <source>&amp;Encoding (CSV only):</source>
        <translation>&amp;Bảng mã (chỉ với CSV):</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="373"/>
        <source>A CSV saved by Excel on Windows is usually Windows-1258; if the names show wrong letters on the next page, come back and choose it here. TCVN3 (.VnTime) files must be converted to Unicode first.</source>
        <translation>Tệp CSV do Excel trên Windows lưu thường dùng bảng mã Windows-1258; nếu ở trang sau tên hiển thị sai chữ, hãy quay lại đây và chọn bảng mã đó. Tệp dùng bảng mã TCVN3 (.VnTime) phải được chuyển sang Unicode trước.</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="396"/>
        <source>Rosters (*.xlsx *.xlsm *.csv *.tsv *.txt);;All files (*)</source>
        <translation>Danh sách đảng viên (*.xlsx *.xlsm *.csv *.tsv *.txt);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="430"/>
        <source>The file does not exist.</source>
        <translation>Tệp không tồn tại.</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="434"/>
        <source>This file cannot be imported. %1</source>
        <translation>Không thể nhập tệp này. %1</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="437"/>
        <source>Details: %1</source>
        <translation>Chi tiết: %1</translation>
    </message>
</context>
<context>
    <name>GuestDialog</name>
    <message>
        <location filename="../dialogs/people.py" line="329"/>
        <source>Edit guest</source>
        <translation>Sửa thông tin khách mời</translation>
    </message>
    <message>
        <location filename="../dialogs/people.py" line="329"/>
        <source>Add guest</source>
        <translation>Thêm khách mời</translation>
    </message>
    <message>
        <location filename="../dialogs/people.py" line="334"/>
        <source>e.g. Deputy Director of the Provincial Police</source>
        <translation>Ví dụ: Phó Giám đốc Công an tỉnh</translation>
    </message>
    <message>
        <location filename="../dialogs/people.py" line="337"/>
        <source>&amp;Represents the superior party committee</source>
        <translation>Đại &amp;diện cấp ủy cấp trên</translation>
    </message>
    <message>
        <location filename="../dialogs/people.py" line="339"/>
        <source>&amp;Full name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <location filename="../dialogs/people.py" line="340"/>
        <source>&amp;Title:</source>
        <translation>&amp;Chức vụ:</translation>
    </message>
    <message>
        <location filename="../dialogs/people.py" line="341"/>
        <source>&amp;Organisation:</source>
        <translation>Đơn &amp;vị:</translation>
    </message>
</context>
<context>
    <name>GuestTableModel</name>
    <message>
        <location filename="../models/roster_model.py" line="332"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../models/roster_model.py" line="333"/>
        <source>Title</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <location filename="../models/roster_model.py" line="334"/>
        <source>Organisation</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../models/roster_model.py" line="335"/>
        <source>Superior representative</source>
        <translation>Đại diện cấp trên</translation>
    </message>
    <message>
        <location filename="../models/roster_model.py" line="338"/>
        <source>Represents the superior party committee (gives the address)</source>
        <translation>Đại diện cấp ủy cấp trên (phát biểu chỉ đạo)</translation>
    </message>
</context>
<context>
    <name>GuestsPanel</name>
    <message>
        <location filename="../tabs/congress/guests.py" line="72"/>
        <source>&amp;Add guest…</source>
        <translation>&amp;Thêm khách mời…</translation>
    </message>
    <message>
        <location filename="../tabs/congress/guests.py" line="80"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <location filename="../tabs/congress/guests.py" line="88"/>
        <source>&amp;Remove</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <location filename="../tabs/congress/guests.py" line="94"/>
        <source>Add a guest (Insert, Ctrl+Shift+G)</source>
        <translation>Thêm khách mời (Insert, Ctrl+Shift+G)</translation>
    </message>
    <message>
        <location filename="../tabs/congress/guests.py" line="159"/>
        <location filename="../tabs/congress/guests.py" line="169"/>
        <source>Remove guest</source>
        <translation>Xóa khách mời</translation>
    </message>
    <message>
        <location filename="../tabs/congress/guests.py" line="160"/>
        <source>Remove %1 from the guests? You can undo this.</source>
        <translation>Xóa %1 khỏi danh sách khách mời? Có thể hoàn tác thao tác này.</translation>
    </message>
</context>
<context>
    <name>HallViews</name>
    <message>
        <location filename="../hall_views.py" line="63"/>
        <source>Show in the hall</source>
        <translation>Hiện lên màn chiếu</translation>
    </message>
    <message>
        <location filename="../hall_views.py" line="71"/>
        <source>Clear the hall</source>
        <translation>Xóa màn chiếu</translation>
    </message>
</context>
<context>
    <name>HandsDialog</name>
    <message>
        <location filename="../dialogs/resolution.py" line="347"/>
        <source>In &amp;favour (tán thành):</source>
        <translation>Tán t&amp;hành:</translation>
    </message>
    <message>
        <location filename="../dialogs/resolution.py" line="348"/>
        <source>&amp;Against (không tán thành):</source>
        <translation>&amp;Không tán thành:</translation>
    </message>
    <message>
        <location filename="../dialogs/resolution.py" line="349"/>
        <source>&amp;Other opinion (ý kiến khác):</source>
        <translation>Ý kiến khác (không &amp;biểu quyết):</translation>
    </message>
</context>
<context>
    <name>ListFinder</name>
    <message>
        <location filename="../widgets/list_finder.py" line="105"/>
        <source>“%1”: %2 — Enter ticks.</source>
        <translation>“%1”: %2 — nhấn Enter để đánh dấu.</translation>
    </message>
    <message>
        <location filename="../widgets/list_finder.py" line="114"/>
        <source>“%1”: %2 people match — choose with ↑ ↓, then Enter.</source>
        <translation>“%1”: %2 người khớp — chọn bằng ↑ ↓ rồi Enter.</translation>
    </message>
    <message>
        <location filename="../widgets/list_finder.py" line="120"/>
        <source>Nobody in the list matches “%1”.</source>
        <translation>Không có ai trong danh sách khớp với “%1”.</translation>
    </message>
    <message>
        <location filename="../widgets/list_finder.py" line="148"/>
        <source>%1 people match — choose with ↑ ↓, then Enter.</source>
        <translation>%1 người khớp — chọn bằng ↑ ↓ rồi Enter.</translation>
    </message>
    <message>
        <location filename="../widgets/list_finder.py" line="155"/>
        <source>Cannot be ticked: %1</source>
        <translation>Không thể đánh dấu: %1</translation>
    </message>
    <message>
        <location filename="../widgets/list_finder.py" line="163"/>
        <source>Ticked: %1</source>
        <translation>Đã đánh dấu: %1</translation>
    </message>
    <message>
        <location filename="../widgets/list_finder.py" line="163"/>
        <source>Unticked: %1</source>
        <translation>Đã bỏ đánh dấu: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="301"/>
        <source>Cannot undo or redo</source>
        <translation>Không thể hoàn tác hoặc làm lại</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="344"/>
        <source>Congress</source>
        <translation>Đại hội</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="345"/>
        <source>Attendance</source>
        <translation>Điểm danh</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="346"/>
        <source>Agenda</source>
        <translation>Chương trình</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="347"/>
        <source>Speeches</source>
        <translation>Phát biểu</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="348"/>
        <source>Votes</source>
        <translation>Biểu quyết</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="349"/>
        <source>Elections</source>
        <translation>Bầu cử</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="350"/>
        <source>Resolution</source>
        <translation>Nghị quyết</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="351"/>
        <source>Minutes</source>
        <translation>Biên bản</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="352"/>
        <source>Documents</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="325"/>
        <source>What the hall sees</source>
        <translation>Hội trường đang thấy</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="231"/>
        <location filename="../main_window.py" line="417"/>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="418"/>
        <source>&amp;New congress…</source>
        <translation>&amp;Tạo đại hội mới…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="419"/>
        <source>&amp;Open…</source>
        <translation>&amp;Mở…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="420"/>
        <source>Open &amp;recent</source>
        <translation>Mở &amp;gần đây</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="425"/>
        <source>Open the &amp;demo congress</source>
        <translation>Mở đại &amp;hội mẫu</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="430"/>
        <source>Save a &amp;copy as…</source>
        <translation>&amp;Lưu bản sao thành…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="437"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Sao lưu ngay</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="442"/>
        <source>Back&amp;ups…</source>
        <translation>Các &amp;bản sao lưu…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="448"/>
        <source>&amp;Close</source>
        <translation>Đó&amp;ng</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="232"/>
        <location filename="../main_window.py" line="454"/>
        <source>&amp;Quit</source>
        <translation>Th&amp;oát</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="426"/>
        <source>Connect to a counting &amp;server…</source>
        <translation>Kết nối máy chủ &amp;kiểm phiếu…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="457"/>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="458"/>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="460"/>
        <source>Redo</source>
        <translation>Làm lại</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="471"/>
        <source>&amp;Congress</source>
        <translation>Đại &amp;hội</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="473"/>
        <source>Close the congress and lock the record…</source>
        <translation>Bế mạc đại hội và khóa hồ sơ…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="474"/>
        <source>Reopen the congress…</source>
        <translation>Mở lại đại hội…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="476"/>
        <source>Write the congress dossier…</source>
        <translation>Ghi hồ sơ đại hội…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="507"/>
        <source>&amp;Hall screen</source>
        <translation>&amp;Màn hình hội trường</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="511"/>
        <source>Show on the &amp;projector</source>
        <translation>Hiện trên máy &amp;chiếu</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="520"/>
        <source>Shows the hall screen full-screen on the projector (F12).
Inside it, Esc or F12 hides it and B hides or shows the content.
With a single screen it covers this window: switch back with Alt+Tab.</source>
        <translation>Hiện màn hình hội trường toàn màn hình trên máy chiếu (F12).
Trong đó, Esc hoặc F12 để ẩn, B để ẩn hoặc hiện nội dung.
Nếu chỉ có một màn hình, nó che cửa sổ này: dùng Alt+Tab để quay lại.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="527"/>
        <source>&amp;Hide the content (blank screen)</source>
        <translation>Ẩn &amp;nội dung (màn hình trống)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="535"/>
        <source>P&amp;review of the hall screen</source>
        <translation>&amp;Xem trước màn hình hội trường</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="539"/>
        <source>&amp;Screen</source>
        <translation>&amp;Màn hình chiếu</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="553"/>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="554"/>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="600"/>
        <source>Undone: %1</source>
        <translation>Đã hoàn tác: %1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="602"/>
        <source>Redone: %1</source>
        <translation>Đã làm lại: %1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="604"/>
        <source>%1 — %2 tab</source>
        <translation>%1 — thẻ %2</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="681"/>
        <source>Congress Secretary</source>
        <translation>Thư ký Đại hội</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="692"/>
        <source>%1 (read-only)</source>
        <translation>%1 (chỉ đọc)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="696"/>
        <source>(unnamed cell)</source>
        <translation>(chi bộ chưa đặt tên)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="697"/>
        <source>Congress of %1, no. %2</source>
        <translation>Đại hội %1 lần thứ %2</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="701"/>
        <source>Congress files (%1)</source>
        <translation>Tệp đại hội (%1)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="705"/>
        <source>New congress</source>
        <translation>Tạo đại hội mới</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="728"/>
        <source>Open a congress file</source>
        <translation>Mở tệp đại hội</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="756"/>
        <source>Opened read-only: nothing can be changed in this window.</source>
        <translation>Đã mở chỉ để đọc: trong cửa sổ này không sửa được gì.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="761"/>
        <source>The file was updated to this version; the original was kept as %1</source>
        <translation>Tệp đã được cập nhật lên phiên bản này; bản gốc được giữ lại tại %1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="790"/>
        <source>Connected: the congress is on the server %1. After the count, bring it back into the file.</source>
        <translation>Đã kết nối: đại hội đang ở trên máy chủ %1. Kiểm phiếu xong, hãy lấy đại hội về tệp.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="802"/>
        <source>The file cannot be changed here</source>
        <translation>Không sửa được tệp ở đây</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="806"/>
        <source>You can open it read-only: everything can be seen and printed, nothing can be changed.</source>
        <translation>Có thể mở tệp chỉ để đọc: xem và in được mọi thứ, nhưng không sửa được gì.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="810"/>
        <source>Open &amp;read-only</source>
        <translation>Mở &amp;chỉ để đọc</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="818"/>
        <source>Cannot open the file</source>
        <translation>Không thể mở tệp</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="824"/>
        <source>Save a copy as</source>
        <translation>Lưu bản sao thành</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="836"/>
        <source>Could not save the copy</source>
        <translation>Không lưu được bản sao</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="838"/>
        <source>Copy saved: %1</source>
        <translation>Đã lưu bản sao: %1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="847"/>
        <source>Could not back up</source>
        <translation>Không sao lưu được</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="849"/>
        <source>Backed up to %1</source>
        <translation>Đã sao lưu vào %1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="881"/>
        <source>Automatic backup failed: %1</source>
        <translation>Tự động sao lưu không thành công: %1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="444"/>
        <source>Counting &amp;stations…</source>
        <translation>&amp;Máy kiểm phiếu…</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../import_wizard.py" line="450"/>
        <source>Match the columns</source>
        <translation>Ghép cột dữ liệu</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="453"/>
        <source>Recognised headers are already matched. Choose what each column holds, or “— ignore —” to leave it out.</source>
        <translation>Các tiêu đề nhận biết được đã được ghép sẵn. Hãy chọn nội dung của từng cột, hoặc chọn “— bỏ qua —” để không nhập cột đó.</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="459"/>
        <source>Column in the file</source>
        <translation>Cột trong tệp</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="459"/>
        <source>Sample values</source>
        <translation>Giá trị mẫu</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="459"/>
        <source>Import as</source>
        <translation>Nhập vào mục</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="491"/>
        <source>— ignore —</source>
        <translation>— bỏ qua —</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="508"/>
        <source>First %1 of %2 rows in the file:</source>
        <translation>%1 dòng đầu trong tổng số %2 dòng của tệp:</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="515"/>
        <source>Row</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="551"/>
        <source>“%1” is chosen for more than one column.</source>
        <translation>Mục “%1” đang được chọn cho nhiều cột.</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="556"/>
        <source>Choose the column that holds the full name (or the given name).</source>
        <translation>Hãy chọn cột chứa họ và tên (hoặc tên).</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../dialogs/people.py" line="197"/>
        <source>Edit member</source>
        <translation>Sửa thông tin đảng viên</translation>
    </message>
    <message>
        <location filename="../dialogs/people.py" line="197"/>
        <source>Add member</source>
        <translation>Thêm đảng viên</translation>
    </message>
    <message>
        <location filename="../dialogs/people.py" line="202"/>
        <source>Full member</source>
        <translation>Đảng viên chính thức</translation>
    </message>
    <message>
        <location filename="../dialogs/people.py" line="203"/>
        <source>Probationary member</source>
        <translation>Đảng viên dự bị</translation>
    </message>
    <message>
        <location filename="../dialogs/people.py" line="210"/>
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <location filename="../dialogs/people.py" line="211"/>
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <location filename="../dialogs/people.py" line="221"/>
        <source>&amp;Full name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <location filename="../dialogs/people.py" line="222"/>
        <source>&amp;Status:</source>
        <translation>&amp;Loại đảng viên:</translation>
    </message>
    <message>
        <location filename="../dialogs/people.py" line="223"/>
        <source>Party &amp;card no.:</source>
        <translation>&amp;Số thẻ đảng viên:</translation>
    </message>
    <message>
        <location filename="../dialogs/people.py" line="224"/>
        <source>&amp;Year of birth:</source>
        <translation>&amp;Năm sinh:</translation>
    </message>
    <message>
        <location filename="../dialogs/people.py" line="225"/>
        <source>&amp;Gender:</source>
        <translation>Giới &amp;tính:</translation>
    </message>
    <message>
        <location filename="../dialogs/people.py" line="226"/>
        <source>E&amp;thnicity:</source>
        <translation>&amp;Dân tộc:</translation>
    </message>
    <message>
        <location filename="../dialogs/people.py" line="227"/>
        <source>&amp;Position:</source>
        <translation>&amp;Chức vụ:</translation>
    </message>
    <message>
        <location filename="../dialogs/people.py" line="228"/>
        <source>&amp;Education:</source>
        <translation>Trình độ học &amp;vấn:</translation>
    </message>
    <message>
        <location filename="../dialogs/people.py" line="229"/>
        <source>Political t&amp;heory:</source>
        <translation>Lý luận chính t&amp;rị:</translation>
    </message>
    <message>
        <location filename="../dialogs/people.py" line="231"/>
        <source>Situation</source>
        <translation>Tình trạng sinh hoạt</translation>
    </message>
    <message>
        <location filename="../dialogs/people.py" line="233"/>
        <source>E&amp;xempt from party activity</source>
        <translation>&amp;Miễn công tác và sinh hoạt đảng</translation>
    </message>
    <message>
        <location filename="../dialogs/people.py" line="235"/>
        <source>Temporarily attached &amp;in (from another cell)</source>
        <translation>Sinh hoạt tạm thời đến (từ chi bộ &amp;khác)</translation>
    </message>
    <message>
        <location filename="../dialogs/people.py" line="238"/>
        <source>Temporarily attached o&amp;ut (to another cell)</source>
        <translation>Sinh hoạt tạm thời đ&amp;i (sang chi bộ khác)</translation>
    </message>
    <message>
        <location filename="../dialogs/people.py" line="241"/>
        <source>Suspe&amp;nded, prosecuted or detained</source>
        <translation>Đình chỉ sinh hoạt, &amp;bị khởi tố, truy tố hoặc tạm giam</translation>
    </message>
    <message>
        <location filename="../dialogs/people.py" line="247"/>
        <source>N&amp;ote:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <location filename="../models/roster_model.py" line="143"/>
        <source>Exempt from party activity; temporarily attached in from or out to another cell; suspended</source>
        <translation>Miễn công tác và sinh hoạt đảng; sinh hoạt tạm thời đến từ chi bộ khác hoặc đi sang chi bộ khác; đình chỉ sinh hoạt</translation>
    </message>
    <message>
        <location filename="../models/roster_model.py" line="152"/>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <location filename="../models/roster_model.py" line="153"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../models/roster_model.py" line="154"/>
        <source>Born</source>
        <translation>Năm sinh</translation>
    </message>
    <message>
        <location filename="../models/roster_model.py" line="155"/>
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <location filename="../models/roster_model.py" line="156"/>
        <source>Status</source>
        <translation>Loại ĐV</translation>
    </message>
    <message>
        <location filename="../models/roster_model.py" line="157"/>
        <source>Party card no.</source>
        <translation>Số thẻ ĐV</translation>
    </message>
    <message>
        <location filename="../models/roster_model.py" line="158"/>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <location filename="../models/roster_model.py" line="159"/>
        <source>Ethnicity</source>
        <translation>Dân tộc</translation>
    </message>
    <message>
        <location filename="../models/roster_model.py" line="160"/>
        <source>Flags</source>
        <translation>Tình trạng sinh hoạt</translation>
    </message>
    <message>
        <location filename="../models/roster_model.py" line="209"/>
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <location filename="../models/roster_model.py" line="211"/>
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <location filename="../models/roster_model.py" line="216"/>
        <source>Probationary</source>
        <translation>Dự bị</translation>
    </message>
    <message>
        <location filename="../models/roster_model.py" line="217"/>
        <source>Full</source>
        <translation>Chính thức</translation>
    </message>
    <message>
        <location filename="../models/roster_model.py" line="222"/>
        <source>Exempt from party activity</source>
        <translation>Miễn công tác và sinh hoạt đảng</translation>
    </message>
    <message>
        <location filename="../models/roster_model.py" line="222"/>
        <source>Exempt</source>
        <translation>Miễn sinh hoạt</translation>
    </message>
    <message>
        <location filename="../models/roster_model.py" line="224"/>
        <source>Temporarily attached in</source>
        <translation>Sinh hoạt tạm thời đến</translation>
    </message>
    <message>
        <location filename="../models/roster_model.py" line="224"/>
        <source>Temp. in</source>
        <translation>Tạm thời đến</translation>
    </message>
    <message>
        <location filename="../models/roster_model.py" line="226"/>
        <source>Temporarily attached out</source>
        <translation>Sinh hoạt tạm thời đi</translation>
    </message>
    <message>
        <location filename="../models/roster_model.py" line="226"/>
        <source>Temp. out</source>
        <translation>Tạm thời đi</translation>
    </message>
    <message>
        <location filename="../models/roster_model.py" line="228"/>
        <source>Suspended or prosecuted</source>
        <translation>Đình chỉ sinh hoạt, bị khởi tố, truy tố hoặc tạm giam</translation>
    </message>
    <message>
        <location filename="../models/roster_model.py" line="228"/>
        <source>Suspended</source>
        <translation>Đình chỉ sinh hoạt</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../messages.py" line="25"/>
        <source>The file does not exist.</source>
        <translation>Tệp không tồn tại.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="26"/>
        <source>This is not a congress file: it is not a database at all.</source>
        <translation>Đây không phải tệp đại hội: tệp này hoàn toàn không phải là cơ sở dữ liệu.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="29"/>
        <source>The file is damaged or incomplete (for example cut short while copying). It was not changed. Open a backup copy instead.</source>
        <translation>Tệp bị hỏng hoặc không đầy đủ (ví dụ do sao chép bị gián đoạn). Tệp không bị thay đổi. Hãy mở một bản sao lưu để thay thế.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="34"/>
        <source>This database was not made by Secretariat, so it is not a congress file.</source>
        <translation>Cơ sở dữ liệu này không do Thư ký Đại hội tạo ra, nên không phải tệp đại hội.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="37"/>
        <source>This file was saved by a newer version of Secretariat. Update the program to open it; the file was not changed.</source>
        <translation>Tệp này được lưu bằng phiên bản mới hơn của Thư ký Đại hội. Hãy cập nhật chương trình để mở tệp; tệp không bị thay đổi.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="42"/>
        <source>This file holds objects Secretariat did not create (a trigger, view, table or index), which could change the data behind your back. It was not opened and not changed. Open a backup copy instead.</source>
        <translation>Tệp này có đối tượng không do Thư ký Đại hội tạo ra (trigger, view, bảng hoặc chỉ mục), có thể âm thầm làm sai dữ liệu. Tệp không được mở và không bị thay đổi. Hãy mở một bản sao lưu.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="48"/>
        <source>A file with this name already exists.</source>
        <translation>Đã có một tệp mang tên này.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="49"/>
        <source>The file holds a value the program did not write (edited by another tool, or damaged), so it is not opened. It was not changed. Open a backup copy instead.</source>
        <translation>Tệp có một giá trị không do chương trình ghi (bị sửa bằng công cụ khác, hoặc bị hỏng) nên không mở. Tệp không bị thay đổi. Hãy mở một bản sao lưu.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="54"/>
        <source>The disk is full. The last change was not saved; everything before it is safe. Free some space (or save a copy on another disk) and try again.</source>
        <translation>Ổ đĩa đã đầy. Thay đổi vừa rồi chưa được lưu; mọi dữ liệu trước đó vẫn an toàn. Hãy giải phóng bớt dung lượng (hoặc lưu bản sao sang ổ đĩa khác) rồi thử lại.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="59"/>
        <source>This folder cannot be written to (read-only, write-protected or no permission). Nothing was changed. Copy the file to a folder you can write to, such as Documents, and open it there.</source>
        <translation>Không thể ghi vào thư mục này (chỉ đọc, bị chống ghi hoặc không có quyền). Chưa có gì thay đổi. Hãy chép tệp sang một thư mục ghi được, ví dụ Documents, rồi mở tệp ở đó.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="65"/>
        <source>The disk reported an error while saving. The last change was not saved; everything before it is safe. Save a copy on another disk.</source>
        <translation>Ổ đĩa báo lỗi khi lưu. Thay đổi vừa rồi chưa được lưu; mọi dữ liệu trước đó vẫn an toàn. Hãy lưu bản sao sang ổ đĩa khác.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="70"/>
        <source>This congress file is open in another window or program. Only one at a time may change it; the file was not changed.</source>
        <translation>Tệp đại hội này đang được mở ở một cửa sổ hoặc chương trình khác. Mỗi lúc chỉ một nơi được sửa tệp; tệp không bị thay đổi.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="75"/>
        <source>The file could not be updated to this version of the program. It was left exactly as it was; keep it and tell whoever supports the program.</source>
        <translation>Không nâng cấp được tệp lên phiên bản này của chương trình. Tệp vẫn nguyên như trước; hãy giữ tệp và báo cho người hỗ trợ chương trình.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="80"/>
        <source>This file was saved by an older version of the program and must be updated before it can be shown, which cannot be done while it is opened read-only.</source>
        <translation>Tệp được lưu bởi phiên bản cũ của chương trình, cần nâng cấp rồi mới hiển thị được, mà khi mở chỉ để đọc thì không nâng cấp được.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="87"/>
        <source>The file could not be opened.</source>
        <translation>Không mở được tệp.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="94"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../messages.py" line="95"/>
        <source>Party card number</source>
        <translation>Số thẻ đảng viên</translation>
    </message>
    <message>
        <location filename="../messages.py" line="96"/>
        <source>Year of birth</source>
        <translation>Năm sinh</translation>
    </message>
    <message>
        <location filename="../messages.py" line="97"/>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../messages.py" line="98"/>
        <source>Term (end)</source>
        <translation>Nhiệm kỳ (năm kết thúc)</translation>
    </message>
    <message>
        <location filename="../messages.py" line="99"/>
        <source>Term (start)</source>
        <translation>Nhiệm kỳ (năm bắt đầu)</translation>
    </message>
    <message>
        <location filename="../messages.py" line="100"/>
        <source>Temporarily attached out</source>
        <translation>Sinh hoạt tạm thời đi</translation>
    </message>
    <message>
        <location filename="../messages.py" line="101"/>
        <source>End time</source>
        <translation>Giờ kết thúc</translation>
    </message>
    <message>
        <location filename="../messages.py" line="102"/>
        <source>Session</source>
        <translation>Phiên</translation>
    </message>
    <message>
        <location filename="../messages.py" line="103"/>
        <source>Member</source>
        <translation>Đảng viên</translation>
    </message>
    <message>
        <location filename="../messages.py" line="104"/>
        <source>Superior body</source>
        <translation>Đảng bộ cấp trên</translation>
    </message>
    <message>
        <location filename="../messages.py" line="105"/>
        <source>Cell name</source>
        <translation>Tên chi bộ</translation>
    </message>
    <message>
        <location filename="../messages.py" line="106"/>
        <source>Ordinal</source>
        <translation>Lần thứ</translation>
    </message>
    <message>
        <location filename="../messages.py" line="107"/>
        <source>Venue</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <location filename="../messages.py" line="108"/>
        <source>Place name</source>
        <translation>Địa danh</translation>
    </message>
    <message>
        <location filename="../messages.py" line="109"/>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <location filename="../messages.py" line="110"/>
        <source>Ethnicity</source>
        <translation>Dân tộc</translation>
    </message>
    <message>
        <location filename="../messages.py" line="111"/>
        <source>Education</source>
        <translation>Trình độ chuyên môn</translation>
    </message>
    <message>
        <location filename="../messages.py" line="112"/>
        <source>Political theory</source>
        <translation>Trình độ lý luận chính trị</translation>
    </message>
    <message>
        <location filename="../messages.py" line="113"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../messages.py" line="122"/>
        <source>%1 is required.</source>
        <translation>%1 không được để trống.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="123"/>
        <source>%1 is too long.</source>
        <translation>%1 quá dài.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="124"/>
        <source>%1 holds an invisible or control character (%2), often left by copying from a web page or a PDF. Type it again.</source>
        <translation>%1 có ký tự ẩn hoặc ký tự điều khiển (%2), thường do sao chép từ trang web hay tệp PDF. Hãy gõ lại.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="129"/>
        <source>%1 must be a year between 1900 and 2100.</source>
        <translation>%1 phải là một năm trong khoảng từ 1900 đến 2100.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="130"/>
        <source>The term must end after it starts.</source>
        <translation>Năm kết thúc nhiệm kỳ phải sau năm bắt đầu.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="131"/>
        <source>A member cannot be attached temporarily both to and from another cell.</source>
        <translation>Một đảng viên không thể vừa sinh hoạt tạm thời đến vừa sinh hoạt tạm thời đi.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="134"/>
        <source>Another member already has this party card number.</source>
        <translation>Số thẻ đảng viên này đã thuộc về một đảng viên khác.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="137"/>
        <source>The session cannot end before it starts.</source>
        <translation>Giờ kết thúc phiên không thể trước giờ bắt đầu.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="138"/>
        <source>This session already has attendance recorded, so it cannot be removed.</source>
        <translation>Phiên này đã có dữ liệu điểm danh nên không thể xóa.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="141"/>
        <source>Already checked in (at %2).</source>
        <translation>Đã điểm danh rồi (lúc %2).</translation>
    </message>
    <message>
        <location filename="../messages.py" line="142"/>
        <source>This member is not checked in, so cannot check out.</source>
        <translation>Đảng viên này chưa điểm danh có mặt nên không thể ghi ra về.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="143"/>
        <source>This member has attended; someone who attended part of the congress cannot be marked absent. Undo the check-in first.</source>
        <translation>Đảng viên này đã có mặt; người đã dự một phần đại hội không thể bị ghi là vắng mặt. Hãy hoàn tác việc điểm danh trước.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="148"/>
        <source>This member is suspended or attached to another cell, so is not summoned and cannot check in.</source>
        <translation>Đảng viên này đang bị đình chỉ sinh hoạt hoặc đang sinh hoạt tạm thời ở chi bộ khác, nên không được triệu tập và không thể điểm danh.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="153"/>
        <source>This record already exists.</source>
        <translation>Bản ghi này đã tồn tại.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="154"/>
        <source>%2 is on an election list or its counting committee, which are part of the record, so they stay on the roster.</source>
        <translation>Đồng chí %2 có tên trong danh sách bầu cử hoặc Ban kiểm phiếu, là một phần của hồ sơ đại hội, nên không thể xóa khỏi danh sách đảng viên.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="159"/>
        <source>%2 sits on the presidium or the secretariat, which the minutes name and which sign them, so they stay on the roster. Change the working bodies first (Agenda tab, Ctrl+Shift+B).</source>
        <translation>Đồng chí %2 có tên trong Đoàn Chủ tịch hoặc Đoàn Thư ký, được ghi và ký trong biên bản, nên phải ở lại danh sách. Hãy sửa thành phần Đoàn Chủ tịch, Thư ký trước (thẻ Chương trình, Ctrl+Shift+B).</translation>
    </message>
    <message>
        <location filename="../messages.py" line="165"/>
        <source>%2 has spoken at the congress: the minutes name every speaker, so they stay on the roster.</source>
        <translation>Đồng chí %2 đã phát biểu tại đại hội: biên bản ghi tên tất cả những người phát biểu, nên đồng chí phải được giữ lại trong danh sách.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="170"/>
        <source>The congress file is open read-only: nothing can be changed. To work on it, close it in the other window or program, then open it again here.</source>
        <translation>Tệp đại hội đang mở chỉ để đọc: không sửa được gì. Muốn làm việc trên tệp, hãy đóng tệp ở cửa sổ hoặc chương trình kia rồi mở lại ở đây.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="175"/>
        <source>The congress is closed and its record frozen. To change anything, reopen the congress first (the reopening and its reason are kept in the journal).</source>
        <translation>Đại hội đã bế mạc và hồ sơ đã khóa. Muốn thay đổi, trước hết hãy mở lại đại hội (việc mở lại và lý do được ghi vào nhật ký).</translation>
    </message>
    <message>
        <location filename="../messages.py" line="180"/>
        <source>The congress is not closed.</source>
        <translation>Đại hội chưa bế mạc.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="182"/>
        <source>The data this step changed has been changed since, so it can no longer be undone or redone. Nothing was changed.</source>
        <translation>Dữ liệu mà bước này đã thay đổi nay đã bị thay đổi tiếp, nên không thể hoàn tác hoặc làm lại bước này nữa. Chưa có gì bị thay đổi.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="187"/>
        <source>This step is not in the journal, so it cannot be undone or redone.</source>
        <translation>Bước này không có trong nhật ký, nên không thể hoàn tác hoặc làm lại.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="190"/>
        <source>The minutes no longer have this section; regenerate them.</source>
        <translation>Biên bản không còn phần này; hãy tạo lại biên bản.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="193"/>
        <source>This section of the minutes has not been edited.</source>
        <translation>Phần này của biên bản chưa được sửa.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="194"/>
        <source>A change was recorded while the congress file was being written, so nothing was written. Close the congress first, then write the file again.</source>
        <translation>Có thay đổi được ghi trong lúc đang ghi hồ sơ đại hội, nên chưa ghi gì. Hãy bế mạc đại hội trước, rồi ghi lại hồ sơ.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="200"/>
        <source>The resolution has been adopted and is frozen. To change it, reopen the resolution first (the reopening is kept in the journal).</source>
        <translation>Nghị quyết đã được thông qua và đã khóa. Muốn sửa, trước hết hãy mở lại nghị quyết (việc mở lại được ghi vào nhật ký).</translation>
    </message>
    <message>
        <location filename="../messages.py" line="205"/>
        <source>The resolution has not been adopted.</source>
        <translation>Nghị quyết chưa được thông qua.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="206"/>
        <source>The draft resolution already has content; the starting draft is only offered for an empty draft.</source>
        <translation>Dự thảo nghị quyết đã có nội dung; dự thảo mẫu chỉ dùng khi dự thảo còn trống.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="211"/>
        <source>The draft resolution is empty: there is nothing to adopt.</source>
        <translation>Dự thảo nghị quyết còn trống: không có gì để thông qua.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="214"/>
        <source>This remark has already been dealt with; undo that first.</source>
        <translation>Ý kiến góp ý này đã được xử lý; hãy hoàn tác việc xử lý đó trước.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="217"/>
        <source>This remark has not been put to a vote.</source>
        <translation>Ý kiến góp ý này chưa được đưa ra biểu quyết.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="218"/>
        <source>The part of the draft this remark concerns has been removed, so it cannot be applied.</source>
        <translation>Phần dự thảo mà ý kiến này góp ý đã bị xóa, nên không thể sửa vào dự thảo.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="223"/>
        <source>The value of %1 is not acceptable.</source>
        <translation>Giá trị của %1 không hợp lệ.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="237"/>
        <source>missing value</source>
        <translation>thiếu giá trị</translation>
    </message>
    <message>
        <location filename="../messages.py" line="238"/>
        <source>invalid value</source>
        <translation>giá trị không hợp lệ</translation>
    </message>
    <message>
        <location filename="../messages.py" line="239"/>
        <source>duplicate</source>
        <translation>trùng lặp</translation>
    </message>
    <message>
        <location filename="../messages.py" line="240"/>
        <source>contradicts another column</source>
        <translation>mâu thuẫn với cột khác</translation>
    </message>
    <message>
        <location filename="../messages.py" line="241"/>
        <source>the file cannot be read</source>
        <translation>không đọc được tệp</translation>
    </message>
    <message>
        <location filename="../messages.py" line="242"/>
        <source>unsupported file type (use .xlsx or .csv)</source>
        <translation>loại tệp không được hỗ trợ (hãy dùng .xlsx hoặc .csv)</translation>
    </message>
    <message>
        <location filename="../messages.py" line="245"/>
        <source>the file is empty</source>
        <translation>tệp không có dữ liệu</translation>
    </message>
    <message>
        <location filename="../messages.py" line="246"/>
        <source>no header row was recognised</source>
        <translation>không nhận biết được dòng tiêu đề</translation>
    </message>
    <message>
        <location filename="../messages.py" line="247"/>
        <source>no column holds the full name</source>
        <translation>không có cột nào chứa họ và tên</translation>
    </message>
    <message>
        <location filename="../messages.py" line="255"/>
        <source>It is not known who has it open.</source>
        <translation>Không rõ ai đang mở tệp.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="259"/>
        <source>Opened by %1 on the computer %2 (process %3) since %4.</source>
        <translation>Đang được mở bởi %1 trên máy %2 (tiến trình %3) từ %4.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="280"/>
        <source>Nothing was imported: %n problem(s) were found.</source>
        <translation>Chưa nhập dữ liệu nào: phát hiện %n lỗi.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="286"/>
        <source>row %1</source>
        <translation>dòng %1</translation>
    </message>
    <message>
        <location filename="../messages.py" line="295"/>
        <source>This record no longer exists (it may have been removed).</source>
        <translation>Bản ghi này không còn tồn tại (có thể đã bị xóa).</translation>
    </message>
    <message>
        <location filename="../messages.py" line="301"/>
        <source>The file system refused the operation: %1</source>
        <translation>Hệ thống tệp từ chối thao tác: %1</translation>
    </message>
    <message>
        <location filename="../messages.py" line="309"/>
        <source>Secretariat</source>
        <translation>Thư ký Đại hội</translation>
    </message>
</context>
<context>
    <name>MinutesTab</name>
    <message>
        <location filename="../tabs/minutes/texts.py" line="103"/>
        <source>The presidium and the secretary elected are not recorded (Agenda tab, Ctrl+Shift+B): %1</source>
        <translation>Chưa ghi Đoàn Chủ tịch, Thư ký đại hội đã bầu (thẻ Chương trình, Ctrl+Shift+B): %1</translation>
    </message>
    <message>
        <location filename="../tabs/minutes/texts.py" line="138"/>
        <source>The vote on the number of committee members to elect is not held</source>
        <translation>Chưa biểu quyết số lượng cấp ủy cần bầu</translation>
    </message>
    <message>
        <location filename="../tabs/minutes/texts.py" line="141"/>
        <source>The vote on the vote-counting committee is not held</source>
        <translation>Chưa biểu quyết Ban kiểm phiếu</translation>
    </message>
    <message>
        <location filename="../tabs/minutes/texts.py" line="144"/>
        <source>The list was not approved by show of hands: %1</source>
        <translation>Danh sách bầu cử chưa được biểu quyết thông qua: %1</translation>
    </message>
    <message>
        <location filename="../tabs/minutes/texts.py" line="147"/>
        <source>Fewer ballots issued than full members present, and no reason given: %1</source>
        <translation>Số phiếu phát ra ít hơn số đảng viên chính thức có mặt mà chưa ghi lý do: %1</translation>
    </message>
    <message>
        <location filename="../tabs/minutes/texts.py" line="151"/>
        <source>The roster has no ethnicity for %1 member(s) present</source>
        <translation>Danh sách đảng viên chưa có dân tộc của %1 đồng chí có mặt</translation>
    </message>
    <message>
        <location filename="../tabs/minutes/texts.py" line="154"/>
        <source>The roster has no education level for %1 member(s) present</source>
        <translation>Danh sách đảng viên chưa có trình độ chuyên môn của %1 đồng chí có mặt</translation>
    </message>
    <message>
        <location filename="../tabs/minutes/texts.py" line="157"/>
        <source>The roster has no political theory level for %1 member(s) present</source>
        <translation>Danh sách đảng viên chưa có trình độ lý luận chính trị của %1 đồng chí có mặt</translation>
    </message>
    <message>
        <location filename="../tabs/minutes/tab.py" line="164"/>
        <source>Read back in the hall (F10)</source>
        <translation>Đọc lại trên màn chiếu (F10)</translation>
    </message>
    <message>
        <location filename="../tabs/minutes/tab.py" line="165"/>
        <source>Stop (Shift+F10)</source>
        <translation>Dừng (Shift+F10)</translation>
    </message>
    <message>
        <location filename="../tabs/minutes/tab.py" line="171"/>
        <source>Close the congress / lock…</source>
        <translation>Bế mạc / khóa hồ sơ…</translation>
    </message>
    <message>
        <location filename="../tabs/minutes/tab.py" line="172"/>
        <location filename="../tabs/minutes/tab.py" line="268"/>
        <source>Write the congress dossier…</source>
        <translation>Ghi hồ sơ đại hội…</translation>
    </message>
    <message>
        <location filename="../tabs/minutes/tab.py" line="173"/>
        <source>as one .zip file</source>
        <translation>thành một tệp .zip</translation>
    </message>
    <message>
        <location filename="../tabs/minutes/tab.py" line="209"/>
        <source>Keep the text of the section</source>
        <translation>Giữ nội dung của phần</translation>
    </message>
    <message>
        <location filename="../tabs/minutes/tab.py" line="216"/>
        <source>Revert the section to the generated text</source>
        <translation>Đưa phần về nội dung tự động</translation>
    </message>
    <message>
        <location filename="../tabs/minutes/tab.py" line="223"/>
        <source>Keep my edit as checked against the data</source>
        <translation>Giữ bản sửa, đã đối chiếu với dữ liệu</translation>
    </message>
    <message>
        <location filename="../tabs/minutes/tab.py" line="230"/>
        <source>Compare the edit with the regenerated text</source>
        <translation>So sánh bản sửa với nội dung tạo lại</translation>
    </message>
    <message>
        <location filename="../tabs/minutes/tab.py" line="237"/>
        <source>Read the minutes back in the hall</source>
        <translation>Đọc lại biên bản trên màn chiếu</translation>
    </message>
    <message>
        <location filename="../tabs/minutes/tab.py" line="244"/>
        <source>Take the minutes off the hall screen</source>
        <translation>Gỡ biên bản khỏi màn chiếu</translation>
    </message>
    <message>
        <location filename="../tabs/minutes/tab.py" line="254"/>
        <source>Close the congress and lock the record…</source>
        <translation>Bế mạc đại hội và khóa hồ sơ…</translation>
    </message>
    <message>
        <location filename="../tabs/minutes/tab.py" line="261"/>
        <source>Reopen the congress…</source>
        <translation>Mở lại đại hội…</translation>
    </message>
    <message>
        <location filename="../tabs/minutes/tab.py" line="373"/>
        <source>Open a congress to see its minutes.</source>
        <translation>Mở một đại hội để xem biên bản.</translation>
    </message>
    <message>
        <location filename="../tabs/minutes/tab.py" line="446"/>
        <source>Fingerprint of the record: %1</source>
        <translation>Mã đối chiếu tệp đại hội: %1</translation>
    </message>
    <message>
        <location filename="../tabs/minutes/tab.py" line="452"/>
        <source>Reopened %1 time(s); last reason: %2</source>
        <translation>Đã mở lại %1 lần; lý do lần gần nhất: %2</translation>
    </message>
    <message>
        <location filename="../tabs/minutes/tab.py" line="502"/>
        <source>Edit kept (Ctrl+Z undoes it).</source>
        <translation>Đã giữ bản sửa (Ctrl+Z để hoàn tác).</translation>
    </message>
    <message>
        <location filename="../tabs/minutes/tab.py" line="521"/>
        <source>Back to the generated text (Ctrl+Z brings your edit back).</source>
        <translation>Đã về nội dung tự động (Ctrl+Z để khôi phục bản sửa).</translation>
    </message>
    <message>
        <location filename="../tabs/minutes/tab.py" line="532"/>
        <source>Your edit is kept and marked as checked.</source>
        <translation>Đã giữ bản sửa và đánh dấu đã kiểm tra.</translation>
    </message>
    <message>
        <location filename="../tabs/minutes/tab.py" line="569"/>
        <source>The minutes are on the hall screen.</source>
        <translation>Biên bản đang hiện trên màn chiếu.</translation>
    </message>
    <message>
        <location filename="../tabs/minutes/tab.py" line="582"/>
        <source>The minutes were taken off the hall screen.</source>
        <translation>Đã gỡ biên bản khỏi màn chiếu.</translation>
    </message>
    <message>
        <location filename="../tabs/minutes/tab.py" line="617"/>
        <source>The congress is closed; its record is frozen. Fingerprint: %1</source>
        <translation>Đại hội đã bế mạc; hồ sơ đã khóa. Mã đối chiếu: %1</translation>
    </message>
    <message>
        <location filename="../tabs/minutes/tab.py" line="636"/>
        <source>The congress is open again; the reason is kept in the journal.</source>
        <translation>Đã mở lại đại hội; lý do được ghi vào nhật ký.</translation>
    </message>
    <message>
        <location filename="../tabs/minutes/texts.py" line="62"/>
        <source>Congress</source>
        <translation>Đại hội</translation>
    </message>
    <message>
        <location filename="../tabs/minutes/texts.py" line="63"/>
        <source>Attendance</source>
        <translation>Điểm danh</translation>
    </message>
    <message>
        <location filename="../tabs/minutes/texts.py" line="64"/>
        <source>Agenda</source>
        <translation>Chương trình</translation>
    </message>
    <message>
        <location filename="../tabs/minutes/texts.py" line="65"/>
        <source>Speeches</source>
        <translation>Phát biểu</translation>
    </message>
    <message>
        <location filename="../tabs/minutes/texts.py" line="66"/>
        <source>Votes</source>
        <translation>Biểu quyết</translation>
    </message>
    <message>
        <location filename="../tabs/minutes/texts.py" line="67"/>
        <source>Elections</source>
        <translation>Bầu cử</translation>
    </message>
    <message>
        <location filename="../tabs/minutes/texts.py" line="68"/>
        <source>Resolution</source>
        <translation>Nghị quyết</translation>
    </message>
    <message>
        <location filename="../tabs/minutes/texts.py" line="76"/>
        <source>No superior Party committee</source>
        <translation>Chưa ghi cấp ủy cấp trên</translation>
    </message>
    <message>
        <location filename="../tabs/minutes/texts.py" line="77"/>
        <source>No cell name</source>
        <translation>Chưa ghi tên chi bộ</translation>
    </message>
    <message>
        <location filename="../tabs/minutes/texts.py" line="78"/>
        <source>No congress number (“lần thứ”)</source>
        <translation>Chưa ghi đại hội “lần thứ”</translation>
    </message>
    <message>
        <location filename="../tabs/minutes/texts.py" line="79"/>
        <source>No venue</source>
        <translation>Chưa ghi địa điểm</translation>
    </message>
    <message>
        <location filename="../tabs/minutes/texts.py" line="80"/>
        <source>No place name for the date line</source>
        <translation>Chưa ghi địa danh cho dòng ngày tháng</translation>
    </message>
    <message>
        <location filename="../tabs/minutes/texts.py" line="81"/>
        <source>No term (years)</source>
        <translation>Chưa ghi nhiệm kỳ (năm)</translation>
    </message>
    <message>
        <location filename="../tabs/minutes/texts.py" line="82"/>
        <source>No opening time: no agenda item has been started</source>
        <translation>Chưa có giờ khai mạc: chưa bắt đầu mục chương trình nào</translation>
    </message>
    <message>
        <location filename="../tabs/minutes/texts.py" line="85"/>
        <source>The roster is empty</source>
        <translation>Danh sách đảng viên còn trống</translation>
    </message>
    <message>
        <location filename="../tabs/minutes/texts.py" line="86"/>
        <source>Attendance has not been taken</source>
        <translation>Chưa điểm danh</translation>
    </message>
    <message>
        <location filename="../tabs/minutes/texts.py" line="89"/>
        <source>%1 member(s) not marked present or absent</source>
        <translation>%1 đảng viên chưa được ghi có mặt hay vắng mặt</translation>
    </message>
    <message>
        <location filename="../tabs/minutes/texts.py" line="98"/>
        <source>There is no agenda</source>
        <translation>Chưa có chương trình đại hội</translation>
    </message>
    <message>
        <location filename="../tabs/minutes/texts.py" line="99"/>
        <source>Item not held (not started): %1</source>
        <translation>Mục chưa tiến hành (chưa bắt đầu): %1</translation>
    </message>
    <message>
        <location filename="../tabs/minutes/texts.py" line="102"/>
        <source>No presenter named for: %1</source>
        <translation>Chưa ghi người trình bày: %1</translation>
    </message>
    <message>
        <location filename="../tabs/minutes/texts.py" line="108"/>
        <source>No vote recorded for: %1</source>
        <translation>Chưa ghi kết quả biểu quyết: %1</translation>
    </message>
    <message>
        <location filename="../tabs/minutes/texts.py" line="109"/>
        <source>Vote not held yet: %1</source>
        <translation>Chưa biểu quyết: %1</translation>
    </message>
    <message>
        <location filename="../tabs/minutes/texts.py" line="110"/>
        <source>A speech has no summary (speaker: %1)</source>
        <translation>Có lượt phát biểu chưa ghi tóm tắt (người phát biểu: %1)</translation>
    </message>
    <message>
        <location filename="../tabs/minutes/texts.py" line="113"/>
        <source>The superior representative&apos;s address is not recorded</source>
        <translation>Chưa ghi phát biểu chỉ đạo của đại diện cấp trên</translation>
    </message>
    <message>
        <location filename="../tabs/minutes/texts.py" line="116"/>
        <source>No election has been recorded</source>
        <translation>Chưa ghi cuộc bầu cử nào</translation>
    </message>
    <message>
        <location filename="../tabs/minutes/texts.py" line="117"/>
        <source>Election not held: %1</source>
        <translation>Chưa tiến hành bầu cử: %1</translation>
    </message>
    <message>
        <location filename="../tabs/minutes/texts.py" line="118"/>
        <source>Ballot not counted yet: %1</source>
        <translation>Chưa kiểm phiếu: %1</translation>
    </message>
    <message>
        <location filename="../tabs/minutes/texts.py" line="119"/>
        <source>A nomination is not yet accepted or declined (the congress has not decided): %1</source>
        <translation>Có người được đề cử chưa được đại hội quyết định đưa hay không đưa vào danh sách: %1</translation>
    </message>
    <message>
        <location filename="../tabs/minutes/texts.py" line="123"/>
        <source>The resolution has not been adopted</source>
        <translation>Nghị quyết chưa được thông qua</translation>
    </message>
    <message>
        <location filename="../tabs/minutes/texts.py" line="126"/>
        <source>No closing time: the last item has not ended</source>
        <translation>Chưa có giờ bế mạc: mục cuối cùng chưa kết thúc</translation>
    </message>
    <message>
        <location filename="../tabs/minutes/texts.py" line="129"/>
        <source>The resolution has no draft yet</source>
        <translation>Nghị quyết chưa có dự thảo</translation>
    </message>
    <message>
        <location filename="../tabs/minutes/texts.py" line="132"/>
        <source>%1 amendment(s) not yet decided</source>
        <translation>%1 ý kiến góp ý chưa được xử lý</translation>
    </message>
    <message>
        <location filename="../tabs/minutes/texts.py" line="135"/>
        <source>Your edit of “%1” was made before the data changed: check it</source>
        <translation>Bản sửa phần “%1” làm trước khi dữ liệu thay đổi: hãy kiểm tra lại</translation>
    </message>
    <message>
        <location filename="../tabs/minutes/texts.py" line="171"/>
        <source>Something is missing (%1)</source>
        <translation>Còn thiếu thông tin (%1)</translation>
    </message>
    <message>
        <location filename="../tabs/minutes/texts.py" line="188"/>
        <source>Opening: congress, time, place</source>
        <translation>Mở đầu: đại hội, thời gian, địa điểm</translation>
    </message>
    <message>
        <location filename="../tabs/minutes/texts.py" line="190"/>
        <source>Closing and adoption of the minutes</source>
        <translation>Bế mạc và thông qua biên bản</translation>
    </message>
    <message>
        <location filename="../tabs/minutes/texts.py" line="196"/>
        <source>generated</source>
        <translation>tự động</translation>
    </message>
    <message>
        <location filename="../tabs/minutes/texts.py" line="197"/>
        <source>edited</source>
        <translation>đã sửa</translation>
    </message>
    <message>
        <location filename="../tabs/minutes/texts.py" line="198"/>
        <source>edited, data changed since</source>
        <translation>đã sửa, dữ liệu đã thay đổi sau đó</translation>
    </message>
</context>
<context>
    <name>MismatchPanel</name>
    <message>
        <location filename="../widgets/mismatches.py" line="102"/>
        <source>Finish the second pass (F9)</source>
        <translation>Kết thúc nhập lần hai (F9)</translation>
    </message>
    <message>
        <location filename="../widgets/mismatches.py" line="104"/>
        <source>Reopen it (Shift+F9)</source>
        <translation>Mở lại (Shift+F9)</translation>
    </message>
    <message>
        <location filename="../widgets/mismatches.py" line="114"/>
        <source>Papers whose two readings differ</source>
        <translation>Phiếu có hai lần nhập khác nhau</translation>
    </message>
    <message>
        <location filename="../widgets/mismatches.py" line="120"/>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <location filename="../widgets/mismatches.py" line="120"/>
        <source>First pass</source>
        <translation>Lần một</translation>
    </message>
    <message>
        <location filename="../widgets/mismatches.py" line="120"/>
        <source>Second pass</source>
        <translation>Lần hai</translation>
    </message>
    <message>
        <location filename="../widgets/mismatches.py" line="145"/>
        <source>Note (optional):</source>
        <translation>Ghi chú (không bắt buộc):</translation>
    </message>
    <message>
        <location filename="../widgets/mismatches.py" line="153"/>
        <source>Resolutions (logged)</source>
        <translation>Các lần đối chiếu (có ghi nhật ký)</translation>
    </message>
    <message>
        <location filename="../widgets/mismatches.py" line="170"/>
        <source>Finish the second pass</source>
        <translation>Kết thúc nhập lần hai</translation>
    </message>
    <message>
        <location filename="../widgets/mismatches.py" line="179"/>
        <source>Reopen the second pass</source>
        <translation>Mở lại nhập lần hai</translation>
    </message>
    <message>
        <location filename="../widgets/mismatches.py" line="229"/>
        <source>Second pass: %1 of %2 papers typed · finished.</source>
        <translation>Lần hai: đã nhập %1/%2 phiếu · đã kết thúc.</translation>
    </message>
    <message>
        <location filename="../widgets/mismatches.py" line="231"/>
        <source>Second pass: %1 of %2 papers typed · still open.</source>
        <translation>Lần hai: đã nhập %1/%2 phiếu · chưa kết thúc.</translation>
    </message>
    <message>
        <location filename="../widgets/mismatches.py" line="247"/>
        <source>the ballots have not been issued</source>
        <translation>chưa phát phiếu</translation>
    </message>
    <message>
        <location filename="../widgets/mismatches.py" line="248"/>
        <source>no paper is entered</source>
        <translation>chưa nhập phiếu nào</translation>
    </message>
    <message>
        <location filename="../widgets/mismatches.py" line="249"/>
        <source>the second pass is not finished (F9)</source>
        <translation>chưa kết thúc nhập lần hai (F9)</translation>
    </message>
    <message>
        <location filename="../widgets/mismatches.py" line="250"/>
        <source>%1 mismatches remain</source>
        <translation>còn %1 phiếu chênh lệch</translation>
    </message>
    <message>
        <location filename="../widgets/mismatches.py" line="251"/>
        <source>the result is already announced</source>
        <translation>kết quả đã được công bố</translation>
    </message>
    <message>
        <location filename="../widgets/mismatches.py" line="256"/>
        <source>No mismatch remains: the result may be announced.</source>
        <translation>Không còn phiếu chênh lệch: có thể công bố kết quả.</translation>
    </message>
    <message>
        <location filename="../widgets/mismatches.py" line="262"/>
        <source>No result may be announced: %1.</source>
        <translation>Chưa được công bố kết quả: %1.</translation>
    </message>
    <message>
        <location filename="../widgets/mismatches.py" line="295"/>
        <source>No. %1: first “%2”, second “%3” → from the paper “%4” (%5, %6)</source>
        <translation>Số %1: lần một “%2”, lần hai “%3” → theo phiếu “%4” (%5, %6)</translation>
    </message>
    <message>
        <location filename="../widgets/mismatches.py" line="321"/>
        <source>The two passes are compared when the second pass is finished (F9).</source>
        <translation>Hai lần nhập được đối chiếu khi kết thúc nhập lần hai (F9).</translation>
    </message>
    <message>
        <location filename="../widgets/mismatches.py" line="323"/>
        <source>Nothing to resolve.</source>
        <translation>Không có phiếu cần đối chiếu.</translation>
    </message>
    <message>
        <location filename="../widgets/mismatches.py" line="328"/>
        <source>Paper No. %1: take it from the stack and type what it shows (Enter here).</source>
        <translation>Phiếu số %1: lấy phiếu ra và nhập đúng như trên phiếu (Enter tại đây).</translation>
    </message>
    <message>
        <location filename="../widgets/mismatches.py" line="351"/>
        <source>Paper No. %1 resolved from the paper (Ctrl+Z takes it back).</source>
        <translation>Đã đối chiếu phiếu số %1 theo phiếu gốc (Ctrl+Z để hủy).</translation>
    </message>
    <message>
        <location filename="../widgets/mismatches.py" line="364"/>
        <source>Paper No. %1 is not in the queue.</source>
        <translation>Phiếu số %1 không có trong danh sách chênh lệch.</translation>
    </message>
    <message>
        <location filename="../widgets/mismatches.py" line="365"/>
        <source>No paper of the second pass is typed yet.</source>
        <translation>Chưa nhập phiếu nào ở lần hai.</translation>
    </message>
    <message>
        <location filename="../widgets/mismatches.py" line="366"/>
        <source>The second pass is already finished.</source>
        <translation>Đã kết thúc nhập lần hai.</translation>
    </message>
    <message>
        <location filename="../widgets/mismatches.py" line="367"/>
        <source>The second pass is still open.</source>
        <translation>Nhập lần hai chưa kết thúc.</translation>
    </message>
    <message>
        <location filename="../widgets/mismatches.py" line="368"/>
        <source>The result is announced: the papers can no longer change.</source>
        <translation>Kết quả đã công bố: không thể thay đổi phiếu.</translation>
    </message>
    <message>
        <location filename="../widgets/mismatches.py" line="382"/>
        <source>The second pass is finished.</source>
        <translation>Đã kết thúc nhập lần hai.</translation>
    </message>
    <message>
        <location filename="../widgets/mismatches.py" line="392"/>
        <source>The second pass is open again.</source>
        <translation>Đã mở lại nhập lần hai.</translation>
    </message>
    <message>
        <location filename="../widgets/mismatches.py" line="252"/>
        <source>a counting station&apos;s stack still lacks a pass</source>
        <translation>còn xấp phiếu của một máy kiểm phiếu chưa nhập đủ hai lượt</translation>
    </message>
</context>
<context>
    <name>NewElectionDialog</name>
    <message>
        <location filename="../dialogs/elections.py" line="128"/>
        <source>New election</source>
        <translation>Cuộc bầu cử mới</translation>
    </message>
    <message>
        <location filename="../dialogs/elections.py" line="149"/>
        <source>&amp;Alternates (dự khuyết):</source>
        <translation>Số đại biểu &amp;dự khuyết:</translation>
    </message>
    <message>
        <location filename="../dialogs/elections.py" line="158"/>
        <source>&amp;What is elected:</source>
        <translation>&amp;Bầu:</translation>
    </message>
    <message>
        <location filename="../dialogs/elections.py" line="159"/>
        <source>&amp;Title (printed on the ballots):</source>
        <translation>&amp;Tiêu đề (in trên phiếu bầu):</translation>
    </message>
    <message>
        <location filename="../dialogs/elections.py" line="160"/>
        <source>&amp;Seats:</source>
        <translation>&amp;Số lượng bầu:</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../tabs/speeches/notes.py" line="41"/>
        <source>Summary for the minutes</source>
        <translation>Tóm tắt để ghi biên bản</translation>
    </message>
    <message>
        <location filename="../tabs/speeches/notes.py" line="55"/>
        <source>What the speaker said, in a few sentences…</source>
        <translation>Tóm tắt ý kiến của người phát biểu trong vài câu…</translation>
    </message>
    <message>
        <location filename="../tabs/speeches/notes.py" line="61"/>
        <source>Prepared text…</source>
        <translation>Văn bản tham luận…</translation>
    </message>
    <message>
        <location filename="../tabs/speeches/notes.py" line="79"/>
        <source>Resolution section:</source>
        <translation>Phần nghị quyết liên quan:</translation>
    </message>
    <message>
        <location filename="../tabs/speeches/notes.py" line="83"/>
        <source>The link to the resolution&apos;s sections arrives with the resolution feature</source>
        <translation>Liên kết tới các phần của nghị quyết sẽ có khi bổ sung chức năng nghị quyết</translation>
    </message>
    <message>
        <location filename="../tabs/speeches/notes.py" line="85"/>
        <source>e.g. 2. Targets</source>
        <translation>Ví dụ: 2. Chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../tabs/speeches/notes.py" line="91"/>
        <source>Kind:</source>
        <translation>Loại:</translation>
    </message>
    <message>
        <location filename="../tabs/speeches/notes.py" line="99"/>
        <source>Limit:</source>
        <translation>Tối đa:</translation>
    </message>
    <message>
        <location filename="../tabs/speeches/notes.py" line="103"/>
        <source> min</source>
        <translation> phút</translation>
    </message>
    <message>
        <location filename="../tabs/speeches/notes.py" line="144"/>
        <source>Select a speech in the queue to summarise it.</source>
        <translation>Chọn một lượt phát biểu trong danh sách để ghi tóm tắt.</translation>
    </message>
    <message>
        <location filename="../tabs/speeches/notes.py" line="151"/>
        <source>Comrade %1 (%2)</source>
        <translation>Đ/c %1 (%2)</translation>
    </message>
    <message>
        <location filename="../tabs/speeches/notes.py" line="153"/>
        <source>Comrade %1</source>
        <translation>Đ/c %1</translation>
    </message>
    <message>
        <location filename="../tabs/speeches/notes.py" line="186"/>
        <location filename="../tabs/speeches/notes.py" line="193"/>
        <source>Not saved yet</source>
        <translation>Chưa lưu</translation>
    </message>
    <message>
        <location filename="../tabs/speeches/notes.py" line="217"/>
        <location filename="../tabs/speeches/notes.py" line="227"/>
        <source>Saved</source>
        <translation>Đã lưu</translation>
    </message>
</context>
<context>
    <name>OpeningPage</name>
    <message>
        <location filename="../main_window.py" line="149"/>
        <source>Term %1–%2</source>
        <translation>Nhiệm kỳ %1–%2</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="156"/>
        <source>Congress day: %1</source>
        <translation>Ngày đại hội: %1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="157"/>
        <source>Members on the roster: %1</source>
        <translation>Số đảng viên trong danh sách: %1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="158"/>
        <source>File: %1</source>
        <translation>Tệp: %1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="164"/>
        <source>Opening the congress file…</source>
        <translation>Đang mở tệp đại hội…</translation>
    </message>
</context>
<context>
    <name>OutlinePanel</name>
    <message>
        <location filename="../tabs/resolution/outline.py" line="62"/>
        <source>Start from the usual draft</source>
        <translation>Bắt đầu từ dự thảo mẫu</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/outline.py" line="69"/>
        <source>Point (Insert)</source>
        <translation>Điểm (Insert)</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/outline.py" line="70"/>
        <source>Sub-point (Ctrl+Ins)</source>
        <translation>Điểm con (Ctrl+Ins)</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/outline.py" line="71"/>
        <source>Target (Alt+Ins)</source>
        <translation>Chỉ tiêu (Alt+Ins)</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/outline.py" line="72"/>
        <source>Remove (Delete)</source>
        <translation>Xóa (Delete)</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/outline.py" line="73"/>
        <source>Up (Alt+Shift+↑)</source>
        <translation>Lên (Alt+Shift+↑)</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/outline.py" line="74"/>
        <source>Down (Alt+Shift+↓)</source>
        <translation>Xuống (Alt+Shift+↓)</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/outline.py" line="104"/>
        <location filename="../tabs/resolution/outline.py" line="312"/>
        <source>Add a point</source>
        <translation>Thêm điểm</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/outline.py" line="111"/>
        <location filename="../tabs/resolution/outline.py" line="331"/>
        <source>Add a sub-point</source>
        <translation>Thêm điểm con</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/outline.py" line="118"/>
        <location filename="../tabs/resolution/outline.py" line="352"/>
        <source>Add a target</source>
        <translation>Thêm chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/outline.py" line="125"/>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/outline.py" line="132"/>
        <source>Edit the section</source>
        <translation>Sửa mục</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/outline.py" line="142"/>
        <source>Move up</source>
        <translation>Chuyển lên</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/outline.py" line="151"/>
        <source>Move down</source>
        <translation>Chuyển xuống</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/outline.py" line="185"/>
        <location filename="../tabs/resolution/outline.py" line="232"/>
        <source>Preamble</source>
        <translation>Phần mở đầu</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/outline.py" line="298"/>
        <source>Start the usual draft</source>
        <translation>tạo dự thảo mẫu</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/outline.py" line="372"/>
        <location filename="../tabs/resolution/outline.py" line="378"/>
        <source>Remove %1</source>
        <translation>xóa %1</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/outline.py" line="382"/>
        <source>Removed (Ctrl+Z brings it back).</source>
        <translation>Đã xóa (Ctrl+Z để khôi phục).</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/outline.py" line="403"/>
        <source>Move a target</source>
        <translation>chuyển vị trí chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/outline.py" line="413"/>
        <source>Move %1</source>
        <translation>chuyển vị trí %1</translation>
    </message>
</context>
<context>
    <name>PageSetupDialog</name>
    <message>
        <location filename="../dialogs/page_setup.py" line="40"/>
        <source>Page set-up</source>
        <translation>Trình bày trang</translation>
    </message>
    <message>
        <location filename="../dialogs/page_setup.py" line="45"/>
        <source>Top margin:</source>
        <translation>Lề trên:</translation>
    </message>
    <message>
        <location filename="../dialogs/page_setup.py" line="46"/>
        <source>Bottom margin:</source>
        <translation>Lề dưới:</translation>
    </message>
    <message>
        <location filename="../dialogs/page_setup.py" line="47"/>
        <source>Left margin:</source>
        <translation>Lề trái:</translation>
    </message>
    <message>
        <location filename="../dialogs/page_setup.py" line="48"/>
        <source>Right margin:</source>
        <translation>Lề phải:</translation>
    </message>
    <message>
        <location filename="../dialogs/page_setup.py" line="50"/>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <location filename="../dialogs/page_setup.py" line="54"/>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location filename="../dialogs/page_setup.py" line="55"/>
        <source>Body text size:</source>
        <translation>Cỡ chữ nội dung:</translation>
    </message>
    <message>
        <location filename="../dialogs/page_setup.py" line="58"/>
        <source>Pad days below 10 and months 1–2 with a zero (ngày 05 tháng 02)</source>
        <translation>Thêm số 0 trước ngày dưới 10 và tháng 1, 2 (ngày 05 tháng 02)</translation>
    </message>
    <message>
        <location filename="../dialogs/page_setup.py" line="62"/>
        <source>Print serial numbers on ballot papers</source>
        <translation>In số thứ tự trên phiếu bầu</translation>
    </message>
    <message>
        <location filename="../dialogs/page_setup.py" line="67"/>
        <source>Off by default: a number printed before the hand-out lets anyone watching tie a paper to its voter. The tellers number the papers as they count.</source>
        <translation>Mặc định không in: số in sẵn trước khi phát phiếu giúp người quan sát biết phiếu nào của ai. Ban kiểm phiếu đánh số phiếu khi kiểm.</translation>
    </message>
    <message>
        <location filename="../dialogs/page_setup.py" line="78"/>
        <source>empty: the presenter named “…, Bí thư …” in the programme</source>
        <translation>để trống: người trình bày ghi “…, Bí thư …” trong chương trình</translation>
    </message>
    <message>
        <location filename="../dialogs/page_setup.py" line="81"/>
        <source>Outgoing bí thư (signs the chi ủy&apos;s papers):</source>
        <translation>Bí thư khóa trước (ký các văn bản của Chi ủy):</translation>
    </message>
    <message>
        <location filename="../dialogs/page_setup.py" line="86"/>
        <source>Defaults from the Party&apos;s format guidance (36-HD/VPTW); not confirmed, change them if your superior committee asks.</source>
        <translation>Giá trị mặc định theo hướng dẫn thể thức văn bản của Đảng (36-HD/VPTW); chưa được xác nhận, hãy thay đổi nếu cấp ủy cấp trên yêu cầu.</translation>
    </message>
</context>
<context>
    <name>PersonCombo</name>
    <message>
        <location filename="../widgets/person_combo.py" line="195"/>
        <source>%1 people match — choose with ↑ ↓ and Enter</source>
        <translation>%1 người khớp — chọn bằng ↑ ↓ rồi Enter</translation>
    </message>
    <message>
        <location filename="../widgets/person_combo.py" line="204"/>
        <source>Nobody matches “%1”.</source>
        <translation>Không có ai khớp với “%1”.</translation>
    </message>
</context>
<context>
    <name>PreparedTextDialog</name>
    <message>
        <location filename="../tabs/speeches/prepared_text.py" line="28"/>
        <source>Text of the prepared contribution</source>
        <translation>Văn bản tham luận</translation>
    </message>
    <message>
        <location filename="../tabs/speeches/prepared_text.py" line="32"/>
        <source>Contribution of %1</source>
        <translation>Tham luận của đồng chí %1</translation>
    </message>
    <message>
        <location filename="../tabs/speeches/prepared_text.py" line="36"/>
        <source>Paste or type the text handed in…</source>
        <translation>Dán hoặc nhập văn bản tham luận đã nộp…</translation>
    </message>
    <message>
        <location filename="../tabs/speeches/prepared_text.py" line="42"/>
        <source>Load a .txt file…</source>
        <translation>Mở tệp .txt…</translation>
    </message>
    <message>
        <location filename="../tabs/speeches/prepared_text.py" line="54"/>
        <source>Load the text</source>
        <translation>Mở tệp văn bản</translation>
    </message>
    <message>
        <location filename="../tabs/speeches/prepared_text.py" line="54"/>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Tệp văn bản (*.txt);;Tất cả các tệp (*)</translation>
    </message>
</context>
<context>
    <name>ProjectorPreview</name>
    <message>
        <location filename="../projector.py" line="1312"/>
        <source>What the hall sees on the projector</source>
        <translation>Nội dung hội trường đang thấy trên màn chiếu</translation>
    </message>
    <message>
        <location filename="../projector.py" line="1404"/>
        <source>HIDDEN</source>
        <translation>ĐANG ẨN</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <location filename="../projector.py" line="954"/>
        <source>Projector</source>
        <translation>Màn chiếu</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <location filename="../tabs/speeches/queue.py" line="54"/>
        <source>Up (Ctrl+Up)</source>
        <translation>Lên (Ctrl+Up)</translation>
    </message>
    <message>
        <location filename="../tabs/speeches/queue.py" line="55"/>
        <source>Down (Ctrl+Down)</source>
        <translation>Xuống (Ctrl+Down)</translation>
    </message>
    <message>
        <location filename="../tabs/speeches/queue.py" line="56"/>
        <source>Remove (Del)</source>
        <translation>Xóa (Del)</translation>
    </message>
    <message>
        <location filename="../tabs/speeches/queue.py" line="65"/>
        <source>Queue</source>
        <translation>Danh sách đăng ký phát biểu</translation>
    </message>
    <message>
        <location filename="../tabs/speeches/queue.py" line="101"/>
        <source>Move up</source>
        <translation>Chuyển lên</translation>
    </message>
    <message>
        <location filename="../tabs/speeches/queue.py" line="109"/>
        <source>Move down</source>
        <translation>Chuyển xuống</translation>
    </message>
    <message>
        <location filename="../tabs/speeches/queue.py" line="118"/>
        <source>Remove from the queue</source>
        <translation>Xóa khỏi danh sách đăng ký phát biểu</translation>
    </message>
    <message>
        <location filename="../tabs/speeches/queue.py" line="202"/>
        <source>Select a waiting speaker in the queue first.</source>
        <translation>Hãy chọn trước một người đang chờ trong danh sách đăng ký.</translation>
    </message>
    <message>
        <location filename="../tabs/speeches/queue.py" line="219"/>
        <source>✓ %1 moved to no. %2</source>
        <translation>✓ Đã chuyển đồng chí %1 sang thứ tự %2</translation>
    </message>
    <message>
        <location filename="../tabs/speeches/queue.py" line="234"/>
        <source>%1 has already spoken: only a waiting speech can be removed.</source>
        <translation>Đồng chí %1 đã phát biểu: chỉ có thể xóa lượt đăng ký đang chờ.</translation>
    </message>
    <message>
        <location filename="../tabs/speeches/queue.py" line="242"/>
        <source>✓ %1 removed from the queue</source>
        <translation>✓ Đã xóa đồng chí %1 khỏi danh sách đăng ký phát biểu</translation>
    </message>
</context>
<context>
    <name>ReadBackPanel</name>
    <message>
        <location filename="../tabs/minutes/read_back.py" line="83"/>
        <source>Reading the minutes back on the hall screen</source>
        <translation>Đang đọc lại biên bản trên màn chiếu</translation>
    </message>
    <message>
        <location filename="../tabs/minutes/read_back.py" line="94"/>
        <source>PageDown or Space: next screen · PageUp: previous screen · ↓ ↑: one line · Home / End: start / end · a click on a section shows it · Esc or Shift+F10: stop reading</source>
        <translation>PageDown hoặc Space: trang sau · PageUp: trang trước · ↓ ↑: một dòng · Home / End: đầu / cuối · nhấp vào một phần để hiện phần đó · Esc hoặc Shift+F10: dừng đọc</translation>
    </message>
    <message>
        <location filename="../tabs/minutes/read_back.py" line="118"/>
        <source>Lines %1–%2 of %3 on the hall screen</source>
        <translation>Màn chiếu đang hiện dòng %1–%2 trong %3 dòng</translation>
    </message>
</context>
<context>
    <name>RegistrationPanel</name>
    <message>
        <location filename="../tabs/speeches/registration.py" line="42"/>
        <source>Register a speaker</source>
        <translation>Đăng ký phát biểu</translation>
    </message>
    <message>
        <location filename="../tabs/speeches/registration.py" line="57"/>
        <source>Type a name, without diacritics if you like…</source>
        <translation>Nhập tên (có thể gõ không dấu)…</translation>
    </message>
    <message>
        <location filename="../tabs/speeches/registration.py" line="89"/>
        <source>Attach text…</source>
        <translation>Kèm văn bản…</translation>
    </message>
    <message>
        <location filename="../tabs/speeches/registration.py" line="91"/>
        <source>Register (Enter)</source>
        <translation>Đăng ký (Enter)</translation>
    </message>
    <message>
        <location filename="../tabs/speeches/registration.py" line="138"/>
        <source>already waiting</source>
        <translation>đang chờ phát biểu</translation>
    </message>
    <message>
        <location filename="../tabs/speeches/registration.py" line="140"/>
        <source>guest: %1</source>
        <translation>khách mời: %1</translation>
    </message>
    <message>
        <location filename="../tabs/speeches/registration.py" line="141"/>
        <source>guest</source>
        <translation>khách mời</translation>
    </message>
    <message>
        <location filename="../tabs/speeches/registration.py" line="193"/>
        <source>Text attached (%1 characters): it goes with the next registration.</source>
        <translation>Đã kèm văn bản (%1 ký tự): văn bản sẽ đi cùng lượt đăng ký tiếp theo.</translation>
    </message>
    <message>
        <location filename="../tabs/speeches/registration.py" line="207"/>
        <source>%1 people match — choose with ↑ ↓</source>
        <translation>%1 người khớp — chọn bằng ↑ ↓</translation>
    </message>
    <message>
        <location filename="../tabs/speeches/registration.py" line="212"/>
        <source>Nobody matches “%1”.</source>
        <translation>Không tìm thấy ai khớp với “%1”.</translation>
    </message>
    <message>
        <location filename="../tabs/speeches/registration.py" line="226"/>
        <source>✓ %1 registered: %2, no. %3 in the queue</source>
        <translation>✓ Đã đăng ký đồng chí %1: %2, thứ tự %3 trong danh sách</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <location filename="../dialogs/closing.py" line="68"/>
        <source>Reopen the congress</source>
        <translation>Mở lại đại hội</translation>
    </message>
    <message>
        <location filename="../dialogs/closing.py" line="73"/>
        <source>The record was frozen when the congress closed. Reopening lets it be changed again; the reason you give is kept in the journal with the time and your name. Close the congress again when the correction is made.</source>
        <translation>Hồ sơ đã bị khóa khi đại hội bế mạc. Mở lại cho phép sửa đổi; lý do bạn nêu được ghi vào nhật ký cùng thời gian và tên của bạn. Sửa xong, hãy bế mạc đại hội lại.</translation>
    </message>
    <message>
        <location filename="../dialogs/closing.py" line="79"/>
        <source>&amp;Reason for reopening:</source>
        <translation>&amp;Lý do mở lại:</translation>
    </message>
    <message>
        <location filename="../dialogs/closing.py" line="84"/>
        <source>e.g. Sửa họ tên đại biểu ghi sai trong biên bản</source>
        <translation>Ví dụ: Sửa họ tên đại biểu ghi sai trong biên bản</translation>
    </message>
    <message>
        <location filename="../dialogs/closing.py" line="94"/>
        <source>Reopen</source>
        <translation>Mở lại</translation>
    </message>
</context>
<context>
    <name>ResolutionTab</name>
    <message>
        <location filename="../tabs/resolution/common.py" line="53"/>
        <source>The resolution has been adopted and is frozen. Reopen it first to change it.</source>
        <translation>Nghị quyết đã được thông qua và đã khóa. Muốn sửa, hãy mở lại trước.</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/common.py" line="57"/>
        <source>The resolution is not adopted.</source>
        <translation>Nghị quyết chưa được thông qua.</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/common.py" line="60"/>
        <source>This amendment has already been decided. Undo (Ctrl+Z) the decision to change it.</source>
        <translation>Ý kiến góp ý này đã được xử lý. Muốn thay đổi, hãy hoàn tác (Ctrl+Z) việc xử lý đó.</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/common.py" line="64"/>
        <source>This amendment has not been put to a vote.</source>
        <translation>Ý kiến góp ý này chưa được đưa ra biểu quyết.</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/common.py" line="67"/>
        <source>The section or target of this amendment is no longer in the draft.</source>
        <translation>Mục hoặc chỉ tiêu mà ý kiến này góp ý không còn trong dự thảo.</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/common.py" line="71"/>
        <source>The draft is not empty.</source>
        <translation>Dự thảo đã có nội dung.</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/common.py" line="74"/>
        <source>The draft is empty: there is nothing to adopt.</source>
        <translation>Dự thảo còn trống: không có gì để thông qua.</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/common.py" line="86"/>
        <source>The figure must be a number such as 100, 20 or 12,5 (below one billion).</source>
        <translation>Số liệu phải là một số, ví dụ 100, 20 hoặc 12,5 (dưới một tỷ).</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/common.py" line="91"/>
        <source>The proposed text is not acceptable.</source>
        <translation>Nội dung đề nghị không hợp lệ.</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/common.py" line="95"/>
        <source>Type the proposed wording (or a figure for a target).</source>
        <translation>Hãy nhập nội dung đề nghị (hoặc số liệu đối với chỉ tiêu).</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/common.py" line="99"/>
        <source>Type the presidium&apos;s answer.</source>
        <translation>Hãy nhập ý kiến giải trình của Đoàn Chủ tịch.</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/common.py" line="101"/>
        <source>A target needs its text.</source>
        <translation>Chỉ tiêu cần có nội dung.</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/common.py" line="103"/>
        <source>Refused: %1 votes is more than the full members present. Nothing was recorded.</source>
        <translation>Không chấp nhận: %1 lượt biểu quyết nhiều hơn số đảng viên chính thức có mặt. Chưa ghi kết quả.</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/tab.py" line="77"/>
        <source>Draft</source>
        <translation>Dự thảo</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/tab.py" line="78"/>
        <source>Versions</source>
        <translation>Các phiên bản</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/tab.py" line="79"/>
        <source>Amendments</source>
        <translation>Các ý kiến góp ý</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/common.py" line="77"/>
        <source>Some remarks are still pending: accept, explain or vote on each before the adoption vote.</source>
        <translation>Còn ý kiến góp ý chưa xử lý: hãy tiếp thu, giải trình hoặc đưa ra biểu quyết từng ý kiến trước khi biểu quyết thông qua nghị quyết.</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/common.py" line="122"/>
        <source>figure → %1</source>
        <translation>số liệu → %1</translation>
    </message>
</context>
<context>
    <name>RosterImportWizard</name>
    <message>
        <location filename="../import_wizard.py" line="68"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="69"/>
        <source>Family and middle names</source>
        <translation>Họ và tên đệm</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="72"/>
        <source>Family name</source>
        <translation>Họ</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="73"/>
        <source>Middle name</source>
        <translation>Tên đệm</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="74"/>
        <source>Given name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="75"/>
        <source>Full / probationary</source>
        <translation>Chính thức/Dự bị</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="76"/>
        <source>Party card no.</source>
        <translation>Số thẻ đảng viên</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="77"/>
        <source>Year (or date) of birth</source>
        <translation>Năm sinh (hoặc ngày sinh)</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="80"/>
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="81"/>
        <source>Ethnicity</source>
        <translation>Dân tộc</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="82"/>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="83"/>
        <source>Education</source>
        <translation>Trình độ học vấn</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="84"/>
        <source>Political theory</source>
        <translation>Lý luận chính trị</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="85"/>
        <source>Exempt from party activity</source>
        <translation>Miễn công tác và sinh hoạt đảng</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="88"/>
        <source>Temporarily attached in</source>
        <translation>Sinh hoạt tạm thời đến</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="91"/>
        <source>Temporarily attached out</source>
        <translation>Sinh hoạt tạm thời đi</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="94"/>
        <source>Suspended</source>
        <translation>Đình chỉ sinh hoạt</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="95"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="96"/>
        <source>Date of joining the Party</source>
        <translation>Ngày vào Đảng</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="99"/>
        <source>Date of becoming a full member (blank: probationary)</source>
        <translation>Ngày chính thức (để trống: dự bị)</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="109"/>
        <source>unclear</source>
        <translation>chưa rõ nghĩa</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="110"/>
        <source>the file is too big</source>
        <translation>tệp quá lớn</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="111"/>
        <source>a formula with no saved value</source>
        <translation>ô có công thức nhưng không có giá trị đã lưu</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="114"/>
        <source>the Excel formula gives an error</source>
        <translation>công thức Excel báo lỗi</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="117"/>
        <source>the cell is too long</source>
        <translation>ô quá dài</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="118"/>
        <source>too many columns</source>
        <translation>quá nhiều cột</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="119"/>
        <source>the list is too long</source>
        <translation>danh sách quá dài</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="120"/>
        <source>the line is too long</source>
        <translation>dòng quá dài</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="121"/>
        <source>a quotation mark is opened and never closed</source>
        <translation>dấu ngoặc kép mở mà không đóng</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="124"/>
        <source>full or probationary cannot be told</source>
        <translation>không xác định được đảng viên chính thức hay dự bị</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="127"/>
        <source>the totals under the list do not match</source>
        <translation>số liệu ở cuối danh sách không khớp</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="130"/>
        <source>the line has more cells than the header has columns</source>
        <translation>dòng có nhiều ô hơn số cột của dòng tiêu đề</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="141"/>
        <location filename="../import_wizard.py" line="144"/>
        <source>%1 characters; at most %2</source>
        <translation>%1 ký tự, tối đa %2</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="147"/>
        <source>at most %1 members</source>
        <translation>tối đa %1 đảng viên</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="148"/>
        <source>%1 columns; at most %2</source>
        <translation>có %1 cột, tối đa %2</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="151"/>
        <source>lines %1 ran together into one cell; remove the stray quotation mark (or close it), then read the file again</source>
        <translation>các dòng %1 bị gộp vào một ô; hãy xóa dấu ngoặc kép thừa hoặc thêm dấu đóng, rồi nhập lại</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="156"/>
        <source>open the file in Excel and save it so the value is stored, or type the value</source>
        <translation>mở tệp bằng Excel và lưu lại để có giá trị, hoặc gõ giá trị vào ô</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="160"/>
        <source>correct the formula in Excel and save the file</source>
        <translation>sửa công thức trong Excel rồi lưu lại</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="163"/>
        <source>at most %1 MB</source>
        <translation>tối đa %1 MB</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="170"/>
        <source>%1 cells but the header has %2 columns: a cell with a comma not in quotation marks? Correct the file, then read it again</source>
        <translation>%1 ô nhưng tiêu đề chỉ có %2 cột: một ô có dấu phẩy mà không đặt trong ngoặc kép? Hãy sửa trong tệp rồi nhập lại</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="187"/>
        <source>the name is empty</source>
        <translation>họ tên để trống</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="188"/>
        <source>the given name is empty</source>
        <translation>tên để trống</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="189"/>
        <source>a name has no digits</source>
        <translation>họ tên không được chứa chữ số</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="190"/>
        <source>expected Chính thức or Dự bị</source>
        <translation>cần ghi “Chính thức” hoặc “Dự bị”</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="193"/>
        <source>expected Nam or Nữ</source>
        <translation>cần ghi “Nam” hoặc “Nữ”</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="194"/>
        <source>expected a year (1985) or a date (12/03/1985)</source>
        <translation>cần ghi năm (1985) hoặc ngày tháng năm (12/03/1985)</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="197"/>
        <source>expected x (yes) or an empty cell</source>
        <translation>cần ghi x (có) hoặc để trống ô</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="200"/>
        <location filename="../import_wizard.py" line="229"/>
        <source>marked as temporarily attached both in and out</source>
        <translation>vừa ghi sinh hoạt tạm thời đến vừa ghi sinh hoạt tạm thời đi</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="203"/>
        <source>expected a date (12/03/2010)</source>
        <translation>phải là ngày tháng (ví dụ 12/03/2010)</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="204"/>
        <source>the date is in the future</source>
        <translation>ngày ở tương lai</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="206"/>
        <source>marked probationary, but a date of becoming a full member is given</source>
        <translation>ghi là dự bị nhưng đã có ngày chính thức</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="211"/>
        <source>the date of becoming a full member is before joining</source>
        <translation>ngày chính thức trước ngày vào Đảng</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="214"/>
        <source>temporary attachment, but not whether to this cell (đến) or away from it (đi); write “SHTT đến” or “SHTT đi”</source>
        <translation>ghi sinh hoạt tạm thời nhưng không rõ “đến” (từ chi bộ khác đến) hay “đi” (sang chi bộ khác); hãy ghi rõ, ví dụ “SHTT đến” hoặc “SHTT đi”</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="219"/>
        <source>this column is empty in every row, so full and probationary members cannot be told apart; fill in the dates or add a “Chính thức/Dự bị” column</source>
        <translation>cột này trống ở mọi dòng nên không suy ra được chính thức hay dự bị; hãy điền ngày chính thức hoặc thêm cột “Chính thức/Dự bị”</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="224"/>
        <source>no value</source>
        <translation>chưa có giá trị</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="225"/>
        <source>too long</source>
        <translation>quá dài</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="226"/>
        <source>the year must be between 1900 and 2100</source>
        <translation>năm phải trong khoảng 1900–2100</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="234"/>
        <source>same party card number as row %1</source>
        <translation>trùng số thẻ đảng viên với dòng %1</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="237"/>
        <source>same name and year of birth as row %1</source>
        <translation>trùng họ tên và năm sinh với dòng %1</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="240"/>
        <source>the year must be between %1 and %2</source>
        <translation>năm phải trong khoảng từ %1 đến %2</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="243"/>
        <source>already the card of %1 in this congress</source>
        <translation>số thẻ này đã là của đồng chí %1 trong đại hội</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="246"/>
        <source>holds a control or invisible character (%1); type the name again rather than pasting it</source>
        <translation>có ký tự điều khiển hoặc ký tự ẩn (%1); hãy gõ lại tên, không dán từ nơi khác</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="250"/>
        <source>the total under the list is %1, but the list holds %2</source>
        <translation>cuối danh sách ghi tổng số %1 đồng chí nhưng danh sách có %2</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="253"/>
        <source>under the list: %1 full members, but the list holds %2</source>
        <translation>cuối danh sách ghi %1 chính thức nhưng danh sách có %2</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="257"/>
        <source>under the list: %1 probationary members, but the list holds %2</source>
        <translation>cuối danh sách ghi %1 dự bị nhưng danh sách có %2</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="316"/>
        <source>Import members from a file</source>
        <translation>Nhập danh sách đảng viên từ tệp</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="326"/>
        <source>&amp;Import</source>
        <translation>&amp;Nhập</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="485"/>
        <source>(column %1, no header)</source>
        <translation>(cột %1, không có tiêu đề)</translation>
    </message>
</context>
<context>
    <name>SectionEditor</name>
    <message>
        <location filename="../tabs/resolution/editor.py" line="92"/>
        <source>Ctrl+PgUp / Ctrl+PgDn: previous / next section</source>
        <translation>Ctrl+PgUp / Ctrl+PgDn: mục trước / mục sau</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/editor.py" line="114"/>
        <source>Title of the point (may be empty)</source>
        <translation>Tiêu đề của điểm (có thể để trống)</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/editor.py" line="116"/>
        <source>&amp;Title:</source>
        <translation>&amp;Tiêu đề:</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/editor.py" line="119"/>
        <source>The text of this section…</source>
        <translation>Nội dung của mục này…</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/editor.py" line="127"/>
        <location filename="../tabs/resolution/editor.py" line="269"/>
        <source>Follow the election results again</source>
        <translation>Cập nhật lại theo kết quả bầu cử</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/editor.py" line="147"/>
        <source>e.g. 100 or 12,5; empty: no figure</source>
        <translation>Ví dụ: 100 hoặc 12,5; để trống: không có số liệu</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/editor.py" line="162"/>
        <source>e.g. đảng viên hoàn thành tốt nhiệm vụ</source>
        <translation>Ví dụ: đảng viên hoàn thành tốt nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/editor.py" line="164"/>
        <source>&amp;Figure:</source>
        <translation>&amp;Số liệu:</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/editor.py" line="165"/>
        <source>&amp;Unit:</source>
        <translation>Đơn &amp;vị:</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/editor.py" line="166"/>
        <source>Te&amp;xt:</source>
        <translation>&amp;Nội dung:</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/editor.py" line="181"/>
        <source>Next section</source>
        <translation>Mục sau</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/editor.py" line="187"/>
        <source>Previous section</source>
        <translation>Mục trước</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/editor.py" line="193"/>
        <source>Back to the outline</source>
        <translation>Về dàn ý</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/editor.py" line="235"/>
        <source>Reads: %1</source>
        <translation>Nội dung: %1</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/editor.py" line="244"/>
        <source>No draft yet: start from the usual draft, or press Insert in the outline.</source>
        <translation>Chưa có dự thảo: bắt đầu từ dự thảo mẫu, hoặc nhấn Insert trong dàn ý.</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/editor.py" line="246"/>
        <source>Select a section in the outline.</source>
        <translation>Chọn một mục trong dàn ý.</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/editor.py" line="256"/>
        <source>This text follows the congress and its attendance until you edit it; it is frozen when the resolution is adopted.</source>
        <translation>Nội dung này tự cập nhật theo thông tin đại hội và số đảng viên có mặt cho đến khi bạn sửa; được chốt khi nghị quyết được thông qua.</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/editor.py" line="261"/>
        <source>This text follows the election results until you edit it; it is frozen when the resolution is adopted.</source>
        <translation>Nội dung này tự cập nhật theo kết quả bầu cử cho đến khi bạn sửa; được chốt khi nghị quyết được thông qua.</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/editor.py" line="267"/>
        <source>Follow the attendance again</source>
        <translation>Cập nhật lại theo số có mặt</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/editor.py" line="311"/>
        <source>Not saved yet</source>
        <translation>Chưa lưu</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/editor.py" line="334"/>
        <source>Saved</source>
        <translation>Đã lưu</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/editor.py" line="337"/>
        <source>Not saved</source>
        <translation>Chưa lưu</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/editor.py" line="354"/>
        <source>Edit target %1</source>
        <translation>sửa %1</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/editor.py" line="375"/>
        <source>Edit the preamble</source>
        <translation>sửa phần mở đầu</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/editor.py" line="379"/>
        <source>Edit %1</source>
        <translation>sửa %1</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/editor.py" line="393"/>
        <source>Follow the attendance</source>
        <translation>cập nhật theo số có mặt</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/editor.py" line="395"/>
        <source>Follow the election results</source>
        <translation>cập nhật theo kết quả bầu cử</translation>
    </message>
</context>
<context>
    <name>SectionsPanel</name>
    <message>
        <location filename="../tabs/minutes/panels.py" line="98"/>
        <source>Sections of the congress minutes</source>
        <translation>Các phần của biên bản đại hội</translation>
    </message>
    <message>
        <location filename="../tabs/minutes/panels.py" line="103"/>
        <source>Before signing: what the minutes still lack</source>
        <translation>Trước khi ký: biên bản còn thiếu gì</translation>
    </message>
    <message>
        <location filename="../tabs/minutes/panels.py" line="115"/>
        <source>Section</source>
        <translation>Phần</translation>
    </message>
    <message>
        <location filename="../tabs/minutes/panels.py" line="115"/>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../tabs/minutes/panels.py" line="166"/>
        <source>Every fact the minutes need is recorded.</source>
        <translation>Đã ghi đủ mọi thông tin biên bản cần.</translation>
    </message>
    <message>
        <location filename="../tabs/minutes/panels.py" line="173"/>
        <source>Show the section</source>
        <translation>Xem phần này</translation>
    </message>
    <message>
        <location filename="../tabs/minutes/panels.py" line="176"/>
        <source>Fill it in on the %1 tab</source>
        <translation>Bổ sung ở thẻ %1</translation>
    </message>
</context>
<context>
    <name>ServerConnectDialog</name>
    <message>
        <location filename="../dialogs/server_connect.py" line="42"/>
        <source>Connect to a counting server</source>
        <translation>Kết nối máy chủ kiểm phiếu</translation>
    </message>
    <message>
        <location filename="../dialogs/server_connect.py" line="45"/>
        <source>Open the congress on the hall&apos;s PostgreSQL server, where it was put with “secretariat-cli server push”. The unit&apos;s IT staff give the address and the login. After the count, bring it back into the file (“secretariat-cli server pull”).</source>
        <translation>Mở đại hội trên máy chủ PostgreSQL của hội trường, nơi đại hội đã được đưa lên bằng lệnh “secretariat-cli server push”. Cán bộ tin học của đơn vị cho biết địa chỉ và tài khoản đăng nhập. Kiểm phiếu xong, hãy lấy đại hội về tệp (lệnh “secretariat-cli server pull”).</translation>
    </message>
    <message>
        <location filename="../dialogs/server_connect.py" line="62"/>
        <source>Server &amp;address:</source>
        <translation>Địa chỉ &amp;máy chủ:</translation>
    </message>
    <message>
        <location filename="../dialogs/server_connect.py" line="63"/>
        <source>&amp;Port:</source>
        <translation>&amp;Cổng:</translation>
    </message>
    <message>
        <location filename="../dialogs/server_connect.py" line="64"/>
        <source>&amp;Database:</source>
        <translation>Cơ sở &amp;dữ liệu:</translation>
    </message>
    <message>
        <location filename="../dialogs/server_connect.py" line="65"/>
        <source>&amp;Login:</source>
        <translation>&amp;Tên đăng nhập:</translation>
    </message>
    <message>
        <location filename="../dialogs/server_connect.py" line="66"/>
        <source>Pass&amp;word:</source>
        <translation>Mật khẩ&amp;u:</translation>
    </message>
    <message>
        <location filename="../dialogs/server_connect.py" line="73"/>
        <source>&amp;Connect</source>
        <translation>&amp;Kết nối</translation>
    </message>
    <message>
        <location filename="../dialogs/server_connect.py" line="115"/>
        <source>This installation cannot connect to a server: the PostgreSQL driver (the psycopg package) is missing.</source>
        <translation>Bản cài đặt này không kết nối được máy chủ: thiếu trình điều khiển PostgreSQL (gói psycopg).</translation>
    </message>
    <message>
        <location filename="../dialogs/server_connect.py" line="128"/>
        <source>This database holds no congress yet: put the congress file on it first (“secretariat-cli server push”).</source>
        <translation>Cơ sở dữ liệu này chưa có đại hội: hãy đưa tệp đại hội lên trước (lệnh “secretariat-cli server push”).</translation>
    </message>
    <message>
        <location filename="../dialogs/server_connect.py" line="133"/>
        <source>The congress on the server was written by a newer version of Secretariat: update the program.</source>
        <translation>Đại hội trên máy chủ được ghi bằng phiên bản mới hơn của chương trình Thư ký Đại hội: hãy cập nhật chương trình.</translation>
    </message>
    <message>
        <location filename="../dialogs/server_connect.py" line="137"/>
        <source>The server cannot be reached or refused the login: check the address, the port, the login, the password and the network cable.
(%1)</source>
        <translation>Không kết nối được máy chủ, hoặc máy chủ từ chối đăng nhập: hãy kiểm tra địa chỉ, cổng, tên đăng nhập, mật khẩu và dây mạng.
(%1)</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <location filename="../dialogs/people.py" line="378"/>
        <source>Edit session</source>
        <translation>Sửa phiên</translation>
    </message>
    <message>
        <location filename="../dialogs/people.py" line="378"/>
        <source>Add session</source>
        <translation>Thêm phiên</translation>
    </message>
    <message>
        <location filename="../dialogs/people.py" line="380"/>
        <source>Official session</source>
        <translation>Phiên chính thức</translation>
    </message>
    <message>
        <location filename="../dialogs/people.py" line="381"/>
        <source>Preparatory session</source>
        <translation>Phiên trù bị</translation>
    </message>
    <message>
        <location filename="../dialogs/people.py" line="389"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại phiên:</translation>
    </message>
    <message>
        <location filename="../dialogs/people.py" line="390"/>
        <source>&amp;Date:</source>
        <translation>&amp;Ngày:</translation>
    </message>
    <message>
        <location filename="../dialogs/people.py" line="391"/>
        <source>&amp;Starts at:</source>
        <translation>Giờ &amp;bắt đầu:</translation>
    </message>
    <message>
        <location filename="../dialogs/people.py" line="392"/>
        <source>&amp;Ends at:</source>
        <translation>Giờ &amp;kết thúc:</translation>
    </message>
</context>
<context>
    <name>SpeakingPanel</name>
    <message>
        <location filename="../tabs/speeches/speaking.py" line="37"/>
        <source>Next speaker (F9)</source>
        <translation>Mời người tiếp theo (F9)</translation>
    </message>
    <message>
        <location filename="../tabs/speeches/speaking.py" line="38"/>
        <location filename="../tabs/speeches/speaking.py" line="139"/>
        <source>Pause (F8)</source>
        <translation>Tạm dừng (F8)</translation>
    </message>
    <message>
        <location filename="../tabs/speeches/speaking.py" line="39"/>
        <source>End speech (Shift+F9)</source>
        <translation>Kết thúc phát biểu (Shift+F9)</translation>
    </message>
    <message>
        <location filename="../tabs/speeches/speaking.py" line="78"/>
        <source>Next speaker</source>
        <translation>Mời người tiếp theo</translation>
    </message>
    <message>
        <location filename="../tabs/speeches/speaking.py" line="86"/>
        <source>Pause or resume</source>
        <translation>Tạm dừng hoặc tiếp tục</translation>
    </message>
    <message>
        <location filename="../tabs/speeches/speaking.py" line="94"/>
        <source>End speech</source>
        <translation>Kết thúc phát biểu</translation>
    </message>
    <message>
        <location filename="../tabs/speeches/speaking.py" line="118"/>
        <source>Nobody is speaking</source>
        <translation>Không có ai đang phát biểu</translation>
    </message>
    <message>
        <location filename="../tabs/speeches/speaking.py" line="127"/>
        <source>since %1</source>
        <translation>từ %1</translation>
    </message>
    <message>
        <location filename="../tabs/speeches/speaking.py" line="132"/>
        <source>Next: %1 (%2 waiting)</source>
        <translation>Tiếp theo: %1 (%2 người đang chờ)</translation>
    </message>
    <message>
        <location filename="../tabs/speeches/speaking.py" line="137"/>
        <source>Nobody is waiting</source>
        <translation>Không còn ai chờ phát biểu</translation>
    </message>
    <message>
        <location filename="../tabs/speeches/speaking.py" line="139"/>
        <source>Resume (F8)</source>
        <translation>Tiếp tục (F8)</translation>
    </message>
    <message>
        <location filename="../tabs/speeches/speaking.py" line="158"/>
        <source>Nobody is waiting to speak on this item.</source>
        <translation>Không còn ai chờ phát biểu ở mục này.</translation>
    </message>
    <message>
        <location filename="../tabs/speeches/speaking.py" line="166"/>
        <source>✓ %1 has the floor (%2)</source>
        <translation>✓ Đồng chí %1 bắt đầu phát biểu (%2)</translation>
    </message>
    <message>
        <location filename="../tabs/speeches/speaking.py" line="178"/>
        <location filename="../tabs/speeches/speaking.py" line="198"/>
        <source>Nobody is speaking.</source>
        <translation>Không có ai đang phát biểu.</translation>
    </message>
    <message>
        <location filename="../tabs/speeches/speaking.py" line="184"/>
        <source>⏸ %1 paused</source>
        <translation>⏸ Đã tạm dừng phát biểu của đồng chí %1</translation>
    </message>
    <message>
        <location filename="../tabs/speeches/speaking.py" line="190"/>
        <source>✓ %1 resumed</source>
        <translation>✓ Đồng chí %1 tiếp tục phát biểu</translation>
    </message>
    <message>
        <location filename="../tabs/speeches/speaking.py" line="203"/>
        <source>✓ The speech of %1 ended</source>
        <translation>✓ Đã kết thúc phát biểu của đồng chí %1</translation>
    </message>
</context>
<context>
    <name>SpeechQueueModel</name>
    <message>
        <location filename="../tabs/speeches/queue_model.py" line="94"/>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <location filename="../tabs/speeches/queue_model.py" line="95"/>
        <source>Speaker</source>
        <translation>Người phát biểu</translation>
    </message>
    <message>
        <location filename="../tabs/speeches/queue_model.py" line="96"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../tabs/speeches/queue_model.py" line="97"/>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../tabs/speeches/queue_model.py" line="98"/>
        <source>Spoken</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../tabs/speeches/queue_model.py" line="99"/>
        <source>Limit</source>
        <translation>Tối đa</translation>
    </message>
    <message>
        <location filename="../tabs/speeches/queue_model.py" line="149"/>
        <source>Started at %1</source>
        <translation>Bắt đầu lúc %1</translation>
    </message>
    <message>
        <location filename="../tabs/speeches/queue_model.py" line="151"/>
        <source>Ended at %1</source>
        <translation>Kết thúc lúc %1</translation>
    </message>
    <message>
        <location filename="../tabs/speeches/queue_model.py" line="154"/>
        <source>Text attached (%1 characters)</source>
        <translation>Có văn bản kèm theo (%1 ký tự)</translation>
    </message>
</context>
<context>
    <name>SpeechesTab</name>
    <message>
        <location filename="../tabs/speeches/common.py" line="36"/>
        <source>Prepared contribution</source>
        <translation>Tham luận</translation>
    </message>
    <message>
        <location filename="../tabs/speeches/common.py" line="37"/>
        <source>Floor speech</source>
        <translation>Phát biểu thảo luận</translation>
    </message>
    <message>
        <location filename="../tabs/speeches/common.py" line="38"/>
        <source>Address of the superior representative</source>
        <translation>Phát biểu chỉ đạo của đại diện cấp trên</translation>
    </message>
    <message>
        <location filename="../tabs/speeches/common.py" line="41"/>
        <source>Presidium reply</source>
        <translation>Đoàn Chủ tịch tiếp thu, giải trình</translation>
    </message>
    <message>
        <location filename="../tabs/speeches/common.py" line="48"/>
        <source>Prepared</source>
        <translation>Tham luận</translation>
    </message>
    <message>
        <location filename="../tabs/speeches/common.py" line="49"/>
        <source>Floor</source>
        <translation>Thảo luận</translation>
    </message>
    <message>
        <location filename="../tabs/speeches/common.py" line="50"/>
        <source>Address</source>
        <translation>Chỉ đạo</translation>
    </message>
    <message>
        <location filename="../tabs/speeches/common.py" line="51"/>
        <source>Reply</source>
        <translation>Giải trình</translation>
    </message>
    <message>
        <location filename="../tabs/speeches/common.py" line="57"/>
        <source>Waiting</source>
        <translation>Đang chờ</translation>
    </message>
    <message>
        <location filename="../tabs/speeches/common.py" line="58"/>
        <source>Speaking</source>
        <translation>Đang phát biểu</translation>
    </message>
    <message>
        <location filename="../tabs/speeches/common.py" line="59"/>
        <source>Paused</source>
        <translation>Tạm dừng</translation>
    </message>
    <message>
        <location filename="../tabs/speeches/common.py" line="60"/>
        <source>Done</source>
        <translation>Đã xong</translation>
    </message>
    <message>
        <location filename="../tabs/speeches/common.py" line="66"/>
        <source>Full members</source>
        <translation>Đảng viên chính thức</translation>
    </message>
    <message>
        <location filename="../tabs/speeches/common.py" line="67"/>
        <source>Probationary members</source>
        <translation>Đảng viên dự bị</translation>
    </message>
    <message>
        <location filename="../tabs/speeches/common.py" line="68"/>
        <source>Guests</source>
        <translation>Khách mời</translation>
    </message>
    <message>
        <location filename="../tabs/speeches/common.py" line="69"/>
        <source>Men</source>
        <translation>Nam</translation>
    </message>
    <message>
        <location filename="../tabs/speeches/common.py" line="70"/>
        <source>Women</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <location filename="../tabs/speeches/common.py" line="71"/>
        <source>All</source>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <location filename="../tabs/speeches/tab.py" line="87"/>
        <source>Agenda item:</source>
        <translation>Mục chương trình:</translation>
    </message>
    <message>
        <location filename="../tabs/speeches/tab.py" line="93"/>
        <source>Follow the item under way</source>
        <translation>Theo mục đang tiến hành</translation>
    </message>
    <message>
        <location filename="../tabs/speeches/common.py" line="123"/>
        <source>Nobody is waiting to speak on this item.</source>
        <translation>Không còn ai chờ phát biểu ở mục này.</translation>
    </message>
    <message>
        <location filename="../tabs/speeches/common.py" line="126"/>
        <source>This speech is not running.</source>
        <translation>Lượt phát biểu này không đang diễn ra.</translation>
    </message>
    <message>
        <location filename="../tabs/speeches/common.py" line="127"/>
        <source>This speech is not paused.</source>
        <translation>Lượt phát biểu này không ở trạng thái tạm dừng.</translation>
    </message>
    <message>
        <location filename="../tabs/speeches/common.py" line="128"/>
        <source>This speech is not under way.</source>
        <translation>Lượt phát biểu này chưa bắt đầu hoặc đã kết thúc.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../main_window.py" line="94"/>
        <source>Congress Secretary</source>
        <translation>Thư ký Đại hội</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="100"/>
        <source>Every change is saved at once in the congress file: there is nothing to save and nothing to lose.</source>
        <translation>Mọi thay đổi được lưu ngay vào tệp đại hội: không cần bấm lưu và không lo mất dữ liệu.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="107"/>
        <source>New congress…</source>
        <translation>Tạo đại hội mới…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="108"/>
        <source>Open a congress file…</source>
        <translation>Mở tệp đại hội…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="109"/>
        <source>Open the demo congress</source>
        <translation>Mở đại hội mẫu</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="115"/>
        <source>Recent files:</source>
        <translation>Tệp mở gần đây:</translation>
    </message>
</context>
<context>
    <name>StationWindow</name>
    <message>
        <location filename="../station.py" line="101"/>
        <source>Counting station: %1</source>
        <translation>Máy kiểm phiếu: %1</translation>
    </message>
    <message>
        <location filename="../station.py" line="108"/>
        <source>&amp;Stack:</source>
        <translation>&amp;Xấp phiếu:</translation>
    </message>
    <message>
        <location filename="../station.py" line="152"/>
        <source>Connected as %1 (%2).</source>
        <translation>Đã kết nối: %1 (%2).</translation>
    </message>
    <message>
        <location filename="../station.py" line="158"/>
        <source>The server cannot be reached.</source>
        <translation>Không kết nối được máy chủ.</translation>
    </message>
    <message>
        <location filename="../station.py" line="161"/>
        <source>Paper No. %1 stays on screen and is stored as soon as the server is back.</source>
        <translation>Phiếu số %1 vẫn giữ trên màn hình và sẽ được lưu ngay khi máy chủ kết nối lại.</translation>
    </message>
    <message>
        <location filename="../station.py" line="201"/>
        <source>Papers %1–%2, pass %3</source>
        <translation>Phiếu %1–%2, lượt nhập %3</translation>
    </message>
    <message>
        <location filename="../station.py" line="203"/>
        <source>Papers %1–%2, pass %3 (blind second reading)</source>
        <translation>Phiếu %1–%2, lượt nhập %3 (nhập lần hai độc lập)</translation>
    </message>
    <message>
        <location filename="../station.py" line="216"/>
        <source>No stack is assigned to this station yet.</source>
        <translation>Máy này chưa được giao xấp phiếu nào.</translation>
    </message>
    <message>
        <location filename="../station.py" line="228"/>
        <source>All %1 papers of this stack are keyed.</source>
        <translation>Đã nhập đủ %1 phiếu của xấp này.</translation>
    </message>
    <message>
        <location filename="../station.py" line="231"/>
        <source>%1 of %2 papers keyed · next: paper No. %3</source>
        <translation>Đã nhập %1/%2 phiếu · tiếp theo: phiếu số %3</translation>
    </message>
    <message>
        <location filename="../station.py" line="249"/>
        <source>Every paper of this stack is keyed.</source>
        <translation>Đã nhập hết các phiếu của xấp này.</translation>
    </message>
    <message>
        <location filename="../station.py" line="325"/>
        <source>Paper No. %1 stored.</source>
        <translation>Đã lưu phiếu số %1.</translation>
    </message>
    <message>
        <location filename="../station.py" line="342"/>
        <source>Paper No. %1 taken back.</source>
        <translation>Đã rút lại phiếu số %1.</translation>
    </message>
    <message>
        <location filename="../station.py" line="380"/>
        <source>Counting station</source>
        <translation>Máy kiểm phiếu</translation>
    </message>
    <message>
        <location filename="../station.py" line="381"/>
        <source>Password of %1 on the server:</source>
        <translation>Mật khẩu của %1 trên máy chủ:</translation>
    </message>
</context>
<context>
    <name>Stations</name>
    <message>
        <location filename="../dialogs/stations.py" line="51"/>
        <source>These papers overlap the stack that starts at No. %1.</source>
        <translation>Các phiếu này trùng với xấp bắt đầu từ số %1.</translation>
    </message>
    <message>
        <location filename="../dialogs/stations.py" line="54"/>
        <source>The second pass must be keyed by another station than the first (two independent readings).</source>
        <translation>Lượt nhập thứ hai phải do một máy khác với lượt thứ nhất thực hiện (hai lần đọc độc lập).</translation>
    </message>
    <message>
        <location filename="../dialogs/stations.py" line="59"/>
        <source>This station still has stacks: take them back or hand them on first.</source>
        <translation>Máy này vẫn còn xấp phiếu: hãy thu hồi hoặc chuyển cho máy khác trước.</translation>
    </message>
    <message>
        <location filename="../dialogs/stations.py" line="62"/>
        <source>Papers of this stack are already keyed: hand its pass on instead.</source>
        <translation>Xấp này đã có phiếu được nhập: hãy chuyển lượt nhập cho máy khác thay vì thu hồi.</translation>
    </message>
    <message>
        <location filename="../dialogs/stations.py" line="65"/>
        <source>This stack is not assigned to this station.</source>
        <translation>Xấp phiếu này không được giao cho máy này.</translation>
    </message>
    <message>
        <location filename="../dialogs/stations.py" line="68"/>
        <source>Paper No. %1 is not in this station&apos;s stack.</source>
        <translation>Phiếu số %1 không thuộc xấp của máy này.</translation>
    </message>
    <message>
        <location filename="../dialogs/stations.py" line="71"/>
        <source>A station never sees the other pass.</source>
        <translation>Một máy không bao giờ được xem lượt nhập kia.</translation>
    </message>
    <message>
        <location filename="../dialogs/stations.py" line="74"/>
        <source>This paper was not keyed by this station.</source>
        <translation>Phiếu này không do máy này nhập.</translation>
    </message>
    <message>
        <location filename="../dialogs/stations.py" line="77"/>
        <source>Every paper of this stack is keyed.</source>
        <translation>Đã nhập hết các phiếu của xấp này.</translation>
    </message>
    <message>
        <location filename="../dialogs/stations.py" line="80"/>
        <source>A login is lower-case letters, digits and _ and starts with a letter (for example may1).</source>
        <translation>Tên đăng nhập gồm chữ thường không dấu, chữ số và dấu _, bắt đầu bằng một chữ cái (ví dụ may1).</translation>
    </message>
    <message>
        <location filename="../dialogs/stations.py" line="85"/>
        <source>Only %1 papers were issued in this round.</source>
        <translation>Lần bầu này chỉ phát ra %1 phiếu.</translation>
    </message>
</context>
<context>
    <name>StationsDialog</name>
    <message>
        <location filename="../dialogs/stations.py" line="132"/>
        <source>Counting stations</source>
        <translation>Máy kiểm phiếu</translation>
    </message>
    <message>
        <location filename="../dialogs/stations.py" line="149"/>
        <source>&amp;Round:</source>
        <translation>&amp;Lần bầu:</translation>
    </message>
    <message>
        <location filename="../dialogs/stations.py" line="172"/>
        <source>Stations</source>
        <translation>Các máy</translation>
    </message>
    <message>
        <location filename="../dialogs/stations.py" line="174"/>
        <location filename="../dialogs/stations.py" line="264"/>
        <source>Station</source>
        <translation>Máy</translation>
    </message>
    <message>
        <location filename="../dialogs/stations.py" line="174"/>
        <source>Server login</source>
        <translation>Tên đăng nhập máy chủ</translation>
    </message>
    <message>
        <location filename="../dialogs/stations.py" line="180"/>
        <source>Máy 1</source>
        <translation>Máy 1</translation>
    </message>
    <message>
        <location filename="../dialogs/stations.py" line="184"/>
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <location filename="../dialogs/stations.py" line="185"/>
        <source>&amp;Login:</source>
        <translation>Tên đăng &amp;nhập:</translation>
    </message>
    <message>
        <location filename="../dialogs/stations.py" line="188"/>
        <source>&amp;Add station</source>
        <translation>Thê&amp;m máy</translation>
    </message>
    <message>
        <location filename="../dialogs/stations.py" line="192"/>
        <source>Re&amp;move station</source>
        <translation>&amp;Bỏ máy</translation>
    </message>
    <message>
        <location filename="../dialogs/stations.py" line="201"/>
        <source>Stacks of papers (each keyed twice, blind)</source>
        <translation>Các xấp phiếu (mỗi xấp nhập hai lần, độc lập)</translation>
    </message>
    <message>
        <location filename="../dialogs/stations.py" line="205"/>
        <location filename="../dialogs/stations.py" line="224"/>
        <source>Papers</source>
        <translation>Phiếu</translation>
    </message>
    <message>
        <location filename="../dialogs/stations.py" line="206"/>
        <source>First pass</source>
        <translation>Lượt nhập 1</translation>
    </message>
    <message>
        <location filename="../dialogs/stations.py" line="207"/>
        <source>Second pass</source>
        <translation>Lượt nhập 2</translation>
    </message>
    <message>
        <location filename="../dialogs/stations.py" line="208"/>
        <location filename="../dialogs/stations.py" line="264"/>
        <source>Keyed</source>
        <translation>Đã nhập</translation>
    </message>
    <message>
        <location filename="../dialogs/stations.py" line="228"/>
        <source>1st pass</source>
        <translation>Lượt 1</translation>
    </message>
    <message>
        <location filename="../dialogs/stations.py" line="230"/>
        <source>2nd pass</source>
        <translation>Lượt 2</translation>
    </message>
    <message>
        <location filename="../dialogs/stations.py" line="234"/>
        <source>A&amp;ssign stack</source>
        <translation>&amp;Giao xấp</translation>
    </message>
    <message>
        <location filename="../dialogs/stations.py" line="237"/>
        <source>&amp;Take stack back</source>
        <translation>Th&amp;u hồi xấp</translation>
    </message>
    <message>
        <location filename="../dialogs/stations.py" line="242"/>
        <source>its 1st pass</source>
        <translation>lượt 1 của xấp</translation>
    </message>
    <message>
        <location filename="../dialogs/stations.py" line="243"/>
        <source>its 2nd pass</source>
        <translation>lượt 2 của xấp</translation>
    </message>
    <message>
        <location filename="../dialogs/stations.py" line="246"/>
        <source>&amp;Hand on</source>
        <translation>&amp;Chuyển</translation>
    </message>
    <message>
        <location filename="../dialogs/stations.py" line="249"/>
        <source>A station has failed: another one continues its pass of the stack.</source>
        <translation>Một máy bị hỏng: máy khác nhập tiếp lượt của nó trong xấp.</translation>
    </message>
    <message>
        <location filename="../dialogs/stations.py" line="254"/>
        <source>to</source>
        <translation>cho</translation>
    </message>
    <message>
        <location filename="../dialogs/stations.py" line="261"/>
        <source>Progress (live)</source>
        <translation>Tiến độ (trực tiếp)</translation>
    </message>
    <message>
        <location filename="../dialogs/stations.py" line="264"/>
        <source>Stacks</source>
        <translation>Xấp phiếu</translation>
    </message>
    <message>
        <location filename="../dialogs/stations.py" line="264"/>
        <source>Left</source>
        <translation>Còn lại</translation>
    </message>
    <message>
        <location filename="../dialogs/stations.py" line="292"/>
        <source>%1, round %2</source>
        <translation>%1, lần %2</translation>
    </message>
    <message>
        <location filename="../dialogs/stations.py" line="347"/>
        <source>No round with ballot papers yet.</source>
        <translation>Chưa có lần bầu nào nhập từng phiếu.</translation>
    </message>
    <message>
        <location filename="../dialogs/stations.py" line="390"/>
        <source>%1 (pass %2)</source>
        <translation>%1 (lượt %2)</translation>
    </message>
    <message>
        <location filename="../dialogs/stations.py" line="400"/>
        <source>none</source>
        <translation>chưa có</translation>
    </message>
    <message>
        <location filename="../dialogs/stations.py" line="414"/>
        <source>First pass: %1 of %2 papers · second pass: %3.</source>
        <translation>Lượt 1: %1/%2 phiếu · lượt 2: %3.</translation>
    </message>
    <message>
        <location filename="../dialogs/stations.py" line="427"/>
        <source>So far (first pass): %1 valid, %2 invalid. </source>
        <translation>Đến lúc này (lượt 1): %1 hợp lệ, %2 không hợp lệ. </translation>
    </message>
    <message>
        <location filename="../dialogs/stations.py" line="435"/>
        <source>Every stack is keyed twice and agrees: the result may be announced.</source>
        <translation>Mọi xấp đã nhập đủ hai lượt và khớp nhau: có thể công bố kết quả.</translation>
    </message>
    <message>
        <location filename="../dialogs/stations.py" line="437"/>
        <source>a stack still lacks a pass</source>
        <translation>còn xấp chưa nhập đủ hai lượt</translation>
    </message>
    <message>
        <location filename="../dialogs/stations.py" line="438"/>
        <source>mismatches wait on the Elections tab</source>
        <translation>còn phiếu chênh lệch chờ xử lý ở thẻ Bầu cử</translation>
    </message>
    <message>
        <location filename="../dialogs/stations.py" line="439"/>
        <source>the second pass is not finished</source>
        <translation>lượt nhập thứ hai chưa kết thúc</translation>
    </message>
    <message>
        <location filename="../dialogs/stations.py" line="440"/>
        <source>no paper is keyed</source>
        <translation>chưa nhập phiếu nào</translation>
    </message>
    <message>
        <location filename="../dialogs/stations.py" line="441"/>
        <source>the ballots have not been issued</source>
        <translation>chưa phát phiếu bầu</translation>
    </message>
    <message>
        <location filename="../dialogs/stations.py" line="442"/>
        <source>the result is announced</source>
        <translation>kết quả đã được công bố</translation>
    </message>
    <message>
        <location filename="../dialogs/stations.py" line="444"/>
        <source>Not yet announceable: %1.</source>
        <translation>Chưa thể công bố: %1.</translation>
    </message>
    <message>
        <location filename="../dialogs/stations.py" line="480"/>
        <source>Add two stations and choose a round first.</source>
        <translation>Hãy thêm hai máy và chọn lần bầu trước.</translation>
    </message>
</context>
<context>
    <name>StatisticsPanel</name>
    <message>
        <location filename="../tabs/speeches/statistics.py" line="70"/>
        <source>Speaking statistics</source>
        <translation>Thống kê phát biểu</translation>
    </message>
    <message>
        <location filename="../tabs/speeches/statistics.py" line="76"/>
        <source>Per person (most time first)</source>
        <translation>Theo từng người (thời gian giảm dần)</translation>
    </message>
    <message>
        <location filename="../tabs/speeches/statistics.py" line="80"/>
        <source>Speaker</source>
        <translation>Người phát biểu</translation>
    </message>
    <message>
        <location filename="../tabs/speeches/statistics.py" line="80"/>
        <location filename="../tabs/speeches/statistics.py" line="90"/>
        <source>Speeches</source>
        <translation>Số lượt</translation>
    </message>
    <message>
        <location filename="../tabs/speeches/statistics.py" line="80"/>
        <location filename="../tabs/speeches/statistics.py" line="90"/>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../tabs/speeches/statistics.py" line="90"/>
        <source>Group</source>
        <translation>Thành phần</translation>
    </message>
</context>
<context>
    <name>StatusPanel</name>
    <message>
        <location filename="../tabs/agenda/status.py" line="119"/>
        <source>Next: %1</source>
        <translation>Tiếp theo: %1</translation>
    </message>
    <message>
        <location filename="../tabs/agenda/status.py" line="121"/>
        <source>This is the last item.</source>
        <translation>Đây là mục cuối cùng.</translation>
    </message>
    <message>
        <location filename="../tabs/agenda/status.py" line="129"/>
        <source>%1 of %2 items done</source>
        <translation>Đã xong %1/%2 mục</translation>
    </message>
    <message>
        <location filename="../tabs/agenda/status.py" line="138"/>
        <source>The programme is empty: press Insert to add an item.</source>
        <translation>Chương trình chưa có mục nào: nhấn Insert để thêm mục.</translation>
    </message>
    <message>
        <location filename="../tabs/agenda/status.py" line="140"/>
        <source>No congress is open.</source>
        <translation>Chưa mở đại hội nào.</translation>
    </message>
    <message>
        <location filename="../tabs/agenda/status.py" line="151"/>
        <source>Now: %1</source>
        <translation>Đang tiến hành: %1</translation>
    </message>
    <message>
        <location filename="../tabs/agenda/status.py" line="154"/>
        <source>Started at %1 · planned %2 min</source>
        <translation>Bắt đầu lúc %1 · dự kiến %2 phút</translation>
    </message>
    <message>
        <location filename="../tabs/agenda/status.py" line="162"/>
        <source>elapsed of %1 min planned</source>
        <translation>đã qua / %1 phút dự kiến</translation>
    </message>
    <message>
        <location filename="../tabs/agenda/status.py" line="167"/>
        <source>Not started</source>
        <translation>Chưa bắt đầu</translation>
    </message>
    <message>
        <location filename="../tabs/agenda/status.py" line="169"/>
        <source>The session is planned to start at %1.</source>
        <translation>Phiên họp dự kiến bắt đầu lúc %1.</translation>
    </message>
    <message>
        <location filename="../tabs/agenda/status.py" line="174"/>
        <source>All items done</source>
        <translation>Đã xong tất cả các mục</translation>
    </message>
    <message>
        <location filename="../tabs/agenda/status.py" line="177"/>
        <source>No item under way</source>
        <translation>Không có mục nào đang tiến hành</translation>
    </message>
    <message>
        <location filename="../tabs/agenda/status.py" line="178"/>
        <source>Press F5 to start the next item.</source>
        <translation>Nhấn F5 để bắt đầu mục tiếp theo.</translation>
    </message>
    <message>
        <location filename="../tabs/agenda/status.py" line="186"/>
        <source>Session dated %1, not today: no plan comparison</source>
        <translation>Phiên họp ghi ngày %1, không phải hôm nay: không so với kế hoạch</translation>
    </message>
    <message>
        <location filename="../tabs/agenda/status.py" line="196"/>
        <source>%1 min behind plan</source>
        <translation>Chậm %1 phút so với dự kiến</translation>
    </message>
    <message>
        <location filename="../tabs/agenda/status.py" line="198"/>
        <source>%1 min ahead</source>
        <translation>Sớm %1 phút so với dự kiến</translation>
    </message>
    <message>
        <location filename="../tabs/agenda/status.py" line="200"/>
        <source>On time</source>
        <translation>Đúng giờ</translation>
    </message>
</context>
<context>
    <name>StillMissing</name>
    <message>
        <location filename="../widgets/still_missing.py" line="35"/>
        <source>Double-click a name to select it in the list</source>
        <translation>Nhấp đúp vào một tên để chọn tên đó trong danh sách</translation>
    </message>
    <message>
        <location filename="../widgets/still_missing.py" line="44"/>
        <source>Still missing (%1)</source>
        <translation>Chưa có mặt (%1)</translation>
    </message>
</context>
<context>
    <name>TotalsEntryPanel</name>
    <message>
        <location filename="../widgets/totals_entry.py" line="106"/>
        <source>Record the totals (Ctrl+Enter)</source>
        <translation>Ghi số liệu tổng hợp (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../widgets/totals_entry.py" line="112"/>
        <source>Clear the totals</source>
        <translation>Xóa số liệu tổng hợp</translation>
    </message>
    <message>
        <location filename="../widgets/totals_entry.py" line="184"/>
        <source>Papers</source>
        <translation>Phiếu</translation>
    </message>
    <message>
        <location filename="../widgets/totals_entry.py" line="187"/>
        <source>Papers collected:</source>
        <translation>Số phiếu thu về:</translation>
    </message>
    <message>
        <location filename="../widgets/totals_entry.py" line="189"/>
        <source>Invalid papers, by reason:</source>
        <translation>Phiếu không hợp lệ, theo lý do:</translation>
    </message>
    <message>
        <location filename="../widgets/totals_entry.py" line="200"/>
        <source>Votes of each name</source>
        <translation>Số phiếu bầu của từng người</translation>
    </message>
    <message>
        <location filename="../widgets/totals_entry.py" line="234"/>
        <source>No round selected.</source>
        <translation>Chưa chọn lần bầu.</translation>
    </message>
    <message>
        <location filename="../widgets/totals_entry.py" line="238"/>
        <source>Tally sheet of round %1: %2 names for %3 seats</source>
        <translation>Phiếu tổng hợp lần bầu thứ %1: %2 người bầu %3</translation>
    </message>
    <message>
        <location filename="../widgets/totals_entry.py" line="244"/>
        <location filename="../widgets/totals_entry.py" line="328"/>
        <source>The ballots have not been issued yet.</source>
        <translation>Chưa phát phiếu bầu.</translation>
    </message>
    <message>
        <location filename="../widgets/totals_entry.py" line="246"/>
        <source>Totals recorded: the count is taken from them. %1 papers issued.</source>
        <translation>Đã ghi số liệu tổng hợp: kết quả tính theo số liệu này. Phát ra %1 phiếu.</translation>
    </message>
    <message>
        <location filename="../widgets/totals_entry.py" line="249"/>
        <source>%1 papers issued. Type the totals of the paper tally sheet; the core checks them.</source>
        <translation>Phát ra %1 phiếu. Nhập số liệu từ phiếu tổng hợp kiểm phiếu; chương trình sẽ kiểm tra.</translation>
    </message>
    <message>
        <location filename="../widgets/totals_entry.py" line="261"/>
        <source>Invalid %1 · valid %2 (collected − invalid) · issued %3</source>
        <translation>Không hợp lệ %1 · hợp lệ %2 (thu về − không hợp lệ) · phát ra %3</translation>
    </message>
    <message>
        <location filename="../widgets/totals_entry.py" line="289"/>
        <source>Papers collected</source>
        <translation>Số phiếu thu về</translation>
    </message>
    <message>
        <location filename="../widgets/totals_entry.py" line="291"/>
        <source>Invalid papers</source>
        <translation>Phiếu không hợp lệ</translation>
    </message>
    <message>
        <location filename="../widgets/totals_entry.py" line="299"/>
        <source>Votes for %1. %2</source>
        <translation>Số phiếu của %1. %2</translation>
    </message>
    <message>
        <location filename="../widgets/totals_entry.py" line="304"/>
        <source>Votes</source>
        <translation>Số phiếu</translation>
    </message>
    <message>
        <location filename="../widgets/totals_entry.py" line="306"/>
        <source>Papers issued</source>
        <translation>Số phiếu phát ra</translation>
    </message>
    <message>
        <location filename="../widgets/totals_entry.py" line="315"/>
        <source>%1: %2 is more than the %3 papers issued.</source>
        <translation>%1: %2 nhiều hơn %3 phiếu phát ra.</translation>
    </message>
    <message>
        <location filename="../widgets/totals_entry.py" line="316"/>
        <source>%1: %2 is more than the %4 valid papers.</source>
        <translation>%1: %2 nhiều hơn %4 phiếu hợp lệ.</translation>
    </message>
    <message>
        <location filename="../widgets/totals_entry.py" line="318"/>
        <source>%1: %2 in all is more than %4 valid papers × %5 seats can give.</source>
        <translation>%1: tổng %2 nhiều hơn mức tối đa %4 phiếu hợp lệ × %5 người.</translation>
    </message>
    <message>
        <location filename="../widgets/totals_entry.py" line="320"/>
        <source>%1: %2 in all is more than the papers collected.</source>
        <translation>%1: tổng %2 nhiều hơn số phiếu thu về.</translation>
    </message>
    <message>
        <location filename="../widgets/totals_entry.py" line="321"/>
        <source>%1: more than the full members present.</source>
        <translation>%1: nhiều hơn số đảng viên chính thức có mặt.</translation>
    </message>
    <message>
        <location filename="../widgets/totals_entry.py" line="322"/>
        <source>%1 needs a number (0 if none).</source>
        <translation>%1 cần có số (ghi 0 nếu không có).</translation>
    </message>
    <message>
        <location filename="../widgets/totals_entry.py" line="323"/>
        <source>%1: a whole number, 0 or more.</source>
        <translation>%1: phải là số nguyên, từ 0 trở lên.</translation>
    </message>
    <message>
        <location filename="../widgets/totals_entry.py" line="325"/>
        <source>Papers are already entered one by one for this round: take them back before typing totals.</source>
        <translation>Lần bầu này đã nhập từng phiếu: hủy các phiếu đó trước khi nhập số liệu tổng hợp.</translation>
    </message>
    <message>
        <location filename="../widgets/totals_entry.py" line="329"/>
        <source>The result is announced: the totals can no longer change.</source>
        <translation>Kết quả đã công bố: không thể thay đổi số liệu tổng hợp.</translation>
    </message>
    <message>
        <location filename="../widgets/totals_entry.py" line="366"/>
        <source>Nothing was recorded.</source>
        <translation>Chưa ghi gì.</translation>
    </message>
    <message>
        <location filename="../widgets/totals_entry.py" line="373"/>
        <source>Totals recorded (Ctrl+Z takes them back).</source>
        <translation>Đã ghi số liệu tổng hợp (Ctrl+Z để hủy).</translation>
    </message>
    <message>
        <location filename="../widgets/totals_entry.py" line="383"/>
        <source>Totals cleared (Ctrl+Z brings them back).</source>
        <translation>Đã xóa số liệu tổng hợp (Ctrl+Z để khôi phục).</translation>
    </message>
</context>
<context>
    <name>VersionsPanel</name>
    <message>
        <location filename="../tabs/resolution/versions.py" line="47"/>
        <source>Restore as a new version</source>
        <translation>Khôi phục thành phiên bản mới</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/versions.py" line="59"/>
        <source>Saved versions</source>
        <translation>Các phiên bản đã lưu</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/versions.py" line="67"/>
        <source>Save the draft as a version (Ctrl+S)</source>
        <translation>Lưu dự thảo thành một phiên bản (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/versions.py" line="71"/>
        <source>Restore as a new version…</source>
        <translation>Khôi phục thành phiên bản mới…</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/versions.py" line="101"/>
        <source>&amp;Compare</source>
        <translation>&amp;So sánh</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/versions.py" line="105"/>
        <source>with</source>
        <translation>với</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/versions.py" line="142"/>
        <source>Working draft</source>
        <translation>Dự thảo đang sửa</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/versions.py" line="208"/>
        <source>Restore a version</source>
        <translation>Khôi phục phiên bản</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/versions.py" line="210"/>
        <source>Make “%1” the working draft again? It is saved as a new version; nothing is overwritten and this can be undone (Ctrl+Z).</source>
        <translation>Dùng lại “%1” làm dự thảo đang sửa? Bản này được lưu thành phiên bản mới; không ghi đè lên bản nào và có thể hoàn tác (Ctrl+Z).</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/versions.py" line="220"/>
        <source>Restore %1</source>
        <translation>khôi phục %1</translation>
    </message>
    <message>
        <location filename="../tabs/resolution/versions.py" line="225"/>
        <source>Restored as “%1”.</source>
        <translation>Đã khôi phục thành “%1”.</translation>
    </message>
</context>
<context>
    <name>VoteDetail</name>
    <message>
        <location filename="../tabs/votes/detail.py" line="76"/>
        <source>&amp;In favour (tán thành):</source>
        <translation>Tá&amp;n thành:</translation>
    </message>
    <message>
        <location filename="../tabs/votes/detail.py" line="77"/>
        <source>&amp;Against (không tán thành):</source>
        <translation>&amp;Không tán thành:</translation>
    </message>
    <message>
        <location filename="../tabs/votes/detail.py" line="78"/>
        <source>&amp;Other opinion (ý kiến khác):</source>
        <translation>Ý kiến khác (không &amp;biểu quyết):</translation>
    </message>
    <message>
        <location filename="../tabs/votes/detail.py" line="84"/>
        <source>Record (Enter)</source>
        <translation>Ghi kết quả (Enter)</translation>
    </message>
    <message>
        <location filename="../tabs/votes/detail.py" line="85"/>
        <source>All in favour (F7)</source>
        <translation>Tất cả tán thành (F7)</translation>
    </message>
    <message>
        <location filename="../tabs/votes/detail.py" line="89"/>
        <source>Clear result</source>
        <translation>Xóa kết quả</translation>
    </message>
    <message>
        <location filename="../tabs/votes/detail.py" line="111"/>
        <source>Show result in the hall (F10)</source>
        <translation>Hiện kết quả lên màn chiếu (F10)</translation>
    </message>
    <message>
        <location filename="../tabs/votes/detail.py" line="112"/>
        <source>Clear the hall (Shift+F10)</source>
        <translation>Xóa màn chiếu (Shift+F10)</translation>
    </message>
    <message>
        <location filename="../tabs/votes/detail.py" line="137"/>
        <source>not held yet</source>
        <translation>chưa biểu quyết</translation>
    </message>
    <message>
        <location filename="../tabs/votes/detail.py" line="139"/>
        <source>✓ passed %1</source>
        <translation>✓ đã thông qua %1</translation>
    </message>
    <message>
        <location filename="../tabs/votes/detail.py" line="139"/>
        <source>✗ not passed %1</source>
        <translation>✗ không thông qua %1</translation>
    </message>
    <message>
        <location filename="../tabs/votes/detail.py" line="153"/>
        <source>Select a vote to record its result.</source>
        <translation>Chọn một nội dung biểu quyết để ghi kết quả.</translation>
    </message>
    <message>
        <location filename="../tabs/votes/detail.py" line="155"/>
        <source>No votes yet: add the default votes or press Insert.</source>
        <translation>Chưa có nội dung biểu quyết nào: hãy thêm các nội dung biểu quyết mặc định hoặc nhấn Insert.</translation>
    </message>
    <message>
        <location filename="../tabs/votes/detail.py" line="182"/>
        <source>Majority base %1 · full members present %2 (frozen at %3)</source>
        <translation>Mẫu số %1 · đảng viên chính thức có mặt %2 (chốt lúc %3)</translation>
    </message>
    <message>
        <location filename="../tabs/votes/detail.py" line="209"/>
        <source>%1 full members summoned</source>
        <translation>%1 đảng viên chính thức của chi bộ</translation>
    </message>
    <message>
        <location filename="../tabs/votes/detail.py" line="211"/>
        <source>attached out</source>
        <translation>SHTT đi</translation>
    </message>
    <message>
        <location filename="../tabs/votes/detail.py" line="212"/>
        <source>exempt, not present</source>
        <translation>miễn sinh hoạt, không có mặt</translation>
    </message>
    <message>
        <location filename="../tabs/votes/detail.py" line="213"/>
        <source>suspended</source>
        <translation>đình chỉ sinh hoạt</translation>
    </message>
    <message>
        <location filename="../tabs/votes/detail.py" line="214"/>
        <source>absent with accepted reason</source>
        <translation>vắng có lý do</translation>
    </message>
    <message>
        <location filename="../tabs/votes/detail.py" line="215"/>
        <source>absent throughout</source>
        <translation>vắng mặt suốt đại hội</translation>
    </message>
    <message>
        <location filename="../tabs/votes/detail.py" line="224"/>
        <source>Now: majority base %1 · full members present %2</source>
        <translation>Hiện tại: mẫu số %1 · đảng viên chính thức có mặt %2</translation>
    </message>
    <message>
        <location filename="../tabs/votes/detail.py" line="239"/>
        <source>Frozen on the vote when it is recorded.</source>
        <translation>Được chốt khi ghi kết quả biểu quyết.</translation>
    </message>
    <message>
        <location filename="../tabs/votes/detail.py" line="244"/>
        <source>Not held yet</source>
        <translation>Chưa biểu quyết</translation>
    </message>
    <message>
        <location filename="../tabs/votes/detail.py" line="251"/>
        <source>PASSED</source>
        <translation>ĐÃ THÔNG QUA</translation>
    </message>
    <message>
        <location filename="../tabs/votes/detail.py" line="251"/>
        <source>NOT PASSED</source>
        <translation>KHÔNG THÔNG QUA</translation>
    </message>
    <message>
        <location filename="../tabs/votes/detail.py" line="255"/>
        <source>%1 in favour: %2 of the base %3</source>
        <translation>%1 tán thành: %2 trên mẫu số %3</translation>
    </message>
    <message>
        <location filename="../tabs/votes/detail.py" line="268"/>
        <source>Fewer votes than full members present (%1)</source>
        <translation>Số lượt biểu quyết ít hơn số đảng viên chính thức có mặt (%1)</translation>
    </message>
    <message>
        <location filename="../tabs/votes/detail.py" line="272"/>
        <source>More votes than full members present</source>
        <translation>Số lượt biểu quyết nhiều hơn số đảng viên chính thức có mặt</translation>
    </message>
</context>
<context>
    <name>VoteSubjectDialog</name>
    <message>
        <location filename="../tabs/votes/dialog.py" line="112"/>
        <source>Reword the vote</source>
        <translation>Sửa nội dung biểu quyết</translation>
    </message>
    <message>
        <location filename="../tabs/votes/dialog.py" line="112"/>
        <source>Add a vote</source>
        <translation>Thêm nội dung biểu quyết</translation>
    </message>
    <message>
        <location filename="../tabs/votes/dialog.py" line="120"/>
        <source>e.g. Biểu quyết thông qua nghị quyết</source>
        <translation>Ví dụ: Biểu quyết thông qua nghị quyết</translation>
    </message>
    <message>
        <location filename="../tabs/votes/dialog.py" line="123"/>
        <source>&amp;Subject:</source>
        <translation>&amp;Nội dung biểu quyết:</translation>
    </message>
</context>
<context>
    <name>VotesTab</name>
    <message>
        <location filename="../tabs/votes/dialog.py" line="70"/>
        <source>The vote needs a subject.</source>
        <translation>Cần nhập nội dung biểu quyết.</translation>
    </message>
    <message>
        <location filename="../tabs/votes/dialog.py" line="73"/>
        <source>The subject is too long (at most %1 characters).</source>
        <translation>Nội dung biểu quyết quá dài (tối đa %1 ký tự).</translation>
    </message>
    <message>
        <location filename="../tabs/votes/dialog.py" line="76"/>
        <source>Refused: %1 votes is more than the full members present. Check the count; nothing was recorded.</source>
        <translation>Không chấp nhận: %1 lượt biểu quyết nhiều hơn số đảng viên chính thức có mặt. Hãy kiểm đếm lại; chưa ghi kết quả.</translation>
    </message>
    <message>
        <location filename="../tabs/votes/dialog.py" line="81"/>
        <source>The congress already has votes.</source>
        <translation>Đại hội đã có nội dung biểu quyết.</translation>
    </message>
    <message>
        <location filename="../tabs/votes/tab.py" line="100"/>
        <source>Show-of-hands votes</source>
        <translation>Biểu quyết giơ tay</translation>
    </message>
    <message>
        <location filename="../tabs/votes/tab.py" line="106"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../tabs/votes/tab.py" line="106"/>
        <source>Subject</source>
        <translation>Nội dung biểu quyết</translation>
    </message>
    <message>
        <location filename="../tabs/votes/tab.py" line="106"/>
        <source>Item</source>
        <translation>Mục</translation>
    </message>
    <message>
        <location filename="../tabs/votes/tab.py" line="106"/>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../tabs/votes/tab.py" line="131"/>
        <source>Add default votes (one per agenda item)</source>
        <translation>Thêm các nội dung biểu quyết mặc định (mỗi mục chương trình một nội dung)</translation>
    </message>
    <message>
        <location filename="../tabs/votes/tab.py" line="138"/>
        <source>Add… (Insert)</source>
        <translation>Thêm… (Insert)</translation>
    </message>
    <message>
        <location filename="../tabs/votes/tab.py" line="139"/>
        <source>Reword… (F2)</source>
        <translation>Sửa… (F2)</translation>
    </message>
    <message>
        <location filename="../tabs/votes/tab.py" line="140"/>
        <source>Remove (Delete)</source>
        <translation>Xóa (Delete)</translation>
    </message>
    <message>
        <location filename="../tabs/votes/tab.py" line="199"/>
        <source>Add a vote</source>
        <translation>Thêm nội dung biểu quyết</translation>
    </message>
    <message>
        <location filename="../tabs/votes/tab.py" line="206"/>
        <source>Reword the vote</source>
        <translation>Sửa nội dung biểu quyết</translation>
    </message>
    <message>
        <location filename="../tabs/votes/tab.py" line="213"/>
        <source>Remove the vote</source>
        <translation>Xóa nội dung biểu quyết</translation>
    </message>
    <message>
        <location filename="../tabs/votes/tab.py" line="221"/>
        <source>Type the counts</source>
        <translation>Nhập số lượng biểu quyết</translation>
    </message>
    <message>
        <location filename="../tabs/votes/tab.py" line="233"/>
        <source>All in favour</source>
        <translation>Tất cả tán thành</translation>
    </message>
    <message>
        <location filename="../tabs/votes/tab.py" line="241"/>
        <source>Clear the result</source>
        <translation>Xóa kết quả</translation>
    </message>
    <message>
        <location filename="../tabs/votes/tab.py" line="248"/>
        <source>Show the result in the hall</source>
        <translation>Hiện kết quả lên màn chiếu</translation>
    </message>
    <message>
        <location filename="../tabs/votes/tab.py" line="255"/>
        <source>Clear the hall</source>
        <translation>Xóa màn chiếu</translation>
    </message>
    <message>
        <location filename="../tabs/votes/tab.py" line="368"/>
        <source>Not tied to an agenda item</source>
        <translation>Không gắn với mục chương trình nào</translation>
    </message>
    <message>
        <location filename="../tabs/votes/tab.py" line="373"/>
        <source>Agenda item %1: %2</source>
        <translation>Mục chương trình %1: %2</translation>
    </message>
    <message>
        <location filename="../tabs/votes/tab.py" line="389"/>
        <source>%1 votes added.</source>
        <translation>Đã thêm %1 nội dung biểu quyết.</translation>
    </message>
    <message>
        <location filename="../tabs/votes/tab.py" line="424"/>
        <source>Remove the vote “%1”?</source>
        <translation>Xóa nội dung biểu quyết “%1”?</translation>
    </message>
    <message>
        <location filename="../tabs/votes/tab.py" line="426"/>
        <source>Its recorded result is removed with it.</source>
        <translation>Kết quả đã ghi của nội dung này cũng bị xóa theo.</translation>
    </message>
    <message>
        <location filename="../tabs/votes/tab.py" line="427"/>
        <source>This can be undone (Ctrl+Z).</source>
        <translation>Có thể hoàn tác thao tác này (Ctrl+Z).</translation>
    </message>
    <message>
        <location filename="../tabs/votes/tab.py" line="430"/>
        <source>Remove vote</source>
        <translation>Xóa nội dung biểu quyết</translation>
    </message>
    <message>
        <location filename="../tabs/votes/tab.py" line="484"/>
        <source>Result cleared (Ctrl+Z brings it back).</source>
        <translation>Đã xóa kết quả (nhấn Ctrl+Z để khôi phục).</translation>
    </message>
    <message>
        <location filename="../tabs/votes/tab.py" line="490"/>
        <source>Recorded: %1</source>
        <translation>Đã ghi kết quả: %1</translation>
    </message>
    <message>
        <location filename="../tabs/votes/tab.py" line="498"/>
        <source>This vote has not been held yet.</source>
        <translation>Nội dung này chưa được biểu quyết.</translation>
    </message>
    <message>
        <location filename="../tabs/votes/tab.py" line="505"/>
        <source>The result is shown in the hall.</source>
        <translation>Kết quả đang hiện trên màn chiếu.</translation>
    </message>
    <message>
        <location filename="../tabs/votes/tab.py" line="512"/>
        <source>The result was taken off the hall screen.</source>
        <translation>Đã gỡ kết quả khỏi màn chiếu.</translation>
    </message>
</context>
<context>
    <name>WorkingBodies</name>
    <message>
        <location filename="../dialogs/working_bodies.py" line="64"/>
        <source>&amp;Presidium</source>
        <translation>Đoàn &amp;Chủ tịch</translation>
    </message>
    <message>
        <location filename="../dialogs/working_bodies.py" line="65"/>
        <source>&amp;Secretariat</source>
        <translation>Đoàn &amp;Thư ký</translation>
    </message>
    <message>
        <location filename="../dialogs/working_bodies.py" line="66"/>
        <source>C&amp;redentials committee</source>
        <translation>Ban Thẩm tra tư cách đại &amp;biểu</translation>
    </message>
    <message>
        <location filename="../dialogs/working_bodies.py" line="75"/>
        <source>The first presides over the congress and signs for the presidium.</source>
        <translation>Người đứng đầu chủ trì đại hội và ký thay mặt Đoàn Chủ tịch.</translation>
    </message>
    <message>
        <location filename="../dialogs/working_bodies.py" line="78"/>
        <source>The first keeps the minutes and signs them as the secretary.</source>
        <translation>Người đứng đầu ghi biên bản và ký với tư cách Thư ký đại hội.</translation>
    </message>
    <message>
        <location filename="../dialogs/working_bodies.py" line="81"/>
        <source>The first presents the report on the delegates&apos; credentials.</source>
        <translation>Người đứng đầu trình bày báo cáo thẩm tra tư cách đại biểu.</translation>
    </message>
    <message>
        <location filename="../dialogs/working_bodies.py" line="93"/>
        <source>%1 lists the same member twice.</source>
        <translation>%1 có một đồng chí bị ghi hai lần.</translation>
    </message>
    <message>
        <location filename="../dialogs/working_bodies.py" line="98"/>
        <source>%1 has more than %2 members.</source>
        <translation>%1 có quá %2 người.</translation>
    </message>
</context>
<context>
    <name>WorkingBodiesDialog</name>
    <message>
        <location filename="../dialogs/working_bodies.py" line="449"/>
        <source>Working bodies of the congress</source>
        <translation>Đoàn Chủ tịch, Đoàn Thư ký đại hội</translation>
    </message>
    <message>
        <location filename="../dialogs/working_bodies.py" line="465"/>
        <source>The first in each list presides and signs the minutes; a single name is the congress&apos;s chair or secretary.</source>
        <translation>Người đứng đầu mỗi danh sách chủ trì và ký biên bản; nếu chỉ có một người thì đó là Chủ tịch hoặc Thư ký đại hội.</translation>
    </message>
    <message>
        <location filename="../dialogs/working_bodies.py" line="473"/>
        <source>Type a name (without diacritics if you like) and press Enter to add. In a list: Delete removes, Alt+↑ / Alt+↓ change the order. Ctrl+Enter: OK.</source>
        <translation>Gõ tên (có thể gõ không dấu) rồi nhấn Enter để thêm. Trong danh sách: Delete để bỏ, Alt+↑ / Alt+↓ để đổi thứ tự. Ctrl+Enter: Đồng ý.</translation>
    </message>
    <message>
        <location filename="../dialogs/working_bodies.py" line="494"/>
        <source>Apply</source>
        <translation>Đồng ý</translation>
    </message>
</context>
</TS>
