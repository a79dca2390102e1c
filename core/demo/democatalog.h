#pragma once

#include <QtGlobal>

namespace core::demo {

// The fixed material the demo chain is made of: cities with their districts and coordinates,
// Chinese names, coupon templates, tiers and review texts. All strings are UTF-8.
namespace catalog {

struct City
{
    const char *name;
    const char *areaCode;
    int latitudeE4; // degrees x 10^4, so the table holds no floating point
    int longitudeE4;
    int weight; // how many of the chain's branches it tends to get
    const char *const *districts;
    int districtCount;
};

struct TierDef
{
    const char *name;
    qint64 threshold; // cumulative top-up, minor units
    int discountBp;
};

enum class Scope { Chain, City, Branch };
enum class Audience { Guest, Member };

struct CouponDef
{
    const char *code;
    const char *name; // for City and Branch scope: a pattern with %1 (the city or branch name)
    const char *kind; // amount, percent, item
    qint64 value;
    qint64 minSpend;
    int validDays;
    Scope scope;
    Audience audience;
};

const City *cities();
int cityCount();

const char *const *streets();
int streetCount();

// Surnames with weights (the common ones far more frequent), and characters of given names.
const char *const *surnames();
const int *surnameWeights();
int surnameCount();
const char *const *givenFemale();
int givenFemaleCount();
const char *const *givenMale();
int givenMaleCount();

const TierDef *tiers();
int tierCount();

const CouponDef *coupons();
int couponCount();
const char *const *guestChannels();
int guestChannelCount();
const char *memberChannel();

// Review texts for a rating of 1..5, and replies for good (4, 5) or poor ratings.
const char *const *reviewTexts(int rating, int *count);
const char *const *replies(bool good, int *count);

// Chinese ordinal suffix for the n-th branch in one district (2 -> "二"): "徐汇二店".
const char *ordinal(int n);

// Top-up amounts people choose at the counter and the bonus (充值送) each earns, minor units.
struct TopUpDef
{
    qint64 amount;
    qint64 bonus;
    int weight;
};
const TopUpDef *topUps();
int topUpCount();

} // namespace catalog
} // namespace core::demo
