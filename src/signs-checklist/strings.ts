import type { BuiltInStrings } from '../internal/localize.js';

/**
 * Built-in messages of `<clinic-signs-checklist>` in English and Spanish (neutral Latin-American
 * Spanish, addressing the reader as "usted"). Keys start with `signs.`; a site can replace any of
 * them per language with `registerStrings`. `{substance}` is the substance phrase, as plain text.
 */
export const signsStrings = {
  en: {
    'signs.question': 'Which of these have you noticed in the past 12 months?',
    'signs.intro': 'Tick any that fit, for yourself or for someone close to you.',
    'signs.substance.default': 'alcohol or drugs',
    'signs.substance.ketamine': 'ketamine',
    'signs.group.control': 'Loss of control',
    'signs.group.life': 'Effects on daily life',
    'signs.group.risk': 'Risky use',
    'signs.group.body': 'Changes in the body',
    'signs.item.more': 'Using {substance} in larger amounts, or for longer, than intended',
    'signs.item.cutDown': 'Wanting to cut down or stop, or trying to, without managing it',
    'signs.item.time': 'Spending a lot of time getting, using or recovering from {substance}',
    'signs.item.craving': 'Strong urges or cravings to use {substance}',
    'signs.item.obligations': 'Falling behind at work, school or home because of {substance}',
    'signs.item.relationships': 'Continuing to use even when it causes problems with family, partners or friends',
    'signs.item.activities':
      'Giving up or cutting back on things that used to matter, like hobbies, work or seeing people',
    'signs.item.hazardous': 'Using {substance} when it could be physically dangerous, such as before driving',
    'signs.item.harm': 'Using despite knowing it is causing or worsening a physical or mental health problem',
    'signs.item.tolerance': 'Needing more {substance} to feel the same effect, or feeling less from the usual amount',
    'signs.item.withdrawal':
      'Feeling unwell, shaky, anxious or unable to sleep as the effects wear off, or using again to stop that feeling',
    'signs.item.bladder': 'Pain in the bladder or when passing urine, or needing to go urgently or very often',
    'signs.note.supervised':
      'Tolerance or withdrawal from a medicine taken as prescribed, under medical supervision, is not on its own a sign of addiction.',
    'signs.note.supervisedKetamine':
      'Ketamine given as a treatment, under medical supervision, can lead to some tolerance. On its own, that is not a sign of addiction.',
    'signs.disclaimer': 'This is not a diagnosis. Your answers stay on this page: they are never sent or saved.',
    'signs.result.count': { one: '{ticked} of {count} sign', other: '{ticked} of {count} signs' },
    'signs.result.none':
      'You have not ticked any signs. If something still worries you, about yourself or someone close, a clinician is glad to listen.',
    'signs.result.few':
      'Even one sign can be worth talking about. A clinician can help you make sense of it, with no pressure.',
    'signs.result.some':
      'A clinician can help you make sense of what you have noticed. Talking it over is a good next step.',
    'signs.result.several':
      'Several signs together are worth taking seriously. Reaching out to a clinician could really help, and you do not have to decide anything yet.',
    'signs.result.many':
      'With this many signs, it is a good idea to reach out soon. Help works, and a clinician can talk it through with you: you do not have to face this alone.',
    'signs.cleared': 'Your answers have been cleared.',
    'signs.clear': 'Clear my answers',
    'signs.print': 'Print',
    'signs.actions': 'Your answers',
    'signs.printNone': 'No signs ticked.',
    'signs.cta.title': 'Talk to us',
    'signs.cta.call': 'Call {phone}',
    'signs.cta.phoneText': 'Phone: {phone}',
    'signs.cta.contact': 'Contact us',
    'signs.crisis.title': 'If you need to talk to someone now',
    'signs.crisis.lifeline': '988 Suicide & Crisis Lifeline, any time of day or night:',
    'signs.crisis.lifelineCall': 'call 988',
    'signs.crisis.lifelineText': 'text 988',
    'signs.crisis.or': 'or',
    'signs.crisis.samhsa': 'SAMHSA National Helpline, free, confidential, 24/7, in English and Spanish:',
    'signs.crisis.samhsaCall': '1-800-662-4357',
    'signs.crisis.emergency': 'If anyone is in immediate danger:',
    'signs.crisis.emergencyCall': 'call 911',
  },
  es: {
    'signs.question': '¿Cuáles de estas señales ha notado en los últimos 12 meses?',
    'signs.intro': 'Marque las que correspondan, en usted o en alguien cercano.',
    'signs.substance.default': 'alcohol o drogas',
    'signs.substance.ketamine': 'ketamina',
    'signs.group.control': 'Pérdida de control',
    'signs.group.life': 'Efectos en la vida diaria',
    'signs.group.risk': 'Consumo de riesgo',
    'signs.group.body': 'Cambios en el cuerpo',
    'signs.item.more': 'Consumir {substance} en mayor cantidad o durante más tiempo de lo que se pretendía',
    'signs.item.cutDown': 'Querer reducir o dejar el consumo, o intentarlo, sin conseguirlo',
    'signs.item.time': 'Dedicar mucho tiempo a conseguir o consumir {substance}, o a recuperarse de sus efectos',
    'signs.item.craving': 'Sentir ganas intensas o ansias de consumir {substance}',
    'signs.item.obligations':
      'Descuidar responsabilidades en el trabajo, los estudios o el hogar por consumir {substance}',
    'signs.item.relationships': 'Seguir consumiendo aunque cause problemas con la familia, la pareja o las amistades',
    'signs.item.activities':
      'Dejar o reducir actividades que antes importaban, como pasatiempos, el trabajo o ver a otras personas',
    'signs.item.hazardous':
      'Consumir {substance} en situaciones en las que puede ser peligroso, por ejemplo antes de manejar',
    'signs.item.harm': 'Seguir consumiendo aun sabiendo que causa o empeora un problema de salud física o mental',
    'signs.item.tolerance':
      'Necesitar más cantidad de {substance} para sentir el mismo efecto, o notar menos efecto con la cantidad habitual',
    'signs.item.withdrawal':
      'Sentir malestar, temblores, ansiedad o insomnio cuando pasan los efectos, o volver a consumir para aliviarlo',
    'signs.item.bladder': 'Dolor en la vejiga o al orinar, o necesidad de orinar con urgencia o muy a menudo',
    'signs.note.supervised':
      'La tolerancia o la abstinencia causadas por un medicamento tomado según lo indicado, bajo supervisión médica, no son por sí solas una señal de adicción.',
    'signs.note.supervisedKetamine':
      'La ketamina administrada como tratamiento, bajo supervisión médica, puede causar cierta tolerancia. Eso, por sí solo, no es una señal de adicción.',
    'signs.disclaimer':
      'Esto no es un diagnóstico. Sus respuestas se quedan en esta página: nunca se envían ni se guardan.',
    'signs.result.count': { one: '{ticked} de {count} señal', other: '{ticked} de {count} señales' },
    'signs.result.none':
      'No ha marcado ninguna señal. Si algo le sigue preocupando, sobre usted o alguien cercano, un profesional de la salud lo escuchará con gusto.',
    'signs.result.few':
      'Incluso una sola señal puede valer la pena conversarla. Un profesional de la salud puede ayudarle a entenderla, sin presiones.',
    'signs.result.some':
      'Un profesional de la salud puede ayudarle a entender lo que ha notado. Conversarlo es un buen siguiente paso.',
    'signs.result.several':
      'Varias señales juntas merecen tomarse en serio. Buscar a un profesional de la salud podría ayudarle mucho, y no tiene que decidir nada todavía.',
    'signs.result.many':
      'Con tantas señales, es buena idea buscar ayuda pronto. La ayuda funciona, y un profesional de la salud puede hablarlo con usted: no tiene que enfrentarlo a solas.',
    'signs.cleared': 'Se borraron sus respuestas.',
    'signs.clear': 'Borrar mis respuestas',
    'signs.print': 'Imprimir',
    'signs.actions': 'Sus respuestas',
    'signs.printNone': 'No se marcó ninguna señal.',
    'signs.cta.title': 'Hable con nosotros',
    'signs.cta.call': 'Llamar al {phone}',
    'signs.cta.phoneText': 'Teléfono: {phone}',
    'signs.cta.contact': 'Contáctenos',
    'signs.crisis.title': 'Si necesita hablar con alguien ahora',
    'signs.crisis.lifeline':
      'Línea 988 de Prevención del Suicidio y Crisis, a cualquier hora (para español, marque 2):',
    'signs.crisis.lifelineCall': 'llame al 988',
    'signs.crisis.lifelineText': 'envíe un mensaje de texto al 988',
    'signs.crisis.or': 'o',
    'signs.crisis.samhsa':
      'Línea Nacional de Ayuda de SAMHSA, gratuita, confidencial, las 24 horas, todos los días, en inglés y en español:',
    'signs.crisis.samhsaCall': '1-800-662-4357',
    'signs.crisis.emergency': 'Si alguien está en peligro inmediato:',
    'signs.crisis.emergencyCall': 'llame al 911',
  },
} satisfies BuiltInStrings;
