import type { Bilingual } from './text';

/** Scenarios and the support focus each needs (DOMAIN.md section 5). */
export type ScenarioId = 'S1' | 'S2' | 'S3' | 'S4' | 'S5';

export interface Scenario {
  id: ScenarioId;
  label: Bilingual;
  focus: Bilingual[];
}

export const SCENARIOS: readonly Scenario[] = [
  {
    id: 'S1',
    label: { en: 'Smart assistant / virtual companion', zh: '智能助手/虚拟陪伴' },
    focus: [
      { en: 'dialogue fluency', zh: '对话流畅度优化' },
      { en: 'model response speed', zh: '模型响应速度' },
      { en: 'multi-turn dialogue', zh: '多轮对话能力支持' },
    ],
  },
  {
    id: 'S2',
    label: { en: 'Voice chat room / video group chat', zh: '语聊房/视频群聊' },
    focus: [
      { en: 'audio/video quality with many participants', zh: '多人并发下的音质画质保障' },
      { en: 'low-latency transport', zh: '低延迟传输' },
      { en: 'weak-network adaptation', zh: '弱网环境适配' },
    ],
  },
  {
    id: 'S3',
    label: { en: '1-to-1 social / video dating', zh: '1V1社交/视频相亲' },
    focus: [
      { en: 'instant connection', zh: '秒接通体验' },
      { en: 'beauty-filter integration', zh: '美颜滤镜集成' },
      { en: 'privacy protection', zh: '隐私保护机制' },
    ],
  },
  {
    id: 'S4',
    label: { en: 'Live streaming / co-host battles', zh: '秀场直播/连麦PK' },
    focus: [
      { en: 'HD picture', zh: '高清画质传输' },
      { en: 'real-time interaction', zh: '实时互动效果' },
      { en: 'gift-effect sync', zh: '礼物特效同步' },
    ],
  },
  {
    id: 'S5',
    label: { en: 'Game voice', zh: '游戏语音' },
    focus: [
      { en: 'low-latency in-ear monitoring', zh: '低延迟耳返' },
      { en: 'surround stereo', zh: '环绕立体声' },
      { en: 'power consumption', zh: '功耗优化' },
    ],
  },
];

export const SCENARIO_IDS: readonly ScenarioId[] = SCENARIOS.map((s) => s.id);

export function isScenarioId(value: string): value is ScenarioId {
  return (SCENARIO_IDS as readonly string[]).includes(value);
}

/** The extra question each focus item becomes, id "S2-1" etc. */
export function scenarioQuestions(ids: readonly ScenarioId[]): { id: string; text: Bilingual }[] {
  return SCENARIOS.filter((s) => ids.includes(s.id)).flatMap((s) =>
    s.focus.map((f, i) => ({
      id: `${s.id}-${i + 1}`,
      text: {
        en: `${s.label.en}: how does your support help with ${f.en}, and which customers in this scenario can we talk to?`,
        zh: `${s.label.zh}:贵方技术支持如何保障「${f.zh}」?有哪些本场景的客户案例?`,
      },
    })),
  );
}
