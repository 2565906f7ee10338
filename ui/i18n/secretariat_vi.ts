<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
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
        <location filename="../tabs/congress.py" line="649"/>
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
        <location filename="../tabs/congress.py" line="547"/>
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
        <location filename="../tabs/congress.py" line="554"/>
        <source>%1 of %2 shown</source>
        <translation>Đang hiện %1/%2</translation>
    </message>
    <message>
        <location filename="../tabs/congress.py" line="611"/>
        <source>Not saved: %1</source>
        <translation>Chưa lưu: %1</translation>
    </message>
    <message>
        <location filename="../tabs/congress.py" line="690"/>
        <source>and %1 more</source>
        <translation>và %1 đồng chí khác</translation>
    </message>
    <message>
        <location filename="../tabs/congress.py" line="694"/>
        <source>Remove this member from the roster?</source>
        <translation>Xóa đảng viên này khỏi danh sách?</translation>
    </message>
    <message>
        <location filename="../tabs/congress.py" line="696"/>
        <source>Remove these %1 members from the roster?</source>
        <translation>Xóa %1 đảng viên này khỏi danh sách?</translation>
    </message>
    <message>
        <location filename="../tabs/congress.py" line="702"/>
        <source>Their attendance records are removed too. You can undo this.</source>
        <translation>Dữ liệu điểm danh liên quan cũng bị xóa theo. Có thể hoàn tác thao tác này.</translation>
    </message>
    <message>
        <location filename="../tabs/congress.py" line="706"/>
        <location filename="../tabs/congress.py" line="717"/>
        <source>Remove members</source>
        <translation>Xóa đảng viên</translation>
    </message>
    <message>
        <location filename="../tabs/congress.py" line="772"/>
        <location filename="../tabs/congress.py" line="782"/>
        <source>Remove guest</source>
        <translation>Xóa khách mời</translation>
    </message>
    <message>
        <location filename="../tabs/congress.py" line="773"/>
        <source>Remove %1 from the guests? You can undo this.</source>
        <translation>Xóa %1 khỏi danh sách khách mời? Có thể hoàn tác thao tác này.</translation>
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
        <location filename="../main_window.py" line="98"/>
        <source>Cannot undo or redo</source>
        <translation>Không thể hoàn tác hoặc làm lại</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="120"/>
        <source>Congress</source>
        <translation>Đại hội</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="121"/>
        <source>Attendance</source>
        <translation>Điểm danh</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="133"/>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="134"/>
        <source>&amp;New congress…</source>
        <translation>&amp;Tạo đại hội mới…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="135"/>
        <source>&amp;Open…</source>
        <translation>&amp;Mở…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="136"/>
        <source>Open &amp;recent</source>
        <translation>Mở &amp;gần đây</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="141"/>
        <source>Open the &amp;demo congress</source>
        <translation>Mở đại &amp;hội mẫu</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="145"/>
        <source>Save a &amp;copy as…</source>
        <translation>&amp;Lưu bản sao thành…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="152"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Sao lưu ngay</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="159"/>
        <source>&amp;Close</source>
        <translation>Đó&amp;ng</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="165"/>
        <source>&amp;Quit</source>
        <translation>Th&amp;oát</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="167"/>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="168"/>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="170"/>
        <source>Redo</source>
        <translation>Làm lại</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="177"/>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="178"/>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="217"/>
        <source>Congress Secretary</source>
        <translation>Thư ký Đại hội</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="223"/>
        <source>(unnamed cell)</source>
        <translation>(chi bộ chưa đặt tên)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="225"/>
        <source>Congress of %1, no. %2</source>
        <translation>Đại hội %1 lần thứ %2</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="231"/>
        <source>Congress files (%1)</source>
        <translation>Tệp đại hội (%1)</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="235"/>
        <source>New congress</source>
        <translation>Tạo đại hội mới</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="251"/>
        <source>Open a congress file</source>
        <translation>Mở tệp đại hội</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="266"/>
        <source>The file was updated to this version; the original was kept as %1</source>
        <translation>Tệp đã được cập nhật lên phiên bản này; bản gốc được giữ lại tại %1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="281"/>
        <source>Cannot open the file</source>
        <translation>Không thể mở tệp</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="287"/>
        <source>Save a copy as</source>
        <translation>Lưu bản sao thành</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="299"/>
        <source>Could not save the copy</source>
        <translation>Không lưu được bản sao</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="301"/>
        <source>Copy saved: %1</source>
        <translation>Đã lưu bản sao: %1</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="311"/>
        <source>Could not back up</source>
        <translation>Không sao lưu được</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="313"/>
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
        <location filename="../messages.py" line="114"/>
        <source>The value of %1 is not acceptable.</source>
        <translation>Giá trị của %1 không hợp lệ.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="124"/>
        <source>missing value</source>
        <translation>thiếu giá trị</translation>
    </message>
    <message>
        <location filename="../messages.py" line="125"/>
        <source>invalid value</source>
        <translation>giá trị không hợp lệ</translation>
    </message>
    <message>
        <location filename="../messages.py" line="126"/>
        <source>duplicate</source>
        <translation>trùng lặp</translation>
    </message>
    <message>
        <location filename="../messages.py" line="127"/>
        <source>contradicts another column</source>
        <translation>mâu thuẫn với cột khác</translation>
    </message>
    <message>
        <location filename="../messages.py" line="128"/>
        <source>the file cannot be read</source>
        <translation>không đọc được tệp</translation>
    </message>
    <message>
        <location filename="../messages.py" line="129"/>
        <source>unsupported file type (use .xlsx or .csv)</source>
        <translation>loại tệp không được hỗ trợ (hãy dùng .xlsx hoặc .csv)</translation>
    </message>
    <message>
        <location filename="../messages.py" line="132"/>
        <source>the file is empty</source>
        <translation>tệp không có dữ liệu</translation>
    </message>
    <message>
        <location filename="../messages.py" line="133"/>
        <source>no header row was recognised</source>
        <translation>không nhận biết được dòng tiêu đề</translation>
    </message>
    <message>
        <location filename="../messages.py" line="134"/>
        <source>no column holds the full name</source>
        <translation>không có cột nào chứa họ và tên</translation>
    </message>
    <message>
        <location filename="../messages.py" line="147"/>
        <source>Nothing was imported: %n problem(s) were found.</source>
        <translation>Chưa nhập dữ liệu nào: phát hiện %n lỗi.</translation>
    </message>
    <message>
        <location filename="../messages.py" line="153"/>
        <source>row %1</source>
        <translation>dòng %1</translation>
    </message>
    <message>
        <location filename="../messages.py" line="162"/>
        <source>This record no longer exists (it may have been removed).</source>
        <translation>Bản ghi này không còn tồn tại (có thể đã bị xóa).</translation>
    </message>
    <message>
        <location filename="../messages.py" line="168"/>
        <source>The file system refused the operation: %1</source>
        <translation>Hệ thống tệp từ chối thao tác: %1</translation>
    </message>
    <message>
        <location filename="../messages.py" line="176"/>
        <source>Secretariat</source>
        <translation>Thư ký Đại hội</translation>
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
    <name>StartPage</name>
    <message>
        <location filename="../main_window.py" line="46"/>
        <source>Congress Secretary</source>
        <translation>Thư ký Đại hội</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="52"/>
        <source>Every change is saved at once in the congress file: there is nothing to save and nothing to lose.</source>
        <translation>Mọi thay đổi được lưu ngay vào tệp đại hội: không cần bấm lưu và không lo mất dữ liệu.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="59"/>
        <source>New congress…</source>
        <translation>Tạo đại hội mới…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="60"/>
        <source>Open a congress file…</source>
        <translation>Mở tệp đại hội…</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="61"/>
        <source>Open the demo congress</source>
        <translation>Mở đại hội mẫu</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="67"/>
        <source>Recent files:</source>
        <translation>Tệp mở gần đây:</translation>
    </message>
</context>
</TS>
