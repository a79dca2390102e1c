#include "core/demo/democatalog.h"

#include <iterator>

namespace core::demo::catalog {

namespace {

const char *const shanghai[] = { "黄浦区", "徐汇区", "静安区", "浦东新区", "长宁区",
                                  "普陀区", "虹口区", "杨浦区", "闵行区", "宝山区" };
const char *const beijing[] = { "朝阳区", "海淀区", "东城区", "西城区", "丰台区", "通州区" };
const char *const guangzhou[] = { "天河区", "越秀区", "海珠区", "番禺区", "白云区" };
const char *const shenzhen[] = { "南山区", "福田区", "罗湖区", "宝安区", "龙岗区" };
const char *const hangzhou[] = { "西湖区", "上城区", "拱墅区", "滨江区", "余杭区" };
const char *const chengdu[] = { "锦江区", "武侯区", "青羊区", "成华区", "金牛区" };
const char *const nanjing[] = { "鼓楼区", "玄武区", "秦淮区", "建邺区" };
const char *const wuhan[] = { "江汉区", "武昌区", "洪山区", "汉阳区" };
const char *const xian[] = { "雁塔区", "碑林区", "未央区", "莲湖区" };
const char *const suzhou[] = { "姑苏区", "吴中区", "相城区" };
const char *const chongqing[] = { "渝中区", "江北区", "南岸区", "渝北区" };
const char *const changsha[] = { "芙蓉区", "天心区", "岳麓区", "开福区" };

#define CC_DISTRICTS(list) list, int(std::size(list))
const City cityTable[] = {
    { "上海", "021", 312304, 1214737, 24, CC_DISTRICTS(shanghai) },
    { "北京", "010", 399042, 1164074, 18, CC_DISTRICTS(beijing) },
    { "广州", "020", 231291, 1132644, 12, CC_DISTRICTS(guangzhou) },
    { "深圳", "0755", 225431, 1140579, 12, CC_DISTRICTS(shenzhen) },
    { "杭州", "0571", 302741, 1201551, 9, CC_DISTRICTS(hangzhou) },
    { "成都", "028", 305728, 1040668, 8, CC_DISTRICTS(chengdu) },
    { "南京", "025", 320603, 1187969, 6, CC_DISTRICTS(nanjing) },
    { "武汉", "027", 305928, 1143055, 6, CC_DISTRICTS(wuhan) },
    { "西安", "029", 343416, 1089398, 4, CC_DISTRICTS(xian) },
    { "苏州", "0512", 312990, 1205853, 4, CC_DISTRICTS(suzhou) },
    { "重庆", "023", 295630, 1065516, 5, CC_DISTRICTS(chongqing) },
    { "长沙", "0731", 282282, 1129388, 4, CC_DISTRICTS(changsha) },
};
#undef CC_DISTRICTS

const char *const streetTable[] = { "中山路", "人民路", "解放路", "建设路", "南京路", "和平路",
                                    "文化路", "新华路", "长江路", "复兴路", "青年路", "光明路",
                                    "胜利路", "朝阳路", "东风路", "滨江大道" };

const char *const surnameTable[] = {
    "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡",
    "郭", "何", "林", "罗", "高", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹",
    "彭", "曾", "肖", "田", "董", "潘", "袁", "蔡", "蒋", "余", "于", "杜", "叶", "程", "魏",
    "苏", "吕", "丁", "任", "沈", "姚", "卢", "姜", "崔", "钟", "谭", "陆", "汪", "范", "金",
    "石", "廖", "贾", "夏", "韦", "傅", "方", "白", "邹", "孟", "熊", "秦", "邱", "江", "尹",
    "薛", "段", "雷", "侯", "龙", "史", "陶", "黎", "贺", "顾", "毛", "郝", "龚", "邵", "万",
    "钱", "严", "武", "戴", "莫", "孔", "向", "汤", "欧阳", "司马",
};
const int surnameWeightTable[] = {
    74, 72, 70, 55, 48, 31, 25, 23, 21, 19, 18, 15, 13, 12, 12, 11, 10, 10, 9, 9, 8, 8, 7,
    7,  7,  7,  6,  6,  6,  5,  5,  5,  5,  5,  5,  5,  4,  4,  4,  4,  4,  4,  4,  4,  4,
    4,  3,  3,  3,  3,  3,  3,  3,  3,  3,  3,  3,  3,  3,  3,  2,  2,  2,  2,  2,  2,  2,
    2,  2,  2,  2,  2,  2,  2,  2,  2,  2,  2,  2,  2,  2,  2,  2,  2,  2,  2,  2,  2,  2,
    1,  1,  1,  1,  1,  1,  1,  1,  1,  1,  1,
};
static_assert(std::size(surnameTable) == std::size(surnameWeightTable));

const char *const femaleTable[] = { "秀", "英", "华", "丽", "敏", "静", "婷", "雪", "琳", "芳",
                                    "燕", "玲", "娜", "倩", "颖", "欣", "怡", "佳", "梦", "雨",
                                    "晨", "萱", "思", "涵", "嘉", "悦", "月", "瑶", "琪", "彤" };
const char *const maleTable[] = { "伟", "强", "磊", "军", "洋", "勇", "杰", "涛", "明", "超",
                                  "斌", "鹏", "浩", "宇", "俊", "峰", "辉", "刚", "健", "晨",
                                  "博", "文", "志", "国", "建", "平", "东", "飞", "龙", "凯" };

const TierDef tierTable[] = {
    { "银卡", 20000, 200 },
    { "金卡", 200000, 500 },
    { "钻石卡", 500000, 1000 },
};

// Guest coupons bring people in; member coupons reward those who stay.
const CouponDef couponTable[] = {
    { "NEW20", "新客立减20元", "amount", 2000, 6000, 30, Scope::Chain, Audience::Guest },
    { "FULL100-30", "满100减30", "amount", 3000, 10000, 14, Scope::Chain, Audience::Guest },
    { "TASTE88", "尝鲜88折", "percent", 12, 0, 30, Scope::Chain, Audience::Guest },
    { "FREEDISH", "招牌菜免费券", "item", 3800, 8000, 21, Scope::Chain, Audience::Guest },
    { "CITY%1", "%1开业满200减50", "amount", 5000, 20000, 30, Scope::City, Audience::Guest },
    { "SHOP%1", "%1专享满80减15", "amount", 1500, 8000, 30, Scope::Branch, Audience::Guest },
    { "BDAY50", "会员生日礼50元", "amount", 5000, 10000, 30, Scope::Chain, Audience::Member },
    { "MDAY90", "会员日9折", "percent", 10, 0, 7, Scope::Chain, Audience::Member },
};

const char *const guestChannelTable[] = { "美团", "大众点评", "抖音", "小程序" };

const char *const review5[] = { "味道很好，服务热情，下次还来！", "环境干净，上菜很快。",
                                "招牌菜一如既往地好吃。", "性价比很高，推荐！",
                                "带家人来吃，大家都很满意。", "会员充值很划算，每次都来这家。" };
const char *const review4[] = { "整体不错，就是等位时间有点长。", "菜品好吃，分量可以再多一点。",
                                "服务不错，环境稍微有点吵。", "口味正宗，价格略贵。" };
const char *const review3[] = { "中规中矩，没有特别惊艳。", "味道一般，服务还可以。",
                                "高峰期上菜太慢了。" };
const char *const review2[] = { "菜有点咸，服务员态度一般。", "等了四十分钟才上菜。" };
const char *const review1[] = { "体验很差，菜是凉的。", "结账时多收了钱，很失望。" };
const char *const replyGood[] = { "感谢您的支持，期待再次光临！", "谢谢您的好评，我们会继续努力！" };
const char *const replyPoor[] = { "非常抱歉给您带来不好的体验，我们已经改进，欢迎再来。",
                                  "抱歉让您久等了，店长已跟进处理。" };

const char *const ordinalTable[] = { "", "", "二", "三", "四", "五", "六", "七", "八", "九", "十" };

const TopUpDef topUpTable[] = {
    { 20000, 0, 25 },
    { 50000, 3000, 40 },
    { 100000, 10000, 25 },
    { 200000, 30000, 10 },
};

} // namespace

const City *cities() { return cityTable; }
int cityCount() { return int(std::size(cityTable)); }
const char *const *streets() { return streetTable; }
int streetCount() { return int(std::size(streetTable)); }
const char *const *surnames() { return surnameTable; }
const int *surnameWeights() { return surnameWeightTable; }
int surnameCount() { return int(std::size(surnameTable)); }
const char *const *givenFemale() { return femaleTable; }
int givenFemaleCount() { return int(std::size(femaleTable)); }
const char *const *givenMale() { return maleTable; }
int givenMaleCount() { return int(std::size(maleTable)); }
const TierDef *tiers() { return tierTable; }
int tierCount() { return int(std::size(tierTable)); }
const CouponDef *coupons() { return couponTable; }
int couponCount() { return int(std::size(couponTable)); }
const char *const *guestChannels() { return guestChannelTable; }
int guestChannelCount() { return int(std::size(guestChannelTable)); }
const char *memberChannel() { return "会员小程序"; }

const char *const *reviewTexts(int rating, int *count)
{
    switch (rating) {
    case 5: *count = int(std::size(review5)); return review5;
    case 4: *count = int(std::size(review4)); return review4;
    case 3: *count = int(std::size(review3)); return review3;
    case 2: *count = int(std::size(review2)); return review2;
    default: *count = int(std::size(review1)); return review1;
    }
}

const char *const *replies(bool good, int *count)
{
    *count = good ? int(std::size(replyGood)) : int(std::size(replyPoor));
    return good ? replyGood : replyPoor;
}

const char *ordinal(int n)
{
    return n >= 0 && n < int(std::size(ordinalTable)) ? ordinalTable[n] : nullptr;
}

const TopUpDef *topUps() { return topUpTable; }
int topUpCount() { return int(std::size(topUpTable)); }

} // namespace core::demo::catalog
