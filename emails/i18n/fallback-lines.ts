import type { LanguageCode } from '@/lib/languages';

// One sentence, in the reader's own language and script, printed above an English notice when the notice
// has not been translated into their language yet: without it a reader who does not read English could not
// tell what the message is or how to get it in a language they read. Kept short and literal ("not yet
// available in X; you can ask for it in X at {portalAddress}") so it is easy to check with a native
// speaker. There is no help-line number in shared/facts.md, so the portal's address is the only place named.
export const fallbackLines: Readonly<Record<Exclude<LanguageCode, 'en'>, string>> = {
  es: 'Este aviso aún no está disponible en español. Puede pedirlo en español en {portalAddress}.',
  ko: '이 안내문은 아직 한국어로 제공되지 않습니다. {portalAddress} 에서 한국어 안내문을 요청하실 수 있습니다.',
  vi: 'Thông báo này hiện chưa có bằng tiếng Việt. Quý vị có thể yêu cầu bản tiếng Việt tại {portalAddress}.',
  ru: 'Это уведомление пока недоступно на русском языке. Вы можете запросить его на русском языке на сайте {portalAddress}.',
  ar: 'هذا الإشعار غير متوفر باللغة العربية بعد. يمكنك طلبه باللغة العربية على {portalAddress}.',
  ht: 'Avi sa a poko disponib an kreyòl ayisyen. Ou ka mande l an kreyòl ayisyen sou {portalAddress}.',
  tl: 'Hindi pa available sa Tagalog ang abisong ito. Maaari mo itong hilingin sa Tagalog sa {portalAddress}.',
  pt: 'Este aviso ainda não está disponível em português. Você pode pedi-lo em português em {portalAddress}.',
  pl: 'To zawiadomienie nie jest jeszcze dostępne w języku polskim. Możesz poprosić o nie w języku polskim na stronie {portalAddress}.',
  fa: 'این اطلاعیه هنوز به زبان فارسی در دسترس نیست. می‌توانید نسخهٔ فارسی آن را در {portalAddress} درخواست کنید.',
  fr: 'Cet avis n’est pas encore disponible en français. Vous pouvez le demander en français sur {portalAddress}.',
  ja: 'このお知らせは、まだ日本語で提供されていません。{portalAddress} で日本語版を請求できます。',
  gu: 'આ સૂચના હજુ ગુજરાતીમાં ઉપલબ્ધ નથી. તમે {portalAddress} પર ગુજરાતીમાં તેની માંગણી કરી શકો છો.',
  pa: 'ਇਹ ਸੂਚਨਾ ਅਜੇ ਪੰਜਾਬੀ ਵਿੱਚ ਉਪਲਬਧ ਨਹੀਂ ਹੈ। ਤੁਸੀਂ {portalAddress} ’ਤੇ ਇਸਨੂੰ ਪੰਜਾਬੀ ਵਿੱਚ ਮੰਗ ਸਕਦੇ ਹੋ।',
  km: 'សេចក្តីជូនដំណឹងនេះ មិនទាន់មានជាភាសាខ្មែរនៅឡើយទេ។ អ្នកអាចស្នើសុំវាជាភាសាខ្មែរ នៅ {portalAddress} ។',
  ur: 'یہ نوٹس ابھی اردو میں دستیاب نہیں ہے۔ آپ اسے اردو میں {portalAddress} پر طلب کر سکتے ہیں۔',
  bn: 'এই নোটিশটি এখনও বাংলায় পাওয়া যায় না। আপনি {portalAddress} থেকে এটি বাংলায় চাইতে পারেন।',
  it: 'Questo avviso non è ancora disponibile in italiano. Può richiederlo in italiano su {portalAddress}.',
  'zh-Hant': '本通知尚未提供繁體中文版本。您可以在 {portalAddress} 申請繁體中文版本。',
  'zh-Hans': '本通知尚未提供简体中文版本。您可以在 {portalAddress} 申请简体中文版本。',
};
