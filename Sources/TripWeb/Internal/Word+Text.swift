import TripModel

extension Word {
    /// The word in both languages.
    var text: LocalizedText {
        switch self {
        case .app: LocalizedText(zh: "Tripwright 公務出國", en: "Tripwright")
        case .colon: LocalizedText(zh: "：", en: ": ")
        case .parenOpen: LocalizedText(zh: "（", en: " (")
        case .parenClose: LocalizedText(zh: "）", en: ")")
        case .newDelegation: LocalizedText(zh: "新增出國案", en: "New delegation")
        case .createDelegation: LocalizedText(zh: "建立出國案", en: "Create the delegation")
        case .delegationFacts: LocalizedText(zh: "出國案基本資料", en: "The delegation")
        case .home: LocalizedText(zh: "出發地（城市或機場代碼）", en: "Home (a city or an airport code)")
        case .firstDay: LocalizedText(zh: "出國日期（第一天）", en: "First day")
        case .lastDay: LocalizedText(zh: "返國日期（最後一天）", en: "Last day")
        case .purpose: LocalizedText(zh: "目的", en: "Purpose")
        case .reportDate: LocalizedText(zh: "報告日期", en: "Report date")
        case .tripID: LocalizedText(zh: "出國案代號（id）", en: "Delegation id")
        case .tripIDHelp:
            LocalizedText(
                zh: "代號用於網址與檔名；留空則依出國日期自動編號。只能用小寫英文、數字、- 與 _。",
                en: "Used in links and file names; leave empty to have one made from the first day. Lower-case letters, digits, - and _ only."
            )
        case .leader: LocalizedText(zh: "團長（第一位出國人員，也是聯絡人）", en: "Leader (the first member, and the contact)")
        case .leaderHelp: LocalizedText(zh: "其他人員在建立後於「編輯人員」加入。", en: "Add the other members afterwards under Edit members.")
        case .participants: LocalizedText(zh: "參加人員", en: "Who takes part")
        case .participantsHelp: LocalizedText(zh: "都不勾選表示全體人員。", en: "None ticked: everyone.")
        case .mode: LocalizedText(zh: "交通方式", en: "Mode")
        case .flightNumber: LocalizedText(zh: "班次（航班號碼）", en: "Service (flight number)")
        case .carrier: LocalizedText(zh: "航空公司或業者", en: "Carrier")
        case .from: LocalizedText(zh: "出發地", en: "From")
        case .to: LocalizedText(zh: "抵達地", en: "To")
        case .depart: LocalizedText(zh: "出發時間（出發地當地時間）", en: "Departs (local time where it leaves)")
        case .arrive: LocalizedText(zh: "抵達時間（抵達地當地時間）", en: "Arrives (local time where it lands)")
        case .remark: LocalizedText(zh: "備註", en: "Remark")
        case .checkIn: LocalizedText(zh: "入住日期", en: "Check-in")
        case .checkOut: LocalizedText(zh: "退房日期", en: "Check-out")
        case .booking: LocalizedText(zh: "訂房代號", en: "Booking")
        case .addEvent: LocalizedText(zh: "新增行程", en: "Add an event")
        case .addLeg: LocalizedText(zh: "新增交通", en: "Add a leg")
        case .addStay: LocalizedText(zh: "新增住宿", en: "Add a stay")
        case .localTimeHelp:
            LocalizedText(
                zh: "日期與時間，例如 2026-03-10 23:40；各以該地當地時間填寫，隔日抵達請寫抵達日期。",
                en: "Date and time, e.g. 2026-03-10 23:40, each in the local time of its place; give the landing date when it lands on a later day."
            )
        case .placeHelp:
            LocalizedText(
                zh: "輸入機場代碼、城市名稱或此出國案已有的地點，輸入時會列出符合的地點與時區。",
                en: "An airport code, a city, or a place of this delegation; matching places and their zones are listed as you type."
            )
        case .lands: LocalizedText(zh: "抵達", en: "Lands")
        case .leftOn: LocalizedText(zh: "出發日 ", en: "left on ")
        case .planYAML: LocalizedText(zh: "計畫檔（YAML）", en: "Plan file (YAML)")
        case .delegations: LocalizedText(zh: "出國案", en: "Delegations")
        case .today: LocalizedText(zh: "今日", en: "Today")
        case .overview: LocalizedText(zh: "總覽", en: "Overview")
        case .schedule: LocalizedText(zh: "逐日行程", en: "Schedule")
        case .press: LocalizedText(zh: "新聞輿情", en: "Press")
        case .report: LocalizedText(zh: "出國報告", en: "Report")
        case .plan: LocalizedText(zh: "計畫檔", en: "Plan file")
        case .calendar: LocalizedText(zh: "行事曆訂閱", en: "Calendar feeds")
        case .members: LocalizedText(zh: "出國人員", en: "Members")
        case .member: LocalizedText(zh: "人員", en: "Member")
        case .everyone: LocalizedText(zh: "全體", en: "Everyone")
        case .planTitle: LocalizedText(zh: "計畫名稱", en: "Plan")
        case .period: LocalizedText(zh: "出國期間", en: "Dates")
        case .category: LocalizedText(zh: "出國類別", en: "Category")
        case .agency: LocalizedText(zh: "服務機關", en: "Agency")
        case .countries: LocalizedText(zh: "派赴國家", en: "Countries")
        case .status: LocalizedText(zh: "狀態", en: "Status")
        case .namesTitles: LocalizedText(zh: "姓名職稱", en: "Names and titles")
        case .reportDue: LocalizedText(zh: "報告期限", en: "Report due")
        case .reportZipNote:
            LocalizedText(
                zh: "html 與 md 有照片時會下載成 zip：報告檔與 images 資料夾放在一起，解壓後即可開啟。",
                en: "With photos, html and md download as a zip: the report beside its images folder; unzip it and open the report."
            )
        case .diagnostics: LocalizedText(zh: "行程檢查", en: "Checks")
        case .noDiagnostics: LocalizedText(zh: "沒有發現問題。", en: "No problems found.")
        case .order: LocalizedText(zh: "項次", en: "No.")
        case .unit: LocalizedText(zh: "單位", en: "Unit")
        case .jobTitle: LocalizedText(zh: "職稱", en: "Title")
        case .name: LocalizedText(zh: "姓名", en: "Name")
        case .role: LocalizedText(zh: "角色", en: "Role")
        case .items: LocalizedText(zh: "相關項目", en: "Items")
        case .nothingPlanned: LocalizedText(zh: "（無行程）", en: "(nothing planned)")
        case .noDelegationsYet: LocalizedText(zh: "目前還沒有出國案。", en: "There are no delegations yet.")
        case .noDelegationsForYou:
            LocalizedText(
                zh: "目前沒有您可查看的出國案；需要時請洽管理者或承辦人。",
                en: "There is no delegation for you to see yet; ask an administrator or the organiser if you need one."
            )
        case .stay: LocalizedText(zh: "住宿", en: "Stay")
        case .localTimes: LocalizedText(zh: "時間皆為當地時間；與出發地不同時區者註明時區。", en: "All times are local; a zone is shown where it differs from home.")
        case .notes: LocalizedText(zh: "筆記", en: "Notes")
        case .addNote: LocalizedText(zh: "新增筆記", en: "Add a note")
        case .save: LocalizedText(zh: "儲存", en: "Save")
        case .edit: LocalizedText(zh: "修改", en: "Edit")
        case .previousText: LocalizedText(zh: "先前版本", en: "Earlier versions")
        case .photos: LocalizedText(zh: "照片", en: "Photos")
        case .addPhotos: LocalizedText(zh: "上傳照片（可一次多張）", en: "Upload photos (several at once)")
        case .caption: LocalizedText(zh: "說明", en: "Caption")
        case .taken: LocalizedText(zh: "拍攝時間", en: "Taken")
        case .originalFile: LocalizedText(zh: "原始檔", en: "Original file")
        case .upload: LocalizedText(zh: "上傳", en: "Upload")
        case .counterparts: LocalizedText(zh: "會晤對象", en: "People met")
        case .addCounterpart: LocalizedText(zh: "新增會晤對象", en: "Add a person met")
        case .organisation: LocalizedText(zh: "機關", en: "Organisation")
        case .outcomes: LocalizedText(zh: "成果", en: "Outcomes")
        case .addOutcome: LocalizedText(zh: "新增成果", en: "Add an outcome")
        case .followUps: LocalizedText(zh: "後續辦理", en: "Follow-ups")
        case .addFollowUp: LocalizedText(zh: "新增後續辦理事項", en: "Add a follow-up")
        case .task: LocalizedText(zh: "事項", en: "Task")
        case .owner: LocalizedText(zh: "負責人", en: "Owner")
        case .due: LocalizedText(zh: "期限", en: "Due")
        case .date: LocalizedText(zh: "日期", en: "Date")
        case .text: LocalizedText(zh: "內容", en: "Text")
        case .host: LocalizedText(zh: "接待單位", en: "Host")
        case .place: LocalizedText(zh: "地點", en: "Place")
        case .now: LocalizedText(zh: "現在", en: "Now")
        case .next: LocalizedText(zh: "接下來", en: "Next")
        case .current: LocalizedText(zh: "目前會談", en: "Current meeting")
        case .otherToday: LocalizedText(zh: "今日其他行程", en: "Other items today")
        case .whoseDay: LocalizedText(zh: "誰的行程", en: "Whose day")
        case .showDay: LocalizedText(zh: "顯示", en: "Show")
        case .pick: LocalizedText(zh: "改選此項", en: "Pick this")
        case .nothingToday: LocalizedText(zh: "今天沒有排定的行程。", en: "Nothing is planned today.")
        case .outlet: LocalizedText(zh: "媒體", en: "Outlet")
        case .headline: LocalizedText(zh: "標題", en: "Headline")
        case .link: LocalizedText(zh: "連結", en: "Link")
        case .image: LocalizedText(zh: "圖片", en: "Image")
        case .addPress: LocalizedText(zh: "新增新聞", en: "Add a clipping")
        case .uploadPlan: LocalizedText(zh: "上傳計畫檔（YAML）", en: "Upload a plan file (YAML)")
        case .planErrors: LocalizedText(zh: "計畫檔有錯誤，未匯入任何資料：", en: "The plan file has errors; nothing was imported:")
        case .imported: LocalizedText(zh: "已匯入", en: "Imported")
        case .download: LocalizedText(zh: "下載", en: "Download")
        case .signIn: LocalizedText(zh: "登入", en: "Sign in")
        case .signOut: LocalizedText(zh: "登出", en: "Sign out")
        case .code: LocalizedText(zh: "登入代碼", en: "Sign-in code")
        case .codeHelp:
            LocalizedText(zh: "請輸入承辦人以 tripwright user add 產生的一次性代碼。", en: "Enter the one-time code an organiser made with tripwright user add.")
        case .back: LocalizedText(zh: "返回", en: "Back")
        case .error: LocalizedText(zh: "無法完成", en: "Could not finish")
        case .offlineSaved:
            LocalizedText(zh: "目前離線：筆記已存在此裝置，連線恢復後會自動送出。", en: "Offline: the note is kept on this device and sent when the connection returns.")
        case .offlineSent: LocalizedText(zh: "離線時儲存的筆記已送出。", en: "Notes saved offline have been sent.")
        case .conflict:
            LocalizedText(
                zh: "這則筆記已被他人修改。您的版本沒有儲存；請比對後再送出。",
                en: "Someone else changed this note first. Your version was not saved; compare and send again."
            )
        case .yourText: LocalizedText(zh: "您的版本", en: "Your version")
        case .theirText: LocalizedText(zh: "目前內容", en: "Current text")
        case .makeFeed: LocalizedText(zh: "產生訂閱網址", en: "Make a feed link")
        case .feedOnce:
            LocalizedText(
                zh: "請立即複製：這個網址只顯示一次；先前產生的網址已停用。",
                en: "Copy it now: this address is shown only once. Addresses made before no longer work."
            )
        case .revokeFeeds: LocalizedText(zh: "停用訂閱網址", en: "Stop feed links")
        case .feedsRevoked: LocalizedText(zh: "已停用的訂閱網址數：", en: "feed links stopped:")
        case .logged: LocalizedText(zh: "已記錄", en: "logged")
        case .newest: LocalizedText(zh: "最新", en: "Newest")
        case .editMembers: LocalizedText(zh: "編輯人員", en: "Edit members")
        case .start: LocalizedText(zh: "開始時間（當地）", en: "Start (local)")
        case .end: LocalizedText(zh: "結束時間（當地）", en: "End (local)")
        case .titleLabel: LocalizedText(zh: "名稱", en: "Title")
        case .kindLabel: LocalizedText(zh: "類型", en: "Type")
        case .example: LocalizedText(zh: "匯入九州考察範例", en: "Import the Kyushu example")
        case .editCaption: LocalizedText(zh: "修改說明", en: "Edit caption")
        case .noFile: LocalizedText(zh: "照片檔待補", en: "No file yet")
        case .rank: LocalizedText(zh: "官職等", en: "Rank")
        case .email: LocalizedText(zh: "電子郵件", en: "E-mail")
        case .idLabel: LocalizedText(zh: "代號（id）", en: "Id")
        case .formErrors: LocalizedText(zh: "有欄位需要修正，尚未儲存：", en: "Some fields need fixing; nothing was saved yet:")
        case .editConflict:
            LocalizedText(
                zh: "您開啟表單後，已有他人修改了這些資料。您的版本沒有儲存；請比對後決定：再按儲存會以您的版本取代目前內容。",
                en:
                    "Someone else changed this after you opened the form. Your version was not saved; compare, and save again to replace the current values with yours."
            )
        case .field: LocalizedText(zh: "欄位", en: "Field")
        case .removeMember: LocalizedText(zh: "刪除此人員", en: "Remove this member")
        case .removeConfirm:
            LocalizedText(
                zh: "確定要從出國人員名單刪除這位人員嗎？其參與的行程中將不再列出此人；已記錄的筆記不受影響。",
                en: "Remove this member from the delegation? They will no longer be listed on the items they take part in; notes logged stay."
            )
        case .removeRefused: LocalizedText(zh: "目前不能刪除這位人員：", en: "This member cannot be removed now:")
        case .confirmRemove: LocalizedText(zh: "確定刪除", en: "Remove")
        case .cancel: LocalizedText(zh: "取消", en: "Cancel")
        case .captionConflict:
            LocalizedText(
                zh: "這張照片的說明已被他人修改。您的版本沒有儲存；請比對後再送出。",
                en: "Someone else changed this caption first. Your version was not saved; compare and send again."
            )
        case .removedMeanwhile: LocalizedText(zh: "這位人員在您開啟表單後已被刪除，未儲存。", en: "was removed after you opened the form; not saved.")
        case .newMember: LocalizedText(zh: "新增人員（選填）", en: "Add a member (optional)")
        case .idHelp: LocalizedText(zh: "留空則自動編號；只能用小寫英文、數字、- 與 _。", en: "Leave empty to have one given; lower-case letters, digits, - and _ only.")
        case .fix: LocalizedText(zh: "更正", en: "Correct")
        case .deleteItem: LocalizedText(zh: "刪除（可復原）", en: "Delete (undoable)")
        case .moveTo: LocalizedText(zh: "移到行程", en: "Move to event")
        case .moveItem: LocalizedText(zh: "移動", en: "Move")
        case .undo: LocalizedText(zh: "復原", en: "Undo")
        case .history: LocalizedText(zh: "修改紀錄", en: "History")
        case .recentChanges: LocalizedText(zh: "最近的更正", en: "Recent corrections")
        case .fillPhoto: LocalizedText(zh: "上傳照片補上", en: "Upload to fill")
        case .replaceFile: LocalizedText(zh: "換照片檔", en: "Replace the file")
        case .undone: LocalizedText(zh: "已復原", en: "undone")
        case .noChanges: LocalizedText(zh: "沒有修改紀錄。", en: "No corrections.")
        case .before: LocalizedText(zh: "原本", en: "Before")
        case .after: LocalizedText(zh: "之後", en: "After")
        case .when: LocalizedText(zh: "時間", en: "When")
        case .who: LocalizedText(zh: "修改者", en: "By")
        case .what: LocalizedText(zh: "更正", en: "Change")
        case .reportEarlier: LocalizedText(zh: "報告中往前移", en: "Earlier in the report")
        case .reportLater: LocalizedText(zh: "報告中往後移", en: "Later in the report")
        case .whatIsLeft: LocalizedText(zh: "還有哪些要完成", en: "what is left")
        case .nothingLeft: LocalizedText(zh: "草稿中已沒有【待填】提示。", en: "No 【待填】 prompt is left in the draft.")
        case .promptsLeft: LocalizedText(zh: "草稿中的【待填】提示：", en: "【待填】 prompts in the draft:")
        case .reportPreview: LocalizedText(zh: "預覽報告（HTML）", en: "Preview the report (HTML)")
        case .readiness: LocalizedText(zh: "報告完成度檢查", en: "Report readiness")
        case .reportWarnings: LocalizedText(zh: "製作報告時的注意事項", en: "Report warnings")
        case .downloads: LocalizedText(zh: "下載", en: "Downloads")
        case .fillOnEvent: LocalizedText(zh: "到行程頁填寫", en: "fill in on the event's page")
        case .fillOnPress: LocalizedText(zh: "到新聞頁填寫", en: "fill in on the press page")
        case .fillInPlan: LocalizedText(zh: "在計畫檔填寫", en: "fill in in the plan file")
        case .outline: LocalizedText(zh: "大綱", en: "Outline")
        case .outlineHelp:
            LocalizedText(
                zh: "每個段落在報告「過程」中成為一個編號段落；編號會自動產生。隱藏的段落仍列在參訪日程表中。",
                en:
                    "Each section becomes one numbered part of the report's body; numbers are generated. A hidden section's visits stay in the itinerary table."
            )
        case .notInBody: LocalizedText(zh: "不列入本文", en: "not in the body")
        case .moveUp: LocalizedText(zh: "上移", en: "Up")
        case .moveDown: LocalizedText(zh: "下移", en: "Down")
        case .mergeNext: LocalizedText(zh: "與下一段合併", en: "Merge with next")
        case .split: LocalizedText(zh: "拆分", en: "Split")
        case .showInBody: LocalizedText(zh: "列入本文", en: "Show in the body")
        case .hideFromBody: LocalizedText(zh: "不列入本文", en: "Hide from the body")
        case .heading: LocalizedText(zh: "標題", en: "Heading")
        case .rename: LocalizedText(zh: "改標題", en: "Rename")
        case .editOutline: LocalizedText(zh: "調整大綱", en: "Edit the outline")
        case .sectionText: LocalizedText(zh: "本段內文（留空則使用行程紀錄）", en: "This section's text (empty: the visits' notes)")
        case .draftedText: LocalizedText(zh: "草稿內容（行程紀錄）", en: "Drafted text (the visits' notes)")
        case .saveText: LocalizedText(zh: "儲存內文", en: "Save the text")
        case .pages: LocalizedText(zh: "分頁", en: "Pages")
        case .previousPage: LocalizedText(zh: "上一頁", en: "Previous page")
        case .nextPage: LocalizedText(zh: "下一頁", en: "Next page")
        case .reportText: LocalizedText(zh: "報告文字", en: "Report text")
        case .reportTextHelp:
            LocalizedText(
                zh: "這些文字由報告撰寫人填寫；留空則報告印出【待填】提示（摘要則印出由行程產生的草稿）。",
                en:
                    "These texts are written by the report's author; left empty, the report prints a 【待填】 prompt (the summary: a draft made from the trip)."
            )
        case .theme: LocalizedText(zh: "主題（心得的小標題，可留空）", en: "Theme (the part's heading; may be empty)")
        case .addReflection: LocalizedText(zh: "新增一則心得", en: "Add a reflection")
        case .removeReflection: LocalizedText(zh: "刪除這則心得", en: "Remove this reflection")
        case .characterCount: LocalizedText(zh: "字數", en: "Characters")
        case .draftedHere: LocalizedText(zh: "留空時報告印出的內容", en: "What the report prints when this is empty")
        case .proseConflict:
            LocalizedText(
                zh: "這段文字在您編輯時已被他人修改，您的版本沒有儲存。請比對目前內容後，再按儲存（將以您的版本取代）。",
                en:
                    "Someone else changed this text while you edited it; your version was not saved. Compare with the current text, then save again (yours replaces it)."
            )
        case .fillProse: LocalizedText(zh: "在報告文字頁填寫", en: "write it on the report text page")
        case .fromPurpose: LocalizedText(zh: "審議會報告的前言也由此產生", en: "the council report's opening is drafted from it")
        case .fromSummary: LocalizedText(zh: "審議會報告的結語也由此產生", en: "the council report's closing is drafted from it")
        case .tickToRemove: LocalizedText(zh: "確定刪除（刪除後無法復原）", en: "Yes, remove it (this cannot be undone)")
        case .departBy: LocalizedText(zh: "最晚出發日期（出發日未定時）", en: "Leaves by (when the day is not fixed)")
        case .phone: LocalizedText(zh: "電話", en: "Phone")
        case .kindAuto: LocalizedText(zh: "自動（依本國判斷）", en: "Automatic (from home)")
        case .editLeg: LocalizedText(zh: "修改交通", en: "Edit the leg")
        case .editStay: LocalizedText(zh: "修改住宿", en: "Edit the stay")
        case .localZone: LocalizedText(zh: "當地時區", en: "Local zone")
        case .deleteLink: LocalizedText(zh: "刪除", en: "Delete")
        case .deleteConfirm:
            LocalizedText(
                zh: "刪除後無法復原（需要時可再新增），其參加人員名單一併刪除。確定刪除？",
                en: "Deleting cannot be undone (add it again if needed); its list of participants goes with it. Delete it?"
            )
        case .deleteRefused: LocalizedText(zh: "目前不能刪除：", en: "This cannot be deleted now:")
        case .confirmDelete: LocalizedText(zh: "確定刪除", en: "Delete")
        case .dayOrder: LocalizedText(zh: "調整順序", en: "Reorder")
        case .editDelegation: LocalizedText(zh: "修改基本資料", en: "Edit the delegation")
        case .contactPerson: LocalizedText(zh: "聯絡人", en: "Contact")
        case .editPress: LocalizedText(zh: "修改新聞", en: "Edit the clipping")
        case .seatBooking: LocalizedText(zh: "訂位代號", en: "Booking")
        case .languageTag: LocalizedText(zh: "語言（如 zh-Hant、ja）", en: "Language (e.g. zh-Hant, ja)")
        case .dayOrderHelp:
            LocalizedText(
                zh: "這裡列出當天沒有時間的行程，依此順序列在行程表與報告中；有時間的行程依時間排列。",
                en: "The day's events without a time, listed in the schedule and the report in this order; timed events go by the clock."
            )
        case .followUpBoard: LocalizedText(zh: "後續辦理事項總覽", en: "Follow-ups board")
        case .allFollowUps: LocalizedText(zh: "各出國案後續辦理事項", en: "Follow-ups of all delegations")
        case .markDone: LocalizedText(zh: "標記完成", en: "Mark done")
        case .reopen: LocalizedText(zh: "重新開啟", en: "Reopen")
        case .dropFollowUp: LocalizedText(zh: "不再辦理", en: "Drop")
        case .noFollowUps: LocalizedText(zh: "目前沒有後續辦理事項。", en: "No follow-ups yet.")
        case .followUpEvent: LocalizedText(zh: "行程", en: "Event")
        case .followUpDelegation: LocalizedText(zh: "出國案", en: "Delegation")
        case .timeLogged: LocalizedText(zh: "記錄時間", en: "Time logged")
        case .access: LocalizedText(zh: "權限", en: "Access")
        case .accessHelp:
            LocalizedText(
                zh: "承辦人與檢視者只看得到獲授權的出國案：承辦人可編輯，檢視者只能閱讀。收回後，對方下一次開啟頁面即看不到此出國案。",
                en: "Organisers and viewers see only the delegations granted to them: organisers edit, viewers read. "
                    + "A revoked account no longer sees this delegation from its next page."
            )
        case .accessGranted: LocalizedText(zh: "已授權的帳號", en: "Accounts granted")
        case .accessNone: LocalizedText(zh: "尚未授權任何承辦人或檢視者。", en: "No organiser or viewer is granted this delegation.")
        case .accessAccount: LocalizedText(zh: "帳號", en: "Account")
        case .accessRole: LocalizedText(zh: "在此出國案的角色", en: "Role on this delegation")
        case .grantAccess: LocalizedText(zh: "授權", en: "Grant")
        case .revokeAccess: LocalizedText(zh: "收回權限", en: "Revoke")
        case .accessAdministrators: LocalizedText(zh: "管理者（可看並修改全部出國案）", en: "Administrators (see and edit every delegation)")
        case .accessMembers: LocalizedText(zh: "團員帳號（依人員名單，可記錄）", en: "Member accounts (by the members list; they log)")
        }
    }
}
