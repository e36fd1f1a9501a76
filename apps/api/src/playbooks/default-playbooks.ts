import type { Category, CompensationRange, LocalizedText, PlaybookContent, PlaybookStep } from '@franscore/domain';

/*
 * The playbooks head office ships with the product: one `*` playbook per
 * category, published as version 1 on an empty database. The path is LATTE
 * (Listen, Acknowledge, Take action, Thank, Explain) with a sincere apology
 * and proportionate compensation, in the order staff meet them at the counter.
 */

const t = (en: string, ru: string): LocalizedText => ({ en, ru });
const step = (event: PlaybookStep['event'], withinMinutes: number | null, title: LocalizedText, detail: LocalizedText): PlaybookStep => ({ event, title, detail, withinMinutes });

const listen = (minutes: number, detail: LocalizedText) =>
  step('acknowledged', minutes, t('Listen, then acknowledge', 'Выслушайте и подтвердите'), detail);
const apologize = (minutes: number) =>
  step(
    'apologized',
    minutes,
    t('Apologise in person, owning the failure', 'Извинитесь лично, признав ошибку'),
    t(
      'Use "I" and name what went wrong: "I am sorry we served you a cold burger." No "but", no excuses about the rush.',
      'Говорите от себя и назовите ошибку: «Простите, что мы подали вам холодный бургер». Без «но» и без ссылок на загруженность.',
    ),
  );
const thankAndExplain = (minutes: number, detail: LocalizedText) =>
  step('resolved', minutes, t('Thank the guest and explain what changes', 'Поблагодарите гостя и объясните, что изменится'), detail);

const SAY: LocalizedText[] = [
  t('I am sorry, this is our mistake and I will put it right now.', 'Простите, это наша ошибка, и я исправлю её прямо сейчас.'),
  t('Thank you for telling us; you have helped us fix it for everyone.', 'Спасибо, что сказали нам: вы помогли исправить это для всех гостей.'),
];
const AVOID: LocalizedText[] = [
  t('This should not have happened.', 'Такого не должно было случиться.'),
  t('Sorry if you were upset.', 'Извините, если вас это расстроило.'),
  t('It is not my fault, the kitchen / the courier did it.', 'Это не я, это кухня / курьер.'),
  t('It is company policy.', 'Таковы правила компании.'),
];
const MANAGER = t('The shift manager, if the guest is still unhappy after the apology', 'Менеджер смены, если гость недоволен и после извинения');
const range = (kinds: CompensationRange['kinds'], min: number, max: number): CompensationRange => ({ kinds, min, max, currency: 'RUB' });

function playbook(steps: PlaybookStep[], extraSay: LocalizedText[], callIn: LocalizedText[], compensation: CompensationRange): PlaybookContent {
  return { steps, sayPhrases: [...extraSay, ...SAY], avoidPhrases: AVOID, callIn, compensation };
}

export const DEFAULT_PLAYBOOKS: Record<Category, PlaybookContent> = {
  food_quality: playbook(
    [
      listen(10, t('Let the guest finish. Look at the dish with them; do not argue about taste or temperature.', 'Дайте гостю договорить. Посмотрите на блюдо вместе с ним; не спорьте о вкусе или температуре.')),
      apologize(10),
      step('action_taken', 20, t('Replace the dish at once or refund it', 'Сразу замените блюдо или верните деньги'), t('Bring a fresh one made to order; tell the kitchen which batch to check and pull.', 'Принесите свежее, приготовленное заново; скажите кухне, какую партию проверить и снять.')),
      step('compensation_offered', 30, t('Offer a voucher or the next visit on us', 'Предложите купон или следующий визит за наш счёт'), t('A dessert or drink voucher fits a one-off; a refund fits a dish not eaten.', 'Купон на десерт или напиток — за единичный случай; возврат — если блюдо не съедено.')),
      thankAndExplain(120, t('Say what the kitchen checked and thank them for telling you before leaving.', 'Скажите, что проверила кухня, и поблагодарите, что гость сказал об этом до ухода.')),
    ],
    [t('I am sorry your food was not right; I will bring you a fresh one right away.', 'Простите, блюдо было не таким, как должно; я сейчас принесу свежее.')],
    [MANAGER, t('The kitchen lead, to check the batch', 'Шеф смены — проверить партию')],
    range(['refund', 'voucher', 'free_service'], 0, 1500),
  ),
  wait_time: playbook(
    [
      listen(5, t('Check the order on the screen while the guest speaks, so you can tell them exactly where it is.', 'Пока гость говорит, найдите заказ на экране, чтобы точно сказать, где он.')),
      apologize(5),
      step('action_taken', 10, t('Hand the order out first or cancel and refund', 'Выдайте заказ вне очереди или отмените с возвратом'), t('Ask the kitchen to fire it now; if it cannot be ready in 5 minutes, offer the refund.', 'Попросите кухню отдать его сейчас; если за 5 минут не успеть — предложите возврат.')),
      step('compensation_offered', 20, t('Offer a drink or dessert on us', 'Предложите напиток или десерт за наш счёт'), t('Keep it small and immediate: the time lost is the failure.', 'Небольшой и сразу: ошибка — в потерянном времени.')),
      thankAndExplain(60, t('Tell them what held the order and thank them for their patience.', 'Скажите, что задержало заказ, и поблагодарите за терпение.')),
    ],
    [t('I am sorry you waited so long; your order goes out first now.', 'Простите, что вам пришлось так долго ждать; ваш заказ выдадим первым.')],
    [MANAGER],
    range(['voucher', 'gift', 'refund'], 0, 500),
  ),
  staff_behaviour: playbook(
    [
      listen(10, t('Take the guest aside, away from the colleague concerned, and let them tell it fully.', 'Отойдите с гостем в сторону от сотрудника, о котором речь, и дайте рассказать всё.')),
      apologize(10),
      step('escalated', 30, t('Call in the shift manager', 'Позовите менеджера смены'), t('The manager speaks to the guest and, separately, to the colleague; never in front of the guest.', 'Менеджер говорит с гостем и отдельно с сотрудником; никогда при госте.')),
      step('compensation_offered', 60, t('Offer a voucher for the next visit', 'Предложите купон на следующий визит'), t('The apology matters more than the gift; offer it after the apology, not instead.', 'Извинение важнее подарка; предлагайте после извинения, а не вместо.')),
      thankAndExplain(240, t('Say that the manager will speak to the team, and thank them for raising it.', 'Скажите, что менеджер поговорит с командой, и поблагодарите за то, что гость сказал.')),
    ],
    [t('I am sorry you were spoken to like that; it is not how we treat guests.', 'Простите, что с вами так говорили; мы так с гостями не обращаемся.')],
    [t('The shift manager, always', 'Менеджер смены — всегда'), t('The franchisee, if the guest names discrimination or threats', 'Франчайзи — если гость говорит о дискриминации или угрозах')],
    range(['voucher', 'gift'], 0, 1000),
  ),
  order_accuracy: playbook(
    [
      listen(5, t('Read the receipt with the guest and find what is missing or wrong.', 'Сверьте с гостем чек и найдите, чего не хватает или что не так.')),
      apologize(5),
      step('action_taken', 10, t('Bring what is missing or swap what is wrong', 'Принесите недостающее или замените неверное'), t('Do it before anything else; check allergies if a wrong item was eaten.', 'Сделайте это в первую очередь; уточните аллергии, если неверное блюдо уже съели.')),
      step('compensation_offered', 20, t('Refund the wrong item or offer a small extra', 'Верните деньги за неверную позицию или предложите небольшой бонус'), t('Refund what was charged and not served; a small extra for the trouble.', 'Верните стоимость того, что не подали; небольшой бонус — за беспокойство.')),
      thankAndExplain(60, t('Explain how the order went wrong (screen, packing) and thank them.', 'Объясните, где ошиблись (экран, сборка), и поблагодарите.')),
    ],
    [t('I am sorry we got your order wrong; here is what you asked for.', 'Простите, мы ошиблись в заказе; вот то, что вы просили.')],
    [MANAGER],
    range(['refund', 'voucher', 'gift'], 0, 800),
  ),
  hygiene: playbook(
    [
      listen(5, t('Go and see the place the guest shows you, with them, at once.', 'Сразу подойдите с гостем к месту, о котором он говорит, и посмотрите.')),
      apologize(10),
      step('action_taken', 15, t('Clean it now and close the area if needed', 'Уберите сразу и при необходимости закройте зону'), t('Clean in front of the guest; a hair or foreign body in food: keep the dish for the kitchen lead.', 'Уберите при госте; волос или посторонний предмет в еде — сохраните блюдо для шефа.')),
      step('escalated', 30, t('Call in the shift manager', 'Позовите менеджера смены'), t('The manager checks the cleaning log and the other areas.', 'Менеджер проверяет журнал уборки и остальные зоны.')),
      step('compensation_offered', 30, t('Refund the meal', 'Верните стоимость заказа'), t('A guest who found the place dirty should not pay for the meal.', 'Гость, которого встретила грязь, не должен платить за еду.')),
      thankAndExplain(120, t('Say what was cleaned and checked, and thank them for pointing it out.', 'Скажите, что убрали и проверили, и поблагодарите, что гость указал на это.')),
    ],
    [t('I am sorry, this is not clean enough and I am cleaning it now.', 'Простите, здесь недостаточно чисто, я убираю прямо сейчас.')],
    [t('The shift manager, always', 'Менеджер смены — всегда'), t('The kitchen lead, for anything found in food', 'Шеф смены — если что-то найдено в еде')],
    range(['refund', 'voucher'], 0, 2000),
  ),
  safety: playbook(
    [
      listen(5, t('Make the guest safe first: first aid, a seat, water. Call 112 if anyone is hurt.', 'Сначала безопасность гостя: первая помощь, место, вода. Если есть пострадавшие — звоните 112.')),
      step('escalated', 10, t('Call in the shift manager and the franchisee now', 'Сразу вызовите менеджера смены и франчайзи'), t('Do not wait for the end of the shift: a danger to people is critical.', 'Не ждите конца смены: угроза людям — это критично.')),
      apologize(15),
      step('action_taken', 15, t('Remove the hazard and record what happened', 'Устраните опасность и зафиксируйте случившееся'), t('Cordon off the spot, keep the item, note names and times; photos if the guest agrees.', 'Оградите место, сохраните предмет, запишите имена и время; фото — с согласия гостя.')),
      step('compensation_offered', 60, t('Refund the visit; head office decides anything more', 'Верните стоимость визита; остальное решает головной офис'), t('Promise nothing beyond the refund: injuries go to head office.', 'Не обещайте ничего сверх возврата: травмами занимается головной офис.')),
      thankAndExplain(240, t('Tell them who will call them and when, and thank them.', 'Скажите, кто и когда им позвонит, и поблагодарите.')),
    ],
    [t('Your safety comes first; I am sorry this happened to you here and I am staying with you.', 'Ваша безопасность — прежде всего; простите, что это случилось у нас, я останусь с вами.')],
    [t('The shift manager and the franchisee, at once', 'Менеджер смены и франчайзи — немедленно'), t('The regional manager, by the franchisee', 'Региональный менеджер — через франчайзи'), t('Emergency services (112) if anyone is hurt', 'Экстренные службы (112), если есть пострадавшие')],
    range(['refund'], 0, 3000),
  ),
  billing: playbook(
    [
      listen(10, t('Look at the receipt and the card slip together; do not say "the till cannot be wrong".', 'Посмотрите вместе чек и слип; не говорите «касса не ошибается».')),
      apologize(10),
      step('action_taken', 20, t('Refund the difference on the spot', 'Верните разницу на месте'), t('Use the till refund with the manager code; give the guest the refund receipt.', 'Сделайте возврат через кассу с кодом менеджера; отдайте гостю чек возврата.')),
      step('compensation_offered', 30, t('Refund the overcharge; a voucher if it took long', 'Верните переплату; купон — если разбирались долго'), t('The refund of what was overcharged is the minimum, not a favour.', 'Возврат переплаты — это минимум, а не одолжение.')),
      thankAndExplain(120, t('Explain where the price went wrong and thank them for checking.', 'Объясните, где ошиблась цена, и поблагодарите, что гость проверил.')),
    ],
    [t('I am sorry we charged you wrongly; here is your money back.', 'Простите, мы неверно посчитали; вот ваши деньги.')],
    [t('The shift manager, for the refund code', 'Менеджер смены — для кода возврата')],
    range(['refund', 'voucher'], 0, 2000),
  ),
  delivery: playbook(
    [
      listen(10, t('Call the guest back within 10 minutes; get the order number and what arrived.', 'Перезвоните гостю в течение 10 минут; уточните номер заказа и что привезли.')),
      apologize(10),
      step('action_taken', 30, t('Send the missing items or a new order', 'Отправьте недостающее или новый заказ'), t('Mark it priority for the courier; tell the guest the time it will arrive.', 'Отметьте приоритет для курьера; назовите гостю время доставки.')),
      step('compensation_offered', 30, t('Refund the delivery fee or the items', 'Верните стоимость доставки или позиций'), t('Cold or late: the delivery fee; missing or spilt: the items.', 'Холодное или с опозданием — доставка; не хватает или пролито — позиции.')),
      thankAndExplain(180, t('Explain what went wrong on the way and thank them for the patience.', 'Объясните, что пошло не так в пути, и поблагодарите за терпение.')),
    ],
    [t('I am sorry your order did not arrive as it should; I am sending it again now.', 'Простите, заказ приехал не таким, как должен; я отправляю его заново.')],
    [MANAGER, t('The delivery partner\'s support, if the courier is theirs', 'Поддержка службы доставки, если курьер от партнёра')],
    range(['refund', 'voucher'], 0, 1500),
  ),
  other: playbook(
    [
      listen(10, t('Let the guest explain fully and repeat it back to check you understood.', 'Дайте гостю всё объяснить и повторите своими словами, чтобы проверить, что поняли.')),
      apologize(15),
      step('action_taken', 30, t('Do what puts it right now', 'Сделайте то, что исправит ситуацию сейчас'), t('If you cannot fix it yourself, say who will and by when.', 'Если не можете исправить сами — скажите, кто и к какому сроку.')),
      step('compensation_offered', 60, t('Offer something proportionate', 'Предложите соразмерную компенсацию'), t('Match it to what the guest lost: time, money or a spoilt occasion.', 'Соразмерно потере гостя: время, деньги или испорченный повод.')),
      thankAndExplain(240, t('Thank them and explain what will be different next time.', 'Поблагодарите и объясните, что в следующий раз будет иначе.')),
    ],
    [],
    [MANAGER],
    range(['voucher', 'gift', 'refund', 'free_service', 'other'], 0, 1000),
  ),
};
