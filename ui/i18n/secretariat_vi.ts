<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AgendaItemDialog</name>
    <message>
        <location filename="../tabs/agenda.py" line="150"/>
        <source>Edit agenda item</source>
        <translation>Sửa mục chương trình</translation>
    </message>
    <message>
        <location filename="../tabs/agenda.py" line="150"/>
        <source>Add agenda item</source>
        <translation>Thêm mục chương trình</translation>
    </message>
    <message>
        <location filename="../tabs/agenda.py" line="161"/>
        <source>e.g. Đồng chí Lê Đình Khải, Bí thư Chi bộ</source>
        <translation>Ví dụ: Đồng chí Lê Đình Khải, Bí thư Chi bộ</translation>
    </message>
    <message>
        <location filename="../tabs/agenda.py" line="165"/>
        <source> min</source>
        <translation> phút</translation>
    </message>
    <message>
        <location filename="../tabs/agenda.py" line="167"/>
        <source>Voted on by show of &amp;hands</source>
        <translation>&amp;Biểu quyết bằng giơ tay</translation>
    </message>
    <message>
        <location filename="../tabs/agenda.py" line="176"/>
        <source>&amp;Title:</source>
        <translation>&amp;Tên mục:</translation>
    </message>
    <message>
        <location filename="../tabs/agenda.py" line="177"/>
        <source>&amp;Presenter:</source>
        <translation>&amp;Người trình bày:</translation>
    </message>
    <message>
        <location filename="../tabs/agenda.py" line="178"/>
        <source>Planned &amp;time:</source>
        <translation>Thời gian &amp;dự kiến:</translation>
    </message>
    <message>
        <location filename="../tabs/agenda.py" line="180"/>
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
        <location filename="../tabs/agenda.py" line="100"/>
        <source>Every item has been held: there is no next item to start.</source>
        <translation>Đã tiến hành hết các mục: không còn mục nào để bắt đầu.</translation>
    </message>
    <message>
        <location filename="../tabs/agenda.py" line="103"/>
        <source>No item is under way.</source>
        <translation>Không có mục nào đang tiến hành.</translation>
    </message>
    <message>
        <location filename="../tabs/agenda.py" line="106"/>
        <source>The item needs a title.</source>
        <translation>Mục chương trình phải có tên.</translation>
    </message>
    <message>
        <location filename="../tabs/agenda.py" line="109"/>
        <source>The title is too long (at most %1 characters).</source>
        <translation>Tên mục quá dài (tối đa %1 ký tự).</translation>
    </message>
    <message>
        <location filename="../tabs/agenda.py" line="112"/>
        <source>The planned time must be between 0 and 1440 minutes.</source>
        <translation>Thời gian dự kiến phải từ 0 đến 1440 phút.</translation>
    </message>
    <message>
        <location filename="../tabs/agenda.py" line="115"/>
        <source>The notes are too long (at most %1 characters).</source>
        <translation>Ghi chép quá dài (tối đa %1 ký tự).</translation>
    </message>
    <message>
        <location filename="../tabs/agenda.py" line="285"/>
        <source>▶ Start next item (F5)</source>
        <translation>▶ Bắt đầu mục tiếp theo (F5)</translation>
    </message>
    <message>
        <location filename="../tabs/agenda.py" line="286"/>
        <source>■ End current item (Shift+F5)</source>
        <translation>■ Kết thúc mục hiện tại (Shift+F5)</translation>
    </message>
    <message>
        <location filename="../tabs/agenda.py" line="290"/>
        <source>Add… (Insert)</source>
        <translation>Thêm… (Insert)</translation>
    </message>
    <message>
        <location filename="../tabs/agenda.py" line="291"/>
        <source>Edit… (F2)</source>
        <translation>Sửa… (F2)</translation>
    </message>
    <message>
        <location filename="../tabs/agenda.py" line="292"/>
        <source>Remove (Delete)</source>
        <translation>Xóa (Delete)</translation>
    </message>
    <message>
        <location filename="../tabs/agenda.py" line="293"/>
        <source>Move up (Ctrl+↑)</source>
        <translation>Chuyển lên (Ctrl+↑)</translation>
    </message>
    <message>
        <location filename="../tabs/agenda.py" line="294"/>
        <source>Move down (Ctrl+↓)</source>
        <translation>Chuyển xuống (Ctrl+↓)</translation>
    </message>
    <message>
        <location filename="../tabs/agenda.py" line="349"/>
        <source>Notes for the minutes</source>
        <translation>Ghi chép cho biên bản</translation>
    </message>
    <message>
        <location filename="../tabs/agenda.py" line="357"/>
        <source>What was said and decided under this item, for the minutes…</source>
        <translation>Nội dung phát biểu và kết luận của mục này, để ghi vào biên bản…</translation>
    </message>
    <message>
        <location filename="../tabs/agenda.py" line="363"/>
        <source>Saved when you leave the field or stop typing for a moment.</source>
        <translation>Tự động lưu khi rời khỏi ô này hoặc ngừng gõ giây lát.</translation>
    </message>
    <message>
        <location filename="../tabs/agenda.py" line="474"/>
        <source>Start the next item</source>
        <translation>Bắt đầu mục tiếp theo</translation>
    </message>
    <message>
        <location filename="../tabs/agenda.py" line="483"/>
        <source>End the current item</source>
        <translation>Kết thúc mục hiện tại</translation>
    </message>
    <message>
        <location filename="../tabs/agenda.py" line="492"/>
        <source>Add an item</source>
        <translation>Thêm mục</translation>
    </message>
    <message>
        <location filename="../tabs/agenda.py" line="501"/>
        <location filename="../tabs/agenda.py" line="511"/>
        <source>Edit the item</source>
        <translation>Sửa mục</translation>
    </message>
    <message>
        <location filename="../tabs/agenda.py" line="519"/>
        <source>Remove the item</source>
        <translation>Xóa mục</translation>
    </message>
    <message>
        <location filename="../tabs/agenda.py" line="528"/>
        <source>Move the item up</source>
        <translation>Chuyển mục lên trên</translation>
    </message>
    <message>
        <location filename="../tabs/agenda.py" line="537"/>
        <source>Move the item down</source>
        <translation>Chuyển mục xuống dưới</translation>
    </message>
    <message>
        <location filename="../tabs/agenda.py" line="582"/>
        <source>The programme is empty: press Insert to add an item.</source>
        <translation>Chương trình chưa có mục nào: nhấn Insert để thêm mục.</translation>
    </message>
    <message>
        <location filename="../tabs/agenda.py" line="584"/>
        <source>No congress is open.</source>
        <translation>Chưa mở đại hội nào.</translation>
    </message>
    <message>
        <location filename="../tabs/agenda.py" line="596"/>
        <source>Now: %1</source>
        <translation>Đang tiến hành: %1</translation>
    </message>
    <message>
        <location filename="../tabs/agenda.py" line="599"/>
        <source>Started at %1 · planned %2 min</source>
        <translation>Bắt đầu lúc %1 · dự kiến %2 phút</translation>
    </message>
    <message>
        <location filename="../tabs/agenda.py" line="607"/>
        <source>elapsed of %1 min planned</source>
        <translation>đã qua / %1 phút dự kiến</translation>
    </message>
    <message>
        <location filename="../tabs/agenda.py" line="611"/>
        <source>Not started</source>
        <translation>Chưa bắt đầu</translation>
    </message>
    <message>
        <location filename="../tabs/agenda.py" line="614"/>
        <source>The session is planned to start at %1.</source>
        <translation>Phiên họp dự kiến bắt đầu lúc %1.</translation>
    </message>
    <message>
        <location filename="../tabs/agenda.py" line="619"/>
        <source>All items done</source>
        <translation>Đã xong tất cả các mục</translation>
    </message>
    <message>
        <location filename="../tabs/agenda.py" line="622"/>
        <source>No item under way</source>
        <translation>Không có mục nào đang tiến hành</translation>
    </message>
    <message>
        <location filename="../tabs/agenda.py" line="623"/>
        <source>Press F5 to start the next item.</source>
        <translation>Nhấn F5 để bắt đầu mục tiếp theo.</translation>
    </message>
    <message>
        <location filename="../tabs/agenda.py" line="629"/>
        <source>Next: %1</source>
        <translation>Tiếp theo: %1</translation>
    </message>
    <message>
        <location filename="../tabs/agenda.py" line="631"/>
        <source>This is the last item.</source>
        <translation>Đây là mục cuối cùng.</translation>
    </message>
    <message>
        <location filename="../tabs/agenda.py" line="636"/>
        <source>%1 of %2 items done</source>
        <translation>Đã xong %1/%2 mục</translation>
    </message>
    <message>
        <location filename="../tabs/agenda.py" line="645"/>
        <source>%1 min behind plan</source>
        <translation>Chậm %1 phút so với dự kiến</translation>
    </message>
    <message>
        <location filename="../tabs/agenda.py" line="647"/>
        <source>%1 min ahead</source>
        <translation>Sớm %1 phút so với dự kiến</translation>
    </message>
    <message>
        <location filename="../tabs/agenda.py" line="649"/>
        <source>On time</source>
        <translation>Đúng giờ</translation>
    </message>
    <message>
        <location filename="../tabs/agenda.py" line="754"/>
        <source>Select an item to write its notes.</source>
        <translation>Chọn một mục để ghi chép.</translation>
    </message>
    <message>
        <location filename="../tabs/agenda.py" line="798"/>
        <source>Notes not saved: %1</source>
        <translation>Chưa lưu được ghi chép: %1</translation>
    </message>
    <message>
        <location filename="../tabs/agenda.py" line="848"/>
        <source>%1 started at %2</source>
        <translation>%1 — bắt đầu lúc %2</translation>
    </message>
    <message>
        <location filename="../tabs/agenda.py" line="869"/>
        <source>%1 ended at %2</source>
        <translation>%1 — kết thúc lúc %2</translation>
    </message>
    <message>
        <location filename="../tabs/agenda.py" line="912"/>
        <source>Remove the item “%1” from the programme?</source>
        <translation>Xóa mục “%1” khỏi chương trình?</translation>
    </message>
    <message>
        <location filename="../tabs/agenda.py" line="918"/>
        <source>Its %1 registered speech(es) are removed with it.</source>
        <translation>%1 lượt đăng ký phát biểu của mục này cũng bị xóa theo.</translation>
    </message>
    <message>
        <location filename="../tabs/agenda.py" line="920"/>
        <source>This can be undone (Ctrl+Z).</source>
        <translation>Có thể hoàn tác thao tác này (Ctrl+Z).</translation>
    </message>
    <message>
        <location filename="../tabs/agenda.py" line="923"/>
        <source>Remove agenda item</source>
        <translation>Xóa mục chương trình</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <location filename="../models/attendance_model.py" line="279"/>
        <source>Party card no. %1</source>
        <translation>Số thẻ đảng viên: %1</translation>
    </message>
    <message>
        <location filename="../models/attendance_model.py" line="321"/>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <location filename="../models/attendance_model.py" line="322"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../models/attendance_model.py" line="323"/>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <location filename="../models/attendance_model.py" line="324"/>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../models/attendance_model.py" line="325"/>
        <source>Attendance</source>
        <translation>Điểm danh</translation>
    </message>
    <message>
        <location filename="../models/attendance_model.py" line="332"/>
        <source>Exempt</source>
        <translation>Miễn sinh hoạt</translation>
    </message>
    <message>
        <location filename="../models/attendance_model.py" line="334"/>
        <source>Attached here</source>
        <translation>Tạm thời đến</translation>
    </message>
    <message>
        <location filename="../models/attendance_model.py" line="336"/>
        <source>Attached out</source>
        <translation>Tạm thời đi</translation>
    </message>
    <message>
        <location filename="../models/attendance_model.py" line="338"/>
        <source>Suspended</source>
        <translation>Đình chỉ sinh hoạt</translation>
    </message>
    <message>
        <location filename="../models/attendance_model.py" line="344"/>
        <source>Probationary</source>
        <translation>Dự bị</translation>
    </message>
    <message>
        <location filename="../models/attendance_model.py" line="346"/>
        <source>Full</source>
        <translation>Chính thức</translation>
    </message>
    <message>
        <location filename="../models/attendance_model.py" line="353"/>
        <source>Left at %1</source>
        <translation>Ra về lúc %1</translation>
    </message>
    <message>
        <location filename="../models/attendance_model.py" line="357"/>
        <source>Present</source>
        <translation>Có mặt</translation>
    </message>
    <message>
        <location filename="../models/attendance_model.py" line="358"/>
        <source>Present since %1</source>
        <translation>Có mặt từ %1</translation>
    </message>
    <message>
        <location filename="../models/attendance_model.py" line="362"/>
        <source>Excused: %1</source>
        <translation>Vắng có lý do: %1</translation>
    </message>
    <message>
        <location filename="../models/attendance_model.py" line="367"/>
        <source>Absent: %1</source>
        <translation>Vắng không lý do: %1</translation>
    </message>
    <message>
        <location filename="../models/attendance_model.py" line="370"/>
        <source>Absent</source>
        <translation>Vắng không lý do</translation>
    </message>
    <message>
        <location filename="../models/attendance_model.py" line="372"/>
        <source>Not summoned</source>
        <translation>Không được triệu tập</translation>
    </message>
    <message>
        <location filename="../models/attendance_model.py" line="373"/>
        <source>Not yet arrived</source>
        <translation>Chưa đến</translation>
    </message>
</context>
<context>
    <name>AttendanceTab</name>
    <message>
        <location filename="../tabs/attendance.py" line="112"/>
        <source>Session:</source>
        <translation>Phiên:</translation>
    </message>
    <message>
        <location filename="../tabs/attendance.py" line="120"/>
        <source>Type a name or scan a party card…</source>
        <translation>Nhập tên hoặc quét thẻ đảng viên…</translation>
    </message>
    <message>
        <location filename="../tabs/attendance.py" line="193"/>
        <source>Present (Enter)</source>
        <translation>Có mặt (Enter)</translation>
    </message>
    <message>
        <location filename="../tabs/attendance.py" line="194"/>
        <source>Excused… (F6)</source>
        <translation>Vắng có lý do… (F6)</translation>
    </message>
    <message>
        <location filename="../tabs/attendance.py" line="195"/>
        <source>Absent (F7)</source>
        <translation>Vắng không lý do (F7)</translation>
    </message>
    <message>
        <location filename="../tabs/attendance.py" line="196"/>
        <source>Check out (F8)</source>
        <translation>Ra về (F8)</translation>
    </message>
    <message>
        <location filename="../tabs/attendance.py" line="197"/>
        <source>Clear mark (Ctrl+Backspace)</source>
        <translation>Xóa điểm danh (Ctrl+Backspace)</translation>
    </message>
    <message>
        <location filename="../tabs/attendance.py" line="222"/>
        <source>Double-click a name to select it in the list</source>
        <translation>Nhấp đúp vào một tên để chọn tên đó trong danh sách</translation>
    </message>
    <message>
        <location filename="../tabs/attendance.py" line="260"/>
        <source>Present</source>
        <translation>Có mặt</translation>
    </message>
    <message>
        <location filename="../tabs/attendance.py" line="266"/>
        <source>Excused…</source>
        <translation>Vắng có lý do…</translation>
    </message>
    <message>
        <location filename="../tabs/attendance.py" line="269"/>
        <source>Absent</source>
        <translation>Vắng không lý do</translation>
    </message>
    <message>
        <location filename="../tabs/attendance.py" line="272"/>
        <source>Check out</source>
        <translation>Ra về</translation>
    </message>
    <message>
        <location filename="../tabs/attendance.py" line="278"/>
        <source>Clear mark</source>
        <translation>Xóa điểm danh</translation>
    </message>
    <message>
        <location filename="../tabs/attendance.py" line="333"/>
        <source>Preparatory session</source>
        <translation>Phiên trù bị</translation>
    </message>
    <message>
        <location filename="../tabs/attendance.py" line="335"/>
        <source>Official session</source>
        <translation>Phiên chính thức</translation>
    </message>
    <message>
        <location filename="../tabs/attendance.py" line="345"/>
        <source>All (%1)</source>
        <translation>Tất cả (%1)</translation>
    </message>
    <message>
        <location filename="../tabs/attendance.py" line="346"/>
        <source>Not yet arrived (%1)</source>
        <translation>Chưa đến (%1)</translation>
    </message>
    <message>
        <location filename="../tabs/attendance.py" line="347"/>
        <source>Present (%1)</source>
        <translation>Có mặt (%1)</translation>
    </message>
    <message>
        <location filename="../tabs/attendance.py" line="348"/>
        <source>Excused/absent (%1)</source>
        <translation>Vắng mặt (%1)</translation>
    </message>
    <message>
        <location filename="../tabs/attendance.py" line="353"/>
        <source>Still missing (%1)</source>
        <translation>Chưa có mặt (%1)</translation>
    </message>
    <message>
        <location filename="../tabs/attendance.py" line="519"/>
        <source>No member has party card number %1</source>
        <translation>Không có đảng viên nào có số thẻ đảng viên %1</translation>
    </message>
    <message>
        <location filename="../tabs/attendance.py" line="531"/>
        <source>✓ %1 checked in at %2</source>
        <translation>✓ Đồng chí %1 đã điểm danh lúc %2</translation>
    </message>
    <message>
        <location filename="../tabs/attendance.py" line="546"/>
        <source>Excused absence</source>
        <translation>Vắng có lý do</translation>
    </message>
    <message>
        <location filename="../tabs/attendance.py" line="547"/>
        <source>Reason accepted for the absence of %1:</source>
        <translation>Lý do vắng mặt được chấp nhận của đồng chí %1:</translation>
    </message>
    <message>
        <location filename="../tabs/attendance.py" line="555"/>
        <source>✓ %1 excused</source>
        <translation>✓ Đồng chí %1 vắng có lý do</translation>
    </message>
    <message>
        <location filename="../tabs/attendance.py" line="568"/>
        <source>✓ %1 marked absent</source>
        <translation>✓ Đã ghi đồng chí %1 vắng không lý do</translation>
    </message>
    <message>
        <location filename="../tabs/attendance.py" line="582"/>
        <source>✓ %1 checked out at %2</source>
        <translation>✓ Đồng chí %1 ra về lúc %2</translation>
    </message>
    <message>
        <location filename="../tabs/attendance.py" line="597"/>
        <source>%1 has no attendance mark to clear.</source>
        <translation>Đồng chí %1 chưa được điểm danh nên không có gì để xóa.</translation>
    </message>
    <message>
        <location filename="../tabs/attendance.py" line="603"/>
        <source>✓ Mark of %1 cleared</source>
        <translation>✓ Đã xóa điểm danh của đồng chí %1</translation>
    </message>
    <message>
        <location filename="../tabs/attendance.py" line="626"/>
        <source>There is no session yet: add one on the Congress tab first.</source>
        <translation>Chưa có phiên nào: hãy thêm phiên ở trang “Đại hội” trước.</translation>
    </message>
    <message>
        <location filename="../tabs/attendance.py" line="639"/>
        <source>No member is selected: type a name first.</source>
        <translation>Chưa chọn đảng viên nào: hãy nhập tên trước.</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../import_wizard.py" line="437"/>
        <source>Check the members</source>
        <translation>Kiểm tra danh sách đảng viên</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="440"/>
        <source>Every cell has been checked. Import adds all the members at once; one Undo takes them all back.</source>
        <translation>Đã kiểm tra từng ô dữ liệu. Khi bấm “Nhập”, tất cả đảng viên được thêm cùng một lúc; chỉ một lần Hoàn tác là rút lại toàn bộ.</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="453"/>
        <source>Nothing will be imported until every problem is fixed in the file. Correct the file (for example in Excel), save it, then press “Read the file again”.</source>
        <translation>Chưa nhập dữ liệu nào cho đến khi sửa hết các lỗi trong tệp. Hãy sửa tệp (ví dụ bằng Excel), lưu lại, rồi bấm “Đọc lại tệp”.</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="464"/>
        <location filename="../import_wizard.py" line="476"/>
        <source>Row</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="465"/>
        <source>Column</source>
        <translation>Cột</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="466"/>
        <source>Problem</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="467"/>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="468"/>
        <source>Detail</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="477"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="478"/>
        <source>Born</source>
        <translation>Năm sinh</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="479"/>
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="480"/>
        <source>Status</source>
        <translation>Loại đảng viên</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="481"/>
        <source>Party card no.</source>
        <translation>Số thẻ đảng viên</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="482"/>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="486"/>
        <source>&amp;Read the file again</source>
        <translation>Đọc &amp;lại tệp</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="553"/>
        <source>already the card of %1 in this congress</source>
        <translation>trùng số thẻ của đồng chí %1 trong đại hội này</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="596"/>
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="596"/>
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="599"/>
        <source>Probationary</source>
        <translation>Dự bị</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="601"/>
        <source>Full</source>
        <translation>Chính thức</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="623"/>
        <source>%1 problem(s) found in %2 row(s).</source>
        <translation>Phát hiện %1 lỗi ở %2 dòng.</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="628"/>
        <source>The file holds no members.</source>
        <translation>Tệp không có đảng viên nào.</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="631"/>
        <source>1 member is ready to import: %2 full, %3 probationary.</source>
        <translation>1 đảng viên sẵn sàng để nhập: %2 chính thức, %3 dự bị.</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="633"/>
        <source>%1 members are ready to import: %2 full, %3 probationary.</source>
        <translation>%1 đảng viên sẵn sàng để nhập: %2 chính thức, %3 dự bị.</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="643"/>
        <source>They are added to the %1 members already in the roster.</source>
        <translation>Các đảng viên này sẽ được thêm vào %1 đảng viên đã có trong danh sách.</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="656"/>
        <source>Import members</source>
        <translation>Nhập danh sách đảng viên</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../commands/actions.py" line="47"/>
        <source>Edit congress details</source>
        <translation>sửa thông tin đại hội</translation>
    </message>
    <message>
        <location filename="../commands/actions.py" line="58"/>
        <source>Add session</source>
        <translation>thêm phiên</translation>
    </message>
    <message>
        <location filename="../commands/actions.py" line="70"/>
        <source>Edit session</source>
        <translation>sửa phiên</translation>
    </message>
    <message>
        <location filename="../commands/actions.py" line="81"/>
        <source>Remove session</source>
        <translation>xóa phiên</translation>
    </message>
    <message>
        <location filename="../commands/actions.py" line="100"/>
        <source>Add member %1</source>
        <translation>thêm đảng viên %1</translation>
    </message>
    <message>
        <location filename="../commands/actions.py" line="118"/>
        <source>Import %n member(s)</source>
        <translation>nhập %n đảng viên</translation>
    </message>
    <message>
        <location filename="../commands/actions.py" line="130"/>
        <source>Edit member %1</source>
        <translation>sửa thông tin đảng viên %1</translation>
    </message>
    <message>
        <location filename="../commands/actions.py" line="146"/>
        <source>Remove %n member(s)</source>
        <translation>xóa %n đảng viên</translation>
    </message>
    <message>
        <location filename="../commands/actions.py" line="157"/>
        <source>Add guest %1</source>
        <translation>thêm khách mời %1</translation>
    </message>
    <message>
        <location filename="../commands/actions.py" line="169"/>
        <source>Edit guest %1</source>
        <translation>sửa thông tin khách mời %1</translation>
    </message>
    <message>
        <location filename="../commands/actions.py" line="180"/>
        <source>Remove guest %1</source>
        <translation>xóa khách mời %1</translation>
    </message>
    <message>
        <location filename="../commands/actions.py" line="206"/>
        <source>Check in %1</source>
        <translation>điểm danh đồng chí %1</translation>
    </message>
    <message>
        <location filename="../commands/actions.py" line="216"/>
        <source>Check out %1</source>
        <translation>ghi đồng chí %1 ra về</translation>
    </message>
    <message>
        <location filename="../commands/actions.py" line="228"/>
        <source>Excuse %1</source>
        <translation>ghi đồng chí %1 vắng có lý do</translation>
    </message>
    <message>
        <location filename="../commands/actions.py" line="237"/>
        <source>Mark %1 absent</source>
        <translation>ghi đồng chí %1 vắng không lý do</translation>
    </message>
    <message>
        <location filename="../commands/actions.py" line="250"/>
        <source>Clear attendance of %1</source>
        <translation>xóa điểm danh của đồng chí %1</translation>
    </message>
    <message>
        <location filename="../commands/agenda_actions.py" line="56"/>
        <source>Add agenda item %1</source>
        <translation>thêm mục %1</translation>
    </message>
    <message>
        <location filename="../commands/agenda_actions.py" line="72"/>
        <source>Edit notes of %1</source>
        <translation>sửa ghi chép của mục %1</translation>
    </message>
    <message>
        <location filename="../commands/agenda_actions.py" line="74"/>
        <source>Edit agenda item %1</source>
        <translation>sửa mục %1</translation>
    </message>
    <message>
        <location filename="../commands/agenda_actions.py" line="94"/>
        <source>Remove agenda item %1</source>
        <translation>xóa mục %1</translation>
    </message>
    <message>
        <location filename="../commands/agenda_actions.py" line="119"/>
        <source>Move agenda item %1</source>
        <translation>chuyển vị trí mục %1</translation>
    </message>
    <message>
        <location filename="../commands/agenda_actions.py" line="151"/>
        <source>Start agenda item %1</source>
        <translation>bắt đầu mục %1</translation>
    </message>
    <message>
        <location filename="../commands/agenda_actions.py" line="156"/>
        <location filename="../commands/agenda_actions.py" line="170"/>
        <source>End agenda item %1</source>
        <translation>kết thúc mục %1</translation>
    </message>
    <message>
        <location filename="../commands/speech_actions.py" line="90"/>
        <source>Register %1 to speak</source>
        <translation>đăng ký phát biểu cho đồng chí %1</translation>
    </message>
    <message>
        <location filename="../commands/speech_actions.py" line="105"/>
        <source>Remove %1 from the queue</source>
        <translation>xóa đồng chí %1 khỏi danh sách đăng ký phát biểu</translation>
    </message>
    <message>
        <location filename="../commands/speech_actions.py" line="118"/>
        <source>Move %1 in the queue</source>
        <translation>đổi thứ tự phát biểu của đồng chí %1</translation>
    </message>
    <message>
        <location filename="../commands/speech_actions.py" line="129"/>
        <source>Call %1 to speak</source>
        <translation>mời đồng chí %1 phát biểu</translation>
    </message>
    <message>
        <location filename="../commands/speech_actions.py" line="136"/>
        <source>Pause %1</source>
        <translation>tạm dừng phát biểu của đồng chí %1</translation>
    </message>
    <message>
        <location filename="../commands/speech_actions.py" line="141"/>
        <source>Resume %1</source>
        <translation>tiếp tục phát biểu của đồng chí %1</translation>
    </message>
    <message>
        <location filename="../commands/speech_actions.py" line="148"/>
        <source>End the speech of %1</source>
        <translation>kết thúc phát biểu của đồng chí %1</translation>
    </message>
    <message>
        <location filename="../commands/speech_actions.py" line="213"/>
        <source>Edit the summary of %1</source>
        <translation>sửa tóm tắt phát biểu của đồng chí %1</translation>
    </message>
    <message>
        <location filename="../commands/speech_actions.py" line="214"/>
        <source>Edit the resolution section of %1</source>
        <translation>sửa phần nghị quyết liên quan đến phát biểu của đồng chí %1</translation>
    </message>
    <message>
        <location filename="../commands/speech_actions.py" line="215"/>
        <source>Change the kind of speech of %1</source>
        <translation>đổi loại phát biểu của đồng chí %1</translation>
    </message>
    <message>
        <location filename="../commands/speech_actions.py" line="216"/>
        <source>Attach the text of %1</source>
        <translation>đính kèm văn bản phát biểu của đồng chí %1</translation>
    </message>
    <message>
        <location filename="../commands/speech_actions.py" line="217"/>
        <source>Change the time limit of %1</source>
        <translation>đổi thời gian phát biểu tối đa của đồng chí %1</translation>
    </message>
    <message>
        <location filename="../commands/speech_actions.py" line="233"/>
        <source>Edit the speech of %1</source>
        <translation>sửa thông tin phát biểu của đồng chí %1</translation>
    </message>
    <message>
        <location filename="../tabs/documents.py" line="160"/>
        <source>Change page set-up</source>
        <translation>thay đổi trình bày trang</translation>
    </message>
    <message>
        <location filename="../commands/vote_actions.py" line="43"/>
        <source>Add vote %1</source>
        <translation>thêm nội dung biểu quyết %1</translation>
    </message>
    <message>
        <location filename="../commands/vote_actions.py" line="66"/>
        <source>Add the default votes</source>
        <translation>thêm các nội dung biểu quyết mặc định</translation>
    </message>
    <message>
        <location filename="../commands/vote_actions.py" line="79"/>
        <source>Reword vote %1</source>
        <translation>sửa nội dung biểu quyết %1</translation>
    </message>
    <message>
        <location filename="../commands/vote_actions.py" line="96"/>
        <source>Remove vote %1</source>
        <translation>xóa nội dung biểu quyết %1</translation>
    </message>
    <message>
        <location filename="../commands/vote_actions.py" line="117"/>
        <source>Record the result of %1</source>
        <translation>ghi kết quả biểu quyết %1</translation>
    </message>
    <message>
        <location filename="../commands/vote_actions.py" line="124"/>
        <source>All in favour: %1</source>
        <translation>tất cả tán thành: %1</translation>
    </message>
    <message>
        <location filename="../commands/vote_actions.py" line="135"/>
        <source>Clear the result of %1</source>
        <translation>xóa kết quả biểu quyết %1</translation>
    </message>
</context>
<context>
    <name>CongressTab</name>
    <message>
        <location filename="../tabs/congress.py" line="151"/>
        <source>&amp;Import from file…</source>
        <translation>&amp;Nhập từ tệp…</translation>
    </message>
    <message>
        <location filename="../tabs/congress.py" line="158"/>
        <source>Add members from an Excel (.xlsx) or CSV file (Ctrl+I)</source>
        <translation>Thêm đảng viên từ tệp Excel (.xlsx) hoặc CSV (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../tabs/congress.py" line="190"/>
        <source>Congress details</source>
        <translation>Thông tin đại hội</translation>
    </message>
    <message>
        <location filename="../tabs/congress.py" line="194"/>
        <source>e.g. Đảng bộ Công an tỉnh Thanh Hóa</source>
        <translation>Ví dụ: Đảng bộ Công an tỉnh Thanh Hóa</translation>
    </message>
    <message>
        <location filename="../tabs/congress.py" line="196"/>
        <source>e.g. Chi bộ Phòng Tham mưu</source>
        <translation>Ví dụ: Chi bộ Phòng Tham mưu</translation>
    </message>
    <message>
        <location filename="../tabs/congress.py" line="199"/>
        <source>As it is printed: “VI” or “6”</source>
        <translation>Ghi đúng như khi in: “VI” hoặc “6”</translation>
    </message>
    <message>
        <location filename="../tabs/congress.py" line="217"/>
        <source>Members&apos; congress</source>
        <translation>Đại hội đảng viên</translation>
    </message>
    <message>
        <location filename="../tabs/congress.py" line="218"/>
        <source>Delegates&apos; congress</source>
        <translation>Đại hội đại biểu</translation>
    </message>
    <message>
        <location filename="../tabs/congress.py" line="222"/>
        <source>Printed before the date: “Thanh Hóa, ngày 15 tháng 6 năm 2020”</source>
        <translation>In trước ngày tháng: “Thanh Hóa, ngày 15 tháng 6 năm 2020”</translation>
    </message>
    <message>
        <location filename="../tabs/congress.py" line="225"/>
        <source>Elected</source>
        <translation>Do đại hội bầu</translation>
    </message>
    <message>
        <location filename="../tabs/congress.py" line="226"/>
        <source>Appointed</source>
        <translation>Do cấp trên chỉ định</translation>
    </message>
    <message>
        <location filename="../tabs/congress.py" line="230"/>
        <source>&amp;Superior body:</source>
        <translation>Đảng bộ &amp;cấp trên:</translation>
    </message>
    <message>
        <location filename="../tabs/congress.py" line="231"/>
        <source>&amp;Cell name:</source>
        <translation>&amp;Tên chi bộ:</translation>
    </message>
    <message>
        <location filename="../tabs/congress.py" line="232"/>
        <source>&amp;Ordinal:</source>
        <translation>&amp;Lần thứ:</translation>
    </message>
    <message>
        <location filename="../tabs/congress.py" line="233"/>
        <source>&amp;Term:</source>
        <translation>&amp;Nhiệm kỳ:</translation>
    </message>
    <message>
        <location filename="../tabs/congress.py" line="236"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Hình thức:</translation>
    </message>
    <message>
        <location filename="../tabs/congress.py" line="237"/>
        <source>&amp;Venue:</source>
        <translation>Đị&amp;a điểm:</translation>
    </message>
    <message>
        <location filename="../tabs/congress.py" line="238"/>
        <source>&amp;Place name:</source>
        <translation>Địa &amp;danh:</translation>
    </message>
    <message>
        <location filename="../tabs/congress.py" line="239"/>
        <source>Outgoing co&amp;mmittee:</source>
        <translation>Chi ủy &amp;khóa trước:</translation>
    </message>
    <message>
        <location filename="../tabs/congress.py" line="255"/>
        <source>Sessions</source>
        <translation>Các phiên</translation>
    </message>
    <message>
        <location filename="../tabs/congress.py" line="258"/>
        <source>Session</source>
        <translation>Phiên</translation>
    </message>
    <message>
        <location filename="../tabs/congress.py" line="258"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../tabs/congress.py" line="258"/>
        <source>Starts</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <location filename="../tabs/congress.py" line="258"/>
        <source>Ends</source>
        <translation>Kết thúc</translation>
    </message>
    <message>
        <location filename="../tabs/congress.py" line="274"/>
        <source>Add…</source>
        <translation>Thêm…</translation>
    </message>
    <message>
        <location filename="../tabs/congress.py" line="275"/>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <location filename="../tabs/congress.py" line="276"/>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../tabs/congress.py" line="282"/>
        <source>Edit session</source>
        <translation>Sửa phiên</translation>
    </message>
    <message>
        <location filename="../tabs/congress.py" line="290"/>
        <location filename="../tabs/congress.py" line="648"/>
        <source>Remove session</source>
        <translation>Xóa phiên</translation>
    </message>
    <message>
        <location filename="../tabs/congress.py" line="326"/>
        <source>&amp;Add member…</source>
        <translation>&amp;Thêm đảng viên…</translation>
    </message>
    <message>
        <location filename="../tabs/congress.py" line="334"/>
        <location filename="../tabs/congress.py" line="416"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <location filename="../tabs/congress.py" line="342"/>
        <location filename="../tabs/congress.py" line="424"/>
        <source>&amp;Remove</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <location filename="../tabs/congress.py" line="348"/>
        <source>Add a member (Insert, Ctrl+Shift+M)</source>
        <translation>Thêm đảng viên (Insert, Ctrl+Shift+M)</translation>
    </message>
    <message>
        <location filename="../tabs/congress.py" line="349"/>
        <source>Edit the selected member (Enter, F2)</source>
        <translation>Sửa đảng viên đang chọn (Enter, F2)</translation>
    </message>
    <message>
        <location filename="../tabs/congress.py" line="350"/>
        <source>Remove the selected members (Delete)</source>
        <translation>Xóa các đảng viên đang chọn (Delete)</translation>
    </message>
    <message>
        <location filename="../tabs/congress.py" line="357"/>
        <source>All members</source>
        <translation>Tất cả đảng viên</translation>
    </message>
    <message>
        <location filename="../tabs/congress.py" line="358"/>
        <source>Full members</source>
        <translation>Đảng viên chính thức</translation>
    </message>
    <message>
        <location filename="../tabs/congress.py" line="359"/>
        <source>Probationary</source>
        <translation>Đảng viên dự bị</translation>
    </message>
    <message>
        <location filename="../tabs/congress.py" line="360"/>
        <source>Exempt</source>
        <translation>Miễn sinh hoạt</translation>
    </message>
    <message>
        <location filename="../tabs/congress.py" line="361"/>
        <source>Temporarily in</source>
        <translation>Sinh hoạt tạm thời đến</translation>
    </message>
    <message>
        <location filename="../tabs/congress.py" line="362"/>
        <source>Temporarily out</source>
        <translation>Sinh hoạt tạm thời đi</translation>
    </message>
    <message>
        <location filename="../tabs/congress.py" line="363"/>
        <source>Suspended</source>
        <translation>Đình chỉ sinh hoạt</translation>
    </message>
    <message>
        <location filename="../tabs/congress.py" line="366"/>
        <source>Show only members of this kind</source>
        <translation>Chỉ hiện đảng viên thuộc diện này</translation>
    </message>
    <message>
        <location filename="../tabs/congress.py" line="369"/>
        <source>Search name or card no. (Ctrl+F)</source>
        <translation>Tìm theo tên hoặc số thẻ (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../tabs/congress.py" line="375"/>
        <source>Find a member</source>
        <translation>Tìm đảng viên</translation>
    </message>
    <message>
        <location filename="../tabs/congress.py" line="408"/>
        <source>&amp;Add guest…</source>
        <translation>&amp;Thêm khách mời…</translation>
    </message>
    <message>
        <location filename="../tabs/congress.py" line="430"/>
        <source>Add a guest (Insert, Ctrl+Shift+G)</source>
        <translation>Thêm khách mời (Insert, Ctrl+Shift+G)</translation>
    </message>
    <message>
        <location filename="../tabs/congress.py" line="492"/>
        <source>Preparatory session</source>
        <translation>Phiên trù bị</translation>
    </message>
    <message>
        <location filename="../tabs/congress.py" line="494"/>
        <source>Official session</source>
        <translation>Phiên chính thức</translation>
    </message>
    <message>
        <location filename="../tabs/congress.py" line="518"/>
        <source>Members (%1)</source>
        <translation>Đảng viên (%1)</translation>
    </message>
    <message>
        <location filename="../tabs/congress.py" line="535"/>
        <source>Guests (%1)</source>
        <translation>Khách mời (%1)</translation>
    </message>
    <message>
        <location filename="../tabs/congress.py" line="553"/>
        <source>%1 of %2 shown</source>
        <translation>Đang hiện %1/%2</translation>
    </message>
    <message>
        <location filename="../tabs/congress.py" line="610"/>
        <source>Not saved: %1</source>
        <translation>Chưa lưu: %1</translation>
    </message>
    <message>
        <location filename="../tabs/congress.py" line="689"/>
        <source>and %1 more</source>
        <translation>và %1 đồng chí khác</translation>
    </message>
    <message>
        <location filename="../tabs/congress.py" line="693"/>
        <source>Remove this member from the roster?</source>
        <translation>Xóa đảng viên này khỏi danh sách?</translation>
    </message>
    <message>
        <location filename="../tabs/congress.py" line="695"/>
        <source>Remove these %1 members from the roster?</source>
        <translation>Xóa %1 đảng viên này khỏi danh sách?</translation>
    </message>
    <message>
        <location filename="../tabs/congress.py" line="701"/>
        <source>Their attendance records are removed too. You can undo this.</source>
        <translation>Dữ liệu điểm danh liên quan cũng bị xóa theo. Có thể hoàn tác thao tác này.</translation>
    </message>
    <message>
        <location filename="../tabs/congress.py" line="705"/>
        <location filename="../tabs/congress.py" line="716"/>
        <source>Remove members</source>
        <translation>Xóa đảng viên</translation>
    </message>
    <message>
        <location filename="../tabs/congress.py" line="771"/>
        <location filename="../tabs/congress.py" line="781"/>
        <source>Remove guest</source>
        <translation>Xóa khách mời</translation>
    </message>
    <message>
        <location filename="../tabs/congress.py" line="772"/>
        <source>Remove %1 from the guests? You can undo this.</source>
        <translation>Xóa %1 khỏi danh sách khách mời? Có thể hoàn tác thao tác này.</translation>
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
        <location filename="../widgets/counters.py" line="80"/>
        <source>Attendance</source>
        <translation>Điểm danh</translation>
    </message>
    <message>
        <location filename="../widgets/counters.py" line="92"/>
        <source>Summoned</source>
        <translation>Được triệu tập</translation>
    </message>
    <message>
        <location filename="../widgets/counters.py" line="93"/>
        <source>Present (full / probationary)</source>
        <translation>Có mặt (chính thức / dự bị)</translation>
    </message>
    <message>
        <location filename="../widgets/counters.py" line="94"/>
        <source>of whom attached here</source>
        <translation>trong đó sinh hoạt tạm thời đến</translation>
    </message>
    <message>
        <location filename="../widgets/counters.py" line="95"/>
        <source>Excused</source>
        <translation>Vắng có lý do</translation>
    </message>
    <message>
        <location filename="../widgets/counters.py" line="96"/>
        <source>Absent</source>
        <translation>Vắng không lý do</translation>
    </message>
    <message>
        <location filename="../widgets/counters.py" line="97"/>
        <source>Not yet marked</source>
        <translation>Chưa điểm danh</translation>
    </message>
    <message>
        <location filename="../widgets/counters.py" line="98"/>
        <source>Present / summoned</source>
        <translation>Có mặt / được triệu tập</translation>
    </message>
    <message>
        <location filename="../widgets/counters.py" line="103"/>
        <source>Majority base</source>
        <translation>Mẫu số (tính quá bán)</translation>
    </message>
    <message>
        <location filename="../widgets/counters.py" line="124"/>
        <location filename="../widgets/counters.py" line="195"/>
        <source>Full members summoned</source>
        <translation>Đảng viên chính thức được triệu tập</translation>
    </message>
    <message>
        <location filename="../widgets/counters.py" line="125"/>
        <source>− attached out to another cell</source>
        <translation>− sinh hoạt tạm thời ở chi bộ khác</translation>
    </message>
    <message>
        <location filename="../widgets/counters.py" line="126"/>
        <source>− exempt, not present</source>
        <translation>− miễn sinh hoạt, không có mặt</translation>
    </message>
    <message>
        <location filename="../widgets/counters.py" line="127"/>
        <source>− suspended</source>
        <translation>− đình chỉ sinh hoạt</translation>
    </message>
    <message>
        <location filename="../widgets/counters.py" line="128"/>
        <source>− excused for the whole congress</source>
        <translation>− vắng có lý do suốt đại hội</translation>
    </message>
    <message>
        <location filename="../widgets/counters.py" line="129"/>
        <source>− absent throughout</source>
        <translation>− vắng mặt suốt đại hội</translation>
    </message>
    <message>
        <location filename="../widgets/counters.py" line="144"/>
        <source>No vote can pass: full members present are not more than half the majority base.</source>
        <translation>Không nội dung nào có thể đạt quá bán: số đảng viên chính thức có mặt không vượt quá một nửa mẫu số.</translation>
    </message>
    <message>
        <location filename="../widgets/counters.py" line="152"/>
        <location filename="../widgets/counters.py" line="196"/>
        <source>Base per 190-QĐ/TW Art. 30(2)</source>
        <translation>Mẫu số theo Điều 30 khoản 2 Quy định 190-QĐ/TW</translation>
    </message>
    <message>
        <location filename="../widgets/counters.py" line="192"/>
        <source>Full delegates summoned</source>
        <translation>Đại biểu chính thức được triệu tập</translation>
    </message>
    <message>
        <location filename="../widgets/counters.py" line="193"/>
        <source>Base per 190-QĐ/TW Art. 30(3)</source>
        <translation>Mẫu số theo Điều 30 khoản 3 Quy định 190-QĐ/TW</translation>
    </message>
    <message>
        <location filename="../widgets/counters.py" line="200"/>
        <source>Smallest winning vote: %1</source>
        <translation>Số phiếu tối thiểu để đạt quá bán: %1</translation>
    </message>
    <message>
        <location filename="../widgets/counters.py" line="203"/>
        <source>Full members present now: %1</source>
        <translation>Đảng viên chính thức đang có mặt: %1</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <location filename="../tabs/documents.py" line="697"/>
        <source>Documents</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <location filename="../tabs/documents.py" line="711"/>
        <source>Before printing</source>
        <translation>Kiểm tra trước khi in</translation>
    </message>
    <message>
        <location filename="../tabs/documents.py" line="734"/>
        <location filename="../tabs/documents.py" line="850"/>
        <source>Export Word (.docx)…</source>
        <translation>Xuất Word (.docx)…</translation>
    </message>
    <message>
        <location filename="../tabs/documents.py" line="735"/>
        <location filename="../tabs/documents.py" line="857"/>
        <source>Export PDF…</source>
        <translation>Xuất PDF…</translation>
    </message>
    <message>
        <location filename="../tabs/documents.py" line="736"/>
        <location filename="../tabs/documents.py" line="864"/>
        <source>Export all…</source>
        <translation>Xuất tất cả…</translation>
    </message>
    <message>
        <location filename="../tabs/documents.py" line="737"/>
        <location filename="../tabs/documents.py" line="871"/>
        <source>Print…</source>
        <translation>In…</translation>
    </message>
    <message>
        <location filename="../tabs/documents.py" line="738"/>
        <location filename="../tabs/documents.py" line="877"/>
        <source>Page set-up…</source>
        <translation>Trình bày trang…</translation>
    </message>
    <message>
        <location filename="../tabs/documents.py" line="768"/>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Thu nhỏ (Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../tabs/documents.py" line="769"/>
        <source>Zoom in (Ctrl++)</source>
        <translation>Phóng to (Ctrl++)</translation>
    </message>
    <message>
        <location filename="../tabs/documents.py" line="771"/>
        <source>Fit width</source>
        <translation>Vừa bề ngang</translation>
    </message>
    <message>
        <location filename="../tabs/documents.py" line="771"/>
        <source>Fit the page width</source>
        <translation>Hiện trang vừa khít bề ngang khung xem</translation>
    </message>
    <message>
        <location filename="../tabs/documents.py" line="881"/>
        <source>Zoom in</source>
        <translation>Phóng to</translation>
    </message>
    <message>
        <location filename="../tabs/documents.py" line="885"/>
        <source>Zoom out</source>
        <translation>Thu nhỏ</translation>
    </message>
    <message>
        <location filename="../tabs/documents.py" line="922"/>
        <source>Word (.docx) and PDF</source>
        <translation>Word (.docx) và PDF</translation>
    </message>
    <message>
        <location filename="../tabs/documents.py" line="924"/>
        <source>PDF only</source>
        <translation>Chỉ PDF</translation>
    </message>
    <message>
        <location filename="../tabs/documents.py" line="925"/>
        <source>Word (.docx) only</source>
        <translation>Chỉ Word (.docx)</translation>
    </message>
    <message>
        <location filename="../tabs/documents.py" line="963"/>
        <source>Everything needed is filled in</source>
        <translation>Đã điền đủ các thông tin cần thiết</translation>
    </message>
    <message>
        <location filename="../tabs/documents.py" line="978"/>
        <source>Fill it in on the Attendance tab</source>
        <translation>Bổ sung ở trang “Điểm danh”</translation>
    </message>
    <message>
        <location filename="../tabs/documents.py" line="979"/>
        <source>Fill it in on the Congress tab</source>
        <translation>Bổ sung ở trang “Đại hội”</translation>
    </message>
    <message>
        <location filename="../tabs/documents.py" line="984"/>
        <source>the documents will show a blank to fill by hand</source>
        <translation>văn bản sẽ chừa chỗ trống để điền tay</translation>
    </message>
    <message>
        <location filename="../tabs/documents.py" line="986"/>
        <source>No superior Party committee: %1</source>
        <translation>Chưa có tên đảng bộ cấp trên: %1</translation>
    </message>
    <message>
        <location filename="../tabs/documents.py" line="987"/>
        <source>No cell name: %1</source>
        <translation>Chưa có tên chi bộ: %1</translation>
    </message>
    <message>
        <location filename="../tabs/documents.py" line="988"/>
        <source>No congress number (“lần thứ”): %1</source>
        <translation>Chưa ghi “lần thứ” của đại hội: %1</translation>
    </message>
    <message>
        <location filename="../tabs/documents.py" line="989"/>
        <source>No term (years): %1</source>
        <translation>Chưa ghi nhiệm kỳ (các năm): %1</translation>
    </message>
    <message>
        <location filename="../tabs/documents.py" line="990"/>
        <source>No venue: %1</source>
        <translation>Chưa ghi địa điểm: %1</translation>
    </message>
    <message>
        <location filename="../tabs/documents.py" line="991"/>
        <source>No place name for the date line: %1</source>
        <translation>Chưa ghi địa danh ở dòng ngày tháng: %1</translation>
    </message>
    <message>
        <location filename="../tabs/documents.py" line="992"/>
        <source>No session date: %1</source>
        <translation>Chưa ghi ngày của phiên: %1</translation>
    </message>
    <message>
        <location filename="../tabs/documents.py" line="994"/>
        <source>No start time for the official session: the programme will show no times</source>
        <translation>Chưa ghi giờ bắt đầu phiên chính thức: chương trình đại hội sẽ không ghi giờ</translation>
    </message>
    <message>
        <location filename="../tabs/documents.py" line="996"/>
        <source>The roster is empty: add the members first</source>
        <translation>Danh sách đảng viên còn trống: hãy thêm đảng viên trước</translation>
    </message>
    <message>
        <location filename="../tabs/documents.py" line="997"/>
        <source>Attendance has not been taken yet</source>
        <translation>Chưa tiến hành điểm danh</translation>
    </message>
    <message>
        <location filename="../tabs/documents.py" line="1004"/>
        <source>1 member has no party card number: their card will have no QR code</source>
        <translation>1 đảng viên chưa có số thẻ đảng viên: thẻ đại biểu của đồng chí đó sẽ không có mã QR</translation>
    </message>
    <message>
        <location filename="../tabs/documents.py" line="1007"/>
        <source>%1 members have no party card number: their cards will have no QR code</source>
        <translation>%1 đảng viên chưa có số thẻ đảng viên: thẻ đại biểu của các đồng chí đó sẽ không có mã QR</translation>
    </message>
    <message>
        <location filename="../tabs/documents.py" line="1012"/>
        <source>1 member is not yet marked</source>
        <translation>1 đảng viên chưa được điểm danh</translation>
    </message>
    <message>
        <location filename="../tabs/documents.py" line="1014"/>
        <source>%1 members are not yet marked</source>
        <translation>%1 đảng viên chưa được điểm danh</translation>
    </message>
    <message>
        <location filename="../tabs/documents.py" line="1017"/>
        <source>Something is missing (%1)</source>
        <translation>Còn thiếu thông tin (%1)</translation>
    </message>
    <message>
        <location filename="../tabs/documents.py" line="1055"/>
        <source>Choose a document to see its preview.</source>
        <translation>Chọn một văn bản để xem trước.</translation>
    </message>
    <message>
        <location filename="../tabs/documents.py" line="1059"/>
        <source>This document is made in Word only: no preview.</source>
        <translation>Văn bản này chỉ xuất ra Word: không có bản xem trước.</translation>
    </message>
    <message>
        <location filename="../tabs/documents.py" line="1062"/>
        <source>Preparing the preview…</source>
        <translation>Đang chuẩn bị bản xem trước…</translation>
    </message>
    <message>
        <location filename="../tabs/documents.py" line="1063"/>
        <source>Updating…</source>
        <translation>Đang cập nhật…</translation>
    </message>
    <message>
        <location filename="../tabs/documents.py" line="1100"/>
        <source>The preview could not be shown.</source>
        <translation>Không hiển thị được bản xem trước.</translation>
    </message>
    <message>
        <location filename="../tabs/documents.py" line="1116"/>
        <source>The preview could not be made: %1</source>
        <translation>Không tạo được bản xem trước: %1</translation>
    </message>
    <message>
        <location filename="../tabs/documents.py" line="1126"/>
        <source>Page %1 of %2</source>
        <translation>Trang %1/%2</translation>
    </message>
    <message>
        <location filename="../tabs/documents.py" line="1214"/>
        <source>Export Word document</source>
        <translation>Xuất văn bản Word</translation>
    </message>
    <message>
        <location filename="../tabs/documents.py" line="1214"/>
        <source>Word document (*.docx)</source>
        <translation>Văn bản Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../tabs/documents.py" line="1216"/>
        <source>Export PDF</source>
        <translation>Xuất PDF</translation>
    </message>
    <message>
        <location filename="../tabs/documents.py" line="1216"/>
        <source>PDF document (*.pdf)</source>
        <translation>Văn bản PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../tabs/documents.py" line="1225"/>
        <location filename="../tabs/documents.py" line="1344"/>
        <source>Writing %1…</source>
        <translation>Đang ghi %1…</translation>
    </message>
    <message>
        <location filename="../tabs/documents.py" line="1243"/>
        <source>Exporting</source>
        <translation>Đang xuất</translation>
    </message>
    <message>
        <location filename="../tabs/documents.py" line="1264"/>
        <source>Saved %1</source>
        <translation>Đã lưu %1</translation>
    </message>
    <message>
        <location filename="../tabs/documents.py" line="1273"/>
        <source>Open folder</source>
        <translation>Mở thư mục</translation>
    </message>
    <message>
        <location filename="../tabs/documents.py" line="1286"/>
        <source>Export all documents to a folder</source>
        <translation>Xuất tất cả văn bản vào một thư mục</translation>
    </message>
    <message>
        <location filename="../tabs/documents.py" line="1301"/>
        <location filename="../tabs/documents.py" line="1315"/>
        <location filename="../tabs/documents.py" line="1372"/>
        <source>Export all</source>
        <translation>Xuất tất cả</translation>
    </message>
    <message>
        <location filename="../tabs/documents.py" line="1302"/>
        <source>%1 of these files already exist in the folder. Replace them?</source>
        <translation>%1 tệp trong số này đã có trong thư mục. Thay thế các tệp đó?</translation>
    </message>
    <message>
        <location filename="../tabs/documents.py" line="1312"/>
        <source>Writing the documents…</source>
        <translation>Đang ghi các văn bản…</translation>
    </message>
    <message>
        <location filename="../tabs/documents.py" line="1312"/>
        <source>Stop</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <location filename="../tabs/documents.py" line="1364"/>
        <source>%1 files written to %2</source>
        <translation>Đã ghi %1 tệp vào %2</translation>
    </message>
    <message>
        <location filename="../tabs/documents.py" line="1373"/>
        <source>These files could not be written:</source>
        <translation>Không ghi được các tệp sau:</translation>
    </message>
    <message>
        <location filename="../tabs/documents.py" line="1408"/>
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <location filename="../tabs/documents.py" line="1421"/>
        <source>The printer could not be started.</source>
        <translation>Không khởi động được máy in.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../import_wizard.py" line="201"/>
        <location filename="../import_wizard.py" line="256"/>
        <source>Choose the roster file</source>
        <translation>Chọn tệp danh sách đảng viên</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="204"/>
        <source>An Excel workbook (.xlsx) or a CSV file with one member per row and a header row such as “Họ và tên”, “Năm sinh”, “Chính thức/Dự bị”. Only the first sheet is read.</source>
        <translation>Tệp Excel (.xlsx) hoặc tệp CSV, mỗi dòng một đảng viên, có dòng tiêu đề như “Họ và tên”, “Năm sinh”, “Chính thức/Dự bị”. Chỉ đọc trang tính đầu tiên.</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="210"/>
        <source>Path of an .xlsx or .csv file</source>
        <translation>Đường dẫn tệp .xlsx hoặc .csv</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="212"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Chọn tệp…</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="215"/>
        <source>Detect automatically</source>
        <translation>Tự động nhận biết</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="216"/>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="217"/>
        <source>Windows-1258 (CP1258)</source>
        <translation>Windows-1258 (CP1258)</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="229"/>
        <source>&amp;File:</source>
        <translation>&amp;Tệp:</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="232"/>
        <source>&amp;Encoding (CSV only):</source>
        <translation>&amp;Bảng mã (chỉ với CSV):</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="235"/>
        <source>A CSV saved by Excel on Windows is usually Windows-1258; if the names show wrong letters on the next page, come back and choose it here. TCVN3 (.VnTime) files must be converted to Unicode first.</source>
        <translation>Tệp CSV do Excel trên Windows lưu thường dùng bảng mã Windows-1258; nếu ở trang sau tên hiển thị sai chữ, hãy quay lại đây và chọn bảng mã đó. Tệp dùng bảng mã TCVN3 (.VnTime) phải được chuyển sang Unicode trước.</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="258"/>
        <source>Rosters (*.xlsx *.xlsm *.csv *.tsv *.txt);;All files (*)</source>
        <translation>Danh sách đảng viên (*.xlsx *.xlsm *.csv *.tsv *.txt);;Tất cả các tệp (*)</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="292"/>
        <source>The file does not exist.</source>
        <translation>Tệp không tồn tại.</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="296"/>
        <source>This file cannot be imported. %1</source>
        <translation>Không thể nhập tệp này. %1</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="298"/>
        <source>Details: %1</source>
        <translation>Chi tiết: %1</translation>
    </message>
</context>
<context>
    <name>GuestDialog</name>
    <message>
        <location filename="../dialogs/people.py" line="312"/>
        <source>Edit guest</source>
        <translation>Sửa thông tin khách mời</translation>
    </message>
    <message>
        <location filename="../dialogs/people.py" line="312"/>
        <source>Add guest</source>
        <translation>Thêm khách mời</translation>
    </message>
    <message>
        <location filename="../dialogs/people.py" line="317"/>
        <source>e.g. Deputy Director of the Provincial Police</source>
        <translation>Ví dụ: Phó Giám đốc Công an tỉnh</translation>
    </message>
    <message>
        <location filename="../dialogs/people.py" line="320"/>
        <source>&amp;Represents the superior party committee</source>
        <translation>Đại &amp;diện cấp ủy cấp trên</translation>
    </message>
    <message>
        <location filename="../dialogs/people.py" line="322"/>
        <source>&amp;Full name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <location filename="../dialogs/people.py" line="323"/>
        <source>&amp;Title:</source>
        <translation>&amp;Chức vụ:</translation>
    </message>
    <message>
        <location filename="../dialogs/people.py" line="324"/>
        <source>&amp;Organisation:</source>
        <translation>Đơn &amp;vị:</translation>
    </message>
</context>
<context>
    <name>GuestTableModel</name>
    <message>
        <location filename="../models/roster_model.py" line="325"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../models/roster_model.py" line="326"/>
        <source>Title</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <location filename="../models/roster_model.py" line="327"/>
        <source>Organisation</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../models/roster_model.py" line="328"/>
        <source>Superior representative</source>
        <translation>Đại diện cấp trên</translation>
    </message>
    <message>
        <location filename="../models/roster_model.py" line="331"/>
        <source>Represents the superior party committee (gives the address)</source>
        <translation>Đại diện cấp ủy cấp trên (phát biểu chỉ đạo)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="115"/>
        <source>Cannot undo or redo</source>
        <translation>Không thể hoàn tác hoặc làm lại</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="137"/>
        <source>Congress</source>
        <translation>Đại hội</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="138"/>
        <source>Attendance</source>
        <translation>Điểm danh</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="139"/>
        <source>Agenda</source>
        <translation>Chương trình</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="140"/>
        <source>Speeches</source>
        <translation>Phát biểu</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="141"/>
        <source>Votes</source>
        <translation>Biểu quyết</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="144"/>
        <source>Documents</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="148"/>
        <source>What the hall sees</source>
        <translation>Hội trường đang thấy</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="159"/>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="160"/>
        <source>&amp;New congress…</source>
        <translation>&amp;Tạo đại hội mới…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="161"/>
        <source>&amp;Open…</source>
        <translation>&amp;Mở…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="162"/>
        <source>Open &amp;recent</source>
        <translation>Mở &amp;gần đây</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="167"/>
        <source>Open the &amp;demo congress</source>
        <translation>Mở đại &amp;hội mẫu</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="171"/>
        <source>Save a &amp;copy as…</source>
        <translation>&amp;Lưu bản sao thành…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="178"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Sao lưu ngay</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="185"/>
        <source>&amp;Close</source>
        <translation>Đó&amp;ng</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="191"/>
        <source>&amp;Quit</source>
        <translation>Th&amp;oát</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="193"/>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="194"/>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="196"/>
        <source>Redo</source>
        <translation>Làm lại</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="203"/>
        <source>&amp;Hall screen</source>
        <translation>&amp;Màn hình hội trường</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="206"/>
        <source>Show on the &amp;projector</source>
        <translation>Hiện trên máy &amp;chiếu</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="216"/>
        <source>&amp;Hide the content (blank screen)</source>
        <translation>Ẩn &amp;nội dung (màn hình trống)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="224"/>
        <source>P&amp;review of the hall screen</source>
        <translation>&amp;Xem trước màn hình hội trường</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="228"/>
        <source>&amp;Screen</source>
        <translation>&amp;Màn hình chiếu</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="235"/>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="236"/>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="290"/>
        <source>Congress Secretary</source>
        <translation>Thư ký Đại hội</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="296"/>
        <source>(unnamed cell)</source>
        <translation>(chi bộ chưa đặt tên)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="298"/>
        <source>Congress of %1, no. %2</source>
        <translation>Đại hội %1 lần thứ %2</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="304"/>
        <source>Congress files (%1)</source>
        <translation>Tệp đại hội (%1)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="308"/>
        <source>New congress</source>
        <translation>Tạo đại hội mới</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="326"/>
        <source>Open a congress file</source>
        <translation>Mở tệp đại hội</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="342"/>
        <source>The file was updated to this version; the original was kept as %1</source>
        <translation>Tệp đã được cập nhật lên phiên bản này; bản gốc được giữ lại tại %1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="359"/>
        <source>Cannot open the file</source>
        <translation>Không thể mở tệp</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="365"/>
        <source>Save a copy as</source>
        <translation>Lưu bản sao thành</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="377"/>
        <source>Could not save the copy</source>
        <translation>Không lưu được bản sao</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="379"/>
        <source>Copy saved: %1</source>
        <translation>Đã lưu bản sao: %1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="389"/>
        <source>Could not back up</source>
        <translation>Không sao lưu được</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="391"/>
        <source>Backed up to %1</source>
        <translation>Đã sao lưu vào %1</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../import_wizard.py" line="311"/>
        <source>Match the columns</source>
        <translation>Ghép cột dữ liệu</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="314"/>
        <source>Recognised headers are already matched. Choose what each column holds, or “— ignore —” to leave it out.</source>
        <translation>Các tiêu đề nhận biết được đã được ghép sẵn. Hãy chọn nội dung của từng cột, hoặc chọn “— bỏ qua —” để không nhập cột đó.</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="320"/>
        <source>Column in the file</source>
        <translation>Cột trong tệp</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="320"/>
        <source>Sample values</source>
        <translation>Giá trị mẫu</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="320"/>
        <source>Import as</source>
        <translation>Nhập vào mục</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="352"/>
        <source>— ignore —</source>
        <translation>— bỏ qua —</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="369"/>
        <source>First %1 of %2 rows in the file:</source>
        <translation>%1 dòng đầu trong tổng số %2 dòng của tệp:</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="376"/>
        <source>Row</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="412"/>
        <source>“%1” is chosen for more than one column.</source>
        <translation>Mục “%1” đang được chọn cho nhiều cột.</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="417"/>
        <source>Choose the column that holds the full name (or the given name).</source>
        <translation>Hãy chọn cột chứa họ và tên (hoặc tên).</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../dialogs/people.py" line="180"/>
        <source>Edit member</source>
        <translation>Sửa thông tin đảng viên</translation>
    </message>
    <message>
        <location filename="../dialogs/people.py" line="180"/>
        <source>Add member</source>
        <translation>Thêm đảng viên</translation>
    </message>
    <message>
        <location filename="../dialogs/people.py" line="185"/>
        <source>Full member</source>
        <translation>Đảng viên chính thức</translation>
    </message>
    <message>
        <location filename="../dialogs/people.py" line="186"/>
        <source>Probationary member</source>
        <translation>Đảng viên dự bị</translation>
    </message>
    <message>
        <location filename="../dialogs/people.py" line="193"/>
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <location filename="../dialogs/people.py" line="194"/>
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <location filename="../dialogs/people.py" line="204"/>
        <source>&amp;Full name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <location filename="../dialogs/people.py" line="205"/>
        <source>&amp;Status:</source>
        <translation>&amp;Loại đảng viên:</translation>
    </message>
    <message>
        <location filename="../dialogs/people.py" line="206"/>
        <source>Party &amp;card no.:</source>
        <translation>&amp;Số thẻ đảng viên:</translation>
    </message>
    <message>
        <location filename="../dialogs/people.py" line="207"/>
        <source>&amp;Year of birth:</source>
        <translation>&amp;Năm sinh:</translation>
    </message>
    <message>
        <location filename="../dialogs/people.py" line="208"/>
        <source>&amp;Gender:</source>
        <translation>Giới &amp;tính:</translation>
    </message>
    <message>
        <location filename="../dialogs/people.py" line="209"/>
        <source>E&amp;thnicity:</source>
        <translation>&amp;Dân tộc:</translation>
    </message>
    <message>
        <location filename="../dialogs/people.py" line="210"/>
        <source>&amp;Position:</source>
        <translation>&amp;Chức vụ:</translation>
    </message>
    <message>
        <location filename="../dialogs/people.py" line="211"/>
        <source>&amp;Education:</source>
        <translation>Trình độ học &amp;vấn:</translation>
    </message>
    <message>
        <location filename="../dialogs/people.py" line="212"/>
        <source>Political t&amp;heory:</source>
        <translation>Lý luận chính t&amp;rị:</translation>
    </message>
    <message>
        <location filename="../dialogs/people.py" line="214"/>
        <source>Situation</source>
        <translation>Tình trạng sinh hoạt</translation>
    </message>
    <message>
        <location filename="../dialogs/people.py" line="216"/>
        <source>E&amp;xempt from party activity</source>
        <translation>&amp;Miễn công tác và sinh hoạt đảng</translation>
    </message>
    <message>
        <location filename="../dialogs/people.py" line="218"/>
        <source>Temporarily attached &amp;in (from another cell)</source>
        <translation>Sinh hoạt tạm thời đến (từ chi bộ &amp;khác)</translation>
    </message>
    <message>
        <location filename="../dialogs/people.py" line="221"/>
        <source>Temporarily attached &amp;out (to another cell)</source>
        <translation>Sinh hoạt tạm thời đ&amp;i (sang chi bộ khác)</translation>
    </message>
    <message>
        <location filename="../dialogs/people.py" line="224"/>
        <source>Suspe&amp;nded, prosecuted or detained</source>
        <translation>Đình chỉ sinh hoạt, &amp;bị khởi tố, truy tố hoặc tạm giam</translation>
    </message>
    <message>
        <location filename="../dialogs/people.py" line="230"/>
        <source>N&amp;ote:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <location filename="../models/roster_model.py" line="136"/>
        <source>Exempt from party activity; temporarily attached in from or out to another cell; suspended</source>
        <translation>Miễn công tác và sinh hoạt đảng; sinh hoạt tạm thời đến từ chi bộ khác hoặc đi sang chi bộ khác; đình chỉ sinh hoạt</translation>
    </message>
    <message>
        <location filename="../models/roster_model.py" line="145"/>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <location filename="../models/roster_model.py" line="146"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../models/roster_model.py" line="147"/>
        <source>Born</source>
        <translation>Năm sinh</translation>
    </message>
    <message>
        <location filename="../models/roster_model.py" line="148"/>
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <location filename="../models/roster_model.py" line="149"/>
        <source>Status</source>
        <translation>Loại ĐV</translation>
    </message>
    <message>
        <location filename="../models/roster_model.py" line="150"/>
        <source>Party card no.</source>
        <translation>Số thẻ ĐV</translation>
    </message>
    <message>
        <location filename="../models/roster_model.py" line="151"/>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <location filename="../models/roster_model.py" line="152"/>
        <source>Ethnicity</source>
        <translation>Dân tộc</translation>
    </message>
    <message>
        <location filename="../models/roster_model.py" line="153"/>
        <source>Flags</source>
        <translation>Tình trạng sinh hoạt</translation>
    </message>
    <message>
        <location filename="../models/roster_model.py" line="202"/>
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <location filename="../models/roster_model.py" line="204"/>
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <location filename="../models/roster_model.py" line="209"/>
        <source>Probationary</source>
        <translation>Dự bị</translation>
    </message>
    <message>
        <location filename="../models/roster_model.py" line="210"/>
        <source>Full</source>
        <translation>Chính thức</translation>
    </message>
    <message>
        <location filename="../models/roster_model.py" line="215"/>
        <source>Exempt from party activity</source>
        <translation>Miễn công tác và sinh hoạt đảng</translation>
    </message>
    <message>
        <location filename="../models/roster_model.py" line="215"/>
        <source>Exempt</source>
        <translation>Miễn sinh hoạt</translation>
    </message>
    <message>
        <location filename="../models/roster_model.py" line="217"/>
        <source>Temporarily attached in</source>
        <translation>Sinh hoạt tạm thời đến</translation>
    </message>
    <message>
        <location filename="../models/roster_model.py" line="217"/>
        <source>Temp. in</source>
        <translation>Tạm thời đến</translation>
    </message>
    <message>
        <location filename="../models/roster_model.py" line="219"/>
        <source>Temporarily attached out</source>
        <translation>Sinh hoạt tạm thời đi</translation>
    </message>
    <message>
        <location filename="../models/roster_model.py" line="219"/>
        <source>Temp. out</source>
        <translation>Tạm thời đi</translation>
    </message>
    <message>
        <location filename="../models/roster_model.py" line="221"/>
        <source>Suspended or prosecuted</source>
        <translation>Đình chỉ sinh hoạt, bị khởi tố, truy tố hoặc tạm giam</translation>
    </message>
    <message>
        <location filename="../models/roster_model.py" line="221"/>
        <source>Suspended</source>
        <translation>Đình chỉ sinh hoạt</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../messages.py" line="24"/>
        <source>The file does not exist.</source>
        <translation>Tệp không tồn tại.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="25"/>
        <source>This is not a congress file: it is not a database at all.</source>
        <translation>Đây không phải tệp đại hội: tệp này hoàn toàn không phải là cơ sở dữ liệu.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="28"/>
        <source>The file is damaged or incomplete (for example cut short while copying). It was not changed. Open a backup copy instead.</source>
        <translation>Tệp bị hỏng hoặc không đầy đủ (ví dụ do sao chép bị gián đoạn). Tệp không bị thay đổi. Hãy mở một bản sao lưu để thay thế.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="33"/>
        <source>This database was not made by Secretariat, so it is not a congress file.</source>
        <translation>Cơ sở dữ liệu này không do Thư ký Đại hội tạo ra, nên không phải tệp đại hội.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="36"/>
        <source>This file was saved by a newer version of Secretariat. Update the program to open it; the file was not changed.</source>
        <translation>Tệp này được lưu bằng phiên bản mới hơn của Thư ký Đại hội. Hãy cập nhật chương trình để mở tệp; tệp không bị thay đổi.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="41"/>
        <source>A file with this name already exists.</source>
        <translation>Đã có một tệp mang tên này.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="44"/>
        <source>The file could not be opened.</source>
        <translation>Không mở được tệp.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="51"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../messages.py" line="52"/>
        <source>Party card number</source>
        <translation>Số thẻ đảng viên</translation>
    </message>
    <message>
        <location filename="../messages.py" line="53"/>
        <source>Year of birth</source>
        <translation>Năm sinh</translation>
    </message>
    <message>
        <location filename="../messages.py" line="54"/>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../messages.py" line="55"/>
        <source>Term (end)</source>
        <translation>Nhiệm kỳ (năm kết thúc)</translation>
    </message>
    <message>
        <location filename="../messages.py" line="56"/>
        <source>Term (start)</source>
        <translation>Nhiệm kỳ (năm bắt đầu)</translation>
    </message>
    <message>
        <location filename="../messages.py" line="57"/>
        <source>Temporarily attached out</source>
        <translation>Sinh hoạt tạm thời đi</translation>
    </message>
    <message>
        <location filename="../messages.py" line="58"/>
        <source>End time</source>
        <translation>Giờ kết thúc</translation>
    </message>
    <message>
        <location filename="../messages.py" line="59"/>
        <source>Session</source>
        <translation>Phiên</translation>
    </message>
    <message>
        <location filename="../messages.py" line="60"/>
        <source>Member</source>
        <translation>Đảng viên</translation>
    </message>
    <message>
        <location filename="../messages.py" line="61"/>
        <source>Superior body</source>
        <translation>Đảng bộ cấp trên</translation>
    </message>
    <message>
        <location filename="../messages.py" line="62"/>
        <source>Cell name</source>
        <translation>Tên chi bộ</translation>
    </message>
    <message>
        <location filename="../messages.py" line="63"/>
        <source>Ordinal</source>
        <translation>Lần thứ</translation>
    </message>
    <message>
        <location filename="../messages.py" line="64"/>
        <source>Venue</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <location filename="../messages.py" line="65"/>
        <source>Place name</source>
        <translation>Địa danh</translation>
    </message>
    <message>
        <location filename="../messages.py" line="66"/>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <location filename="../messages.py" line="67"/>
        <source>Ethnicity</source>
        <translation>Dân tộc</translation>
    </message>
    <message>
        <location filename="../messages.py" line="68"/>
        <source>Education</source>
        <translation>Trình độ chuyên môn</translation>
    </message>
    <message>
        <location filename="../messages.py" line="69"/>
        <source>Political theory</source>
        <translation>Trình độ lý luận chính trị</translation>
    </message>
    <message>
        <location filename="../messages.py" line="70"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../messages.py" line="77"/>
        <source>%1 is required.</source>
        <translation>%1 không được để trống.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="78"/>
        <source>%1 is too long.</source>
        <translation>%1 quá dài.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="79"/>
        <source>%1 must be a year between 1900 and 2100.</source>
        <translation>%1 phải là một năm trong khoảng từ 1900 đến 2100.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="82"/>
        <source>The term must end after it starts.</source>
        <translation>Năm kết thúc nhiệm kỳ phải sau năm bắt đầu.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="85"/>
        <source>A member cannot be attached temporarily both to and from another cell.</source>
        <translation>Một đảng viên không thể vừa sinh hoạt tạm thời đến vừa sinh hoạt tạm thời đi.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="88"/>
        <source>Another member already has this party card number.</source>
        <translation>Số thẻ đảng viên này đã thuộc về một đảng viên khác.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="91"/>
        <source>The session cannot end before it starts.</source>
        <translation>Giờ kết thúc phiên không thể trước giờ bắt đầu.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="94"/>
        <source>This session already has attendance recorded, so it cannot be removed.</source>
        <translation>Phiên này đã có dữ liệu điểm danh nên không thể xóa.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="97"/>
        <source>Already checked in (at %2).</source>
        <translation>Đã điểm danh rồi (lúc %2).</translation>
    </message>
    <message>
        <location filename="../messages.py" line="98"/>
        <source>This member is not checked in, so cannot check out.</source>
        <translation>Đảng viên này chưa điểm danh có mặt nên không thể ghi ra về.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="101"/>
        <source>This member has attended; someone who attended part of the congress cannot be marked absent. Undo the check-in first.</source>
        <translation>Đảng viên này đã có mặt; người đã dự một phần đại hội không thể bị ghi là vắng mặt. Hãy hoàn tác việc điểm danh trước.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="106"/>
        <source>This member is suspended or attached to another cell, so is not summoned and cannot check in.</source>
        <translation>Đảng viên này đang bị đình chỉ sinh hoạt hoặc đang sinh hoạt tạm thời ở chi bộ khác, nên không được triệu tập và không thể điểm danh.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="111"/>
        <source>This record already exists.</source>
        <translation>Bản ghi này đã tồn tại.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="112"/>
        <source>%2 is on an election list or its counting committee, which are part of the record, so they stay on the roster.</source>
        <translation>Đồng chí %2 có tên trong danh sách bầu cử hoặc Ban kiểm phiếu, là một phần của hồ sơ đại hội, nên không thể xóa khỏi danh sách đảng viên.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="117"/>
        <source>%2 has spoken at the congress: the minutes name every speaker, so they stay on the roster.</source>
        <translation>Đồng chí %2 đã phát biểu tại đại hội: biên bản ghi tên tất cả những người phát biểu, nên đồng chí phải được giữ lại trong danh sách.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="124"/>
        <source>The value of %1 is not acceptable.</source>
        <translation>Giá trị của %1 không hợp lệ.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="134"/>
        <source>missing value</source>
        <translation>thiếu giá trị</translation>
    </message>
    <message>
        <location filename="../messages.py" line="135"/>
        <source>invalid value</source>
        <translation>giá trị không hợp lệ</translation>
    </message>
    <message>
        <location filename="../messages.py" line="136"/>
        <source>duplicate</source>
        <translation>trùng lặp</translation>
    </message>
    <message>
        <location filename="../messages.py" line="137"/>
        <source>contradicts another column</source>
        <translation>mâu thuẫn với cột khác</translation>
    </message>
    <message>
        <location filename="../messages.py" line="138"/>
        <source>the file cannot be read</source>
        <translation>không đọc được tệp</translation>
    </message>
    <message>
        <location filename="../messages.py" line="139"/>
        <source>unsupported file type (use .xlsx or .csv)</source>
        <translation>loại tệp không được hỗ trợ (hãy dùng .xlsx hoặc .csv)</translation>
    </message>
    <message>
        <location filename="../messages.py" line="142"/>
        <source>the file is empty</source>
        <translation>tệp không có dữ liệu</translation>
    </message>
    <message>
        <location filename="../messages.py" line="143"/>
        <source>no header row was recognised</source>
        <translation>không nhận biết được dòng tiêu đề</translation>
    </message>
    <message>
        <location filename="../messages.py" line="144"/>
        <source>no column holds the full name</source>
        <translation>không có cột nào chứa họ và tên</translation>
    </message>
    <message>
        <location filename="../messages.py" line="157"/>
        <source>Nothing was imported: %n problem(s) were found.</source>
        <translation>Chưa nhập dữ liệu nào: phát hiện %n lỗi.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="163"/>
        <source>row %1</source>
        <translation>dòng %1</translation>
    </message>
    <message>
        <location filename="../messages.py" line="172"/>
        <source>This record no longer exists (it may have been removed).</source>
        <translation>Bản ghi này không còn tồn tại (có thể đã bị xóa).</translation>
    </message>
    <message>
        <location filename="../messages.py" line="178"/>
        <source>The file system refused the operation: %1</source>
        <translation>Hệ thống tệp từ chối thao tác: %1</translation>
    </message>
    <message>
        <location filename="../messages.py" line="186"/>
        <source>Secretariat</source>
        <translation>Thư ký Đại hội</translation>
    </message>
</context>
<context>
    <name>PageSetupDialog</name>
    <message>
        <location filename="../tabs/documents.py" line="171"/>
        <source>Page set-up</source>
        <translation>Trình bày trang</translation>
    </message>
    <message>
        <location filename="../tabs/documents.py" line="176"/>
        <source>Top margin:</source>
        <translation>Lề trên:</translation>
    </message>
    <message>
        <location filename="../tabs/documents.py" line="177"/>
        <source>Bottom margin:</source>
        <translation>Lề dưới:</translation>
    </message>
    <message>
        <location filename="../tabs/documents.py" line="178"/>
        <source>Left margin:</source>
        <translation>Lề trái:</translation>
    </message>
    <message>
        <location filename="../tabs/documents.py" line="179"/>
        <source>Right margin:</source>
        <translation>Lề phải:</translation>
    </message>
    <message>
        <location filename="../tabs/documents.py" line="181"/>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <location filename="../tabs/documents.py" line="185"/>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location filename="../tabs/documents.py" line="186"/>
        <source>Body text size:</source>
        <translation>Cỡ chữ nội dung:</translation>
    </message>
    <message>
        <location filename="../tabs/documents.py" line="189"/>
        <source>Pad days below 10 and months 1–2 with a zero (ngày 05 tháng 02)</source>
        <translation>Thêm số 0 trước ngày dưới 10 và tháng 1, 2 (ngày 05 tháng 02)</translation>
    </message>
    <message>
        <location filename="../tabs/documents.py" line="195"/>
        <source>Defaults from the Party&apos;s format guidance (36-HD/VPTW); not confirmed, change them if your superior committee asks.</source>
        <translation>Giá trị mặc định theo hướng dẫn thể thức văn bản của Đảng (36-HD/VPTW); chưa được xác nhận, hãy thay đổi nếu cấp ủy cấp trên yêu cầu.</translation>
    </message>
</context>
<context>
    <name>PreparedTextDialog</name>
    <message>
        <location filename="../tabs/speeches.py" line="406"/>
        <source>Text of the prepared contribution</source>
        <translation>Văn bản tham luận</translation>
    </message>
    <message>
        <location filename="../tabs/speeches.py" line="410"/>
        <source>Contribution of %1</source>
        <translation>Tham luận của đồng chí %1</translation>
    </message>
    <message>
        <location filename="../tabs/speeches.py" line="414"/>
        <source>Paste or type the text handed in…</source>
        <translation>Dán hoặc nhập văn bản tham luận đã nộp…</translation>
    </message>
    <message>
        <location filename="../tabs/speeches.py" line="420"/>
        <source>Load a .txt file…</source>
        <translation>Mở tệp .txt…</translation>
    </message>
    <message>
        <location filename="../tabs/speeches.py" line="432"/>
        <source>Load the text</source>
        <translation>Mở tệp văn bản</translation>
    </message>
    <message>
        <location filename="../tabs/speeches.py" line="432"/>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Tệp văn bản (*.txt);;Tất cả các tệp (*)</translation>
    </message>
</context>
<context>
    <name>ProjectorController</name>
    <message>
        <location filename="../projector.py" line="786"/>
        <source>Shows the hall screen full-screen on the projector (F12).
Inside it, Esc or F12 hides it and B hides or shows the content.
With a single screen it covers this window: switch back with Alt+Tab.</source>
        <translation>Hiện màn hình hội trường toàn màn hình trên máy chiếu (F12).
Trong đó, Esc hoặc F12 để ẩn, B để ẩn hoặc hiện nội dung.
Nếu chỉ có một màn hình, nó che cửa sổ này: dùng Alt+Tab để quay lại.</translation>
    </message>
</context>
<context>
    <name>ProjectorPreview</name>
    <message>
        <location filename="../projector.py" line="940"/>
        <source>What the hall sees on the projector</source>
        <translation>Nội dung hội trường đang thấy trên màn chiếu</translation>
    </message>
    <message>
        <location filename="../projector.py" line="1023"/>
        <source>HIDDEN</source>
        <translation>ĐANG ẨN</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <location filename="../projector.py" line="702"/>
        <source>Projector</source>
        <translation>Màn chiếu</translation>
    </message>
</context>
<context>
    <name>RosterImportWizard</name>
    <message>
        <location filename="../import_wizard.py" line="61"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="62"/>
        <source>Family and middle names</source>
        <translation>Họ và tên đệm</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="65"/>
        <source>Family name</source>
        <translation>Họ</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="66"/>
        <source>Middle name</source>
        <translation>Tên đệm</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="67"/>
        <source>Given name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="68"/>
        <source>Full / probationary</source>
        <translation>Chính thức/Dự bị</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="69"/>
        <source>Party card no.</source>
        <translation>Số thẻ đảng viên</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="70"/>
        <source>Year (or date) of birth</source>
        <translation>Năm sinh (hoặc ngày sinh)</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="73"/>
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="74"/>
        <source>Ethnicity</source>
        <translation>Dân tộc</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="75"/>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="76"/>
        <source>Education</source>
        <translation>Trình độ học vấn</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="77"/>
        <source>Political theory</source>
        <translation>Lý luận chính trị</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="78"/>
        <source>Exempt from party activity</source>
        <translation>Miễn công tác và sinh hoạt đảng</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="81"/>
        <source>Temporarily attached in</source>
        <translation>Sinh hoạt tạm thời đến</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="84"/>
        <source>Temporarily attached out</source>
        <translation>Sinh hoạt tạm thời đi</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="87"/>
        <source>Suspended</source>
        <translation>Đình chỉ sinh hoạt</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="88"/>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="100"/>
        <source>the name is empty</source>
        <translation>họ tên để trống</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="101"/>
        <source>the given name is empty</source>
        <translation>tên để trống</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="104"/>
        <source>a name has no digits</source>
        <translation>họ tên không được chứa chữ số</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="107"/>
        <source>expected Chính thức or Dự bị</source>
        <translation>cần ghi “Chính thức” hoặc “Dự bị”</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="110"/>
        <source>expected Nam or Nữ</source>
        <translation>cần ghi “Nam” hoặc “Nữ”</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="113"/>
        <source>expected a year (1985) or a date (12/03/1985)</source>
        <translation>cần ghi năm (1985) hoặc ngày tháng năm (12/03/1985)</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="116"/>
        <source>expected x (yes) or an empty cell</source>
        <translation>cần ghi x (có) hoặc để trống ô</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="119"/>
        <source>marked as temporarily attached both in and out</source>
        <translation>vừa ghi sinh hoạt tạm thời đến vừa ghi sinh hoạt tạm thời đi</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="126"/>
        <source>same party card number as row %1</source>
        <translation>trùng số thẻ đảng viên với dòng %1</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="129"/>
        <source>same name and year of birth as row %1</source>
        <translation>trùng họ tên và năm sinh với dòng %1</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="132"/>
        <source>the year must be between %1 and %2</source>
        <translation>năm phải trong khoảng từ %1 đến %2</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="178"/>
        <source>Import members from a file</source>
        <translation>Nhập danh sách đảng viên từ tệp</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="188"/>
        <source>&amp;Import</source>
        <translation>&amp;Nhập</translation>
    </message>
    <message>
        <location filename="../import_wizard.py" line="346"/>
        <source>(column %1, no header)</source>
        <translation>(cột %1, không có tiêu đề)</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <location filename="../dialogs/people.py" line="361"/>
        <source>Edit session</source>
        <translation>Sửa phiên</translation>
    </message>
    <message>
        <location filename="../dialogs/people.py" line="361"/>
        <source>Add session</source>
        <translation>Thêm phiên</translation>
    </message>
    <message>
        <location filename="../dialogs/people.py" line="363"/>
        <source>Official session</source>
        <translation>Phiên chính thức</translation>
    </message>
    <message>
        <location filename="../dialogs/people.py" line="364"/>
        <source>Preparatory session</source>
        <translation>Phiên trù bị</translation>
    </message>
    <message>
        <location filename="../dialogs/people.py" line="372"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại phiên:</translation>
    </message>
    <message>
        <location filename="../dialogs/people.py" line="373"/>
        <source>&amp;Date:</source>
        <translation>&amp;Ngày:</translation>
    </message>
    <message>
        <location filename="../dialogs/people.py" line="374"/>
        <source>&amp;Starts at:</source>
        <translation>Giờ &amp;bắt đầu:</translation>
    </message>
    <message>
        <location filename="../dialogs/people.py" line="375"/>
        <source>&amp;Ends at:</source>
        <translation>Giờ &amp;kết thúc:</translation>
    </message>
</context>
<context>
    <name>SpeechQueueModel</name>
    <message>
        <location filename="../tabs/speeches.py" line="271"/>
        <source>No.</source>
        <translation>STT</translation>
    </message>
    <message>
        <location filename="../tabs/speeches.py" line="272"/>
        <source>Speaker</source>
        <translation>Người phát biểu</translation>
    </message>
    <message>
        <location filename="../tabs/speeches.py" line="273"/>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../tabs/speeches.py" line="274"/>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../tabs/speeches.py" line="275"/>
        <source>Spoken</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../tabs/speeches.py" line="276"/>
        <source>Limit</source>
        <translation>Tối đa</translation>
    </message>
    <message>
        <location filename="../tabs/speeches.py" line="326"/>
        <source>Started at %1</source>
        <translation>Bắt đầu lúc %1</translation>
    </message>
    <message>
        <location filename="../tabs/speeches.py" line="328"/>
        <source>Ended at %1</source>
        <translation>Kết thúc lúc %1</translation>
    </message>
    <message>
        <location filename="../tabs/speeches.py" line="331"/>
        <source>Text attached (%1 characters)</source>
        <translation>Có văn bản kèm theo (%1 ký tự)</translation>
    </message>
</context>
<context>
    <name>SpeechesTab</name>
    <message>
        <location filename="../tabs/speeches.py" line="129"/>
        <source>Prepared contribution</source>
        <translation>Tham luận</translation>
    </message>
    <message>
        <location filename="../tabs/speeches.py" line="130"/>
        <source>Floor speech</source>
        <translation>Phát biểu thảo luận</translation>
    </message>
    <message>
        <location filename="../tabs/speeches.py" line="131"/>
        <source>Address of the superior representative</source>
        <translation>Phát biểu chỉ đạo của đại diện cấp trên</translation>
    </message>
    <message>
        <location filename="../tabs/speeches.py" line="134"/>
        <source>Presidium reply</source>
        <translation>Đoàn Chủ tịch tiếp thu, giải trình</translation>
    </message>
    <message>
        <location filename="../tabs/speeches.py" line="141"/>
        <source>Prepared</source>
        <translation>Tham luận</translation>
    </message>
    <message>
        <location filename="../tabs/speeches.py" line="142"/>
        <source>Floor</source>
        <translation>Thảo luận</translation>
    </message>
    <message>
        <location filename="../tabs/speeches.py" line="143"/>
        <source>Address</source>
        <translation>Chỉ đạo</translation>
    </message>
    <message>
        <location filename="../tabs/speeches.py" line="144"/>
        <source>Reply</source>
        <translation>Giải trình</translation>
    </message>
    <message>
        <location filename="../tabs/speeches.py" line="150"/>
        <source>Waiting</source>
        <translation>Đang chờ</translation>
    </message>
    <message>
        <location filename="../tabs/speeches.py" line="151"/>
        <source>Speaking</source>
        <translation>Đang phát biểu</translation>
    </message>
    <message>
        <location filename="../tabs/speeches.py" line="152"/>
        <source>Paused</source>
        <translation>Tạm dừng</translation>
    </message>
    <message>
        <location filename="../tabs/speeches.py" line="153"/>
        <source>Done</source>
        <translation>Đã xong</translation>
    </message>
    <message>
        <location filename="../tabs/speeches.py" line="159"/>
        <source>Full members</source>
        <translation>Đảng viên chính thức</translation>
    </message>
    <message>
        <location filename="../tabs/speeches.py" line="160"/>
        <source>Probationary members</source>
        <translation>Đảng viên dự bị</translation>
    </message>
    <message>
        <location filename="../tabs/speeches.py" line="161"/>
        <source>Guests</source>
        <translation>Khách mời</translation>
    </message>
    <message>
        <location filename="../tabs/speeches.py" line="162"/>
        <source>Men</source>
        <translation>Nam</translation>
    </message>
    <message>
        <location filename="../tabs/speeches.py" line="163"/>
        <source>Women</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <location filename="../tabs/speeches.py" line="164"/>
        <source>All</source>
        <translation>Tổng cộng</translation>
    </message>
    <message>
        <location filename="../tabs/speeches.py" line="495"/>
        <source>Agenda item:</source>
        <translation>Mục chương trình:</translation>
    </message>
    <message>
        <location filename="../tabs/speeches.py" line="501"/>
        <source>Follow the item under way</source>
        <translation>Theo mục đang tiến hành</translation>
    </message>
    <message>
        <location filename="../tabs/speeches.py" line="536"/>
        <source>Register a speaker</source>
        <translation>Đăng ký phát biểu</translation>
    </message>
    <message>
        <location filename="../tabs/speeches.py" line="540"/>
        <source>Type a name, without diacritics if you like…</source>
        <translation>Nhập tên (có thể gõ không dấu)…</translation>
    </message>
    <message>
        <location filename="../tabs/speeches.py" line="570"/>
        <source>Attach text…</source>
        <translation>Kèm văn bản…</translation>
    </message>
    <message>
        <location filename="../tabs/speeches.py" line="572"/>
        <source>Register (Enter)</source>
        <translation>Đăng ký (Enter)</translation>
    </message>
    <message>
        <location filename="../tabs/speeches.py" line="585"/>
        <source>Queue</source>
        <translation>Danh sách đăng ký phát biểu</translation>
    </message>
    <message>
        <location filename="../tabs/speeches.py" line="618"/>
        <source>Up (Ctrl+Up)</source>
        <translation>Lên (Ctrl+Up)</translation>
    </message>
    <message>
        <location filename="../tabs/speeches.py" line="619"/>
        <source>Down (Ctrl+Down)</source>
        <translation>Xuống (Ctrl+Down)</translation>
    </message>
    <message>
        <location filename="../tabs/speeches.py" line="620"/>
        <source>Remove (Del)</source>
        <translation>Xóa (Del)</translation>
    </message>
    <message>
        <location filename="../tabs/speeches.py" line="660"/>
        <source>Next speaker (F9)</source>
        <translation>Mời người tiếp theo (F9)</translation>
    </message>
    <message>
        <location filename="../tabs/speeches.py" line="661"/>
        <location filename="../tabs/speeches.py" line="1280"/>
        <source>Pause (F8)</source>
        <translation>Tạm dừng (F8)</translation>
    </message>
    <message>
        <location filename="../tabs/speeches.py" line="662"/>
        <source>End speech (Shift+F9)</source>
        <translation>Kết thúc phát biểu (Shift+F9)</translation>
    </message>
    <message>
        <location filename="../tabs/speeches.py" line="674"/>
        <source>Summary for the minutes</source>
        <translation>Tóm tắt để ghi biên bản</translation>
    </message>
    <message>
        <location filename="../tabs/speeches.py" line="682"/>
        <source>What the speaker said, in a few sentences…</source>
        <translation>Tóm tắt ý kiến của người phát biểu trong vài câu…</translation>
    </message>
    <message>
        <location filename="../tabs/speeches.py" line="687"/>
        <source>Resolution section:</source>
        <translation>Phần nghị quyết liên quan:</translation>
    </message>
    <message>
        <location filename="../tabs/speeches.py" line="691"/>
        <source>The link to the resolution&apos;s sections arrives with the resolution feature</source>
        <translation>Liên kết tới các phần của nghị quyết sẽ có khi bổ sung chức năng nghị quyết</translation>
    </message>
    <message>
        <location filename="../tabs/speeches.py" line="693"/>
        <source>e.g. 2. Targets</source>
        <translation>Ví dụ: 2. Chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../tabs/speeches.py" line="699"/>
        <source>Kind:</source>
        <translation>Loại:</translation>
    </message>
    <message>
        <location filename="../tabs/speeches.py" line="707"/>
        <source>Limit:</source>
        <translation>Tối đa:</translation>
    </message>
    <message>
        <location filename="../tabs/speeches.py" line="711"/>
        <source> min</source>
        <translation> phút</translation>
    </message>
    <message>
        <location filename="../tabs/speeches.py" line="722"/>
        <source>Prepared text…</source>
        <translation>Văn bản tham luận…</translation>
    </message>
    <message>
        <location filename="../tabs/speeches.py" line="735"/>
        <source>Speaking statistics</source>
        <translation>Thống kê phát biểu</translation>
    </message>
    <message>
        <location filename="../tabs/speeches.py" line="740"/>
        <source>Group</source>
        <translation>Thành phần</translation>
    </message>
    <message>
        <location filename="../tabs/speeches.py" line="740"/>
        <location filename="../tabs/speeches.py" line="770"/>
        <source>Speeches</source>
        <translation>Số lượt</translation>
    </message>
    <message>
        <location filename="../tabs/speeches.py" line="740"/>
        <location filename="../tabs/speeches.py" line="770"/>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <location filename="../tabs/speeches.py" line="765"/>
        <source>Per person (most time first)</source>
        <translation>Theo từng người (thời gian giảm dần)</translation>
    </message>
    <message>
        <location filename="../tabs/speeches.py" line="770"/>
        <source>Speaker</source>
        <translation>Người phát biểu</translation>
    </message>
    <message>
        <location filename="../tabs/speeches.py" line="827"/>
        <source>Next speaker</source>
        <translation>Mời người tiếp theo</translation>
    </message>
    <message>
        <location filename="../tabs/speeches.py" line="834"/>
        <source>Pause or resume</source>
        <translation>Tạm dừng hoặc tiếp tục</translation>
    </message>
    <message>
        <location filename="../tabs/speeches.py" line="841"/>
        <source>End speech</source>
        <translation>Kết thúc phát biểu</translation>
    </message>
    <message>
        <location filename="../tabs/speeches.py" line="848"/>
        <source>Move up</source>
        <translation>Chuyển lên</translation>
    </message>
    <message>
        <location filename="../tabs/speeches.py" line="855"/>
        <source>Move down</source>
        <translation>Chuyển xuống</translation>
    </message>
    <message>
        <location filename="../tabs/speeches.py" line="863"/>
        <source>Remove from the queue</source>
        <translation>Xóa khỏi danh sách đăng ký phát biểu</translation>
    </message>
    <message>
        <location filename="../tabs/speeches.py" line="1017"/>
        <source>already waiting</source>
        <translation>đang chờ phát biểu</translation>
    </message>
    <message>
        <location filename="../tabs/speeches.py" line="1019"/>
        <source>guest: %1</source>
        <translation>khách mời: %1</translation>
    </message>
    <message>
        <location filename="../tabs/speeches.py" line="1020"/>
        <source>guest</source>
        <translation>khách mời</translation>
    </message>
    <message>
        <location filename="../tabs/speeches.py" line="1070"/>
        <source>Text attached (%1 characters): it goes with the next registration.</source>
        <translation>Đã kèm văn bản (%1 ký tự): văn bản sẽ đi cùng lượt đăng ký tiếp theo.</translation>
    </message>
    <message>
        <location filename="../tabs/speeches.py" line="1082"/>
        <source>Nobody matches “%1”.</source>
        <translation>Không tìm thấy ai khớp với “%1”.</translation>
    </message>
    <message>
        <location filename="../tabs/speeches.py" line="1096"/>
        <source>✓ %1 registered: %2, no. %3 in the queue</source>
        <translation>✓ Đã đăng ký đồng chí %1: %2, thứ tự %3 trong danh sách</translation>
    </message>
    <message>
        <location filename="../tabs/speeches.py" line="1151"/>
        <source>Select a waiting speaker in the queue first.</source>
        <translation>Hãy chọn trước một người đang chờ trong danh sách đăng ký.</translation>
    </message>
    <message>
        <location filename="../tabs/speeches.py" line="1168"/>
        <source>✓ %1 moved to no. %2</source>
        <translation>✓ Đã chuyển đồng chí %1 sang thứ tự %2</translation>
    </message>
    <message>
        <location filename="../tabs/speeches.py" line="1183"/>
        <source>%1 has already spoken: only a waiting speech can be removed.</source>
        <translation>Đồng chí %1 đã phát biểu: chỉ có thể xóa lượt đăng ký đang chờ.</translation>
    </message>
    <message>
        <location filename="../tabs/speeches.py" line="1191"/>
        <source>✓ %1 removed from the queue</source>
        <translation>✓ Đã xóa đồng chí %1 khỏi danh sách đăng ký phát biểu</translation>
    </message>
    <message>
        <location filename="../tabs/speeches.py" line="1206"/>
        <location filename="../tabs/speeches.py" line="1545"/>
        <source>Nobody is waiting to speak on this item.</source>
        <translation>Không còn ai chờ phát biểu ở mục này.</translation>
    </message>
    <message>
        <location filename="../tabs/speeches.py" line="1214"/>
        <source>✓ %1 has the floor (%2)</source>
        <translation>✓ Đồng chí %1 bắt đầu phát biểu (%2)</translation>
    </message>
    <message>
        <location filename="../tabs/speeches.py" line="1226"/>
        <location filename="../tabs/speeches.py" line="1246"/>
        <source>Nobody is speaking.</source>
        <translation>Không có ai đang phát biểu.</translation>
    </message>
    <message>
        <location filename="../tabs/speeches.py" line="1232"/>
        <source>⏸ %1 paused</source>
        <translation>⏸ Đã tạm dừng phát biểu của đồng chí %1</translation>
    </message>
    <message>
        <location filename="../tabs/speeches.py" line="1238"/>
        <source>✓ %1 resumed</source>
        <translation>✓ Đồng chí %1 tiếp tục phát biểu</translation>
    </message>
    <message>
        <location filename="../tabs/speeches.py" line="1251"/>
        <source>✓ The speech of %1 ended</source>
        <translation>✓ Đã kết thúc phát biểu của đồng chí %1</translation>
    </message>
    <message>
        <location filename="../tabs/speeches.py" line="1259"/>
        <source>Nobody is speaking</source>
        <translation>Không có ai đang phát biểu</translation>
    </message>
    <message>
        <location filename="../tabs/speeches.py" line="1268"/>
        <source>since %1</source>
        <translation>từ %1</translation>
    </message>
    <message>
        <location filename="../tabs/speeches.py" line="1273"/>
        <source>Next: %1 (%2 waiting)</source>
        <translation>Tiếp theo: %1 (%2 người đang chờ)</translation>
    </message>
    <message>
        <location filename="../tabs/speeches.py" line="1278"/>
        <source>Nobody is waiting</source>
        <translation>Không còn ai chờ phát biểu</translation>
    </message>
    <message>
        <location filename="../tabs/speeches.py" line="1280"/>
        <source>Resume (F8)</source>
        <translation>Tiếp tục (F8)</translation>
    </message>
    <message>
        <location filename="../tabs/speeches.py" line="1310"/>
        <source>Select a speech in the queue to summarise it.</source>
        <translation>Chọn một lượt phát biểu trong danh sách để ghi tóm tắt.</translation>
    </message>
    <message>
        <location filename="../tabs/speeches.py" line="1317"/>
        <source>Comrade %1 (%2)</source>
        <translation>Đ/c %1 (%2)</translation>
    </message>
    <message>
        <location filename="../tabs/speeches.py" line="1319"/>
        <source>Comrade %1</source>
        <translation>Đ/c %1</translation>
    </message>
    <message>
        <location filename="../tabs/speeches.py" line="1350"/>
        <location filename="../tabs/speeches.py" line="1357"/>
        <source>Not saved yet</source>
        <translation>Chưa lưu</translation>
    </message>
    <message>
        <location filename="../tabs/speeches.py" line="1381"/>
        <location filename="../tabs/speeches.py" line="1391"/>
        <source>Saved</source>
        <translation>Đã lưu</translation>
    </message>
    <message>
        <location filename="../tabs/speeches.py" line="1546"/>
        <source>This speech is not running.</source>
        <translation>Lượt phát biểu này không đang diễn ra.</translation>
    </message>
    <message>
        <location filename="../tabs/speeches.py" line="1547"/>
        <source>This speech is not paused.</source>
        <translation>Lượt phát biểu này không ở trạng thái tạm dừng.</translation>
    </message>
    <message>
        <location filename="../tabs/speeches.py" line="1548"/>
        <source>This speech is not under way.</source>
        <translation>Lượt phát biểu này chưa bắt đầu hoặc đã kết thúc.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../main_window.py" line="52"/>
        <source>Congress Secretary</source>
        <translation>Thư ký Đại hội</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="58"/>
        <source>Every change is saved at once in the congress file: there is nothing to save and nothing to lose.</source>
        <translation>Mọi thay đổi được lưu ngay vào tệp đại hội: không cần bấm lưu và không lo mất dữ liệu.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="65"/>
        <source>New congress…</source>
        <translation>Tạo đại hội mới…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="66"/>
        <source>Open a congress file…</source>
        <translation>Mở tệp đại hội…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="67"/>
        <source>Open the demo congress</source>
        <translation>Mở đại hội mẫu</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="73"/>
        <source>Recent files:</source>
        <translation>Tệp mở gần đây:</translation>
    </message>
</context>
<context>
    <name>VoteSubjectDialog</name>
    <message>
        <location filename="../tabs/votes.py" line="143"/>
        <source>Reword the vote</source>
        <translation>Sửa nội dung biểu quyết</translation>
    </message>
    <message>
        <location filename="../tabs/votes.py" line="143"/>
        <source>Add a vote</source>
        <translation>Thêm nội dung biểu quyết</translation>
    </message>
    <message>
        <location filename="../tabs/votes.py" line="151"/>
        <source>e.g. Biểu quyết thông qua nghị quyết</source>
        <translation>Ví dụ: Biểu quyết thông qua nghị quyết</translation>
    </message>
    <message>
        <location filename="../tabs/votes.py" line="154"/>
        <source>&amp;Subject:</source>
        <translation>&amp;Nội dung biểu quyết:</translation>
    </message>
</context>
<context>
    <name>VotesTab</name>
    <message>
        <location filename="../tabs/votes.py" line="86"/>
        <source>The vote needs a subject.</source>
        <translation>Cần nhập nội dung biểu quyết.</translation>
    </message>
    <message>
        <location filename="../tabs/votes.py" line="89"/>
        <source>The subject is too long (at most %1 characters).</source>
        <translation>Nội dung biểu quyết quá dài (tối đa %1 ký tự).</translation>
    </message>
    <message>
        <location filename="../tabs/votes.py" line="92"/>
        <source>Refused: %1 votes is more than the full members present. Check the count; nothing was recorded.</source>
        <translation>Không chấp nhận: %1 lượt biểu quyết nhiều hơn số đảng viên chính thức có mặt. Hãy kiểm đếm lại; chưa ghi kết quả.</translation>
    </message>
    <message>
        <location filename="../tabs/votes.py" line="97"/>
        <source>The congress already has votes.</source>
        <translation>Đại hội đã có nội dung biểu quyết.</translation>
    </message>
    <message>
        <location filename="../tabs/votes.py" line="232"/>
        <source>Show-of-hands votes</source>
        <translation>Biểu quyết giơ tay</translation>
    </message>
    <message>
        <location filename="../tabs/votes.py" line="238"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../tabs/votes.py" line="238"/>
        <source>Subject</source>
        <translation>Nội dung biểu quyết</translation>
    </message>
    <message>
        <location filename="../tabs/votes.py" line="238"/>
        <source>Item</source>
        <translation>Mục</translation>
    </message>
    <message>
        <location filename="../tabs/votes.py" line="238"/>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../tabs/votes.py" line="260"/>
        <source>Add default votes (one per agenda item)</source>
        <translation>Thêm các nội dung biểu quyết mặc định (mỗi mục chương trình một nội dung)</translation>
    </message>
    <message>
        <location filename="../tabs/votes.py" line="267"/>
        <source>Add… (Insert)</source>
        <translation>Thêm… (Insert)</translation>
    </message>
    <message>
        <location filename="../tabs/votes.py" line="268"/>
        <source>Reword… (F2)</source>
        <translation>Sửa… (F2)</translation>
    </message>
    <message>
        <location filename="../tabs/votes.py" line="269"/>
        <source>Remove (Delete)</source>
        <translation>Xóa (Delete)</translation>
    </message>
    <message>
        <location filename="../tabs/votes.py" line="305"/>
        <source>In &amp;favour (tán thành):</source>
        <translation>Tán t&amp;hành:</translation>
    </message>
    <message>
        <location filename="../tabs/votes.py" line="306"/>
        <source>&amp;Against (không tán thành):</source>
        <translation>&amp;Không tán thành:</translation>
    </message>
    <message>
        <location filename="../tabs/votes.py" line="307"/>
        <source>&amp;Other opinion (ý kiến khác):</source>
        <translation>Ý kiến khác (không &amp;biểu quyết):</translation>
    </message>
    <message>
        <location filename="../tabs/votes.py" line="313"/>
        <source>Record (Enter)</source>
        <translation>Ghi kết quả (Enter)</translation>
    </message>
    <message>
        <location filename="../tabs/votes.py" line="314"/>
        <source>All in favour (F7)</source>
        <translation>Tất cả tán thành (F7)</translation>
    </message>
    <message>
        <location filename="../tabs/votes.py" line="318"/>
        <source>Clear result</source>
        <translation>Xóa kết quả</translation>
    </message>
    <message>
        <location filename="../tabs/votes.py" line="340"/>
        <source>Show result in the hall (F10)</source>
        <translation>Hiện kết quả lên màn chiếu (F10)</translation>
    </message>
    <message>
        <location filename="../tabs/votes.py" line="341"/>
        <source>Clear the hall (Shift+F10)</source>
        <translation>Xóa màn chiếu (Shift+F10)</translation>
    </message>
    <message>
        <location filename="../tabs/votes.py" line="397"/>
        <source>Add a vote</source>
        <translation>Thêm nội dung biểu quyết</translation>
    </message>
    <message>
        <location filename="../tabs/votes.py" line="406"/>
        <source>Reword the vote</source>
        <translation>Sửa nội dung biểu quyết</translation>
    </message>
    <message>
        <location filename="../tabs/votes.py" line="415"/>
        <source>Remove the vote</source>
        <translation>Xóa nội dung biểu quyết</translation>
    </message>
    <message>
        <location filename="../tabs/votes.py" line="424"/>
        <source>Type the counts</source>
        <translation>Nhập số lượng biểu quyết</translation>
    </message>
    <message>
        <location filename="../tabs/votes.py" line="432"/>
        <source>All in favour</source>
        <translation>Tất cả tán thành</translation>
    </message>
    <message>
        <location filename="../tabs/votes.py" line="442"/>
        <source>Clear the result</source>
        <translation>Xóa kết quả</translation>
    </message>
    <message>
        <location filename="../tabs/votes.py" line="451"/>
        <source>Show the result in the hall</source>
        <translation>Hiện kết quả lên màn chiếu</translation>
    </message>
    <message>
        <location filename="../tabs/votes.py" line="460"/>
        <source>Clear the hall</source>
        <translation>Xóa màn chiếu</translation>
    </message>
    <message>
        <location filename="../tabs/votes.py" line="523"/>
        <source>not held yet</source>
        <translation>chưa biểu quyết</translation>
    </message>
    <message>
        <location filename="../tabs/votes.py" line="525"/>
        <source>✓ passed %1</source>
        <translation>✓ đã thông qua %1</translation>
    </message>
    <message>
        <location filename="../tabs/votes.py" line="525"/>
        <source>✗ not passed %1</source>
        <translation>✗ không thông qua %1</translation>
    </message>
    <message>
        <location filename="../tabs/votes.py" line="563"/>
        <source>%1 full members summoned</source>
        <translation>%1 đảng viên chính thức được triệu tập</translation>
    </message>
    <message>
        <location filename="../tabs/votes.py" line="565"/>
        <source>attached out</source>
        <translation>sinh hoạt tạm thời ở chi bộ khác</translation>
    </message>
    <message>
        <location filename="../tabs/votes.py" line="566"/>
        <source>exempt, not present</source>
        <translation>miễn sinh hoạt, không có mặt</translation>
    </message>
    <message>
        <location filename="../tabs/votes.py" line="567"/>
        <source>suspended</source>
        <translation>đình chỉ sinh hoạt</translation>
    </message>
    <message>
        <location filename="../tabs/votes.py" line="568"/>
        <source>absent with accepted reason</source>
        <translation>vắng có lý do</translation>
    </message>
    <message>
        <location filename="../tabs/votes.py" line="569"/>
        <source>absent throughout</source>
        <translation>vắng mặt suốt đại hội</translation>
    </message>
    <message>
        <location filename="../tabs/votes.py" line="595"/>
        <source>Select a vote to record its result.</source>
        <translation>Chọn một nội dung biểu quyết để ghi kết quả.</translation>
    </message>
    <message>
        <location filename="../tabs/votes.py" line="597"/>
        <source>No votes yet: add the default votes or press Insert.</source>
        <translation>Chưa có nội dung biểu quyết nào: hãy thêm các nội dung biểu quyết mặc định hoặc nhấn Insert.</translation>
    </message>
    <message>
        <location filename="../tabs/votes.py" line="613"/>
        <source>Majority base %1 · full members present %2 (frozen at %3)</source>
        <translation>Mẫu số %1 · đảng viên chính thức có mặt %2 (chốt lúc %3)</translation>
    </message>
    <message>
        <location filename="../tabs/votes.py" line="643"/>
        <source>Now: majority base %1 · full members present %2</source>
        <translation>Hiện tại: mẫu số %1 · đảng viên chính thức có mặt %2</translation>
    </message>
    <message>
        <location filename="../tabs/votes.py" line="658"/>
        <source>Frozen on the vote when it is recorded.</source>
        <translation>Được chốt khi ghi kết quả biểu quyết.</translation>
    </message>
    <message>
        <location filename="../tabs/votes.py" line="664"/>
        <source>Not tied to an agenda item</source>
        <translation>Không gắn với mục chương trình nào</translation>
    </message>
    <message>
        <location filename="../tabs/votes.py" line="669"/>
        <source>Agenda item %1: %2</source>
        <translation>Mục chương trình %1: %2</translation>
    </message>
    <message>
        <location filename="../tabs/votes.py" line="676"/>
        <source>Not held yet</source>
        <translation>Chưa biểu quyết</translation>
    </message>
    <message>
        <location filename="../tabs/votes.py" line="683"/>
        <source>PASSED</source>
        <translation>ĐÃ THÔNG QUA</translation>
    </message>
    <message>
        <location filename="../tabs/votes.py" line="683"/>
        <source>NOT PASSED</source>
        <translation>KHÔNG THÔNG QUA</translation>
    </message>
    <message>
        <location filename="../tabs/votes.py" line="687"/>
        <source>%1 in favour: %2 of the base %3</source>
        <translation>%1 tán thành: %2 trên mẫu số %3</translation>
    </message>
    <message>
        <location filename="../tabs/votes.py" line="700"/>
        <source>Fewer votes than full members present (%1)</source>
        <translation>Số lượt biểu quyết ít hơn số đảng viên chính thức có mặt (%1)</translation>
    </message>
    <message>
        <location filename="../tabs/votes.py" line="704"/>
        <source>More votes than full members present</source>
        <translation>Số lượt biểu quyết nhiều hơn số đảng viên chính thức có mặt</translation>
    </message>
    <message>
        <location filename="../tabs/votes.py" line="729"/>
        <source>%1 votes added.</source>
        <translation>Đã thêm %1 nội dung biểu quyết.</translation>
    </message>
    <message>
        <location filename="../tabs/votes.py" line="764"/>
        <source>Remove the vote “%1”?</source>
        <translation>Xóa nội dung biểu quyết “%1”?</translation>
    </message>
    <message>
        <location filename="../tabs/votes.py" line="766"/>
        <source>Its recorded result is removed with it.</source>
        <translation>Kết quả đã ghi của nội dung này cũng bị xóa theo.</translation>
    </message>
    <message>
        <location filename="../tabs/votes.py" line="767"/>
        <source>This can be undone (Ctrl+Z).</source>
        <translation>Có thể hoàn tác thao tác này (Ctrl+Z).</translation>
    </message>
    <message>
        <location filename="../tabs/votes.py" line="770"/>
        <source>Remove vote</source>
        <translation>Xóa nội dung biểu quyết</translation>
    </message>
    <message>
        <location filename="../tabs/votes.py" line="824"/>
        <source>Result cleared (Ctrl+Z brings it back).</source>
        <translation>Đã xóa kết quả (nhấn Ctrl+Z để khôi phục).</translation>
    </message>
    <message>
        <location filename="../tabs/votes.py" line="830"/>
        <source>Recorded: %1</source>
        <translation>Đã ghi kết quả: %1</translation>
    </message>
    <message>
        <location filename="../tabs/votes.py" line="838"/>
        <source>This vote has not been held yet.</source>
        <translation>Nội dung này chưa được biểu quyết.</translation>
    </message>
    <message>
        <location filename="../tabs/votes.py" line="841"/>
        <source>The result is shown in the hall.</source>
        <translation>Kết quả đang hiện trên màn chiếu.</translation>
    </message>
    <message>
        <location filename="../tabs/votes.py" line="848"/>
        <source>The result was taken off the hall screen.</source>
        <translation>Đã gỡ kết quả khỏi màn chiếu.</translation>
    </message>
</context>
</TS>
