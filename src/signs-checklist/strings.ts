import type { BuiltInStrings } from '../internal/localize.js';

/**
 * Built-in messages of `<clinic-signs-checklist>` in English and Spanish (neutral Latin-American
 * Spanish, addressing the reader as "usted"). Keys start with `signs.`; a site can replace any of
 * them per language with `registerStrings`. `{substance}` is the substance phrase, as plain text.
 */
export const signsStrings = {
  en: {
    'signs.question': 'Which of these have you noticed in the past 12 months?',
    'signs.intro': 'Check any that apply, for yourself or for someone close to you.',
    'signs.substance.default': 'alcohol or drugs',
    'signs.substance.ketamine': 'ketamine',
    'signs.group.control': 'Loss of control',
    'signs.group.life': 'Effects on daily life',
    'signs.group.risk': 'Risky use',
    'signs.group.body': 'Changes in the body',
    'signs.item.more': 'Using {substance} in larger amounts, or for longer, than you meant to',
    'signs.item.cutDown': 'Wanting to cut down or stop, but not managing to',
    'signs.item.time': 'Spending a lot of time getting {substance}, using it or getting over it',
    'signs.item.craving': 'Strong urges or cravings to use {substance}',
    'signs.item.obligations': 'Falling behind at work, school or home because of {substance}',
    'signs.item.relationships': 'Still using even when it causes problems with family, partners or friends',
    'signs.item.activities': 'Giving up or cutting back on hobbies, work or time with people, because of {substance}',
    'signs.item.hazardous': 'Using {substance} when it could get you hurt, such as before driving',
    'signs.item.harm': 'Still using even though you know it is harming your body or your mental health',
    'signs.item.tolerance': 'Needing more {substance} to feel the same effect, or feeling less from the usual amount',
    'signs.item.withdrawal': 'Feeling sick, shaky, anxious or sleepless as it wears off, or using again to stop that',
    'signs.item.bladder':
      'Bladder pain, pain when you pass urine, blood in your urine, or needing to go often or in a hurry',
    'signs.hint.bladder':
      'This one is not added to your count, but it matters. It can mean ketamine is harming your bladder. Please see a doctor about it, whatever else you check.',
    'signs.note.supervised':
      'About the two signs above: if a doctor prescribed a medicine and you take it as told, these alone are not a sign of addiction.',
    'signs.note.supervisedKetamine':
      'About the sign above: ketamine given as a treatment, with a doctor in charge, can lead to some tolerance. That alone is not a sign of addiction.',
    'signs.note.afterStoppingKetamine':
      'Some people feel low, anxious or unable to sleep for days after they stop ketamine. Doctors do not count this as withdrawal, but it is worth telling a clinician.',
    'signs.disclaimer': 'This is not a diagnosis. Your answers stay on this page: they are never sent or saved.',
    'signs.result.count': { one: '{ticked} of {count} sign', other: '{ticked} of {count} signs' },
    'signs.result.none':
      'You have not checked any signs. If something still worries you, about yourself or someone close, a clinician is glad to listen.',
    'signs.result.few':
      'Even one sign can be worth talking about. A clinician can help you make sense of it, with no pressure.',
    'signs.result.some':
      'A clinician can help you make sense of what you have noticed. Talking it over is a good next step.',
    'signs.result.several':
      'Several signs together are worth taking seriously. Talking to a clinician could really help. You do not have to decide anything yet.',
    'signs.result.many':
      'With this many signs, it is a good idea to reach out soon. Help works, and a clinician can talk it through with you. You do not have to face this alone.',
    'signs.result.bladder': 'You checked the bladder sign. Please see a doctor about it.',
    'signs.cleared': 'Your answers have been cleared.',
    'signs.clear': 'Clear my answers',
    'signs.print': 'Print',
    'signs.actions': 'Your answers',
    'signs.printNone': 'No signs checked.',
    'signs.cta.title': 'Talk to us',
    'signs.cta.call': 'Call {phone}',
    'signs.cta.phoneText': 'Phone: {phone}',
    'signs.cta.contact': 'Contact us',
    'signs.crisis.pointer': 'Thinking about suicide, or in danger?',
    'signs.crisis.pointerCustom': 'In crisis, or in danger?',
    'signs.crisis.pointerMore': 'More help below',
    'signs.crisis.or': 'or',
    'signs.crisis.title': 'If you need help now',
    'signs.crisis.emergency': 'If you or someone else is in danger right now:',
    'signs.crisis.emergencyCall': 'Call 911',
    'signs.crisis.lifeline': '988 Suicide & Crisis Lifeline, free, day or night (press 2 for Spanish):',
    'signs.crisis.lifelineCall': 'Call 988',
    'signs.crisis.lifelineText': 'Text 988',
    'signs.crisis.lifelineChat': 'Chat with 988 online',
    'signs.crisis.deaf':
      'Deaf or hard of hearing: use your relay service or TTY, or dial 711 and then 988. ASL users can call 988 by videophone.',
    'signs.crisis.deafRelay': 'Dial 711 for relay',
    'signs.crisis.samhsa':
      "For treatment options near you: SAMHSA's National Helpline. It is a free, private referral line, open all day, every day, in English and Spanish.",
    'signs.crisis.samhsaCall': "Call SAMHSA's helpline, 1-800-662-4357",
    'signs.crisis.samhsaTty': "SAMHSA's TTY line, 1-800-487-4889",
  },
  es: {
    'signs.question': '¿Cuáles de estas señales ha notado en los últimos 12 meses?',
    'signs.intro': 'Marque las que haya notado en usted o en una persona cercana.',
    'signs.substance.default': 'alcohol o drogas',
    'signs.substance.ketamine': 'ketamina',
    'signs.group.control': 'Pérdida de control',
    'signs.group.life': 'Efectos en la vida diaria',
    'signs.group.risk': 'Consumo de riesgo',
    'signs.group.body': 'Cambios en el cuerpo',
    'signs.item.more': 'Consumir {substance} en mayor cantidad o por más tiempo de lo que tenía pensado',
    'signs.item.cutDown': 'Querer consumir menos o dejarlo, sin lograrlo',
    'signs.item.time': 'Dedicar mucho tiempo a conseguir o consumir {substance}, o a recuperarse de sus efectos',
    'signs.item.craving': 'Sentir ganas intensas o ansias de consumir {substance}',
    'signs.item.obligations':
      'No cumplir con sus responsabilidades en el trabajo, la escuela o la casa por consumir {substance}',
    'signs.item.relationships': 'Seguir consumiendo aunque cause problemas con la familia, la pareja o las amistades',
    'signs.item.activities':
      'Dejar o reducir actividades que antes le importaban, como pasatiempos, el trabajo o ver a otras personas, por consumir {substance}',
    'signs.item.hazardous': 'Consumir {substance} cuando podría hacerse daño, por ejemplo antes de manejar',
    'signs.item.harm': 'Seguir consumiendo aunque sepa que le está dañando el cuerpo o la salud mental',
    'signs.item.tolerance':
      'Necesitar más {substance} para sentir el mismo efecto, o notar menos efecto con la cantidad habitual',
    'signs.item.withdrawal':
      'Sentir malestar, temblores, ansiedad o insomnio cuando pasan los efectos, o volver a consumir para aliviarlo',
    'signs.item.bladder':
      'Dolor en la vejiga o al orinar, sangre en la orina, o necesidad de orinar muy a menudo o con urgencia',
    'signs.hint.bladder':
      'Esta señal no se suma a su cuenta, pero es importante: puede indicar que la ketamina le está dañando la vejiga. Consulte a un médico, sin importar qué otras señales marque.',
    'signs.note.supervised':
      'Sobre las dos señales de arriba: la tolerancia o los síntomas de abstinencia de un medicamento que se toma tal como se lo recetaron, con supervisión médica, no son por sí solos una señal de adicción.',
    'signs.note.supervisedKetamine':
      'Sobre la señal de arriba: la ketamina administrada como tratamiento, con supervisión médica, puede causar cierta tolerancia. Eso, por sí solo, no es una señal de adicción.',
    'signs.note.afterStoppingKetamine':
      'Algunas personas se sienten decaídas, con ansiedad o sin poder dormir durante varios días después de dejar la ketamina. Los médicos no lo consideran síntomas de abstinencia, pero vale la pena contárselo a un profesional de la salud.',
    'signs.disclaimer':
      'Esto no es un diagnóstico. Sus respuestas se quedan en esta página: nunca se envían ni se guardan.',
    'signs.result.count': { one: '{ticked} de {count} señal', other: '{ticked} de {count} señales' },
    'signs.result.none':
      'No ha marcado ninguna señal. Si algo le sigue preocupando, sobre usted o una persona cercana, un profesional de la salud con gusto hablará con usted.',
    'signs.result.few':
      'Vale la pena hablar incluso de una sola señal. Un profesional de la salud puede ayudarle a entenderla, sin presiones.',
    'signs.result.some':
      'Un profesional de la salud puede ayudarle a entender lo que ha notado. Hablarlo es un buen siguiente paso.',
    'signs.result.several':
      'Varias señales juntas merecen tomarse en serio. Hablar con un profesional de la salud podría ayudarle mucho, y no tiene que decidir nada todavía.',
    'signs.result.many':
      'Con tantas señales, es buena idea buscar ayuda pronto. El tratamiento funciona, y un profesional de la salud puede conversarlo con usted. No tiene que enfrentar esto a solas.',
    'signs.result.bladder': 'Marcó la señal de la vejiga. Consulte a un médico sobre ella.',
    'signs.cleared': 'Se borraron sus respuestas.',
    'signs.clear': 'Borrar mis respuestas',
    'signs.print': 'Imprimir',
    'signs.actions': 'Sus respuestas',
    'signs.printNone': 'No se marcó ninguna señal.',
    'signs.cta.title': 'Hable con nosotros',
    'signs.cta.call': 'Llamar al {phone}',
    'signs.cta.phoneText': 'Teléfono: {phone}',
    'signs.cta.contact': 'Contáctenos',
    'signs.crisis.pointer': '¿Piensa en el suicidio o está en peligro?',
    'signs.crisis.pointerCustom': '¿Está en crisis o en peligro?',
    'signs.crisis.pointerMore': 'Más ayuda abajo',
    'signs.crisis.or': 'o',
    'signs.crisis.title': 'Si necesita ayuda ahora',
    'signs.crisis.emergency': 'Si usted u otra persona está en peligro ahora mismo:',
    'signs.crisis.emergencyCall': 'Llame al 911',
    'signs.crisis.lifeline':
      'Línea 988 de Prevención del Suicidio y Crisis, gratis, de día o de noche (para español, marque 2 o envíe AYUDA por mensaje de texto):',
    'signs.crisis.lifelineCall': 'Llame al 988',
    'signs.crisis.lifelineText': 'Envíe AYUDA al 988',
    'signs.crisis.lifelineChat': 'Chatee con el 988 en línea',
    'signs.crisis.deaf':
      'Personas sordas o con pérdida auditiva: use su servicio de relevo o TTY, o marque 711 y luego 988. Quienes usan ASL pueden llamar al 988 por videoteléfono.',
    'signs.crisis.deafRelay': 'Marque 711 para el servicio de relevo',
    'signs.crisis.samhsa':
      'Para opciones de tratamiento cerca de usted: la Línea Nacional de Ayuda de SAMHSA. Es una línea de referencia gratuita y confidencial, abierta todo el día, todos los días, en inglés y en español.',
    'signs.crisis.samhsaCall': 'Llame a la línea de SAMHSA, 1-800-662-4357',
    'signs.crisis.samhsaTty': 'Línea TTY de SAMHSA, 1-800-487-4889',
  },
} satisfies BuiltInStrings;
