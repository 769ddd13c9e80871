import type { LanguageCode } from '@/lib/languages';

// Portal strings added after the translators' files were written (issue 13), in every language. The
// copy script (scripts/i18n-copy.ts) merges them into each messages/<code>.json it writes, so a new
// delivery from a translator never drops them. Short on purpose: each was written for this table and is
// as unreviewed as the rest of its language.
export const addedStrings: Readonly<Record<LanguageCode, { reviewNote: string; reviewNoteLink: string }>> = {
  en: {
    reviewNote: 'A person who speaks this language has not checked this translation yet.',
    reviewNoteLink: 'Read this page in English',
  },
  es: {
    reviewNote: 'Una persona que habla este idioma todavía no ha revisado esta traducción.',
    reviewNoteLink: 'Leer esta página en inglés',
  },
  ko: { reviewNote: '이 번역은 아직 한국어를 하는 사람이 검토하지 않았습니다.', reviewNoteLink: '이 페이지를 영어로 읽기' },
  vi: { reviewNote: 'Bản dịch này chưa được một người nói tiếng Việt kiểm tra.', reviewNoteLink: 'Đọc trang này bằng tiếng Anh' },
  ru: { reviewNote: 'Этот перевод ещё не проверил человек, говорящий по-русски.', reviewNoteLink: 'Читать эту страницу на английском' },
  ar: { reviewNote: 'لم يراجع هذه الترجمة بعدُ شخصٌ يتحدث العربية.', reviewNoteLink: 'اقرأ هذه الصفحة بالإنجليزية' },
  ht: { reviewNote: 'Yon moun ki pale kreyòl poko verifye tradiksyon sa a.', reviewNoteLink: 'Li paj sa a an anglè' },
  tl: {
    reviewNote: 'Hindi pa nasusuri ng taong nagsasalita ng Tagalog ang salin na ito.',
    reviewNoteLink: 'Basahin ang pahinang ito sa Ingles',
  },
  pt: {
    reviewNote: 'Esta tradução ainda não foi revisada por uma pessoa que fala português.',
    reviewNoteLink: 'Ler esta página em inglês',
  },
  pl: {
    reviewNote: 'To tłumaczenie nie zostało jeszcze sprawdzone przez osobę mówiącą po polsku.',
    reviewNoteLink: 'Przeczytaj tę stronę po angielsku',
  },
  fa: { reviewNote: 'این ترجمه هنوز توسط یک فارسی‌زبان بررسی نشده است.', reviewNoteLink: 'این صفحه را به انگلیسی بخوانید' },
  fr: {
    reviewNote: 'Cette traduction n’a pas encore été vérifiée par une personne qui parle français.',
    reviewNoteLink: 'Lire cette page en anglais',
  },
  ja: { reviewNote: 'この翻訳は、まだ日本語を話す人の確認を受けていません。', reviewNoteLink: 'このページを英語で読む' },
  gu: { reviewNote: 'આ અનુવાદ હજુ સુધી ગુજરાતી બોલતી કોઈ વ્યક્તિએ તપાસ્યો નથી.', reviewNoteLink: 'આ પાનું અંગ્રેજીમાં વાંચો' },
  pa: { reviewNote: 'ਇਸ ਅਨੁਵਾਦ ਦੀ ਅਜੇ ਤੱਕ ਕਿਸੇ ਪੰਜਾਬੀ ਬੋਲਣ ਵਾਲੇ ਵਿਅਕਤੀ ਨੇ ਜਾਂਚ ਨਹੀਂ ਕੀਤੀ।', reviewNoteLink: 'ਇਹ ਪੰਨਾ ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ ਪੜ੍ਹੋ' },
  km: { reviewNote: 'ការបកប្រែនេះ មិនទាន់ត្រូវបានពិនិត្យដោយអ្នកនិយាយភាសាខ្មែរនៅឡើយទេ។', reviewNoteLink: 'អានទំព័រនេះជាភាសាអង់គ្លេស' },
  ur: { reviewNote: 'اس ترجمے کی ابھی تک کسی اردو بولنے والے شخص نے جانچ نہیں کی۔', reviewNoteLink: 'یہ صفحہ انگریزی میں پڑھیں' },
  bn: { reviewNote: 'এই অনুবাদটি এখনও বাংলাভাষী কোনো ব্যক্তি যাচাই করেননি।', reviewNoteLink: 'এই পৃষ্ঠাটি ইংরেজিতে পড়ুন' },
  it: {
    reviewNote: 'Questa traduzione non è ancora stata controllata da una persona che parla italiano.',
    reviewNoteLink: 'Leggi questa pagina in inglese',
  },
  'zh-Hant': { reviewNote: '這份翻譯尚未經過會說中文的人審閱。', reviewNoteLink: '閱讀本頁的英文版' },
  'zh-Hans': { reviewNote: '这份翻译尚未经过会说中文的人审阅。', reviewNoteLink: '阅读本页的英文版' },
};
