import type { EnergyCarrier } from "./energy";

/**
 * Plausible orders of magnitude per GB/T 4754 division (大类) for enterprises of a Guangdong
 * park. They are judgement values in line with published statistics (revenue per head and
 * energy intensity of 规上 industry, R&D intensity by sector, export orientation of the Pearl
 * River Delta), not measurements: good enough that rankings, per-mu evaluation, tier checks and
 * warnings have something realistic to work on. Each enterprise varies around them.
 */
export type EnergyMix = Readonly<Record<EnergyCarrier, number>>;

export interface IndustryProfile {
  /** Median revenue of the division's 规上 (above designated size) enterprises, 万元. */
  readonly medianRevenue: number;
  /** Revenue per employee, 万元. */
  readonly revenuePerHead: number;
  /** Value added / gross output (industry only). */
  readonly valueAddedRatio: number;
  /** Median R&D expense / revenue. */
  readonly rdRatio: number;
  /** Probability that an enterprise earns high-tech product (service) revenue. */
  readonly techShare: number;
  /** Probability that an enterprise exports. */
  readonly exportShare: number;
  /** Mean nominal annual growth. */
  readonly growth: number;
  /** tce per 万元 of output (revenue for services). */
  readonly energyPerOutput: number;
  /** Shares of energy (in tce) by carrier, summing to 1. */
  readonly mix: EnergyMix;
  /** m³ of water per 万元 of output (revenue for services). */
  readonly waterPerOutput: number;
  /** COD concentration of discharged wastewater, mg/L. */
  readonly codMgL: number;
  /** Total assets / revenue. */
  readonly assetsPerRevenue: number;
  /** Relative frequency among park enterprises outside the declared leading industries. */
  readonly commonness: number;
  /** Words that go into company names (…电子科技有限公司). */
  readonly nameWords: readonly string[];
  /** Typical products or services. */
  readonly products: readonly string[];
}

const mix = (electricityKwh: number, coalT: number, naturalGasM3: number, oilT: number, heatGj: number): EnergyMix => ({
  electricityKwh,
  coalT,
  naturalGasM3,
  oilT,
  heatGj,
});

const POWERED = mix(0.85, 0, 0.1, 0.05, 0);
const ELECTRONIC = mix(0.92, 0, 0.04, 0.04, 0);
const FOOD = mix(0.45, 0.05, 0.2, 0.05, 0.25);
const STEAM = mix(0.4, 0.05, 0.1, 0.03, 0.42);
const PROCESS = mix(0.3, 0.25, 0.15, 0.05, 0.25);
const KILN = mix(0.25, 0.15, 0.55, 0.05, 0);
const SMELTER = mix(0.3, 0.55, 0.12, 0.03, 0);
const OFFICE = mix(0.95, 0, 0.05, 0, 0);
const FLEET = mix(0.35, 0, 0, 0.65, 0);

type ProfileCore = Omit<IndustryProfile, "nameWords" | "products">;

const MANUFACTURING: ProfileCore = {
  medianRevenue: 2500,
  revenuePerHead: 70,
  valueAddedRatio: 0.25,
  rdRatio: 0.02,
  techShare: 0.08,
  exportShare: 0.3,
  growth: 0.03,
  energyPerOutput: 0.05,
  mix: POWERED,
  waterPerOutput: 3,
  codMgL: 50,
  assetsPerRevenue: 1,
  commonness: 1,
};

const SERVICE: ProfileCore = {
  ...MANUFACTURING,
  medianRevenue: 900,
  revenuePerHead: 45,
  valueAddedRatio: 0.4,
  rdRatio: 0.02,
  techShare: 0.05,
  exportShare: 0.05,
  growth: 0.04,
  energyPerOutput: 0.004,
  mix: OFFICE,
  waterPerOutput: 0.4,
  codMgL: 30,
  assetsPerRevenue: 0.9,
};

const m = (core: Partial<ProfileCore>, nameWords: readonly string[], products: readonly string[]): IndustryProfile => ({
  ...MANUFACTURING,
  ...core,
  nameWords,
  products,
});
const s = (core: Partial<ProfileCore>, nameWords: readonly string[], products: readonly string[]): IndustryProfile => ({
  ...SERVICE,
  ...core,
  nameWords,
  products,
});

/** Profiles by two-digit division. */
export const DIVISION_PROFILES: Readonly<Record<string, IndustryProfile>> = {
  "13": m({ medianRevenue: 3000, revenuePerHead: 120, valueAddedRatio: 0.2, rdRatio: 0.006, techShare: 0.03, exportShare: 0.15, growth: 0.04, mix: FOOD, waterPerOutput: 8, codMgL: 90, assetsPerRevenue: 0.8, commonness: 3 }, ["食品", "农产品", "粮油"], ["饲料", "大米", "食用油", "肉制品", "水产品"]),
  "14": m({ revenuePerHead: 90, valueAddedRatio: 0.28, rdRatio: 0.01, techShare: 0.05, exportShare: 0.15, growth: 0.05, energyPerOutput: 0.06, mix: FOOD, waterPerOutput: 6, codMgL: 90, assetsPerRevenue: 0.9, commonness: 3 }, ["食品", "食品科技"], ["烘焙食品", "调味品", "速冻食品", "乳制品", "休闲食品"]),
  "15": m({ revenuePerHead: 100, valueAddedRatio: 0.33, rdRatio: 0.008, techShare: 0.03, exportShare: 0.1, growth: 0.04, energyPerOutput: 0.06, mix: FOOD, waterPerOutput: 10, codMgL: 100, assetsPerRevenue: 1.1, commonness: 1.5 }, ["饮料", "茶业", "酒业"], ["饮料", "瓶装饮用水", "凉茶", "茶叶"]),
  "16": m({ medianRevenue: 50000, revenuePerHead: 400, valueAddedRatio: 0.6, rdRatio: 0.01, techShare: 0.05, exportShare: 0.02, growth: 0.02, energyPerOutput: 0.01, mix: STEAM, commonness: 0 }, ["烟草"], ["卷烟", "烟叶复烤"]),
  "17": m({ medianRevenue: 3000, revenuePerHead: 45, valueAddedRatio: 0.22, rdRatio: 0.01, techShare: 0.04, exportShare: 0.4, growth: -0.01, energyPerOutput: 0.12, mix: STEAM, waterPerOutput: 25, codMgL: 80, commonness: 3 }, ["纺织", "织造", "印染"], ["面料", "纱线", "针织布", "无纺布"]),
  "18": m({ medianRevenue: 2000, revenuePerHead: 30, rdRatio: 0.008, techShare: 0.02, exportShare: 0.5, growth: -0.02, energyPerOutput: 0.02, codMgL: 60, assetsPerRevenue: 0.7, commonness: 4 }, ["服饰", "制衣", "时装"], ["服装", "针织服装", "内衣", "牛仔服装"]),
  "19": m({ medianRevenue: 2000, revenuePerHead: 30, valueAddedRatio: 0.24, rdRatio: 0.008, techShare: 0.02, exportShare: 0.5, growth: -0.02, energyPerOutput: 0.03, waterPerOutput: 4, codMgL: 70, assetsPerRevenue: 0.7, commonness: 2 }, ["鞋业", "皮具"], ["皮鞋", "运动鞋", "箱包", "皮革制品"]),
  "20": m({ medianRevenue: 2000, valueAddedRatio: 0.22, rdRatio: 0.008, techShare: 0.02, exportShare: 0.2, growth: -0.02, energyPerOutput: 0.08, mix: FOOD, assetsPerRevenue: 0.9, commonness: 1 }, ["木业"], ["人造板", "木制品", "木地板"]),
  "21": m({ revenuePerHead: 50, rdRatio: 0.012, techShare: 0.03, exportShare: 0.45, growth: -0.01, energyPerOutput: 0.02, waterPerOutput: 2, assetsPerRevenue: 0.8, commonness: 3 }, ["家具", "家居"], ["办公家具", "实木家具", "软体家具", "定制家居"]),
  "22": m({ medianRevenue: 4000, revenuePerHead: 110, valueAddedRatio: 0.22, rdRatio: 0.012, techShare: 0.04, exportShare: 0.15, growth: 0, energyPerOutput: 0.25, mix: PROCESS, waterPerOutput: 30, codMgL: 90, assetsPerRevenue: 1.2, commonness: 2 }, ["纸业", "包装"], ["瓦楞纸箱", "包装纸", "生活用纸", "纸制品"]),
  "23": m({ medianRevenue: 1800, revenuePerHead: 55, valueAddedRatio: 0.3, rdRatio: 0.015, techShare: 0.05, exportShare: 0.15, growth: -0.01, energyPerOutput: 0.04, assetsPerRevenue: 0.9, commonness: 2 }, ["印刷", "包装印刷"], ["包装印刷品", "不干胶标签", "出版物印刷"]),
  "24": m({ medianRevenue: 2200, revenuePerHead: 40, rdRatio: 0.015, techShare: 0.05, exportShare: 0.6, growth: 0.01, energyPerOutput: 0.025, waterPerOutput: 2, codMgL: 40, assetsPerRevenue: 0.8, commonness: 3 }, ["文体用品", "玩具", "工艺品"], ["玩具", "体育用品", "文具", "工艺礼品"]),
  "25": m({ medianRevenue: 60000, revenuePerHead: 800, valueAddedRatio: 0.15, rdRatio: 0.008, techShare: 0.05, exportShare: 0.1, growth: 0.02, energyPerOutput: 0.45, mix: mix(0.15, 0.35, 0.2, 0.2, 0.1), waterPerOutput: 8, codMgL: 60, assetsPerRevenue: 1.2, commonness: 0.2 }, ["石化", "能源"], ["成品油", "石脑油", "沥青", "润滑油"]),
  "26": m({ medianRevenue: 5000, revenuePerHead: 180, valueAddedRatio: 0.22, rdRatio: 0.022, techShare: 0.15, exportShare: 0.25, growth: 0.04, energyPerOutput: 0.3, mix: PROCESS, waterPerOutput: 10, codMgL: 70, assetsPerRevenue: 1.1, commonness: 3 }, ["化工", "新材料", "精细化工"], ["涂料", "胶粘剂", "表面活性剂", "日用化学品", "合成树脂"]),
  "27": m({ medianRevenue: 4000, revenuePerHead: 90, valueAddedRatio: 0.35, rdRatio: 0.06, techShare: 0.5, exportShare: 0.15, growth: 0.07, energyPerOutput: 0.06, mix: mix(0.45, 0, 0.2, 0.05, 0.3), waterPerOutput: 8, codMgL: 80, assetsPerRevenue: 1.5, commonness: 1.5 }, ["医药", "生物", "制药", "生物科技"], ["化学药品制剂", "原料药", "中成药", "生物制品", "保健食品"]),
  "28": m({ medianRevenue: 8000, revenuePerHead: 250, valueAddedRatio: 0.18, rdRatio: 0.015, techShare: 0.1, exportShare: 0.2, growth: 0.02, energyPerOutput: 0.25, mix: PROCESS, waterPerOutput: 12, codMgL: 70, assetsPerRevenue: 1.1, commonness: 0.5 }, ["化纤"], ["涤纶", "锦纶", "粘胶纤维"]),
  "29": m({ valueAddedRatio: 0.23, rdRatio: 0.018, techShare: 0.08, exportShare: 0.35, growth: 0.03, energyPerOutput: 0.07, mix: mix(0.8, 0, 0.1, 0.05, 0.05), waterPerOutput: 2, codMgL: 40, assetsPerRevenue: 0.9, commonness: 5 }, ["塑胶", "塑料制品", "橡胶"], ["塑料薄膜", "注塑件", "塑料管材", "橡胶制品"]),
  "30": m({ medianRevenue: 4000, revenuePerHead: 110, rdRatio: 0.012, techShare: 0.05, exportShare: 0.15, growth: -0.04, energyPerOutput: 0.5, mix: KILN, codMgL: 40, assetsPerRevenue: 1.2, commonness: 3 }, ["建材", "陶瓷", "玻璃"], ["陶瓷砖", "卫生陶瓷", "商品混凝土", "玻璃制品", "石材"]),
  "31": m({ medianRevenue: 40000, revenuePerHead: 600, valueAddedRatio: 0.15, rdRatio: 0.012, techShare: 0.05, exportShare: 0.05, growth: -0.02, energyPerOutput: 0.6, mix: SMELTER, waterPerOutput: 6, assetsPerRevenue: 1.3, commonness: 0.3 }, ["钢铁", "特钢"], ["钢材", "不锈钢板", "螺纹钢"]),
  "32": m({ medianRevenue: 15000, revenuePerHead: 400, valueAddedRatio: 0.14, rdRatio: 0.012, techShare: 0.08, exportShare: 0.15, growth: 0.04, energyPerOutput: 0.2, mix: mix(0.55, 0.1, 0.3, 0.05, 0), waterPerOutput: 4, commonness: 1 }, ["有色金属", "铝业", "铜业"], ["铝型材", "铜材", "稀土材料"]),
  "33": m({ valueAddedRatio: 0.24, techShare: 0.08, exportShare: 0.3, energyPerOutput: 0.06, mix: mix(0.75, 0, 0.15, 0.05, 0.05), waterPerOutput: 2, codMgL: 40, assetsPerRevenue: 0.9, commonness: 6 }, ["五金", "金属制品", "精密"], ["五金制品", "金属结构件", "不锈钢制品", "紧固件", "金属门窗"]),
  "34": m({ medianRevenue: 3000, revenuePerHead: 80, valueAddedRatio: 0.27, rdRatio: 0.035, techShare: 0.2, exportShare: 0.3, growth: 0.04, energyPerOutput: 0.03, waterPerOutput: 1.5, codMgL: 30, assetsPerRevenue: 1.1, commonness: 5 }, ["机械", "机电", "精密机械", "智能装备"], ["泵阀", "轴承", "工业机器人", "液压件", "风机", "机床"]),
  "35": m({ medianRevenue: 3200, revenuePerHead: 80, valueAddedRatio: 0.28, rdRatio: 0.04, techShare: 0.25, exportShare: 0.3, growth: 0.05, energyPerOutput: 0.03, waterPerOutput: 1.5, codMgL: 30, assetsPerRevenue: 1.2, commonness: 4 }, ["智能装备", "机械设备", "装备"], ["专用设备", "模具", "医疗器械", "包装机械", "环保设备"]),
  "36": m({ medianRevenue: 8000, revenuePerHead: 120, valueAddedRatio: 0.22, rdRatio: 0.035, techShare: 0.2, exportShare: 0.15, growth: 0.04, energyPerOutput: 0.03, waterPerOutput: 2, codMgL: 40, assetsPerRevenue: 1.1, commonness: 3 }, ["汽车部件", "汽车零部件", "汽车科技"], ["汽车零部件", "汽车电子", "底盘零件", "内饰件"]),
  "37": m({ medianRevenue: 8000, revenuePerHead: 100, rdRatio: 0.04, techShare: 0.3, exportShare: 0.3, growth: 0.04, energyPerOutput: 0.03, waterPerOutput: 2, codMgL: 40, assetsPerRevenue: 1.4, commonness: 1 }, ["船舶", "航空科技", "轨道交通"], ["船舶", "游艇", "无人机部件", "轨道交通设备"]),
  "38": m({ medianRevenue: 4000, revenuePerHead: 90, valueAddedRatio: 0.24, rdRatio: 0.035, techShare: 0.25, exportShare: 0.4, growth: 0.07, energyPerOutput: 0.025, waterPerOutput: 1.5, codMgL: 30, commonness: 6 }, ["电器", "电气", "新能源", "照明"], ["电线电缆", "电机", "照明器具", "家用电器", "开关插座", "储能电池"]),
  "39": m({ medianRevenue: 5000, revenuePerHead: 80, valueAddedRatio: 0.2, rdRatio: 0.045, techShare: 0.45, exportShare: 0.55, growth: 0.06, energyPerOutput: 0.03, mix: ELECTRONIC, waterPerOutput: 3, codMgL: 40, commonness: 8 }, ["电子", "科技", "智能", "光电", "通讯", "电子科技"], ["电子元器件", "印制电路板", "通信设备", "智能终端", "显示模组", "传感器"]),
  "40": m({ revenuePerHead: 75, valueAddedRatio: 0.32, rdRatio: 0.06, techShare: 0.45, exportShare: 0.3, growth: 0.06, energyPerOutput: 0.02, mix: ELECTRONIC, waterPerOutput: 1, codMgL: 30, assetsPerRevenue: 1.1, commonness: 2 }, ["仪器", "仪表", "测控"], ["工业自动控制仪表", "电子测量仪器", "光学仪器", "环境监测仪器"]),
  "41": m({ medianRevenue: 1500, revenuePerHead: 40, rdRatio: 0.01, techShare: 0.02, exportShare: 0.4, growth: 0, energyPerOutput: 0.03, waterPerOutput: 2, codMgL: 40, assetsPerRevenue: 0.8, commonness: 1 }, ["制品", "实业"], ["日用杂品", "其他制品"]),
  "42": m({ medianRevenue: 3000, revenuePerHead: 150, valueAddedRatio: 0.2, rdRatio: 0.012, techShare: 0.1, exportShare: 0.05, growth: 0.05, energyPerOutput: 0.08, waterPerOutput: 4, codMgL: 60, commonness: 1 }, ["再生资源", "环保科技"], ["再生塑料", "废旧金属加工", "再生铜"]),
  "43": m({ medianRevenue: 1500, revenuePerHead: 50, valueAddedRatio: 0.35, rdRatio: 0.015, techShare: 0.05, exportShare: 0.1, energyPerOutput: 0.02, waterPerOutput: 1, codMgL: 30, assetsPerRevenue: 0.8, commonness: 0.5 }, ["机电维修", "设备服务"], ["设备维修", "船舶修理"]),
  "44": m({ medianRevenue: 30000, revenuePerHead: 800, valueAddedRatio: 0.35, rdRatio: 0.01, techShare: 0.05, exportShare: 0, growth: 0.04, energyPerOutput: 2.5, mix: mix(0.05, 0.45, 0.5, 0, 0), waterPerOutput: 20, codMgL: 30, assetsPerRevenue: 2.5, commonness: 0.3 }, ["能源", "电力", "热电"], ["电力", "热力", "蒸汽"]),
  "45": m({ medianRevenue: 8000, revenuePerHead: 400, valueAddedRatio: 0.2, rdRatio: 0.008, techShare: 0.05, exportShare: 0, growth: 0.05, assetsPerRevenue: 1.5, commonness: 0.3 }, ["燃气", "能源"], ["管道天然气", "液化石油气"]),
  "46": m({ medianRevenue: 3000, revenuePerHead: 150, valueAddedRatio: 0.4, rdRatio: 0.008, techShare: 0.02, exportShare: 0, energyPerOutput: 0.15, mix: OFFICE, waterPerOutput: 2, codMgL: 30, assetsPerRevenue: 2.5, commonness: 0.3 }, ["水务"], ["自来水", "污水处理"]),
  "51": s({ medianRevenue: 5000, revenuePerHead: 400, rdRatio: 0.003, techShare: 0.02, exportShare: 0.3, growth: 0.03, energyPerOutput: 0.003, waterPerOutput: 0.2, assetsPerRevenue: 0.6, commonness: 2 }, ["贸易", "供应链", "商贸"], ["电子元器件批发", "化工产品批发", "五金产品批发"]),
  "54": s({ medianRevenue: 2000, revenuePerHead: 40, rdRatio: 0.002, techShare: 0, exportShare: 0, energyPerOutput: 0.05, mix: FLEET, waterPerOutput: 0.5, assetsPerRevenue: 1.2, commonness: 0.5 }, ["物流", "运输"], ["道路货物运输", "冷链运输"]),
  "58": s({ medianRevenue: 3000, revenuePerHead: 150, rdRatio: 0.005, techShare: 0.02, exportShare: 0.2, growth: 0.05, energyPerOutput: 0.01, waterPerOutput: 0.3, assetsPerRevenue: 0.5, commonness: 1 }, ["国际物流", "供应链管理", "货运代理"], ["国际货运代理", "多式联运", "报关服务"]),
  "59": s({ medianRevenue: 1500, revenuePerHead: 50, rdRatio: 0.005, techShare: 0.02, exportShare: 0.05, growth: 0.05, energyPerOutput: 0.02, mix: mix(0.75, 0, 0, 0.25, 0), waterPerOutput: 0.5, assetsPerRevenue: 2, commonness: 1.5 }, ["仓储", "物流"], ["通用仓储", "冷链仓储", "装卸搬运"]),
  "63": s({ medianRevenue: 2000, revenuePerHead: 100, rdRatio: 0.03, techShare: 0.3, exportShare: 0, growth: 0.06, energyPerOutput: 0.03, waterPerOutput: 0.3, assetsPerRevenue: 1.5, commonness: 0.3 }, ["通信", "网络"], ["数据中心服务", "通信网络服务"]),
  "64": s({ medianRevenue: 1500, revenuePerHead: 60, rdRatio: 0.12, techShare: 0.5, exportShare: 0.05, growth: 0.1, energyPerOutput: 0.006, waterPerOutput: 0.3, assetsPerRevenue: 0.8, commonness: 1 }, ["网络科技", "互联网科技", "数字科技"], ["互联网平台服务", "云计算服务", "大数据服务"]),
  "65": s({ medianRevenue: 1200, revenuePerHead: 40, rdRatio: 0.12, techShare: 0.6, exportShare: 0.05, growth: 0.09, energyPerOutput: 0.004, waterPerOutput: 0.3, assetsPerRevenue: 0.8, commonness: 3 }, ["软件", "信息技术", "数字科技", "智能科技"], ["应用软件", "工业软件", "信息系统集成服务", "嵌入式软件"]),
  "72": s({ medianRevenue: 800, revenuePerHead: 40, rdRatio: 0.01, techShare: 0.05, exportShare: 0.05, growth: 0.04, energyPerOutput: 0.003, waterPerOutput: 0.3, assetsPerRevenue: 0.8, commonness: 1.5 }, ["企业管理", "商务服务", "咨询"], ["企业管理服务", "人力资源服务", "会展服务", "咨询服务"]),
  "73": s({ medianRevenue: 600, revenuePerHead: 35, rdRatio: 0.35, techShare: 0.7, exportShare: 0.05, growth: 0.08, energyPerOutput: 0.006, waterPerOutput: 0.5, assetsPerRevenue: 1.2, commonness: 0.8 }, ["研究院", "科技研发", "技术研究"], ["工程和技术研究", "新材料研发", "医学研究"]),
  "74": s({ medianRevenue: 900, revenuePerHead: 40, rdRatio: 0.06, techShare: 0.5, exportShare: 0.05, growth: 0.06, energyPerOutput: 0.004, waterPerOutput: 0.4, assetsPerRevenue: 0.9, commonness: 1 }, ["检测", "工程技术", "设计"], ["检验检测服务", "工业设计", "工程设计"]),
  "75": s({ medianRevenue: 700, revenuePerHead: 40, rdRatio: 0.08, techShare: 0.5, exportShare: 0.05, growth: 0.07, energyPerOutput: 0.003, waterPerOutput: 0.3, assetsPerRevenue: 0.9, commonness: 1 }, ["科技", "技术服务"], ["技术推广服务", "科技中介服务", "众创空间服务"]),
};

/** Fallback for divisions without their own profile, by GB/T 4754 section (门类). */
const SECTION_WORDS: Readonly<Record<string, readonly [readonly string[], readonly string[]]>> = {
  A: [["农业", "生态农业"], ["农产品种植", "农业技术服务"]],
  B: [["矿业"], ["矿产品", "石材开采"]],
  C: [["实业", "制造"], ["工业制品"]],
  D: [["能源"], ["电力", "燃气"]],
  E: [["建设", "工程"], ["建筑工程", "安装工程"]],
  F: [["贸易", "商贸"], ["商品批发", "商品零售"]],
  G: [["物流", "运输"], ["货物运输", "仓储服务"]],
  H: [["餐饮", "酒店管理"], ["餐饮服务", "住宿服务"]],
  I: [["信息技术", "网络科技"], ["信息技术服务"]],
  J: [["投资", "资产管理"], ["股权投资", "融资租赁"]],
  K: [["置业", "物业"], ["物业管理", "园区运营"]],
  L: [["商务服务", "企业管理"], ["商务服务", "企业管理服务"]],
  M: [["科技", "技术"], ["技术服务", "检验检测"]],
  N: [["环保", "环境工程"], ["环境治理", "市政设施管理"]],
  O: [["服务"], ["居民服务", "维修服务"]],
  P: [["教育科技", "培训"], ["职业技能培训"]],
  Q: [["医疗管理", "健康"], ["医疗服务", "健康管理"]],
  R: [["文化传媒", "文化"], ["文化创意", "影视制作"]],
};

/** Industry here means GB/T 4754 sections B–D, the scope of industrial statistics (工业). */
export const isIndustrialSection = (section: string): boolean => section === "B" || section === "C" || section === "D";

export const profileFor = (division: string, section: string): IndustryProfile => {
  const own = DIVISION_PROFILES[division];
  if (own) return own;
  const [nameWords, products] = SECTION_WORDS[section] ?? [["实业"], ["综合服务"]];
  return isIndustrialSection(section) ? m({ commonness: 0 }, nameWords, products) : s({ commonness: 0 }, nameWords, products);
};

/**
 * Product words for a few classes whose names alone read poorly as products; for the others
 * the class name itself (minus 制造/加工 …) is the product.
 */
export const CLASS_PRODUCTS: Readonly<Record<string, readonly string[]>> = {
  "3841": ["锂离子电池", "电芯", "电池模组"],
  "3612": ["新能源汽车", "纯电动乘用车"],
  "3670": ["汽车零部件", "制动系统", "车身结构件"],
  "3982": ["印制电路板", "柔性电路板"],
  "3973": ["集成电路", "芯片封装测试"],
  "3974": ["液晶显示模组", "OLED显示面板"],
  "3922": ["智能手机", "通信终端"],
  "3911": ["计算机整机", "服务器"],
  "3852": ["家用空调", "空调压缩机"],
  "3963": ["无人机", "飞控系统"],
  "2720": ["化学药品制剂", "片剂", "注射剂"],
  "2761": ["生物药品", "疫苗", "单克隆抗体"],
  "6513": ["应用软件", "SaaS平台"],
  "5920": ["仓储服务", "智能仓储"],
};

/**
 * Name words for groups (中类) or classes whose division words would mislead (a battery maker
 * is not "…照明有限公司"). Looked up by class code, then by group code.
 */
export const NAME_WORDS: Readonly<Record<string, readonly string[]>> = {
  "272": ["制药", "药业"],
  "274": ["药业", "中药"],
  "276": ["生物", "生物科技", "生物医药"],
  "358": ["医疗器械", "医疗科技"],
  "361": ["汽车", "新能源汽车"],
  "367": ["汽车部件", "汽车零部件"],
  "381": ["电机", "电气"],
  "383": ["电线电缆", "线缆"],
  "384": ["新能源", "电池", "能源科技"],
  "385": ["电器", "家电", "智能家居"],
  "387": ["照明", "光电"],
  "391": ["计算机", "信息设备"],
  "392": ["通讯", "通信设备"],
  "396": ["智能科技", "智能设备"],
  "397": ["半导体", "微电子", "芯片"],
  "398": ["电子", "电路", "电子材料"],
  "3311": ["钢结构", "金属结构"],
  "3312": ["门窗", "金属门窗"],
};

export const nameWordsFor = (classCode: string, profile: IndustryProfile): readonly string[] =>
  NAME_WORDS[classCode] ?? NAME_WORDS[classCode.slice(0, 3)] ?? profile.nameWords;
