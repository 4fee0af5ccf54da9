package io.unionhub.kit.demo;

import java.util.List;
import java.util.Random;

import io.unionhub.kit.input.CreditCode;

/**
 * Made-up people and organisations for the services' demo data: common Chinese names drawn by a seeded random (no
 * real person's), mainland mobile numbers, and credit codes of region 99, which no real region has.
 */
public final class DemoPeople {

    private static final List<String> SURNAMES = List.of("王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周",
            "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "罗", "高", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯",
            "邓", "曹", "彭", "曾", "蔡", "潘", "田", "董", "袁", "于", "余", "叶");

    private static final List<String> GIVEN_NAMES = List.of("伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军",
            "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "霞", "平", "刚", "秀英", "桂兰", "建华", "海燕", "志强",
            "晓东", "文杰", "雪梅", "春华", "丽华", "海涛", "建国", "玉兰", "红梅", "晓燕", "思远", "浩然", "欣怡",
            "宇航", "嘉怡", "俊杰", "佳琪", "志刚", "振华", "晓丽", "海峰", "秀兰", "建军", "婷婷", "国强");

    private DemoPeople() {
    }

    public static String name(Random random) {
        return SURNAMES.get(random.nextInt(SURNAMES.size())) + GIVEN_NAMES.get(random.nextInt(GIVEN_NAMES.size()));
    }

    public static String mobile(Random random) {
        return "13" + (5 + random.nextInt(5)) + "%08d".formatted(random.nextInt(100_000_000));
    }

    /**
     * The n-th made-up company's credit code: 91 (a company), a region code no real region has (99xxxx), a body, and
     * its check character.
     */
    public static String creditCode(int n) {
        String first17 = "9199%04d%09d".formatted(100 + n % 9000, 100_000_000 + n);
        return first17 + CreditCode.checkCharacterOf(first17);
    }
}
