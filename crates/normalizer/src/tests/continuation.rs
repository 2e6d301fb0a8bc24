//! Records wrapped over rows and pages: tails, heads and cut words joined back to their fields.

use super::*;

#[test]
fn place_names_alone_beside_an_address_head_too_short_to_stand_head_the_row_below() {
    // `四川省 | 市中` at a page's top, over a name opening with its city and an address
    // finishing 市中区: one record, though the name below reads as whole.
    let n = norm(
        "| 23 | 四 川 | 四川省成都市外国 专家局 | 青羊区人民西路 2 号 | 028-62377790 |\n\
         |---|---|---|---|---|\n\
         | | | 四川省巴中市科学 技术局 | 经开区红星街 70 号 | 0827-5269390 |\n\
         \n\
         | | | 四川省 | 市中 | |\n\
         |---|---|---|---|---|\n\
         | | | 广元市科学技术局 | 区柏杨东路222号 | 0839-3269691 |\n\
         | | | 四川省绵阳市科学 技术局 | 涪城区临园路东段72号 | 0816-2303953 |\n",
    );
    assert_eq!(
        names_addresses_phone_counts(&n),
        [
            ("四川省成都市外国专家局", "青羊区人民西路2号", 1),
            ("四川省巴中市科学技术局", "经开区红星街70号", 1),
            ("四川省广元市科学技术局", "市中区柏杨东路222号", 1),
            ("四川省绵阳市科学技术局", "涪城区临园路东段72号", 1),
        ]
    );
}

#[test]
fn a_tall_record_wrapped_at_any_point_is_one_record() {
    // The phone on the first or the second line; names cut inside a word (`科` + `学`,
    // though `科` ends names) or before their ending (`局` alone); addresses cut inside a
    // place's name, after place names alone, or before their unit's word.
    let n = norm_rows(
        "| 1 | 四川 | 四川省科学技术厅 | 成都市人民南路四段11号 | 028-85221234 |\n\
         | | | 四川省攀枝花市科 | 攀枝花市东区攀 | |\n\
         | | | 学技术局 | 枝花大道东段479号 | 0812-3324635 |\n\
         | | | 四川省南充市科 | 顺庆区万 | 0817-2238620 |\n\
         | | | 学技术局 | 年西路2号 | |\n\
         | | | 四川省阿坝藏族羌 族自治州 | 马尔康市 | |\n\
         | | | 科学技术 局 | 茸勒街 21 号 | 0837-2841236 |\n\
         | | | 宜宾市科学技术 | 翠屏区中山街142号 | 0831-8226207 |\n\
         | | | 局 | 宜宾市政务服务中心 | |\n\
         | | | 泸州市科学技术局 | 江阳区酒城大道一段2号 D65、D66 号 | 0830-8900807 |\n\
         | | | | 窗口 | |\n\
         | | | 绵阳市科学技 | 绵阳市涪城区 | |\n\
         | | | 术局 | 临园路东段76号 | 0816-2531234 |\n\
         | | | 四川 | 东坡区眉州大道西三段12 | 028-38168884 |\n\
         | | | 省眉山市科学技术局 | 1号 | |\n\
         | 2 | 安徽 | 合肥市 | 包河大道118号,包河 | 0551-63357042 |\n\
         | | | 包河区人社局就业人才中心 | 区政务服务中心一楼大厅 | |\n\
         | 3 | 湖南 | 张家界市 | 张家 | |\n\
         | | | 科学技术局 | 界市永定区崇文路351号 | 0744-8329209 |\n\
         | 4 | 北京 | 麦子店国际人 | 朝阳区朝阳公园西里南区6号楼 | 010-58260972 |\n\
         | | | 才一站式服务站 | | |\n\
         | | | 三里 | 朝阳区三里屯街道幸福二村38号楼4单 | 010-84751472 |\n\
         | | | 屯国际人才一站式服务站 | 元三层 | |\n\
         | 5 | 湖南 | 湘西州 | 湖南 | |\n\
         | | | 科技局 | 省吉首市人民南路58号 | 0743-8224003 |\n\
         | | | 六安市 | 安徽省 | |\n\
         | | | 科学技术局 | 六安市行政中心5号楼3楼 | 0564-3378378 |\n\
         | 10 | 江苏 | 中德 | 金坛区鑫城大道 | 0519-82818550 |\n\
         | | | 常州创新产业园 | 2898号 | |\n\
         | 16 | 河南 | 河南自贸区 | 开封市郑开大道与12大 | 0371-22732115 |\n\
         | | | 开封片区政务服务中心 | 街交叉口中国(河南)自由贸易试验区开封片区政务服务中心 | |\n\
         | 5 | 内蒙古 | 满洲里市行政审批 | 满洲里市世纪大道 | 0470-6220036 |\n\
         | | | 和政务服务局 | 财政局二楼 | |\n\
         | 11 | 浙江 | 余杭区科 | 余杭区文一西路601号国际人 | 0571-88676837 |\n\
         | | | 技局2 | 才园2楼窗口5号外籍人士服务专窗 | |\n\
         | 2 | 天津 | 天津市开发区人社局 | 经济 | |\n\
         | | | | 技术开发区第三大街40号档案馆七楼 | 022-25202710 |\n\
         | 23 | 四川 | 四川省遂宁市 | 河东新区莲花会展中心3 | 0825-2655078 |\n\
         | | | 科学技术局 | 号花瓣2楼市公安局出入境管理支队窗口 | |\n\
         | 9 | 上海 | 上海 | 长宁 | |\n\
         | | | 虹桥海外人才一站式服务中心 | 区新泾镇金钟路999号A栋10号 | 021-52068900 |\n\
         | 22 | 重庆 | 重庆市人力社保局政务服务 | 重庆市 | 023-63120258 |\n\
         | | | 大厅 | 渝北区仙桃街道春华大道99号 | |\n\
         | | | 重庆市人力社保局 | 重庆市渝北区仙桃街道春华大道99号中国 | 023-63120258 |\n\
         | | | 政务服务大厅 | 重庆人力资源服务产业园南区1号门三楼 | |\n\
         | 5 | 内蒙古 | 二连浩 | 二连浩特市锡林街西教育科 | |\n\
         | | | 特市教育科技局 | 技局办公大楼3楼 | 0479-7539663 |\n\
         | 16 | 河南 | 新乡市科学 | 红旗 | 0373-5828882 |\n\
         | | | 技术局 | 区人民东路691号 | |\n\
         | 2 | 天津 | 天津市自贸区(机场片 | 空港 | 022-84606757 |\n\
         | | | 区)行政审批中心 | 经济西区三道166号 | |\n\
         | 16 | 河南 | 郑州航空港经 | 河南省郑州航空港经 | 0371-86190689 |\n\
         | | | 济综合实验区科技人才局 | 济综合实验区新港大道297号 | |\n\
         | 23 | 四川 | 四川省凉山彝族自 | 高枧 | 0834-2185066 |\n\
         | | | 治州科学技术局 | 乡航天大道东延线道路北侧 | |\n\
         | | | 四川省甘 | 泸州市 | 0830-2522944 |\n\
         | | | 孜藏族自治州科技局 | 龙马潭区龙马大道一段70号 | |\n\
         | 5 | 内蒙古 | 兴安 | 内蒙古 | |\n\
         | | | 盟科技局 | 兴安盟乌兰浩特市五一街道五一北大路85号 | 0482-8833713 |\n\
         | 25 | 云南 | 曲靖市人力资 | 曲靖市麒 | 0874-3139575 |\n\
         | | | 源和社会保障局 | 麟区文昌街市政府大院 | |\n\
         | | | 昆明市人力资 | 昆明市五 | 0871-63139575 |\n\
         | | | 源和 | 华区市政府大院 | |\n\
         | | | 社会保障局 | | |\n\
         | 17 | 湖北 | 武汉市自贸区 | 武汉市高新大道777号 | 027-65528065 |\n\
         | | | 襄阳 | 湖北省 | 0710-3511681 |\n\
         | | | 市外国专家局 | 襄阳市襄城区荆州街73号 | |\n\
         | 9 | 上海 | 中国(上海)自由贸易试验 | 临港 | |\n\
         | | | 区临港新片区人才服务中心 | 新片区国际人才服务港 | 021-68289698 |\n\
         | 13 | 福建 | 龙岩市科学技术局 | 龙岩市新罗区登高东路101号 | 0597-2220870 |\n\
         | | | (龙岩市外国专家局) | 龙岩市公安局出入境接待大厅 | |\n\
         | 25 | 云南 | 云南省科学技术厅 | 昆明市五华区如安街56号 | 0871-63630501 |\n\
         | | | 昭通市 | 昭通市昭阳区崇义街市 | 0870-2127725 |\n\
         | | | 人力资源和 | 政府大院 | |\n\
         \n\
         | 社会保障局 | | |\n\
         |---|---|---|\n\
         | | | 昆明市五华区受 | 正义路五华坊42号五华区人社 | 0871-63588926 |\n\
         | | | 理点 | 局508 | |\n\
         | 15 | 山东 | 山东省外国专家局 | 济南市解放东路16号 | 0531-81286739 |\n\
         | | | 中国(山东)自由贸易试验区 | 济南高新区舜华路750号中国(山东) | 0531-88871878 |\n\
         | | | 济南片区管理委员会 | 自由贸易试验区济南片区综合服务中心4楼A411 | |\n\
         | 22 | 重庆 | 重庆市人力社保局 | 重庆市渝北区仙桃街道春华 | 023-63120251 |\n\
         | | | 政务服务大厅 | 大道101号南区二楼 | |\n\
         | 2 | 天津 | 天津市自贸区(机场片区)行政 | 空港 | 022-84606758 |\n\
         | | | 审批中心 | 经济西区三道167号 | |\n\
         | 17 | 湖北 | 武汉市 | 武汉市高新大道778号光谷公共服务中心二楼D65、D66 | 027-65528066 |\n\
         | | | 自贸区 | 号窗口 | |\n\
         | 23 | 四川 | 四川省科学技术厅 | 成都市人民南路四段12号 | 028-85221235 |\n\
         | | | 四川 | 河东新区莲花会展中心4 | 0825-2655079 |\n\
         | | | 省遂宁市科学技术局 | 号花瓣3楼窗口 | |\n",
    );
    assert_eq!(
        names_addresses_phone_counts(&n),
        [
            ("四川省科学技术厅", "成都市人民南路四段11号", 1),
            ("四川省攀枝花市科学技术局", "攀枝花市东区攀枝花大道东段479号", 1),
            ("四川省南充市科学技术局", "顺庆区万年西路2号", 1),
            ("四川省阿坝藏族羌族自治州科学技术局", "马尔康市茸勒街21号", 1),
            ("宜宾市科学技术局", "翠屏区中山街142号宜宾市政务服务中心", 1),
            ("泸州市科学技术局", "江阳区酒城大道一段2号D65、D66号窗口", 1),
            ("绵阳市科学技术局", "绵阳市涪城区临园路东段76号", 1),
            // (A province's name heading a name under the name column is no section.)
            ("四川省眉山市科学技术局", "东坡区眉州大道西三段121号", 1),
            // (A name of place names alone heads the name below it.)
            ("合肥市包河区人社局就业人才中心", "包河大道118号,包河区政务服务中心一楼大厅", 1),
            // (Each head in its column, though the name's reads like an address.)
            ("张家界市科学技术局", "张家界市永定区崇文路351号", 1),
            ("麦子店国际人才一站式服务站", "朝阳区朝阳公园西里南区6号楼", 1),
            // (A head too short for a name, above a name's rest, heads it.)
            ("三里屯国际人才一站式服务站", "朝阳区三里屯街道幸福二村38号楼4单元三层", 1),
            // (A province alone heads the address below it, in short form or whole.)
            ("湘西州科技局", "湖南省吉首市人民南路58号", 1),
            ("六安市科学技术局", "安徽省六安市行政中心5号楼3楼", 1),
            // (A head too short for a name takes any name's rest; an address's rest beyond
            // doubt takes the name's text beside it along.)
            ("中德常州创新产业园", "金坛区鑫城大道2898号", 1),
            ("河南自贸区开封片区政务服务中心", "开封市郑开大道与12大街交叉口中国(河南)自由贸易试验区开封片区政务服务中心", 1),
            // (A rest opening with a place of another province, 和政县; a word finished
            // though the head ends like a name, 科 + 技; an address's head cut inside a
            // word; a province and its places heading the name below.)
            ("满洲里市行政审批和政务服务局", "满洲里市世纪大道财政局二楼", 1),
            ("余杭区科技局2", "余杭区文一西路601号国际人才园2楼窗口5号外籍人士服务专窗", 1),
            ("天津市开发区人社局", "经济技术开发区第三大街40号档案馆七楼", 1),
            ("四川省遂宁市科学技术局", "河东新区莲花会展中心3号花瓣2楼市公安局出入境管理支队窗口", 1),
            ("上海虹桥海外人才一站式服务中心", "长宁区新泾镇金钟路999号A栋10号", 1),
            // (A province alone under the address column is no reason to leave the name
            // beside it, read weakly, as noise.)
            ("重庆市人力社保局政务服务大厅", "重庆市渝北区仙桃街道春华大道99号", 1),
            // (An address stopping at the country's name goes on with the next row's;
            // a name's head left as noise beside an address read as the name.)
            ("重庆市人力社保局政务服务大厅", "重庆市渝北区仙桃街道春华大道99号中国重庆人力资源服务产业园南区1号门三楼", 1),
            ("二连浩特市教育科技局", "二连浩特市锡林街西教育科技局办公大楼3楼", 1),
            // (A name's head opening with a place, read as the address beside a short
            // head of the address left as noise: each to its column.)
            ("新乡市科学技术局", "红旗区人民东路691号", 1),
            // (A name whose bracket the next row closes heads it: the short address head
            // beside it is the address's.)
            ("天津市自贸区(机场片区)行政审批中心", "空港经济西区三道166号", 1),
            // (But under a name cut short, a name and an address opening alike are its
            // rests.)
            ("郑州航空港经济综合实验区科技人才局", "河南省郑州航空港经济综合实验区新港大道297号", 1),
            // (Long names cut anywhere: 凉山彝族自治州, 甘孜藏族自治州; a province's short
            // name over a place of its own heads the address.)
            ("四川省凉山彝族自治州科学技术局", "高枧乡航天大道东延线道路北侧", 1),
            ("四川省甘孜藏族自治州科技局", "泸州市龙马潭区龙马大道一段70号", 1),
            ("兴安盟科技局", "内蒙古兴安盟乌兰浩特市五一街道五一北大路85号", 1),
            // (On a row of tails, a short text under the name column beside an address's
            // rest read as a name: each to its column.)
            ("曲靖市人力资源和社会保障局", "曲靖市麒麟区文昌街市政府大院", 1),
            ("昆明市人力资源和社会保障局", "昆明市五华区市政府大院", 1),
            // (A zone's name after a city is no place names alone: `武汉市自贸区` is a
            // whole name, heading nothing below it; `试验区` is a word of names.)
            ("武汉市自贸区", "武汉市高新大道777号", 1),
            ("襄阳市外国专家局", "湖北省襄阳市襄城区荆州街73号", 1),
            ("中国(上海)自由贸易试验区临港新片区人才服务中心", "临港新片区国际人才服务港", 1),
            // (A bracketed remark alone under the name, with no number of its own, is
            // the rest of the tall row, not another window: its address goes on too.)
            ("龙岩市科学技术局(龙岩市外国专家局)", "龙岩市新罗区登高东路101号龙岩市公安局出入境接待大厅", 1),
            // (A name's rest ending on a conjunction, `人力资源和`, beside an address's
            // rest that ends like a name: each to its column.)
            ("云南省科学技术厅", "昆明市五华区如安街56号", 1),
            ("昭通市人力资源和社会保障局", "昭通市昭阳区崇义街市政府大院", 1),
            // (Rests too short to read as fields under both columns, the name's giving the
            // name its ending: the tall row's last line.)
            ("昆明市五华区受理点", "正义路五华坊42号五华区人社局508", 1),
            // (An address stopping at the country and its province in brackets goes on
            // with the next row's, the name's text beside it along.)
            ("山东省外国专家局", "济南市解放东路16号", 1),
            ("中国(山东)自由贸易试验区济南片区管理委员会", "济南高新区舜华路750号中国(山东)自由贸易试验区济南片区综合服务中心4楼A411", 1),
            // (A whole name beside an address's certain rest, `大道101号…`, is the rest of
            // the record above, no record of its own; an address's short head beside a name
            // the row below gives its ending heads that row.)
            ("重庆市人力社保局政务服务大厅", "重庆市渝北区仙桃街道春华大道101号南区二楼", 1),
            ("天津市自贸区(机场片区)行政审批中心", "空港经济西区三道167号", 1),
            // (A rest opening inside a building, `号窗口`, is the address's, though it ends
            // like a name and the name above is open.)
            ("武汉市自贸区", "武汉市高新大道778号光谷公共服务中心二楼D65、D66号窗口", 1),
            // (A province's short name over its name's rest opening with 省: no whole name
            // opens so.)
            ("四川省科学技术厅", "成都市人民南路四段12号", 1),
            ("四川省遂宁市科学技术局", "河东新区莲花会展中心4号花瓣3楼窗口", 1),
        ]
    );
}

#[test]
fn a_name_cut_in_half_takes_the_row_below_whatever_its_address_reads_like() {
    // The phone on the second row; the address's rest opens like a place (`公安`县,
    // `江阴市`, `沈阳市`) or follows a comma or a road's name; the name's head is cut
    // inside a word or a place's name, or is place names alone.
    let n = norm_rows(
        "| 10 | 江苏 | 江苏省科学技术厅 | 南京玄武区成贤街118号3号门 | 025-83236029 |\n\
         | | | 常州市武进区政务服 | 武进区花园街1号 | |\n\
         | | | 务中心 | 公安专区7号窗口 | 0519-86318304 |\n\
         | | | 江阴 | 江阴市东外环路9号高新技术创业园E座三楼中国国际人才市场 | |\n\
         | | | 市科学技术局 | 江阴市场 | 0510-66227002 |\n\
         | 12 | 安徽 | 合肥市包河区人 | 包河大道118号, | |\n\
         | | | 社局就业人才中心 | 包河区政务服务中心一楼大厅 | 0551-63357042 |\n\
         | | | 合肥市新站区人社局 | 合肥市龙子湖路 | |\n\
         | | | 人力资源中心 | 369号 | 0551-65777157 |\n\
         | 6 | 辽宁 | 沈阳市 | 沈阳市沈河区市府大路260号 | |\n\
         | | | 外国专家局 | 沈阳市政务服务中心A15窗口 | 024-83962797 |\n\
         | | | 大连市科学技术局 | 大连市甘井子区东北北路101号 | 0411-65851150 |\n\
         | 19 | 广东 | 南海区科学技术局 | 佛山市南海区南港路8号桂城街道行政服务中心 | |\n\
         | | | 服务窗口(受理南海辖区内单位业务) | 投资建设综合窗口、社会民生综合窗口 | 0757-81813620 |\n\
         | | | 顺德区科学技术局服务窗口(受理 | 佛山市顺德区大良街道德民路 | |\n\
         | | | 顺德辖区内单位业务) | 顺德区行政服务中心东座三楼14号窗口 | 0757-22835313 |\n\
         | | | 顺德区科学 | 佛山市顺德区大良街道德民路 | |\n\
         | | | 技术局服务窗口(受理顺德辖区内单位业务) | 顺德区行政服务中心东座三楼14号窗口 | 0757-22830311 |\n\
         | 18 | 湖南 | 湘潭市科 | 湘潭市湘潭大道1号 | |\n\
         | | | 学技术局 | 湘潭市政府大楼14楼 | 0731-58519867 |\n\
         | 22 | 重庆 | 重庆市人力社保局 | 重庆市渝北区仙桃街道春华大道99号中国重庆人力资源 | |\n\
         | | | 政务服务大厅 | 服务产业园南区1号门三楼 | 023-63120258 |\n\
         | 10 | 江苏 | 常州市武进区政务 | 武进区花园街1号 | |\n\
         | | | 服务中心 | 公安专区8号窗口 | 0519-86318305 |\n\
         | 13 | 福建 | 龙岩市科学技术局 | 龙岩市新罗区登高东路101号龙岩市 | |\n\
         | | | (龙岩市外国专家局) | 公安局出入境接待大厅 | 0597-2220870 |\n\
         | 2 | 天津 | 中国 | 天津市河西区九龙 | |\n\
         | | | 天津人力资源开发服务中心 | 路58号 | 022-23269358 |\n\
         | | | 中国 | 天津市河西 | |\n\
         | | | 天津人力资源开发服务中心 | 区九龙路59号 | 022-23269359 |\n\
         | 6 | 辽宁 | 丹东市科学技术局( | 丹东市振兴区浪头镇丹东新区银 | |\n\
         | | | 丹东市外国专家局 | 河大街中心北路2号 | 0415-2127271 |\n\
         | 8 | 黑龙江 | 大兴安岭地区行署 | 大兴安岭地区加格达奇区 | |\n\
         | | | 科学技术局(外国专家局) | 景观大道135号 | 0457-2732005 |\n\
         | 24 | 贵州 | 黔西南州科技局 | 兴义市向阳路89号 | 0859-3229136 |\n\
         | | | 贵安新区经济发 | 贵安新区数字经济产业园9号楼101 | |\n\
         | | | 展局 | 8办公室 | 0851-88909700 |\n\
         | 2 | 天津 | 天津市滨海新区行政审批局 | 滨海新区于家堡融合路681号 | 022-66897776 |\n\
         | | | 中国天津 | 天津市 | |\n\
         | | | 人力资源开发服务中心 | 河西区九龙路60号 | 022-23269360 |\n\
         | 16 | 河南 | 河南省科学技术厅 | 郑州市花园路27号 | 0371-65950135 |\n\
         | | | 中国(河南)自由贸易试验区郑 | 郑州市金水区金水东路85号 | |\n\
         | | | 州片区管理委员会行政审批处 | 河南自贸大厦 | 0371-67880637 |\n\
         | 9 | 上海 | 黄浦区科学技术委员会 | 黄浦区蒙自路701号 | 021-53023249 |\n\
         | | | | 浦东新区日京路38号办证大厅单一窗口 | 021-22043562 |\n\
         | | | 中国(上海)自由贸易试验区临 | 临港 | |\n\
         | | | 港新片区人才服务中心 | 新片区国际人才服务港(紫杉路158弄1号楼5号窗口) | 021-68289698 |\n\
         | 25 | 云南 | 云南省外国专家局 | 昆明市五华区如安街56号 | 0871-63630501 |\n\
         | | | 昆明市五 | 正义路五华坊42号 | |\n\
         | | | 华区受理点 | 五华区人社局508 | 0871-63588926 |\n\
         | 22 | 重庆 | 重庆市科技局 | 重庆市渝北区新溉大道2号 | 023-62192269 |\n\
         | | | 重庆市人力社保局 | 重庆市渝北区仙桃街道春华 | |\n\
         | | | 政务服务大厅 | 大道100号北区二楼 | 023-63120259 |\n\
         | 5 | 内蒙古 | 内蒙古自治区科学技术厅 | 呼和浩特市新城区新华大街1号 | 0471-6602266 |\n\
         | | | 阿拉 | 内蒙 | |\n\
         | | | 善盟科技局 | 古阿拉善左旗巴彦浩特镇额鲁特东路盟科技局大楼313室 | 0483-2210810 |\n\
         | 20 | 海南 | 海口市外专局 | 海口市龙华区公园路1号 | 0898-66750650 |\n\
         | | | 三亚市 | 三亚市吉阳区新风街259号市政务服务中心二楼16号 | |\n\
         | | | 外专局 | 窗口 | 市外专局: 0898-88263681 政务中心窗口: 0898-38212524 |\n\
         | 8 | 黑龙江 | 黑龙江省科学技术厅 | 哈尔滨市南岗区汉水路1号 | 0451-12345678 |\n\
         | | | 黑河市科学技术 | 黑河市爱辉区通江路10号 | |\n\
         | | | 局(外国专家局) | 黑河市人民政府第二办公区 | 0456-8785009 |\n\
         | 23 | 四川 | 四川省成都市外国专家局 | 青羊区人民西路2号 | 028-62377790 |\n\
         | | | 四川 | 市中 | |\n\
         | | | 省广元市科学技术局 | 区柏杨东路222号 | 0839-3269691 |\n\
         | 25 | 云南 | 云南省人力资源和社会保障厅 | 昆明市西山区日新中路516号 | 0871-64195000 |\n\
         | | | 昆明市 | 正义路五华坊43号 | |\n\
         | | | 五华区受理点 | 五华区人社局509 | 0871-63588927 |\n",
    );
    assert_eq!(
        names_addresses_phone_counts(&n),
        [
            ("江苏省科学技术厅", "南京玄武区成贤街118号3号门", 1),
            ("常州市武进区政务服务中心", "武进区花园街1号公安专区7号窗口", 1),
            ("江阴市科学技术局", "江阴市东外环路9号高新技术创业园E座三楼中国国际人才市场江阴市场", 1),
            ("合肥市包河区人社局就业人才中心", "包河大道118号,包河区政务服务中心一楼大厅", 1),
            ("合肥市新站区人社局人力资源中心", "合肥市龙子湖路369号", 1),
            ("沈阳市外国专家局", "沈阳市沈河区市府大路260号沈阳市政务服务中心A15窗口", 1),
            ("大连市科学技术局", "大连市甘井子区东北北路101号", 1),
            // (A window's word opening the name's rest, a bracket closed, a word finished.)
            (
                "南海区科学技术局服务窗口(受理南海辖区内单位业务)",
                "佛山市南海区南港路8号桂城街道行政服务中心投资建设综合窗口、社会民生综合窗口",
                1
            ),
            ("顺德区科学技术局服务窗口(受理顺德辖区内单位业务)", "佛山市顺德区大良街道德民路顺德区行政服务中心东座三楼14号窗口", 1),
            ("顺德区科学技术局服务窗口(受理顺德辖区内单位业务)", "佛山市顺德区大良街道德民路顺德区行政服务中心东座三楼14号窗口", 1),
            // (A word cut though the head ends like a name; a name's rest and an
            // address's, neither opening with a place, under a whole name.)
            ("湘潭市科学技术局", "湘潭市湘潭大道1号湘潭市政府大楼14楼", 1),
            ("重庆市人力社保局政务服务大厅", "重庆市渝北区仙桃街道春华大道99号中国重庆人力资源服务产业园南区1号门三楼", 1),
            // (A county's short name of another province opens no address, `公安`县 in
            // 江苏; an address stopping at a place's name after its number goes on.)
            ("常州市武进区政务服务中心", "武进区花园街1号公安专区8号窗口", 1),
            ("龙岩市科学技术局(龙岩市外国专家局)", "龙岩市新罗区登高东路101号龙岩市公安局出入境接待大厅", 1),
            // (An address cell cut before its road's word or inside a place's name heads
            // the row below: the name's short head is the name's.)
            ("中国天津人力资源开发服务中心", "天津市河西区九龙路58号", 1),
            ("中国天津人力资源开发服务中心", "天津市河西区九龙路59号", 1),
            // (A name left open takes any text; a district the gazetteer does not list
            // after a place, 加格达奇区, is place names alone.)
            ("丹东市科学技术局(丹东市外国专家局", "丹东市振兴区浪头镇丹东新区银河大街中心北路2号", 1),
            ("大兴安岭地区行署科学技术局(外国专家局)", "大兴安岭地区加格达奇区景观大道135号", 1),
            // (A name and an address opening with the same place, one the gazetteer does
            // not know, under a whole record: a record's first line, no tails.)
            ("黔西南州科技局", "兴义市向阳路89号", 1),
            ("贵安新区经济发展局", "贵安新区数字经济产业园9号楼1018办公室", 1),
            // (An address of place names alone beside a name's text, over an address that
            // goes on it, heads that row: no tail of the record above.)
            ("天津市滨海新区行政审批局", "滨海新区于家堡融合路681号", 1),
            ("中国天津人力资源开发服务中心", "天津市河西区九龙路60号", 1),
            // (A name cut inside a two-character short name of one of the section's own
            // places, `郑` + `州片区…`: 郑州, takes the row below, its address too.)
            ("河南省科学技术厅", "郑州市花园路27号", 1),
            ("中国(河南)自由贸易试验区郑州片区管理委员会行政审批处", "郑州市金水区金水东路85号河南自贸大厦", 1),
            // (An address too short to stand beside a name cut before its ending, the row
            // printing no phone, heads the row below: no tail of the record above.)
            ("黄浦区科学技术委员会", "黄浦区蒙自路701号", 1),
            ("", "浦东新区日京路38号办证大厅单一窗口", 1),
            ("中国(上海)自由贸易试验区临港新片区人才服务中心", "临港新片区国际人才服务港(紫杉路158弄1号楼5号窗口)", 1),
            // (A place's name cut in two, `昆明市五` + `华区受理点`, is no misread place
            // opening a name of its own.)
            ("云南省外国专家局", "昆明市五华区如安街56号", 1),
            ("昆明市五华区受理点", "正义路五华坊42号五华区人社局508", 1),
            // (An address cut before its road's word `大道` goes on with the next row's.)
            ("重庆市科技局", "重庆市渝北区新溉大道2号", 1),
            ("重庆市人力社保局政务服务大厅", "重庆市渝北区仙桃街道春华大道100号北区二楼", 1),
            // (A province cut inside its short name, `内蒙` + `古阿拉善左旗…`, heads the
            // address below: no section's province.)
            ("内蒙古自治区科学技术厅", "呼和浩特市新城区新华大街1号", 1),
            ("阿拉善盟科技局", "内蒙古阿拉善左旗巴彦浩特镇额鲁特东路盟科技局大楼313室", 1),
            // (A label before the numbers, `市外专局:`, is no address beside the phone.)
            ("海口市外专局", "海口市龙华区公园路1号", 1),
            ("三亚市外专局", "三亚市吉阳区新风街259号市政务服务中心二楼16号窗口", 2),
            // (A short ending below, `局(外国专家局)`, finishes the name: its address too.)
            ("黑龙江省科学技术厅", "哈尔滨市南岗区汉水路1号", 1),
            ("黑河市科学技术局(外国专家局)", "黑河市爱辉区通江路10号黑河市人民政府第二办公区", 1),
            ("四川省成都市外国专家局", "青羊区人民西路2号", 1),
            ("四川省广元市科学技术局", "市中区柏杨东路222号", 1),
            // (A name opening with its own place goes on place names alone above it.)
            ("云南省人力资源和社会保障厅", "昆明市西山区日新中路516号", 1),
            ("昆明市五华区受理点", "正义路五华坊43号五华区人社局509", 1),
        ]
    );
}

#[test]
fn a_row_that_goes_on_the_record_above_keeps_its_short_cells() {
    // `窗口` and `化)`, too short to read as fields alone, are the fields' rests on a row
    // that goes on the record above; they are not left out.
    let n = norm_rows(
        "| 1 | 浙江 | 江北区科学 | 江北区丽江东路85弄16号江北区行政服务中心3楼72号 | |\n\
         | | | 技术局 | 窗口 | 0574-87661400 |\n\
         | 2 | 福建 | 中国(福建)自由贸易试验区福州片区 | 福州市长乐区大数据产业园3期13号楼713室(即将变 | 0591-28200812 |\n\
         | | | | 化) | |\n\
         | 3 | 贵州 | 贵阳 | 贵阳市观山湖区市级行政中心市政府大楼A区 | 0851-87989108 |\n\
         | | | 市科技局 | 524 | |\n\
         | | | 遵义市科技与大数据局 | 遵义市新蒲新区建投大厦2号楼 | 0851-28612345 |\n\
         | | | | 434 | |\n",
    );
    assert_eq!(
        names_and_addresses(&n),
        [
            ("江北区科学技术局", "江北区丽江东路85弄16号江北区行政服务中心3楼72号窗口"),
            // (The closed remark, `(即将变化)`, is read for the status.)
            ("中国(福建)自由贸易试验区福州片区", "福州市长乐区大数据产业园3期13号楼713室"),
            // (A room's number alone under the address column is no 序号 either.)
            ("贵阳市科技局", "贵阳市观山湖区市级行政中心市政府大楼A区524"),
            ("遵义市科技与大数据局", "遵义市新蒲新区建投大厦2号楼434"),
        ]
    );
    assert!(!n.findings.iter().any(|f| f.code == FindingCode::NoiseTextDropped), "{:#?}", n.findings);
}

#[test]
fn an_address_alone_that_names_its_own_place_is_another_window() {
    // Its own street and number, the next numbered item, another county, or its
    // province again: another window of the name above, not the address's rest.
    let n = norm_rows(
        "| 1 | 北京 | 通州区人力资源和社会保障局 | 通州区新华东街11号院1号楼通州园区 | 010-81234567 |\n\
         | | | | 经济技术开发区荣华中路10号亦城国际裙房二层 | |\n\
         | | | | 服务厅) | 010-67857696 |\n\
         | 2 | 山东 | 威海市外国专家局 | 1. 市政务服务中心(威海市文化中路86号) 3楼 127号 | 0631-5897092 |\n\
         | | | | 2. 市人社 | |\n\
         | | | | 局 609 室(威海市胶州路 7 号) | 0631-5190822 |\n\
         | 3 | 江苏 | 太仓市科学技术局 | 太仓市县府东街99号六号楼 | 0512-53536819 |\n\
         | | | | 吴江区人力资源和社会保障服务大 | |\n\
         | | | | 厦二楼24/25号窗口(开平路300号) | 0512-63950234 |\n\
         | 4 | 陕西 | 陕西省人力资源社会保障厅 | 陕西省西安市建设东路3号太乙路办公区2号楼5层 | 029-85391857 |\n\
         | | | | 陕西省西安 | |\n\
         | | | | 市经开区凤城八路109号2号楼7层 | 029-86786938 |\n",
    );
    let addresses: Vec<&str> = n.records.iter().map(|r| r.address.as_str()).collect();
    assert_eq!(
        addresses,
        [
            "通州区新华东街11号院1号楼通州园区",
            "经济技术开发区荣华中路10号亦城国际裙房二层服务厅)",
            "1.市政务服务中心(威海市文化中路86号)3楼127号",
            "2.市人社局609室(威海市胶州路7号)",
            "太仓市县府东街99号六号楼",
            "吴江区人力资源和社会保障服务大厦二楼24/25号窗口(开平路300号)",
            "陕西省西安市建设东路3号太乙路办公区2号楼5层",
            "陕西省西安市经开区凤城八路109号2号楼7层",
        ]
    );
    assert!(n.records.iter().all(|r| r.phones.len() == 1), "{:#?}", n.records);
}

#[test]
fn an_address_printed_after_the_phone_is_the_row_s_address_not_noise() {
    // The address and phone columns read the other way round on some rows: an address
    // too weak to be read out of the column order by its print alone (no number, or no
    // place it opens with) is still the row's address, the shift flagged; a place alone
    // there stays a place-name cell.
    let n = norm_rows(
        "| 1 | 江西 | 江西省科学技术厅 | 南昌市红谷滩区丰和中大道 1466 号 | 0791-86255321 |\n\
         | | | 南昌市人社局行政审批处 | 0791-83987539 | 南昌市行政服务中心二楼人社局窗口 |\n\
         | | | 九江市行政审批中心 | 0792-8126116 | 空港经济西区三道 166 号 |\n\
         | | | 景德镇市科学技术局 | 0798-8126117 | 景德镇市珠山区 |\n",
    );
    assert_eq!(
        names_addresses_phone_counts(&n),
        [
            ("江西省科学技术厅", "南昌市红谷滩区丰和中大道1466号", 1),
            ("南昌市人社局行政审批处", "南昌市行政服务中心二楼人社局窗口", 1),
            ("九江市行政审批中心", "空港经济西区三道166号", 1),
            ("景德镇市科学技术局", "", 1),
        ]
    );
    assert!(n.records[1..3].iter().all(|r| r.flags.contains(&FindingCode::ColumnShiftRepaired)), "{:#?}", n.records);
    assert!(n.findings.iter().any(|f| f.line_start == 6 && f.before == "景德镇市珠山区"));
}

#[test]
fn a_whole_name_printed_after_the_address_is_the_row_s_name_not_the_one_above() {
    // The row's two texts in each other's columns: the name, out of the column order,
    // is still the name; the name above is not inherited in its place.
    let n = norm(
        "| 序号 | 受理机构 | 地址 | 电话 |\n|---|---|---|---|\n\
         | 1 | ★杭州市科学技术局 | 杭州市解放东路 18 号 | 0571-87051234 |\n\
         | 2 | 杭州市解放东路 20 号 | 杭州市人力资源和社会保障局 | 0571-87051235 |\n",
    );
    let got: Vec<(&str, &str)> = n.records.iter().map(|r| (r.institution.as_str(), r.address.as_str())).collect();
    assert_eq!(got, [("杭州市科学技术局", "杭州市解放东路18号"), ("杭州市人力资源和社会保障局", "杭州市解放东路20号")]);
    assert!(n.records[0].flags.contains(&FindingCode::FootnoteMarkRemoved));
    assert!(n.records[1].flags.contains(&FindingCode::ColumnShiftRepaired));
    assert!(!n.records[1].flags.contains(&FindingCode::InstitutionInherited));
}

#[test]
fn a_place_name_cell_outside_the_fields_names_the_city_the_text_does_not() {
    // Under 地区 (a province caption) the cells print cities: no field takes them, but
    // 0731 serves three cities and the text names none, so the cell tells. A cell naming
    // no division changes nothing and stays a doubt; nor does `新区`, though it reads as
    // a fragment of 新疆维吾尔自治区, start 新疆's section: the row's 0731 is 湖南's.
    let n = norm(
        "# 湖南省\n\n| 序号 | 地区 | 受理机构 | 地址 | 电话 |\n|---|---|---|---|---|\n\
         | 1 | 株洲 | 市科学技术局 | 神农城 | 0731-28681234 |\n\
         | 2 | 湘潭 | 市科学技术局 | 建设南路 | 0731-58581234 |\n\
         | 3 | 新区 | 市科学技术局 | 建设南路 | 0731-58581235 |\n",
    );
    let cities: Vec<Option<&str>> = n.records.iter().map(|r| r.city).collect();
    assert_eq!(cities, [Some("株洲市"), Some("湘潭市"), None]);
    assert!(n.records.iter().all(|r| r.province == "湖南省"), "{:?}", n.records.iter().map(|r| r.province).collect::<Vec<_>>());
    assert!(n.records[0].flags.contains(&FindingCode::CityFromColumn));
    assert!(n.records[0].notes.is_empty(), "the cell is no note: {:?}", n.records[0].notes);
    let dropped: Vec<(&str, Severity)> =
        n.findings.iter().filter(|f| f.code == FindingCode::NoiseTextDropped).map(|f| (f.before.as_str(), f.severity)).collect();
    assert!(dropped.contains(&("株洲", Severity::Info)), "{dropped:?}");
    assert!(dropped.contains(&("新区", Severity::Warning)), "{dropped:?}");
}

#[test]
fn a_name_cut_at_both_ends_before_its_address_is_the_name() {
    // Printed a field per line: where the records above hold their phones, this one
    // holds its name; and `局(伊春市外国专` opens with no place and ends with no name's
    // ending. Right before the address, after the 序号 and province, it is the name as
    // printed, not noise.
    let md = "大庆市科学技术局\n大庆市萨尔图区纬二路 2 号\n0459-6281234\n\n\
              8\n黑龙江省\n局(伊春市外国专\n伊春市伊美区兴安街 3 号\n0458-3611174\n\n\
              齐齐哈尔市科学技术局\n齐齐哈尔市龙沙区卜奎大街 1 号\n0452-2790317\n";
    let n = norm(md);
    assert_eq!(
        names_and_addresses(&n),
        [
            ("大庆市科学技术局", "大庆市萨尔图区纬二路2号"),
            ("局(伊春市外国专", "伊春市伊美区兴安街3号"),
            ("齐齐哈尔市科学技术局", "齐齐哈尔市龙沙区卜奎大街1号")
        ],
        "{:#?}",
        n.findings
    );
}

#[test]
fn a_name_tail_opening_a_page_is_not_read_shifted_into_the_address() {
    // The tail opens a narrow page, empty cells after it, among names that end like no
    // name (a character more, as a perturbed copy prints them): it is no record shifted
    // left, and never the address's rest.
    let md = "| 序号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
              | 11 | 浙江 | 宁波市外国专家局 | 宁波市鄞州区宁穿路1901号 | 0574-87180001 |\n\n\
              | 象山县科学技术局五 | 象山港路300号县行政服务中心3楼社会 民生区 | 0574-65730001 |\n|---|---|---|\n\
              | | 北仑区兴业大道2号(保税区行政服务大厅)一楼人力社保事务办理区 | 0574-89280001 |\n\
              | 杭州湾新区人力资 | 宁波市杭州湾新区机电路 498 号 305 室 | 0574-63070001 |\n\n\
              | 源和社会保障局十 | | |\n|---|---|---|\n\
              | 温州市外国专家局五 | 温州市鹿城区会展路1288号世界温州人家 园 B 座 1 幢 16 楼 | 0577-89090001 |\n\
              | 湖州市外国专家局八 | 湖州市龙王山路 1236 号科创园 D 座 213 室 | 0572-2070001 |\n\
              | 嘉兴市外国专家局三 | 嘉兴市本级窗口目前协调取消中 | 0573-82150001 |\n";
    let n = norm(md);
    let (name, address) = names_and_addresses(&n)[3];
    assert!(name.starts_with("杭州湾新区人力资"), "{name}");
    assert_eq!(address, "宁波市杭州湾新区机电路498号305室");
}

#[test]
fn a_name_cut_on_a_row_printing_the_left_out_columns_is_read_whole() {
    // A page leaving out its empty 序号 and province columns prints them on some rows; one
    // such row's name is cut inside a word, its rest on the narrow row below.
    let md = "| 序号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
              | 19 | 广东 | 深圳市科技创新委员会 | 深圳市福田区深南大道1号 | 0755-88100001 |\n\n\
              | 深圳市蛇口街道境外人员管 | 深圳市南山区工业六路1号科技大厦 | 0755-26830001 |\n|---|---|---|\n\
              | | | 理服务中心(侧重受理南山区单位业务) | | |\n\
              | | | 外国人来华工作许可桂 | 深圳市罗湖区书城路1号都市名园F座 | 0755-25100001 |\n\
              | 园街道工作站 | | |\n\
              | 汕头市科学技术局 | 汕头市长平路1号财政大楼 | 0754-88420001 |\n\
              | 珠海市科技创新局 | 珠海市香洲区人民东路125号 | 0756-2120001 |\n";
    let n = norm(md);
    assert_eq!(names_and_addresses(&n)[2], ("外国人来华工作许可桂园街道工作站", "深圳市罗湖区书城路1号都市名园F座"));
    assert_eq!(n.records.len(), 5);
}

#[test]
fn an_address_cut_after_its_road_goes_on_with_the_second_number() {
    // The address stops at its road's name; its rest, naming no street, wraps onto the
    // next row beside the record's second number: no other window.
    let md = "| 19 | 广东 | 佛山市科学技术局 | 佛山市禅城区季华五路28号 | 0757-83030001 |\n\
              | | | 禅城区科学技术局服务窗口 | 佛山市禅城区祖庙街道岭南大道 | 0757-83330001 |\n\
              | | | | 禅城区行政服务中心东座三楼14号窗口 | 0757-83330002 |\n\
              | | | 高明区科学技术局 | 佛山市高明区荷城街道星河路21号 | 0757-88680001 |\n";
    let n = norm(md);
    assert_eq!(
        names_addresses_phone_counts(&n)[1],
        ("禅城区科学技术局服务窗口", "佛山市禅城区祖庙街道岭南大道禅城区行政服务中心东座三楼14号窗口", 2)
    );
    assert_eq!(n.records.len(), 3);
}

#[test]
fn a_name_s_rest_on_a_row_printing_the_left_out_columns_ends_the_name() {
    // A narrow page; the name's rest sits on a row printing the empty 序号 and province
    // columns, so two columns right of the name it ends.
    let md = "| 序号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
              | 19 | 广东 | 佛山市科学技术局 | 佛山市禅城区季华五路28号 | 0757-83030001 |\n\n\
              | 禅城区科学技术局服务窗口 | 佛山市禅城区同济东路1号 | 0757-82340001 |\n|---|---|---|\n\
              | 顺德区科学技术局服务窗 | 佛山市顺德区大良街道德民路1号 | 0757-22830001 |\n\
              | | | 口(受理顺德辖区内单位业务) | | |\n\
              | 高明区科学技术局服务窗口 | 佛山市高明区荷城街道星河路21号 | 0757-88680001 |\n";
    let n = norm(md);
    assert_eq!(names_and_addresses(&n)[2], ("顺德区科学技术局服务窗口(受理顺德辖区内单位业务)", "佛山市顺德区大良街道德民路1号"));
    assert_eq!(n.records.len(), 4);
}

#[test]
fn joint_permit_is_read_from_any_field() {
    let md = "| 1 | 北京 | 北京市科学技术委员会(两证联办) | 北京市海淀区西三环北路 1 号 | 010-12345678 |\n\
              | | | 海淀区人才服务中心 | 海淀区大钟寺东路 9 号(两证联办窗口) | 010-87654321 |\n\
              | | | 朝阳区人才服务中心 | 朝阳区霄云路 1 号 | 010-84681219 |\n";
    let n = norm(md);
    let joint: Vec<bool> = n.records.iter().map(|r| r.joint_permit).collect();
    assert_eq!(joint, [true, true, false]);
    assert_eq!(n.records[0].institution, "北京市科学技术委员会(两证联办)");
}

#[test]
fn a_line_break_parts_a_name_from_an_address_named_like_an_office() {
    let rows = "| 1 | 萍乡市人力资源和社会保障局<br>萍乡市人民政府办证大厅 | 0799-6836868 |\n\
                | 2 | 贵阳市科技局<br>贵阳市观山湖区长岭北路 A 区 524 | 0851-87987654 |\n\
                | 3 | 新余市外国专家局<br>新余市行政服务中心 | 0790-6441234 |\n";
    let want = [
        ("萍乡市人力资源和社会保障局", "萍乡市人民政府办证大厅", "0799-6836868"),
        ("贵阳市科技局", "贵阳市观山湖区长岭北路A区524", "0851-87987654"),
        ("新余市外国专家局", "新余市行政服务中心", "0790-6441234"),
    ];
    // Under a caption naming both, and under none (a page-break table): one point per
    // row, not two names of a garbled passage (the last point was lost, its phone given
    // to the first's address).
    for header in ["| 序号 | 受理机构及地址 | 咨询电话 |\n|---|---|---|\n", ""] {
        let n = norm(&format!("{header}{rows}"));
        let got: Vec<(&str, &str, String)> =
            n.records.iter().map(|r| (r.institution.as_str(), r.address.as_str(), r.phones[0].display())).collect();
        let want: Vec<(&str, &str, String)> = want.iter().map(|(a, b, c)| (*a, *b, c.to_string())).collect();
        assert_eq!(got, want, "header {header:?}");
        assert!(!n.findings.iter().any(|f| f.code == FindingCode::NoiseTextDropped), "{:#?}", n.findings);
        assert!(n.records.iter().all(|r| r.flags.contains(&FindingCode::CellSplit)));
    }
}

#[test]
fn heads_centred_on_the_second_row_of_a_tall_row_keep_the_record_whole() {
    // The 序号 and province, centred, sit on the row below the name with the phone: the
    // record above is this section's first, not the last of the section before.
    let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
              | 8 | 黑龙江省 | 黑河市科学技术局 | 黑河市爱辉区通江路10号 | 0456-8785009 |\n\
              | | | 黄浦区科学技术委员会 | 黄浦区五里桥街 | |\n\
              | 9 | 上海市 | | 道蒙自路701号11-12号窗口 | 021-53023249 |\n\
              | | | 安徽省科技厅引进国外智力与科 | 合肥市包河区紫云路996号419室 | |\n\
              | | | 技人才管理处 | | 0551-62657061 |\n\
              | | | 新疆维吾尔自治区科学技术厅(外国专家局) | 新疆乌鲁木齐市 | |\n\
              | 31 | 新疆维吾尔自治区 | | 新市区科学一街353号 | 0991-3680731 |\n\
              | | | 贵州省科技厅 | 贵阳市南明区科学路16号 / | |\n\
              | 24 | 贵州省 | | 贵州省贵阳市南明区遵义路270号贵州省政务服务中心 | 0851-85553449 |\n";
    let n = norm(md);
    let got = province_name_address(&n);
    assert_eq!(
        got,
        [
            ("黑龙江省", "黑河市科学技术局", "黑河市爱辉区通江路10号"),
            ("上海市", "黄浦区科学技术委员会", "黄浦区五里桥街道蒙自路701号11-12号窗口"),
            // A name's end is no proof it is whole (`…与科`): the tail alone with the
            // phone ends it. (Its province is its name's, against the section's.)
            ("安徽省", "安徽省科技厅引进国外智力与科技人才管理处", "合肥市包河区紫云路996号419室"),
            ("新疆维吾尔自治区", "新疆维吾尔自治区科学技术厅(外国专家局)", "新疆乌鲁木齐市新市区科学一街353号"),
            // An address left after a separator goes on with the next, whole one.
            ("贵州省", "贵州省科技厅", "贵阳市南明区科学路16号 / 贵州省贵阳市南明区遵义路270号贵州省政务服务中心"),
        ]
    );
    assert!(n.records.iter().all(|r| r.phones.len() == 1), "{:#?}", n.records);
}

#[test]
fn a_name_cut_inside_its_province_on_a_tall_row_is_the_name_head() {
    // The top line of a tall row holds the name cut right inside the province it opens
    // with (`新疆维吾尔自`): read alone it is a province, and would open a section of
    // its own with the address and no name or phone.
    let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
              | 30 | 青海省 | 青海省外国专家局 | 青海省西宁市城西区五四西路5号 | 0971-8258253 |\n\
              | | | 新疆维吾尔自 | 新疆乌鲁木齐市新市区科学 一街353号 | |\n\
              | 31 | 新疆维吾尔自治区 | 治区科学技术厅(外国专家局) | | 0991-3680731 |\n\
              | | | 宁夏回族自 | 宁夏回族自治区银川市兴庆区 | |\n\
              | 29 | 宁夏回族自治区 | 治区科技厅行政审批办公室 | 文化西街108号 | 0951-6982683 |\n";
    let n = norm(md);
    assert_eq!(
        province_name_address(&n),
        [
            ("青海省", "青海省外国专家局", "青海省西宁市城西区五四西路5号"),
            ("新疆维吾尔自治区", "新疆维吾尔自治区科学技术厅(外国专家局)", "新疆乌鲁木齐市新市区科学一街353号"),
            ("宁夏回族自治区", "宁夏回族自治区科技厅行政审批办公室", "宁夏回族自治区银川市兴庆区文化西街108号"),
        ]
    );
    assert!(n.records.iter().all(|r| r.phones.len() == 1), "{:#?}", n.records);
}

#[test]
fn names_and_addresses_swapped_against_the_header_are_read_and_shown() {
    let md = "| 序号 | 受理机构 | 地址 | 电话 |\n|---|---|---|---|\n\
| 1 | 南京市建邺区江东中路 265 号 | 南京市科学技术局 | 025-68787123 |\n\
| 2 | 无锡市观山路 199 号 | 无锡市科学技术局 | 0510-81821234 |\n\
| 3 | 徐州市新城区汉风路 1 号 | 徐州市科学技术局 | 0516-80801234 |\n";
    let n = norm(md);
    assert_eq!(names_and_addresses(&n)[0], ("南京市科学技术局", "南京市建邺区江东中路265号"));
    // Every row's repair is in the audit (it had been silent).
    let shifted: Vec<u32> = n.findings.iter().filter(|f| f.code == FindingCode::ColumnShiftRepaired).map(|f| f.line_start).collect();
    assert_eq!(shifted, [3, 4, 5]);
}

#[test]
fn a_window_whose_address_is_finished_on_the_next_row_inherits_the_name() {
    // `1号受理点:` alone names no place; with its rest it is in 青岛 like the name above.
    let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 15 | 山东 | 青岛市外国专家局 | 政府受理点:青岛市市南区香港中路11号 | 0532-85911893 |\n\
| | | | 1号受理点: | 0532-66711728 |\n\n\
| | | | 青岛市崂山区同安路891号一楼大厅 | |\n|---|---|---|---|---|\n\
| | | 淄博市外国专家局 | 淄博市张店区联通路202号 | 0533-2791863 |\n";
    let n = norm(md);
    let r = &n.records[1];
    assert_eq!((r.institution.as_str(), r.address.as_str()), ("青岛市外国专家局", "1号受理点:青岛市崂山区同安路891号一楼大厅"));
    assert!(r.flags.contains(&FindingCode::InstitutionInherited) && !r.flags.contains(&FindingCode::InstitutionMissing), "{:?}", r.flags);
}

#[test]
fn a_tail_finishing_the_word_an_address_was_cut_inside_goes_on_the_address() {
    // `区行政服务中心` ends like a name, on a narrow page whose columns say nothing; the
    // name above is whole and the address stops inside `高新区`: the address's rest.
    let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 1 | 安徽省 | 合肥市庐阳区人社局就业保障中心 | 合肥市亳州路182号庐阳区政务服务中心 | 0551-65699354 |\n\
| | | 合肥市高新区人劳局劳 动管理处 | 合肥市创新大道2760号高新 | 0551-65315587 |\n\n\
| | 区行政服务中心 | |\n|---|---|---|\n\
| 合肥市新站区人社局人力资源中心 | 合肥市龙子湖路369号 | 0551-65777157 |\n\
| | | 巢湖市经开区人劳局人事综合处 | 巢湖市半汤大道合巢经开区管委会14楼 | 0551-82818271 |\n";
    let n = norm(md);
    assert_eq!(names_and_addresses(&n)[1], ("合肥市高新区人劳局劳动管理处", "合肥市创新大道2760号高新区行政服务中心"), "{:#?}", n.findings);
    // So does one finishing a place's name the address was cut inside (集宁区), though
    // one character off a place of the province on its own.
    let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 5 | 内蒙古自治区 | 锡林郭勒盟科技局 | 锡林浩特市经济技术开发区行署2号楼620室 | 0479-8238839 |\n\
| | | 乌兰察布市科技局 | 乌兰察布市集 | 0474-8181120 |\n\n\
| | | | 宁区新区广电大楼科技局 | |\n|---|---|---|---|---|\n\
| | | 鄂尔多斯市科技局 | 鄂尔多斯市康 | 巴什区金信商务广场A2科创中心大楼 | 0477-8589512 |\n\
| | | 乌海市行政审批 | 和政务服务局 | 乌海市海勃湾区市府大道2号 | 0473-3998300 |\n";
    let n = norm(md);
    assert_eq!(names_and_addresses(&n)[1], ("乌兰察布市科技局", "乌兰察布市集宁区新区广电大楼科技局"), "{:#?}", n.findings);
}

#[test]
fn an_address_rest_that_cannot_open_an_address_goes_on_with_its_numbers() {
    // A tall row's second line, its address rest and another number: the rest opens with
    // the separator before a second address, or follows an address that is only places.
    let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 24 | 贵州省 | 贵州省科技厅 | 贵阳市南明区科学路16号 | 0851-85553449 |\n\
| | | | / 贵州省贵阳市南明区遵义路270号政务服务大厅 | 0851-85557424 |\n\
| | | 南平市科学技术局 | 南平市建阳区 | 0599-8810918 |\n\
| | | | 南平市行政服务中心(闽北卫校旁)四楼一区6号窗口 | 15959930769 |\n";
    let n = norm(md);
    assert_eq!(
        names_addresses_phone_counts(&n),
        [
            ("贵州省科技厅", "贵阳市南明区科学路16号 / 贵州省贵阳市南明区遵义路270号政务服务大厅", 2),
            ("南平市科学技术局", "南平市建阳区南平市行政服务中心(闽北卫校旁)四楼一区6号窗口", 2),
        ],
        "{:#?}",
        n.findings
    );
}

#[test]
fn a_names_head_beside_an_address_ending_like_a_name_stays_the_name() {
    // A page whose rows disagree on the columns (one lost a cell): the name's head, cut
    // before its ending, was dropped as noise and the address read as the name.
    let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n\
|---|---|---|---|---|\n\
|  | 山西省人力资源和 社会保障厅行政审批处 | 太原市小店区坞城南路50 号 | 0351-7731379 |\n\
|  | 太原市行政审批服务管理局 | 太原市万柏林区南屯街1号 | 0351-2366318 |\n\
|  | 大同市行政审批服 务管理局 | 大同市恒安街209号 | 0352-7982073 |\n\
|  |  | 阳泉市行政审批服务 管理局 | 阳泉市郊区李荫路50号 | 0353-3333073 |\n\
| 一日 一日 日本 |\n\
|  |  | 长治市行政审批服务管理局 | 长治市潞州区太行西街406号 | 0355-2110736 |\n\
|  |  | 晋城市行政审批服务管理局 | 晋城市文博路366号市政务服务中心西二楼235号 | 0356-2218199 |\n\
\n\
|  |  | 朔州市科学技 | 朔州市朔城区市府 街市政府三楼科学技术局 |  |\n\
|---|---|---|---|---|\n\
|  |  | 术局农村社会科 |  | 0349-2029435 |\n\
|  |  | 忻州市政务服务中心 | 忻州市忻府区雁门大道南街 | 0350-3092827 |\n\
|  |  | 吕梁市外国专家局 | 吕梁市离石区滨河北中路35号 | 18035889119 |\n\
|  | 晋中市外国专家局 | 晋中市科学技术局晋中市 榆次区龙湖大街1 41号 | 0354-3260085 |\n\
|  |  | 临汾市行政审批服务管理局 | 临汾市锣鼓桥东滨河东 |  |\n";
    let n = norm(md);
    let r = n.records.iter().find(|r| r.phones.iter().any(|p| p.display() == "0349-2029435")).expect("朔州");
    assert_eq!((r.institution.as_str(), r.address.as_str()), ("朔州市科学技术局农村社会科", "朔州市朔城区市府街市政府三楼科学技术局"));
}

#[test]
fn a_name_cell_holding_its_phone_is_two_fields() {
    let md = "| 序号 | 省份 | 受理机构（咨询电话） | 地址 |\n|---|---|---|---|\n\
| 1 | 北京 | 北京市科学技术委员会（010-89151234） | 北京市西城区西直门南大街16号 |\n\
| 2 | | 海淀区人力资源和社会保障局 010-88487000 | 海淀区四季青路6号 |\n";
    let n = norm(md);
    let got: Vec<(&str, &str, String)> = n
        .records
        .iter()
        .map(|r| (r.institution.as_str(), r.address.as_str(), r.phones.iter().map(|p| p.display()).collect::<Vec<_>>().join(";")))
        .collect();
    assert_eq!(
        got,
        [
            ("北京市科学技术委员会", "北京市西城区西直门南大街16号", "010-89151234".to_string()),
            ("海淀区人力资源和社会保障局", "海淀区四季青路6号", "010-88487000".to_string())
        ]
    );
    assert!(n.findings.iter().all(|f| f.severity == Severity::Info), "{:#?}", n.findings);
}

#[test]
fn a_name_wrapped_inside_科技_is_not_cut_after_its_first_half() {
    // `科` ends a section's name (`外专科`), but `…园区科 | 技创新局` is one word wrapped:
    // the first name runs on, the second (opening with a zone no table knows) is its own.
    let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 6 | 辽宁省 | 大连市高新园区科 技创新局 金普新区科学技术局 | 大连市高新区高新1号高新区公 共服务中心 大连市开发区金马路1 97号金普新区行 政服务中心 | 0411-84790590 0411-87935782 |\n";
    let n = norm(md);
    assert_eq!(
        names_addresses_phone_counts(&n),
        [
            ("大连市高新园区科技创新局", "大连市高新区高新1号高新区公共服务中心", 1),
            ("金普新区科学技术局", "大连市开发区金马路197号金普新区行政服务中心", 1),
        ]
    );
}

#[test]
fn a_road_named_after_a_record_s_place_opens_its_address() {
    // `象山港路…` (象山县's), `包河大道…` (包河区's): the tables do not read a short name
    // before a road as the place (`中山路` is not in 中山市), but for the name holding it
    // it opens the address, before a wider place of the name's (`合肥市亳州路…`).
    let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 11 | 浙江省 | 宁海县科学技术局 象山县科学技术局 宁波国家高新技术产业开发区人力资源和社会保障局 | 宁海县桃源街道桃源北路2号县科创中心10楼1010室 象山港路300号县行政 服务中心3楼社会民生区 宁波市高新区广贤路997号(高新区行政服务大厅)9号窗口 | 0574-59959759 0574-65733516 0574-89288658 |\n\
| 12 | 安徽省 | 黄山市科学技术局 合肥市包河区人社局就业人才 中心 合肥市庐阳区人社局就业保障中心 | 黄山市屯溪区黄山西路76号 百川财富广场1单元 11楼 包河大道118号,包河区政务服务中心一楼大厅 合肥市亳州路182号庐阳区政 务服务中心 | 0559-2357763 0551-63357042 0551-65699354 |\n";
    let n = norm(md);
    assert_eq!(
        names_and_addresses(&n),
        [
            ("宁海县科学技术局", "宁海县桃源街道桃源北路2号县科创中心10楼1010室"),
            ("象山县科学技术局", "象山港路300号县行政服务中心3楼社会民生区"),
            ("宁波国家高新技术产业开发区人力资源和社会保障局", "宁波市高新区广贤路997号(高新区行政服务大厅)9号窗口"),
            ("黄山市科学技术局", "黄山市屯溪区黄山西路76号百川财富广场1单元11楼"),
            ("合肥市包河区人社局就业人才中心", "包河大道118号,包河区政务服务中心一楼大厅"),
            ("合肥市庐阳区人社局就业保障中心", "合肥市亳州路182号庐阳区政务服务中心"),
        ]
    );
}

#[test]
fn a_name_before_the_last_takes_the_words_after_a_house_number_when_its_place_is_the_next_ones() {
    // `天津市自贸区(机场片区)…` names 天津市 only: `河东区…`, the first word inside it, would
    // leave `天津市行政许可服务中心` after it no address; `空港经济西区三道166号`, after the
    // address before has its house number, opens it instead.
    let row = "| 2 | 天津 | 天津市自贸区(东疆保税港区)行政审批中心 天津市自贸区(机场片区) 行政审批中心 天津市行政许可服务中心 | 东疆港保税区亚洲 路4611号1楼 空港经济西区三道166号 河东区红星路79号 | 022-25605046 022-84606757 022-24538914 |\n";
    let n = norm_rows(row);
    let want = [
        ("天津市自贸区(东疆保税港区)行政审批中心", "东疆港保税区亚洲路4611号1楼", 1),
        ("天津市自贸区(机场片区)行政审批中心", "空港经济西区三道166号", 1),
        ("天津市行政许可服务中心", "河东区红星路79号", 1),
    ];
    assert_told_apart(&n, &want);
    // Four names, the last wrapped before `1号`.
    let row = "| 2 | 天津 | 天津市自贸区(东疆保税港区)行政审批中心 天津市自贸区(机场片区) 行政审批中心 天津市行政许可服务中心 天津市滨海新区行政审批 局 | 东疆港保税区亚洲 路4611号1楼 空港经济西区三道166号 河东区红星路79号 滨海新区于家堡融合路68 1号 | 022-25605046 022-84606757 022-24538914 022-66897776 |\n";
    let n = norm_rows(row);
    let mut want = want.to_vec();
    want.push(("天津市滨海新区行政审批局", "滨海新区于家堡融合路681号", 1));
    assert_told_apart(&n, &want);
    // Not past a word opening with a place, nor at one opening with the city of the name
    // before: `成都出入境接待中心…` is the building of `四川省成都市…`'s address, and
    // `经开区…` opens 巴中's.
    let row = "| 23 | 四川省 | 四川省成都市外国专家局 四川省巴中市科学技术局 四川省广元市科学技 术局 四川省绵阳市科学技 术局 | 青羊区人民西路2号 成都出入境接待中心3楼12 -17号窗口 经开区红星街70号市民之家3楼(综合服务窗口) 市中区柏杨东路222号 涪城区临园路东段72号新益大厦7楼综合窗口 | 028-62377790 0827-5269390、0827-5775697 0839-3269691 0816-2303953 / 0816-2310895 / 0816-2310596 |\n";
    let n = norm_rows(row);
    assert_told_apart(
        &n,
        &[
            ("四川省成都市外国专家局", "青羊区人民西路2号成都出入境接待中心3楼12-17号窗口", 1),
            ("四川省巴中市科学技术局", "经开区红星街70号市民之家3楼(综合服务窗口)", 2),
            ("四川省广元市科学技术局", "市中区柏杨东路222号", 1),
            ("四川省绵阳市科学技术局", "涪城区临园路东段72号新益大厦7楼综合窗口", 3),
        ],
    );
}

#[test]
fn a_word_opening_with_the_place_before_and_naming_no_street_is_that_addresss_building() {
    // `大连市行政服务中心` and `重庆生产力大厦…` open with the city the address before
    // opens with (`河南自贸大厦`, its province) and name no street; the words after them
    // do: the next name's address opens there.
    let rows = "\
| 6 | 辽宁省 | 大连市科学技术局(大 连市外国专家局 大连市高新园区科技创新局 | 大连市甘井子区东北 北路101号周水子街道 大连市行政服务中心 大连市高新区高新1 号高新区公共服务中心 | 0411-65851150 0411-84790590 |\n\
| 22 | 重庆市 | 重庆市科技局 重庆市人力社保局政务服务大厅 | 重庆市渝北区新溉大道2号 重庆生产力大厦1楼\"外国专家 服务\"窗口 重庆市渝北区仙桃街道春华大道99号中国重庆人力资源服务产业园南区1号门三楼 | 023-62192269 023-63120258 |\n\
| 16 | 河南省 | 中国(河南)自由贸易试验区郑州片区管理委员会行政审批处 河南自贸区开封片区政务服务中心 | 郑州市金水区金水东路85号 河南自贸大厦 开封市郑开大道与12大街交叉口中国(河南)自由贸易试验区开封片区政务服务中心 | 0371-67880637 0371-22732115 |\n";
    let n = norm_rows(rows);
    assert_told_apart(
        &n,
        &[
            ("大连市科学技术局(大连市外国专家局", "大连市甘井子区东北北路101号周水子街道大连市行政服务中心", 1),
            ("大连市高新园区科技创新局", "大连市高新区高新1号高新区公共服务中心", 1),
            ("重庆市科技局", "重庆市渝北区新溉大道2号重庆生产力大厦1楼\"外国专家服务\"窗口", 1),
            ("重庆市人力社保局政务服务大厅", "重庆市渝北区仙桃街道春华大道99号中国重庆人力资源服务产业园南区1号门三楼", 1),
            ("中国(河南)自由贸易试验区郑州片区管理委员会行政审批处", "郑州市金水区金水东路85号河南自贸大厦", 1),
            ("河南自贸区开封片区政务服务中心", "开封市郑开大道与12大街交叉口中国(河南)自由贸易试验区开封片区政务服务中心", 1),
        ],
    );
}

#[test]
fn a_word_ending_like_a_name_with_too_short_a_head_is_the_name_before_its_rest() {
    // `综合窗口` ends like a name but has no head of its own: the rest of `…政务服务大厅`
    // wrapped, not the start of `中德常州创新产业园`.
    let rows = "\
| 10 | 江苏省 | 武进国家高新技术产业 开发区政务服务大厅 综合窗口 中德常州创新产业园 | 武进高新区海湖路特1号 金坛区鑫城大道2898 号 | 0519-86220167 0519-82818550 |\n";
    let n = norm_rows(rows);
    assert_told_apart(
        &n,
        &[
            ("武进国家高新技术产业开发区政务服务大厅综合窗口", "武进高新区海湖路特1号", 1),
            ("中德常州创新产业园", "金坛区鑫城大道2898号", 1),
        ],
    );
    // A name's bracket cut open (`抚顺市科学技术局( | 外国专家局)`) is not such a word: the
    // name before it ends.
    let rows = "\
| 6 | 辽宁省 | 金普新区科学技术局 自贸区制度创新二局 鞍山市科学技术局(外国专家局) 抚顺市科学技术局( 外国专家局) | 大连市开发区金马路197号金普新区行政服务中心 大连保税区洞庭路1号自贸区行政服务中心 鞍山市铁东区新兴街道明 山街12号鞍山市政务 服务中心 抚顺市顺城区长城街振兴大厦A座1312 | 0411-87935782 0411-81641509 0412-5591225、0412-5539457 024-57500960 |\n";
    let n = norm_rows(rows);
    assert_told_apart(
        &n,
        &[
            ("金普新区科学技术局", "大连市开发区金马路197号金普新区行政服务中心", 1),
            ("自贸区制度创新二局", "大连保税区洞庭路1号自贸区行政服务中心", 1),
            ("鞍山市科学技术局(外国专家局)", "鞍山市铁东区新兴街道明山街12号鞍山市政务服务中心", 2),
            ("抚顺市科学技术局(外国专家局)", "抚顺市顺城区长城街振兴大厦A座1312", 1),
        ],
    );
}

#[test]
fn a_street_opening_a_later_word_does_not_pass_a_place_that_opens_an_address_first() {
    // `金普新区…` names no place: the word opening with a place and naming its street
    // (`大连市开发区金马路1`) opens its address, not the street further on
    // (`大连保税区洞庭路1号…`, the next record's).
    let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 6 | 辽宁省 | 大连市高新园区科技创新局 金普新区科学技术局 自贸区制度创新二局 | 大连市高新区高新1号高新 区公共服务中心 大连市开发区金马路1 97号金普新区行政服务中心 大连保税区洞庭路1号自贸区行政服务中心 | 0411-84790590 0411-87935782 0411-81641509 |\n";
    let n = norm(md);
    assert_told_apart(
        &n,
        &[
            ("大连市高新园区科技创新局", "大连市高新区高新1号高新区公共服务中心", 1),
            ("金普新区科学技术局", "大连市开发区金马路197号金普新区行政服务中心", 1),
            ("自贸区制度创新二局", "大连保税区洞庭路1号自贸区行政服务中心", 1),
        ],
    );
}

#[test]
fn a_lone_bracketed_remark_is_the_remark_of_the_name_above() {
    // On a page whose rows disagree on the name's column, the remark alone on its row
    // goes on the name above that has none, not into the audit as noise.
    let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 19 | 广东省 | 韶关市科学技术局 | 韶关市武江区新华北路32号 | 0751-8632211 |\n\n\
| 珠海市科技创新局 | 珠海市香洲区人民东路125号工商大厦一楼1-3号窗口 | 0756-2128405 |\n\
| 汕头市科学技术局 | 汕头市长平路十一街区财 政大楼北楼副楼汕头市政务服务 中心三楼西侧综合窗口 | 0754-88426676 |\n\
| 佛山市国际人才一站式 服务专区窗口(受 理佛山市全市范围业务) | 佛山市禅城区季华五路28号市行政服务中心4楼 | 0757-83036137 |\n\
| 禅城区经济和科技促进局服务窗口(受理禅城辖区内单位业务) | 佛山市禅城区同济 东路禅城区人民政府通济大院8 、9楼 | 0757-82340449 / 0757-82340453 |\n\
| 南海区科学技术局服务窗口(受理南海辖区内单位业务) | 佛山市南海区里水镇新兴路15号行政服务中心27-29号窗口 | 0757-85609966 |\n\
| 南海区科学技术局服务窗口(受理南海辖区内单位业务) | 佛山市南海区南港路8号桂城街道行政服务中心投资建设综合窗口、社会民生综合窗口 | 0757-81813620 |\n\
| 南海区科学技术局服务 窗口(受理南海辖区内单 位业务) | 佛山市南海区狮山镇狮城路 3号行政大楼一楼狮 山镇行政服务中心12、1 3、40号窗口 | 0757-86680876 |\n\
|  | 南海区科学技术局服务窗口(受理南海辖区内单位业务) | 佛山市南海区启航大道2号 A栋九江镇行政服务中心社会民 生综合窗口 | 0757-81866107 |\n\
|  |  | 南海区科学技术局服务窗 口(受理南海辖区内单位业 务) | 佛山市南海区西樵镇樵高路65号西樵环运大楼西樵镇行政服务中心36号窗口 | 0757-86890281 |\n\
| 南海区科学技术局服务窗口 | 佛山市南海区丹灶镇金沙城区金兴路7号1座丹灶镇行政服务中心18-19号窗口 | 0757-86600304 |\n\
|  |  | (受理南海辖区内单位业务) |  |  |\n\
\n\
| 南海区科学技术局服务窗口(受理南海辖区内单位业务) | 佛山市南海区大沥镇振兴路54号大沥镇行政服务中心8-11号窗口 | 0757-85593610 |\n\
|---|---|---|\n\
| 顺德区科学技术局服务窗口(受理顺德辖区内单位业务) | 佛山市顺德区大良街道德民路顺德区行政服务中心东座三楼14号窗口 | 0757-22835313、0757-22830311 |\n\
| 高明区经济和科技促进局服务 窗口(受理高明辖区内 单位业务) | 佛山市高明区荷城街道星河路蟠龙街21号六楼高新合作交流股 | 0757-88683298 |\n";
    let n = norm(md);
    let r = n.records.iter().find(|r| r.address.contains("丹灶镇")).expect("丹灶");
    assert_eq!(r.institution, "南海区科学技术局服务窗口(受理南海辖区内单位业务)");
    assert!(n.findings.iter().all(|f| f.code != FindingCode::NoiseRowDropped), "{:#?}", n.findings);
}

#[test]
fn a_name_whose_bracket_ocr_left_open_ends_before_the_next_name() {
    // `…技术局(沈阳市外国专家局` lost its `)`; the next word opens another name with a
    // place: two records run together, parted.
    let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 6 | 辽宁省 | 沈阳市科学技术局(沈阳市外国专家局 沈阳市浑南区科技局 | 沈阳市沈河区市府大路260号 沈阳市浑南区创新路100号 | 024-22720001 024-23780002 |\n";
    let n = norm(md);
    assert_eq!(
        names_and_addresses(&n),
        [("沈阳市科学技术局(沈阳市外国专家局", "沈阳市沈河区市府大路260号"), ("沈阳市浑南区科技局", "沈阳市浑南区创新路100号")],
        "{:#?}",
        n.findings
    );
}

#[test]
fn a_name_head_in_latin_letters_is_a_name_not_noise() {
    // `电子城•IT` scores as no field; in the name column beside an address it opens the
    // name whose rest is on the next row with the phone.
    let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 1 | 北京市 | 朝阳区人力资源公共服务中心 | 将台路5号院15号楼A座 | 010-57596100 |\n\
|  |  | 朝阳区国际人才一站式服务中心 | 朝阳区霄云路霄云里1号 | 010-84681219 |\n\
|  |  | 电子城•IT | 朝阳区将台酒仙桥北路甲10号院304号楼 |  |\n\
|  |  | 产业园国际人才一站式服务中心 |  | 010-84592515 |\n\
|  |  | 北京CBD国际人才一站式服务中心 | 朝阳区东三环中路7号财富中心写字楼A座 | 010-65927145 |\n";
    let n = norm(md);
    assert_eq!(
        names_addresses_phone_counts(&n)[1..3],
        [
            ("朝阳区国际人才一站式服务中心", "朝阳区霄云路霄云里1号", 1),
            ("电子城•IT产业园国际人才一站式服务中心", "朝阳区将台酒仙桥北路甲10号院304号楼", 1),
        ]
    );
}

#[test]
fn a_whole_name_under_a_whole_record_is_its_own_record() {
    // 丙市 is no place the gazetteer knows (as 古林市, OCR's 吉林市, is not): the whole
    // name opening with a city is a record of its own, not the tail of the name above.
    let md = "| 受理机构 | 地址 | 电话 |\n|---|---|---|\n\
| 甲市科学技术局 | 一路1号 | 010-89150841 |\n\
| 乙市科学技术局 | 二路2号 | |\n\
| 丙市人才服务中心 | | 010-89150843 |\n";
    let n = norm(md);
    let names: Vec<&str> = n.records.iter().map(|r| r.institution.as_str()).collect();
    assert_eq!(names, ["甲市科学技术局", "乙市科学技术局", "丙市人才服务中心"]);
    assert!(n.records[1].phones.is_empty());
    // A whole name beside an address opening with the place it opens with (a zone no
    // table knows), its phone low in a tall row across a page break.
    let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 24 | 贵州省 | 黔西南州科技局 | 兴义市向阳路89号 | 0859-3229136 |\n\
| | | 贵安新区经济发展局 | 贵安新区数字 | |\n\n\
| | | | 经济产业园9号楼1018办公室 | 0851-88909700 |\n|---|---|---|---|---|\n\
| 25 | 云南省 | 云南省外国专家局 | 昆明市五华区如安街56号 | 0871-63630501 |\n";
    let n = norm(md);
    assert_eq!(
        names_addresses_phone_counts(&n),
        [
            ("黔西南州科技局", "兴义市向阳路89号", 1),
            ("贵安新区经济发展局", "贵安新区数字经济产业园9号楼1018办公室", 1),
            ("云南省外国专家局", "昆明市五华区如安街56号", 1),
        ]
    );
}

#[test]
fn a_field_split_over_two_cells_by_a_stray_separator_is_joined() {
    // A comma inside an unquoted CSV field: the address's head was dropped as noise.
    let csv = "序号,省份,受理机构,地址,咨询电话\n\
1,广东,深圳市外国人工作许可服务窗口,深圳市福田区福中三路市民中心B区行政服务大厅东厅,受理窗口55-57号,0755-88121678\n\
2,,广州市科学技术局,广州市越秀区连新路171号,020-83124567\n\
3,,佛山市科学技术局,佛山市禅城区季华五路28号,0757-83036137\n";
    let n = normalize(&parser::delimited::parse_delimited("t.csv", csv, b',').unwrap());
    assert_eq!(n.records[0].address, "深圳市福田区福中三路市民中心B区行政服务大厅东厅,受理窗口55-57号");
    // So does a name's, its rest pushing the address and the phone one column on.
    let csv = "序号,省份,受理机构,地址,咨询电话\n\
1,广东,深圳市外国人工作许可服务窗口,受理全深圳市单位业务,深圳市福田区福中三路市民中心B区,0755-88121678\n\
2,,广州市科学技术局,广州市越秀区连新路171号,020-83124567\n";
    let n = normalize(&parser::delimited::parse_delimited("t.csv", csv, b',').unwrap());
    assert_eq!(n.records[0].institution, "深圳市外国人工作许可服务窗口,受理全深圳市单位业务");
    assert_eq!(n.records[0].address, "深圳市福田区福中三路市民中心B区");
    // A pipe OCR read inside an address: its rest pushed the phone one column on.
    let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 1 | 广东 | 深圳市外国人工作许可服务窗口 | 深圳市福田区福中三路市民中心 | B 区行政服务大厅东厅 | 0755-88121678 |\n\
| | | 广州市科学技术局 | 广州市越秀区连新路171号 | 020-83124567 |\n";
    let n = norm(md);
    assert_eq!(n.records[0].address, "深圳市福田区福中三路市民中心B区行政服务大厅东厅");
    assert!(n.findings.iter().all(|f| f.code != FindingCode::NoiseTextDropped), "{:#?}", n.findings);
    // An address opening with a name, split after that name: the whole name before it
    // stays the name, and the address is joined back.
    let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 1 | 山西 | 山西省科学技术厅 | 太原市小店区长治路189号 | 0351-7012345 |\n\
| | | 晋中市外国专家局 | 晋中市科学技术局晋中市榆 | 次区龙湖大街141号 | 0354-3260085 |\n\
| | | 运城市科学技术局 | 运城市河东东街272号 | 0359-8711213 |\n";
    let n = norm(md);
    assert_eq!(n.records[1].institution, "晋中市外国专家局");
    assert_eq!(n.records[1].address, "晋中市科学技术局晋中市榆次区龙湖大街141号");
    // Or split after the head that names the name's own place again, as an address
    // opens (`绍兴市柯桥区…` after `柯桥区…局`), where the next cell opens with no word cut.
    let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 1 | 浙江 | 浙江省科学技术厅 | 杭州市西湖区文三路 | 0571-87054006 |\n\
| | | 柯桥区科学技术局 | 绍兴市柯桥区行政中心 | 柯桥区科技局A209室 | 0575-85678273 |\n\
| | | 晋中市外国专家局 | 晋中市科学技术局 | 晋中市榆次区龙湖大街141号 | 0354-3260085 |\n\
| | | 上虞区科学技术局 | 绍兴市上虞区市民大道 | 0575-82123456 |\n";
    let n = norm(md);
    assert_eq!(
        names_and_addresses(&n)[1..3],
        [("柯桥区科学技术局", "绍兴市柯桥区行政中心柯桥区科技局A209室"), ("晋中市外国专家局", "晋中市科学技术局晋中市榆次区龙湖大街141号")]
    );
    // A name cut right after the province it opens with, printed where the province
    // column already holds it (the row alone on its page).
    let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 31 | 新疆维吾尔自治区 | 新疆维吾尔自治区科学技术厅(外国专家局) | 新疆乌鲁木齐市新市区科学一街353号 | 0991-3680731 |\n\n\
| 32 | 新疆生产建设兵团 | 新疆生产建设兵团 | 外国专家局 | 新疆乌鲁木齐市水磨沟区516号南湖明珠大厦 | 0991-2899404 |\n|---|---|---|---|---|---|\n";
    let n = norm(md);
    assert_eq!(province_name_address(&n)[1], ("新疆生产建设兵团", "新疆生产建设兵团外国专家局", "新疆乌鲁木齐市水磨沟区516号南湖明珠大厦"));
    // Or inside the place after the province, or after that whole place, the head read
    // as the province column's (a row a cell wider than its page).
    let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 23 | 四川 | 四川省科学技术厅 | 成都市锦江区 | 028-86721234 |\n\
| | | 四川省乐山 | 市科学技术局 | 德阳市长江东路101号市政务服务中心一楼二号窗口 | 0833-2157206 |\n\
| | | 四川省达州市 | 科学技术局 | 通川区永兴路2号 | 0818-2389003 |\n\
| | | 四川省内江市科学技术局 | 内江市市中区新华路西一巷43号 | 0832-8351819 |\n";
    let n = norm(md);
    assert_eq!(
        province_name_address(&n)[1..],
        [
            ("四川省", "四川省乐山市科学技术局", "德阳市长江东路101号市政务服务中心一楼二号窗口"),
            ("四川省", "四川省达州市科学技术局", "通川区永兴路2号"),
            ("四川省", "四川省内江市科学技术局", "内江市市中区新华路西一巷43号")
        ]
    );
    // Or after a label the next cell gives the value of, or a zone alone.
    let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 15 | 山东 | 山东省科学技术厅 | 济南市历下区解放路 | 0531-51751234 |\n\
| | | 青岛市外国专家局 | 政府受理点 | :青岛市市南区香港中路11号政府二期办公楼1715室 | 0532-85911893 |\n\
| 23 | 四川 | 四川省科学技术厅 | 成都市锦江区 | 028-86721234 |\n\
| | | 四川省遂宁市科学技术局 | 河东新区 | 莲花会展中心3号花瓣2楼市公安局出入境管理支队窗口 | 0825-2655078 |\n";
    let n = norm(md);
    let got = names_and_addresses(&n);
    assert_eq!(
        [got[1], got[3]],
        [
            ("青岛市外国专家局", "政府受理点:青岛市市南区香港中路11号政府二期办公楼1715室"),
            ("四川省遂宁市科学技术局", "河东新区莲花会展中心3号花瓣2楼市公安局出入境管理支队窗口")
        ]
    );
    // Or after a zone opening an address cut inside a word (`河东新区莲花会 | 展中心…`).
    let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 23 | 四川 | 四川省科学技术厅 | 成都市锦江区 | 028-86721234 |\n\
| | | 四川省遂宁市科学技术局 | 河东新区莲花会 | 展中心3号花瓣2楼市公安局出入境管理支队窗口 | 0825-2655078 |\n\
| | | 四川省宜宾市科学技术局 | 翠屏区中山街142号 | 0831-8226207 |\n";
    let n = norm(md);
    assert_eq!(names_and_addresses(&n)[1], ("四川省遂宁市科学技术局", "河东新区莲花会展中心3号花瓣2楼市公安局出入境管理支队窗口"));
    // Or with a head that names a street and number with the rest (its rest opening
    // with a place: `西区`, a district of 攀枝花).
    let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 2 | 天津 | 天津市科学技术局 | 天津市河西区友谊路18号 | 022-58832901 |\n\
| | | 天津市自贸区(机场片区)行政审批中心 | 空港经济 | 西区三道166号 | 022-84606757 |\n\
| | | 天津市滨海新区行政审批局 | 滨海新区于家堡融合路681号 | 022-65305900 |\n";
    let n = norm(md);
    assert_eq!(names_and_addresses(&n)[1], ("天津市自贸区(机场片区)行政审批中心", "空港经济西区三道166号"));
    // Or with a head ending like a name: a place's office or a compound, then numbers.
    let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 1 | 内蒙古 | 内蒙古自治区科学技术厅 | 呼和浩特市赛罕区丰州南路78号 | 0471-6328620 |\n\
| | | 二连浩特市教育科技局 | 二连浩特市锡林街西教育科 | 技局办公大楼3楼 | 0479-7539663 |\n\
| 2 | 贵州 | 贵安新区经济发展局 | 贵安新区数字经济产业园 | 9号楼1018办公室 | 0851-88909700 |\n";
    let n = norm(md);
    let got = names_and_addresses(&n);
    assert_eq!(
        got[1..],
        [
            ("二连浩特市教育科技局", "二连浩特市锡林街西教育科技局办公大楼3楼"),
            ("贵安新区经济发展局", "贵安新区数字经济产业园9号楼1018办公室")
        ]
    );
    // A page whose rows disagree on the address column (one lost its first cell): the
    // head reads as an address itself.
    let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 6 | 辽宁 | 大连市科学技术局 | 大连市甘井子区东北北路101号 | 0411-65851150 |\n\n\
| | | 自贸区制度创新二局 | 大连保税区洞庭路1号自贸区行政服务中心 | 0411-81641509 |\n|---|---|---|---|---|\n\
| | | 鞍山市科学技术局(外国专家局) | 鞍山市铁东区新兴街道明山 | 街12号鞍山市政务服务中心 | 0412-5591225 |\n\
| | 抚顺市科学技术局(外国专家局) | 抚顺市顺城区长城街振兴 大厦A座1312 | 024-57500960 |\n\
| | | 本溪市科学技术局(本溪市外国专家局) | 本溪市高新技术产业开发区 | 024-45689024 |\n";
    let n = norm(md);
    let r = n.records.iter().find(|r| r.institution.starts_with("鞍山")).expect("鞍山");
    assert_eq!(r.address, "鞍山市铁东区新兴街道明山街12号鞍山市政务服务中心");
    // So does a split address's head where no column holds most addresses: its rest
    // one column right, before the phone, joins it.
    let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 12 | 安徽 | 宿州市科学技术局 | 安徽省宿州市高新区拱辰路8号科技大厦511室 | 0557-3060062 |\n\n\
| | 蚌埠市科学技术局 | 蚌埠市胜利中路89号 | 0552-3125667 |\n|---|---|---|---|\n\
| | | 阜阳市科学技术局 | 安徽省阜阳市颍州区清河东路539 | 号市委九楼科技局 | 0558-2264200 |\n\
| | | 淮南市科学技术局 | 淮南市田家庵区朝阳 | 0554-6673580 |\n\n\
| | | | 中路91号科技大厦515室科技局外专科 | |\n";
    let n = norm(md);
    let r = n.records.iter().find(|r| r.institution.starts_with("阜阳")).expect("阜阳");
    assert_eq!(r.address, "安徽省阜阳市颍州区清河东路539号市委九楼科技局");
    // Likewise the names (two rows hold theirs a column left): a name split inside its
    // bracket, or before its ending, is joined back, not run into the address; so is a
    // name's head the split left a column left of the name.
    let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 19 | 广东 | 禅城区经济和科技促进局服务窗口 | 佛山市禅城区同济东路通济大院8楼 | 0757-82340449 |\n\n\
| | 南海区科学技术局服务窗口 | 佛山市南海区里水镇新兴路15号行政服务中心 | 0757-85600001 |\n|---|---|---|---|\n\
| | 南海区科学技术局服务窗口 | 佛山市南海区南港路8号桂城街道行政服务中心 | 0757-86230001 |\n\
| | | 南海区科学技术局服务窗口(受 | 理南海辖区内单位业务) | 佛山市南海区狮山镇狮城路3号行政大楼 | 0757-86680876 |\n\
| | | 顺德区科 | 学技术局服务窗口(受理顺德辖区内单位业务) | 佛山市顺德区大良街道德民路顺德区行政服务中心 | 0757-22835313 |\n\
| | | 高明区经济和科技促进局 | 佛山市高明区荷城街道星河路蟠龙街21号 | 0757-88683298 |\n\
| | | 三水区经济和科技促进局 | 佛山市三水区西南街道健力宝北路37号 | 0757-87732062 |\n\
| | | 韶关市科学技术局 | 韶关市武江区新华北路32号 | 0751-8632211 |\n\
| | | 河源市科学技术局 | 河源市源城区文明路43-1号 | 0762-3887322 |\n\
| | | 佛山市人力资 | 源和社会保障局 | 佛山市禅城区季华五路18号 | 0757-83030000 |\n";
    let n = norm(md);
    assert_eq!(names_and_addresses(&n)[9], ("佛山市人力资源和社会保障局", "佛山市禅城区季华五路18号"));
    assert_eq!(
        names_and_addresses(&n)[3..5],
        [
            ("南海区科学技术局服务窗口(受理南海辖区内单位业务)", "佛山市南海区狮山镇狮城路3号行政大楼"),
            ("顺德区科学技术局服务窗口(受理顺德辖区内单位业务)", "佛山市顺德区大良街道德民路顺德区行政服务中心"),
        ]
    );
    // Two address columns in every row are not one split.
    let md = "| 受理机构 | 地址 | 详细地址 | 电话 |\n|---|---|---|---|\n\
| 广州市科学技术局 | 广州市越秀区 | 广州市越秀区连新路171号 | 020-83124567 |\n\
| 佛山市科学技术局 | 佛山市禅城区 | 佛山市禅城区季华五路28号 | 0757-83036137 |\n";
    assert!(norm(md).records.iter().all(|r| !r.address.contains("区广州") && !r.address.contains("区佛山")));
}

#[test]
fn a_name_cell_holding_its_address_in_brackets_gives_both_fields() {
    let md = "| 序号 | 受理机构（地址） | 电话 |\n|---|---|---|\n\
| 1 | 杭州市科学技术局（杭州市上城区解放东路 18 号） | 0571-85253100 |\n\
| 2 | 宁波市科学技术局（地址：宁波市鄞州区宁穿路 2001 号） | 0574-89186152 |\n";
    let n = norm(md);
    assert_eq!(
        names_and_addresses(&n),
        [("杭州市科学技术局", "杭州市上城区解放东路18号"), ("宁波市科学技术局", "宁波市鄞州区宁穿路2001号")]
    );
    assert!(n.findings.iter().all(|f| f.code != FindingCode::InstitutionMissing), "{:#?}", n.findings);
}

#[test]
fn a_second_name_column_is_kept_as_a_note_under_its_caption() {
    // 受理机构 and 受理窗口 both caption a name: the window the name does not take was
    // dropped as noise. On the page-break table after the header it is kept too.
    let md = "| 序号 | 城市 | 受理机构 | 受理窗口 | 办公地址 | 联系电话 |\n\
|---|---|---|---|---|---|\n\
| 1 | 杭州 | 杭州市科学技术局 | 市民中心 A 座 3 楼 12 号窗口 | 杭州市上城区解放东路 18 号 | 0571-85253100 |\n\
| 2 | 宁波 | 宁波市科学技术局 | | 宁波市鄞州区宁穿路 2001 号 | 0574-89186152 |\n\
\n\
| 3 | 温州 | 温州市科学技术局 | 行政服务中心 | 温州市鹿城区府东路 199 号 | 0577-89090580 |\n";
    let n = norm(md);
    assert_eq!(n.records.len(), 3, "{:#?}", n.records);
    let names: Vec<&str> = n.records.iter().map(|r| r.institution.as_str()).collect();
    assert_eq!(names, ["杭州市科学技术局", "宁波市科学技术局", "温州市科学技术局"]);
    assert_eq!(n.records[0].notes, vec!["城市: 杭州", "受理窗口: 市民中心A座3楼12号窗口"]);
    assert_eq!(n.records[1].notes, vec!["城市: 宁波"]);
    assert_eq!(n.records[2].notes, vec!["城市: 温州", "受理窗口: 行政服务中心"]);
    assert!(n.findings.iter().all(|f| f.code != FindingCode::NoiseTextDropped), "{:#?}", n.findings);
}

#[test]
fn two_names_in_the_name_cell_of_a_whole_row_are_one_points_name() {
    for sep in ["<br>", " "] {
        let md = format!(
            "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 1 | 浙江省 | 杭州市科学技术局 | 杭州市上城区解放东路 18 号 | 0571-87051076 |\n\
| 2 | 浙江省 | 温州市科学技术局{sep}温州市行政审批服务中心 | 温州市鹿城区车站大道 1 号 | 0577-88961234 |\n"
        );
        let n = norm(&md);
        assert_eq!(n.records.len(), 2, "{sep}: {:#?}", n.records);
        assert_eq!(n.records[1].institution, "温州市科学技术局温州市行政审批服务中心", "{sep}");
        assert!(n.records[1].flags.contains(&FindingCode::CellSplit), "{sep}");
        assert!(!n.findings.iter().any(|f| f.code == FindingCode::NoiseTextDropped), "{sep}: {:#?}", n.findings);
    }
}

#[test]
fn a_bracketed_remark_alone_goes_on_the_field_most_of_its_column_holds() {
    // Rows that leave out an empty column print their names one column left: by share of
    // its few cells that column is the names' usual one, but the remark's own column
    // holds names in most rows (and the address's usual column is further right).
    let md = "|  | 外国人来华工作许可桂 园街道工作站 | 深圳市罗湖区书城路1 号都市名园F座裙楼五层新围 社区党群服务中心 | 883619 | 0755-25102948 |  |\n\
|  |  | 深圳市前海深港现代服务 业合作区管理局 | 深圳市前海深港现代服务业合作区前湾一路19号前海e站通服务大厅A栋211办公室 |  | 0755-88981800 |  |  |\n\
|  |  | 禅城区经济和科技促进 局服务窗口(受理 禅城辖区内单位业务) | 佛山市禅城区同济东路禅城区人民政府通济大院8、9楼 |  | 0757 8234 0449; 0757-82340453 | 0757-82340440 |\n\
|  | 南海区科学技术局服务窗口(受理南海辖区内单位业务) | 佛山市南海区里水镇新兴 路15号行政服务中心 27-29号窗口 |  | 0757 8560 9966 |  |\n\
|  |  | 南海区科学技术局服务窗口(受理南海辖区内单位业务) | 佛山市南海区南港路8 号桂城街道行政服务中 心投资建设综合窗 口、社会民生综合窗口 |  | 0757 8181 3620 | 0757-81813621 |\n\
|  |  | 南海区科学技术局服务窗口 | 佛山市南海区狮山镇狮 城路3号行政大楼一 楼狮山镇行政服务中心12、1 3、40号窗口 | 146971 | 0757-86680876 |  |\n\
|  |  | (受理南海辖区内单位业务) |  |  |  |  |\n\
|  | 南海区科学技术局服务 窗口(受理南海辖区内单 位业务) | 佛山市南海区启航大道2 号A栋九江镇行政 服务中心社会民生综合窗 口 |  | 0757-81866107 | 0757-81866108 |\n\
|  |  | 南海区科学技术局服务窗口( 受理南海辖区内单位业务) | 佛山市南海区西樵镇樵高路65 号西樵环运大楼西樵 镇行政服务中心36号窗 口 | 162809 | 0757-86890281 |  |\n";
    let n = norm(md);
    let r = n.records.iter().find(|r| r.address.contains("狮山镇")).expect("the record");
    assert_eq!(r.institution, "南海区科学技术局服务窗口(受理南海辖区内单位业务)");
    assert!(!r.address.contains("受理"), "{}", r.address);
}

#[test]
fn a_tail_after_a_name_closed_by_its_remark_goes_on_the_address() {
    // `…服务窗口(受理…业务)` ends like a name before its remark: whole. The text on the
    // row below (a narrower row, under no column of its own) ends like a name too, but it
    // goes on the address (`…九江镇` + `行政服务中心…`), not after the remark.
    let md = "| | | 南海区科学技术局服务窗口(受理南海辖区内单位业务) | 佛山市南海区启航大道2号A栋九江镇 | 0757-81866107 |\n\
|---|---|---|---|---|\n\
| | 行政服务中心社会民生综合窗口 | |\n\
| 南海区科学技术局服务窗口 | 佛山市南海区西樵镇樵高路65号西樵环运大楼 | 0757-86890281 |\n";
    let n = norm(md);
    assert_eq!(
        names_and_addresses(&n)[0],
        ("南海区科学技术局服务窗口(受理南海辖区内单位业务)", "佛山市南海区启航大道2号A栋九江镇行政服务中心社会民生综合窗口")
    );
}

#[test]
fn a_place_between_a_name_and_its_phone_is_the_address_cut_short() {
    // `政府受理点:青岛` reads as nothing by its content (a label, a city without 市), on a
    // page of one row; between the name and the phone, naming a place, it is the address,
    // and the next page's text goes on it.
    let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 15 | 山东省 | 济南市科学技术局 | 济南市历下区龙鼎大道1号D529 | 0531-66605973 |\n\
\n\
| 青岛市外国专家局 | 政府受理点:青岛 | 0532-85911893 |\n|---|---|---|\n\
\n\
| | | | 市市南区香港中路11号政府二期办公楼1715室。 | |\n|---|---|---|---|---|\n\
| | | 淄博市外国专家局 | 淄博市张店区联通路202号 | 0533-2791863 |\n";
    let n = norm(md);
    let r = n.records.iter().find(|r| r.institution == "青岛市外国专家局").expect("the record");
    assert_eq!(r.address, "政府受理点:青岛市市南区香港中路11号政府二期办公楼1715室。");
}

#[test]
fn a_name_like_rest_a_whole_name_does_not_take_goes_on_the_address() {
    // `人社局508` ends like a name, and the name above is whole; the address above has its
    // house number and goes on with a text that names no street of its own.
    let md = "| | | 黔西南州科技局 | 兴义市向阳路89号 | 0859-3229136 |\n|---|---|---|---|---|\n\
| 25 | 云南省 | 云南省外国专家局 | 昆明市五华区如安街56号 | 0871-63630501 |\n\
\n\
| | | 昆明市五华区受理点 | 正义路五华坊42号五华区 | 0871-63588926 |\n|---|---|---|---|---|\n\
\n\
| | 人社局508 | |\n|---|---|---|\n\
| | | 昆明市盘龙区受理点 | 盘龙区锦武路15号盘龙区政务服务中心B区1号 | 0871-65716160 |\n";
    let n = norm(md);
    assert_eq!(names_and_addresses(&n)[2], ("昆明市五华区受理点", "正义路五华坊42号五华区人社局508"));
    assert!(!n.findings.iter().any(|f| f.code == FindingCode::NoiseTextDropped), "{:?}", n.findings);
}

#[test]
fn a_bracketed_aside_or_the_rest_of_an_address_stopping_at_a_place_goes_on_the_record_above() {
    // A tall row's second line: an aside in brackets (no address opens with one), or a
    // building under an address that stops at a city's name (`…12号鞍山市`), is the rest
    // of the address above, numbers and all, though it reads like a name alone.
    let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 10 | 江苏省 | 昆山市科学技术局 | 昆山市人才科创发展服务中心一楼服务大厅 | 0512-57152837 |\n\
| | | | (昆山市登云路268号) | 0512-55186067; 0512-50376099 |\n\
| | | 苏州工业园区人事局 | 苏州大道东351号工商大厦 | 0512-66683196 |\n\
| 6 | 辽宁省 | 鞍山市科学技术局(外国专家局) | 鞍山市铁东区新兴街道明山街12号鞍山市 | 0412-5591225 |\n\
| | | | 政务服务中心 | 0412-5539457 |\n\
| | | 抚顺市科学技术局 | 抚顺市顺城区长城街振兴大厦A座1312 | 024-57500960 |\n";
    let n = norm(md);
    assert_eq!(
        names_addresses_phone_counts(&n),
        [
            ("昆山市科学技术局", "昆山市人才科创发展服务中心一楼服务大厅(昆山市登云路268号)", 3),
            ("苏州工业园区人事局", "苏州大道东351号工商大厦", 1),
            ("鞍山市科学技术局(外国专家局)", "鞍山市铁东区新兴街道明山街12号鞍山市政务服务中心", 2),
            ("抚顺市科学技术局", "抚顺市顺城区长城街振兴大厦A座1312", 1),
        ]
    );
}

#[test]
fn a_tall_row_cut_inside_a_road_s_name_or_its_house_number_is_one_record() {
    // The second line goes on the record above, and its phone with it, when it opens
    // with the rest of the road's name (`…南明区遵` + next page `义路270号…`: no road's
    // name is one character long) or of the house number (`…遵义路27` + `0号…`).
    for (head, rest, page_break) in [("贵州省贵阳市南明区遵", "义路270号", "\n"), ("贵州省贵阳市南明区遵义路27", "0号", "")]
    {
        let md = format!(
            "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 24 | 贵州省 | 贵州省科技厅 | 贵阳市南明区科学路16号 / {head} | 0851-85553449 |\n{page_break}\
| | | | {rest}贵州省政务服务中心政务服务大厅法人综合服务区B013-B022窗口 | 0851-85557424 |\n\
| | | 贵阳市科技局 | 贵阳市观山湖区市级行政中心市政府大楼A区524 | 0851-87989108 |\n"
        );
        let n = norm(&md);
        assert_eq!(
            names_addresses_phone_counts(&n),
            [
                (
                    "贵州省科技厅",
                    "贵阳市南明区科学路16号 / 贵州省贵阳市南明区遵义路270号贵州省政务服务中心政务服务大厅法人综合服务区B013-B022窗口",
                    2
                ),
                ("贵阳市科技局", "贵阳市观山湖区市级行政中心市政府大楼A区524", 1),
            ],
            "{head} + {rest}"
        );
    }
}

#[test]
fn a_name_like_rest_goes_on_an_address_cut_before_its_street_first() {
    // `朔州市朔城区` is place names alone: what the next page's first row holds
    // (`市府街市政府三楼科学技术局`, ending like a name) goes on it, not on the whole name.
    let md = "| 阳泉市行政审批服务管理局 | 0353-3333073 | 阳泉市郊区李荫路50号 | |\n|---|---|---|---|\n\
| 长治市行政审批服务管理局 | 0355-2110736 | 长治市潞州区太行西街406号 |\n\
| 朔州市科学技术局农村社会科 | 0349-2029435 | 朔州市朔城区 |\n\n\
| | | 市府街市政府三楼科学技术局 |\n|---|---|---|\n\
| 忻州市政务服务中心 | 0350-3092827 | 忻州市忻府区雁门大道南街 |\n\
| 吕梁市外国专家局 | 18035889119 | 吕梁市离石区滨河北中路35号 |\n";
    let n = norm(md);
    assert_eq!(names_and_addresses(&n)[2], ("朔州市科学技术局农村社会科", "朔州市朔城区市府街市政府三楼科学技术局"));
    // So does one under an address stopping at a place's name after its street.
    let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| | | 金普新区科学技术局 | 大连市开发区金马路 197号金普新区 行政服务中心 | 0411-87935782 | |\n\
| | | 自贸区制度创新二局 | 大连保税区洞庭路1号自贸区行政服务中心 | 0411-81641509 |\n\
| | | 鞍山市科学技术局(外国专 家局) | 鞍山市铁东区新兴街道明山街12号鞍山市 | 0412-5591225、0412-5539457 |\n\n\
| | 政务服务中心 | |\n|---|---|---|\n\
| 抚顺市科学技术局(外国专家局) | 抚顺市顺城区长城街振兴大 | 024-57500960 |\n\n\
| | | | 厦A座1312 | |\n|---|---|---|---|---|\n";
    let n = norm(md);
    assert_eq!(names_and_addresses(&n)[2], ("鞍山市科学技术局(外国专家局)", "鞍山市铁东区新兴街道明山街12号鞍山市政务服务中心"));
}

#[test]
fn a_tall_row_s_second_line_finishing_a_place_a_road_or_a_quotation_is_one_record() {
    // The second line goes on the record above, numbers and all, when it finishes the
    // district the address was cut inside (`…同济东路禅` + `城区…`: 禅城区, though 城区 is
    // a district's name too), opens with the road's word the address was cut before
    // (`…大良街道德民` + `路顺德区…`: no stray character before 顺德区), or opens with
    // the quotation it closes (`"外国专家服务"窗口`, though it ends like a name).
    let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 19 | 广东省 | 禅城区经济和科技促进局服务窗口(受理禅城辖区内单位业务) | 佛山市禅城区同济东路禅 | 0757-82340449 |\n\n\
| | | | 城区人民政府通济大院8、9楼 | 0757-82340453 |\n|---|---|---|---|---|\n\
| | | 顺德区科学技术局服务窗口(受理顺德辖区内单位业务) | 佛山市顺德区大良街道德民 | 0757-22835313 |\n\
| | | | 路顺德区行政服务中心东座三楼14号窗口 | 0757-22830311 |\n\
| | | 高明区经济和科技促进局服务窗口 | 佛山市高明区荷城街道星河路蟠龙街21号六楼 | 0757-88683298 |\n\
| 22 | 重庆市 | 重庆市科技局 | 重庆市渝北区新溉大道2号重庆生产力大厦1楼 | 023-62192269 |\n\
| | | | \"外国专家服务\"窗口 | 023-62191366 |\n\
| | | 重庆市人力社保局政务服务大厅 | 重庆市渝北区仙桃街道春华大道99号 | 023-63120258 |\n";
    let n = norm(md);
    assert_eq!(
        names_addresses_phone_counts(&n),
        [
            ("禅城区经济和科技促进局服务窗口(受理禅城辖区内单位业务)", "佛山市禅城区同济东路禅城区人民政府通济大院8、9楼", 2),
            ("顺德区科学技术局服务窗口(受理顺德辖区内单位业务)", "佛山市顺德区大良街道德民路顺德区行政服务中心东座三楼14号窗口", 2),
            ("高明区经济和科技促进局服务窗口", "佛山市高明区荷城街道星河路蟠龙街21号六楼", 1),
            ("重庆市科技局", "重庆市渝北区新溉大道2号重庆生产力大厦1楼\"外国专家服务\"窗口", 2),
            ("重庆市人力社保局政务服务大厅", "重庆市渝北区仙桃街道春华大道99号", 1),
        ]
    );
}

#[test]
fn a_tall_row_s_second_line_opening_with_a_place_that_goes_on_the_address_is_one_record() {
    // Each second line opens with a place, yet goes on the address above, its number
    // the record's second: it names no street of its own after an address stopping at
    // its house number (`1号门` numbers a gate); it finishes the word the address was cut
    // inside (`…中国重庆人力` + `资源…`: 资源 is a county's name too); the address stops
    // at the country's name (`…99号中国`); under the address column it reads as a name
    // but is a building of the city after the house number (`鞍山市政务服务中心`) or
    // finishes the city's name the address was cut inside (`…12号鞍山` + `市政务…`).
    let chongqing = "重庆市渝北区仙桃街道春华大道99号中国重庆人力资源服务产业园南区1号门三楼";
    let anshan = "鞍山市铁东区新兴街道明山街12号鞍山市政务服务中心";
    for cut in ["重庆市渝北区仙桃街道春华大道99号", "重庆市渝北区仙桃街道春华大道99号中国重庆人力", "重庆市渝北区仙桃街道春华大道99号中国"]
    {
        let md = format!(
            "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 22 | 重庆市 | 重庆市人力社保局政务服务大厅 | {cut} | 023-63120258 |\n\
| | | | {} | 023-88633907 |\n\
| 23 | 四川省 | 四川省成都市外国专家局 | 青羊区人民西路2号成都出入境接待中心3楼12-17号窗口 | 028-62377790 |\n",
            &chongqing[cut.len()..]
        );
        let n = norm(&md);
        assert_eq!(
            names_addresses_phone_counts(&n),
            [
                ("重庆市人力社保局政务服务大厅", chongqing, 2),
                ("四川省成都市外国专家局", "青羊区人民西路2号成都出入境接待中心3楼12-17号窗口", 1)
            ],
            "{cut}"
        );
    }
    for cut in ["鞍山市铁东区新兴街道明山街12号", "鞍山市铁东区新兴街道明山街12号鞍山"] {
        let md = format!(
            "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 23 | 辽宁省 | 鞍山市科学技术局(外国专家局) | {cut} | 0412-5591225 |\n\n\
| | | | {} | 0412-5539457 |\n|---|---|---|---|---|\n\
| | | 抚顺市科学技术局(外国专家局) | 抚顺市顺城区长城街振兴大厦A座1312 | 024-57500960 |\n",
            &anshan[cut.len()..]
        );
        let n = norm(&md);
        assert_eq!(
            names_addresses_phone_counts(&n),
            [("鞍山市科学技术局(外国专家局)", anshan, 2), ("抚顺市科学技术局(外国专家局)", "抚顺市顺城区长城街振兴大厦A座1312", 1)],
            "{cut}"
        );
    }
}

#[test]
fn a_postcode_beside_a_name_is_no_part_of_it() {
    // A row a cell too wide for a postcode printed after the name, on a page whose 邮编
    // column has no header: the name stays whole, the postcode is a note, audited.
    let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 1 | 吉林 | 长春市外国专家局 | 长春市人民大街1号 | 0431-88906234 |\n\
| | | 吉林市外国专家局 | 132000 | 吉林市松江中路65号 | 0432-62048680 |\n\
| | | 四平市外国专家局 | 四平市铁西区英雄大路1号 | 0434-3283410 |\n";
    let n = norm(md);
    assert_eq!(names_and_addresses(&n)[1], ("吉林市外国专家局", "吉林市松江中路65号"));
    assert_eq!(n.records[1].notes, ["邮编: 132000"]);
    assert!(n.records[0].notes.is_empty() && n.records[2].notes.is_empty());
    let moved: Vec<_> = n.findings.iter().filter(|f| f.code == FindingCode::PostcodeMoved).collect();
    assert_eq!(moved.len(), 1, "{:#?}", n.findings);
    assert_eq!((moved[0].line_start, moved[0].before.as_str()), (4, "132000"));
    // So is one printed after the address, before the phone.
    let after_address =
        md.replace("| 吉林市外国专家局 | 132000 | 吉林市松江中路65号 |", "| 吉林市外国专家局 | 吉林市松江中路65号 | 132000 |");
    let n = norm(&after_address);
    assert_eq!(names_and_addresses(&n)[1], ("吉林市外国专家局", "吉林市松江中路65号"));
    assert_eq!(n.records[1].notes, ["邮编: 132000"]);
    // A name's rest printed after a stray separator is still joined: it has words.
    let md = md.replace("| 吉林市外国专家局 | 132000 |", "| 吉林市外国专 | 家局 |");
    let n = norm(&md);
    assert_eq!(names_and_addresses(&n)[1], ("吉林市外国专家局", "吉林市松江中路65号"));
}

#[test]
fn a_name_cut_by_a_stray_separator_before_an_address_ending_like_a_name_is_joined() {
    // `…科学技术局` ends the address like a name, so the address read as the row's name
    // and the name's two halves as nothing: the halves join into the name (the head
    // lacks the ending the two make), the text after them, opening with a place, is the
    // address.
    let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 5 | 山西省 | 阳泉市行政审批服务管理局 | 阳泉市郊区李荫路50号 | 0353-3333073 |\n\
| | | 晋城市行政审批服务管理局 | 晋城市文博路366号市政务服务中心西二楼235号 | 0356-2218199 |\n\
| | | 朔州市科学技术局农 | 村社会科 | 朔州市朔城区市府街市政府三楼科学技术局 | 0349-2029435 |\n\
| | | 忻州市政务服务中心 | 忻州市忻府区雁门大道南街 | 0350-3092827 |\n";
    let n = norm(md);
    assert_eq!(names_and_addresses(&n)[2], ("朔州市科学技术局农村社会科", "朔州市朔城区市府街市政府三楼科学技术局"));
    assert_eq!(n.records.len(), 4);
}

#[test]
fn an_address_head_opening_with_a_place_cut_off_by_a_stray_separator_is_joined_in_a_short_table() {
    // A page of three rows of three widths (a narrow row, one a cell too wide for a
    // stray separator inside its address, a full one): the columns say nothing, but a
    // head that opens with a place and ends like no name, before a rest that opens
    // with none, is the address's head, not text to leave out.
    let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| | | 长春市外国专家局 | 长春市南关区华新街700号市政务服务中心577办公室 | 0431-88777276 |\n\n\
| | 吉林市外国专家局 | 吉林市松江中路65号 | 0432-62048680 |\n|---|---|---|---|\n\
| | | 珲春市外国专家局 | 珲春市站前西 | 街466号 | 0433-7563399 |\n\
| 8 | 黑龙江省 | 哈尔滨市科学技术局 | 哈尔滨市南岗区中山路181号 | 0451-82363096 |\n";
    let n = norm(md);
    assert_eq!(names_and_addresses(&n)[2], ("珲春市外国专家局", "珲春市站前西街466号"));
    assert!(!n.findings.iter().any(|f| f.code == FindingCode::NoiseTextDropped), "{:#?}", n.findings);
}

#[test]
fn a_name_cut_by_a_stray_separator_one_character_after_its_place_is_joined() {
    // `朔州市科 | 学技术局农村社会科`: the head ends in 科 as a section's name does, but no
    // office is a place and one character; the rest is the name's, not the address's,
    // though the table's columns put an address there.
    let md = "| | | | 太行西街406号 | |\n\
|---|---|---|---|---|\n\
| | | 晋城市行政审批服务管理局 | 晋城市文博路366号市政务服务中心西二楼235号 | 0356-2218199 |\n\
| | | 朔州市科 | 学技术局农村社会科 | 朔州市朔城区市府街市政府三楼科学技术局 | 0349-2029435 |\n\
| | | 忻州市政务服务中心 | 忻州市忻府区雁门大道南街 | 0350-3092827 |\n\
| | | 吕梁市外国专家局 | 吕梁市离石区滨河北中路35号 | 18035889119 |\n\
| | | 晋中市外国专家局 | 晋中市科学技术局晋中市榆次区 龙湖大街141号 | 0354-3260085 |\n\
| | | 临汾市行政审批服务管理局 | 临汾市锣鼓桥东滨 河东路北300米政务服 务中心 | 0357-2105130 |\n\
| | 运城市科学技术局 | 运城市河东东街272号科技局三楼 | 0359-8711213 |\n\
| 5 | 内蒙古自治区 | 内蒙古自治区科学技术 厅 | 呼和浩特市赛罕区丰州南路78号 | 0471-6328620 |\n\
| | | 呼和浩特市行政审批和政务服务局 | 呼和浩特市赛罕区敕勒川大街6号 | 0471-5332099 |\n\
| | | 包头市科技局 | 包头市九原区开元大街1 号,包头市党政大楼C区5楼 | 0472-5618490 |\n\
| | | 呼伦贝尔市科技局 | 呼伦贝尔市海拉尔区满洲里南路呼伦贝尔市科技 | 0470-8221984 |\n\
| | | | 创业服务中心4楼 | |\n";
    let n = norm(md);
    let pairs = names_and_addresses(&n);
    assert!(pairs.contains(&("朔州市科学技术局农村社会科", "朔州市朔城区市府街市政府三楼科学技术局")), "{pairs:#?}");
}

#[test]
fn an_address_head_naming_its_street_is_joined_though_it_ends_like_a_name() {
    // `…合巢经开区管委 | 会14楼`: the head ends like a name (`管委`), but a name names no
    // road; the separator cut the word 管委会.
    let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 12 | 安徽省 | 合肥市高新区 | 合肥市创新大道276 0号高新区行政服务中心 | 0551-65315587 |\n\
| | | 人劳局劳动管理处 | | |\n\n\
| | | 合肥市新站区人社局 | 合肥市龙子湖路369号 | 0551-65777157 |\n|---|---|---|---|---|\n\
| | | 人力资源中心 | | |\n\
| | | 巢湖市经开区人劳局人 事综合处 | 巢湖市半汤大道合巢经开区管委 | 会14楼 | 0551-82818271 |\n\
| 13 | 福建省 | 厦门市科学技术局 | 厦门市思明区镇 | 0592-2021855 |\n";
    let n = norm(md);
    assert_eq!(names_and_addresses(&n)[2], ("巢湖市经开区人劳局人事综合处", "巢湖市半汤大道合巢经开区管委会14楼"));
    assert!(!n.findings.iter().any(|f| f.code == FindingCode::NoiseTextDropped), "{:#?}", n.findings);
}

#[test]
fn a_name_and_its_address_in_one_cell_with_four_words_ending_like_names_part_beside_one_number() {
    // The rule between name and address lost: the cell's name, its bracketed other name,
    // the address's building and window all end like names, but the row has one
    // number, as one record has: it parts as a name and its address, nothing left out.
    let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 6 | 辽宁省 | 铁岭市科学技术局(铁岭市外国专家局) | 铁岭市凡河新区金沙江路28号 | 024-72681311 |\n\
| | | 朝阳市科学技术局 (朝阳市外国专家 局) 朝阳市双塔区人民路1号B座 朝阳市政务服务中心 二楼咨询综合受理窗口 | 0421-2617976 |\n\
| | | 葫芦岛市科学技术局(葫芦岛 市外国专家局) | 葫芦岛市龙港区龙湾大街15号 | 0429-6660711 |\n";
    let n = norm(md);
    assert_eq!(
        names_and_addresses(&n)[1],
        ("朝阳市科学技术局(朝阳市外国专家局)", "朝阳市双塔区人民路1号B座朝阳市政务服务中心二楼咨询综合受理窗口")
    );
    assert!(!n.findings.iter().any(|f| f.code == FindingCode::NoiseTextDropped), "{:#?}", n.findings);
}

#[test]
fn a_section_set_apart_from_its_name_by_a_stray_separator_is_joined_back() {
    // A row a cell wider: the section's name (`农村社会科`, no place, no number) sits in
    // the address column, the address (opening with a place) one column on.
    let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n\
|---|---|---|---|---|\n\
|---|---|---|---|---|\n\
|  |  | 长治市行政审批服务管理局 | 长治市潞州区太行西街406号 | 0355-2110736 |\n\
|  |  | 晋城市行政审批服务管理局 | 晋城市文博路3 | 0356-2218199 |\n\
|  |  |  | 66号市政务服务中心西二楼235号 |  |\n\
|  |  | 朔州市科学技术局 | 农村社会科 | 朔州市朔城区市府街市政府三楼科学技术局 | 0349-2029435 |\n\
|  |  | 忻州市政务服务中心 | 忻州市忻府区雁门大道 南街 | 0350-3092827 |\n\
|  |  | 吕梁市外国专家局 | 吕梁市离石区滨河北中路35号 | 18035889119 |\n";
    let n = norm(md);
    assert_eq!(names_and_addresses(&n)[2], ("朔州市科学技术局农村社会科", "朔州市朔城区市府街市政府三楼科学技术局"));
    assert!(n.records[2].flags.contains(&FindingCode::ColumnShiftRepaired), "{:?}", n.records[2].flags);
}

#[test]
fn a_name_run_into_an_address_that_wraps_is_split_once_the_address_is_whole() {
    let md = "一、浙江省\n\n| 序号 | 受理机构 | 地址 | 联系电话 |\n|---|---|---|---|\n\
| 1 | 宁波市外国专家局 | 宁波市鄞州区宁穿路1901号 | 0574-87187756 |\n\
| 2 | 奉化区科学技术局 奉化区行政服务中心(奉化区越岭 | 0574-88689139 |\n\
| | | 街道大成东路277号)3楼基本建设项目服务区K4窗口 | |\n\
| 3 | 余姚市人力资源和社会保障局 | 余姚市谭家岭东路2号 | 0574-62727829 |\n";
    let n = norm(md);
    let r = n.records.iter().find(|r| r.phones.iter().any(|p| p.display() == "0574-88689139")).expect("the record");
    assert_eq!(
        (r.institution.as_str(), r.address.as_str()),
        ("奉化区科学技术局", "奉化区行政服务中心(奉化区越岭街道大成东路277号)3楼基本建设项目服务区K4窗口")
    );
    assert!(r.flags.contains(&FindingCode::CellSplit));
    assert!(!r.flags.contains(&FindingCode::InstitutionMissing));
}

#[test]
fn an_address_opening_with_a_city_and_its_county_is_not_split_inside_the_countys_name() {
    // `白银市会宁县…` in an empty name's row: `白银市会` ends like a name (…会) and `宁县`
    // is a county's name too, but the cut would fall inside 会宁县. Another window of
    // the name above, its address whole.
    let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 1 | 甘肃 | 白银市科学技术局 | 白银市会宁县滨河大道138号行政服务中心7楼 | 0943-5444786 |\n\
| | | | 白银市会宁县长江路286号行政服务中心8楼 | 0943-5444787 |\n";
    let n = norm(md);
    assert_eq!(
        names_and_addresses(&n),
        [("白银市科学技术局", "白银市会宁县滨河大道138号行政服务中心7楼"), ("白银市科学技术局", "白银市会宁县长江路286号行政服务中心8楼"),]
    );
    assert!(!n.records[1].flags.contains(&FindingCode::CellSplit), "{:?}", n.records[1].flags);
}

#[test]
fn a_noise_row_heading_a_narrower_pages_table_heads_no_name() {
    // A page break inside a record, the next page's table printed three cells a row and
    // headed by OCR's noise (`| : | | |`): the `:` is no name's head above `术开发区…`;
    // the row below it is the rest of the record the page broke.
    let md = "| 序号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 1 | 江苏 | 六合区科技局 | 南京市六合区迎宾北路556号 | 025-80324376 |\n\
| | | 镇江市经济技 | 润州区振兴东路98 | |\n\
\n\
| : | | |\n|---|---|---|\n\
| 术开发区人才服务中心 | 4号行政服务中心5楼 | 0511-63470492 |\n\
| 盐城市人力资源和社会保障局 | 盐城市射阳县团结路175号 | 0515-51305335 |\n";
    let n = norm(md);
    assert_eq!(
        names_and_addresses(&n),
        [
            ("六合区科技局", "南京市六合区迎宾北路556号"),
            ("镇江市经济技术开发区人才服务中心", "润州区振兴东路984号行政服务中心5楼"),
            ("盐城市人力资源和社会保障局", "盐城市射阳县团结路175号"),
        ]
    );
}

#[test]
fn a_district_several_cities_share_is_the_one_its_numbers_dial() {
    // `城区` names a district of 阳泉市 and of 晋城市: the name above dials 0353, 阳泉's
    // code (after its label), so the empty name below, at 阳泉市城区…, is another window
    // of it.
    let md = "| 序号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 1 | 山西 | 城区科技局 | 城区人民路52号市民服务中心27号窗口 | 电话:0353-3244794 |\n\
| | | | 阳泉市城区长江南路450号 | 0353-5798632 |\n";
    let n = norm(md);
    assert_eq!(names_and_addresses(&n)[1], ("城区科技局", "阳泉市城区长江南路450号"));
    assert!(n.records[1].flags.contains(&FindingCode::InstitutionInherited), "{:?}", n.records[1].flags);
    // So is a district of a municipality's name elsewhere too (`普陀区`, in 上海 and in
    // 舟山市), in a section that printed no province, by a number in brackets (`(021)…`).
    let md = "| 序号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 4 | 黑龙江 | 鹤岗市外国专家局 | 鹤岗市工农区人民中路466号 | 0468-7001789 |\n\
| 5 | | 上海市科学技术局(外国专家局) | 普陀区科技路873号政务服务中心3楼29号窗口 | 021-81316910 |\n\
| | | | 普陀区科技路991号市民服务中心11号窗口 | (021)77074079(工作日) |\n";
    let n = norm(md);
    assert_eq!(names_and_addresses(&n)[2], ("上海市科学技术局(外国专家局)", "普陀区科技路991号市民服务中心11号窗口"));
}

#[test]
fn an_address_wrapped_inside_its_roads_name_is_no_name_and_address() {
    // An empty name's row whose address wraps inside its road's name (`…自治县科 技南路
    // 66号…`): the part before the space ends like a name (…科), but `技南路66号` is the
    // end of a road's name. One address, the window of the name above.
    let md = "| 序号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 1 | 云南 | 贡山独龙族怒族自治县人力资源和社会保障局 | 怒江傈僳族自治州贡山独龙族怒族自治县中山北路372号 | 0886-7775274 |\n\
| | | | 怒江傈僳族自治州贡山独龙族怒族自治县科 技南路66号市民服务中心24号窗口 | 0886-6240820 |\n";
    let n = norm(md);
    assert_eq!(
        names_and_addresses(&n)[1],
        ("贡山独龙族怒族自治县人力资源和社会保障局", "怒江傈僳族自治州贡山独龙族怒族自治县科技南路66号市民服务中心24号窗口")
    );
    assert!(!n.records[1].flags.contains(&FindingCode::CellSplit), "{:?}", n.records[1].flags);
}

#[test]
fn an_area_of_a_free_trade_zone_named_by_a_long_place_is_the_zones_rest() {
    // `中国(黑龙江)自由贸易试验区` + `大兴安岭地区片区综合服务中心`: an area named after a
    // prefecture whose name is longer than a city's short name is the zone name's rest too
    // (and the address's rest, `公楼847室`, with it).
    let md = "| 序号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 6 | 黑龙江 | 黑龙江省科学技术厅 | 哈尔滨市宾县胜利大道925号 | 0451-29992839 |\n\
| | | 中国(黑龙江)自由贸易试验区 | 大兴安岭地区塔河县振兴中路621号综合办 | 0457-8812139 |\n\
| | | 大兴安岭地区片区综合服务中心 | 公楼847室 | |\n\
| | | 萝北县科学技术局 | 鹤岗市萝北县长江中路879号 | 0468-8267368 |\n";
    let n = norm(md);
    assert_eq!(
        names_and_addresses(&n),
        [
            ("黑龙江省科学技术厅", "哈尔滨市宾县胜利大道925号"),
            ("中国(黑龙江)自由贸易试验区大兴安岭地区片区综合服务中心", "大兴安岭地区塔河县振兴中路621号综合办公楼847室"),
            ("萝北县科学技术局", "鹤岗市萝北县长江中路879号"),
        ]
    );
}

#[test]
fn a_cut_records_rest_shifted_a_cell_left_still_heads_from_the_row_above() {
    // A record cut over two rows, the second printed a cell left (the table's width kept,
    // its last cell empty): the head row's texts are the name's and the address's heads,
    // each finished by the text one column left below (`资` + `源…`, `绥阳` + `县…`), the
    // address's cut inside its number too (`859` + `号…`).
    let md = "| 序号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 1 | 贵州 | 黔东南苗族侗族自治州外国专家局 | 锦屏县振兴南路924号 | 0855-8742461 |\n\
| | | 遵义市人力资 | 遵义市绥阳 | 0851-3366394 |\n\
| | 源和社会保障局 | 县振兴东路671号行政服务中心8楼 | | |\n\
| | | 安顺市科学技术局 | 安顺市西秀区人民路1号 | 0851-3366395 |\n\
| | | 铜仁市人 | 铜仁市碧江区滨河中路 | 0856-4034178 |\n\
| | 力资源和社会保障局 | 113号 | | |\n";
    let n = norm(md);
    assert_eq!(
        names_and_addresses(&n),
        [
            ("黔东南苗族侗族自治州外国专家局", "锦屏县振兴南路924号"),
            ("遵义市人力资源和社会保障局", "遵义市绥阳县振兴东路671号行政服务中心8楼"),
            ("安顺市科学技术局", "安顺市西秀区人民路1号"),
            ("铜仁市人力资源和社会保障局", "铜仁市碧江区滨河中路113号"),
        ]
    );
    let n = norm_rows(
        "| 2 | 贵州 | 铜仁市经济技术开发区人才服务中心 | 铜仁市思南县兴业东路495号 | 0856-6936140 |\n\
         |  |  | 南明区行 | 南明区建设路859 | 0851-6666641 |\n\
         |  | 政审批局 | 号行政服务中心2楼 |  |  |\n\
         |  |  | 兴义市科学技术局 | 兴义市光明东路12号 | 0859-6370088 |\n",
    );
    assert_eq!(names_and_addresses(&n)[1], ("南明区行政审批局", "南明区建设路859号行政服务中心2楼"));
}

#[test]
fn a_name_run_into_its_address_on_an_unnumbered_row_opens_a_record() {
    // The row lost a cell: its name and address sit in the name column, its number in
    // the address column. It had been joined to the record above as a second address
    // and number.
    let md = "一、浙江省\n\n| 序号 | 受理机构 | 地址 | 联系电话 |\n|---|---|---|---|\n\
| 1 | 宁波市外国专家局 | 宁波市鄞州区宁穿路1901号 | 0574-87187756 |\n\
| | 奉化区科学技术局 奉化区行政服务中心(奉化区越岭 | 0574-88689139 |\n\
| | | 街道大成东路277号)3楼基本建设项目服务区K4窗口 | |\n\
| | 余姚市人力资源和社会保障局 | 余姚市谭家岭东路2号 | 0574-62727829 |\n";
    let n = norm(md);
    let got: Vec<(&str, &str, usize)> = names_addresses_phone_counts(&n);
    assert_eq!(
        got,
        [
            ("宁波市外国专家局", "宁波市鄞州区宁穿路1901号", 1),
            ("奉化区科学技术局", "奉化区行政服务中心(奉化区越岭街道大成东路277号)3楼基本建设项目服务区K4窗口", 1),
            ("余姚市人力资源和社会保障局", "余姚市谭家岭东路2号", 1)
        ]
    );
}

#[test]
fn two_whole_names_in_the_name_cell_of_a_row_with_one_number_are_its_name_and_address() {
    let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 14 | 江西省 | 江西省外国专家局 | 南昌市东湖区北京西路69号 | 0791-86386283 |\n\
| | | 萍乡市人力资源和社会保障局 萍乡市人民政府办证大厅 | 0799-6234773 |\n\
| | | 新余市外国专家局 | 新余市仰天东大道623号 | 0790-6736953 |\n";
    let n = norm(md);
    let r = n.records.iter().find(|r| r.phones.iter().any(|p| p.display() == "0799-6234773")).expect("the record");
    assert_eq!((r.institution.as_str(), r.address.as_str()), ("萍乡市人力资源和社会保障局", "萍乡市人民政府办证大厅"));
    // A guess by position and look: a doubt to review.
    let split = n.findings.iter().find(|f| f.code == FindingCode::CellSplit).expect("a cell_split");
    assert_eq!(split.severity, Severity::Warning);
    assert_eq!(n.records.len(), 3);
}

#[test]
fn an_address_cut_inside_a_word_takes_its_rest_alone_on_the_next_row() {
    let md = "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 13 | 福建省 | 泉州市科学技术局 | 泉州市丰泽区海星街道东海大厦A幢市行政服务中心大厅3层80号窗口 | 0595-22570075 |\n\
| | | 莆田市科学技术局 | 莆田市城厢区荔城中大道1366号国资大 | 0594-2655522 |\n\
| | | | 厦2501# | |\n\
| | | 三明市科学技术局 | 三明市三元区江滨北路11号三明市行政服务中心215窗口 | 0598-7500106 |\n";
    let n = norm(md);
    let r = n.records.iter().find(|r| r.institution == "莆田市科学技术局").expect("the record");
    assert_eq!(r.address, "莆田市城厢区荔城中大道1366号国资大厦2501#");
    assert!(!n.findings.iter().any(|f| f.code == FindingCode::NoiseRowDropped), "{:#?}", n.findings);
    assert_eq!(n.records.len(), 3);
}

#[test]
fn an_address_a_row_low_fills_the_record_without_one() {
    let md = "| 序号 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|\n\
| 1 | 浙江省科学技术厅 | 杭州市环城西路 33 号 | 0571-87054056 |\n\
| | 杭州市科学技术局 | | 0571-85252313 |\n\
| | | 杭州市上城区解放东路 18 号 | |\n\
| | 宁波市科学技术局 | 宁波市鄞州区宁穿路 2001 号 | 0574-89186152 |\n\
| | | 宁波市江北区人民路 132 号 | |\n";
    let n = norm(md);
    let got = names_and_addresses(&n);
    assert_eq!(
        got,
        [
            ("浙江省科学技术厅", "杭州市环城西路33号"),
            ("杭州市科学技术局", "杭州市上城区解放东路18号"),
            ("宁波市科学技术局", "宁波市鄞州区宁穿路2001号"),
            // Under a record that has an address, it is another window.
            ("宁波市科学技术局", "宁波市江北区人民路132号"),
        ]
    );
}

#[test]
fn a_name_a_row_low_names_the_record_without_one() {
    let md = "| 序号 | 单位名称 | 地址 | 电话 |\n|---|---|---|---|\n\
| 1 | 苏州市科学技术局 | 苏州市姑苏区道前街 100 号 | 0512-68616213 |\n\
| 2 | | 无锡市观山路199号 | 0510-81822561 |\n\
| | 无锡市科学技术局 | | |\n\
| 3 | 常州市科学技术局 | 常州市新北区龙锦路 1280 号 | 0519-85681512 |\n";
    let n = norm(md);
    let names: Vec<&str> = n.records.iter().map(|r| r.institution.as_str()).collect();
    assert_eq!(names, ["苏州市科学技术局", "无锡市科学技术局", "常州市科学技术局"]);
    assert_eq!(n.records[1].source_lines, [4, 5]);
    assert!(!n.findings.iter().any(|f| f.code == FindingCode::InstitutionMissing), "{:#?}", n.findings);
}

#[test]
fn a_name_opening_with_another_province_than_its_province_cell_stays_whole() {
    // The name column before the province column: the name's opening province words are
    // no province of their own when the row's province cell names another.
    let md = "| 受理机构 | 省份 | 地址 | 咨询电话 |\n|---|---|---|---|\n\
| 河 北 朝阳区国际人才一站式服务中心 | 内蒙古 | 呼和浩特市新城区新华大街 1 号 | 0471-1234567 |\n\
| 北京 北京市科学技术委员会 | 北京 | 丰台区西三环南路 1 号 | 010-89150841 |\n";
    let n = norm(md);
    assert_eq!(
        province_name_address(&n),
        vec![
            ("内蒙古自治区", "河北朝阳区国际人才一站式服务中心", "呼和浩特市新城区新华大街1号"),
            ("北京市", "北京市科学技术委员会", "丰台区西三环南路1号"),
        ]
    );
}

#[test]
fn a_stray_mark_under_the_name_column_beside_a_name_is_no_second_name() {
    // An aligned-text row read a column shifted: its name, and a mark under the name
    // column. The mark had been read as the name's tail and written over the name.
    let md = "序号    本窗口自 2019. 4. 1 起撤销    序号    1\n1    010-89150841 010-89150842 (两证联办)    1\n海淀区人力资源公    X    (两证联办)";
    let n = norm(md);
    assert_eq!(n.records.len(), 1, "{:#?}", n.records);
    assert_eq!(n.records[0].institution, "海淀区人力资源公");
    assert!(n.findings.iter().any(|f| f.code == FindingCode::NoiseTextDropped && f.before == "X"), "{:#?}", n.findings);
}

#[test]
fn a_name_cell_holding_the_number_and_province_too_keeps_them_apart() {
    // OCR merged the 序号 and province columns into the name's on one row.
    let md = "| 序号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 1 | 北京 | 北京市科学技术委员会 | 丰台区西三环南路 1 号 | 010-89150841 |\n\
| 2 天津 天津市科学技术局 | 天津市河西区友谊路 35 号 | 022-58832961 |\n";
    let n = norm(md);
    assert_eq!(
        province_name_address(&n),
        vec![("北京市", "北京市科学技术委员会", "丰台区西三环南路1号"), ("天津市", "天津市科学技术局", "天津市河西区友谊路35号")]
    );
    assert!(!n.records[1].flags.contains(&FindingCode::ProvinceMismatch), "{:#?}", n.records[1]);
}

#[test]
fn rows_without_pipes_keep_their_number_and_province_apart() {
    // One space between fields: each line is read as one whole record.
    let spaced = "1 辽宁 辽宁省科学技术厅 沈阳市和平区三好街 13 号 024-23983327\n\
2 沈阳市科学技术局 沈阳市沈河区市府大路 260 号 024-22722114\n\
3 吉林省 吉林省科学技术厅 长春市人民大街 8999 号 0431-88908222\n";
    // Fields aligned by runs of spaces: a table, header and all.
    let aligned = "序号  省级地区  受理机构  地址  咨询电话\n\
1  辽宁  辽宁省科学技术厅  沈阳市和平区三好街 13 号  024-23983327\n\
2      沈阳市科学技术局  沈阳市沈河区市府大路 260 号  024-22722114\n\
3  吉林省  吉林省科学技术厅  长春市人民大街 8999 号  0431-88908222\n";
    for md in [spaced, aligned] {
        let n = norm(md);
        let got = province_name_address(&n);
        assert_eq!(
            got,
            [
                ("辽宁省", "辽宁省科学技术厅", "沈阳市和平区三好街13号"),
                ("辽宁省", "沈阳市科学技术局", "沈阳市沈河区市府大路260号"),
                ("吉林省", "吉林省科学技术厅", "长春市人民大街8999号"),
            ],
            "{md}"
        );
        assert!(!n.findings.iter().any(|f| f.code == FindingCode::TextLineDropped), "{:#?}", n.findings);
    }
}

#[test]
fn wrapped_tails_go_back_to_their_field() {
    // Under 地址: a tail ending like a name, one opening with the house number's 号, and
    // one naming a building but no street; a bracketed remark alone under a whole name.
    let md = "| 序号 | 受理机构 | 地址 | 联系电话 |\n|---|---|---|---|\n\
| 1 | 玉林市科学技术局 | 玉林市双拥路99号玉林市公安局出入境接待大 | 0775-2685197 |\n\
|  |  | 厅外国人工作居留服务窗口 |  |\n\
| 2 | 石家庄市外国专家局 | 石家庄市长安区中山东路452 | 0311-85667324 |\n\
|  |  | 号石家庄市科学技术局412室 |  |\n\
| 3 | 龙岩市科学技术局 | 龙岩市新罗区登高东路101号 | 0597-2220870 |\n\
|  |  | 龙岩市公安局出入境接待大厅 |  |\n\
| 4 | 本溪市科学技术局 | 本溪市高新技术产业开发区枫叶路188-1号14楼 | 024-45689024 |\n\
|  | (本溪市外国专家局) |  |  |\n\
| 5 | 南海区科学技术局 | 佛山市南海区南港路8号桂城街道行政服务中心 | 0757-81813620 |\n\
|  | 服务窗口(受理南海辖区内单位业务) |  |  |\n\
| 6 | 漳州市科学技术局(A | 漳州市龙文区水仙大街100号市行政服务中心3楼 | 0596-2170790 |\n\
|  | 、B类) |  |  |\n\
| 7 | 临沂市外国专家局 | 临沂市兰山区北 | 0539-8319013 |\n\
|  |  | 城新区北京路33号5楼外专科 |  |\n\
| 8 | 三门峡市科学技术局 | 三门峡市五原路西段商会大厦 | 0398-3160813 |\n\
|  |  | A座7005 |  |\n";
    let n = norm(md);
    let got = names_and_addresses(&n);
    let want = [
        ("玉林市科学技术局", "玉林市双拥路99号玉林市公安局出入境接待大厅外国人工作居留服务窗口"),
        ("石家庄市外国专家局", "石家庄市长安区中山东路452号石家庄市科学技术局412室"),
        ("龙岩市科学技术局", "龙岩市新罗区登高东路101号龙岩市公安局出入境接待大厅"),
        ("本溪市科学技术局(本溪市外国专家局)", "本溪市高新技术产业开发区枫叶路188-1号14楼"),
        ("南海区科学技术局服务窗口(受理南海辖区内单位业务)", "佛山市南海区南港路8号桂城街道行政服务中心"),
        ("漳州市科学技术局(A、B类)", "漳州市龙文区水仙大街100号市行政服务中心3楼"),
        ("临沂市外国专家局", "临沂市兰山区北城新区北京路33号5楼外专科"),
        ("三门峡市科学技术局", "三门峡市五原路西段商会大厦A座7005"),
    ];
    assert_eq!(got, want);
    // A window of its own, with its street and number, stays a record.
    let md = "| 序号 | 受理机构 | 地址 | 联系电话 |\n|---|---|---|---|\n\
| 1 | 东莞市科学技术局 | 东莞市南城区鸿福路199号东莞市民服务中心二楼 | 0769-22835837 |\n\
|  |  | 东莞市莞城区东城西路191号东莞市公安局签证中心 |  |\n";
    assert_eq!(norm(md).records.len(), 2);
}

#[test]
fn a_name_cut_short_is_no_noise_beside_an_address_ending_like_a_name() {
    let md = "| 序号 | 受理机构 | 地址 | 联系电话 |\n|---|---|---|---|\n\
| 1 | 江西省外国专家局 | 南昌市东湖区北京西路69号 | 0791-86386283 |\n\
| 2 | 南昌市人社局行政审批处 | 南昌市行政服务中心二楼人社局 窗口 | 0791-83987539 |\n\
| 3 | 景德镇市外国专家局 | 江西省景德镇市昌江区沿江西路59号市人社局 | 0798-8523195 |\n\
| 4 | 萍乡市人力资 | 萍乡市人民政府办证 大厅 | 0799-6234773 |\n\
|  | 源和社会保障局 |  |  |\n\
| 5 | 新余市外国专家局 | 新余市仰天东大道623号 | 0790-6736953 |\n\
| 6 | 鹰潭市外国专家局 | 鹰潭市月湖区经济大厦 | 0701-6441696 |\n\
| 7 | 宜春市外国专家局 | 宜春市宜阳大厦中座917 | 0795-3280926 |\n";
    let n = norm(md);
    let got = names_and_addresses(&n);
    assert_eq!(got[3], ("萍乡市人力资源和社会保障局", "萍乡市人民政府办证大厅"), "{:#?}", n.findings);
}

#[test]
fn place_names_alone_under_an_address_that_ends_whole_head_the_next_windows_address() {
    // `新疆` alone on its row, under `…353号`: the head of the address below it (a window
    // printed without a name), not the rest of the one above.
    let n = norm_rows(
        "| 31 | 新疆维吾尔自治区 | 新疆维吾尔自治区科学技术厅 | 新疆乌鲁木齐市新市区科学一街353号 | 0991-3680731 |\n\
         | | | | 新疆 | |\n\
         | | | | 乌鲁木齐市水区新兴街5号 | 0991-4608457 |\n",
    );
    assert_eq!(
        names_addresses_phone_counts(&n),
        [("新疆维吾尔自治区科学技术厅", "新疆乌鲁木齐市新市区科学一街353号", 1), ("", "新疆乌鲁木齐市水区新兴街5号", 1)]
    );
    // Likewise with the window's phone beside its head: place names alone are no
    // building inside the address above.
    let n = norm_rows(
        "| 31 | 新疆维吾尔自治区 | 新疆维吾尔自治区科学技术厅 | 新疆乌鲁木齐市新市区科学一街353号 | 0991-3680731 |\n\
         | | | | 新疆 | 0991-4608457 |\n\
         | | | | 乌鲁木齐市水区新兴街5号 | |\n",
    );
    assert_eq!(
        names_addresses_phone_counts(&n),
        [("新疆维吾尔自治区科学技术厅", "新疆乌鲁木齐市新市区科学一街353号", 1), ("", "新疆乌鲁木齐市水区新兴街5号", 1)]
    );
    // Under an address that does not end whole, place names alone may be its rest.
    let n = norm_rows(
        "| 31 | 新疆维吾尔自治区 | 新疆维吾尔自治区科学技术厅 | 新疆乌鲁木齐市新市区科学一街353号,外国专家服务中心, | 0991-3680731 |\n\
         | | | | 新疆 | |\n\
         | | | | 乌鲁木齐市水区新兴街5号 | 0991-4608457 |\n",
    );
    assert_eq!(n.records[1].address, "乌鲁木齐市水区新兴街5号");
}

#[test]
fn a_name_and_its_area_code_in_another_province_place_a_record_whose_address_names_none() {
    // The 序号 of the next province's first row lost: a row after 海南's whose name opens
    // with a city of 广西 and whose area code is there, its address opening with a stray
    // character (`河来宾市`), is 广西's, its address read against 广西's divisions.
    let n = norm_rows(
        "| 20 | 海南 | 海南省外专局 | 海口市五指山南路3号 | 0898-65326830 |\n\
         | | | 儋州市外专局 | 儋州市那大镇新市委大楼七楼0712室 | 0898-23339796 |\n\
         | | | 来宾市科学技术局 | 河来宾市绿源路 625 号 | 0772-4278365 |\n",
    );
    let r = &n.records[2];
    assert_eq!((r.province, r.address.as_str()), ("广西壮族自治区", "来宾市绿源路625号"), "{r:#?}");
    assert!(r.flags.contains(&FindingCode::ProvinceMismatch) && r.flags.contains(&FindingCode::PlaceNameCorrected), "{r:#?}");
    assert_eq!(n.records[1].province, "海南省");
    // Without the area code's word the name alone moves nothing.
    let n = norm_rows(
        "| 20 | 海南 | 海南省外专局 | 海口市五指山南路3号 | 0898-65326830 |\n\
         | | | 来宾市科学技术局 | 绿源路 625 号 | 0898-4278365 |\n",
    );
    assert_eq!(n.records[1].province, "海南省", "{:#?}", n.records[1]);
}

#[test]
fn a_whole_name_and_numbered_address_without_a_phone_is_a_record() {
    // No place name opens either text (which would set them apart as a record anyway).
    let md = "| 受理机构 | 地址 | 电话 |\n|---|---|---|\n| 甲市科学技术局 | 一路1号 | 010-89150841 |\n\
| 乙市科学技术局 | 二路2号 | |\n| 丁市科学技术局 | 四路4号 | 010-89150844 |\n\
| 戊市科学技术局(戊市外 | 五路5号行政 | 010-89150845 |\n| 国专家局) | 服务中心 | |\n";
    let n = norm(md);
    let got = names_and_addresses(&n);
    assert_eq!(got.len(), 4, "{got:?}");
    assert_eq!(got[1], ("乙市科学技术局", "二路2号"));
    // Tails of an unfinished name still join it.
    assert_eq!(got[3], ("戊市科学技术局(戊市外国专家局)", "五路5号行政服务中心"));
}

#[test]
fn a_closing_bracket_alone_under_a_field_is_its_tail() {
    let md = "| 序号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 1 | 北京 | 北京市科学技术委员会 | 丰台区西三环南路1号(政务服务中心 | 010-89150841 |\n\
|  |  |  | ) |  |\n\
|  |  | 海淀区人力资源公共服务中心 | 西四环北路73号 | 010-68940680 |\n";
    let n = norm(md);
    assert_eq!(n.records[0].address, "丰台区西三环南路1号(政务服务中心)");
    assert_eq!(n.records.len(), 2);
    // In an aligned-text table the reader placed a one-character tail under its column.
    let txt = "序号  省份  受理机构            地址                      咨询电话\n\
               1     北京  北京市科学技术委员会  丰台区西三环南路1号服务窗  010-89150841\n\
               \x20                                 口\n";
    let n = norm(txt);
    assert_eq!(n.records[0].address, "丰台区西三环南路1号服务窗口");
}

#[test]
fn a_name_wrapped_after_its_province_words_is_one_name() {
    let md = "| 序号 | 受理机构 | 地址 | 联系电话 |\n|---|---|---|---|\n\
| 1 | 新疆维吾尔自 | 新疆乌鲁木齐市新市区科学一街353号 | 0991-3680731 |\n\
|  | 治区科学技术厅(外国专家局) |  |  |\n\
| 2 | 新疆生产建设兵团 | 新疆乌鲁木齐市水磨沟区516号南湖明珠大厦 | 0991-2899404 |\n\
|  | 外国专家局 |  |  |\n";
    let n = norm(md);
    let names: Vec<&str> = n.records.iter().map(|r| r.institution.as_str()).collect();
    assert_eq!(names, ["新疆维吾尔自治区科学技术厅(外国专家局)", "新疆生产建设兵团外国专家局"]);
    let provinces: Vec<&str> = n.records.iter().map(|r| r.province).collect();
    assert_eq!(provinces, ["新疆维吾尔自治区", "新疆生产建设兵团"]);
}

#[test]
fn noise_rows_are_findings_not_records() {
    let md = "| 1 | 北京 | 怀柔区政务服务中心 | 怀柔区雁栖大街53号 | 010-69687722 |\n| ii | | | | |\n| : | | | : | |\n";
    let n = norm(md);
    assert_eq!(n.records.len(), 1);
    let dropped: Vec<_> = n.findings.iter().filter(|f| f.code == FindingCode::NoiseRowDropped).map(|f| f.line_start).collect();
    assert_eq!(dropped, vec![2, 3, 3]);
}

#[test]
fn the_seed_s_records_printed_as_a_clean_table_read_back_the_same() {
    // What tablemend writes, printed one record a row and numbered, is input no rule
    // may misread (a row numbered next after a record with no phone had joined it).
    let md = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../raw/000_e4bad3ba35f0caaa.md")).expect("seed");
    let fields = |r: &Record| {
        let phones: Vec<String> = r.phones.iter().map(|p| p.display()).collect();
        (r.province, r.institution.clone(), r.address.clone(), phones.join(" "))
    };
    let first: Vec<_> = norm(&md).records.iter().map(fields).collect();
    let mut table = String::from("| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n");
    for (i, (province, name, address, phones)) in first.iter().enumerate() {
        table.push_str(&format!("| {} | {province} | {name} | {address} | {phones} |\n", i + 1));
    }
    let again: Vec<_> = norm(&table).records.iter().map(fields).collect();
    assert_eq!(again.len(), first.len());
    for (a, b) in first.iter().zip(&again) {
        assert_eq!(a, b);
    }
}

#[test]
fn a_police_unit_s_name_wrapped_at_its_own_ending_joins_its_name() {
    // Another directory (exit-entry offices): `支队` ends a name as `局` does, so the
    // rest of a name printed a row low, in the name column or shifted into the first,
    // joins the name and not the whole address beside it.
    let md = "| 序号 | 名称 | 地址 | 电话 |\n|---|---|---|---|\n\
| 1 | 珠海市公安局出入境 | 珠海市香洲区情侣路 3 号 | 0756-8646020 |\n\
| 管理支队 | | | |\n\
| 2 | 汕头市公安局 | 汕头市龙湖区长平路 6 号 | 0754-88178811 |\n\
| | 出入境管理支队 | | |\n";
    let n = norm(md);
    assert_eq!(
        names_and_addresses(&n),
        [("珠海市公安局出入境管理支队", "珠海市香洲区情侣路3号"), ("汕头市公安局出入境管理支队", "汕头市龙湖区长平路6号")]
    );
}

#[test]
fn cut_off_names_are_completed_from_the_document() {
    let md = "| 1 | 上海 | 奉贤区科学技术委员会 | 奉贤区南桥镇望园南路1529弄 | 021-67137581 |\n\
| | | 崇明区科学技术委员会 | 崇明区城桥镇崇明大道7800号 | 021-59627016 |\n\
| | | 金山区科学技术委 | 金山区山阳镇龙山路555号 | 021-57922206 |\n\
| | | 嘉定区人力资源局 | 嘉定区博乐路1号 | 021-12345678 |\n";
    let n = norm(md);
    assert_eq!(n.records[2].institution, "金山区科学技术委员会");
    assert!(n.records[2].flags.contains(&FindingCode::NameCompleted));
    assert_eq!(n.records[3].institution, "嘉定区人力资源局");
}

#[test]
fn ids_are_stable_and_content_based() {
    let a = norm("| 1 | 北京 | 怀柔区政务服务中心 | 怀柔区雁栖大街53号 | 010-69687722 |\n");
    let b = norm("| 1 | 北京 | 丰台区政务服务中心 | 丰台区南苑路7号 | 010-87016516 |\n| | | 怀柔区政务服务中心 | 怀柔区雁栖大街53号 | 010-69687722 |\n");
    assert_eq!(a.records[0].id, b.records[1].id);
}

#[test]
fn two_names_of_one_body_joined_by_a_conjunction_stay_the_name() {
    for (sep, joined) in [(" 和 ", "和"), (" & ", "&"), (" 及 ", "及"), ("与 ", "与")] {
        let n = norm_rows(&format!(
            "| 1 | 天津 | 天津市科学技术局{sep}天津市外国专家局 | 天津市河西区友谊路18号 | 022-58832930 |\n\
             | 2 | 河北 | 河北省科学技术厅 | 石家庄市槐安西路88号 | 0311-85813245 |\n"
        ));
        assert_eq!(n.records.len(), 2, "{sep}");
        assert_eq!(n.records[0].institution, format!("天津市科学技术局{joined}天津市外国专家局"), "{sep}");
        assert!(!n.records[0].flags.contains(&FindingCode::InstitutionMissing), "{sep}");
        assert!(n.findings.iter().all(|f| f.code != FindingCode::NoiseTextDropped), "{sep}: {:#?}", n.findings);
    }
}

#[test]
fn a_number_read_as_a_seq_that_completes_the_cut_phone_above_is_its_rest() {
    // One wrap cut the name, the address and the number; the rests are too short to read as
    // fields, and the number's rest reads as a 序号 but completes the number above.
    let md = "| 25 | 云南 | 云南省外国专家局 | 昆明市五华区如安街 56 号 | 0871-63630501 |\n\
              | | | 昆明市五华区受 | 正义路五华坊42号五华 | 0871-63588 |\n\
              | | | 理点 | 区人社局508 | 926 |\n\
              | | | 昆明市盘龙区受理点 | 盘龙区锦武路 15 号 | 0871-65716160 |\n";
    let n = norm(md);
    assert_eq!(
        names_and_addresses(&n),
        [
            ("云南省外国专家局", "昆明市五华区如安街56号"),
            ("昆明市五华区受理点", "正义路五华坊42号五华区人社局508"),
            ("昆明市盘龙区受理点", "盘龙区锦武路15号"),
        ]
    );
    assert_eq!(n.records[1].phones.iter().map(|p| p.number.as_str()).collect::<Vec<_>>(), ["0871-63588926"]);
    assert!(n.findings.iter().all(|f| f.code != FindingCode::SectionStart || f.line_start == 1), "{:#?}", n.findings);
    assert!(n.findings.iter().all(|f| f.code != FindingCode::NoiseTextDropped), "{:#?}", n.findings);
}

#[test]
fn a_phone_rest_left_as_noise_joins_a_head_shorter_than_the_documents_numbers() {
    // `0851-3322435` reads as a whole number (seven digits are valid under 0851), but the
    // document's other 0851 numbers have eight: the `3` the wrap left below is its rest.
    let md = "| 24 | 贵州 | 贵州省科学技术厅 | 贵阳市观山湖区林城东路 | 0851-85511234 |\n\
              | | | 贵阳市科技局 | 贵阳市观山湖区长岭北路 | 0851-87981234 |\n\
              | | | 安顺市 | 贵州省安顺市西秀区武当路安顺市综合服务中心B15 | 0851-3322435 |\n\
              | | | 科技局 | 09 | 3 |\n\
              | | | 黔南州科技局 | 都匀经济开发区匀东大厦 C 区 203 室 | 0854-8222074 |\n";
    let n = norm(md);
    assert_eq!(n.records[2].institution, "安顺市科技局");
    assert_eq!(n.records[2].phones.iter().map(|p| p.number.as_str()).collect::<Vec<_>>(), ["0851-33224353"]);
    assert!(!n.records[2].flags.contains(&FindingCode::PhoneInvalidLength));
    assert!(n.findings.iter().all(|f| f.code != FindingCode::NoiseTextDropped), "{:#?}", n.findings);
    // With no other 0851 numbers to say the head is short, it stays as printed, the rest
    // in the audit.
    let alone = md.replace("0851-85511234", "0851-8551123").replace("0851-87981234", "0851-8798123");
    let n = norm(&alone);
    assert_eq!(n.records[2].phones.iter().map(|p| p.number.as_str()).collect::<Vec<_>>(), ["0851-3322435"]);
    assert!(n.findings.iter().any(|f| f.code == FindingCode::NoiseTextDropped && f.before == "3"), "{:#?}", n.findings);
}

#[test]
fn a_name_cut_before_its_ending_and_its_address_in_one_cell_part_and_the_name_takes_its_rest() {
    // The rule between the name and address cells lost, the name's rest on the next page.
    let md = "| 3 | 天津 | 天津市科学技术局 | 天津市河西区友谊路 18 号 | 022-58832930 |\n\
              | | | 中国天津人力资源 天津市河西区九龙路 58 号 | | 022-23269358 |\n\
              \n\
              | | | 开发服务中心 | | |\n\
              |---|---|---|---|---|\n\
              | 25 | 云南 | 云南省外国专家局 | 昆明市五华区如安街 56 号 | 0871-63630501 |\n\
              | | | 曲靖市人力资源和 曲靖市麒麟区文昌街市政府大院 | | 0874-3139575 |\n\
              \n\
              | 社会保障局 | | |\n\
              |---|---|---|\n\
              | 玉溪市人力资源和社会保障局 | 玉溪市红塔区南祥路 10 号 405 室 | 0877-2015677 |\n";
    let n = norm(md);
    assert_eq!(
        names_and_addresses(&n),
        [
            ("天津市科学技术局", "天津市河西区友谊路18号"),
            ("中国天津人力资源开发服务中心", "天津市河西区九龙路58号"),
            ("云南省外国专家局", "昆明市五华区如安街56号"),
            ("曲靖市人力资源和社会保障局", "曲靖市麒麟区文昌街市政府大院"),
            ("玉溪市人力资源和社会保障局", "玉溪市红塔区南祥路10号405室"),
        ]
    );
    assert_eq!(n.findings.iter().filter(|f| f.code == FindingCode::CellSplit).count(), 2, "{:#?}", n.findings);
    // A whole name, or a label before the address, is no name's head: `青岛市外国专家局
    // 政府受理点: 青岛市…` parts after the name.
    let n = norm("| 15 | 山东 | 青岛市外国专家局 政府受理点: 青岛市市南区香港中路 11 号 政府二期办公楼 1715 室 | | 0532-85911893 |\n");
    assert_eq!(n.records[0].institution, "青岛市外国专家局");
    assert_eq!(crate::rows::continuation::split_name_head_and_address("青岛市外国专家局 政府受理点: 青岛市市南区香港中路 11 号"), None);
}

#[test]
fn a_whole_name_misread_at_its_place_opening_a_page_under_a_whole_name_is_no_tail() {
    // No province printed for the section, so `古林市` cannot be read back as 吉林市 while
    // the rows are walked: a whole name under a whole name is still a record of its own,
    // not the rest of the name above.
    let n = norm(
        "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
         | 7 | | 吉林省外国专家局 | 长春市南关区亚泰大街 3336 号 B0911 | 0431-89634002 |\n\
         | | | 长春市外国专家局 (市外国专家局) | 长春市南关区华新街 700 号 | 0431-88777276 |\n\
         \n\
         | 古林市外国专家局 | | | |\n|---|---|---|---|\n\
         | | 吉林市松江中路 65 号 | 0432-62048680 | |\n",
    );
    let names: Vec<&str> = n.records.iter().map(|r| r.institution.as_str()).collect();
    assert_eq!(names, ["吉林省外国专家局", "长春市外国专家局(市外国专家局)", "吉林市外国专家局"]);
}

#[test]
fn a_section_with_no_province_printed_reads_its_place_names_in_its_rows_province() {
    // The section's first row names 上海; a garbled page's first row printing a name and an
    // address whose districts OCR misread (`別行区`, `図行区` for 闵行区) opens a record of its
    // own, not the rest of the address above.
    let n = norm(
        "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
         | 9 | | 上海市外国人来华工作服务中心 | 浦东新区民生路 1500 号 | 021-68881234 |\n\
         | | | | 杨浦区长海路街道出入境办证中心 7 号窗口(淞沪路 605 号一楼) | 021-22170243 |\n\
         \n\
         | 別行区科学技术委 図行区本生領出入境外证中心8号窗口(中 | | | |\n|---|---|---|---|\n\
         | | | | 021-64986160 |\n",
    );
    let addresses: Vec<&str> = n.records.iter().map(|r| r.address.as_str()).collect();
    assert_eq!(addresses.len(), 3, "{:#?}", n.records);
    assert_eq!(addresses[1], "杨浦区长海路街道出入境办证中心7号窗口(淞沪路605号一楼)");
    assert!(n.records[2].address.ends_with("出入境办证中心8号窗口(中"), "{:#?}", n.records);
}

#[test]
fn an_address_printed_over_three_rows_is_one_address() {
    // The middle row opens what the row below finishes (a road over its number, a text over
    // its unit), but also finishes the address above: places alone, a road's name cut, a
    // sub-number cut at its dash, a text opening inside the building named above.
    let n = norm_rows(
        "| 1 | 北京 | 怀柔区政务服务中心 | 怀柔区 | 010-69687722 |\n\
         | | | | 雁栖大街 | |\n\
         | | | | 53 号 | |\n\
         | | | 新乡市科学技术局 | 红旗区人民 | 0373-5828882 |\n\
         | | | | 东路 | |\n\
         | | | | 691 号 | |\n\
         | | | 江干区科技局 | 江干区庆春东路 1 | 0571-86972243 |\n\
         | | | | -1 号西子联合大厦 | |\n\
         | | | | 10 楼 1013 室 | |\n\
         | | | 朝阳市科学技术局 | 朝阳市双塔区人民路 1 | 0421-2617976 |\n\
         | | | | 号 B 座朝阳市政务服务中心 | |\n\
         | | | | 二楼咨询综合受理窗口 | |\n",
    );
    assert_eq!(
        names_addresses_phone_counts(&n),
        [
            ("怀柔区政务服务中心", "怀柔区雁栖大街53号", 1),
            ("新乡市科学技术局", "红旗区人民东路691号", 1),
            ("江干区科技局", "江干区庆春东路1-1号西子联合大厦10楼1013室", 1),
            ("朝阳市科学技术局", "朝阳市双塔区人民路1号B座朝阳市政务服务中心二楼咨询综合受理窗口", 1),
        ]
    );
}

#[test]
fn a_two_character_place_of_another_province_inside_an_address_is_a_word() {
    // 西区 names a district of 攀枝花 (四川), not of 天津: the middle row goes on the
    // address above (空港经济 / 西区三道 / 166 号) instead of opening an address of its own.
    let n = norm_rows(
        "| 1 | 天津 | 天津港保税区行政审批局 | 天津自贸试验区(空港经济 | 022-84906830 |\n\
         | | | | 区)西区三道 | |\n\
         | | | | 166 号 | |\n\
         | | | 东丽区行政审批局 | 东丽区先锋东路 | 022-24399839 |\n",
    );
    assert_eq!(
        names_addresses_phone_counts(&n),
        [("天津港保税区行政审批局", "天津自贸试验区(空港经济区)西区三道166号", 1), ("东丽区行政审批局", "东丽区先锋东路", 1),]
    );
    let tianjin = crate::gazetteer::Gazetteer::get().province_by_name("天津");
    assert!(crate::rows::continuation::opens_with_place_elsewhere("西区三道", tianjin));
    assert!(!crate::rows::continuation::opens_with_place_elsewhere("和平区南京路", tianjin));
}

#[test]
fn a_name_printed_over_three_rows_is_one_name() {
    // The middle row opens a bracket the row below closes, but the name above it does not
    // end like one: the middle row goes on it, no record of its own.
    let n = norm_rows(
        "| 1 | 广东 | 深圳市外国人工作 | 深圳市福田区福中三路市民中心 B 区 | 0755-88121678 |\n\
         | | | 许可服务窗口(受理全 | | |\n\
         | | | 深圳市单位业务) | | |\n\
         | | | 深圳市红山国际服务中心 | 深圳市龙华区民治街道红山 6979 二期 | 0755-21019987 |\n",
    );
    assert_eq!(
        names_addresses_phone_counts(&n),
        [
            ("深圳市外国人工作许可服务窗口(受理全深圳市单位业务)", "深圳市福田区福中三路市民中心B区", 1),
            ("深圳市红山国际服务中心", "深圳市龙华区民治街道红山6979二期", 1),
        ]
    );
}

#[test]
fn a_short_head_of_a_name_over_three_rows_keeps_its_place() {
    // The head, three characters cut inside a zone's name (`天府新` of 天府新区), reads as no
    // field; on a row with the address and the phone it is the name's head, not noise.
    let n = norm_rows(
        "| 1 | 四川 | 绵阳市科技局 | 绵阳市涪城区人民路 8 号 | 0816-2222222 |\n\
         | | | 天府新 | 成都市天府新区华阳大道 9 号 | 028-85333333 |\n\
         | | | 区科技 | | |\n\
         | | | 创新局 | | |\n\
         | | | 南充市科技局 | 南充市顺庆区人民路 3 号 | 0817-2222222 |\n",
    );
    assert_eq!(
        names_addresses_phone_counts(&n),
        [
            ("绵阳市科技局", "绵阳市涪城区人民路8号", 1),
            ("天府新区科技创新局", "成都市天府新区华阳大道9号", 1),
            ("南充市科技局", "南充市顺庆区人民路3号", 1),
        ]
    );
    let dropped = |f: &&crate::finding::Finding| matches!(f.code, FindingCode::NoiseTextDropped | FindingCode::NoiseRowDropped);
    assert!(!n.findings.iter().any(|f| dropped(&f)), "{:#?}", n.findings);
}

#[test]
fn the_middle_of_a_name_over_three_rows_is_no_noise() {
    // `市人力` alone reads as no field, but the name above it (`丽江`) does not end like
    // one: it is that name's middle, the row below its end.
    let n = norm_rows(
        "| 1 | 云南 | 丽江 | 丽江市古城区福慧路 1 号 | 0888-5122222 |\n\
         | | | 市人力 | | |\n\
         | | | 资源和社会保障局 | | |\n\
         | | | 保山市科技局 | 保山市隆阳区同仁街 26 号 | 0875-2221677 |\n",
    );
    assert_eq!(
        names_addresses_phone_counts(&n),
        [("丽江市人力资源和社会保障局", "丽江市古城区福慧路1号", 1), ("保山市科技局", "保山市隆阳区同仁街26号", 1)]
    );
}

#[test]
fn a_window_under_its_office_over_two_rows_is_that_office_s_name() {
    // `服务窗口(受理番禺` opens a bracket the row below closes, yet it opens with a
    // window's word under a whole name: that office's window, no record of its own that
    // would take the next record's address and phone.
    let n = norm_rows(
        "| 1 | 广东 | 番禺区科学技术局 | 广州市番禺区市桥街清河东路 319 号 | 020-12345 |\n\
         | | | 服务窗口(受理番禺 | | |\n\
         | | | 辖区内单位业务) | | |\n\
         | | | 佛山市外国人工作服务中心 | 佛山市禅城区季华五路 22 号 | 0757-83030000 |\n",
    );
    assert_eq!(
        names_addresses_phone_counts(&n),
        [
            ("番禺区科学技术局服务窗口(受理番禺辖区内单位业务)", "广州市番禺区市桥街清河东路319号", 1),
            ("佛山市外国人工作服务中心", "佛山市禅城区季华五路22号", 1),
        ]
    );
}

#[test]
fn an_address_over_three_rows_beside_an_open_name_keeps_its_rest() {
    // The name above ends on `和` (its ending on the next page), yet the address's rows go
    // on the address: one finishes its road's word (`福慧` + `路…`), one follows a road
    // that stops before any number (`…福慧路` + `市政府大院`), whatever they end like.
    for (mid, last) in [("城区福慧", "路市政府大院"), ("城区福慧路", "市政府大院")] {
        let n = norm_rows(&format!(
            "| 1 | 云南 | 丽江市人力资源和 | 丽江市古 | 0888-5122222 |\n\
             | | | | {mid} | |\n\
             | | | | {last} | |\n\
             | | | 社会保障局 | | |\n\
             | | | 玉溪市科技局 | 玉溪市红塔区南祥路 10 号 | 0877-2015677 |\n"
        ));
        assert_eq!(
            names_addresses_phone_counts(&n),
            [("丽江市人力资源和社会保障局", "丽江市古城区福慧路市政府大院", 1), ("玉溪市科技局", "玉溪市红塔区南祥路10号", 1)],
            "{mid} / {last}"
        );
    }
}

#[test]
fn a_tall_row_with_its_shorter_cells_centred_is_one_record() {
    // Each name printed over three rows, its address and phone on the middle one: the head
    // alone on its row (a place, a place's head read as an address or noise, the country, a
    // whole name over its window) opens the record below, it is no tail of the name above.
    let n = norm_rows(
        "| 1 | 江苏 | 扬州市科学技术局 | 扬州市广陵区文昌东路 9 号 | 0514-87362049 |\n\
         | | | 镇江 | | |\n\
         | | | 市科学 | 镇江市润州区冠城路 8 号 | 0511-88983018 |\n\
         | | | 技术局 | | |\n\
         | | | 南京市人 | | |\n\
         | | | 力资源和社会 | 南京市玄武区北京东路 41 号 | 025-83633333 |\n\
         | | | 保障局 | | |\n\
         | | | 中国 | | |\n\
         | | | 南京人才 | 南京市鼓楼区中山北路 2 号 | 025-83644444 |\n\
         | | | 服务中心 | | |\n\
         | | | 外国人来华 | | |\n\
         | | | 工作许可玄武街道工作站 | 南京市玄武区中山路 1 号 | 025-83655555 |\n\
         | | | 南京市科学技术局 | | |\n\
         | | | 服务窗口(受理玄 | 南京市建邺区江东中路 265 号 | 025-83666666 |\n\
         | | | 武辖区内单位业务) | | |\n",
    );
    assert_eq!(
        names_addresses_phone_counts(&n),
        [
            ("扬州市科学技术局", "扬州市广陵区文昌东路9号", 1),
            ("镇江市科学技术局", "镇江市润州区冠城路8号", 1),
            ("南京市人力资源和社会保障局", "南京市玄武区北京东路41号", 1),
            ("中国南京人才服务中心", "南京市鼓楼区中山北路2号", 1),
            ("外国人来华工作许可玄武街道工作站", "南京市玄武区中山路1号", 1),
            ("南京市科学技术局服务窗口(受理玄武辖区内单位业务)", "南京市建邺区江东中路265号", 1),
        ]
    );
}

#[test]
fn a_place_under_a_name_whose_bracket_lacks_only_its_close_opens_the_next_record() {
    // `…(大连市外国专家局` lost its `)`: a place heading the tall row below is the next
    // name's head, not the bracket's rest; a bracket left empty takes its rest though it
    // opens with a place.
    let n = norm_rows(
        "| 1 | 辽宁 | 大连市科学技术局(大连市外国专家局 | 大连市甘井子区东北北路101号 | 0411-65851150 |\n\
         | | | 大连市高 | | |\n\
         | | | 新园区科 | 大连市高新区高新1号 | 0411-84790590 |\n\
         | | | 技创新局 | | |\n\
         | | | 丹东市科学技术局( | 丹东市振兴区兴五路 | 0415-2128168 |\n\
         | | | 丹东市外国专家局) | | |\n",
    );
    assert_eq!(
        names_addresses_phone_counts(&n),
        [
            ("大连市科学技术局(大连市外国专家局", "大连市甘井子区东北北路101号", 1),
            ("大连市高新园区科技创新局", "大连市高新区高新1号", 1),
            ("丹东市科学技术局(丹东市外国专家局)", "丹东市振兴区兴五路", 1),
        ]
    );
}

#[test]
fn a_name_and_an_address_each_over_three_rows_are_one_record() {
    // Both cut in thirds, the phone on the first row: an address of place names alone goes
    // on with the district below it; an address's road's name is no name's rest though the
    // name above is open; a name's middle beside the address's reads as noise alone; a
    // window's name beside the address's middle goes on its office's name.
    let n = norm_rows(
        "| 1 | 江西 | 新余市外国专家局 | 新余市仰天东大道 623 号 | 0790-6736953 |\n\
         | | | 抚州 | 抚州市 | 0794-8222222 |\n\
         | | | 市外国 | 临川区 | |\n\
         | | | 专家局 | 赣东大道 1 号 | |\n\
         | | | 九江 | 九江市濂溪区 | 0792-8333333 |\n\
         | | | 市外国 | 长虹大道市科 | |\n\
         | | | 专家局 | 技局 605 室 | |\n\
         | | | 吉安市科学技术局 | 吉安市吉州区 | 0796-8444444 |\n\
         | | | 服务窗口(受理吉 | 井冈山大道 9 号 | |\n\
         | | | 州辖区内单位业务) | 3 楼 | |\n\
         | | | 宜春市外国专家局 | 宜春市宜阳大厦中座 917 | 0795-3280926 |\n",
    );
    assert_eq!(
        names_addresses_phone_counts(&n),
        [
            ("新余市外国专家局", "新余市仰天东大道623号", 1),
            ("抚州市外国专家局", "抚州市临川区赣东大道1号", 1),
            ("九江市外国专家局", "九江市濂溪区长虹大道市科技局605室", 1),
            ("吉安市科学技术局服务窗口(受理吉州辖区内单位业务)", "吉安市吉州区井冈山大道9号3楼", 1),
            ("宜春市外国专家局", "宜春市宜阳大厦中座917", 1),
        ]
    );
}

#[test]
fn heads_too_short_to_read_on_a_page_s_last_row_head_the_next_page_s_first() {
    // The page breaks inside a record, both its name and address cut after two characters
    // (noise alone): the next page's first row finishes them, as the next row would.
    let n = norm_rows(
        "| 1 | 河北 | 承德市科技局 | 承德市双桥区府前路 1 号 | 0314-2050074 |\n\
         | | | 石家 | 石家 | 0311-85667324 |\n\
         \n\
         | | | 庄市科技局 | 庄市长安区中山东路 452 号 | |\n\
         |---|---|---|---|---|\n\
         | | | 唐山市科技局 | 唐山市西山道 3 号 | 0315-2821726 |\n",
    );
    assert_eq!(
        names_addresses_phone_counts(&n),
        [
            ("承德市科技局", "承德市双桥区府前路1号", 1),
            ("石家庄市科技局", "石家庄市长安区中山东路452号", 1),
            ("唐山市科技局", "唐山市西山道3号", 1),
        ]
    );
}

#[test]
fn a_page_s_first_row_finishing_the_last_page_s_record_heads_nothing() {
    // The page's first row finishes the name the last page's last row was cut inside
    // (`…科学技` + `术局(…`), and opens a bracket the next page's first row closes: it is
    // the record's rest, no head of a record of its own.
    let n = norm_rows(
        "| 1 | 辽宁 | 本溪市科学技术局 | 本溪市高新技术产业开发区枫叶路 188-1 号 | 024-45689024 |\n\
         | | | 营口市科学技 | 营口市站前区渤海大街西 | 0417-2825012 |\n\
         \n\
         | | | 术局(营口市外国专家 | 15 号 | |\n\
         |---|---|---|---|---|\n\
         \n\
         | | | 局) | | |\n\
         |---|---|---|---|---|\n\
         | | | 盘锦市科学技术局 | 盘锦市兴隆台区市府大街 1 号 | 0427-2829290 |\n",
    );
    assert_eq!(
        names_addresses_phone_counts(&n),
        [
            ("本溪市科学技术局", "本溪市高新技术产业开发区枫叶路188-1号", 1),
            ("营口市科学技术局(营口市外国专家局)", "营口市站前区渤海大街西15号", 1),
            ("盘锦市科学技术局", "盘锦市兴隆台区市府大街1号", 1),
        ]
    );
}

#[test]
fn a_province_s_name_heading_an_address_on_the_next_page_is_no_section() {
    // `云南` under the address column beside a name's head, the phone printed with the rest
    // on the next page (`省迪庆州…`): the address's head, no section read a column off.
    let n = norm(
        "| : | | | | |\n\
         |---|---|---|---|---|\n\
         | | | 怒江州人力资源和 社会保障局 | 怒江州泸水市六库镇穿城路 235 号 | 0886-3622606 |\n\
         | | | 迪庆州人力资源和 | 云南 | |\n\
         \n\
         | | | 社会保障局 | 省迪庆州香格里拉市建塘镇思给港巷 | 0887-8835998 |\n\
         |---|---|---|---|---|\n\
         | | | 临沧市人力资源和 社会保障局 | 临沧市沧江路 116 号 | 0883-2131867 |\n\
         | 26 | 陕西 | 陕西省科学技术厅 | 陕西省西安市丈八五路十号 D618 | 029-87291775 |\n\
         | | | 陕西省人力资源社 会保障厅 | 陕西省西安市建设东路 3 号 | 029-85391857 |\n",
    );
    assert_eq!(
        names_addresses_phone_counts(&n)[..3],
        [
            ("怒江州人力资源和社会保障局", "怒江州泸水市六库镇穿城路235号", 1),
            ("迪庆州人力资源和社会保障局", "云南省迪庆州香格里拉市建塘镇思给港巷", 1),
            ("临沧市人力资源和社会保障局", "临沧市沧江路116号", 1),
        ]
    );
}

#[test]
fn a_short_pages_address_column_leans_on_the_headers() {
    // The page after the break prints three rows: its address column alone (one address,
    // one name-like tail, one unclear) would read `人民政府办证大厅` as noise beside the
    // name's tail; the header's address column says it is the address's rest.
    let n = norm(
        "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
         | | | 九江市外国专家局 | 九江市八里湖新区八里湖大道 166 号 | 0792-8563518 |\n\
         | | | 景德镇市外国专家局 | 江西省景德镇市昌江区沿江西路59号 | 0798-8523195 |\n\
         | | | 萍乡市人力资源和社 | 萍乡市 | |\n\n\
         | | | 会保障局 | 人民政府办证大厅 | 0799–6234773 |\n|---|---|---|---|---|\n\
         | | | 新余市外国专家局 | 新余市仰天东大道 623 号 | 0790-6736953 |\n\
         | | | 鹰潭市外国专家局 | 鹰潭市月湖区经济大厦 | 0701-6441696 |\n\
         | | | 赣州市行政服 | 章贡区长征 | |\n",
    );
    let got = names_and_addresses(&n);
    assert!(got.contains(&("萍乡市人力资源和社会保障局", "萍乡市人民政府办证大厅")), "{got:#?}");
}

#[test]
fn a_record_wrapped_whole_across_a_page_break_keeps_its_name() {
    // The page ends on a record's heads (no phone), the next opens with their rests and the
    // phone: `贵安新区经` says little alone, `贵安新区经` + `济发展局` is a name, so the row is
    // the next record's head, not the rest of the record above it.
    let n = norm(
        "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
         | | | 遵义市科学技术局 | 遵义市汇川区人民路 2 号 | 0851-28221234 |\n\
         | | | 黔东南州外专局 | 凯里市北京东路 11 号 | 0855-8608667 |\n\n\
         | | | 科技局 | 道368号 | |\n|---|---|---|---|---|\n\
         | | | 黔东南州外专局 | 凯里市北京东路 11 号 | 0855-8608667 |\n\
         | | | 黔西南州科技局 | 兴义市向阳路 89 号 | 0859-3229136 |\n\
         | | | 贵安新区经 | 贵安新区数字经济产业园 | |\n\n\
         | | | 济发展局 | 9号楼1018办公室 | 0851-88909700 |\n|---|---|---|---|---|\n\
         | 25 | 云南 | 云南省外国专家局 | 昆明市五华区如安街 56 号 | 0871-63630501 |\n",
    );
    let got = names_and_addresses(&n);
    assert!(got.contains(&("黔西南州科技局", "兴义市向阳路89号")), "{got:#?}");
    assert!(got.contains(&("贵安新区经济发展局", "贵安新区数字经济产业园9号楼1018办公室")), "{got:#?}");
}

#[test]
fn a_rooms_number_past_a_page_break_ends_the_address() {
    // `…人社局5` / page / `08` under the address column of a page whose own address column
    // is not clear (a number and a name-like address among its four cells): the header's
    // column says it is the address's rest.
    let n = norm(
        "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
         | 25 | 云南 | 云南省外国专家局 | 昆明市五华区如安街 56 号 | 0871-63630501 |\n\
         | | | 昆明市外国专家局 | 呈贡新区市级行政中心 8 号楼 318 | 0871-63130000 |\n\
         | | | 昆明市 | 正义路五华坊42号五华区人社局5 | 0871-63588926 |\n\n\
         | | | 五华区受理点 | 08 | |\n|---|---|---|---|---|\n\
         | | | 昆明市盘龙区受理 点 | 盘龙区锦武路 15 号,锦悦四季小区 E 栋,盘龙区政务服务中心 B 区 1 号 | 0871-65716160 |\n\
         | | | 昭通市人力资源和 社会保障局 | 昭通市昭阳区崇义街 30 号 | 0870-2127725 |\n\
         | | | 曲靖市人力资源和 | 曲靖市麒麟区文昌街市政府大院 | 0874-3139575 |\n\n\
         | 社会保障局 | | |\n|---|---|---|\n\
         | 玉溪市人力资源和 社会保障局 | 玉溪市红塔区南祥路 10 号 405 室 | 0877-2015677 |\n",
    );
    let got = names_and_addresses(&n);
    assert!(got.contains(&("昆明市五华区受理点", "正义路五华坊42号五华区人社局508")), "{got:#?}");
}

#[test]
fn a_provinces_name_heading_a_name_beside_an_address_read_as_a_name() {
    // `四川 | 河东新区莲花会展中心3 | phone` alone on its page, the rest past the break: the
    // province's name is the name's head, the text beside it (read as a name: 会展中心) the
    // address's.
    let n = norm(
        "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
         | 23 | 四川 | 四川省成都市外国专家局 | 青羊区人民西路 2 号 | 028-62377790 |\n\
         | | | 四川省眉山市科学技术局 | 东坡区眉州大道西三段 121 号 | 028-38168884 |\n\n\
         | | | 四川省资阳市科学技术局 | 雁江区广场路 1 号 | 028-26115665 |\n|---|---|---|---|---|\n\
         | | | 四川 | 河东新区莲花会展中心3 | 0825-2655078 |\n\n\
         | | | 省遂宁市科学技术局 | 号花瓣2楼市公安局出入境管理支队窗口 | |\n|---|---|---|---|---|\n\
         | | | 四川省宜宾市科学技术局 | 翠屏区中山街 142 号 | 0831-8226207 |\n",
    );
    let got = names_and_addresses(&n);
    assert!(got.contains(&("四川省遂宁市科学技术局", "河东新区莲花会展中心3号花瓣2楼市公安局出入境管理支队窗口")), "{got:#?}");
}

/// The 九江 record cut over two rows between 南昌's and 景德镇's, as `upper` over `lower`,
/// read as one record.
fn assert_jiujiang_joined(upper: &str, lower: &str) {
    let n = norm_rows(&format!(
        "| | | 南昌市人社局行政审批处 | 南昌市行政服务中心二楼人社局窗口 | 0791-83987539 |\n{upper}\n{lower}\n\
         | | | 景德镇市外国专家局 | 江西省景德镇市昌江区沿江西路59号 | 0798-8523195 |\n"
    ));
    assert_eq!(
        names_addresses_phone_counts(&n),
        [
            ("南昌市人社局行政审批处", "南昌市行政服务中心二楼人社局窗口", 1),
            ("九江市人力资源和社会保障局行政许可服务科", "九江市八里湖新区八里湖大道166号九江市民服务中心人社窗口A011", 1),
            ("景德镇市外国专家局", "江西省景德镇市昌江区沿江西路59号", 1)
        ]
    );
}

#[test]
fn an_address_stopping_short_takes_the_row_below_though_it_reads_whole() {
    // `九江市八里` (cut inside 八里湖新区) is too short to stand: the row below, a name with
    // its ending and an address with its number but no phone, is the record's rest.
    assert_jiujiang_joined(
        "| | | 九江市人力资源和社会保障局 | 九江市八里 | 0792-8563518 |",
        "| | | 行政许可服务科 | 湖新区八里湖大道166号九江市民服务中心人社窗口A011 | |",
    );
}

#[test]
fn a_long_ending_opening_with_no_place_finishes_the_name_above_it() {
    // `…社会保障局行政` ends no name; `许可服务科` beside an address and the phone, opening
    // with no place, gives it its ending: the record's rest, its address's too.
    assert_jiujiang_joined(
        "| | | 九江市人力资源和社会保障局行政 | 九江市八里湖新区八里湖大道166号 | |",
        "| | | 许可服务科 | 九江市民服务中心人社窗口A011 | 0792-8563518 |",
    );
}

#[test]
fn short_addresses_that_stop_short_and_that_stand() {
    use crate::rows::continuation::address_stops_short;
    assert!(address_stops_short("九江市八里"));
    // A place's name alone, a building or unit word, a number: not cut short this way.
    assert!(!address_stops_short("九江市"));
    assert!(!address_stops_short("市民中心"));
    assert!(!address_stops_short("经济大厦"));
    assert!(!address_stops_short("九江市八里湖大道166号"));
}

#[test]
fn a_names_last_character_alone_on_its_row_gives_the_name_its_ending() {
    // A tall row read a printed line a row: the name's last line is one character
    // (`…人才服务中` + `心`, `…服务窗` + `口`), alone on its row, or heading the next page's
    // table. It gives the name its ending: the name's rest, not noise.
    let md = "| 序号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 1 | 西藏 | 日喀则市经济技术 | 桑珠孜区迎宾南路249号综合办公楼66 | |\n\
| | | 开发区人才服务中 | 9室 | 0892-5298077 |\n\
| | | 心 | | |\n\
| | | 拉萨市政务服务中 | 拉萨市城关区中山西路138号 | 0891-2615977 |\n\
| | | 心 | | |\n\
| | | 山南市外国人服务窗 | 山南市乃东区人民路1号 | 0893-7609617 |\n\
\n\
| 口 | | |\n|---|---|---|\n\
| 林芝市外国专家局 | 林芝市巴宜区人民路1号 | 0894-5822222 |\n";
    let n = norm(md);
    assert_eq!(
        names_and_addresses(&n),
        [
            ("日喀则市经济技术开发区人才服务中心", "桑珠孜区迎宾南路249号综合办公楼669室"),
            ("拉萨市政务服务中心", "拉萨市城关区中山西路138号"),
            ("山南市外国人服务窗口", "山南市乃东区人民路1号"),
            ("林芝市外国专家局", "林芝市巴宜区人民路1号"),
        ]
    );
    assert!(n.findings.iter().all(|f| f.severity == Severity::Info), "{:#?}", n.findings);
    // A character alone that gives the name no ending stays noise: `日` under `…服务中`.
    let md = "| 序号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
| 1 | 西藏 | 拉萨市政务服务中 | 拉萨市城关区中山西路138号 | 0891-2615977 |\n\
| | | 日 | | |\n";
    let n = norm(md);
    assert_eq!(names_and_addresses(&n), [("拉萨市政务服务中", "拉萨市城关区中山西路138号")]);
}

#[test]
fn a_name_cut_after_two_characters_with_the_phone_above_its_rests() {
    // `锡林` alone says little (and the address beside it ends like an office, 行署); with
    // the row below, `锡林` + `郭勒盟科技局` is a name: the name's head, not noise.
    let n = norm(
        "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
         | 5 | 内蒙古 | 内蒙古自治区科学技术厅 | 呼和浩特市赛罕区丰州南路 78 号 | 0471-6328620 |\n\
         | | | 通辽市科技局 | 通辽市行政中心 9 楼 939 办公室 | 0475-8835394 |\n\
         | | | 赤峰市科 | 赤峰市松山区 | 0476-8332153 |\n\n\
         | | | 技局 | 玉龙大街1号党政综合楼C座 | |\n|---|---|---|---|---|\n\
         | | | 锡林 | 锡林浩特市经济技术开发区行署 | 0479-8238839 |\n\n\
         | | | 郭勒盟科技局 | 2号楼620室 | |\n|---|---|---|---|---|\n\
         | | | 乌兰察布市科技局 | 乌兰察布市集宁区新区广电大楼科技局 | 0474-8181120 |\n",
    );
    let got = names_and_addresses(&n);
    assert!(got.contains(&("锡林郭勒盟科技局", "锡林浩特市经济技术开发区行署2号楼620室")), "{got:#?}");
}

#[test]
fn an_area_of_the_free_trade_zone_above_is_the_names_rest() {
    // `中国(河南)自由贸易试验区` reads whole, but `郑州片区…` below it, beside the address's
    // rest and no phone, names an area of that zone: the record's rest.
    let n = norm_rows(
        "| | | 郑州市科学技术局 | 郑州市工人路 13 号 | 0371-67170380 |\n\
         | | | 中国(河南)自由贸易试验区 | 郑州市金水区金水东路85号河 | 0371-67880637 |\n\
         | | | 郑州片区管理委员会行政审批处 | 南自贸大厦 | |\n\
         | | | 开封市科学技术局 | 开封市龙亭区宋城路 1 号 | 0371-23189123 |\n",
    );
    let got = names_and_addresses(&n);
    assert!(got.contains(&("中国(河南)自由贸易试验区郑州片区管理委员会行政审批处", "郑州市金水区金水东路85号河南自贸大厦")), "{got:#?}");
    assert_eq!(got.len(), 3, "{got:#?}");
    use crate::rows::continuation::names_area_of_zone;
    assert!(names_area_of_zone("中国(山东)自由贸易试验区", "济南片区管理委员会"));
    assert!(!names_area_of_zone("郑州市科学技术局", "济南片区管理委员会"));
    assert!(!names_area_of_zone("中国(山东)自由贸易试验区", "济南市科学技术局"));
}

#[test]
fn an_address_cut_inside_a_sub_district_or_a_roads_name_goes_on_below_with_the_phone() {
    // The name above reads whole (…社保局) and the one below opens with no place; what ties
    // them is the address cut inside a word (`仙桃街` + `道…`) or a road's name (`…春` + `华大道
    // 99号…`, `…解` + `放南路155号…`).
    for (head, rest) in [
        ("重庆市渝北区仙桃街", "道春华大道99号中国重庆人力资源服务产业园南区1号门三楼"),
        ("重庆市渝北区仙桃街道春", "华大道99号中国重庆人力资源服务产业园南区1号门三楼"),
    ] {
        let n = norm_rows(&format!(
            "| 22 | 重庆 | 重庆市科技局 | 重庆市渝北区新溉大道2号 | 023-62192269 |\n\
             | | | 重庆市人力社保局 | {head} | |\n\
             | | | 政务服务大厅 | {rest} | 023-63120258、 023-88633907 |\n"
        ));
        assert_eq!(
            names_addresses_phone_counts(&n),
            [
                ("重庆市科技局", "重庆市渝北区新溉大道2号", 1),
                ("重庆市人力社保局政务服务大厅", "重庆市渝北区仙桃街道春华大道99号中国重庆人力资源服务产业园南区1号门三楼", 2)
            ]
        );
    }
    use crate::rows::continuation::opens_with_cut_road_name;
    assert!(opens_with_cut_road_name("放南路155号506窗口"));
    assert!(opens_with_cut_road_name("义路270号"));
    // A road's whole name, or one with no number after it: not a cut one.
    assert!(!opens_with_cut_road_name("解放南路155号"));
    assert!(!opens_with_cut_road_name("华大道"));
}

#[test]
fn a_cut_numbers_rest_read_as_a_seq_beside_a_names_bracketed_remark() {
    // As `理点 | 区人社局508 | 926`, with the name's rest a bracketed remark (read as the
    // name's remark before the rests are weighed): still the rests of the record above.
    let n = norm_rows(
        "| | | 鞍山市科学技术局 (外国专家局) | 鞍山市铁东区新兴街道明山街12号鞍山市 政务服务中心 | 0412-5591225 0412-5539457 |\n\
         |  |  | 抚顺市科学技术局(外国 | 抚顺市 | 024-57500 |\n\
         |  |  | 专家局) | 顺城区长城街振兴大厦A座1312 | 960 |\n\
         | | | 本溪市科学技术局 (本溪市外国专家 局) | 本溪市高新技术产业开发区枫叶路 188-1 号 14 楼 | 024-45689024 |\n\
         | | | 丹东市科学技术局 (丹东市外国专家 | 丹东市振兴区浪头镇丹东新区银河大街中 心北路 2 号 | 0415-2127271 |\n\
         \n\
         | | | 局) | | |\n\
         |---|--------|------------------------------|--------------------------------------|------------------------|\n\
         | | | 锦州市科学技术局 (锦州市外国专家 局) | 锦州市太和区市府路 68 号 | 0416-3880067 |\n\
         |  |  | 营口市科学技术局(营口市 | 营口市站前区学府路少 | 0417-28349 |\n\
         |  |  | 外国专家局) | 年宫里学府园A4号 | 83 |\n\
         | | | | 阜新市细河区龙城路7号,阜新市政务服 务中心三楼工程审批综合窗口 | 0418-6696011 |\n\
         |  |  | 辽阳市科学技术局 | 辽阳市文圣区新城路9号北塔楼21 | 0419-2156 |\n\
         |  |  | (外国专家与国际合作科) | 02 | 467 |\n\
         | | | 盘锦市科学技术局 (盘锦市外国专家 局) | 盘锦市兴隆台区石油大街 270 号 | 0427-6655913 |\n",
    );
    let liaoyang: Vec<_> = n.records.iter().filter(|r| r.institution.starts_with("辽阳")).collect();
    assert_eq!(liaoyang.len(), 1, "{:#?}", names_and_addresses(&n));
    assert_eq!(liaoyang[0].institution, "辽阳市科学技术局(外国专家与国际合作科)");
    assert_eq!(liaoyang[0].address, "辽阳市文圣区新城路9号北塔楼2102");
    assert_eq!(liaoyang[0].phones.iter().map(|p| p.number.as_str()).collect::<Vec<_>>(), ["0419-2156467"]);
}

#[test]
fn two_rests_of_one_word_are_the_row_above_not_a_header() {
    // The name and the address both wrapped before the same last word (`窗口`, a caption's
    // word too): the rests of the row above, not a header row.
    let n = norm_rows(
        "| 1 | 广东 | 广州市公安出入境管理局办理 | 广州市越秀区解放南路155号506 | 020-12345 |\n\
         |  |  | 窗口 | 窗口 |  |\n\
         |  |  | 深圳市科技创新委员会 | 深圳市福田区福中三路市民中心B区 | 0755-88121678 |\n",
    );
    assert_eq!(
        names_and_addresses(&n),
        vec![
            ("广州市公安出入境管理局办理窗口", "广州市越秀区解放南路155号506窗口"),
            ("深圳市科技创新委员会", "深圳市福田区福中三路市民中心B区")
        ]
    );
    assert!(n.findings.iter().all(|f| f.code != FindingCode::HeaderRowSkipped || f.line_start == 1), "{:#?}", n.findings);
}

#[test]
fn a_name_and_an_address_wrapped_before_the_same_rest_each_take_theirs() {
    // Both cells wrapped before the same text: each rest finishes its own field, the one
    // under the name column the name, though the address above was cut inside a word too
    // (`…大楼科` + `技局`), and a rest of one character when both finish a word (`…中` + `心`).
    let rows = |name: &str, addr: &str, rest: &str| {
        format!(
            "| 1 | 内蒙古 | 包头市科学技术局 | 包头市昆都仑区阿尔丁大街 | 0472-5110011 |\n\
             |  |  | {name} | {addr} | 0474-8181120 |\n\
             |  |  | {rest} | {rest} |  |\n\
             |  |  | 鄂尔多斯市科技局 | 鄂尔多斯市康巴什区金信商务广场 | 0477-8589512 |\n"
        )
    };
    for (name, addr, rest) in
        [("乌兰察布市科", "乌兰察布市集宁区新区广电大楼科", "技局"), ("乌兰察布市人才服务中", "乌兰察布市集宁区政务服务中", "心")]
    {
        let n = norm_rows(&rows(name, addr, rest));
        let (whole_name, whole_addr) = (format!("{name}{rest}"), format!("{addr}{rest}"));
        assert_eq!(names_and_addresses(&n)[1], (whole_name.as_str(), whole_addr.as_str()), "{rest}");
        assert_eq!(n.records.len(), 3);
    }
}

#[test]
fn a_first_row_shifted_left_over_its_rest_in_place_reads_one_column_right() {
    // A record's first row printed a cell left (its 序号 and phone columns empty), its rest
    // in the table's columns: the name's head sits in the province's column, the address's
    // in the name's. With the phone on the first row or on the rest.
    for (phone_above, phone_below) in [("0917-8993940", ""), ("", "0917-8993940")] {
        let n = norm_rows(&format!(
            "| 5 | 陕西 | 延安市人力资源和社会保障局 | 延安市宝塔区枣园路8号 | 0911-4463196 |\n\
             |  | 宝鸡市行 | 宝鸡市麟游县和 | {phone_above} |  |\n\
             |  |  | 政审批服务局 | 平东路916号 | {phone_below} |\n\
             |  |  | 商州区科学技术局 | 商洛市商州区北新街58号 | 0914-6731674 |\n"
        ));
        assert_eq!(
            province_name_address(&n),
            vec![
                ("陕西省", "延安市人力资源和社会保障局", "延安市宝塔区枣园路8号"),
                ("陕西省", "宝鸡市行政审批服务局", "宝鸡市麟游县和平东路916号"),
                ("陕西省", "商州区科学技术局", "商洛市商州区北新街58号"),
            ],
            "{phone_above}{phone_below}"
        );
        assert_eq!(n.records[1].phones.len(), 1);
        assert!(n.records[1].flags.contains(&FindingCode::ColumnShiftRepaired), "{:#?}", n.records[1]);
    }
    // (The head ending like a name, `科`, but for the word its rest finishes: `科` + `学`.)
    let n = norm_rows(
        "| 16 | 河南 | 焦作市科学技术局 | 焦作市孟州市胜利南路525号 | 0391-4157477 |\n\
         |  | 漯河市科 | 漯河市 |  |  |\n\
         |  |  | 学技术局 | 临颍县滨河西路343号 | 0395-4478207 |\n\
         |  |  | 许昌市科学技术局 | 许昌市魏都区八一路1号 | 0374-2962345 |\n",
    );
    assert_eq!(names_and_addresses(&n)[1], ("漯河市科学技术局", "漯河市临颍县滨河西路343号"));
    // (The address's head ending like a name, on its building's `中心`, a number in it.)
    let n = norm_rows(
        "| 1 | 辽宁 | 辽宁省政务服务中心科技厅窗口 | 沈阳市皇姑区科技东路744号 | 024-41743271 |\n\
         |  |  | 铁岭市政务服务中心 | 昌图县长江街436号 | 024-86668158 |\n\
         |  | 朝阳 | 朝阳市朝阳县新华南路410号政务服务中心 | 0421-5495459 |  |\n\
         |  |  | 市科学技术局 | 7楼21号窗口 |  |\n\
         |  |  | 盘锦市行政审批服务局 | 盘锦市盘山县世纪中路426号 | 0427-2123520 |\n",
    );
    assert_eq!(names_and_addresses(&n)[2], ("朝阳市科学技术局", "朝阳市朝阳县新华南路410号政务服务中心7楼21号窗口"));
}

#[test]
fn a_column_of_cities_beside_the_names_is_not_a_name_shifted_left() {
    // The column left of the names prints each row's city beside its phone: a row cut over
    // two there is read by its columns, the city no name's head.
    let n = norm_rows(
        "| 1 | 陕西 | 陕西省科学技术厅 | 西安市雁塔区高新路6号 | 029-88888888 |\n\
         |  | 宝鸡市 | 宝鸡市科学技术局 | 宝鸡市渭滨区经二路2号 | 0917-3262512 |\n\
         |  | 商洛市 | 商洛市行政审 |  |  |\n\
         |  |  | 批服务局 | 商洛市商州区北新街58号 | 0914-6731674 |\n\
         |  | 延安市 | 延安市人力资源和社会保障局 | 延安市宝塔区枣园路8号 | 0911-4463196 |\n",
    );
    assert!(names_and_addresses(&n).contains(&("商洛市行政审批服务局", "商洛市商州区北新街58号")), "{:#?}", n.records);
}

#[test]
fn a_whole_record_shifted_left_with_a_ditto_heads_nothing_below() {
    // A window's row shifted a cell left, its name a ditto (`同上`) in the province's column,
    // over a whole record: the ditto is the name above, the name below another record's.
    let n = norm_rows(
        "| 1 | 湖北 | 黄冈市经济技术开发区人才服务中心 | 黄冈市黄梅县青年东路103号 | 0713-6947676 |\n\
         |  | 同上 | 黄冈市黄梅县解放北路418号行政服务中心3楼 | 0713-4686133 |  |\n\
         |  |  | 鄂州市科学技术局 | 鄂州市梁子湖区长江北路798号 |  |\n",
    );
    assert_eq!(
        names_and_addresses(&n),
        vec![
            ("黄冈市经济技术开发区人才服务中心", "黄冈市黄梅县青年东路103号"),
            ("黄冈市经济技术开发区人才服务中心", "黄冈市黄梅县解放北路418号行政服务中心3楼"),
            ("鄂州市科学技术局", "鄂州市梁子湖区长江北路798号"),
        ]
    );
}

#[test]
fn a_first_row_shifted_left_heads_its_rest_across_a_page_break() {
    // The shifted first row ends a page; its rest, printed in place, heads the next page's
    // table.
    let n = norm(
        "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
         | 10 | 江苏 | 泰州市科学技术局 | 泰州市海陵区朝阳北路310号 | 0523-46871952 |\n\
         |  | 连云港市科学技术 | 连云港市灌南县振兴北 | 0518-25156655 |  |\n\n\
         |  |  | 局(外国专家局) | 路46号政务服务中心7楼25号窗口 |  |\n\
         |---|---|---|---|---|\n\
         |  |  | 徐州市科学技术局 | 徐州市云龙区新元大道1号 | 0516-83720808 |\n",
    );
    assert_eq!(
        names_and_addresses(&n),
        vec![
            ("泰州市科学技术局", "泰州市海陵区朝阳北路310号"),
            ("连云港市科学技术局(外国专家局)", "连云港市灌南县振兴北路46号政务服务中心7楼25号窗口"),
            ("徐州市科学技术局", "徐州市云龙区新元大道1号"),
        ]
    );
}

#[test]
fn heads_whose_rests_are_shifted_left_under_a_whole_record_shifted_left() {
    // A record cut over two rows, its rest printed a cell left, under a whole record printed
    // a cell left too (its address under the name column, its phone under the address's):
    // that address is no name left open above the head. And a head whose address part was
    // read as the name (`大理白族自治 | 大理白族自治州宾川县科`): each to its column.
    let n = norm_rows(
        "| 3 | 甘肃 | 兰州市科学技术局 | 兰州市城关区南昌路1号 | 0931-8826116 |\n\
         |  | 庆阳市经济技术开发区人才服务中心 | 庆阳市环县迎宾街442号 | (0934)3115309 |  |\n\
         |  |  | 秦州区人力资源和社会保 | 天水市秦 | 0938-3857356 |\n\
         |  | 障局 | 州区文化南路143号政务服务中心8楼28号窗口 |  |  |\n\
         |  |  | 武威市科学技术局 | 武威市凉州区东大街1号 | 0935-2212345 |\n\
         | 4 | 云南 | 丽江市科学技术局 | 丽江市古城区青年南路858号 | 0888-4855273 |\n\
         |  |  | 大理白族自治 | 大理白族自治州宾川县科 | 0872-7771547 |\n\
         |  | 州行政审批服务局 | 技路705号行政服务中心4楼 |  |  |\n\
         |  |  | 保山市科学技术局 | 保山市隆阳区正阳南路1号 | 0875-2121234 |\n",
    );
    let got = names_and_addresses(&n);
    assert!(got.contains(&("秦州区人力资源和社会保障局", "天水市秦州区文化南路143号政务服务中心8楼28号窗口")), "{got:#?}");
    assert!(got.contains(&("大理白族自治州行政审批服务局", "大理白族自治州宾川县科技路705号行政服务中心4楼")), "{got:#?}");
    assert_eq!(n.records.len(), 7);
}

#[test]
fn a_name_over_three_rows_under_its_head_shifted_left_stays_one() {
    // The head printed a cell left beside its whole address (no phone under the address
    // column), the name's middle and end below in place: one record, the address above the
    // middle no whole record's.
    let n = norm_rows(
        "| 1 | 新疆 | 吐鲁番市外国专家局 | 吐鲁番市托克逊县新华街212号 | 0995-5704553 |\n\
         |  | 巴音郭楞蒙古自治 | 和硕县团结大道966号人才大厦5层 |  |  |\n\
         |  |  | 州科学技术局(外 |  | 0996-2850636 0996-4331367 |\n\
         |  |  | 国专家局) |  |  |\n\
         |  |  | 阿克苏地区科学技术局 | 阿克苏市英巴格路1号 | 0997-2123456 |\n",
    );
    assert_eq!(
        names_and_addresses(&n),
        vec![
            ("吐鲁番市外国专家局", "吐鲁番市托克逊县新华街212号"),
            ("巴音郭楞蒙古自治州科学技术局(外国专家局)", "和硕县团结大道966号人才大厦5层"),
            ("阿克苏地区科学技术局", "阿克苏市英巴格路1号"),
        ]
    );
}

#[test]
fn an_address_head_finished_by_the_shifted_rest_heads_the_row_below() {
    // The name cut between two words (`行政` + `审批局`: no word cut), the address before its
    // house number, the rest printed a cell left: the address's head, finished one column
    // left below, says the row heads the next.
    let n = norm_rows(
        "| 11 | 浙江 | 衢江区人力资源和社会保障局 | 衢州市衢江区人民南路135号 | 0570-5134042 |\n\
         |  |  | 平湖市行政 | 平湖市学府街 | 0573 84132288 |\n\
         |  | 审批局 | 5号科技大厦8楼358室 |  |  |\n\
         |  |  | 绍兴市人力资源和社会保障局 | 越城区文化南路789号 | 0575-39029277 |\n",
    );
    assert_eq!(names_and_addresses(&n)[1], ("平湖市行政审批局", "平湖市学府街5号科技大厦8楼358室"));
    assert_eq!(n.records.len(), 3);
}

#[test]
fn a_tall_rows_name_end_below_is_no_address_rest_shifted_left() {
    // A name over three rows, its address and phone on the middle one (a tall row's shorter
    // cells centred): the name's end below (`技术局`) is no rest of the address printed a
    // cell left, though the address ends in a word it would go on (`…专家服务科`).
    let n = norm_rows(
        "| 19 | 广东 | 茂名市科学技术局 | 茂名市油城十路6号行政服务中心 | 0668-2271032 |\n\
         |  |  | 肇庆 |  |  |\n\
         |  |  | 市科学 | 肇庆市端州区端州六路芙蓉西二街市科技中心大楼10楼合作交流与专家服务科 | 0758-2899960 |\n\
         |  |  | 技术局 |  |  |\n\
         |  |  | 清远市科学技术局 | 清远市清城区新城人民二路7号政务服务中心一楼 | 0763-3371351 |\n",
    );
    assert_eq!(names_and_addresses(&n)[1], ("肇庆市科学技术局", "肇庆市端州区端州六路芙蓉西二街市科技中心大楼10楼合作交流与专家服务科"));
    assert_eq!(n.records.len(), 3);
}

#[test]
fn a_tall_rows_rest_printed_cells_short_reads_as_many_columns_right() {
    // The rest of a record cut over two rows, printed a cell short (its first cell lost):
    // the text under the province's column finishes the name (`局`, or the bracket it left
    // open), the one under the name's column the address.
    let n = norm_rows(
        "| 2 | 安徽 | 亳州市外国专家局 | 亳州市利辛县建设街120号 | 0558-2652963 |\n\
         |  |  | 马鞍山市科学技术 | 含山县世纪北路63号市民服务中心32号 | 电话:0555-6092256 |\n\
         |  | 局 | 窗口 |  |\n\
         |  |  | 铜陵市外国专家局 | 铜陵市枞阳县建设中路93号 | 0562-7796573 |\n\
         |  |  | 阿克苏地区科学技 | 阿克苏地区温宿县文化南路733号 |  |\n\
         |  |  | 术局(外国专家局 |  | 0997-6422736 |\n\
         |  | ) |  |  |\n\
         |  |  | 麦盖提县行政审批局 | 麦盖提县科技南路495号 | 0998-4646758 |\n",
    );
    assert_eq!(
        names_and_addresses(&n),
        vec![
            ("亳州市外国专家局", "亳州市利辛县建设街120号"),
            ("马鞍山市科学技术局", "含山县世纪北路63号市民服务中心32号窗口"),
            ("铜陵市外国专家局", "铜陵市枞阳县建设中路93号"),
            ("阿克苏地区科学技术局(外国专家局)", "阿克苏地区温宿县文化南路733号"),
            ("麦盖提县行政审批局", "麦盖提县科技南路495号"),
        ]
    );
    // (Two cells short: the rests in the first two cells.)
    let n = norm_rows(
        "| 27 | 云南 | 昆明市科学技术局 | 昆明市呈贡区锦绣大街1号 | 0871-63123456 |\n\
         | 28 |  | 玉溪市政务服务中 | 玉溪市澄江市胜利街9号科技大厦5楼57 | 0877-5658998 |\n\
         | 心 | 9室 |  |\n\
         | 29 |  | 曲靖市科学技术局 | 曲靖市麒麟区南宁西路1号 | 0874-3123456 |\n",
    );
    assert_eq!(names_and_addresses(&n)[1], ("玉溪市政务服务中心", "玉溪市澄江市胜利街9号科技大厦5楼579室"));
    assert_eq!(n.records.len(), 3);
    // (A cell left, the table's width kept, its last cell empty: the name's rest under the
    // province's column, read as noise by its text, `楼区…`.)
    let n = norm_rows(
        "| 18 | 湖南 | 常德市科学技术局 | 常德市汉寿县文化南路172号 | 0736-3711145 |\n\
         |  |  | 岳阳 | 岳阳市岳阳楼区 | 0730-3888603 |\n\
         |  | 楼区行政审批局 | 中山大道661号市民服务中心11号窗口 |  |  |\n\
         |  |  | 衡阳市科学技术局 | 衡阳市蒸湘区解放大道1号 | 0734-8123456 |\n",
    );
    assert_eq!(names_and_addresses(&n)[1], ("岳阳楼区行政审批局", "岳阳市岳阳楼区中山大道661号市民服务中心11号窗口"));
    assert_eq!(n.records.len(), 3);
}

#[test]
fn a_rest_a_cell_short_with_its_phone_last_finishes_the_head_above() {
    // The record's rest printed a cell short, its first cell lost, its phone last: the head
    // row above (`乌尔 | …建设大道8`, no phone) is finished one column left below.
    let n = norm_rows(
        "| 31 | 新疆 | 吐鲁番市行政审批服务局 | 吐鲁番市鄯善县青年大道542号 | 0995-7304925 |\n\
         |  |  | 阿克苏地区外国专家局 | 阿克苏地区沙雅县朝阳南路260号 | 0997-2603910 |\n\
         |  |  | 乌尔 | 克拉玛依市乌尔禾区建设大道8 |  |\n\
         |  | 禾区科学技术局 | 54号综合办公楼505室 | 0990-4132556 |\n\
         |  |  | 喀什地区科学技术局 | 泽普县建设路280号 | 15530561334 |\n",
    );
    assert_eq!(
        names_and_addresses(&n),
        vec![
            ("吐鲁番市行政审批服务局", "吐鲁番市鄯善县青年大道542号"),
            ("阿克苏地区外国专家局", "阿克苏地区沙雅县朝阳南路260号"),
            ("乌尔禾区科学技术局", "克拉玛依市乌尔禾区建设大道854号综合办公楼505室"),
            ("喀什地区科学技术局", "泽普县建设路280号"),
        ]
    );
}

#[test]
fn a_first_row_shifted_left_a_cell_short_reads_one_column_right() {
    // The shifted first row lost its empty last cell too: still the heads of the rest below.
    let n = norm_rows(
        "| 31 | 新疆 | 乌鲁木齐市人力资源和社会保障局 | 水磨沟区世纪南路83号 | 0991-3660936 |\n\
         |  |  | 博尔塔拉蒙古自治州科学技术局 | 博尔塔拉蒙古自治州温泉县振兴路82号 | 0909-6847296 |\n\
         |  | 克拉 | 克拉玛依市克拉玛依区胜利西路 |  |\n\
         |  |  | 玛依市科学技术局(外国专家局) | 839号人才大厦6层 | 0990-7464970 |\n\
         |  |  | 巴音郭楞蒙古自治州行政审批服务局 | 巴音郭楞蒙古自治州轮台县兴业东路111号 | 0996-7405256 |\n",
    );
    assert_eq!(names_and_addresses(&n)[2], ("克拉玛依市科学技术局(外国专家局)", "克拉玛依市克拉玛依区胜利西路839号人才大厦6层"));
    assert_eq!(n.records.len(), 4);
}

#[test]
fn a_head_ending_a_page_reaches_its_rest_in_a_wider_table() {
    // The next page's table is a cell wider, its extra cell empty at the end of each row: the
    // rest heading it still finishes the head row that ended the page.
    let n = norm(
        "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
         | 3 | 辽宁 | 铁岭市外国专家局 | 昌图县长江北路24号政务服务中心 | 024-85055820 |\n\
         |  |  | 大石 | 营口市大石桥市胜利西路871号综 |  |\n\n\
         |  |  | 桥市科技局 | 合办公楼876室 | 0417-7680000 |  |\n\
         |---|---|---|---|---|---|\n\
         |  |  | 丹东市科学技术局 | 丹东市振兴区锦山大街1号 | 0415-2123456 |  |\n",
    );
    assert_eq!(
        names_and_addresses(&n),
        vec![
            ("铁岭市外国专家局", "昌图县长江北路24号政务服务中心"),
            ("大石桥市科技局", "营口市大石桥市胜利西路871号综合办公楼876室"),
            ("丹东市科学技术局", "丹东市振兴区锦山大街1号"),
        ]
    );
}

#[test]
fn a_head_ending_a_page_reaches_its_rest_past_the_header_the_next_page_prints_again() {
    // `西双版 | 西双版纳傣族自治州勐海县` ends a page; the next page prints the header again
    // (and once its second line), then the rest: one record.
    for header in
        ["| 序 号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n", "| 序号 | 省级 | 受理机构 | 地址 | 咨询 |\n| | 地区 | | | 电话 |\n"]
    {
        let n = norm(&format!(
            "| 序号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n\
             |---|---|---|---|---|\n\
             | 6 | 云 南 | 玉溪市人力资源和 社会保障局 | 玉溪市江川区解放路 766 号 | 0877-4459230 |\n\
             | | | 西双版 | 西双版纳傣族自治州勐海县 | |\n\
             \n\
             {header}\
             |---|---|---|---|---|\n\
             | | | 纳傣族自治州经济技术开发区人才服务中心 | 振兴东路102号人才大厦2层 | 0691 5698934 |\n\
             | | | 丽江市政务服务中 心 | 丽江市玉龙纳西族自治县科技南路844号 | 0888-7839445 |\n"
        ));
        assert_eq!(
            names_addresses_phone_counts(&n),
            [
                ("玉溪市人力资源和社会保障局", "玉溪市江川区解放路766号", 1),
                ("西双版纳傣族自治州经济技术开发区人才服务中心", "西双版纳傣族自治州勐海县振兴东路102号人才大厦2层", 1),
                ("丽江市政务服务中心", "丽江市玉龙纳西族自治县科技南路844号", 1),
            ],
            "{header}"
        );
    }
}

#[test]
fn a_window_below_a_body_dialling_a_mobile_tells_which_city_s_district_both_are_in() {
    // `鼓楼区` is a district of 南京 and of 徐州; the body above dials a mobile, the window
    // below 徐州's area code and names 徐州市鼓楼区: another window of the body above.
    // A window naming another district of that city is not.
    let n = norm_rows(
        "| 6 | 江苏 | 鼓楼区科技局 | 鼓楼区滨河南路 967 号政务服务中心 7 楼 32 号窗口 | 15329701218 |\n\
         | | | | 徐州市鼓楼区滨河东路419号 | 0516-50629875 |\n\
         | | | | 徐州市云龙区和平路18号 | 0516-83751234 |\n\
         | | | 清江浦区科技局 | 清江浦区解放西路 524 号 | 0517-74161686 |\n",
    );
    assert_eq!(
        names_and_addresses(&n),
        [
            ("鼓楼区科技局", "鼓楼区滨河南路967号政务服务中心7楼32号窗口"),
            ("鼓楼区科技局", "徐州市鼓楼区滨河东路419号"),
            ("", "徐州市云龙区和平路18号"),
            ("清江浦区科技局", "清江浦区解放西路524号"),
        ]
    );
}

#[test]
fn a_head_on_a_narrow_page_reaches_its_rest_on_a_page_printing_the_empty_leading_cells() {
    // A page of three cells a row (no 序号, no province) ends on a record's head; the next
    // page prints all five, the first two empty: the rest sits two cells right.
    let n = norm(
        "| 铜仁市科学技术局 (外国专家局) | 铜仁市德江县光明北路 513 号市民服务中心 32 号窗口 | 0856-8655013 |\n\
         |---|---|---|\n\
         | 安顺市外国专家局 | 安顺市紫云苗族布依族自治县青年南路 674 号综合办公楼 948 室 | 0851-2995857 |\n\
         | 6 | 湖北 | 湖北省外国专家局 | 武汉市黄陂区迎宾街 783 号 | 027-62928052 |\n\
         | 鄂城 | 鄂州市鄂城区科 | 0711-4545735 0711-4256715 |\n\
         \n\
         | | | 区行政审批局 | 技大道26号 | |\n\
         |---|---|---|---|---|\n\
         | | | 黄石市科学技术局 | 黄石市下陆区团城山街道杭州西路 1 号 | 0714-6351234 |\n",
    );
    assert_eq!(
        names_addresses_phone_counts(&n)[3..],
        [("鄂城区行政审批局", "鄂州市鄂城区科技大道26号", 2), ("黄石市科学技术局", "黄石市下陆区团城山街道杭州西路1号", 1)]
    );
}

#[test]
fn a_head_a_cell_short_heads_a_name_going_on_over_two_rows_in_place() {
    // The record's first row lost its first cell (its texts a column left, its phone
    // last); the name goes on over two rows printed in place: one record.
    let n = norm_rows(
        "| 4 | 海南 | 三亚市政务服务中心 | 崖州区学府东路 815 号 | 0898-47436866 |\n\
         | | | 海口市政务服务中 心 | 龙华区兴业北路 526 号政务服务中心 5 楼 20 号窗口 | 0898-34945533 |\n\
         | | 三沙市高新技术产 | 三沙市兴业大道265号综合办公楼 | 0898-29744116 |\n\
         | | | 业开发区管理委员 | 986室 | |\n\
         | | | 会 | | |\n\
         | | | 儋州市人力资源和社会保障局 | 儋州市光明路 572 号市民服务中心 13 号窗口 | 0898-89201362 |\n",
    );
    assert_eq!(
        names_addresses_phone_counts(&n)[2..],
        [
            ("三沙市高新技术产业开发区管理委员会", "三沙市兴业大道265号综合办公楼986室", 1),
            ("儋州市人力资源和社会保障局", "儋州市光明路572号市民服务中心13号窗口", 1),
        ]
    );
}

#[test]
fn a_head_ending_a_page_reaches_its_rest_past_a_line_of_noise_heading_the_next_page() {
    // The next page opens with a line of OCR noise read as its header (`| ii |`, `| : | | |`),
    // then the rest of the record the page break cut: one record.
    for noise in ["| ii |\n|---|---|---|\n", "| 一日 一日 日本 |\n|---|---|---|\n", "| : | | |\n|---|---|---|---|---|\n"] {
        let n = norm(&format!(
            "| 序号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n\
             |---|---|---|---|---|\n\
             | 5 | 新疆 | 乌尔禾区行政审批 局 | 乌尔禾区振兴路 651 号综合办公楼 907 室 | 0990-8385433 |\n\
             | | | 博尔 | 博尔塔拉蒙古自治州精河县中山大道11 | |\n\
             \n\
             {noise}\
             | | | 塔拉蒙古自治州外国专家局 | 7号综合办公楼707室 | 0909-6071867 |\n\
             | | | 阿克苏地区科学技 术局(外国专家局 ) | 阿克苏地区拜城县解放南路944号 | 0997-8310441 |\n"
        ));
        assert_eq!(
            names_addresses_phone_counts(&n)[1..],
            [
                ("博尔塔拉蒙古自治州外国专家局", "博尔塔拉蒙古自治州精河县中山大道117号综合办公楼707室", 1),
                ("阿克苏地区科学技术局(外国专家局)", "阿克苏地区拜城县解放南路944号", 1),
            ],
            "{noise}"
        );
    }
}

#[test]
fn a_head_wider_by_empty_cells_heads_a_name_going_on_over_two_rows() {
    // The record's first row printed with empty cells after its texts (wider than the
    // table), the phone on the second row, the name's last word on the third: one record.
    let n = norm_rows(
        "| 3 | 广 东 | 江门市经济技术开 发区人才服务中心 | 江门市恩平市解放街 840 号科技大厦 7 楼 723 室 | 0750-4734903 |\n\
         | | | 阳江市高新技术产 | 阳江市阳春市解放东路678号人才大厦3 | | | | |\n\
         | | | 业开发区管理委员 | 层 | 0662-7977 917 |\n\
         | | | 会 | | |\n\
         | | | 茂名市科学技术局 | 茂名市茂南区油城六路 1 号 | 0668-2123456 |\n",
    );
    assert_eq!(
        names_addresses_phone_counts(&n)[1..],
        [
            ("阳江市高新技术产业开发区管理委员会", "阳江市阳春市解放东路678号人才大厦3层", 1),
            ("茂名市科学技术局", "茂名市茂南区油城六路1号", 1),
        ]
    );
}

#[test]
fn a_head_wider_by_empty_cells_after_its_name_heads_a_name_going_on_over_two_rows() {
    // The record's first row printed with empty cells after the name or after the
    // address (wider than the table), the name's rest over two rows in place: one record.
    for head in [
        "| | | 长沙市高新技术产 | | 长沙市望城区人民东路114号科技大厦4 | 0731-70646073 |",
        "| | | 长沙市高新技术产 | | | | 长沙市望城区人民东路114号科技大厦4 | 0731-70646073 |",
        "| | | 长沙市高新技术产 | 长沙市望城区人民东路114号科技大厦4 | | 0731-70646073 |",
    ] {
        let n = norm_rows(&format!(
            "| 3 | 湖南 | 株洲市科学技术局 | 株洲市天元区长江南路 1 号 | 0731-28681234 |\n\
             {head}\n\
             | | | 业开发区管理委员 | 楼848室 | |\n\
             | | | 会 | | |\n\
             | | | 娄底市高新技术产业开发区管理委员会 | 娄底市涟源市长江街 501 号 | (0738)7290467 |\n"
        ));
        assert_eq!(
            names_addresses_phone_counts(&n)[1..],
            [
                ("长沙市高新技术产业开发区管理委员会", "长沙市望城区人民东路114号科技大厦4楼848室", 1),
                ("娄底市高新技术产业开发区管理委员会", "娄底市涟源市长江街501号", 1),
            ],
            "{head}"
        );
    }
}

#[test]
fn a_head_printed_a_cell_left_in_the_table_s_width_heads_a_name_going_on_over_two_rows() {
    // The record's first row printed a cell left, its last cell empty (the name's head
    // under the province, the phone under the address); the name's rest over two rows in
    // place: one record.
    let n = norm_rows(
        "| 5 | 广西 | 来宾市科学技术局 (外国专家局) | 武宣县和平大道775号 | 0772-2243419 |\n\
         | | 北海市高新技术产 | 铁山港区迎宾东路371号综合办公楼13 | 0779-8477207 | |\n\
         | | | 业开发区管理委员 | 1室 | |\n\
         | | | 会 | | |\n\
         | | | 钦州市科学技术局 | 钦州市钦南区永福西大街 1 号 | 0777-2821234 |\n",
    );
    assert_eq!(
        names_addresses_phone_counts(&n)[1..],
        [
            ("北海市高新技术产业开发区管理委员会", "铁山港区迎宾东路371号综合办公楼131室", 1),
            ("钦州市科学技术局", "钦州市钦南区永福西大街1号", 1),
        ]
    );
}

#[test]
fn a_head_of_short_texts_wider_by_an_empty_cell_at_its_end_is_read_by_its_rest() {
    // `太平` alone reads as nothing, `太平` + `区行政审批局` is a name: the head row on a page
    // printing name, address and phone, a stray empty cell at its end, still lines up with
    // the rest below.
    let n = norm(
        "| 序 号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
         | 2 | 辽宁 | 中山区人力资源和 社会保障局 | 中山区科技中路 945 号人才大厦 9 层 | 0411-59307507 |\n\n\
         | 铁岭市科学技术局 | 铁岭市银州区广裕街 38 号 | 024-72825830 |\n|---|---|---|\n\
         | 太平 | 阜新市太平区 | | |\n\
         | 区行政审批局 | 科技中路136号 | 15313938032 |\n\
         | 新抚区科技局 | 抚顺市新抚区世纪北路 450 号 | 024-71662359 |\n",
    );
    assert_eq!(
        names_addresses_phone_counts(&n)[2..],
        [("太平区行政审批局", "阜新市太平区科技中路136号", 1), ("新抚区科技局", "抚顺市新抚区世纪北路450号", 1)]
    );
}

#[test]
fn a_head_wider_by_empty_cells_after_its_name_is_read_by_its_rest() {
    // `邢台市` over `政务服务中心` is a name's head, not an address: the head row has two
    // empty cells too many after it, left out to line it up with its rest (in a table where
    // a row printed its address far right once).
    let n = norm(
        "| 序 号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
         | 1 | | 马鞍山市经济技术 开发区人才服务中 心 | | | | 当涂县中山北路765号科技大厦1楼65 0室 | 0555-7080065、8507836 |\n\
         | 2 | 河北 | 安国市行政审批局 | 保定市安国市光明东路 792 号 | 0312-8559560 |\n\
         | | | 邢台市 | | | 邢台市任 | 0319-4865166 |\n\
         | | | 政务服务中心 | 泽区文化大道543号 | |\n\
         | 3 | 山西 | 襄汾县科技局 | 襄汾县滨河北路 842 号 | 0357-7300803 |\n",
    );
    assert_eq!(
        names_addresses_phone_counts(&n)[2..],
        [("邢台市政务服务中心", "邢台市任泽区文化大道543号", 1), ("襄汾县科技局", "襄汾县滨河北路842号", 1)]
    );
}

#[test]
fn rows_of_other_widths_are_matched_cell_by_cell_only_where_they_line_up() {
    // A row opening with its 序号 over a narrower page's first row, and a head shifted a
    // cell left over its rest in place, or over a rest a cell short (its phone under the
    // head's address): no cell is read with the one below it in the same index.
    let n = norm(
        "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
         | 12 | 上海 | 上海市外国专家局 | 长宁区中山东路 593 号综合办公楼 353 室 | 021-60916998 |\n\
         | 13 | | 上海市行政审批服 | 嘉定区中山路21 | |\n\n\
         | 务局 | 9号人才大厦2层 | 021-64251354 |\n\
         |---|---|---|\n\
         | 14 甘 肃 | 酒泉市外国专家局 | 酒泉市肃州区科技东路 501 号 | 0937-4016400 |\n",
    );
    assert_eq!(
        names_and_addresses(&n),
        [
            ("上海市外国专家局", "长宁区中山东路593号综合办公楼353室"),
            ("上海市行政审批服务局", "嘉定区中山路219号人才大厦2层"),
            ("酒泉市外国专家局", "酒泉市肃州区科技东路501号"),
        ]
    );
    let n = norm_rows(
        "| 1 | 辽宁 | 营口市行政审批服 务局 | 营口市西市区兴业南路 529 号 | 0417-7573829 |\n\
         | | 盘锦市行政审 | 盘锦市大洼 | 0427-6249612 |\n\
         | | | 批服务局 | 区文化西路712号行政服务中心6楼 | |\n\
         | 2 | 湖南 | 湖南省科学技术厅 | 长沙市浏阳市兴业北路287号 | 0731-33572491 |\n",
    );
    assert_eq!(names_and_addresses(&n)[1], ("盘锦市行政审批服务局", "盘锦市大洼区文化西路712号行政服务中心6楼"));
    let n = norm(
        "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
         | 6 | 西 藏 | 革吉县行政审批局 | 阿里地区革吉县和平南路 621 号 | 0897-4018758 |\n\
         | | 自 治 区 | 琼结县 | 山南市琼结县中山 | |\n\n\
         | | 科技局 | 街987号人才大厦6层 | 15642926889 |\n\
         |---|---|---|---|\n\
         | | | 那曲市科学技术局 | 那曲市色尼区科技东路 585 号 | 0896-4497991 |\n",
    );
    assert_eq!(names_and_addresses(&n)[1], ("琼结县科技局", "山南市琼结县中山街987号人才大厦6层"));
    // A head a cell left and wider by empty cells before its phone, over its rest in place.
    let n = norm_rows(
        "| 3 | 辽宁 | 太子河区科学技术 局 | 太子河区新华南路 194 号人才大厦 3 层 | 19173622184 |\n\
         | | 双台子区科 | 盘锦市双台子区科技 | | | | (0427)6064330 |\n\
         | | | 技局 | 西路127号人才大厦2层 | |\n\
         | 4 | 上 海 | 上海市科学技术厅 (外国专家局) | 长宁区团结中路828号 | 021-76711739 |\n",
    );
    assert_eq!(names_and_addresses(&n)[1], ("双台子区科技局", "盘锦市双台子区科技西路127号人才大厦2层"));
    // A row opening with its 序号 over rests printing none of its empty cells.
    let n = norm_rows(
        "| 26 | | 七台河市人力资源 | 新兴区兴业北路225号市民服务中心29 | 0464-3343163;0464-5005884 |\n\
         | 和社会保障局 | 号窗口 | |\n\
         | 27 | | 鹤岗市行政审 | 鹤岗市兴山区迎宾 | 0468-5313062(工作日) |\n\
         | 批服务局 | 东路204号综合办公楼180室 | | |\n\
         | 28 | | 伊春市科学技术局 (外国专家局) | 伊春市嘉荫县朝阳大道 877 号 | 0458-5352428 |\n",
    );
    assert_eq!(names_and_addresses(&n)[1], ("鹤岗市行政审批服务局", "鹤岗市兴山区迎宾东路204号综合办公楼180室"));
}

#[test]
fn a_head_on_a_narrow_page_wider_by_an_empty_cell_before_its_phone_reaches_its_rest() {
    // A page printing name, address and phone; the head row has an empty cell before its
    // phone, its rest below none: `海勃` is scored with `湾区行政审批局` below it, and the
    // rest finishes the head, not the record above.
    let n = norm(
        "| 序 号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
         | | | 焦作市外国专家局 | 焦作市武陟县兴业北路 98 号综合办公楼 502 室 | 0391-8313755 |\n\n\
         | | 焦作市武陟县胜利路 980 号综合办公 楼 142 室 | 0391 3799002 |\n|---|---|---|\n\
         | 4 | 内 蒙 古 | 巴彦淖尔市政务服 务中心 | 巴彦淖尔市磴口县人民南路 142 号 | 0478-4808954 (工作日内回复) |\n\
         | 海勃 | 乌海市海勃湾区 |  | 0473 8040719 |\n\
         | 湾区行政审批局 | 青年路432号 |  |\n\
         | 乌兰察布市人力资源和社会保障局 | 乌兰察布市集宁区滨河西路982号 | 0474-7834746 |\n",
    );
    assert_eq!(
        names_and_addresses(&n)[2..],
        [
            ("巴彦淖尔市政务服务中心", "巴彦淖尔市磴口县人民南路142号"),
            ("海勃湾区行政审批局", "乌海市海勃湾区青年路432号"),
            ("乌兰察布市人力资源和社会保障局", "乌兰察布市集宁区滨河西路982号"),
        ]
    );
}

#[test]
fn a_name_over_three_rows_whose_middle_row_is_wider_stays_one() {
    // The middle row of a record over three, wider than the rows around it (its phone
    // pushed right by empty cells), heads nothing: its narrower row above lines up with it.
    // So across a page break, past the header the page printed again, the middle row with
    // an empty cell before its address rest.
    let n = norm_rows(
        "| 2 | | 哈巴河县科学技术局 | 阿勒泰地区哈巴河县迎宾街 984 号 | 0906-2582017 |\n\
         | | | 博尔塔拉蒙古自治 | 博尔塔拉蒙古自治州精河县兴业西路72号 | |\n\
         | | | 州人力资源和社会 | | | | 0909-8464609、3297279 |\n\
         | | | 保障局 | | |\n\
         | | | 皮山县科学技术局 | 和田地区皮山县人民东路 337 号 | 0903-7064131 |\n",
    );
    assert_eq!(
        names_addresses_phone_counts(&n)[1..],
        [
            ("博尔塔拉蒙古自治州人力资源和社会保障局", "博尔塔拉蒙古自治州精河县兴业西路72号", 2),
            ("皮山县科学技术局", "和田地区皮山县人民东路337号", 1),
        ]
    );
    let n = norm(
        "| 序 号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
         | 7 | 西藏 | 林芝市外国专家局 | 林芝市墨脱县人民东路 992 号 | (0894)8277995 |\n\
         | | | 日喀则市高新技术 | 日喀则市萨迦县滨河西路668号综合办公 | |\n\n\
         | 序 号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
         | | | 产业开发区管理委 | | 楼747室 | 15294337697 (工作日内回复) |\n\
         | | | 员会 | | |\n\
         | | | 阿里地区经济技术开发区人才服务中心 | 阿里地区噶尔县滨河大道 821 号 | 0897-7478509 |\n",
    );
    assert_eq!(
        names_and_addresses(&n)[1..],
        [
            ("日喀则市高新技术产业开发区管理委员会", "日喀则市萨迦县滨河西路668号综合办公楼747室"),
            ("阿里地区经济技术开发区人才服务中心", "阿里地区噶尔县滨河大道821号"),
        ]
    );
    // The head a cell short and opening a cell left of the middle row, a page break and
    // the header between.
    let n = norm(
        "| 序 号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
         | 9 | 新疆 | 博尔塔拉蒙古自治州科学技术局 | 博尔塔拉蒙古自治州阿拉山口市科技中路 378 号 | 0909-8684316 |\n\
         | | 阿勒泰地区科学技 | 阿勒泰地区阿勒泰市兴业南路563号 | |\n\n\
         | 序 号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
         | | | 术局(外国专家局 | | 联系电话: 0906-5659300 |\n\
         | | | ) | | |\n\
         | | | 阿克苏地区行政审批服务局 | 阿克苏地区阿瓦提县光明东路 782 号 | (0997)8231475 |\n",
    );
    assert_eq!(
        names_and_addresses(&n)[1..],
        [
            ("阿勒泰地区科学技术局(外国专家局)", "阿勒泰地区阿勒泰市兴业南路563号"),
            ("阿克苏地区行政审批服务局", "阿克苏地区阿瓦提县光明东路782号"),
        ]
    );
}

#[test]
fn a_head_reaches_its_rest_on_a_row_wider_by_empty_cells_after_its_name() {
    // `城东` over `区行政审批局`, the rest's address two cells right of its column.
    let n = norm_rows(
        "| 7 | 青海 | 玉树藏族自治州科 学技术局(外国专 家局) | 杂多县新华大道497号综合办公楼421 室 | 0976-7084242 |\n\
         | | | 城东 | 西宁市城东区迎宾大 | |\n\
         | | | 区行政审批局 | | | 道597号 | 联系电话: 0971-8875601、4098589 |\n\
         | | | 共和县科学技术局 | 海南藏族自治州共和县振兴街 970 号 | 0974-3951350 |\n",
    );
    assert_eq!(
        names_addresses_phone_counts(&n)[1..],
        [("城东区行政审批局", "西宁市城东区迎宾大道597号", 2), ("共和县科学技术局", "海南藏族自治州共和县振兴街970号", 1)]
    );
}

#[test]
fn the_middle_row_of_a_name_over_three_past_a_page_break_heads_nothing() {
    // The record's rows: its head ending a page, the middle row opening the next page (a
    // wider table, or past a line of OCR noise read as its header), the name's end below.
    for (head, page) in [
        (
            "| | | 绍兴市高新技术产 | 绍兴市越城区青年西路390号行政服务中 | (0575)31168057 |",
            "| | | 业开发区管理委员 | 心1楼 | | | | |\n|---|---|---|---|---|---|---|---|\n| | | 会 | | | | | |\n\
             | | | 龙游县科学技术局 | 衢州市龙游县团结街21号 | | | | 0570-5767859 |\n",
        ),
        (
            "| | | 绍兴市高新技术产 | 绍兴市越城区青年西路390号行政服务中 | | | | (0575)31168057 |",
            "| : | | |\n|---|---|---|\n| | | 业开发区管理委员 | 心1楼 | |\n| | | 会 | | |\n\
             | | | 龙游县科学技术局 | 衢州市龙游县团结街21号 | 0570-5767859 |\n",
        ),
    ] {
        let n = norm(&format!(
            "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
             | 5 | 浙江 | 舟山市人力资源和 社会保障局 | 舟山市嵊泗县振兴东路 689 号 | 0580-3434313 |\n\
             {head}\n\n{page}"
        ));
        assert_eq!(
            names_and_addresses(&n)[1..],
            [
                ("绍兴市高新技术产业开发区管理委员会", "绍兴市越城区青年西路390号行政服务中心1楼"),
                ("龙游县科学技术局", "衢州市龙游县团结街21号"),
            ],
            "{head}"
        );
    }
}

#[test]
fn a_head_ending_a_page_reaches_its_rest_on_a_page_leaving_out_the_empty_leading_cells() {
    // `永定` over `区科技局` across a page break, the next page printing no 序号 and no
    // province column: one record.
    let n = norm(
        "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
         | 4 | 福建 | 浦城县行政审批局 | 浦城县中山西路 288 号市民服务中心 13 号窗口 | 0599-3816588(两证联办) |\n\
         | | | 永定 | 龙岩市永定区胜利中路4 | |\n\n\
         | 区科技局 | 46号 | 0597 2647416 |\n|---|---|---|\n\
         | 三明市行政审批服务局 | 三明市尤溪县和平路 967 号 | 0598-3804756 |\n",
    );
    assert_eq!(
        names_and_addresses(&n),
        [
            ("浦城县行政审批局", "浦城县中山西路288号市民服务中心13号窗口"),
            ("永定区科技局", "龙岩市永定区胜利中路446号"),
            ("三明市行政审批服务局", "三明市尤溪县和平路967号"),
        ]
    );
}

#[test]
fn a_head_a_cell_left_and_wider_heads_a_name_going_on_past_a_page_break() {
    // The head a cell left and wider by empty cells after its name, the name's middle below
    // in place, its end opening the next page (no 序号 and province columns there): one
    // record; the middle row heads nothing.
    let n = norm(
        "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
         | 3 | 甘肃 | 镇原县行政审批局 | 庆阳市镇原县团结街130号人才大厦8层 | 0934-5086408(工作日) |\n\
         | | | 兰州市科学技术局 | 兰州市城关区和平东路 778 号行政服务中心 9 楼 | 0931-2281487 |\n\
         | | 甘南藏族自治州科 | | | 临潭县科技北路262号政务服务中心5楼 | 13931496342 |\n\
         | | | 学技术局(外国专 | 33号窗口 | |\n\n\
         | 序 号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
         | 家局) | | |\n\
         | | 甘南藏族自治州临潭县中山西路 278 号科技大厦 8 楼 122 室 | 0941-3839883 |\n",
    );
    assert_eq!(
        names_and_addresses(&n)[2..],
        [
            ("甘南藏族自治州科学技术局(外国专家局)", "临潭县科技北路262号政务服务中心5楼33号窗口"),
            ("甘南藏族自治州科学技术局(外国专家局)", "甘南藏族自治州临潭县中山西路278号科技大厦8楼122室"),
        ]
    );
}

#[test]
fn a_provinces_rest_in_its_own_column_does_not_head_the_name_beside_it() {
    // `自 治 区` (the rest of `广西壮族`) in a row wider than the page's others, before a
    // name that opens with its own city: the province's, not the name's head.
    let n = norm(
        "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
         | 4 | 陕 西 | 安康市行政审批服 务局 | 安康市汉滨区学府大道 636 号综合办 公楼 188 室 | 0915-4817943 |\n\n\
         | 铜川市政务服务中心 | 宜君县解放北路260号人才大厦7层 | 0919-4678996 |\n|---|---|---|\n\
         | 汉中市科学技术局 | 镇巴县人民大道 68 号综合办公楼 355 室 | 0916-4331728 |\n\
         | 5 | 广西壮族 | 桂林市政务服务中 心 | 桂林市叠彩区振兴街 985 号行政服务 中心 1 楼 | 0773-8691080 |\n\
         |  | 自 治 区 | 北海市科学技术局 | 海城区团结东路68号行政服务中心4楼 | 0779-3857394 |\n\
         | (外国专家局) |  |  |\n\
         | 南宁市科学技术局 | 南宁市马山县世纪东路 388 号人才大厦 9 层 | 0771-8746631 |\n",
    );
    assert_eq!(
        province_name_address(&n)[3..],
        [
            ("广西壮族自治区", "桂林市政务服务中心", "桂林市叠彩区振兴街985号行政服务中心1楼"),
            ("广西壮族自治区", "北海市科学技术局(外国专家局)", "海城区团结东路68号行政服务中心4楼"),
            ("广西壮族自治区", "南宁市科学技术局", "南宁市马山县世纪东路388号人才大厦9层"),
        ]
    );
}

#[test]
fn a_names_one_character_rest_under_a_narrower_row_goes_on_the_name() {
    // `心` under `吴忠市政务服务中`, on a row of the page's width (no 序号 and province
    // columns) below a head printing them: the name's ending, read by the column the rows
    // of that width hold the name in.
    let n = norm(
        "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
         | 5 | 山东 | 烟台市科学技术局 | 烟台市莱山区港城东大街 1 号 | 0535-6789012 |\n\n\
         | 威海市行政审批服 务局 | 威海市文登区朝阳路567号政务服务中心 7楼39号窗口 | 0631-3203250 |\n|---|---|---|\n\
         | 6 | 宁夏回族 | 石嘴山市行政审批服务局 | 石嘴山市惠农区团结北路 212 号科技 大厦 7 楼 466 室 | 0952-4931975 |\n\
         |  | 自 治 区 | 吴忠市政务服务中 | 吴忠市利通区青年北路517号市民服务中 | 0953-2591008 |\n\
         | 心 | 心28号窗口 |  |\n\
         | 兴庆区行政审批局 | 银川市兴庆区文化街 401 号科技大厦  2 楼 784 室 | 0951-4273885 |\n\
         | 中卫市外国专家局 | 中卫市中宁县兴业大道110号行政服务中 心9楼 | 0955-2261743 |\n",
    );
    assert_eq!(names_and_addresses(&n)[3], ("吴忠市政务服务中心", "吴忠市利通区青年北路517号市民服务中心28号窗口"));
    assert_eq!(n.records.len(), 6);
}

#[test]
fn a_rest_alone_on_its_row_reads_as_the_head_above_it_printed_off_the_columns() {
    // The head printed a cell left of the page's columns, its name's rest below in the same
    // place, as wide: the name's, not the address's (the column the page's widest rows,
    // one cell wider, would give it).
    let n = norm(
        "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
         | 1 | 河北 | 承德市科学技术局 | 承德市双桥区滨河街 558 号 | 0314-7627585 |\n\
         |  |  | 衡水市经济技术开 发区人才服务中心 | 衡水市武邑县迎宾西路 723 号 | 0318-4682963 |\n\
         |  | 沧州市科学技术局 | 肃宁县人民路762号 | 0317–4308045 |\n\
         |  | (外国专家局) |  |  |\n\
         |  |  | 清河县人力资源和社会保障局 | 邢台市清河县青年西路 453 号行政服务中心 4 楼 | (0319)3406965 |\n\
         |  |  |  | 邢台市清河县中山大道975号政务服务中 心9楼9号窗口 | 0319 7571900 | |\n",
    );
    assert_eq!(names_and_addresses(&n)[2], ("沧州市科学技术局(外国专家局)", "肃宁县人民路762号"));
}

#[test]
fn an_address_rest_on_a_row_with_stray_empty_cells_lines_up_with_the_row_above() {
    // `窗口` on the rest row, pushed a column right by an empty cell after the name's rest
    // (`| | | 务局 | | 窗口 | |`), or printed with empty cells after it in a page of narrower
    // rows (`| 务局 | 窗口 | | | | |`): the address's rest, by the column of the row above it
    // lines up with.
    let shifted = norm(
        "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
         | 7 | 安徽 | 黄山市行政审批服 务局 | 黄山市徽州区新华东路 494 号人才大厦 8 层 | 0559-3659509 |\n\
         |  |  | 全椒县科技局 | 滁州市全椒县胜利东路215号 | 0550 8760962 |\n\
         |  |  | 安庆市行政审批服 | 潜山市科技街902号市民服务中心34号 | 0556-2892027 |\n\
         |  |  | 务局 |  | 窗口 |  |\n\
         |  |  | 马鞍山市行政审批 服务局 | 马鞍山市雨山区科技大道 29 号综合办 公楼 856 室 | 0555-8790087 |\n",
    );
    assert_eq!(names_and_addresses(&shifted)[2], ("安庆市行政审批服务局", "潜山市科技街902号市民服务中心34号窗口"));
    let padded = norm(
        "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
         | 5 | 广东 | 广州市科学技术局 | 广州市天河区天河路 1 号 | 020-88881234 |\n\n\
         | 中山市外国专家局 | 青年南路 794 号 | 15142576887 |\n|---|---|---|\n\
         | 三水区人力资源和 社会保障局 | 佛山市三水区学府街 491 号综合办公 楼 279 室 | 0757-66228620 |\n\
         | 茂名市行政审批服 | 信宜市解放北路990号市民服务中心5号 | 0668-3651 179 |\n\
         | 务局 | 窗口 |  |  |  |  |\n\
         | 清远市行政审批服 务局 | 清远市英德市朝阳南路 762 号 | 0763-8643 664 |\n\
         | 6 | 甘肃 | 平凉市经济技术开发区人才服务中心 | 平凉市崆峒区团结南路112号政务服务中 心5楼30号窗口 | 0933-6475479 |\n",
    );
    assert_eq!(names_and_addresses(&padded)[3], ("茂名市行政审批服务局", "信宜市解放北路990号市民服务中心5号窗口"));
}

#[test]
fn a_numbered_stray_text_under_the_name_column_joins_no_name_above() {
    // `11. 公 体件户` on the address's rest row, in the name column of a page whose rows
    // disagree on their columns: OCR's text, left out, though the name above lacks an
    // ending (`…保障局二`), its phone read or damaged.
    for phone in ["0872-2123387", "8. 72E+09"] {
        let n = norm(&format!(
            "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
             | | | 昭通市人力资源和 社会保障局 | 昭通市昭阳区崇义街 30 号 | 0870-2127725 |\n\
             | | | 曲靖市人力资源和 | 曲靖市麒麟区文昌街市政府大院 | 0874-3139575 |\n\n\
             | 社会保障局 | | |\n|--------------------|---|--------------|\n\
             | 玉溪市人力资源和 社会保障局 | 玉溪市红塔区南祥路 10 号 405 室 | 0877-2015677 |\n\
             | 大理州人力资源和 社会保障局二 | 大理市州级龙山 | {phone} |\n\
             | 11. 公 体件户 | 行政办公区 | |\n\
             | 德宏州人力资源和 社会保障局四 | 芒市胞波路 60 号 | 0692-2120399 |\n"
        ));
        assert_eq!(names_and_addresses(&n)[3], ("大理州人力资源和社会保障局二", "大理市州级龙山行政办公区"), "{phone}");
    }
    // (Read as noise in its row, under a table opening with a garbled caption row.)
    let n = norm(
        "| | | 全国外 | 国人来华工作许可受理点地址及对外咨询电记 | 舌 | |\n|-----|------|--|---|---|---|\n\
         | 普洱人力资源和社 会保障局七 | 普洱市月光路1号市人社局2楼 | 0879-2124226 |\n\
         | 西双纳州人力资源 和社会保障局四 | 景洪市易武路 17 号 | 0691-2147959 |\n\
         | 大理州人力资源和 社会保障局二 | 大理市州级龙山 | 8. 72E+09 |\n\
         | 11. 公 体件户 | 行政办公区 | |\n\
         | 德宏州人力资源和 社会保障局四 | 芒市胞波路 60 号 | 0692-2120399 |\n",
    );
    let dali = names_and_addresses(&n).into_iter().find(|(name, _)| name.starts_with("大理"));
    assert_eq!(dali, Some(("大理州人力资源和社会保障局二", "大理市州级龙山行政办公区")));
}

#[test]
fn a_head_a_cell_left_reaches_a_rest_whose_place_is_a_words_end() {
    // `松原市人力` + `资源和社会保障局`: the rest opens with 资源 (a county's short name),
    // but the cut falls inside 人力资源; the head printed a cell left is the name's head.
    let n = norm(
        "| 序 号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
         | 1 | 吉林 | 通化市人力资源和 社会保障局 | 通化市柳河县解放大道321号科技大厦8 楼763室 | 0435 7142978 |\n\
         |  |  | 辽源市外国专家局 | 辽源市西安区学府北路230号科技大厦2 楼521室 | 0437-7381090 |\n\
         |  | 松原市人力 | 松原市前郭尔罗斯蒙古 |  |  |\n\
         |  |  | 资源和社会保障局 | 族自治县文化路755号 | 0438 5730584 |\n\
         |  |  | 四平市科学技术局 (外国专家局) | 四平市双辽市科技大道 26 号 | 0434-2740785 |\n",
    );
    assert_eq!(
        names_and_addresses(&n)[2..],
        [
            ("松原市人力资源和社会保障局", "松原市前郭尔罗斯蒙古族自治县文化路755号"),
            ("四平市科学技术局(外国专家局)", "四平市双辽市科技大道26号"),
        ]
    );
}

#[test]
fn a_name_cut_inside_kaifaqu_heads_its_rest_printed_a_cell_left() {
    // `汉中市经济技术开` + `发区人才服务中心`, the rest printed a cell left: one record.
    let n = norm(
        "| 序 号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
         | 1 |  | 宝鸡市科学技术局 | 宝鸡市岐山县中山南路777号科技大厦4 楼795室 | 0917-2508605 |\n\
         |  |  | 汉中市经济技术开 | 汉中市西乡县 | 0916-8438322/3838548 |\n\
         |  | 发区人才服务中心 | 青年街500号 |  |  |\n\
         |  |  | 西安市科学技术局 | 西安市碑林区中山东路 105 号 | 029-48790867 |\n",
    );
    assert_eq!(
        names_and_addresses(&n),
        [
            ("宝鸡市科学技术局", "宝鸡市岐山县中山南路777号科技大厦4楼795室"),
            ("汉中市经济技术开发区人才服务中心", "汉中市西乡县青年街500号"),
            ("西安市科学技术局", "西安市碑林区中山东路105号"),
        ]
    );
}

#[test]
fn an_empty_name_cell_is_decided_again_once_a_cut_phone_is_whole() {
    // The window below `和平区科技局` (a section printing no province) dials `022-62` +
    // `623040`: 天津's 和平区, the same as the name above's, not 沈阳's.
    let n = norm(
        "| 序 号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
         | 2 | 江西 | 珠山区科技局 | 珠山区世纪大道 812 号科技大厦 4  楼 380 室 | 0798-5180003 |\n\
         | 3 |  | 和平区科技局 | 和平区振兴街957号科技大厦1楼298室 | 022-69138588(工作日) |\n\
         |  |  |  | 和平区科技西路 22 号市民服务中心  6 号窗口 | 022-62 |\n\
         |  |  |  |  | 623040 |\n\
         | 4 | 湖南 | 衡阳市政务服务中 心 | 雁峰区滨河中路 308 号 | 0734-8584866 |\n",
    );
    assert_eq!(names_and_phones(&n)[1..3], [("和平区科技局", "022-69138588".to_string()), ("和平区科技局", "022-62623040".to_string())]);
}

#[test]
fn a_names_middle_on_a_row_a_cell_short_goes_on_the_name() {
    // `七台河市经济技术` / `开发区人才服务中` (a cell short, a cell left) / `心`: the name over
    // three rows, its middle no address's rest (the table's widest rows wider still).
    let n = norm(
        "| 序号 | 省份 | 受理窗口 | 地 址 | 电 话 |\n|---|---|---|---|---|\n\
         | 8 | 辽宁 | 铁岭市科学技术局 | 铁岭市铁岭县人民东路 370 号 | 024-48182043 |  |  |  |\n\
         | 9 |  |  | 铁岭市铁岭县学府街 678 号行政服务 中心 1 楼 | 024-36839792 |\n\
         | 10 | 黑龙江 | 宾县人力资源和社 会保障局 | 宾县朝阳街 360 号市民服务中心 18 号窗口 | 0451-77507340 |\n\
         | 11 |  | 七台河市经济技术 | 七台河市新兴区团结西路616号 | 0464-6116160 |\n\
         |  | 开发区人才服务中 |  |  |\n\
         |  |  | 心 |  |  |\n\
         | 12 |  | 大庆市科学技术局 (外国专家局) | 大庆市让胡路区振兴大道 969 号 | 0459-8063709 |\n",
    );
    assert_eq!(names_and_addresses(&n)[3], ("七台河市经济技术开发区人才服务中心", "七台河市新兴区团结西路616号"));
}

#[test]
fn a_name_over_three_rows_and_a_page_break_is_one_name() {
    // `克孜勒苏柯尔克孜` / `自治州高新技术产` (read as an address alone by the place it opens
    // with, on a page whose rows disagree on their width) / page, no 序号 and province
    // columns / `业开发区管理委员` / `会`: one name, the place's name running across a cut.
    let n = norm(
        "| 序 号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
         | 4 | 江苏 | 润州区行政审批局 | 镇江市润州区科技中路 818 号 | 0511-53077741 |  |  |\n\
         |  |  | 淮安市行政审批服 务局 | 淮安市淮安区中山东路 126 号市民服 务中心 31 号窗口 | 0517-36441925 |\n\
         | 5 | 新疆维吾尔 | 乌尔禾区人力资源 和社会保障局 | 克拉玛依市乌尔禾区团结北路600号综合 办公楼851室 | 0990-8117725 |\n\
         |  | 自 治 区 | 阿勒泰地区政务服 务中心 | 阿勒泰地区福海县滨河西路 216 号 | 0906 7908148 |\n\
         |  |  | 克孜勒苏柯尔克孜 | 乌恰县胜利中路458号行政服务中心3楼 | 0908-5813207 |\n\
         |  |  | 自治州高新技术产 |  |  |\n\n\
         | 业开发区管理委员 |  |  |\n|---|---|---|\n\
         | 会 |  |  |\n\
         | 乌鲁木齐市高新技 术产业开发区管理 委员会 | 天山区文化西路 836 号人才大厦 7 层 | 0991 2680588 |\n",
    );
    assert_eq!(
        names_and_addresses(&n)[4..],
        [
            ("克孜勒苏柯尔克孜自治州高新技术产业开发区管理委员会", "乌恰县胜利中路458号行政服务中心3楼"),
            ("乌鲁木齐市高新技术产业开发区管理委员会", "天山区文化西路836号人才大厦7层"),
        ]
    );
}

#[test]
fn a_names_last_character_lines_up_with_a_row_above_wider_by_an_empty_cell() {
    // `心` under `南昌市政务服务中`, the row above wider by an empty cell at its end, on a
    // page whose rows disagree on their width: the name's ending.
    let n = norm(
        "| 序号 | 省份 | 受理窗口 | 地 址 | 电 话 |\n|---|---|---|---|---|\n\
         | 贸易试验区九江片区管理委员会 | 97室 |  |  |\n\
         | 会昌县人力资源和 社会保障局 | 赣州市会昌县朝阳东路 506 号 | 0797-7192958 |\n\
         | 南昌市政务服务中 | 南昌市青云谱区文化大道879号政务服务 | 0791-56869933(工作日) |  |\n\
         | 心 | 中心5楼17号窗口 |  |\n",
    );
    let nanchang = names_and_addresses(&n).into_iter().find(|(name, _)| name.starts_with("南昌"));
    assert_eq!(nanchang, Some(("南昌市政务服务中心", "南昌市青云谱区文化大道879号政务服务中心5楼17号窗口")));
}

#[test]
fn a_provinces_rest_does_not_head_the_names_rest_below_it() {
    // `自 治 区` (the rest of `内 蒙 古`) over `务局`, the name's rest printed a cell left:
    // `包头市行政审批服` + `务局`, the province's cell no name's head.
    let n = norm(
        "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
         | 15 | 辽宁 | 丹东市行政审批服 务局 | 丹东市元宝区长江南路 563 号 | 0415–8452896 |\n\
         | 16 | 内 蒙 古 | 呼和浩特市人力资 源和社会保障局 | 呼和浩特市赛罕区朝阳大道427号 | 0471-5478053 0471-3953850 |\n\
         | 17 | 自 治 区 | 包头市行政审批服 | 九原区新华大道307号行政服务中心7楼 | 0472 6746978 |\n\
         |  | 务局 |  |  |  |\n\
         | 18 |  | 锡林郭勒盟人力资 源和社会保障局 | 阿巴嘎旗科技大道 340 号科技大厦  8 楼 703 室 | (0479)2485441 |\n",
    );
    assert_eq!(province_name_address(&n)[2], ("内蒙古自治区", "包头市行政审批服务局", "九原区新华大道307号行政服务中心7楼"));
}

#[test]
fn a_head_reaches_its_rest_on_a_page_printing_the_left_out_cells_at_the_end() {
    // `朝阳` (a city's short name, the 序号 and province cells empty before it) / page /
    // `| 市政务服务中心 | …33号窗口 | 0421-… | | |`: the next page leaves out the leading
    // columns and prints as many empty cells at the end.
    let n = norm(
        "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
         | 2 | 辽宁 | 中国(辽宁)自由 贸易试验区沈阳片 区管理委员会 | 沈阳市铁西区和平路 162 号综合办公 楼 205 室 | 024-74908442 |\n\
         |  |  | 南票区科学技术局 | 葫芦岛市南票区科技东路 903 号政务服务中心 8 楼 31 号窗口 | 0429-4364206 |\n\
         |  |  | 朝阳 | 朝阳市凌源市青年东路87号 |  |\n\n\
         | 市政务服务中心 | 市民服务中心33号窗口 | 0421-5330247、6142885 |  |  |\n|---|---|---|---|---|\n\
         | 中山区人力资源和 社会保障局 | 中山区兴业南路743号 | (0411)88310363 |  |  |\n",
    );
    assert_eq!(
        names_and_phones(&n)[2..],
        [("朝阳市政务服务中心", "0421-5330247;0421-6142885".to_string()), ("中山区人力资源和社会保障局", "0411-88310363".to_string())]
    );
}

#[test]
fn a_head_a_cell_left_over_its_rest_with_empty_columns_before_the_phone() {
    // `| | 嘉峪关市行政审 | 嘉峪关市光明 | | | | |` over `| | | 批服务局 | 南路572号 | | |
    // 0937-… |`: the table prints empty columns between the address's and the phone's.
    let n = norm(
        "| 序号 | 省份 | 受理机构 | 地址 | | | 咨询电话 |\n|---|---|---|---|---|---|---|\n\
         | 4 | 甘肃 | 平凉市行政审批服 务局 | 平凉市庄浪县中山北路28号 |  |  | 0933-7695621/3839448 |\n\
         |  |  | 兰州市政务服务中 心 | 兰州市七里河区振兴北路 301 号科技 大厦 7 楼 843 室 |  |  | 0931-5701106 |\n\
         |  | 嘉峪关市行政审 | 嘉峪关市光明 |  |  |  |  |\n\
         |  |  | 批服务局 | 南路572号 |  |  | 0937-4812428 |\n\
         |  |  |  | 嘉峪关市世纪北路 947 号 |  |  | 0937-3469491 |\n\
         |  |  | 庆阳市政务服务中 心 | 庆阳市环县建设西路454号行政服务中心 8楼 |  |  | 0934-6127890 |\n",
    );
    assert_eq!(
        names_and_addresses(&n)[2..4],
        [("嘉峪关市行政审批服务局", "嘉峪关市光明南路572号"), ("嘉峪关市行政审批服务局", "嘉峪关市世纪北路947号")]
    );
}

#[test]
fn a_head_a_cell_left_reaches_its_rest_on_the_next_page_leaving_out_the_leading_columns() {
    // `| | 贵阳市行政审批 | 贵阳市开阳县迎宾 | | |` / page / `| 服务局 | 西路371号… | … |`, the
    // next page printing no 序号 and province columns (and, the second time, as many empty
    // cells at its end; the third, no province column only): one record, the head's cells
    // read a column right.
    for (lead, end) in [("", ""), ("", " |  |  |"), (" |", " |  |  |  |  |")] {
        let n = norm(&format!(
            "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
             | 4 | 贵 州 | 贵州省外国专家局 | 白云区新华大道 152 号人才大厦 1  层 | 0851-2392042/7610995 |\n\
             |  |  |  | 安顺市紫云苗族布依族自治县科技大道 9 97 号综合办公楼 266 室 | 0851-3559291 |\n\
             |  | 贵阳市行政审批 | 贵阳市开阳县迎宾 |  |  |\n\n第 1 页\n\n\
             |{lead} 服务局 | 西路371号人才大厦3层 | 联系电话: 0851-6728149 |{end}\n|---|---|---|\n\
             |{lead} 遵义市科学技术局 | 遵义市汇川区人民路 1 号 | 0851-28221234 |{end}\n"
        ));
        assert_eq!(
            names_and_addresses(&n)[2..],
            [("贵阳市行政审批服务局", "贵阳市开阳县迎宾西路371号人才大厦3层"), ("遵义市科学技术局", "遵义市汇川区人民路1号")],
            "{lead:?} {end:?}"
        );
    }
}

#[test]
fn a_head_a_cell_left_whose_address_head_is_a_place_cut_in_two() {
    // `| | 呼和浩特市行政审批 | 呼和浩 | | |` over `| | | 服务局 | 特市土默特左旗… | 0471-… |`:
    // the address's head a place's name its rest finishes.
    let n = norm(
        "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
         | 5 | 内蒙古 | 包头市人力资源和 社会保障局 | 包头市石拐区滨河西路402号综合办公楼 936室 | (0472)2346165 |\n\
         |  | 呼和浩特市行政审批 | 呼和浩 |  |  |\n\
         |  |  | 服务局 | 特市土默特左旗中山路497号人才大厦6层 | 0471-2365153 |\n\
         |  |  | 阿拉善盟人力资源 和社会保障局 | 阿拉善左旗新华中路 937 号人才大厦  5 层 | 0483-8988260 |\n",
    );
    assert_eq!(names_and_addresses(&n)[1], ("呼和浩特市行政审批服务局", "呼和浩特市土默特左旗中山路497号人才大厦6层"));
}

#[test]
fn a_head_a_cell_left_under_a_header_captioning_the_province_column() {
    // The header's `省(区、市)` beside its `对外咨询电话` is no city printed in the province's
    // column: the head a cell left over its rest is read a column right.
    let n = norm(
        "| 编号 | 省(区、市) | 受理单位 | 受理地址 | 对外咨询电话 |\n|---|---|---|---|---|\n\
         |  |  | 桂林市科学技术局 (外国专家局) | 桂林市永福县团结北路 16 号行政服务 中心 6 楼 | 0773-3268117 |  |  |  |\n\
         |  | 崇左市经济技术开发 | 崇左市宁明县迎宾北 |  |  |  |  |  |\n\
         |  |  | 区人才服务中心 | 路675号 | 0771-8007976 |  |  |  |\n\
         |  |  | 北海市人力资源和 社会保障局 | 北海市合浦县振兴街 773 号综合办公 楼 791 室 | 0779-4326739 |  |  |  |\n",
    );
    assert_eq!(names_and_addresses(&n)[1], ("崇左市经济技术开发区人才服务中心", "崇左市宁明县迎宾北路675号"));
}

#[test]
fn an_agencys_other_name_on_a_row_a_cell_short_goes_on_the_name() {
    // `(外国专家局)` alone on a row a cell short and a cell left, under a whole name, in a
    // table whose widest rows are wider still: the name's other name, not the address's.
    let n = norm(
        "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
         | 2 | 北京 | 通州区科学技术局 | 通州区新华北路 241 号 | (010)63518679 |  |\n\
         | 3 | 吉 林 | 通化市人力资源和 社会保障局 | 通化市柳河县朝阳西路 121 号市民服 务中心 17 号窗口 | (0435)4632246 |\n\
         |  |  | 四平市科学技术局 | 四平市梨树县团结东路599号 | (0434)4915750 |\n\
         |  | (外国专家局) |  |  |\n\
         |  |  | 东丰县科学技术局 | 辽源市东丰县和平街626号综合办公楼5 83室 | 0437 4717772 |\n",
    );
    assert_eq!(names_and_addresses(&n)[2], ("四平市科学技术局(外国专家局)", "四平市梨树县团结东路599号"));
}

#[test]
fn a_head_a_cell_left_and_wider_whose_address_head_is_cut_inside_a_word() {
    // `| | 丽江市 | 丽江市永胜县科 | | | |` (a cell wider, empty at its end; the address's head
    // ending on `科`, like a section's name, cut inside 科技南路) over `| | | 政务服务中心 |
    // 技南路711号 | 0888-… |`.
    let n = norm(
        "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n|---|---|---|---|---|\n\
         | 5 | 云南 | 临沧市政务服务中 心 | 临沧市镇康县解放街 81 号人才大厦  2 层 | 0883-3655632 |\n\
         |  |  | 大理白族自治州科 学技术局 | 大理白族自治州南涧彝族自治县迎宾路 3 07 号综合办公楼 820 室 | 0872-7417419 |\n\
         |  | 丽江市 | 丽江市永胜县科 |  |  |  |\n\
         |  |  | 政务服务中心 | 技南路711号 | 0888-6696711 |\n\
         |  |  | 西双版纳傣族自治 州人力资源和社会 保障局 | 西双版纳傣族自治州勐海县和平街523号综合办公楼848室 | 15707438631 |\n",
    );
    assert_eq!(names_and_addresses(&n)[2], ("丽江市政务服务中心", "丽江市永胜县科技南路711号"));
}

#[test]
fn a_narrow_page_s_last_row_heads_the_next_page_by_its_own_columns() {
    // A page printing its rows without the 序号 and province columns (read two columns
    // right), its last row `| 黔东 | 黔东南苗族侗 | 0855-… |` the head of the record the next
    // page, printing them empty, finishes (`| | | 南苗族…局 | 族自治州凯里市…室 | |`): the name
    // keeps its head, read in the row's own columns.
    let n = norm(
        "| 序 号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         | 1 | 河 南 | 濮阳市人力资源和 社会保障局 | 范县文化东路 465 号综合办公楼 4 69 室 | 0393-4152387 |\n\
         \n\
         |  | 郴州市安仁县人民东路11号行政服务中心 3楼 | 0735-7068841 |\n\
         |---|---|---|\n\
         | 4 | 贵 州 | 花溪区行政审批局 | 贵阳市花溪区中山东路 932 号政务服务中心 9 楼 35 号窗口 | 0851-4689377 |\n\
         | 铜仁市人力资源和 社会保障局 | 铜仁市松桃苗族自治县朝阳街 547 号 行政服务中心 4 楼 | 0856-4466782 |\n\
         |  | 铜仁市松桃苗族自治县团结北路 281  号人才大厦 3 层 | 0856-8239429 |\n\
         | 安顺市经济技术开发区人才服务中心 | 关岭布依族苗族自治县学府路 549 号 市民服务中心 7 号窗口 | 0851-5584837 |\n\
         | 黔西南布依族苗族自治州 | 望谟县人民街127号 | 0859-8268342 |\n\
         | 科学技术局 | 行政服务中心2楼 |  |\n\
         | 黔东 | 黔东南苗族侗 | 0855-6026964 |\n\
         \n\
         |  |  | 南苗族侗族自治州行政审批服务局 | 族自治州凯里市胜利东路430号科技大厦1楼322室 |  |\n\
         |---|---|---|---|---|\n\
         |  |  | 六盘水市行政审批 服务局 | 六盘水市水城区学府南路 586 号人才 大厦 5 层 | 0858-8869114 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("黔东南苗族侗族自治州行政审批服务局", "黔东南苗族侗族自治州凯里市胜利东路430号科技大厦1楼322室")), "{read:?}");
}

#[test]
fn a_narrow_name_rest_under_a_whole_row_lines_up_by_that_row_s_shift() {
    // `| 学技术局(外国专 | | |` and `| 家局) | | |` (read two columns right) under a whole row
    // whose name `楚雄彝族自治州科` they finish: the row above lines up as it reads, its name
    // over theirs, so the middle row heads nothing.
    let n = norm(
        "\n\
         \n\
         | 24 |  | 保山市行政审批服 务局 | 保山市隆阳区长江北路 182 号市民服 务中心 2 号窗口 | 0875-3825141 0875-3323578 |\n\
         | 25 |  | 江城哈尼族彝族自 治县人力资源和社 会保障局 | 江城哈尼族彝族自治县建设大道 440  号人才大厦 7 层 | 0879-3898345、5790552 |  |  |\n\
         | 26 |  | 楚雄彝族自治州科 | 姚安县世纪西路547号行政服务中心9楼 | 0878-7111170 |\n\
         | 学技术局(外国专 |  |  |\n\
         | 家局) |  |  |\n\
         | 27 |  | 中国(云南)自由 贸易试验区文山壮 族苗族自治州片区 综合服务中心 | 文山壮族苗族自治州丘北县滨河北路409 号人才大厦6层 | 0876-2491878 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("楚雄彝族自治州科学技术局(外国专家局)", "姚安县世纪西路547号行政服务中心9楼")), "{read:?}");
}

#[test]
fn a_narrow_table_whose_rows_set_its_columns_reads_a_head_where_it_is() {
    // A page of narrow rows whose own columns are the table's (its name column the first),
    // `| 哈尔 | 哈尔滨市…中心 | 0451-… |` over the next page's rest: no shift to undo.
    let n = norm(
        "| 序 号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         | 1 | 广 东 | 封开县科技局 | 肇庆市封开县迎宾西路 427 号 | 0758-7920316 |\n\
         \n\
         | 鹤岗市行政审批服 务局 | 鹤岗市萝北县世纪街 114 号科技大厦  7 楼 278 室 | 0468-5373763 |\n\
         | 伊春市政务服务中 心 | 伊春市铁力市世纪东路94号行政服务中心 7楼 | 0458-2784987 |\n\
         | 克东县人力资源和 社会保障局 | 齐齐哈尔市克东县学府路 525 号人才大厦 9 层 | 0452-3011761 |\n\
         |  | 齐齐哈尔市克东县新华中路 245 号人 才大厦 5 层 | 0452-7222352 |\n\
         | 哈尔 | 哈尔滨市阿城区长江西路302号政务服务中心 | 0451-54014306 |\n\
         \n\
         |  |  | 滨市外国专家局 | 2楼13号窗口 |  |\n\
         |---|---|---|---|---|\n\
         |  |  | 佳木斯市行政审批 服务局 | 桦南县兴业街 705 号 | 0454-5647282 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("哈尔滨市外国专家局", "哈尔滨市阿城区长江西路302号政务服务中心2楼13号窗口")), "{read:?}");
}

#[test]
fn a_name_middle_on_a_row_printing_its_texts_first_lines_up_by_its_left_edge() {
    // `| 由贸易试验区双鸭 | 务中心3楼39号窗口 | | | | |` (texts in its first cells, empty
    // after) over narrow `| 山片区综合服务中 | | |`: lined up by its right edge it would show
    // nothing above the name's rest, which would then head a record of its own.
    let n = norm(
        "# 全国外国人来华工作许可受理点地址及对外咨询电话\n\
         \n\
         | 26 |  | 鹤壁市科学技术局 (外国专家局) | 鹤壁市山城区青年大道118号 | 0392-8118255(工作日) |\n\
         | 27 | 黑 龙 江 | 同江市科技局 | 佳木斯市同江市文化中路 382 号政务服务中心 7 楼 29 号窗口 | 电话:0454-2578991 |\n\
         | 28 |  | 中国(黑龙江)自 | 双鸭山市四方台区科技大道141号政务服 | 0469-3546990 |\n\
         | 由贸易试验区双鸭 | 务中心3楼39号窗口 |  |  |  |  |\n\
         | 山片区综合服务中 |  |  |\n\
         | 心 |  |  |\n\
         | 29 |  | 绥棱县科学技术局 | 绥棱县文化南路387号科技大厦2楼54 7室 | 0455-8604954 |\n\
         | 30 |  | 大兴安岭地区人力 资源和社会保障局 | 塔河县和平南路 316 号科技大厦 3  楼 808 室 | 0457-8233296 0457-2987539 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(
        read.contains(&("中国(黑龙江)自由贸易试验区双鸭山片区综合服务中心", "双鸭山市四方台区科技大道141号政务服务中心3楼39号窗口")),
        "{read:?}"
    );
}

#[test]
fn a_narrow_row_is_read_in_its_own_columns_only_where_the_table_s_fields_are_among_them() {
    // A page mixing whole rows and narrow ones whose own columns set the table's name
    // column: `| 乌鲁木 | 达坂城区…综合 | 0991-… |`, read further right by its short head, is
    // read where it is, and keeps its head over the next page's `齐市科学技术局`.
    let n = norm(
        "| 序 号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         | 伊春市经济技术开 发区人才服务中心 | 伊春市乌翠区解放东路 181 号综合办公楼 503 室 | 0458-5975073 |\n\
         | 七台河市科学技术局 | 七台河市新兴区科技大道457号 | 0464-2962696(工作日) |\n\
         |  | 七台河市新兴区解放西路 611 号 | 0464-2387077 |\n\
         | 漠河市科学技术局 | 大兴安岭地区漠河市朝阳东路684号科技 大厦5楼408室 | 0457-5884 826 |\n\
         |  | 大兴安岭地区漠河市科技路 580 号科技大厦 2 楼 347 室 | 0457 4955405 |\n\
         | 5 | 新疆维吾尔自治区 | 新疆维吾尔自治区 科学技术厅(外国 专家局) | 沙依巴克区长江大道 493 号人才大厦  4 层 | 0991-8809410 |\n\
         | 伊犁哈萨克自治州 政务服务中心 | 伊犁哈萨克自治州伊宁县团结中路 822  号 | 0992-8977702 |\n\
         | 中国(新疆)自由贸易试验区阿勒泰地区片区综合服务中心 | 阿勒泰地区青河县学府路 164 号市民 服务中心 38 号窗口 | 0906–8434472 |\n\
         | 阿克苏地区科学技 术局 | 阿克苏地区拜城县团结南路 13 号市民 服务中心 3 号窗口 | 0997 5842855 |\n\
         | 乌鲁木 | 达坂城区学府北路782号综合 | 0991-5698131 |\n\
         \n\
         - 2 -\n\
         \n\
         | : | | |\n\
         |---|---|---|\n\
         |  |  | 齐市科学技术局 | 办公楼849室 |  |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("乌鲁木齐市科学技术局", "达坂城区学府北路782号综合办公楼849室")), "{read:?}");
}

#[test]
fn a_row_read_further_right_without_ending_under_the_phone_keeps_the_table_s_columns() {
    // `| | | 由贸易试验区齐齐 | | |` (a name's middle, read a column right in a table some rows
    // make seven columns wide) does not end under the phone column: no row printed without
    // the leading columns, it is read in the table's, the middle of the name above.
    let n = norm(
        "| 序号 | 地区 | 受理点名称 | 办公地址 | 联系电话 |\n\
         |---|---|---|---|---|\n\
         | 1 云 南 | 楚雄彝族自治州行政审批服务局 | 楚雄市文化北路 61 号行政服务中心  5 楼 | 0878-2906431 |\n\
         | 2 |  | 墨江哈尼族自治县 科学技术局 | 普洱市墨江哈尼族自治县迎宾东路 867  号 | 0879-2462116;0879-7763012 |\n\
         | 3 |  | 德宏傣族景颇族自 | 德宏傣族景颇族自治州梁河县人民中路68 | 0692-7012619 |\n\
         |  |  | 治州科学技术局( | 号市民服务中心9号窗口 |  |  |\n\
         |  | 外国专家局) |  |  |  |  |  |\n\
         | 4 |  | 同上 | 德宏傣族景颇族自治州梁河县和平东路 740 号综合办公楼 797 室 | 0692-5714833 |\n\
         | 5 |  | 西双版纳傣族自治 州科学技术局(外 国专家局) | 西双版纳傣族自治州勐海县青年中路 21 9 号 | 0691-2327313 |\n\
         | 6 |  | 红河哈尼族彝族自 治州科学技术局 | 绿春县光明东路842号人才大厦7层 | 0873-4029228 |\n\
         | 7 | 浙江 | 杭州市人力资源和社会保障局 | 杭州市萧山区学府东路 427 号 | 0571–46731879 |\n\
         | 8 |  | 舟山市科学技术局 | 嵊泗县解放路941号政务服务中心7楼3 | 0580-4926032 |\n\
         |  |  | (外国专家局) | 2号窗口 |  |\n\
         | 9 |  | 越城区科学技术局 | 越城区胜利路 540 号政务服务中心  7 楼 12 号窗口 | (0575)49827198 |\n\
         | 10 | 黑 龙 江 | 黑龙江省科学技术 厅 | 通河县建设西路914号综合办公楼956 室 | 0451-47582115 |\n\
         | 11 |  | 鸡西市人力资源和 社会保障局 | 麻山区长江路 987 号综合办公楼 2 53 室 | 0467-7484527(工作日) |\n\
         | 12 |  | 集贤县科学技术局 | 集贤县和平路 852 号科技大厦 9  楼 298 室 | (0469)7544444 |\n\
         | 13 |  | 大兴安岭地区科学 技术局(外国专家 局) | 塔河县人民北路 967 号政务服务中心  6 楼 27 号窗口 | 0457-7763030 |\n\
         | 14 |  | 中国(黑龙江)自 | 讷河市建设南路918号人才大厦2层 | 0452-8101947 |\n\
         |  |  | 由贸易试验区齐齐 |  |  |\n\
         \n\
         | 哈尔片区管理委员 |  |  |\n\
         |---|---|---|\n\
         | 会 |  |  |\n\
         | 15 |  | 牡丹江市科学技术局(外国专家局) | 牡丹江市阳明区世纪中路921号政务服务 中心6楼38号窗口 | 0453-8882432 |\n\
         | 16 |  | 哈尔滨市科学技术局(外国专家局) | 哈尔滨市阿城区人民大道 253 号 | 0451-82242259、51118152 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("中国(黑龙江)自由贸易试验区齐齐哈尔片区管理委员会", "讷河市建设南路918号人才大厦2层")), "{read:?}");
}

#[test]
fn a_narrow_head_lines_up_the_wider_row_below_by_that_row_s_shift() {
    // `| | 和布 | 塔城地区和布克赛尔蒙古 | |` (read a column right, its name `和布`) over the
    // wider `| | | 克赛尔蒙古自治县科技局 | 自治县建设中路709号… | 0901-… | | | |`: the row
    // below lines up as it reads, its name under `和布`, so the head keeps it.
    let n = norm(
        "| 1 | 新疆 | 克孜勒苏柯尔克孜 自治州政务服务中 心 | 克孜勒苏柯尔克孜自治州阿合奇县青年西路 820 号市民服务中心 18 号窗口 | 0908-3679358 |\n\
         |  |  | 昌吉回族自治州科学技术局(外国专家局) | 木垒哈萨克自治县振兴中路233号 | 0994–3315917 |\n\
         |  |  | 阿勒泰市行政审批 局 | 阿勒泰市迎宾大道 762 号 | 0906-85 |\n\
         |  |  |  |  | 82371 |\n\
         |  | 和布 | 塔城地区和布克赛尔蒙古 |  |\n\
         |  |  | 克赛尔蒙古自治县科技局 | 自治县建设中路709号政务服务中心3楼32号窗口 | 0901-6996608 |  |  |  |\n\
         |  |  | 疏勒县人力资源和 社会保障局 | 喀什地区疏勒县滨河中路 193 号科技 大厦 2 楼 662 室 | 0998-3092172 |\n\
         |  |  | 伊犁哈萨克自治州 科学技术局(外国 专家局) | 伊犁哈萨克自治州奎屯市朝阳北路 261  号科技大厦 2 楼 711 室 | 0992-2477925 |\n\
         | 2 | 四 川 | 泸州市科学技术局 (外国专家局) | 龙马潭区中山北路 445 号科技大厦  7 楼 243 室 | 0830 2611329 |\n\
         |  |  | 乐山市人力 | 乐山市 | 0833-8793 617 |\n\
         |  |  | 资源和社会保障局 | 峨眉山市学府路941号政务服务中心4楼29号窗口 |  |\n\
         |  |  | 雅安市人力资源和 | 雅安市宝兴县文化路380号综合办公楼5 | 0835-2797022 |\n\
         |  |  | 社会保障局 | 90室 |  |\n\
         |  | 平昌县人力资源和社会保障局 | 巴中市平昌县振兴大道 57 号综合办公 楼 563 室 | 0827-6700813(工作日) |\n\
         |  |  | 南充市高新技术产 业开发区管理委员 会 | 南充市顺庆区光明西路 918 号 | 0817-3664 678 |\n\
         | 3 | 海南 | 三沙市科学技术局 | 三沙市世纪中路74号市民服务中心24号 窗口 | 0898-67407399;0898-72362488 |\n\
         |  |  |  | 三沙市长江南路695号行政服务中心7楼 | 0898-27097476 |\n\
         |  | 三亚市行政审批服 务局 | 吉阳区解放街 665 号科技大厦 9  楼 501 室 | 联系电话: 0898-22276077 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("和布克赛尔蒙古自治县科技局", "塔城地区和布克赛尔蒙古自治县建设中路709号政务服务中心3楼32号窗口")), "{read:?}");
}

#[test]
fn a_narrow_page_s_first_row_lines_up_the_last_page_s_row_by_its_right_edge() {
    // `| 贸易试验区阿里地 | 心3楼 | |`, a narrow page's first row (read two columns right),
    // under the last page's whole `| 19 | | 中国(西藏)自由 | …行政服务中 | 0897 … |`: the
    // row above lines up by its right edge, its name over this one, which heads nothing.
    let n = norm(
        "| 序号 | 地区 | 受理点名称 | 办公地址 | 联系电话 |\n\
         |---|---|---|---|---|\n\
         | 16 | 西藏 | 西藏自治区科学技 术厅(外国专家局 ) | 拉萨市曲水县胜利东路996号科技大厦2 楼413室 | 0891-6131232 |\n\
         | 17 |  | 扎囊县科学技术局 | 山南市扎囊县建设南路 33 号科技大厦  3 楼 845 室 | 0893-6518218(两证联办) |\n\
         | 18 |  | 昌都市人力资源和 社会保障局 | 昌都市边坝县学府西路561号综合办公楼451室 | 0895-3817963 |\n\
         | 19 |  | 中国(西藏)自由 | 阿里地区噶尔县团结街754号行政服务中 | 0897 7808155 |\n\
         \n\
         | 贸易试验区阿里地 | 心3楼 |  |\n\
         |---|---|---|\n\
         | 区片区管理委员会 |  |  |\n\
         | 20 |  | 米林市行政审批局 | 米林市青年路 973 号市民服务中心  31 号窗口 | 0894 5591807 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("中国(西藏)自由贸易试验区阿里地区片区管理委员会", "阿里地区噶尔县团结街754号行政服务中心3楼")), "{read:?}");
}

#[test]
fn a_province_heading_a_name_lines_up_the_narrow_row_below_by_that_row_s_shift() {
    // `| 40 | | 吉林 | 吉林市蛟 | 0432-… |` over the narrow `| 市外国专家局 | 河市滨河街19号 | |`
    // (read two columns right): the row below lines up by its shift, its name's rest
    // under `吉林`, which is then the name's head (not the province) and heads that row.
    let n = norm(
        "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         | 33 吉 林 省 | 吉林省科学技术厅 (外国专家局) | 绿园区振兴中路401号市民服务中心13号窗口 | 0431-84461536;0431-33087970 |\n\
         | 34 |  | 伊通满族自治县科学技术局 | 四平市伊通满族自治县光明东路 761  号行政服务中心 8 楼 | 0434-3318830 |\n\
         | 35 |  | 长春市科学技术局 (外国专家局) | 绿园区人民南路 88 号 | 0431-46559360 |\n\
         | 36 |  | 松原市科学技术局 (外国专家局) | 松原市前郭尔罗斯蒙古族自治县建设大道4 65号 | 0438-5679435 |\n\
         | 37 |  | 白城市行政审批服 务局 | 白城市大安市光明中路543号 | 0436-2429502 |\n\
         | 38 |  | 同上 | 白城市大安市世纪大道 237 号行政服务中心 4 楼 | 0436-8546290 |\n\
         | 39 |  | 江源区科技局 | 白山市江源区胜利西路 50 号科技大厦  3 楼 382 室 | 0439-4280791 |\n\
         | 40 |  | 吉林 | 吉林市蛟 | 0432-84109675 |\n\
         | 市外国专家局 | 河市滨河街19号 |  |\n\
         | 41 |  | 延边朝鲜族自治州 行政审批服务局 | 延边朝鲜族自治州安图县朝阳北路 930  号科技大厦 4 楼 234 室 | 0433-7148311 |\n\
         | 42 |  | 通化市科学技术局(外国专家局) | 通化市辉南县振兴路 685 号行政服务 中心 2 楼 | 0435-2553595;0435-5166719 |\n\
         | 43 | 广西 | 广西壮族自治区外国专家局 | 上林县世纪大道 670 号 | 0771-4770406 |\n\
         | 44 |  | 来宾市科学技术局 | 来宾市合山市人民街 677 号综合办公楼 686 室 | 0772-2274238 |\n\
         | 45 |  | 崇左市人力资源和 社会保障局 | 崇左市江州区文化东路429号市民服务中 心37号窗口 | 0771-8444237 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("吉林市外国专家局", "吉林市蛟河市滨河街19号")), "{read:?}");
}

#[test]
fn a_row_wider_by_empty_cells_at_its_end_lines_up_the_narrower_row_above_by_its_left_edge() {
    // `| 32 | | 南充市高新技术产 | …252号 | 0817 … |` over `| | | 业开发区管理委员 | | | | |`
    // over the narrow `| | 会 | | |`: the middle row, wider only by empty cells, finishes
    // the name above it, so it heads nothing of its own and the name stays whole.
    let n = norm(
        "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         | 27 |  | 阿坝藏族羌族自治 州科学技术局 | 若尔盖县团结中路 783 号市民服务中 心 40 号窗口 | 0837 8399594 |\n\
         | 28 |  | 〃 | 阿坝藏族羌族自治州若尔盖县团结西路 7 38 号 |  | (0837)8957175 |\n\
         | 29 |  | 德阳市科学技术局 (外国专家局) | 德阳市中江县光明东路 813 号综合办 公楼 168 室 | 联系电话: 0838-2586996 |\n\
         | 30 |  | 广元市外国专家局 | 广元市剑阁县文化北路5号 | 0839-3562426 |\n\
         | 31 |  | 绵阳市政务服 | 三台县中山路84号综 | 0816-8571865 |\n\
         |  |  | 务中心 | 合办公楼664室 |  |\n\
         | 32 |  | 南充市高新技术产 | 南充市蓬安县文化南路252号 | 0817 2137175 |\n\
         |  |  | 业开发区管理委员 |  |  |  |  |\n\
         |  | 会 |  |  |\n\
         | 33 |  | 自贡市外国专家局 | 自贡市沿滩区中山大道 590 号市民服务中心 30 号窗口 | 0813–3705702 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("南充市高新技术产业开发区管理委员会", "南充市蓬安县文化南路252号")), "{read:?}");
}

#[test]
fn a_narrow_head_s_text_left_as_noise_is_its_field_by_its_own_columns() {
    // `| | 双鸭 | 宝清县文化大道866号市民 | 0469-… |` (read a column right, `双鸭` too short
    // to read as a name) over the next page's `| 山市人力资源和社会保障局 | 服务中心35号窗口 | |`:
    // the head in the name column its own columns give it is the name's, so the page's
    // first row finishes this record, not the second window's below it.
    let n = norm(
        "| 序 号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         | 1 | 黑龙江 | 大兴安岭地区高新 技术产业开发区管 理委员会 | 呼玛县兴业大道 109 号 | 0457-2663609 |\n\
         |  |  | 哈尔滨市经济技术 | 哈尔滨市方正县光明南路202号 | 联系电话: 0451-26924233/86992924 |\n\
         |  |  | 开发区人才服务中 |  |  |\n\
         |  |  | 心 |  |  |\n\
         |  |  | 牡丹江市外国专家 局 | 穆棱市光明南路953号市民服务中心21号窗口 | 0453-6945538 |\n\
         |  |  | 黑河市外国专家局 | 黑河市逊克县科技东路 392 号行政服 务中心 6 楼 | 0456-4473145 |\n\
         |  |  |  | 黑河市逊克县和平大道 261 号行政服 务中心 2 楼 | 0456-6402212(工作日) |\n\
         |  |  | 伊春市科学技术局(外国专家局) | 伊春市友好区科技西路 248 号行政服 务中心 4 楼 | 0458-6152674 |\n\
         |  |  | 茄子 | 茄子河区青年东路906号市民服务中心2 |  |\n\
         |  |  | 河区人力资源和社会保障局 | 0号窗口 | 18822751174 |\n\
         |  |  | 青冈县人力资源和社会保障局 | 青冈县文化西路 680 号综合办公楼  615 室 | 0455–5786420 |\n\
         |  |  |  | 绥化市青冈县文化东路 319 号综合办 公楼 419 室 | 咨询电话:0455-5921381 |\n\
         |  | 双鸭 | 宝清县文化大道866号市民 | 0469-4146532 |\n\
         \n\
         | 山市人力资源和社会保障局 | 服务中心35号窗口 |  |\n\
         |---|---|---|\n\
         |  | 双鸭山市宝清县建设北路707号 | 0469-6730947 |\n\
         | 2 | 西 藏 | 阿里地区科学技术 局 | 阿里地区普兰县兴业大道 694 号 | 0897-4645700 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("双鸭山市人力资源和社会保障局", "宝清县文化大道866号市民服务中心35号窗口")), "{read:?}");
    assert!(read.contains(&("双鸭山市人力资源和社会保障局", "双鸭山市宝清县建设北路707号")), "{read:?}");
}

#[test]
fn a_short_rest_under_the_column_after_the_name_s_is_the_address_s_on_a_page_of_few_rows() {
    // The next page's first row `| 社会保障局 | 窗口 | |`: a page of two rows does not say
    // where its address column is, yet the column after the name's holds it there, so
    // `窗口` (too short to read as an address) finishes `…市民服务中心11号` above.
    let n = norm(
        "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         |  |  | 固原市科学技术局 (外国专家局) | 固原市西吉县新华北路 175 号科技大厦 2 楼 869 室 | 0954-7536185 |\n\
         |  |  | 吴忠市行政审批服 务局 | 青铜峡市振兴南路206号市民服务中心1 9号窗口 | 0953-4075916 |\n\
         | 4 | 山西 | 吕梁市人力资源和 社会保障局 | 汾阳市学府西路642号市民服务中心4号窗口 | (0358)7939814 |\n\
         |  |  | 运城市人力资源和社会 | 运城市新绛县光明 | 0359-6323311 |\n\
         |  |  | 保障局 | 西路91号行政服务中心2楼 |  |\n\
         |  |  | 安泽县人力资源和 社会保障局 | 临汾市安泽县振兴中路 776 号综合办 公楼 473 室 | 0357 6985590 |\n\
         |  |  | 山阴县人力资源和 | 山阴县兴业路240号市民服务中心11号 | 0349 7052331 |\n\
         \n\
         | 社会保障局 | 窗口 |  |\n\
         |---|---|---|\n\
         | 太原市科学技术局 | 小店区建设东路 495 号综合办公楼 102 室 | 0351-5515255/3004338 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("山阴县人力资源和社会保障局", "山阴县兴业路240号市民服务中心11号窗口")), "{read:?}");
}

#[test]
fn a_head_printed_a_cell_left_lines_up_across_empty_columns_after_the_name_s() {
    // `| | 云浮 | 云安区滨河北路172号科 | | | | |` over `| | | 市科学技术局(外国专家局) | | |
    // 技大厦6楼584室 | 0766-… |`: a table with empty columns between its name's and its
    // address's; the first row printed a field left, its name's head under the province's
    // column and its address's head under the name's.
    let n = norm(
        "| 序 号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         |  |  | 绥化市经济技术开 发区人才服务中心 |  |  | 绥化市明水县和平街768号 | 0455-5190920/3508234 |\n\
         | 6 | 广东 | 汕尾市行政审批服 务局 |  |  | 汕尾市城区学府中路 143 号科技大厦  4 楼 333 室 | 0660-6735230(两证联办) |\n\
         |  |  | 珠海市科学技术局(外国专家局) |  |  | 珠海市斗门区朝阳中路541号人才大厦1 层 | 0756–4435489 |\n\
         |  |  | 深圳市高新技术产业开发区管理委员会 |  |  | 深圳市光明区振兴路594号综合办公楼4 30室 | 0755-31240221 |\n\
         |  |  | 揭阳市外国专家局 |  |  | 普宁市新华东路 361 号 | 联系电话: 0663-2095 889 |\n\
         |  |  | 阳山县科技局 |  |  | 清远市阳山县光明街 99 号市民服务中心 34 号窗口 | 0763-7695848(两证联办) |\n\
         |  | 云浮 | 云安区滨河北路172号科 |  |  |  |  |\n\
         |  |  | 市科学技术局(外国专家局) |  |  | 技大厦6楼584室 | 0766-6969076 |\n\
         |  |  | 梅州市人力资源和社 |  |  | 梅州市 | 0753-5904516 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("云浮市科学技术局(外国专家局)", "云安区滨河北路172号科技大厦6楼584室")), "{read:?}");
}

#[test]
fn a_head_printed_a_cell_left_on_a_page_that_does_not_say_its_province_column() {
    // `| | 海晏县科 | 海晏县胜 | | |` over `| | | 学技术局 | 利北路460号 | 0970-… |` on a page
    // printing one province: the column left of the name's stands for the province's.
    let n = norm(
        "| 国专家局 | 服务中心2楼 |  |\n\
         \n\
         | 6 | 青海 | 贵德县行政审批局 | 贵德县学府东路884号政务服务中心3楼 11号窗口 | 0974-4284183 |\n\
         |---|---|---|---|---|\n\
         |  |  | 黄南藏族自治州外 国专家局 | 黄南藏族自治州泽库县青年南路576号政 务服务中心2楼33号窗口 | 0973-2348945 |\n\
         |  | 海晏县科 | 海晏县胜 |  |  |\n\
         |  |  | 学技术局 | 利北路460号 | 0970-5026377 |\n\
         |  |  | 玛多县行政审批局 | 玛多县长江北路 287 号政务服务中心  4 楼 8 号窗口 | 0975-3909 261 |\n\
         |  |  | 海东市科学技术局 | 海东市互助土族自治县振兴中路 253 号行政服务中心 6 楼 | 0972–4605694 |\n\
         |  |  | 海西蒙古族藏族自 治州行政审批服务 局 | 海西蒙古族藏族自治州都兰县解放南路35 2号科技大厦7楼378室 | 0977-2272922 |\n\
         |  |  | 玉树藏族自治州科学技术局(外国专家局) | 囊谦县新华东路911号政务服务中心3楼 17号窗口 | 13595713758 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("海晏县科学技术局", "海晏县胜利北路460号")), "{read:?}");
}

#[test]
fn a_narrow_page_s_first_row_finishes_the_last_page_s_row_by_its_right_edge() {
    // `| | 自 治 区 | 贵港市高新技术产 | 港南区…17号 | |` / page (its header printed again) /
    // `| 业开发区管理委员 | 窗口 | 1933… |` over `| 会 | | |`: the narrow page lines up with
    // the row above by its right edge, `产` + `业` cut inside a word; its first row finishes
    // that record (and heads `会`), it opens none of its own.
    let n = norm(
        "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         | 4 | 吉林 | 农安县科技局 | 农安县滨河中路229号行政服务中心4楼 | 0431-43831778 0431-28164675 |\n\
         |  |  |  | 长春市农安县青年南路206号综合办公楼 102室 | 0431-68394449 |\n\
         |  |  | 白城市行政审批服 务局 | 白城市洮北区迎宾西路259号综合办公楼 463室 | 0436-4171731 |\n\
         |  |  | 前郭尔罗斯蒙古族自治县科技局 | 松原市前郭尔罗斯蒙古族自治县光明南路  278 号行政服务中心 9 楼 | 0438–2613103 |  |  |  |\n\
         | 5 | 广西壮族 | 合山市科技局 | 合山市文化东路 666 号人才大厦 5  层 | (0772)7423978 |\n\
         |  | 自 治 区 | 贵港市高新技术产 | 港南区滨河街204号市民服务中心17号 |  |\n\
         \n\
         | 序 号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         | 业开发区管理委员 | 窗口 | 19339471417 |\n\
         | 会 |  |  |\n\
         | 梧州市外国专家局 | 梧州市蒙山县建设大道585号政务服务中 心2楼7号窗口 | 0774-4452061 |\n\
         |  | 梧州市蒙山县科技北路 876 号综合办 公楼 436 室 | 联系电话: 0774-44 |\n\
         |  |  | 01448 |\n\
         | 兴宁区科技局 | 南宁市兴宁区青年西路875号科技大厦3 楼118室 | 0771–8872425 |\n\
         | 钦州市行政审批服 务局 | 钦州市灵山县朝阳路 210 号政务服务 中心 5 楼 31 号窗口 | 咨询电话:0777-6889 236 |\n\
         |  | 钦州市灵山县胜利街298号人才大厦9层 | 0777-7797498 |\n\
         | 6 | 江苏 | 宿迁市科学技术局 | 宿迁市泗阳县和平街159号科技大厦4楼145室 | 电话:0527-43947514 |\n\
         | 锡山区行政审批局 | 无锡市锡山区新华大道 702 号行政服 务中心 3 楼 | 0510–82514623 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("贵港市高新技术产业开发区管理委员会", "港南区滨河街204号市民服务中心17号窗口")), "{read:?}");
}

#[test]
fn a_row_heads_the_narrow_next_page_s_first_row_lined_up_by_its_right_edge() {
    // `| 27 | | 七台 | 七台河市勃利县兴业西路624号人才 | |` / page / `| 河市行政审批服务局 |
    // 大厦2层 | (0464)8766515 |`: the next page leaves out the 序号 and province columns this
    // row prints text in; lined up by its right edge, its name and address finish this row's.
    let n = norm(
        "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         | 21 |  | 宜春市高新技术产 业开发区管理委员 会 | 铜鼓县学府大道 379 号市民服务中心  28 号窗口 | 0795-2268398 |\n\
         | 22 |  | 九江市科学技术局 (外国专家局) | 九江市濂溪区迎宾南路 288 号 | 0792-7652667 |\n\
         | 23 | 黑 龙 江 | 齐齐哈尔市行政审 批服务局 | 齐齐哈尔市拜泉县兴业北路 141 号科 技大厦 5 楼 227 室 | 0452-8211782 |\n\
         | 24 |  | 伊春市高新技术产 业开发区管理委员 会 | 伊美区兴业中路 733 号政务服务中心  1 楼 36 号窗口 | 0458-4935532 |\n\
         | 25 |  | 中国(黑龙江)自 由贸易试验区大庆 片区综合服务中心 | 大庆市杜尔伯特蒙古族自治县和平北路19 4号综合办公楼670室 | 0459-6190053 (工作日内回复) |\n\
         | 26 |  | 佳木斯市人力资源 和社会保障局 | 郊区和平路312号 | 0454-7723452、5020409 |\n\
         | 27 |  | 七台 | 七台河市勃利县兴业西路624号人才 |  |\n\
         \n\
         2\n\
         \n\
         | 河市行政审批服务局 | 大厦2层 | (0464)8766515 |\n\
         |---|---|---|\n\
         | 28 |  | 绥化市科学技术局 (外国专家局) | 绥化市北林区团结大道 754 号政务服 务中心 1 楼 1 号窗口 | 0455-2099644 |\n\
         | 29 |  | 哈尔滨市外国专家局 | 哈尔滨市宾县世纪西路 824 号人才大 厦 6 层 | 0451-30041139 |\n\
         | 30 | 辽 宁 | 鲅鱼圈区行政审批 局 | 鲅鱼圈区青年路155号政务服务中心6楼 14号窗口 | 0417-2805104 |\n\
         | 31 |  | 沈阳市外国专家局 | 大东区兴业街 427 号 | 024-78014472;024-24049314 |\n\
         | 32 |  | 锦州市外国专家局 | 义县中山北路202号人才大厦2层 | 0416-2667760、8802749 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("七台河市行政审批服务局", "七台河市勃利县兴业西路624号人才大厦2层")), "{read:?}");
}

#[test]
fn a_ditto_the_table_s_columns_do_not_place_is_the_field_its_row_reads_it_as() {
    // The last page's columns set by its narrow rows (the name's in its first column): `同上`
    // in a whole row, `| | | 同上 | 雅安市宝兴县… | 0835-… |`, read as the name, is the name
    // above, not a name of its own.
    let n = norm(
        "| 序号 | 地区 | 受理点名称 | 办公地址 | 联系电话 |\n\
         |---|---|---|---|---|\n\
         | 政务服务中心 | 团结中路635号 |  |\n\
         | 〃 | 宿州市砀山县新华大道 334 号 | 0557-2783850 |\n\
         | 宣城市政务服务中 心 | 宣城市旌德县中山街 929 号综合办公 楼 920 室 | 0563-8996393 |\n\
         | 当涂县人力资源和 社会保障局 | 马鞍山市当涂县科技大道 620 号 | 咨询电话:0555-6586829 |\n\
         | 5 | 山西 | 山西省科学技术厅 (外国专家局) | 太原市杏花岭区振兴中路 805 号市民 服务中心 29 号窗口 | 0351-5234501 |\n\
         | 运城市外国专家局 | 运城市夏县青年路 733 号科技大厦 8 楼 371 室 | 咨询电话:0359-8192473 |\n\
         | 清徐县人力资源和社会保障局 | 清徐县建设路906号人才大厦6层 | 0351-5371 093 |\n\
         |  | 太原市清徐县新华中路 974 号科技大 厦 2 楼 584 室 | 0351-8594992 |\n\
         | 临汾市科学技术局 | 临汾市浮山县学府中路 915 号 | 0357-4833822 |\n\
         | 长治市行政审批服务局 | 长治市长子县迎宾东路 627 号政务服务中心 6 楼 8 号窗口 | 0355-3404003 |\n\
         | 山阴县科技局 | 朔州市山阴县新华街 181 号人才大厦 1 层 | 0349-8757670 |\n\
         | 6 | 四川省 | 四川省科学技术厅 (外国专家局) | 青羊区朝阳北路 226 号市民服务中心  35 号窗口 | 028-39375002 |\n\
         | 合江县科 | 合江县滨河西路392号 |  |\n\
         | 学技术局 | 行政服务中心6楼 | 0830-4590322;0830-2165511 |\n\
         | 南充 | 仪陇县世纪路 | 0817-8932072 |\n\
         | 市外国专家局 | 201号行政服务中心3楼 |  |\n\
         | 眉山市人 | 东坡区朝 |  |\n\
         \n\
         |  | 力资源和社会保障局 | 阳大道489号 | 028-88421708 |\n\
         |---|---|---|---|\n\
         |  |  | 米易县人力资源和 社会保障局 | 攀枝花市米易县解放中路 143 号科技 大厦 4 楼 452 室 | 0812-7192035 |\n\
         |  |  | 雅安市外国专家局 | 宝兴县解放南路743号政务服务中心5楼32号窗口 | 19262577522 |\n\
         |  |  | 同上 | 雅安市宝兴县迎宾中路387号行政服务中 心7楼 | 0835-5001177 |\n\
         |  |  | 阿坝藏族羌族自治 州政务服务中心 | 阿坝藏族羌族自治州金川县解放西路 42 2 号综合办公楼 893 室 | 0837-3282582 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("雅安市外国专家局", "雅安市宝兴县迎宾中路387号行政服务中心7楼")), "{read:?}");
}

#[test]
fn a_province_heading_a_name_in_a_narrow_row_is_checked_in_its_own_columns() {
    // `| | 上海市 | 崇明区 | 021-… |` (read a column right: `上海市` under the name column)
    // over `| | | 政务服务中心 | 光明中路50号 | |`: the province is the name's head, its
    // row's address and phone beside it in the row's own columns.
    let n = norm(
        "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         |  |  | 江都区科学技术局 | 江都区滨河南路 889 号市民服务中心 15 号窗口 | 0514-28957993 |\n\
         |  |  | 南京市行政审批服务局 | 南京市江宁区滨河北路 494 号市民服 务中心 29 号窗口 | 025-27951621 |\n\
         |  |  | 宿豫区行政审批局 | 宿迁市宿豫区团结北路 59 号综合办公 楼 854 室 | 0527-64172394 |\n\
         |  |  | 太仓市人力资源和 社会保障局 | 太仓市兴业街109号科技大厦7楼871 室 | 19315069226 |\n\
         |  |  |  | 苏州市太仓市滨河路 386 号政务服务 中心 1 楼 28 号窗口 | 0512-85837532 |\n\
         | 3 | 上 海 | 上海市科学技术厅 (外国专家局) | 浦东新区世纪西路 379 号市民服务中 心 18 号窗口 | 021-63997077 |\n\
         |  | 上海市 | 崇明区 | 021-79546455 |\n\
         |  |  | 政务服务中心 | 光明中路50号 |  |\n\
         | 4 广东 | 广东省科学技术厅 | 广州市增城区胜利大道 304 号市民服 务中心 32 号窗口 | 020-84020528;020-77655545 |\n\
         |  |  | 茂名市人力资源和 社会保障局 | 茂名市化州市中山北路821号 | 0668-5876 962(两证联办) |\n\
         |  |  | 惠州市科学技术局 | 惠州市惠东县人民南路 340 号 | 0752-5928 538 |\n\
         |  |  | 高明区人力资源和 社会保障局 | 高明区迎宾南路 109 号市民服务中心 8 号窗口 | 0757-27147093 |\n\
         |  | 汕尾市经济技术开 发区人才服务中心 | 陆丰市长江路 881 号 | 0660-8542909 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("上海市政务服务中心", "崇明区光明中路50号")), "{read:?}");
}

#[test]
fn a_row_of_rests_printed_a_cell_left_lines_up_no_cell_with_the_row_above() {
    // `| | | 中卫市人力资源 | | | | 沙坡头区和平路 | 0955-… |` over `| | 和社会保障局 | 962号… |
    // | | | | | |`: the rest under the empty province cell finishes the name right of it, so
    // the name's head is not scored as an address by the `962号…` under it.
    let n = norm(
        "| 序号 | 省份 | 受理机构 | | | | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|---|---|---|\n\
         | 4 | 宁夏回族 | 红寺堡区人力资源 和社会保障局 |  |  |  | 吴忠市红寺堡区兴业大道 344 号市民 服务中心 15 号窗口 | 0953-5927658 |\n\
         |  | 自 治 区 |  |  |  |  | 吴忠市红寺堡区振兴路171号科技大厦1 楼170室 | 0953-8495321 |\n\
         |  |  | 固原市政务服务中 心 |  |  |  | 泾源县解放路 858 号人才大厦 4 层 | 0954-3075688 |\n\
         |  |  | 中卫市人力资源 |  |  |  | 沙坡头区和平路 | 0955-5692102 |\n\
         |  | 和社会保障局 | 962号人才大厦8层 |  |  |  |  |  |\n\
         |  |  | 石嘴山市外国专家 局 |  |  |  | 石嘴山市平罗县兴业南路622号人才大厦 4层 | 0952-5499025 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("中卫市人力资源和社会保障局", "沙坡头区和平路962号人才大厦8层")), "{read:?}");
}

#[test]
fn a_head_shifted_left_over_the_next_page_keeps_its_phone_in_its_column() {
    // `| | 三沙市 | 胜利中 | | 0898-… |` / page / `| 人力资源和社会保障局 | 路94号… | |`: the
    // name's and the address's heads a cell left, the phone in its own column, the road's
    // name cut before its word.
    let n = norm(
        "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         | 3 | 海南 | 儋州市外国专家局 | 建设南路 174 号政务服务中心 4  楼 31 号窗口 | 0898–89177186 |\n\
         |  |  | 海口市行政审批服务局 | 海口市龙华区朝阳北路 298 号科技大厦 8 楼 429 室 | 0898-26505366 |\n\
         |  |  | 三亚市政务服务中 心 | 三亚市吉阳区和平西路 816 号 | 0898-36202408 |\n\
         |  |  |  | 三亚市吉阳区青年中路 864 号综合办 公楼 314 室 | 0898-63036812 |\n\
         |  | 三沙市 | 胜利中 |  | 0898-56800299 0898-74729816 |\n\
         \n\
         | 人力资源和社会保障局 | 路94号政务服务中心3楼21号窗口 |  |\n\
         |---|---|---|\n\
         | 4 | 江西 | 南康区行政审批局 | 赣州市南康区新华中路 6 号行政服务中 心 5 楼 | (0797)6541786 |\n\
         | 西湖 | 南昌市西湖区兴业南路72 |  |\n\
         | 区科技局 | 9号人才大厦9层 | 0791-77833528 |\n\
         |  | 南昌市西湖区解放北路332号科技大厦7 楼213室 | 0791-33527611 |\n\
         | 吉安市科学技术局 | 吉安市吉安县世纪北路187号科技大厦8 | 0796-5046417、6162726 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("三沙市人力资源和社会保障局", "胜利中路94号政务服务中心3楼21号窗口")), "{read:?}");
}

#[test]
fn a_narrow_last_row_lines_up_over_the_next_pages_wider_first_by_its_leading_cells() {
    // `| 大兴安岭地区科学 | …科技大 | 0457-… |` / page / `| | | 技术局(外国专家 | 厦8楼117室 | |`
    // over `| | | 局) | | |`: the page's first row finishes the row above and goes on below.
    let n = norm(
        "|  | 吴忠市红寺堡区中山中路888号 | 0953-2605657 |\n\
         |---|---|---|\n\
         | 5 | 新疆维吾尔自治区 | 新疆维吾尔自治区 外国专家局 | 乌鲁木齐市新市区人民街 337 号综合 办公楼 512 室 | 0991-5972934/7297311 |\n\
         | 塔城地区外国专家 局 | 塔城地区和布克赛尔蒙古自治县新华街80 5号综合办公楼369室 | 咨询电话:0901-3174140;0901-6712521 |\n\
         | 阿勒泰地区科学技 | 阿勒泰地区哈巴河县新华北路20号科技大 | 0906-4503800 |\n\
         | 术局 | 厦2楼363室 |  |\n\
         | 巩留县人力资源和 社会保障局 | 伊犁哈萨克自治州巩留县建设东路483号 市民服务中心40号窗口 | 0992 8269721 |\n\
         | 中国(新疆)自由 贸易试验区昌吉回 族自治州片区综合 服务中心 | 昌吉回族自治州木垒哈萨克自治县解放路3 12号行政服务中心4楼 | 0994-2887996 |\n\
         | 6 | 黑龙江省 | 伊春市人力资源和社会保障局 | 伊美区解放街219号 | 0458-7305288 |\n\
         | 大兴安岭地区科学 | 大兴安岭地区塔河县文化路635号科技大 | 0457-2550788 |\n\
         \n\
         第 2 页\n\
         \n\
         |  |  | 技术局(外国专家 | 厦8楼117室 |  |\n\
         |---|---|---|---|---|\n\
         |  |  | 局) |  |  |\n\
         |  |  | 爱民区人力资源和 社会保障局 | 牡丹江市爱民区科技路800号综合办公楼 377室 | 0453-6022798、3498851 |\n\
         |  |  | 黑河市人力资源和 社会保障局 | 黑河市逊克县文化南路 310 号科技大 厦 7 楼 869 室 | 0456-8087945 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("大兴安岭地区科学技术局(外国专家局)", "大兴安岭地区塔河县文化路635号科技大厦8楼117室")), "{read:?}");
}

#[test]
fn a_wide_last_row_heads_a_narrower_next_page_printing_its_texts_within_its_columns() {
    // `| | | 张家 | 张家口市万全区 | | |` / page / `| 口市科学技术局(外国专家局) | 科技路72号 |
    // 0313-… |`: the next page leaves out the 序号 and province columns and the empty one
    // before the phone; the row's texts all sit within what it prints.
    let n = norm(
        "| 序号 | 省份 | 受理机构 | 地址 | | 咨询电话 |\n\
         |---|---|---|---|---|---|\n\
         |  |  | 海口市外国专家局 | 龙华区长江路 451 号行政服务中心  6 楼 |  | 0898-85540642 |\n\
         | 5 | 河 北 省 | 河北省科学技术厅 (外国专家局) | 石家庄市裕华区建设街 780 号人才大 厦 3 层 |  | 0311-33629138 |\n\
         |  |  | 张家 | 张家口市万全区 |  |  |\n\
         \n\
         | 编号 | 省(区、市) | 受理单位 | 受理地址 | 对外咨询电话 |\n\
         |---|---|---|---|---|\n\
         | 口市科学技术局(外国专家局) | 科技路72号 | 0313-3648 095 |\n\
         | 衡水市外国专家局 | 衡水市故城县中山街993号市民服务中心 23号窗口 | 0318-6189201/8038249 |\n\
         | 〃 | 衡水市故城县长江西路979号 | 0318-7 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("张家口市科学技术局(外国专家局)", "张家口市万全区科技路72号")), "{read:?}");
}

#[test]
fn a_ditto_below_a_name_s_last_character_is_no_name_s_middle() {
    // `心` alone under `| | 自治州政务服务中 | 12号… | | |` (the name's middle a cell left)
    // finishes the name above; the `同上` below it is the name again, not the rest of a
    // name `心` would head.
    let n = norm(
        "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         | 2 | 新疆维吾尔 | 塔城地区科学技术 局(外国专家局) | 塔城地区乌苏市振兴北路 874 号人才 大厦 1 层 | 0901-5213831 |\n\
         |  | 自 治 区 | 克孜勒苏柯尔克孜 | 克孜勒苏柯尔克孜自治州阿合奇县建设路7 | (0908)4914804 |\n\
         |  | 自治州政务服务中 | 12号政务服务中心3楼32号窗口 |  |  |\n\
         |  |  | 心 |  |  |\n\
         |  |  | 同 上 | 克孜勒苏柯尔克孜自治州阿合奇县迎宾大道 991号政务服务中心6楼27号窗口 | 咨询电话:0908-2486957 |\n\
         |  |  | 巴音郭楞蒙古自治 州科学技术局 | 巴音郭楞蒙古自治州且末县青年南路 93 0 号人才大厦 7 层 | 0996-6368359/8616057 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(
        read.contains(&("克孜勒苏柯尔克孜自治州政务服务中心", "克孜勒苏柯尔克孜自治州阿合奇县迎宾大道991号政务服务中心6楼27号窗口")),
        "{read:?}"
    );
}

#[test]
fn a_name_s_middle_alone_a_cell_left_goes_on_the_open_name() {
    // `由贸易试验区齐齐` / `| | 哈尔片区管理委员 | | |` / `会`: the middle line printed under
    // the province's column, 齐齐哈尔 across the cut, is the name's, not an address.
    let n = norm(
        "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 | | |\n\
         |---|---|---|---|---|---|---|\n\
         | 4 | 黑龙江 | 黑龙江省外国专家 局 | 哈尔滨市香坊区胜利中路 999 号 | 0451-6565 9808 |  |  |\n\
         |  |  | 绥化市高新技术产 业开发区管理委员 会 | 绥化市北林区中山东路480号政务服务中心7楼27号窗口 | 0455-8676306 |  |  |\n\
         |  |  | 〃 | 绥化市北林区解放街 440 号人才大厦 2 层 | 0455-3950284 |  |  |\n\
         |  |  | 中国(黑龙江)自 | 齐齐哈尔市泰来县团结北路280号 | 0452-5691380 |  |  |\n\
         |  |  | 由贸易试验区齐齐 |  |  |  |  |\n\
         |  | 哈尔片区管理委员 |  |  |  |  |  |\n\
         |  |  | 会 |  |  |  |  |\n\
         |  |  | 四方台区行政审批 局 | 双鸭山市四方台区迎宾北路 153 号政 务服务中心 2 楼 26 号窗口 | 0469–3066493 |  |  |\n\
         |  |  | 伊春市高新技术产 业开发区管理委员 会 | 丰林县文化北路307号人才大厦1层 | 0458-6758281/8890516 |  |  |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("中国(黑龙江)自由贸易试验区齐齐哈尔片区管理委员会", "齐齐哈尔市泰来县团结北路280号")), "{read:?}");
}

#[test]
fn a_name_s_rest_printed_a_cell_left_takes_its_phone_printed_a_cell_left_too() {
    // `| | 科学技术局(外国 | | 0433-… | |` under `| 5 | | 延边朝鲜族自治州 | 图们市…3楼 | |`:
    // the name's rest and the phone printed low, both a cell left, over `专家局)`.
    let n = norm(
        "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         | 2 |  | 东昌区行政审批局 | 东昌区青年东路 887 号科技大厦 7 楼 182 室 | 0435-8445247/5367361 (工作日内回复) |\n\
         | 3 |  | 四平市科学技术局 | 铁东区光明中路 903 号科技大厦 2 楼 118 室 | 0434 2590009 |\n\
         | 4 |  | 蛟河市人力资源和社会保障局 | 吉林市蛟河市振兴街 217 号综合办公 楼 925 室 | 0432-58260098 |\n\
         | 5 |  | 延边朝鲜族自治州 | 图们市朝阳街458号行政服务中心3楼 |  |\n\
         |  | 科学技术局(外国 |  | 0433-8872165 |  |\n\
         |  |  | 专家局) |  |  |\n\
         | 6 |  | 宁江区科技局 | 松原市宁江区学府北路 20 号政务服务中心 7 楼 16 号窗口 | 0438-4616507 |\n\
         | 7 |  | 辽源市经济技术开 | 东辽县青年西路589号科技大厦8楼45 | 0437-2966424 |\n\
         |  |  | 发区人才服务中心 | 1室 |  |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("延边朝鲜族自治州科学技术局(外国专家局)", "图们市朝阳街458号行政服务中心3楼")), "{read:?}");
}

#[test]
fn a_name_s_middle_a_cell_left_beside_the_phone_goes_on_the_open_name() {
    // `中国(云南)自由` / `| | 贸易试验区楚雄彝 | | 0878-… |` / `族自治州片区管理` / `委员会`:
    // the middle line under the province's column, 自由贸易 across the cut, is the name's.
    let n = norm(
        "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         |  |  | 同仁市行政审批局 | 黄南藏族自治州同仁市迎宾街 102 号 人才大厦 8 层 | 0973–8482586 |\n\
         |  |  | 海北藏族自治州科 学技术局 | 海北藏族自治州祁连县滨河街253号综合 办公楼403室 | 0970-4403 564 |\n\
         | 3 | 云南 | 大理白族自治州政 务服务中心 | 剑川县滨河东路 846 号科技大厦 1  楼 749 室 | 0872-5669373 |\n\
         |  |  | 中国(云南)自由 | 双柏县科技南路297号人才大厦1层 |  |\n\
         |  | 贸易试验区楚雄彝 |  |  | 0878-5414871 |\n\
         |  |  | 族自治州片区管理 |  |  |\n\
         |  |  | 委员会 |  |  |\n\
         |  |  |  | 楚雄彝族自治州双柏县团结大道167号人 才大厦9层 | 0878-3823804 |\n\
         |  |  | 玉溪市科学技术局(外国专家局) | 易门县世纪街 337 号综合办公楼 6 73 室 | 0877-8035653 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("中国(云南)自由贸易试验区楚雄彝族自治州片区管理委员会", "双柏县科技南路297号人才大厦1层")), "{read:?}");
}

#[test]
fn a_province_a_cell_left_heads_the_name_when_the_address_below_opens_with_its_road_s_word() {
    // `| | 上海市 | 虹口区人民 | | |` over `| | | 科学技术局 | 街153号… | 021-… |`: no address
    // opens with `街`, so the row is printed a cell left, `上海市` the name's head.
    let n = norm(
        "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         |  |  | 忻州市行政审批服 务局 | 忻州市河曲县中山西路 25 号科技大厦  7 楼 725 室 | 0350-8504311 |\n\
         |  |  | 太原市科学技术局 | 太原市小店区建设南路 810 号行政服 务中心 5 楼 | 0351 2570388 |\n\
         | 3 上 海 市 | 上海市政务服务中 心科技厅窗口 | 浦东新区兴业南路 305 号市民服务中 心 26 号窗口 | 021-7466 7594 |\n\
         |  | 上海市 | 虹口区人民 |  |  |\n\
         |  |  | 科学技术局 | 街153号行政服务中心2楼 | 021-73925164 |\n\
         | 4 | 福 建 省 | 福建省科学技术厅 (外国专家局) | 平潭县胜利南路750号 | (0591)65497796 |\n\
         |  |  | 思明区科技局 | 厦门市思明区振兴南路 95 号 | 0592–4392810 |\n\
         |  |  | 三明市行政审批服 务局 | 三明市泰宁县兴业路 321 号 | 0598-6100927 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("上海市科学技术局", "虹口区人民街153号行政服务中心2楼")), "{read:?}");
}

#[test]
fn a_next_page_opening_with_text_lines_up_under_a_row_printing_empty_leading_cells() {
    // `| | | 文山壮族苗族自治 | …784号 | 0876-… |` / page / `| 州科学技术局(外 | 科技大厦8楼515室
    // | | | | |` over `| 国专家局) | | | | | |`: the page's rows leave out the 序号 and
    // province columns and print empty cells at their end.
    let n = norm(
        "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         |  |  | 永胜县人力资源和 社会保障局 | 丽江市永胜县中山北路319号科技大厦4 楼841室 | 0888-3685744 |\n\
         |  |  |  | 丽江市永胜县青年大道 775 号 | 0888-2751168 |\n\
         |  |  | 文山壮族苗族自治 | 文山壮族苗族自治州丘北县迎宾街784号 | 0876-2324057/2808894 |\n\
         \n\
         | 州科学技术局(外 | 科技大厦8楼515室 |  |  |  |  |\n\
         |---|---|---|---|---|---|\n\
         | 国专家局) |  |  |  |  |  |\n\
         | 临沧市行政审批服 | 凤庆县和平中路372号市民服务中心12 | 0883-2034703 |  |  |  |\n\
         | 务局 | 号窗口 |  |  |  |  |\n",
    );
    let read = names_and_addresses(&n);
    assert!(
        read.contains(&("文山壮族苗族自治州科学技术局(外国专家局)", "文山壮族苗族自治州丘北县迎宾街784号科技大厦8楼515室")),
        "{read:?}"
    );
}

#[test]
fn a_row_printed_a_cell_left_with_empty_columns_before_the_phone_heads_a_name_over_three_rows() {
    // `| | 唐山市高新技术产 | 唐山市…大厦5 | 0315-… | | | |` over `| | | 业开发区管理委员 | 层 |
    // | | |` and `会`: the row printed a cell left, 产业 across the cut; the middle row goes on
    // the name it heads.
    let n = norm(
        "|  |  | 承德市政务服务中 心 | 承德市承德县解放东路 946 号市民服 务中心 32 号窗口 |  |  | 0314-7692495/2202834 |\n\
         |---|---|---|---|---|---|---|\n\
         |  |  |  | 承德市承德县青年中路 945 号 |  |  | 0314-3420801 |\n\
         |  | 唐山市高新技术产 | 唐山市路南区学府大道191号人才大厦5 | 0315-5076431;0315-5690311 |  |  |  |\n\
         |  |  | 业开发区管理委员 | 层 |  |  |  |\n\
         |  |  | 会 |  |  |  |  |\n\
         |  |  | 永年 | 邯郸市永年 |  |  | 0310-3082153 |\n\
         |  |  | 区科技局 | 区朝阳大道651号 |  |  |  |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("唐山市高新技术产业开发区管理委员会", "唐山市路南区学府大道191号人才大厦5层")), "{read:?}");
}

#[test]
fn a_row_a_cell_short_opening_in_the_same_column_as_the_next_page_s_is_not_shifted() {
    // `| | | 大兴安岭地区科学 | …综合办 | 1397… |` / page / `| | | 技术局(外国专家 | | 公楼861室 |
    // |`: the next page is wider by an empty cell after the name, not by a cell the row lost
    // at its start; the page's first row finishes the name above.
    let n = norm(
        "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         | 6 | 黑龙江 | 齐齐哈尔市外国专 家局 | 齐齐哈尔市碾子山区世纪中路 290 号 | 0452-3617038 |\n\
         |  |  |  | 齐齐哈尔市碾子山区长江大道 460 号 | (0452)7987908 |\n\
         |  |  | 大兴安岭地区科学 | 大兴安岭地区塔河县学府北路78号综合办 | 13973148040 |\n\
         \n\
         | ii |\n\
         |---|---|---|\n\
         |  |  | 技术局(外国专家 |  | 公楼861室 |  |\n\
         |  |  | 局) |  |  |  |\n\
         |  |  | 明水县行政审批局 |  | 明水县团结大道898号政务服务中心2楼 33号窗口 | 0455-5883958 |\n\
         |  |  | 黑河市外国专家局 |  | 黑河市嫩江市和平东路473号人才大厦3层 | 0456-4404303 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("大兴安岭地区科学技术局(外国专家局)", "大兴安岭地区塔河县学府北路78号综合办公楼861室")), "{read:?}");
}

#[test]
fn a_row_printed_a_cell_left_with_empty_columns_before_the_address_s_lines_up_over_its_rest() {
    // `| | 山南市高新技术产 | 加查县…1楼 | | | 0893-… | |` over `| | | 业开发区管理委员 | | | 31号窗口
    // | |` and `会`: the row above, its phone left of the phone's column, is read a cell right,
    // so the middle row finishes the name above it.
    let n = norm(
        "| 序号 | 省份 | 受理机构 | | | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|---|---|\n\
         |  |  | 新乡市行政审批服 务局 |  |  | 新乡市红旗区世纪大道785号市民服务中 心29号窗口 | (0373)5872982 |\n\
         | 6 | 西藏 | 察隅县科技局 |  |  | 察隅县兴业中路311号综合办公楼178 室 | 0894-2373729 |\n\
         |  | 山南市高新技术产 | 加查县世纪中路667号政务服务中心1楼 |  |  | 0893-6655393 |  |\n\
         |  |  | 业开发区管理委员 |  |  | 31号窗口 |  |\n\
         |  |  | 会 |  |  |  |  |\n\
         |  |  | 阿里地区外国专家 |  |  | 阿里地区改则县中山路6号 | 0897-2376764 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("山南市高新技术产业开发区管理委员会", "加查县世纪中路667号政务服务中心1楼31号窗口")), "{read:?}");
}

#[test]
fn a_window_dialling_through_an_en_dash_inherits_the_name_above_in_its_city() {
    // `宝山区` names a district of 上海 and one of 双鸭山: with no province printed, the
    // window's number, `021–…` (an en dash), says which, and the name above is inherited.
    let n = norm(
        "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         | 6 |  | 上海市外国专家局 | 宝山区胜利街 501 号人才大厦 2  层 | 021-48242763 |\n\
         |  |  |  | 宝山区迎宾街 770 号市民服务中心 9 号窗口 | 021–20661678 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("上海市外国专家局", "宝山区迎宾街770号市民服务中心9号窗口")), "{read:?}");
}

#[test]
fn a_page_of_one_row_giving_the_name_above_its_ending_is_that_name_s() {
    // `| | | 南阳市政务服务中 | …507号 | 电话:… |` / page / `| 心 | | |` alone on its page: no
    // column places `心`, but it gives the name above its ending.
    let n = norm(
        "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         |  |  | 郾城区行政审批局 | 郾城区中山东路 143 号市民服务中心  23 号窗口 | 0395-7097246 (工作日内回复) |\n\
         |  |  | 安阳市科学技术局 (外国专家局) | 文峰区新华路 849 号行政服务中心  1 楼 | 联系电话: 0372-8210350 |\n\
         |  |  | 南阳市政务服务中 | 南阳市桐柏县解放街507号 | 电话:0377-8672 4705 |\n\
         \n\
         | 心 |  |  |\n\
         |---|---|---|\n\
         \n\
         | 5 | 山东 | 泰安市高新技术产 业开发区管理委员 会 | 泰安市新泰市迎宾东路 811 号人才大 厦 1 层 | (0538)2150236(工作日) |\n\
         |---|---|---|---|---|\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("南阳市政务服务中心", "南阳市桐柏县解放街507号")), "{read:?}");
}

#[test]
fn an_agency_s_other_name_a_cell_left_goes_on_the_whole_name_above() {
    // `| | | 中山市科学技术局 | …7层 | 0760-… |` over `| | (外国专家局) | | | | |`: the bracket
    // printed a cell left is the agency's other name, not the address's rest.
    let n = norm(
        "| 序 号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         |  |  |  | 东莞市解放南路 490 号 | 0769–25895009 |\n\
         |  |  | 肇庆市人力资源和 社会保障局 | 肇庆市鼎湖区团结路 450 号科技大厦  2 楼 823 室 | (0758)6177623 |\n\
         |  |  | 中山市科学技术局 | 中山市光明路699号人才大厦7层 | 0760-57367617 |\n\
         |  | (外国专家局) |  |  |  |  |\n\
         |  |  | 澄海区人力资源和 | 澄海区建设路210号 | 0754-7932543 |\n\
         |  |  | 社会保障局 |  |  |\n\
         | 3 |  | 遵义市高新技术产 业开发区管理委员 会 | 遵义市桐梓县胜利南路 219 号政务服 务中心 5 楼 9 号窗口 | 0851-6454740 |\n\
         |  |  | 水城区科技局 | 水城区世纪东路 256 号行政服务中心  3 楼 | 0858–2021970 |\n\
         |  |  | 龙里县 | 龙里县 | 0854-5954902/6809580 |\n\
         |  |  | 科技局 | 科技东路651号综合办公楼960室 |  |\n\
         |  |  | 黔东南苗族侗族自治州外国专家局 | 黔东南苗族侗族自治州丹寨县胜利东路 9  号 | 0855-3563877 |\n\
         |  |  | 铜仁市人力资源和 | 铜仁市碧江区滨河中路987号 | (0856)8005283 |\n\
         |  |  | 社会保障局 |  |  |  |  |  |\n\
         |  |  | 贵阳市行政审批服 务局 | 贵阳市清镇市朝阳街345号 | 0851-5141713 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("中山市科学技术局(外国专家局)", "中山市光明路699号人才大厦7层")), "{read:?}");
}

#[test]
fn a_row_heads_the_next_row_wider_by_empty_cells_at_its_end() {
    // `| | | 哈尔 | 哈尔滨市 | |` over `| | | 滨市政务服务中心 | 木兰县迎宾路677号 | 电话:… | | |`:
    // the row below, two empty cells wider, lines up by its left edge; both heads go on.
    let n = norm(
        "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         | 4 | 黑龙江 | 黑河市政务服务中 心 | 黑河市北安市新华西路17号政务服务中心 4楼21号窗口 | 0456-5076168 |\n\
         |  | 塔河县科学技术局 | 塔河县解放街 822 号人才大厦 1  层 | 0457-3162226/4780301 |\n\
         |  |  | 哈尔 | 哈尔滨市 |  |\n\
         |  |  | 滨市政务服务中心 | 木兰县迎宾路677号 | 电话:0451-7641 2388 |  |  |\n\
         |  |  | 同江市行政审批局 | 佳木斯市同江市新华南路 795 号科技 大厦 2 楼 479 室 | 0454-7457250 |\n\
         |  |  | 虎林市科技局 | 鸡西市虎林市建设大道 683 号人才大 厦 9 层 | (0467)4708237 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("哈尔滨市政务服务中心", "哈尔滨市木兰县迎宾路677号")), "{read:?}");
}

#[test]
fn a_row_printed_a_cell_left_and_a_cell_wider_lines_up_over_the_name_s_middle() {
    // `| | 河池市高新技术产 | …科技大厦 | 0778-… | | |` over `| | | 业开发区管理委员 | 8楼885室 | |`
    // over `| | | 会 | | | |`: the first row, printed a cell left with an empty cell at its end,
    // is read a cell right, so the middle row finishes its name and goes on it.
    let n = norm(
        "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         |  |  | 政审批服务局 | 民服务中心35号窗口 |  |\n\
         |  |  | 桂平市行政审批局 | 贵港市桂平市科技西路 164 号 | 0775-3495686 |\n\
         |  | 河池市高新技术产 | 都安瑶族自治县解放中路344号科技大厦 | 0778-8929725 |  |  |\n\
         |  |  | 业开发区管理委员 | 8楼885室 |  |\n\
         |  |  | 会 |  |  |  |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("河池市高新技术产业开发区管理委员会", "都安瑶族自治县解放中路344号科技大厦8楼885室")), "{read:?}");
}

#[test]
fn a_row_wider_by_empty_cells_after_its_name_heads_the_next() {
    // `| | | 碾子 | | | 齐齐哈 | |` over `| | | 山区科技局 | 尔市碾子山区…752号… | 0452-… |`: the
    // head row, two empty cells wider, is read squeezed to the next row's width; both heads go on.
    let n = norm(
        "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         |  |  | 绥化市人力资源和 社会保障局 | 明水县和平大道 824 号人才大厦 3 层 | 0455–4543911 |\n\
         |  |  | 伊春市外国专家局 | 铁力市团结西路 574 号政务服务中心  1 楼 13 号窗口 | (0458)3661907(工作日) |\n\
         |  |  | 碾子 |  |  | 齐齐哈 |  |\n\
         |  |  | 山区科技局 | 尔市碾子山区中山东路752号人才大厦5层 | 0452-3553933(两证联办) |\n\
         |  |  | 爱辉区行政审批局 |  | 黑河市爱辉区朝阳街 58 号 | 0456-4001244 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("碾子山区科技局", "齐齐哈尔市碾子山区中山东路752号人才大厦5层")), "{read:?}");
    assert!(read.contains(&("伊春市外国专家局", "铁力市团结西路574号政务服务中心1楼13号窗口")), "{read:?}");
}

#[test]
fn an_address_head_past_the_table_s_columns_heads_the_address_below() {
    // `| | 自 治 区 | 柳州市外 | | | | 融安县 | |` over `| | | 国专家局 | 光明西路749号 | …`: the
    // place past the table's columns, on a row heading the next, is the address's head.
    let n = norm(
        "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         | 3 | 广西壮族 | 百色市科学技术局 | 百色市田东县科技南路 866 号 | 0776-3311342、4803330 |\n\
         |  | 自 治 区 | 柳州市外 |  |  |  | 融安县 |  |\n\
         |  |  | 国专家局 | 光明西路749号 | 电话:0772-5849002 |\n\
         |  |  | 贵港市人力资源和 社会保障局 | 贵港市桂平市团结街 628 号 | 0775–4490514 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("柳州市外国专家局", "融安县光明西路749号")), "{read:?}");
}

#[test]
fn a_wider_row_above_opening_with_its_province_is_squeezed_where_it_stands() {
    // `| | 自 治 区 | 固原市高新技术产 | | | 固原市…9层 | 0954–… |` over `| | | 业开发区管理委员 | | |`
    // over `| | | 会 | | |`: the row above, squeezed in place, is the name's head the rows below finish.
    let n = norm(
        "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         | 4 | 宁夏回族 | 同心县科技局 | 吴忠市同心县长江西路 487 号综合办 公楼 396 室 | 0953-7972317 |\n\
         |  | 自 治 区 | 固原市高新技术产 |  |  | 固原市原州区人民路617号人才大厦9层 | 0954–2935207 |\n\
         |  |  | 业开发区管理委员 |  |  |\n\
         |  |  | 会 |  |  |\n\
         |  |  | 中卫市高新技术产业开发区管理委员会 | 中卫市沙坡头区振兴南路714号 | (0955)6344600 |  |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("固原市高新技术产业开发区管理委员会", "固原市原州区人民路617号人才大厦9层")), "{read:?}");
}

#[test]
fn a_window_printed_a_column_left_with_a_labelled_cut_phone_reads_a_column_right() {
    // `| | | 衡阳市南岳区人民大道571号… | 联系电话: 0734-4 | |`: a labelled number too short to be
    // whole is a phone, so the row, its last text misread, is read a column right; the name is
    // the window's bureau above.
    let n = norm(
        "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         |  |  | 衡阳市经济技术开 | 衡阳市南岳区中山街448号市民服务中心 | 0734-4292710 |\n\
         |  |  | 发区人才服务中心 | 3号窗口 |  |\n\
         |  |  | 衡阳市南岳区人民大道 571 号政务服 务中心 4 楼 15 号窗口 | 联系电话: 0734-4 |  |\n\
         |  |  |  |  | 227910(工作日) |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("衡阳市经济技术开发区人才服务中心", "衡阳市南岳区人民大道571号政务服务中心4楼15号窗口")), "{read:?}");
}

#[test]
fn a_row_with_an_empty_cell_after_its_name_heads_the_next() {
    // `| 15 | | 龙子 | | 龙子湖区滨 | |` over `| | | 湖区科学技术局 | 河东路38号 | 1925… |`: the
    // address's head, pushed a column on by an empty cell, is read squeezed; both heads go on.
    let n = norm(
        "| 序号 | 省份 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         | 14 |  | 中国(安徽)自由 贸易试验区淮南片 区管理委员会 | 田家庵区滨河北路 522 号行政服务中 心 5 楼 | 联系电话: 0554-2619202 |\n\
         | 15 |  | 龙子 |  | 龙子湖区滨 |  |\n\
         |  |  | 湖区科学技术局 | 河东路38号 | 19255951671 |\n\
         | 16 |  |  | 蚌埠市龙子湖区学府西路 771 号 | 0552-5210360 |  |  |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("龙子湖区科学技术局", "龙子湖区滨河东路38号")), "{read:?}");
    assert!(read.contains(&("龙子湖区科学技术局", "蚌埠市龙子湖区学府西路771号")), "{read:?}");
}

#[test]
fn a_narrow_page_with_wide_section_rows_keeps_its_narrow_rows_columns() {
    // A page of three-cell rows with five-cell rows opening sections: the address and phone
    // columns are the narrow rows', the ones most cells say, so `| 三门县 | | 台州市三门县新华街4 | |`
    // heads `| 行政审批局 | 23号综合办公楼667室 | 0576-… |`.
    let n = norm(
        "| 中国(湖北)自由 贸易试验区孝感片 区管理委员会 | 安陆市解放街 610 号人才大厦 6 层 | 0712-6762638 |\n\
         |---|---|---|\n\
         | 4 | 浙 江 | 浙江省外国专家局 | 杭州市淳安县人民南路 292 号行政服 务中心 8 楼 | 0571–24393682 |\n\
         | 舟山市经济技术开 发区人才服务中心 | 舟山市岱山县科技中路 331 号 | 0580-8232 218 |\n\
         | 杭州市行政审批服 务局 | 杭州市西湖区团结东路 529 号市民服 务中心 10 号窗口 | (0571)67825235 |\n\
         | 中国(浙江)自由 贸易试验区宁波片 区管理委员会 | 江北区滨河路 973 号 | 0574-41076236 |  |  |\n\
         | 绍兴市外国专家局 | 上虞区长江中路353号 | 0575-56973873、79502029 |\n\
         | 三门县 |  | 台州市三门县新华街4 |  |\n\
         | 行政审批局 | 23号综合办公楼667室 | 0576-28962155 |\n\
         |  | 台州市三门县光明西路 589 号市民服务中心 20 号窗口 | 0576-3 |\n\
         |  |  | 3679753 |\n\
         | 湖州市经济技术开 发区人才服务中心 | 湖州市德清县中山路 843 号政务服务 中心 1 楼 21 号窗口 | 0572-5859688 |\n\
         | 丽水市科学技术局 | 丽水市青田县迎宾街 156 号人才大厦  2 层 | 0578 3674917(两证联办) |\n\
         | 柯城区科学技术局 | 衢州市柯城区振兴西路 692 号科技大 厦 2 楼 702 室 | 联系电话: 0570–7513235 |\n\
         | 5 | 北 京 | 北京市外国专家局 | 大兴区迎宾北路 115 号综合办公楼  743 室 | 010-29363221 |\n\
         | 6 | 湖 南 | 邵东市行政审批局 | 邵阳市邵东市人民南路 71 号人才大厦  8 层 | 0739-7397701 |\n\
         | 张家界市科学技术 局 | 张家界市永定区兴业北路704号行政服务 中心6楼 | 0744-4826571(两证联办) |\n\
         | 郴州市外国专家局 | 桂阳县科技南路 369 号行政服务中心  2 楼 | 0735-8068 105 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("三门县行政审批局", "台州市三门县新华街423号综合办公楼667室")), "{read:?}");
    assert!(read.contains(&("三门县行政审批局", "台州市三门县光明西路589号市民服务中心20号窗口")), "{read:?}");
}

#[test]
fn a_province_heading_a_name_in_a_wide_row_with_its_address_further_right() {
    // `| 22 | | 上海 | | | | 长宁区兴业中 | 021-… |` over `| | | 市政务服务中心 | 路739号 | |`: the
    // province under the name column, beside the address and phone read further right, is the
    // name's head, not a section.
    let n = norm(
        "|  |  | 务服务中心 | 西路226号 |  |\n\
         | 20 | 天津 | 天津市行政审批服务局 | 宝坻区光明南路 142 号 | 022-29569140 |\n\
         | 21 | 上 海 | 上海市政务服务中心科技厅窗口 | 浦东新区文化中路 765 号人才大厦  3 层 | 021-89268360、86079823 |\n\
         | 22 |  | 上海 |  |  |  | 长宁区兴业中 | 021-65204334 |\n\
         |  |  | 市政务服务中心 | 路739号 |  |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("上海市政务服务中心", "长宁区兴业中路739号")), "{read:?}");
}

#[test]
fn a_head_row_wider_by_empty_cells_at_both_ends_lines_up_with_the_next_page() {
    // `| | | 中国(吉林)自由 | …763号 | | | | |` / page / `| 贸易试验区延边朝 | 政务服务中心5楼… | 0433-… |`:
    // the row above the page's first, past its empty 序号 and province cells, is what that row
    // finishes, so the page's first row heads no record of its own.
    let n = norm(
        "|  |  | 楚雄彝族自治州人 力资源和社会保障 局 | 楚雄彝族自治州武定县青年中路537号政 务服务中心7楼8号窗口 | 0878-4617237 |\n\
         | 5 吉林 | 中国(吉林)自由贸易试验区辽源片区管理委员会 | 辽源市东辽县兴业大道 162 号 | 0437-3884973 |\n\
         |  |  | 铁西区科学技术局 | 四平市铁西区人民路 374 号行政服务中心 4 楼 | 0434-6434 397 |  |\n\
         |  |  | 中国(吉林)自由 | 延边朝鲜族自治州和龙市科技中路763号 |  |  |  |  |\n\
         \n\
         | : | | |\n\
         |---|---|---|\n\
         | 贸易试验区延边朝 | 政务服务中心5楼13号窗口 | 0433-4887254 |\n\
         | 鲜族自治州片区管 |  |  |\n\
         | 理委员会 |  |  |\n\
         | 白山市政务服务中 心 | 抚松县朝阳街 232 号市民服务中心  6 号窗口 | 0439-2378182 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(
        read.contains(&(
            "中国(吉林)自由贸易试验区延边朝鲜族自治州片区管理委员会",
            "延边朝鲜族自治州和龙市科技中路763号政务服务中心5楼13号窗口"
        )),
        "{read:?}"
    );
}

#[test]
fn a_name_head_read_as_noise_beside_an_address_head_read_as_a_name() {
    // `| 东昌区行政 | 通化市东昌区科 | 0435-… |` over `| 审批局 | 技路183号… | | | | |`: each head to
    // its column; the address above, ending whole, takes no name's ending from `…东昌区科`.
    let n = norm(
        "| 序号 | 地区 | 受理点名称 | 办公地址 | 联系电话 |\n\
         |---|---|---|---|---|\n\
         | 松原市科学技术局 (外国专家局) | 前郭尔罗斯蒙古族自治县中山南路 410  号人才大厦 9 层 | 0438-2523549 |\n\
         | 昌邑区科技局 | 吉林市昌邑区世纪街479号政务服务中心 5楼27号窗口 | 0432-32736485 0432-82927104 |\n\
         | 延边朝鲜族自治州 外国专家局 | 延边朝鲜族自治州延吉市青年街 599  号人才大厦 9 层 | 19075862734 |\n\
         | 〃 | 延边朝鲜族自治州延吉市青年南路 269 号综合办公楼 613 室 | 联系电话: 0433-6 |\n\
         |  |  | 856763 |\n\
         | 中国(吉林)自由 贸易试验区辽源片 区综合服务中心 | 辽源市东辽县和平街245号 | 0437-8826881 |\n\
         | 东昌区行政 | 通化市东昌区科 | 0435-6954705 0435-7174098 |\n\
         | 审批局 | 技路183号政务服务中心1楼35号窗口 |  |  |  |  |\n\
         | 白城市外国专家局 | 洮南市建设街 601 号行政服务中心  4 楼 |  |  | 0436-2727464 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("东昌区行政审批局", "通化市东昌区科技路183号政务服务中心1楼35号窗口")), "{read:?}");
}

#[test]
fn a_name_s_middle_printed_a_cell_left_lines_up_over_the_next_row() {
    // `| | 由贸易试验区齐齐 | | | |` over `| | | 哈尔片区管理委员 | | |` over `| | | 会 | | |`: the
    // middle, a cell left, is read under the name column, so the rows below finish its name.
    let n = norm(
        "| 2 黑龙江 | 工农区人力资源和 社会保障局 | 鹤岗市工农区团结西路 163 号政务服 务中心 8 楼 13 号窗口 | 0468-2230897 |\n\
         |  |  | 大兴安岭地区外国 专家局 | 塔河县和平北路 473 号科技大厦 1  楼 876 室 | 0457-2138 005 |\n\
         |  |  | 中国(黑龙江)自 | 碾子山区胜利大道269号 | 0452-6904609、2560421 |\n\
         |  | 由贸易试验区齐齐 |  |  |  |\n\
         |  |  | 哈尔片区管理委员 |  |  |\n\
         |  |  | 会 |  |  |\n\
         |  |  | 汤旺县行政审批局 | 伊春市汤旺县建设街 918 号市民服务 中心 37 号窗口 | 0458-5616034 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("中国(黑龙江)自由贸易试验区齐齐哈尔片区管理委员会", "碾子山区胜利大道269号")), "{read:?}");
}

#[test]
fn a_page_printing_its_first_row_from_its_left_edge_finishes_the_name_above() {
    // `| 31 | | 吉林 | 蛟河市 | 0432-… |` / page / `| 市政务服务中心 | 人民南路151号… | | | |`: the
    // page's row, as wide, its texts in its first cells, is read two columns right; `吉林` is
    // the name's head, not a section.
    let n = norm(
        "| 29 | 吉 林 | 吉林省科学技术厅(外国专家局) | 长春市宽城区解放中路 9 号行政服务中 心 6 楼 | 0431-64791191 |\n\
         | 30 |  | 中国(吉林)自由 贸易试验区辽源片 区综合服务中心 | 东辽县新华街367号人才大厦8层 | 0437-7495096 |\n\
         | 31 |  | 吉林 | 蛟河市 | 0432-7289 6368 |\n\
         \n\
         - 2 -\n\
         \n\
         | 市政务服务中心 | 人民南路151号市民服务中心40号窗口 |  |  |  |\n\
         |---|---|---|---|---|\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("吉林市政务服务中心", "蛟河市人民南路151号市民服务中心40号窗口")), "{read:?}");
}

#[test]
fn a_rest_printed_a_cell_left_reads_side_by_side_across_empty_columns() {
    // `| | 心 | 82室 | | | | | |` under `| | | 襄阳市政务服务中 | | | | …综合办公楼2 | 0710 … |`: in a
    // table with empty columns between the name's and the address's, the rest printed a cell left
    // holds the name's rest and, beside it, the address's.
    let n = norm(
        "|  |  | 黄冈市高新技术产 业开发区管理委员 会 |  |  |  | 黄冈市罗田县科技南路280号科技大厦7 楼719室 | (0713)4499845 |\n\
         |  |  | 张湾区行政审批局 |  |  |  | 十堰市张湾区新华西路387号政务服务中 心3楼9号窗口 | 0719-6593 730 |\n\
         |  |  | 武汉市外国专家局 |  |  |  | 东西湖区新华中路941号 | 027-79741042 |\n\
         |  |  |  |  |  |  | 武汉市东西湖区青年街124号 | 027-3180 4840 |\n\
         |  |  | 襄阳市政务服务中 |  |  |  | 襄阳市枣阳市中山街471号综合办公楼2 | 0710 4515847 |\n\
         |  | 心 | 82室 |  |  |  |  |  |\n\
         |  |  | 随州市科学技术局 |  |  |  | 随州市广水市文化北路 356 号市民服 务中心 23 号窗口 | 0722-5420266 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("襄阳市政务服务中心", "襄阳市枣阳市中山街471号综合办公楼282室")), "{read:?}");
}

#[test]
fn a_lone_rest_a_cell_short_is_read_against_the_usual_width() {
    // `| | 员会 | | |` under `| | | 产业开发区管理委 | | |`: a row a cell short of the width most rows
    // print is read a column right, the name's; the one row wider by a stray empty cell is no measure.
    let n = norm(
        "| 序 号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         | 1 | 内蒙古 | 包头市科学技术局 (外国专家局) | 包头市青山区青年路636号人才大厦1层 | 0472-7965317 |\n\
         |  |  | 阿拉善盟高新技术 | 阿拉善盟阿拉善左旗人民路74号 | 咨询电话:19539373782 |\n\
         |  |  | 产业开发区管理委 |  |  |\n\
         |  | 员会 |  |  |\n\
         |  |  | 乌海市行政审批服务局 | 乌海市乌达区朝阳北路 983 号市民服务中心 4 号窗口 | 0473–2184410 |\n\
         |  |  | 东乌珠穆沁旗科技 局 | 锡林郭勒盟东乌珠穆沁旗科技大道359号 行政服务中心5楼 | 0479-4412885 |\n\
         |  |  | 五原县科学技术局 | 巴彦淖尔市五原县滨河南路 758 号市 民服务中心 14 号窗口 | 0478 4498045 |\n\
         |  |  |  | 巴彦淖尔市五原县胜利南路775号 | 0478-4387089 |\n\
         |  |  | 乌兰察布市科学技 术局 | 乌兰察布市化德县长江北路 537 号 |  | 0474-3479141 |\n\
         | 2 | 山东 | 枣庄市人力资源和 社会保障局 | 枣庄市市中区迎宾大道 640 号人才大 厦 7 层 | 0632-2761706、7759349 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("阿拉善盟高新技术产业开发区管理委员会", "阿拉善盟阿拉善左旗人民路74号")), "{read:?}");
}

#[test]
fn a_city_province_heads_a_name_on_the_next_page_as_wide() {
    // `| 17 | | 重庆 | 南岸区滨河东路53 | 023-… |` / page / `| | | 市政务服务中心 | 号综合办公楼682室 | |`:
    // the province under the name column is the name's head, the page's first row below it.
    let n = norm(
        "| 15 |  | 北京市科学技术局 | 丰台区光明中路500号 | 010-55604847;010-40392914 |\n\
         | 16 | 重 庆 | 重庆市政务服务中 心科技厅窗口 | 涪陵区朝阳中路 205 号行政服务中心  8 楼 | 023-57234354 |\n\
         | 17 |  | 重庆 | 南岸区滨河东路53 | 023-69636727(工作日) |\n\
         \n\
         | : | | |\n\
         |---|---|---|\n\
         |  |  | 市政务服务中心 | 号综合办公楼682室 |  |\n\
         | 18 | 广西壮族 | 梧州市人力资源和社会保障局 | 梧州市长洲区新华南路423号市民服务中 心21号窗口 | 0774-6062744 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("重庆市政务服务中心", "南岸区滨河东路53号综合办公楼682室")), "{read:?}");
}

#[test]
fn a_head_printed_a_cell_left_over_a_wider_page_lines_up_squeezed() {
    // `| | 常州 | 新北区团结 | | |` / page / `| | | 市科学技术局 | 东路568号 | | | 0519-… |`: the next
    // page's row, wider by empty cells before its phone, is squeezed to the row's width.
    let n = norm(
        "| 编号 | 省(区、市) | 受理单位 | 受理地址 | 对外咨询电话 |\n\
         |---|---|---|---|---|\n\
         |  |  | 铜川市外国专家局 | 铜川市王益区人民路 478 号综合办公 楼 366 室 | 电话:0919-2602966 |\n\
         | 3 | 江苏 | 江苏省科学技术厅 | 栖霞区新华东路 507 号行政服务中心  2 楼 | 025 47663160(工作日) |\n\
         |  |  | 昆山市行政审批局 | 苏州市昆山市文化东路 173 号政务服务中心 6 楼 29 号窗口 | 0512-34248823 |\n\
         |  |  | 盐城市经济技术开发区人才服务中心 | 盐城市射阳县和平南路244号 | 0515-7930 4094 |\n\
         |  | 常州 | 新北区团结 |  |  |\n\
         \n\
         | 编号 | 省(区、市) | 受理单位 | 受理地址 | 对外咨询电话 |\n\
         |---|---|---|---|---|\n\
         |  |  | 市科学技术局 | 东路568号 |  |  | 0519-51031618 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("常州市科学技术局", "新北区团结东路568号")), "{read:?}");
}

#[test]
fn a_city_province_printed_a_cell_left_heads_a_name_opening_with_its_city_word() {
    // `| | 北京 | 石景山区…综合办公 | 010-… | |` / page / `| 市外国专家局 | 楼881室 | |`: `北京` is the
    // name's head, cut before the `市` the rest opens with.
    let n = norm(
        "| 编号 | 省(区、市) | 受理单位 | 受理地址 | 对外咨询电话 |\n\
         |---|---|---|---|---|\n\
         |  |  | 南昌市高新技术产 | 东湖区朝阳中路853号市民服务中心26 |  |\n\
         |  |  | 业开发区管理委员 | 号窗口 | 0791-73814567/66310322 |\n\
         |  |  | 会 |  |  |\n\
         | 5 |  | 北京市科学技术厅 (外国专家局) | 顺义区解放南路 325 号市民服务中心  15 号窗口 | 010-68293531 |\n\
         |  | 北京 | 石景山区朝阳北路272号综合办公 | 010-70858348 |  |\n\
         \n\
         - 1 -\n\
         \n\
         | : | | |\n\
         |---|---|---|\n\
         |  |  | 市外国专家局 | 楼881室 |  |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("北京市外国专家局", "石景山区朝阳北路272号综合办公楼881室")), "{read:?}");
}

#[test]
fn a_page_a_cell_short_printed_from_its_left_edge_finishes_the_head_above() {
    // `| 13 | | 石家 | …迎宾东路80 | |` / page / `| 庄市行政审批服务局 | 3号人才大厦6层 | 0311-… | |`:
    // the page's row, a cell short, its texts from its left edge, is read two columns right.
    let n = norm(
        "| 序号 | 地区 | 受理点名称 | 办公地址 | 联系电话 |\n\
         |---|---|---|---|---|\n\
         | 9 |  | 恩施土家族苗族自 治州政务服务中心 | 恩施土家族苗族自治州利川市振兴街948 号行政服务中心3楼 | 18004322323 |\n\
         | 10 |  | 宜昌市科学技术局 | 宜昌市枝江市迎宾东路 862 号行政服 务中心 4 楼 | 0717-7065674、2249688 |\n\
         | 11 河北 | 河北省科学技术厅 | 赞皇县解放大道 278 号政务服务中心  2 楼 29 号窗口 | 0311-27814482;0311-62833052 |\n\
         | 12 |  | 三河市行政审批局 | 廊坊市三河市振兴街 763 号科技大厦  5 楼 891 室 | 0316-5016756 |\n\
         | 13 |  | 石家 | 石家庄市新乐市迎宾东路80 |  |\n\
         \n\
         | 序号 | 地区 | 受理点名称 | 办公地址 | 联系电话 |\n\
         |---|---|---|---|---|\n\
         | 庄市行政审批服务局 | 3号人才大厦6层 | 0311-31340644/57681067 |  |\n\
         \n\
         2\n\
         \n\
         | 14 |  | 同上 | 石家庄市新乐市迎宾东路262号 | 0311-23988018 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("石家庄市行政审批服务局", "石家庄市新乐市迎宾东路803号人才大厦6层")), "{read:?}");
    assert!(read.contains(&("石家庄市行政审批服务局", "石家庄市新乐市迎宾东路262号")), "{read:?}");
}

#[test]
fn a_head_a_cell_left_wider_by_empty_cells_at_its_end_heads_the_row_below() {
    // `| | 烟台市高新技 | 烟台市栖 | | | | |` over `| | | 术产业开发区管理委员会 | 霞市中山东路176号 | 0535-… |`:
    // the name's head in the province's column, two empty cells too many at its end.
    let n = norm(
        "| 序 号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         | 1 | 天津 | 天津市人力资源和 社会保障局 | 宁河区兴业北路 194 号人才大厦 2  层 | 022-39465993 |\n\
         | 2 |  | 滨州市人力资源和 社会保障局 | 博兴县人民西路 174 号科技大厦 2  楼 537 室 | 0543-8670177 |\n\
         |  |  | 青岛市经济技术开发区人才服务中心 | 市南区科技中路861号人才大厦2层 | 0532-88948524、84740726 |\n\
         |  | 烟台市高新技 | 烟台市栖 |  |  |  |  |\n\
         |  |  | 术产业开发区管理委员会 | 霞市中山东路176号 | 0535-3465026 |\n\
         |  |  | 淄博市经济技术开 发区人才服务中心 | 淄博市桓台县胜利北路 210 号科技大 厦 3 楼 202 室 | 0533-7970766 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("烟台市高新技术产业开发区管理委员会", "烟台市栖霞市中山东路176号")), "{read:?}");
}

#[test]
fn a_head_wider_by_empty_cells_at_its_end_heads_a_narrower_page() {
    // `| | | 伊宁 | 伊犁…7楼7 | | |` / page (its noise header) / `| | | 县行政审批局 | 48室 | 0992-… |`.
    let n = norm(
        "| 序 号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         | 4 | 新疆 | 阿勒泰地区经济技术开发区人才服务中心 | 阿勒泰地区富蕴县迎宾街 358 号综合 办公楼 784 室 | 0906-2945 416 |\n\
         |  |  | 克孜勒苏柯尔克孜 自治州科学技术局 | 乌恰县解放西路371号 | 0908-6527020 |\n\
         |  |  | 伊宁 | 伊犁哈萨克自治州伊宁县滨河路964号科技大厦7楼7 |  |  |\n\
         \n\
         | : | | |\n\
         |---|---|---|\n\
         |  |  | 县行政审批局 | 48室 | 0992-2191125 |\n\
         |  |  | 喀什地区科学技术 局 | 英吉沙县文化大道 641 号 | 0998-5093 636 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("伊宁县行政审批局", "伊犁哈萨克自治州伊宁县滨河路964号科技大厦7楼748室")), "{read:?}");
}

#[test]
fn a_head_a_cell_left_with_its_phone_past_inserted_empty_cells_heads_the_row_below() {
    // `| | 沙依巴克 | 乌鲁木齐市沙依 | | | | 0991-… |`: read squeezed, its phone in its column.
    let n = norm(
        "| 序 号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         |  |  | 哈密市科学技术局 (外国专家局) | 伊吾县科技大道 638 号市民服务中心  15 号窗口 | 联系电话: 0902-6487368 |\n\
         |  |  | 阿克苏市行政审批局 | 阿克苏地区阿克苏市光明南路 110 号政务服务中心 5 楼 36 号窗口 | 0997-6876004 |\n\
         |  | 沙依巴克 | 乌鲁木齐市沙依 |  |  |  | 0991-8870991;0991-2933905 |\n\
         |  |  | 区科技局 | 巴克区解放中路514号政务服务中心1楼19号窗口 |  |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("沙依巴克区科技局", "乌鲁木齐市沙依巴克区解放中路514号政务服务中心1楼19号窗口")), "{read:?}");
}

#[test]
fn a_head_a_cell_left_cut_inside_its_bracket_heads_the_row_below() {
    // `通辽市科学技术局(` ends like a name but leaves its bracket open: the rest below closes it.
    let n = norm(
        "| 序 号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         |  |  | 鄂尔多斯市政务服 务中心 | 鄂尔多斯市东胜区兴业东路682号科技大 厦5楼710室 | 0477-5030044 |\n\
         |  |  | 锡林郭勒盟高新技 术产业开发区管理 委员会 | 锡林郭勒盟镶黄旗文化南路 323 号行 政服务中心 8 楼 | 0479-2326989;0479-7739319 |\n\
         |  | 通辽市科学技术局( | 通辽市奈 |  |  |\n\
         |  |  | 外国专家局) | 曼旗和平南路788号 | 0475–4150881 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("通辽市科学技术局(外国专家局)", "通辽市奈曼旗和平南路788号")), "{read:?}");
}

#[test]
fn a_place_head_read_as_the_address_beside_a_text_past_the_columns_heads_the_row_below() {
    // `| 30 | | 让胡路区 | | | 大庆市 | |` over `| 科学技术局 | 让胡路区建设东路4号 | 0459-… |`:
    // the name's head, read as an address, and the address's head past the table's columns.
    let n = norm(
        "| 序号 | 地区 | 受理点名称 | 办公地址 | 联系电话 |\n\
         |---|---|---|---|---|\n\
         | 28 | 黑龙江 | 鹤岗市行政审批服务局 | 鹤岗市绥滨县团结大道 234 号 | 0468-4984088、4626865 |\n\
         | 29 |  | 恒山区科学技术局 | 恒山区兴业大道 604 号行政服务中心  9 楼 | 0467-896 |\n\
         |  |  | 0 191 |\n\
         | 30 |  | 让胡路区 |  |  | 大庆市 |  |\n\
         | 科学技术局 | 让胡路区建设东路4号 | 0459-7165558 0459-3524924 |\n\
         | 31 |  | 伊春市政务服务中 心 | 伊春市金林区兴业南路606号科技大厦9 楼610室 | 13133226190 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("让胡路区科学技术局", "大庆市让胡路区建设东路4号")), "{read:?}");
}

#[test]
fn a_rest_with_empty_cells_inserted_after_the_name_is_read_squeezed() {
    // `| | | 心 | | | | 773室 | |` under `| 17 | | 龙岩市政务服务中 | …综合办公楼 | 0597-… |`.
    let n = norm(
        "| 序号 | 地区 | 受理点名称 | 办公地址 | 联系电话 |\n\
         |---|---|---|---|---|\n\
         | 16 |  |  | 泉州市石狮市世纪东路 403 号政务服 务中心 9 楼 12 号窗口 | 0595-78692094 |\n\
         | 17 |  | 龙岩市政务服务中 | 龙岩市上杭县解放北路703号综合办公楼 | 0597-7140861 |\n\
         |  |  | 心 |  |  |  | 773室 |  |\n\
         | 18 |  | 厦门市科学技术局(外国专家局) | 厦门市湖里区解放南路 826 号 | 0592-4452206、6990056 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("龙岩市政务服务中心", "龙岩市上杭县解放北路703号综合办公楼773室")), "{read:?}");
}

#[test]
fn a_head_with_an_empty_cell_inside_it_heads_a_narrower_row_read_squeezed() {
    // `| 江都 | | 江都区学府东路691号科技大 | |` over `| 区科技局 | 厦3楼297室 | 0514–… |`: the
    // head, a cell wider by the empty cell after its name, is read as wide as the row below.
    let n = norm(
        "| 序号 | 地区 | 受理点名称 | 办公地址 | 联系电话 |\n\
         |---|---|---|---|---|\n\
         | 海西蒙古族藏族自 治州外国专家局 | 都兰县科技大道 665 号人才大厦 4  层 | 0977-3593 853 |\n\
         | 4 | 北京市 | 北京市外国专家局 | 顺义区解放南路 302 号人才大厦 4  层 | 010-73620367 |\n\
         | 北京市行政 | 昌平区兴 | 010-2392 3386 (工作日内回复) |\n\
         | 审批服务局 | 业北路873号 |  |\n\
         | 5 | 江苏 | 南通市外国专家局 | 南通市启东市朝阳南路 449 号 | 0513-62017778 |\n\
         | 江都 |  | 江都区学府东路691号科技大 |  |\n\
         | 区科技局 | 厦3楼297室 | 0514–37114875 |\n\
         | 宿城区行政审批局 | 宿城区学府大道 524 号行政服务中心  7 楼 | 0527-67668414/78516383 |\n\
         | 泰州市外国专家局 | 泰州市高港区迎宾大道 973 号行政服 务中心 3 楼 | 0523-21676930 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("江都区科技局", "江都区学府东路691号科技大厦3楼297室")), "{read:?}");
}

#[test]
fn a_head_a_cell_short_over_a_next_page_wider_by_empty_cells_heads_it() {
    // `| | 日喀 | 日喀则市…166 | 0892-… |` / page / `| | | 则市人力资源和社会保障局 | 号…988室 | | | |`:
    // the head a cell short, the page's row squeezed to the table's width.
    let n = norm(
        "| 序 号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         |  |  | 昌都市科学技术局(外国专家局) | 左贡县兴业大道975号政务服务中心7楼7号窗口 | 0895-4604793 |\n\
         |  |  |  | 昌都市左贡县中山路 531 号 | 0895-6219907 |\n\
         |  |  | 拉萨市外国专家局 | 达孜区科技南路 340 号 | 0891-5439374 |\n\
         |  | 日喀 | 日喀则市桑珠孜区团结街166 | 0892-7031317 |\n\
         \n\
         | : | | |\n\
         |---|---|---|\n\
         |  |  | 则市人力资源和社会保障局 | 号综合办公楼988室 |  |  |  |\n\
         |  |  | 阿里地区经济技术 开发区人才服务中 心 | 阿里地区日土县迎宾街 322 号综合办公楼 809 室 | 电话:0897-2648 487 |\n\
         \n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("日喀则市人力资源和社会保障局", "日喀则市桑珠孜区团结街166号综合办公楼988室")), "{read:?}");
}

#[test]
fn a_whole_name_a_cell_left_over_its_other_name_in_brackets_heads_the_row_below() {
    // `| | 宝鸡市科学技术局 | 宝鸡市渭滨 | | |` over `| | | (外国专家局) | 区世纪西路…3层 | 0917-… |`.
    let n = norm(
        "| 序 号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         | 1 | 陕西 | 商洛市外国专家局 | 商洛市丹凤县胜利北路 483 号 | 0914-2347707 |\n\
         |  |  | 延安市政务服务中 心 | 黄陵县建设西路 892 号 | 0911-7137275/6727483 |\n\
         |  |  | 平利县行政审批局 | 安康市平利县光明南路 960 号 | 0915-8083 045 |\n\
         |  | 宝鸡市科学技术局 | 宝鸡市渭滨 |  |  |\n\
         |  |  | (外国专家局) | 区世纪西路634号人才大厦3层 | 0917-3385974 |\n\
         | 2 | 河南 | 焦作市高新技术产业开发区管理委员会 | 马村区长江北路 596 号综合办公楼 388 室 | 0391–6793178 |\n\
         \n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("宝鸡市科学技术局(外国专家局)", "宝鸡市渭滨区世纪西路634号人才大厦3层")), "{read:?}");
}

#[test]
fn a_rest_a_cell_left_in_a_page_wider_by_empty_cells_finishes_the_name_above() {
    // `| | 心 | 8楼25号窗口 | | | | |` under `| | | 怀化市政务服务中 | …服务中心 | 0745-… | | |`.
    let n = norm(
        "| 序 号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         |  |  | 娄底市科学技术局 (外国专家局) | 娄底市涟源市文化街683号 | 0738-58 |  |  |\n\
         |  |  |  |  | 73822 |  |  |\n\
         |  |  | 娄底市涟源市滨河中路 910 号科技大 厦 9 楼 305 室 | 0738-3482222 |  |  |  |\n\
         |  |  | 怀化市政务服务中 | 怀化市洪江市滨河街668号政务服务中心 | 0745-8146016 |  |  |\n\
         |  | 心 | 8楼25号窗口 |  |  |  |  |\n\
         |  | 郴州市人力资源和 社会保障局 | 嘉禾县世纪东路75号综合办公楼667室 | 联系电话: 0735 7823441 |  |  |  |\n\
         |  |  | 衡阳市政务服务中 | 祁东县滨河北路723号行政服务中心6楼 | 0734-5471307 |  |  |\n\
         \n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("怀化市政务服务中心", "怀化市洪江市滨河街668号政务服务中心8楼25号窗口")), "{read:?}");
}

#[test]
fn a_province_heading_a_longer_place_a_cell_left_is_the_names_head() {
    // `| | 海南 | 海南藏 | 0974-… | |` over `| | | 藏族自治州行政审批服务局 | 族自治州贵南县… | |`: 海南
    // and its rest read as 海南藏族自治州, no section of 海南省.
    let n = norm(
        "| 序 号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         |  |  | 海北藏族自治州科 学技术局 | 海北藏族自治州祁连县团结西路 543  号 | 0970-8926291 |\n\
         |  |  | 西宁市 | 西宁市大通回族土族自治县迎宾 | 0971-2019640;0971-4340046 |\n\
         |  |  | 科学技术局(外国专家局) | 中路755号市民服务中心38号窗口 |  |\n\
         \n\
         |  |  | 黄南藏族自治州科 学技术局(外国专 家局) | 黄南藏族自治州河南蒙古族自治县人民东路 557号综合办公楼945室 | 0973-4466746 |\n\
         |---|---|---|---|---|\n\
         |  | 海南 | 海南藏 | 0974-2813864 |  |\n\
         |  |  | 藏族自治州行政审批服务局 | 族自治州贵南县世纪中路335号市民服务中心32号窗口 |  |\n\
         |  |  | 玉树藏族自治州经 济技术开发区人才 服务中心 | 治多县振兴路 283 号科技大厦 3  楼 867 室 | 0976-3476525 |\n\
         |  |  |  | 玉树藏族自治州治多县科技大道 309 号人才大厦 2 层 | 0976-6894781 |\n\
         | 4 | 上海 | 普陀区人力资源和社会保障局 | 普陀区迎宾路 983 号政务服务中心  8 楼 33 号窗口 | 021-35344104 |\n\
         \n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("海南藏族自治州行政审批服务局", "海南藏族自治州贵南县世纪中路335号市民服务中心32号窗口")), "{read:?}");
    assert!(read.contains(&("玉树藏族自治州经济技术开发区人才服务中心", "玉树藏族自治州治多县科技大道309号人才大厦2层")), "{read:?}");
}

#[test]
fn a_head_wider_by_empty_cells_at_its_end_heads_a_narrower_row_below() {
    // `| 28 | | 双鸭 | 双鸭山市宝山区长江 | | | | |` over `| | | 山市科学技术局 | 西路49号 | 0469-… |`.
    let n = norm(
        "| 序号 | 地区 | 受理点名称 | 办公地址 | 联系电话 |\n\
         |---|---|---|---|---|\n\
         | 27 |  | 鸡西市经济技术开 发区人才服务中心 | 鸡西市虎林市团结南路 112 号行政服务中心 5 楼 | 0467-5341319 |\n\
         | 28 |  | 双鸭 | 双鸭山市宝山区长江 |  |  |  |  |\n\
         |  |  | 山市科学技术局 | 西路49号 | 0469-6888648/4363518 |\n\
         | 29 |  | 七台河市政务服务 中心 | 新兴区振兴南路347号 | 0464-3472111 |\n\
         | 30 |  | 嘉荫县行政审批局 | 伊春市嘉荫县学府街 336 号人才大厦 2 层 | 0458-6879214 |\n\
         \n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("双鸭山市科学技术局", "双鸭山市宝山区长江西路49号")), "{read:?}");
}

#[test]
fn a_next_page_opening_with_as_many_empty_cells_is_squeezed_not_read_past_them() {
    // `| | | 正蓝 | 正蓝旗…中心 | |` / page / `| | | 旗科学技术局 | | | 22号窗口 | 0479–… |`: the page's row
    // is wider by empty cells after its name, not by 序号 and province cells this row leaves out.
    let n = norm(
        "| 序号 | 地区 | 受理点名称 | 办公地址 | 联系电话 |\n\
         |---|---|---|---|---|\n\
         | 3 | 内 蒙 古 | 内蒙古自治区科学 技术厅(外国专家 局) | 呼和浩特市托克托县科技中路 643 号政务服务中心 1 楼 34 号窗口 | 0471-3228497 |\n\
         |  | 自 治 区 | 乌兰察布市科学技 | 乌兰察布市四子王旗建设中路688号政务 | 0474-4573701 |\n\
         |  |  | 术局 | 服务中心3楼22号窗口 |  |\n\
         |  |  | 正蓝 | 正蓝旗振兴中路171号市民服务中心 |  |\n\
         \n\
         | 一日 一日 日本 |\n\
         |---|---|---|\n\
         |  |  | 旗科学技术局 |  |  | 22号窗口 | 0479–3230796 |\n\
         |  |  | 中国(内蒙古)自 由贸易试验区呼伦 贝尔片区综合服务 中心 | 牙克石市学府路 276 号科技大厦 5  楼 398 室 | 0470-8107363 |\n\
         |  |  |  | 呼伦贝尔市牙克石市振兴北路 757 号 市民服务中心 16 号窗口 | (0470)2620410 |\n\
         \n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("正蓝旗科学技术局", "正蓝旗振兴中路171号市民服务中心22号窗口")), "{read:?}");
}

#[test]
fn a_head_a_cell_left_past_inserted_empty_cells_a_cell_short_heads_the_row_below() {
    // `| | 武都 | | | 陇南市…学府北路9 | |` over `| | | 区科技局 | 10号 | 0939-… |`: read squeezed as a
    // row a cell short, its empty last cell lost.
    let n = norm(
        "| 序号 | 地区 | 受理点名称 | 办公地址 | 联系电话 |\n\
         |---|---|---|---|---|\n\
         | 3 | 甘 肃 | 阿克塞哈萨克族自 治县科学技术局 | 酒泉市阿克塞哈萨克族自治县解放街 55 5 号 | 0937-8250112 |\n\
         |  |  | 华亭市科学技术局 | 平凉市华亭市和平东路 856 号综合办 公楼 787 室 | 15677491156 |\n\
         |  | 武都 |  |  | 陇南市武都区学府北路9 |  |\n\
         |  |  | 区科技局 | 10号 | 0939-5593532 |\n\
         |  |  | 平川区行政审批局 | 白银市平川区朝阳西路 679 号科技大 厦 9 楼 705 室 | (0943)5223811 |\n\
         \n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("武都区科技局", "陇南市武都区学府北路910号")), "{read:?}");
}

#[test]
fn a_middle_wider_by_empty_cells_under_a_numbered_head_finishes_it_and_its_rest_below() {
    // `| 29 | | 茂名市高新技术产 | …966号 | 0668-… |` over `| | | 业开发区管理委员 | | | |` over `| | | 会 |
    // | |`: the head opens with its 序号, no cell lost, so the middle lines up under its name.
    let n = norm(
        "| 序号 | 地区 | 受理点名称 | 办公地址 | 联系电话 |\n\
         |---|---|---|---|---|\n\
         | 27 广东 | 广东省科学技术厅 (外国专家局) | 广州市南沙区滨河中路 2 号市民服务中 心 14 号窗口 | 020 24954596 |\n\
         | 28 |  | 揭阳市行政审 | 揭西县中山北路 |  |\n\
         |  |  | 批服务局 | 452号 | (0663)6261754 |\n\
         | 29 |  | 茂名市高新技术产 | 茂名市茂南区光明北路966号 | 0668-6851124 |\n\
         |  |  | 业开发区管理委员 |  |  |  |\n\
         |  |  | 会 |  |  |\n\
         | 30 |  | 汕尾市科学技术局 | 汕尾市海丰县科技中路 260 号人才大 厦 1 层 | 0660-69 |\n\
         \n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("茂名市高新技术产业开发区管理委员会", "茂名市茂南区光明北路966号")), "{read:?}");
}

#[test]
fn a_middle_wider_by_empty_cells_under_a_record_a_cell_short_finishes_it() {
    // `| | 那曲市高新技术产 | 那曲市…564号 | 0896-… |` (a cell left, its first cell lost) over `| | |
    // 业开发区管理委员 | | | | | |` (wider by empty cells at its end) over `| | | 会 | | |`.
    let n = norm(
        "| 序 号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         |  |  | 山南市科学技术局 | 山南市乃东区建设路 226 号政务服务 中心 4 楼 39 号窗口 | 0893-6476 110 |\n\
         |  |  | 巴宜区 | 林芝市巴宜区朝 |  |\n\
         |  |  | 行政审批局 | 阳西路599号 | 咨询电话:0894-4842809 |\n\
         |  | 那曲市高新技术产 | 那曲市班戈县迎宾南路564号 | 0896-4581 125 |\n\
         |  |  | 业开发区管理委员 |  |  |  |  |  |\n\
         |  |  | 会 |  |  |\n\
         |  |  |  | 那曲市班戈县中山中路 574 号综合办 公楼 448 室 | 0896-7860402(工作日) |\n\
         \n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("那曲市高新技术产业开发区管理委员会", "那曲市班戈县迎宾南路564号")), "{read:?}");
    assert!(read.contains(&("那曲市高新技术产业开发区管理委员会", "那曲市班戈县中山中路574号综合办公楼448室")), "{read:?}");
}

#[test]
fn a_name_rest_a_cell_left_beside_an_address_rest_in_its_column_finishes_the_record_above() {
    // `| | 心 | | 9楼 | |` under `| | | 遂宁市政务服务中 | …行政服务中心 | 0825-… | | |`.
    let n = norm(
        "| 序 号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         |  |  | 雅安市外国专家局 | 雅安市名山区光明西路 859 号行政服 务中心 5 楼 | 0835-5040542 |\n\
         |  |  |  | 雅安市名山区振兴路 392 号市民服务 中心 37 号窗口 | 0835-2405816 |\n\
         |  |  | 成都市高新技术产 业开发区管理委员 会 | 成都市锦江区朝阳南路 722 号科技大 厦 6 楼 170 室 | 028-59393256 |\n\
         |  |  | 遂宁市政务服务中 | 遂宁市安居区中山路944号行政服务中心 | 0825-8606305/7323802 |  |  |\n\
         |  | 心 |  | 9楼 |  |\n\
         |  |  |  | 遂宁市安居区解放大道 838 号 | 0825 4931273 |\n\
         |  |  | 高县人力资源和社 | 高县和平大 | 15984791405 |\n\
         \n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("遂宁市政务服务中心", "遂宁市安居区中山路944号行政服务中心9楼")), "{read:?}");
}

#[test]
fn a_head_a_cell_left_with_an_empty_cell_before_its_address_head_heads_the_row_below() {
    // `| | 楚雄 | | 楚雄彝族自治州 | |`: as wide as the table, read squeezed as a row a cell short.
    let n = norm(
        "| 序 号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         | 3 | 云 南 | 建水县科学技术局 | 红河哈尼族彝族自治州建水县长江大道 2 1 号市民服务中心 38 号窗口 | 咨询电话:0873-2672285 |\n\
         |  |  | 麒麟区人力资源和 社会保障局 | 曲靖市麒麟区人民中路838号政务服务中 心4楼5号窗口 | 电话:0874-8439184 |\n\
         |  | 楚雄 |  | 楚雄彝族自治州 |  |\n\
         |  |  | 彝族自治州行政审批服务局 | 姚安县青年中路200号综合办公楼803室 | 电话:0878-6629366 |\n\
         |  |  | 剑川县行政审批局 | 剑川县团结街 795 号人才大厦 5  层 | 0872-2327566 |\n\
         \n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("楚雄彝族自治州行政审批服务局", "楚雄彝族自治州姚安县青年中路200号综合办公楼803室")), "{read:?}");
}

#[test]
fn an_address_head_under_the_phone_column_past_an_empty_cell_is_the_address_head() {
    // `| | | 那曲市政 | | 那曲市 | |` over `| | | 务服务中心 | 聂荣县…308室 | 0896-… |`.
    let n = norm(
        "| 序 号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         | 1 | 西藏 | 错那市科学技术局 | 山南市错那市建设大道 45 号 | 0893-7329933;0893-4499198 |\n\
         |  |  | 那曲市政 |  | 那曲市 |  |\n\
         |  |  | 务服务中心 | 聂荣县学府西路402号综合办公楼308室 | 0896-3394177 |\n\
         |  |  | 林芝市外国专家局 | 波密县解放大道858号科技大厦7楼74 8室 | 0894-3947108 |\n\
         \n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("那曲市政务服务中心", "那曲市聂荣县学府西路402号综合办公楼308室")), "{read:?}");
}

#[test]
fn a_head_ending_in_empty_cells_lines_up_with_a_next_page_printing_as_many_leading_ones() {
    // `| 阿拉 | 阿拉善盟阿拉善右旗青年 | | | |` / page / `| | | 善盟科学技术局(…) | 西路548号… | 0483-… |`: the page's leading empty cells are the head's trailing ones.
    let n = norm(
        "| 葫芦岛市科学技术局(外国专家局) | 葫芦岛市龙港区朝阳西路 807 号科技大厦 2 楼 134 室 | 0429-8252 790(工作日) |\n\
         |---|---|---|\n\
         | 大连市经济技术开 发区人才服务中心 | 大连市甘井子区科技中路 800 号 | 0411-6913 7994 |\n\
         | 盘锦市高新技术产 业开发区管理委员 会 | 盘锦市盘山县青年东路 781 号行政服务中心 7 楼 | 0427-7112858 0427-4874130 |\n\
         | 铁岭市政务服务中 心 | 清河区团结西路 879 号综合办公楼  380 室 | 024-86402936 |\n\
         | 盖州市科学技术局 | 营口市盖州市学府南路 964 号 | 0417-8677480 |\n\
         | 兴安盟科学技术局 | 兴安盟突泉县迎宾北路 188 号人才大厦 8 层 | 0482-7506405 |\n\
         | 巴彦淖尔市科学技 术局 | 乌拉特前旗振兴路 637 号行政服务中 心 4 楼 | 0478-4581 812 |\n\
         | 乌兰察布市科学技 | 乌兰察布市集宁区青年西路23号政务服务中 |  |\n\
         | 术局(外国专家局) | 心8楼12号窗口 | 0474-8819064 |\n\
         | 翁牛特旗科技局 | 赤峰市翁牛特旗迎宾南路359号市民服务 中心33号窗口 | 0476-6945925 |\n\
         | 呼和浩特市外国专 家局 | 呼和浩特市回民区光明中路 350 号行 政服务中心 8 楼 | 0471-4324904 |\n\
         | 阿拉 | 阿拉善盟阿拉善右旗青年 |  |  |  |  |\n\
         \n\
         |  |  | 善盟科学技术局(外国专家局) | 西路548号政务服务中心8楼37号窗口 | 0483-4289 174 |\n\
         |---|---|---|---|---|\n\
         |  |  | 乌海市政务服务中心 | 乌海市海勃湾区人民路 12 号 | 0473-1234567 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("阿拉善盟科学技术局(外国专家局)", "阿拉善盟阿拉善右旗青年西路548号政务服务中心8楼37号窗口")), "{read:?}");
}

#[test]
fn a_row_printing_its_number_and_province_in_one_cell_makes_no_column_of_cities() {
    // `| 6 陕西 | 陕西省政务服务中 心科技厅窗口 | …501号… | | 029-… |` prints a name under the province column, shifted: the head a cell left above still reads so (`| | 陆丰 | 陆丰市中 | | |`).
    let n = norm(
        "| 序 号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         | 5 | 广 东 | 广东省外国专家局 | 广州市荔湾区文化大道173号人才大厦8 层 | 020-83311713 |\n\
         |  | 陆丰 | 陆丰市中 |  |  |\n\
         |  |  | 市行政审批局 | 山街895号政务服务中心6楼26号窗口 | (0660)8952033 |\n\
         |  |  | 潮阳区科技局 | 汕头市潮阳区胜利大道245号市民服务中 心40号窗口 | 13480124066 |\n\
         | 6 陕西 | 陕西省政务服务中 心科技厅窗口 | 西安市鄠邑区世纪大道 501 号人才大 厦 5 层 |  | 029-5018 8681 |\n\
         |  |  | 宝鸡市行政审批服 务局 | 凤翔区和平东路 818 号市民服务中心  37 号窗口 | 0917-3605873 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("陆丰市行政审批局", "陆丰市中山街895号政务服务中心6楼26号窗口")), "{read:?}");
}

#[test]
fn a_wide_row_heading_a_narrow_one_lines_up_past_its_number_and_province_cells() {
    // `| | 自 治 区 | 锡林 | 锡林郭勒盟多伦县世纪 | |` over `| 郭勒盟行政审批服务局 | 街43号… | 0479-… |` on a page of narrow rows.
    let n = norm(
        "| 序 号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         | 政务服务中心 | 邯郸市丛台区振兴路718号行政服务中心6楼 | 0310-1234567 |\n\
         | 邯郸市外国专家局 | 邯郸市广平县解放东路786号 | 0310-7382239(两证联办) |\n\
         | 6 | 内蒙古 | 内蒙古自治区外国 专家局 | 呼和浩特市清水河县迎宾路 257 号 | 0471-7652126 |\n\
         |  | 自 治 区 | 锡林 | 锡林郭勒盟多伦县世纪 |  |\n\
         | 郭勒盟行政审批服务局 | 街43号人才大厦5层 | 0479–8476618 |\n\
         | 通辽市外国专家局 | 科尔沁左翼中旗滨河南路605号市民服务 中心40号窗口 | 0475-6924548 0475-4308701 |\n\
         | 乌兰察布市科学技 术局 | 乌兰察布市集宁区振兴东路 295 号综 合办公楼 979 室 | 0474-5325334 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("锡林郭勒盟行政审批服务局", "锡林郭勒盟多伦县世纪街43号人才大厦5层")), "{read:?}");
}

#[test]
fn a_three_row_name_whose_head_is_printed_a_cell_left_reads_whole() {
    // `| | 上饶市高新技术产 | 广丰区…965室 | | |` over `| | | 业开发区管理委员 | | 0793-… |` and `| | | 会 | | |`.
    let n = norm(
        "| 序 号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         | 4 | 江西 | 江西省外国专家局 | 南昌市新建区团结东路 523 号政务服 务中心 8 楼 22 号窗口 | (0791)20917218 |\n\
         |  |  | 抚州市人力资源和 社会保障局 | 黎川县建设西路 580 号 | 0794-2473116;0794-6341565 |\n\
         |  | 上饶市高新技术产 | 广丰区解放街138号综合办公楼965室 |  |  |\n\
         |  |  | 业开发区管理委员 |  | 0793-2345980 |\n\
         |  |  | 会 |  |  |\n\
         |  |  | 新余市行政审批服 务局 | 新余市渝水区胜利路 12 号 | 0790-1234567 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("上饶市高新技术产业开发区管理委员会", "广丰区解放街138号综合办公楼965室")), "{read:?}");
}

#[test]
fn a_page_opening_with_a_rest_printed_a_cell_left_finishes_the_last_page_record() {
    // `| 21 | | 南宁市政务服务中 | …综合办公楼7 | 0771-… |` / page / `| | 心 | 76室 | | |`: the rests go a cell right.
    let n = norm(
        "| 序 号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         | 19 | 上海 | 宝山区行政审批局 | 宝山区青年中路692号行政服务中心5楼 | 联系电话: 18210703699 |\n\
         | 20 | 广西壮族自治区 | 百色市科学技术局 (外国专家局) | 百色市西林县兴业街 648 号综合办公 楼 617 室 | 19713767951 |\n\
         | 21 |  | 南宁市政务服务中 | 南宁市横州市团结路457号综合办公楼7 | 0771-7981 762 |\n\
         \n\
         - 1 -\n\
         \n\
         |  | 心 | 76室 |  |  |\n\
         |---|---|---|---|---|\n\
         | 22 |  | 钦州市人力资源和 社会保障局 | 钦北区朝阳街798号人才大厦9层 | 联系电话: 0777-7347776 |\n\
         | 23 |  | 来宾市行政审批服 务局 | 来宾市武宣县胜利北路 964 号 | 0772-6875579 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("南宁市政务服务中心", "南宁市横州市团结路457号综合办公楼776室")), "{read:?}");
}

#[test]
fn a_rest_a_cell_left_goes_on_a_word_cut_under_a_ditto() {
    // `| | | 锡林浩 | …人民大道378 | |` under a row whose name is `同 上`, over `| | 特市人力资源和社会保障局 | 号科技大厦… | 0479-… |`: the ditto leaves no name open, the rest a cell left finishes the cut word.
    let n = norm(
        "| 序 号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         |  |  | 呼和浩特市科学技 术局(外国专家局 ) | 和林格尔县胜利大道 835 号人才大厦 3 层 | 0471–8524844 |\n\
         |  |  | 同 上 | 呼和浩特市和林格尔县振兴南路 104 号市民服务中心 37 号窗口 | 0471 4322696 |\n\
         |  |  | 呼伦贝尔市行政审 批服务局 | 呼伦贝尔市牙克石市振兴路 472 号 | 0470-4392268 |\n\
         |  |  | 鄂尔多斯市科学技 术局(外国专家局 ) | 鄂尔多斯市康巴什区中山南路 174 号 科技大厦 8 楼 420 室 | 0477-6243 841 |\n\
         |  |  | 同 上 | 鄂尔多斯市康巴什区胜利街 537 号行 政服务中心 5 楼 | (0477)7048514 |\n\
         |  |  | 锡林浩 | 锡林郭勒盟锡林浩特市人民大道378 |  |\n\
         |  | 特市人力资源和社会保障局 | 号科技大厦7楼410室 | 0479-6097494;0479-4215776 |\n\
         |  |  | 海南区科技局 | 海南区迎宾南路488号科技大厦2楼50 4室 | 0473-2191898;0473-7989697 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("锡林浩特市人力资源和社会保障局", "锡林郭勒盟锡林浩特市人民大道378号科技大厦7楼410室")), "{read:?}");
}

#[test]
fn a_narrow_row_read_past_the_leading_columns_finds_its_name_column_among_rows_as_wide() {
    // `| 双鸭 | 双鸭山市…902号 | 0469-… |` on a page mixing narrow rows with wide ones, over `| | | 山市外国专家局 | 行政服务中心3楼 | |` on the next: the name column is the one the narrow rows print names in.
    let n = norm(
        "| 编号 | 省(区、市) | 受理单位 | 受理地址 | 对外咨询电话 |\n\
         |---|---|---|---|---|\n\
         | 玉州区科技局 | 玉州区世纪路 48 号 | 0775-6787040 |\n\
         | 柳南区科技局 | 柳州市柳南区团结路 304 号人才大厦  8 层 | 0772-8405529 |\n\
         | 4 | 天津 | 天津市科学技术局 (外国专家局) | 红桥区中山街 824 号政务服务中心  8 楼 10 号窗口 | 022–51998999 |\n\
         | 5 | 黑龙江 | 黑龙江省外国专家 局 | 平房区文化东路 31 号综合办公楼 5 07 室 | 0451-57758109 |\n\
         | 佳木斯市科学技术 局(外国专家局) | 佳木斯市前进区光明北路563号行政服务 中心4楼 | 19450766218 |\n\
         | 黑河市高新技术产 业开发区管理委员 会 | 孙吴县中山北路 216 号科技大厦 2  楼 400 室 | 0456-4914027 |\n\
         | 伊春市科学技术局 (外国专家局) | 嘉荫县兴业大道 959 号 | 0458–6407913 |\n\
         | 双鸭 | 双鸭山市宝山区解放西路902号 | 0469-7689964 |\n\
         \n\
         - 2 -\n\
         \n\
         |  |  | 山市外国专家局 | 行政服务中心3楼 |  |\n\
         |---|---|---|---|---|\n\
         | 6 | 湖南 | 东安县行政审批局 | 东安县长江街883号人才大厦5层 | 0746-3920339 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("双鸭山市外国专家局", "双鸭山市宝山区解放西路902号行政服务中心3楼")), "{read:?}");
}

#[test]
fn a_mark_of_noise_opening_a_page_finishes_no_name() {
    // `| 市南区行政审 | 青岛市市南区科 | 0532-… |` / page / `| : | | |` then `| | | 批局 | 技东路687号… | |`: the `:` is noise, not the name's middle.
    let n = norm(
        "| 序 号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         | 济宁市人力资源和 社会保障局 | 济宁市曲阜市世纪东路 823 号行政服 务中心 3 楼 | 0537-2876225 |\n\
         | 济南市经济技术开 发区人才服务中心 | 济南市商河县长江南路 36 号 | 0531-22540770 |\n\
         | 市南区行政审 | 青岛市市南区科 | 0532-56249704 |\n\
         \n\
         | : | | |\n\
         |---|---|---|\n\
         |  |  | 批局 | 技东路687号行政服务中心2楼 |  |\n\
         |  |  | 乳山市人力资源和 社会保障局 | 威海市乳山市和平路 854 号综合办公 楼 536 室 | 0631-2226854 |\n\
         | 6 | 河北 | 大名县科学技术局 | 邯郸市大名县世纪北路 531 号综合办 公楼 272 室 | 0310-8925039 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("市南区行政审批局", "青岛市市南区科技东路687号行政服务中心2楼")), "{read:?}");
}

#[test]
fn a_rest_a_cell_left_in_a_row_wider_than_most_is_the_name_s_alone() {
    // `| | 保障局 | | | | |` under `| | | 州人力资源和社会 | 3楼 | |`, the table widened by a phone's rest printed far right: the row left out no leading column, so `保障局` finishes the name and nothing of the address.
    let n = norm(
        "| 序号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         |  |  | 博尔塔拉蒙古自治 | 阿拉山口市人民东路771号行政服务中心 | 0909-8264275(两证联办) |\n\
         |  |  | 州人力资源和社会 | 3楼 |  |\n\
         |  | 保障局 |  |  |  |  |\n\
         |  |  |  |  |  |  |  | 756659 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("博尔塔拉蒙古自治州人力资源和社会保障局", "阿拉山口市人民东路771号行政服务中心3楼")), "{read:?}");
}

#[test]
fn a_page_s_last_row_wider_by_empty_cells_after_its_name_heads_a_narrow_next_page() {
    // `| | | 六盘水市经济技术 | | | 六盘水市…中心 | 1972… |` / page / `| 开发区人才服务中 | 29号窗口 | |`, `| 心 | | |`: the row read at the table's width, the next page's texts its rests; the window below it without a name is another of the same centre.
    let n = norm(
        "| 序 号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         |  |  | 六盘水市经济技术 |  |  | 六盘水市钟山区人民路24号市民服务中心 | 咨询电话:19723384660 |\n\
         \n\
         | 开发区人才服务中 | 29号窗口 |  |\n\
         |---|---|---|\n\
         | 心 |  |  |\n\
         |  | 六盘水市钟山区团结路537号政务服务中 心5楼12号窗口 | 0858–6469173 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("六盘水市经济技术开发区人才服务中心", "六盘水市钟山区人民路24号市民服务中心29号窗口")), "{read:?}");
    assert!(read.contains(&("六盘水市经济技术开发区人才服务中心", "六盘水市钟山区团结路537号政务服务中心5楼12号窗口")), "{read:?}");
}

#[test]
fn a_page_opening_with_a_name_s_middle_a_cell_left_goes_on_the_name_cut_above() {
    // `| | | 中国(山西)自由 | 阳泉市…264号 | | | 0353-… |` / page / `| | 贸易试验区阳泉片 | | |` then `| | | 区管理委员会 | | |`: the word cut across the page (`自由` + `贸易`) makes the text a cell left the name's middle, not the address's rest.
    let n = norm(
        "外国人来华工作许可受理点一览表\n\
         \n\
         | 编号 | 省(区、市) | 受理单位 | 受理地址 | 对外咨询电话 |\n\
         |---|---|---|---|---|\n\
         |  |  | 中国(山西)自由 | 阳泉市盂县振兴南路264号 |  |  | 0353-4214 870 |\n\
         \n\
         |  | 贸易试验区阳泉片 |  |  |\n\
         |---|---|---|---|\n\
         |  |  | 区管理委员会 |  |  |\n\
         |  |  | 中国(吉林)自由 | 洮南市光明大道225号政务服务中心5楼 | 0436 4102460 |\n\
         |  |  | 贸易试验区白城片 | 19号窗口 |  |\n\
         |  |  | 宁江区科学技术局 | 宁江区振兴街 899 号政务服务中心  8 楼 33 号窗口 | 0438-4846675 |  |  |  |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("中国(山西)自由贸易试验区阳泉片区管理委员会", "阳泉市盂县振兴南路264号")), "{read:?}");
}

#[test]
fn a_middle_row_read_squeezed_to_the_width_of_the_row_above_finishes_that_row_s_name() {
    // `| 26 | | 佛山市高新技术产 | …政务服务中 | 0757-… |` over `| | | 业开发区管理委员 | | | | 心1楼30号窗口 | |`, the page's last, then `| 会 | | |`: the middle row, read at the width of the row above, finishes the name above (`产` + `业`); it heads nothing of its own.
    let n = norm(
        "| 序号 | 地区 | 受理点名称 | 办公地址 | 联系电话 |\n\
         |---|---|---|---|---|\n\
         | 6 |  | 衡阳市高新技术产业开发区管理委员会 | 衡阳市珠晖区解放大道 462 号 | 0734-8277679 |\n\
         | 24 |  | 惠州市政务服务中 | 惠州市惠阳区解放大道364号综合办公楼 | 0752-3903226 |\n\
         | 26 |  | 佛山市高新技术产 | 佛山市南海区和平中路736号政务服务中 | 0757-37647225 |\n\
         |  |  | 业开发区管理委员 |  |  |  | 心1楼30号窗口 |  |\n\
         \n\
         | 序号 | 地区 | 受理点名称 | 办公地址 | 联系电话 |\n\
         |---|---|---|---|---|\n\
         | 会 |  |  |\n\
         | 27 |  | 清远市科学技术局 | 清远市连南瑶族自治县迎宾中路 224  号科技大厦 3 楼 983 室 | 0763-6307389、8042929 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("佛山市高新技术产业开发区管理委员会", "佛山市南海区和平中路736号政务服务中心1楼30号窗口")), "{read:?}");
}

#[test]
fn a_bracket_alone_on_its_row_closes_the_name_above() {
    // `| | 术局(外国专家局 | | 0471-… | |` then `| | ) | | | |`: the lone `)` closes the bracket the name left open, no OCR noise.
    let n = norm(
        "| 序号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         |  |  | 呼和浩特市科学技 | 呼和浩特市赛罕区振兴大道205号 |  |\n\
         |  | 术局(外国专家局 |  | 0471-4125744/2846489 |  |\n\
         |  | ) |  |  |  |\n\
         |  |  | 鄂尔多斯市人力资 源和社会保障局 | 鄂尔多斯市鄂托克前旗人民街 682 号 | 联系电话: (0477)7857595 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("呼和浩特市科学技术局(外国专家局)", "呼和浩特市赛罕区振兴大道205号")), "{read:?}");
}

#[test]
fn a_table_s_first_row_wider_by_its_leading_cells_heads_the_narrow_row_below() {
    // `| | 自 治 区 | 墨脱 | 林芝市…行政 | |` over `| 县科技局 | 服务中心2楼 | 0894-… |`: the first row prints the province's cell the rows below leave out; read past it, its name and address are the heads of the row below's.
    let n = norm(
        "|  | 自 治 区 | 墨脱 | 林芝市墨脱县科技大道47号行政 |  |\n\
         |---|---|---|---|---|\n\
         | 县科技局 | 服务中心2楼 | 0894-8430526 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("墨脱县科技局", "林芝市墨脱县科技大道47号行政服务中心2楼")), "{read:?}");
}

#[test]
fn a_row_printed_from_its_left_edge_finishes_the_heads_above_it_by_the_name_s_column() {
    // `| 28 | | 乌鲁木 | 乌鲁木齐市 | |` over `| 齐市科学技术局 | 水磨沟区光明路682号 | 0991-… | | | |`: the row below left out the leading columns and ends in empty cells; lined up by the name's column, its texts finish the heads above (`乌鲁木` + `齐市`).
    let n = norm(
        "| 序号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         | 27 |  | 中国(新疆)自由 贸易试验区巴音郭 楞蒙古自治州片区 管理委员会 | 巴音郭楞蒙古自治州库尔勒市兴业南路 601 号综合办公楼 179 室 | 0996 4141255 |\n\
         | 28 |  | 乌鲁木 | 乌鲁木齐市 |  |\n\
         | 齐市科学技术局 | 水磨沟区光明路682号 | 0991-2234701(工作日) |  |  |  |\n\
         | 29 |  | 喀什地区经济技术 | 喀什地区麦盖提县人民南路491号市民服 |  |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("乌鲁木齐市科学技术局", "乌鲁木齐市水磨沟区光明路682号")), "{read:?}");
}

#[test]
fn a_free_trade_zone_s_name_head_beside_an_address_cut_at_ke_is_the_name() {
    // `| 中国(河北)自 | 石家庄市藁城区科 | 0311-… |`: `…区科` ends like no office (the head of 科技南路 cut), `中国(河北)` opens a zone's name; across the page, both go on.
    let n = norm(
        "| 编号 | 省(区、市) | 受理单位 | 受理地址 | 对外咨询电话 |\n\
         |---|---|---|---|---|\n\
         | 5 河 北 | 河北省政务服务中 心科技厅窗口 | 石家庄市鹿泉区人民西路 165 号政务 服务中心 8 楼 11 号窗口 | 0311-6826 6900 |\n\
         | 中国(河北)自 | 石家庄市藁城区科 | 0311-32783373 |\n\
         \n\
         | : | | |\n\
         |---|---|---|\n\
         |  | 由贸易试验区石家庄片区综合服务中心 | 技南路906号综合办公楼504室 |  |\n\
         |  |  |  | 石家庄市藁城区新华南路 684 号科技 大厦 1 楼 287 室 | 0311-32612496 |\n\
         |  |  | 乐亭县人力资源和 | 唐山市乐亭县滨河街613号行政服务中心 | 0315-8388592/2184192 |\n",
    );
    let read = names_and_addresses(&n);
    let name = "中国(河北)自由贸易试验区石家庄片区综合服务中心";
    assert!(read.contains(&(name, "石家庄市藁城区科技南路906号综合办公楼504室")), "{read:?}");
    assert!(read.contains(&(name, "石家庄市藁城区新华南路684号科技大厦1楼287室")), "{read:?}");
}

#[test]
fn a_name_s_ending_left_as_noise_beside_an_address_s_rest_finishes_the_name() {
    // `| 21 | | 大同市政务服务中 | …行政服务中 | 0352-… |` / a page headed by noise / `| 心 | 心4楼 | |`: the page names no column; the address takes `心4楼`, the name the `心` beside it.
    let n = norm(
        "| 序号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         | 21 |  | 大同市政务服务中 | 大同市天镇县人民南路323号行政服务中 | 0352-3001950 |\n\
         \n\
         | 一日 一日 日本 |\n\
         |---|---|---|\n\
         | 心 | 心4楼 |  |\n\
         \n\
         | 22 |  |  | 大同市天镇县新华大道3号人才大厦2层 | 0352-5519076 |\n\
         |---|---|---|---|---|\n\
         | 23 |  | 左权县科技局 | 晋中市左权县振兴东路 271 号人才大厦 1 层 | 0354-6806101 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("大同市政务服务中心", "大同市天镇县人民南路323号行政服务中心4楼")), "{read:?}");
    assert!(read.contains(&("大同市政务服务中心", "大同市天镇县新华大道3号人才大厦2层")), "{read:?}");
    assert!(!n.findings.iter().any(|f| f.code == FindingCode::NoiseTextDropped && f.before == "心"), "{:#?}", n.findings);
}

#[test]
fn a_page_opening_with_a_middle_row_wider_by_empty_cells_after_its_name_finishes_the_name_above() {
    // `| | 自 治 区 | 乌兰察布市科学技 | …科技大厦 | 电话:… |` / page / `| | | 术局(外国专家局 | | | | 8楼388室 | |` then `| | | ) | … |`: the row above lines up with the wider row once that is read at its width, so the middle row finishes the name above (`技` + `术`) as well as heading the bracket's close.
    let n = norm(
        "| 序号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         | 4 | 内 蒙 古 | 鄂托克旗科学技术 局 | 鄂托克旗青年北路901号综合办公楼51 1室 | (0477)4220844 |\n\
         |  | 自 治 区 | 乌兰察布市科学技 | 乌兰察布市化德县振兴街889号科技大厦 | 电话:0474-5463040 |\n\
         \n\
         1\n\
         \n\
         |  |  | 术局(外国专家局 |  |  |  | 8楼388室 |  |\n\
         |---|---|---|---|---|---|---|---|\n\
         |  |  | ) |  |  |  |  |  |\n\
         |  |  | 通辽市科学技术局 (外国专家局) |  |  |  | 通辽市奈曼旗新华南路 284 号科技大 厦 1 楼 655 室 | 0475-6006595 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("乌兰察布市科学技术局(外国专家局)", "乌兰察布市化德县振兴街889号科技大厦8楼388室")), "{read:?}");
}

#[test]
fn a_page_s_last_row_with_an_empty_cell_after_its_name_heads_the_next_page_as_narrow_as_its_texts() {
    // `| 南昌市 | | 南昌市东湖区…中心26 | |` / page / `| 科学技术局 | 号窗口 | 0791 … |`: read without the empty cell after its name, the row is as wide as the next page's, its city and address the heads of that row's texts.
    let n = norm(
        "外国人来华工作许可受理点一览表\n\
         \n\
         | 序号 | 地区 | 受理点名称 | 办公地址 | 联系电话 |\n\
         |---|---|---|---|---|\n\
         | 衡水市科学技术局 (外国专家局) | 衡水市故城县青年西路299号综合办公楼 802室 | 0318-7189214 |\n\
         | 新余市科学技术局 | 新余市渝水区滨河路398号市民服务中心 | 0790-8676291 |\n\
         | (外国专家局) | 19号窗口 |  |\n\
         | 昌江区科学技术局 | 昌江区长江街 785 号综合办公楼 9 65 室 | 0798-3350263 |  |  |  |\n\
         | 永修县人力资源和 社会保障局 | 永修县胜利东路 122 号综合办公楼  439 室 | 咨询电话:0792-4735758 |\n\
         | 南昌市 |  | 南昌市东湖区解放西路622号市民服务中心26 |  |\n\
         \n\
         | 科学技术局 | 号窗口 | 0791 44774588 |\n\
         |---|---|---|\n\
         | 湘东区行政审批局 | 萍乡市湘东区世纪大道 656 号综合办公楼 446 室 | 0799-3313046 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("南昌市科学技术局", "南昌市东湖区解放西路622号市民服务中心26号窗口")), "{read:?}");
}

#[test]
fn a_middle_row_leaving_out_the_province_cell_above_finishes_the_name_above() {
    // `| | 自 治 区 | 桂林市高新技术产 | …768号 | 0773-… |` over `| 业开发区管理委员 | | |` and `| 会 | | |`: the row above, read past its 序号 and province cells, lines up with the narrow rows, whose name's middle finishes the name above (`产` + `业`).
    let n = norm(
        "|  | 自 治 区 | 桂林市高新技术产 | 桂林市阳朔县长江南路768号 | 0773-7002802 |\n\
         | 业开发区管理委员 |  |  |\n\
         | 会 |  |  |\n\
         | 南宁市科学技术局 | 南宁市邕宁区科技中路714号市民服务中心3号窗口 | 0771-3985205 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("桂林市高新技术产业开发区管理委员会", "桂林市阳朔县长江南路768号")), "{read:?}");
}

#[test]
fn a_narrow_page_s_last_rows_line_up_with_the_next_page_by_its_leading_empty_cells() {
    // `| 贸易试验区阿勒泰 | 务中心7楼38号窗口 | |` / page / `| | | 地区片区管理委员 | | |` then `| | | 会 | | |`: the next page prints the 序号 and province cells the narrow page leaves out, and ends in empty cells too; lined up by them, its text is the name's rest.
    let n = norm(
        "| 序号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         | 塔城地区行政审批服务局 | 塔城地区塔城市学府路 175 号 | 0901-2434976 |\n\
         | 中国(新疆)自由 | 阿勒泰地区福海县光明南路981号政务服 | 咨询电话:0906-8839956 |\n\
         | 贸易试验区阿勒泰 | 务中心7楼38号窗口 |  |\n\
         \n\
         第 2 页\n\
         \n\
         |  |  | 地区片区管理委员 |  |  |\n\
         |---|---|---|---|---|\n\
         |  |  | 会 |  |  |\n\
         |  |  | 昌吉回族自治州外 国专家局 | 昌吉回族自治州阜康市长江路 358 号 | 0994–6444271 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(
        read.contains(&("中国(新疆)自由贸易试验区阿勒泰地区片区管理委员会", "阿勒泰地区福海县光明南路981号政务服务中心7楼38号窗口")),
        "{read:?}"
    );
}

#[test]
fn a_numbered_head_over_a_next_page_wider_by_an_empty_cell_after_its_name_is_lined_up_by_its_name() {
    // `| 39 | | 中国 | 东西湖区…1 | |` / page / `| | | (湖北)自由贸易试验区…中心 | | 楼36号窗口 | 027-… |`: the head prints its 序号, so it left out no column; the next row is wider by the empty cell after its name and reads squeezed.
    let n = norm(
        "| 序 号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         | 37 |  | 中国(湖北)自由 贸易试验区襄阳片 区管理委员会 | 襄阳市宜城市兴业路435号科技大厦4楼 253室 | 13426173675 |\n\
         | 38 |  | 〃 | 襄阳市宜城市科技西路632号 | 0710-8704166 |\n\
         | 39 |  | 中国 | 东西湖区解放街451号政务服务中心1 |  |\n\
         \n\
         2\n\
         \n\
         | 序 号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         |  |  | (湖北)自由贸易试验区武汉片区综合服务中心 |  | 楼36号窗口 | 027-63706230 |\n\
         | 40 |  | 鄂州市行政审批服 务局 |  | 鄂州市华容区胜利西路392号人才大厦2 层 | 13548736404 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("中国(湖北)自由贸易试验区武汉片区综合服务中心", "东西湖区解放街451号政务服务中心1楼36号窗口")), "{read:?}");
}

#[test]
fn two_middles_of_a_name_printed_a_cell_left_both_go_on_the_name() {
    // `| | | 中国(云南)自由 | … | |` over `| | 贸易试验区大理白 | 路645号… | 0872-… | |` and `| | 族自治州片区管理 | | | |`: the second middle, a cell left like the first, goes on it across the cut place name (大理白 + 族自治州), not on the address.
    let n = norm(
        "| 序号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         | 5 |  | 云南省科学技术厅 | 昆明市东川区长江大道387号 | 咨询电话:0871-68358519 |\n\
         |  |  | 中国(云南)自由 | 大理白族自治州巍山彝族回族自治县人民中 |  |\n\
         |  | 贸易试验区大理白 | 路645号科技大厦5楼639室 | 0872-5419990;0872-4960394 |  |\n\
         |  | 族自治州片区管理 |  |  |  |\n\
         |  |  | 委员会 |  |  |\n\
         |  |  | 临沧市高新技术产 业开发区管理委员 会 | 临沧市沧源佤族自治县中山大道 866  号科技大厦 2 楼 852 室 | 0883-7693797/4920780 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(
        read.contains(&(
            "中国(云南)自由贸易试验区大理白族自治州片区管理委员会",
            "大理白族自治州巍山彝族回族自治县人民中路645号科技大厦5楼639室"
        )),
        "{read:?}"
    );
}

#[test]
fn a_numbered_head_over_a_next_page_wider_by_empty_cells_at_both_ends_lines_up_by_its_left_edge() {
    // `| 20 | | 西湖 | 西湖区…服务 | |` / page / `| | | 区科学技术局 | 中心19号窗口 | 0791-… | | |`: read past the empty cells at its start, the next row's name would fall under the 序号; it is wider by empty cells at its end.
    let n = norm(
        "| 序号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         | 19 | 江 西 | 景德镇市科学技术 局(外国专家局) | 乐平市滨河南路 335 号政务服务中心  5 楼 9 号窗口 | 0798-3715 034 |\n\
         | 20 |  | 西湖 | 西湖区团结西路234号市民服务 |  |\n\
         \n\
         第 2 页\n\
         \n\
         | 一日 一日 日本 |\n\
         |---|---|---|\n\
         |  |  | 区科学技术局 | 中心19号窗口 | 0791-31209089、32181696 |  |  |\n\
         | 21 |  | 上饶市科学技术局 | 上饶市余干县振兴东路 550 号综合办 公楼 751 室 | 0793-4580848 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("西湖区科学技术局", "西湖区团结西路234号市民服务中心19号窗口")), "{read:?}");
}

#[test]
fn a_name_s_middle_a_cell_left_beside_the_address_s_rest_keeps_the_name_head_a_name() {
    // `| | | 中国(山东)自由 | 济南市…中 | | | | 0531-… |` over `| | 贸易试验区济南片 | 心3楼 | | … |`: the rest under the name's column is the address's, printed a cell left with the name's middle; the head above is not scored with it as an address.
    let n = norm(
        "| 序号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         |  |  | 寒亭区科学技术局 | 潍坊市寒亭区人民南路 914 号科技大厦 5 楼 214 室 |  |  |  | 0536-5511379、4262914 |\n\
         |  |  | 泰安市外国专家局 | 新泰市人民东路 217 号综合办公楼  574 室 |  |  |  | 0538-8356071 |\n\
         |  |  | 中国(山东)自由 | 济南市济阳区中山南路652号行政服务中 |  |  |  | 0531-33105155 |\n\
         |  | 贸易试验区济南片 | 心3楼 |  |  |  |  |  |\n\
         \n\
         |  |  | 区管理委员会 |  |  |\n\
         |---|---|---|---|---|\n\
         |  |  | 德州市高新技术产 业开发区管理委员 会 | 德州市德城区光明南路 290 号政务服 务中心 9 楼 35 号窗口 | 0534-3469129 0534-5570954(两证联办) |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("中国(山东)自由贸易试验区济南片区管理委员会", "济南市济阳区中山南路652号行政服务中心3楼")), "{read:?}");
}

#[test]
fn a_head_a_cell_left_whose_address_opens_with_its_street_heads_the_rest_below() {
    // `| | 嘉峪关 | 团结东路141号人 | | |` over `| | | 市科学技术局(外国专家局) | 才大厦4层 | (0937)… |`: the address names no place before its street, but its road and number say it is one; the city's name a cell left is the name's head.
    let n = norm(
        "| 序 号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         | 2 |  | 平凉市科学技术局 (外国专家局) | 平凉市崇信县长江北路961号 | 0933-7424725 |\n\
         |  |  | 金昌市人力资源和社会保障局 | 金昌市永昌县光明路 592 号行政服务中心 9 楼 | 0935-5216051、2855272 |\n\
         |  |  | 甘南藏族自治州高 新技术产业开发区 管理委员会 | 迭部县光明路810号综合办公楼766室 | 0941-7858 811 |\n\
         |  | 嘉峪关 | 团结东路141号人 |  |  |\n\
         |  |  | 市科学技术局(外国专家局) | 才大厦4层 | (0937)6603492 |\n\
         | 3 | 内 蒙 古 | 呼伦贝尔市经济技术开发区人才服务中心 | 呼伦贝尔市阿荣旗滨河中路 924 号科 技大厦 4 楼 609 室 | 0470-8702273 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("嘉峪关市科学技术局(外国专家局)", "团结东路141号人才大厦4层")), "{read:?}");
}

#[test]
fn a_city_province_s_short_name_over_the_rest_of_a_name_opening_with_its_shi_is_the_name_s_head() {
    // `| 38 | | 重庆 | | | 南岸区朝 | 023-… |` / page / `| | | 市行政审批服务局 | 阳北路103号… | |`: `重庆` in the name column, its `市` opening the name's rest on the next page, is the name's head, no section.
    let n = norm(
        "| 35 |  | 白银市外国专家局 |  |  | 白银市靖远县振兴西路 22 号人才大厦  8 层 | 0943-7399961 |\n\
         | 37 | 重庆 | 重庆市科学技术厅 |  |  | 武隆区青年街 585 号综合办公楼 1 76 室 | 023-26100206 |\n\
         | 38 |  | 重庆 |  |  | 南岸区朝 | 023-24129488 |\n\
         \n\
         |  |  | 市行政审批服务局 | 阳北路103号行政服务中心9楼 |  |\n\
         |---|---|---|---|---|\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("重庆市行政审批服务局", "南岸区朝阳北路103号行政服务中心9楼")), "{read:?}");
}

#[test]
fn a_window_s_word_under_an_address_stopping_at_its_number_is_the_address_s_beside_the_name_s_alias() {
    // `| | | 山南市科学技术局 | …中心39号 | 0893-… | | | |` / page / `| (外国专家局) | 窗口 | |`: `窗口` is what `39号` numbers, the bracket the name's other name.
    let n = norm(
        "|  |  | 阿里地区外国专家 局 | 阿里地区普兰县世纪西路 662 号综合办公楼 413 室 | 0897–6099627 |  |  |  |\n\
         |  |  | 安多县科学技术局 | 安多县团结中路71号市民服务中心3号窗口 | 0896-7505412(两证联办) |  |  |  |\n\
         |  |  | 山南市科学技术局 | 隆子县建设街684号市民服务中心39号 | 0893-4970838 |  |  |  |\n\
         \n\
         | (外国专家局) | 窗口 |  |\n\
         |---|---|---|\n\
         \n\
         | 5 | 江苏 | 南通市外国专家局 | 如皋市滨河路 425 号人才大厦 9 层 | 0513-82208624 |\n\
         |---|---|---|---|---|\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("山南市科学技术局(外国专家局)", "隆子县建设街684号市民服务中心39号窗口")), "{read:?}");
    assert!(!n.findings.iter().any(|f| f.code == FindingCode::NoiseTextDropped), "{:#?}", n.findings);
}

#[test]
fn a_page_head_row_wider_than_its_page_by_empty_cells_reads_its_name_and_address_where_the_page_does() {
    // `| 广州市政务服务 | 广州市荔湾 | | | | |` over `| 中心 | 区朝阳东路277号… | 020 … |`: the head row's empty cells at its end are no edge; its name and address heads sit where the page prints them, not a column on (the name's head lost as noise).
    let n = norm(
        "| 序 号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         | 1 | 贵州 | 安顺市人力资源和 社会保障局 | 安顺市西秀区学府街 850 号人才大厦  5 层 | 0851-4289655 |\n\
         |  |  | 贵阳市行政审批服务局 | 贵阳市白云区建设西路 382 号行政服 务中心 8 楼 | (0851)2084720 |  |  |\n\
         \n\
         | 广州市政务服务 | 广州市荔湾 |  |  |  |  |\n\
         |---|---|---|---|---|---|\n\
         | 中心 | 区朝阳东路277号科技大厦7楼280室 | 020 65118186 |\n\
         | 普宁市科学技术局 | 揭阳市普宁市建设东路 931 号行政服务中心 5 楼 | 0663-3364505 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("广州市政务服务中心", "广州市荔湾区朝阳东路277号科技大厦7楼280室")), "{read:?}");
}

#[test]
fn a_bare_city_beside_a_name_s_head_heads_the_address_the_next_row_goes_on() {
    // `| 长春市人力资源和 | 长春市 | | | |` over `| 社会保障局 | 绿园区团结西路583号… | 0431-… | | |`: `长春市` is the address's head, not a place-name cell left out.
    let n = norm(
        "| 序 号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         | 5 | 吉林 | 白城市人力资源和 社会保障局 | 镇赉县青年西路 289 号综合办公楼  394 室 | 0436-4763024 |\n\
         |  |  | 辽源市行政审批服务局 | 东辽县光明南路 665 号市民服务中心  32 号窗口 | 13114337364 |\n\
         \n\
         | 长春市人力资源和 | 长春市 |  |  |  |\n\
         |---|---|---|---|---|\n\
         | 社会保障局 | 绿园区团结西路583号人才大厦1层 | 0431-48735610 |  |  |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("长春市人力资源和社会保障局", "长春市绿园区团结西路583号人才大厦1层")), "{read:?}");
}

#[test]
fn a_window_below_a_name_naming_no_known_place_is_inherited_in_the_city_its_area_code_serves() {
    // The name above names no place the gazetteer knows and its address none: its area code 0760 serves 中山 alone, where the window below is.
    let n = norm(
        "| 序 号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         |  |  | 中国(广东)自由 贸易试验区中山片 区管理委员会 | 建设北路 864 号市民服务中心 10  号窗口 | 0760-45028194 |\n\
         |  |  |  | 中山市迎宾东路 538 号 | 0760-43417817 |\n\
         |  |  | 东莞市科学技术局 | 朝阳大道546号科技大厦2楼730室 | 0769-86716381 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("中国(广东)自由贸易试验区中山片区管理委员会", "中山市迎宾东路538号")), "{read:?}");
}

#[test]
fn a_place_cell_of_a_record_s_row_heads_the_name_its_next_row_prints_without_a_place() {
    // `| | 涡阳县 | 亳州市涡阳县…人才 | 0558-… |` over `| | | 科学技术局 | 大厦7层 | |`: `涡阳县`, read as a city column's cell, is the head of the name below.
    let n = norm(
        "| 序 号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         | 萍乡市人力资源和 社会保障局 | 萍乡市上栗县滨河南路 734 号 | 19998239895 |\n\
         | 新干县行政审批局 | 新干县解放中路 694 号 | 0796-7686531/8493382 |\n\
         | 九江市科学技术局(外国专家局) | 九江市共青城市青年大道 308 号 | 电话:0792-3988387 |\n\
         | 3 浙 江 | 绍兴市政务服务中 心 | 嵊州市振兴东路 450 号综合办公楼  742 室 | (0575)87704824 |\n\
         | 钱塘区行政审批局 | 钱塘区中山西路 999 号政务服务中心  1 楼 2 号窗口 | 0571-62718671 |\n\
         | 中国(浙江)自由贸 | 温州市永嘉县科技中路763号 | 咨询电话:0577-67108593(工作日) |\n\
         | 衢州市经济技术开 发区人才服务中心 | 衢州市龙游县建设南路763号综合办公楼 187室 | 0570-4068 726 |\n\
         | 金华市经济技术开发区人才服务中心 | 金华市金东区学府路 335 号 | 0579-77812153 |\n\
         | 舟山市行政审批服 务局 | 舟山市定海区迎宾大道53号科技大厦1楼 148室 | 0580-3747373 |\n\
         |  | 舟山市定海区建设大道 631 号人才大 厦 9 层 | 0580-4603457 |\n\
         | 台州市高新技术产业开发区管理委员会 | 台州市路桥区迎宾路437号科技大厦8楼679室 | 0576-68155295、49521544 |\n\
         | 湖州市高新技术产 业开发区管理委员 会 | 南浔区团结南路 701 号政务服务中心  2 楼 9 号窗口 | 0572-5026896、4399571 |\n\
         | 汉源县人力资源和 社会保障局 | 汉源县团结东路 483 号综合办公楼  165 室 | 18817220776 |\n\
         | 攀枝花市科学技术 局(外国专家局) | 攀枝花市东区建设路 579 号行政服务 中心 8 楼 | 0812-4121717 |\n\
         | 中国(四川)自由 贸易试验区眉山片 区管理委员会 | 东坡区长江中路 875 号政务服务中心  2 楼 12 号窗口 | 028-78548036 |\n\
         \n\
         |---|---|---|\n\
         |  |  | 宣城市广德市迎宾街 598 号市民服务 中心 1 号窗口 | 0563-4511657 |\n\
         |  | 涡阳县 | 亳州市涡阳县长江街802号人才 | 0558-3252 101 |\n\
         |  |  | 科学技术局 | 大厦7层 |  |\n\
         |  | 屯溪区人力资源和 社会保障局 | 屯溪区人民西路348号科技大厦7楼397室 | 0559-6781184 |\n\
         |  | 中国(安徽)自由 贸易试验区蚌埠片 区管理委员会 | 蚌埠市五河县迎宾大道 549 号科技大厦 6 楼 201 室 | 咨询电话:0552-5062373 |\n\
         |  |  | 芜湖市人力资源和 社会保障局 | 芜湖市繁昌区和平路 380 号综合办公 楼 715 室 | 0553-4366944 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("涡阳县科学技术局", "亳州市涡阳县长江街802号人才大厦7层")), "{read:?}");
}

#[test]
fn a_page_printing_names_first_goes_on_the_last_page_s_row_past_its_empty_lead_cells() {
    // `| | | 景德镇市经济技术 | …大厦9 | 0798-… |` / page / `| 开发区人才服务中 | 楼832室 | | | |` over `| 心 | | | | |`: as wide, the page's row lines up past the 序号 and province cells, the middle of the name, not a name of its own.
    let n = norm(
        "| 序 号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         | 4 | 江西 | 江西省政务服务中心科技厅窗口 | 南昌市新建区胜利路 979 号市民服务 中心 16 号窗口 | 0791 76354829 |\n\
         |  |  | 上饶市外国专家局 | 上饶市万年县解放北路883号政务服务中 心8楼34号窗口 | 0793–6484318 |\n\
         |  |  | 景德镇市经济技术 | 景德镇市珠山区滨河路926号科技大厦9 | 0798-6170798/4377082 |\n\
         \n\
         | 开发区人才服务中 | 楼832室 |  |  |  |\n\
         |---|---|---|---|---|\n\
         | 心 |  |  |  |  |\n\
         | 新余市高新技术产 | 新余市渝水区朝阳中路650号政务服务中 | (0790)8538927 |  |  |\n\
         | 业开发区管理委员 | 心7楼22号窗口 |  |  |  |\n\
         | 会 |  |  |  |  |\n\
         | 鹰潭市行政审批服务局 | 贵溪市兴业北路 798 号综合办公楼 585 室 | 0701-4854885、7732931 |  |  |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("景德镇市经济技术开发区人才服务中心", "景德镇市珠山区滨河路926号科技大厦9楼832室")), "{read:?}");
}

#[test]
fn a_rest_two_cells_left_past_a_noise_line_goes_on_the_last_page_s_record() {
    // `| | | 信阳市政务服务中 | …综合办公楼3 | 0376 … |` / page, `| 一日 一日 日本 |` / `| 心 | 95室 | | | |`: the name's and the address's rests, two cells left.
    let n = norm(
        "| 序 号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         |  |  | 本溪市外国专家局 | 本溪市南芬区兴业北路817号综合办公楼 717室 | 024-83667757 |\n\
         | 3 | 河南省 | 商丘市外国专家局 | 永城市学府西路 444 号 | 0370-4769012 |\n\
         |  |  | 信阳市政务服务中 | 信阳市平桥区解放街892号综合办公楼3 | 0376 4949642 |\n\
         \n\
         | 一日 一日 日本 |\n\
         |---|---|---|\n\
         | 心 | 95室 |  |  |  |\n\
         | 中国(河南)自由 贸易试验区新乡片 区综合服务中心 | 新乡市原阳县团结街 620 号行政服务 中心 9 楼 | (0373)3052479 |  |  |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("信阳市政务服务中心", "信阳市平桥区解放街892号综合办公楼395室")), "{read:?}");
}

#[test]
fn a_rest_narrower_by_one_cell_lines_up_past_both_empty_lead_cells_above() {
    // `| | | 中国(黑龙江)自 | …科技大厦 | 0453-… |` / page / `| 由贸易试验区牡丹 | 6楼278室 | | |` over `| 江片区管理委员会 | | | |`: the name's middle, lined up past both lead cells though a cell narrower.
    let n = norm(
        "| 序 号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         | 7 | 黑龙江 | 海伦市科技局 | 绥化市海伦市学府中路 752 号市民服务中心 13 号窗口 | 0455-3425708 |\n\
         |  |  | 中国(黑龙江)自 | 牡丹江市西安区世纪北路202号科技大厦 | 0453-5514324 |\n\
         \n\
         | 由贸易试验区牡丹 | 6楼278室 |  |  |\n\
         |---|---|---|---|\n\
         | 江片区管理委员会 |  |  |  |\n\
         | 嫩江市科技局 | 嫩江市学府西路 926 号 | 0456-2753070 |  |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("中国(黑龙江)自由贸易试验区牡丹江片区管理委员会", "牡丹江市西安区世纪北路202号科技大厦6楼278室")), "{read:?}");
}

#[test]
fn a_last_row_with_empty_columns_after_its_name_heads_a_narrower_next_page() {
    // `| | | 博尔塔 | | | 博尔塔拉蒙古自治州 | |` / page / `| 拉蒙古自治州外国专家局 | 博乐市…659号 | 0909–… |`: the row, squeezed past its empty columns, heads the next page's.
    let n = norm(
        "| 序 号 | 省级地区 | 受理机构 |  |  | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|---|---|\n\
         | 6 | 新疆维吾尔自治区 | 中国(新疆)自由 贸易试验区和田地 区片区综合服务中 心 |  |  | 和田地区墨玉县兴业路251号综合办公楼 126室 | 0903-2668216(两证联办) |\n\
         |  |  | 克孜勒苏柯尔克孜 自治州外国专家局 |  |  | 克孜勒苏柯尔克孜自治州阿合奇县振兴大道  487 号 | 0908-7334587(两证联办) |\n\
         |  |  | 博尔塔 |  |  | 博尔塔拉蒙古自治州 |  |\n\
         \n\
         | ii |\n\
         |---|---|---|\n\
         | 拉蒙古自治州外国专家局 | 博乐市中山西路659号 | 0909–4330296 |\n\
         | 乌鲁木齐县行政审批局 | 乌鲁木齐市乌鲁木齐县解放北路414号市民服务中心29号窗口 | (0991)2204002 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("博尔塔拉蒙古自治州外国专家局", "博尔塔拉蒙古自治州博乐市中山西路659号")), "{read:?}");
}

#[test]
fn a_row_printed_from_its_left_edge_heads_a_narrower_next_page_printed_so() {
    // `| 梅河 | 通化市梅 | | | |` / page / `| 口市人力资源和社会保障局 | 河口市学府东路… | 0435-… |`: both print their names first, the row wider by empty cells at its end; it heads the next page's.
    let n = norm(
        "| 序 号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         | 5 | 吉林 | 吉林省政务服务中心科技厅窗口 | 九台区解放中路 202 号政务服务中心  2 楼 30 号窗口 | (0431)25788495 |\n\
         | 昌邑区科学技术局 | 吉林市昌邑区科技南路 453 号行政服 务中心 9 楼 | 0432-4370 9138 |\n\
         | 西安区行政审批局 | 辽源市西安区迎宾街 797 号科技大厦 5 楼 169 室 | 0437-8360975 |\n\
         | 白山市科学技术局 | 白山市浑江区光明路 18 号 | 0439-3212345 |\n\
         | 四平市行政审批局 | 四平市铁西区新华街 66 号市民服务中心 3 号窗口 | 0434-3255123 |\n\
         | 延吉市科学技术局 | 延边朝鲜族自治州延吉市光明街 12 号 | 0433-2512345 |\n\
         | 松原市外国专家局 | 松原市宁江区长江路 8 号 | 0438-6123456 |\n\
         | 梅河 | 通化市梅 |  |  |  |\n\
         \n\
         | : | | |\n\
         |---|---|---|\n\
         | 口市人力资源和社会保障局 | 河口市学府东路101号行政服务中心7楼 | 0435-7654381 |\n\
         | 珲春市人力资源和 社会保障局 | 珲春市光明西路 90 号综合办公楼 2 54 室 | 0433-2920420 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("梅河口市人力资源和社会保障局", "通化市梅河口市学府东路101号行政服务中心7楼")), "{read:?}");
}

#[test]
fn a_text_opening_with_no_place_under_a_name_of_places_alone_beside_a_whole_address_is_the_name_s_middle() {
    // `| | | 延边朝鲜族自治州 | …文化南路424号 | | 0433-… |` over `| | | 经济技术开发区人 | | |` / page / `| | | 才服务中心 | | |`: the address ends whole, the name is a place alone; the text under it is the name's middle, though it reads as an address.
    let n = norm(
        "| 序 号 | 省级地区 | 受理机构 | 地址 |  | 咨询电话 |\n\
         |---|---|---|---|---|---|\n\
         | 6 | 吉 林 | 吉林省政务服务中心科技厅窗口 | 朝阳区新华中路529号综合办公楼712 室 |  | (0431)78760658 |\n\
         |  |  | 延边朝鲜族自治州 | 延边朝鲜族自治州汪清县文化南路424号 |  | 0433-6757891;0433-8949720 |\n\
         |  |  | 经济技术开发区人 |  |  |\n\
         \n\
         | 序 号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         |  |  | 才服务中心 |  |  |\n\
         |  |  | 通化市政务服务中 心 | 通化市东昌区胜利大道 975 号 | 0435-8135097 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("延边朝鲜族自治州经济技术开发区人才服务中心", "延边朝鲜族自治州汪清县文化南路424号")), "{read:?}");
}

#[test]
fn a_rest_a_cell_left_on_a_page_wider_by_empty_cells_goes_on_the_last_page_s_record() {
    // `| | | 嘉峪关市高新技术 | …2号窗 | 0937-… |` / page / `| | 产业开发区管理委 | 口 | | | | | |`: the page's rows are wider by empty columns; its first row, a cell left, prints the name's middle and the address's rest.
    let n = norm(
        "| 序 号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         | 4 | 甘肃 | 天水市政务服务中 心 | 天水市麦积区振兴街 492 号市民服务 中心 11 号窗口 | 0938-7697451 |\n\
         |  |  | 嘉峪关市高新技术 | 光明东路529号政务服务中心4楼2号窗 | 0937-5362690 |\n\
         \n\
         |  | 产业开发区管理委 | 口 |  |  |  |  |  |\n\
         |---|---|---|---|---|---|---|---|\n\
         |  |  | 员会 |  |  |  |  |  |\n\
         |  |  | 金昌市行政审批服 务局 | 金昌市永昌县解放中路448号综合办公楼 978室 |  |  |  | 0935-3128 815 |\n\
         |  |  | 安宁区人力资源和 社会保障局 | 兰州市安宁区解放路 501 号 |  |  |  | 0931–8162747 |\n\
         |  |  | 庆阳市行政审批服 务局 | 庆城县人民东路194号科技大厦6楼78 3室 |  |  |  | 0934-7605308 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("嘉峪关市高新技术产业开发区管理委员会", "光明东路529号政务服务中心4楼2号窗口")), "{read:?}");
}

#[test]
fn a_rest_a_cell_left_goes_on_the_last_page_s_row_wider_by_empty_cells_after_its_name() {
    // `| | | 运城市行政审批服 | | | …32号 | 电话:0359-… |` / page, `| 一日 一日 日本 |` / `| | 务局 | 窗口 | | |`: the name above sits where this page's columns put it once its empty cells are squeezed out.
    let n = norm(
        "| 序 号 | 省级地区 | 受理机构 |  |  | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|---|---|\n\
         | 6 | 山 西 | 长子县科学技术局 |  |  | 长子县兴业东路 424 号政务服务中心  1 楼 38 号窗口 | 0355-8771514/5222432 |\n\
         |  |  | 晋城市经济技术开发区人才服务中心 |  |  | 陵川县科技西路 864 号 | 0356-3659 397 |\n\
         |  |  | 运城市行政审批服 |  |  | 芮城县世纪路674号市民服务中心32号 | 电话:0359-5185228 |\n\
         \n\
         | 一日 一日 日本 |\n\
         |---|---|---|\n\
         |  | 务局 | 窗口 |  |  |\n\
         |  |  | 朔州市科学技术局 (外国专家局) | 右玉县文化街 253 号行政服务中心  3 楼 | 0349-2325716 |\n\
         |  |  | 太原市人力资源和 社会保障局 | 太原市晋源区世纪东路 879 号人才大 厦 9 层 | 0351-3105826 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("运城市行政审批服务局", "芮城县世纪路674号市民服务中心32号窗口")), "{read:?}");
}

#[test]
fn a_row_leading_with_its_province_s_rest_and_ending_in_empty_cells_heads_a_narrower_row() {
    // `| | 自 治 区 | 利通区 | 利通区学 | | |` over `| 科技局 | 府西路379号… | 联系电话: 0953-… |`: past its 序号 and province cells, its empty cells at its end dropped, the row lines up with the next; `利通区` is the name's head, no place-name cell.
    let n = norm(
        "# 全国外国人来华工作许可受理点地址及对外咨询电话\n\
         \n\
         |---|---|---|---|---|\n\
         |---|---|---|\n\
         | 5 宁夏回族 | 中国(宁夏)自由贸易试验区石嘴山片区管理委员会 | 石嘴山市大武口区和平东路 619 号人 才大厦 9 层 | 0952-3611121/8459125(工作日) |\n\
         |  | 自 治 区 | 利通区 | 利通区学 |  |  |\n\
         | 科技局 | 府西路379号行政服务中心5楼 | 联系电话: 0953-8027253 |\n\
         | 宁德市科学技术局 | 宁德市寿宁县团结南路938号人才大厦5 | 0593-2421679 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("利通区科技局", "利通区学府西路379号行政服务中心5楼")), "{read:?}");
}

#[test]
fn a_name_s_middle_a_cell_left_beside_the_record_s_phone_printed_low_under_the_address_column_goes_on_the_name() {
    // `| | | 阿坝藏族羌族自治 | …6层 | |` / page / `| | 州高新技术产业开 | | 电话:0837-… | | | |` over `| | | 发区管理委员会 | | | | |`: the name's middle a cell left, the record's phone printed low where it fell.
    let n = norm(
        "| 序 号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         | 5 | 四川 | 四川省科学技术厅 | 成都市金堂县朝阳中路 463 号市民服 务中心 28 号窗口 | 028-76036220 |\n\
         |  |  | 西充县行政审批局 | 南充市西充县青年西路 556 号科技大 厦 7 楼 510 室 | 0817-3480946 |\n\
         |  |  | 阿坝藏族羌族自治 | 松潘县世纪中路962号人才大厦6层 |  |\n\
         \n\
         | ii |\n\
         |---|---|---|\n\
         |  | 州高新技术产业开 |  | 电话:0837-2181911 |  |  |  |\n\
         |  |  | 发区管理委员会 |  |  |  |  |\n\
         |  |  | 中国(四川)自由贸易试验区德阳片区管理委员会 | 德阳市中江县中山东路 280 号 |  |  | 0838-2451726 |\n\
         |  |  | 泸州市人力资源和社会保障局 | 江阳区科技街 46 号 |  |  | 0830-3766068 |\n\
         |  |  | 安岳县人力资源和 社会保障局 | 安岳县长江中路 128 号 |  |  | 028-66184168 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("阿坝藏族羌族自治州高新技术产业开发区管理委员会", "松潘县世纪中路962号人才大厦6层")), "{read:?}");
}

#[test]
fn a_head_over_a_next_page_printed_from_its_left_edge_and_wider_by_empty_cells_lines_up_past_its_lead() {
    // `| | | 鄂尔多 | 鄂尔多斯市东胜区…633号 | |` / page / `| 斯市科学技术局(外国专家局) | 政务服务中心… | 0477-… | | | |`: the next page's row leaves out the 序号 and province cells and ends in empty cells; its texts line up with this row's from its name's column.
    let n = norm(
        "| 序 号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         | 3 | 内蒙古 | 东乌珠穆沁旗人力 资源和社会保障局 | 东乌珠穆沁旗中山南路 309 号综合办 公楼 127 室 | 0479-2219604 |\n\
         |  |  | 鄂尔多斯市科学技 术局(外国专家局 ) | 鄂尔多斯市东胜区和平街859号行政服务 中心9楼 | 0477-5105 726 |\n\
         |  |  | 鄂尔多 | 鄂尔多斯市东胜区振兴大道633号 |  |\n\
         \n\
         3\n\
         \n\
         | 斯市科学技术局(外国专家局) | 政务服务中心9楼40号窗口 | 0477-5143410 |  |  |  |\n\
         |---|---|---|---|---|---|\n\
         | 呼和浩特市行政审批服务局 | 呼和浩特市新城区中山东路 1 号 | 0471-5123456 |  |  |  |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("鄂尔多斯市科学技术局(外国专家局)", "鄂尔多斯市东胜区振兴大道633号政务服务中心9楼40号窗口")), "{read:?}");
}

#[test]
fn a_head_over_a_next_page_wider_by_empty_cells_at_both_ends_lines_up_past_its_leads() {
    // `| 拉萨市 | | 拉萨市达孜区 | |` / page / `| | | 外国专家局 | 建设路238号… | 0891-… | | |`: the next page's row prints the 序号 and province cells and the page's extra columns empty; its texts line up past its leads.
    let n = norm(
        "| 序 号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         | 6 | 西 藏 | 错那市行政审批局 | 山南市错那市新华街968号 | 0893-4606123 |\n\
         | 林芝市政务服务中心 | 朗县学府东路 700 号综合办公楼 4 58 室 | 0894–5001806 |\n\
         | 昌都市科学技术局 | 昌都市卡若区茶马广场 12 号 | 0895-4827123 |\n\
         | 日喀则市外国专家 局 | 日喀则市定结县迎宾中路 789 号市民 服务中心 26 号窗口 | 联系电话: 0892-3619386 |\n\
         | 那曲市行政审批服 务局 | 那曲市班戈县振兴街339号行政服务中心 8楼 | 0896-3866833 |\n\
         | 阿里地区外国专家 局 | 革吉县文化街 199 号综合办公楼 6 15 室 | 0897-4097615 |\n\
         | 拉萨市 |  | 拉萨市达孜区 |  |\n\
         \n\
         | 序 号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         |  |  | 外国专家局 | 建设路238号市民服务中心38号窗口 | 0891-6042833/3087843 (工作日内回复) |  |  |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("拉萨市外国专家局", "拉萨市达孜区建设路238号市民服务中心38号窗口")), "{read:?}");
}

#[test]
fn a_name_s_middle_wider_by_an_empty_cell_under_a_numbered_head_lines_up_with_it() {
    // `| 28 | | 盘锦市高新技术产 | …332号 | |` over `| | | 业开发区管理委员 | | | 0427-… |` and `| | | 会 | … |`: the row above opens with its 序号, so it left out no column; the middle row is wider by an empty cell after its name.
    let n = norm(
        "| 序 号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         | 27 |  | 朝阳市科学技术局 | 朝阳市凌源市科技路640号市民服务中心 1号窗口 | 0421-2600168 |\n\
         \n\
         2\n\
         \n\
         | 28 |  | 盘锦市高新技术产 | 盘锦市兴隆台区建设东路332号 |  |\n\
         |---|---|---|---|---|\n\
         |  |  | 业开发区管理委员 |  |  | 0427-8328314 |\n\
         |  |  | 会 |  |  |  |  |  |\n\
         | 29 |  | 本溪市科学技术局 | 本溪市平山区文化中路 837 号 | 024-48503599 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("盘锦市高新技术产业开发区管理委员会", "盘锦市兴隆台区建设东路332号")), "{read:?}");
}

#[test]
fn a_street_under_a_name_left_open_on_the_last_page_past_its_noise_line_is_the_address_s_rest() {
    // `| 35 | | 红河哈尼族彝族自 | …傣族自 | |` / page / `| : | | |` / `| | 治州人力资源和社 | 治县长江路697号… | 0873-… | |`: the row a cell left is the record's middle, the name above (on the last page, past the page's noise line) being open.
    let n = norm(
        "| 序 号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         | 33 |  | 丽江市科学技术局 (外国专家局) | 丽江市华坪县振兴中路 411 号 | 0888-5932677 |\n\
         | 34 |  | 临沧市外国专家局 | 沧源佤族自治县科技北路 168 号 | 0883-2288727 |\n\
         | 35 |  | 红河哈尼族彝族自 | 红河哈尼族彝族自治州金平苗族瑶族傣族自 |  |\n\
         \n\
         | : | | |\n\
         |---|---|---|\n\
         |  | 治州人力资源和社 | 治县长江路697号行政服务中心6楼 | 0873-5964844 |  |\n\
         |  |  | 会保障局 |  |  |\n",
    );
    let read = names_and_addresses(&n);
    assert!(
        read.contains(&(
            "红河哈尼族彝族自治州人力资源和社会保障局",
            "红河哈尼族彝族自治州金平苗族瑶族傣族自治县长江路697号行政服务中心6楼"
        )),
        "{read:?}"
    );
}

#[test]
fn a_window_word_alone_under_the_address_column_is_the_address_s_rest_not_a_name() {
    // `| | | 由贸易试验区巴彦 | | | 窗口 | |` under `| 33 | | 中国(内蒙古)自 | | | …31号 | 0478-… |`: `窗口` alone ends names and addresses alike, so its column decides.
    let n = norm(
        "| 编号 | 省(区、市) | 受理单位 | 受理地址 | 对外咨询电话 |\n\
         |---|---|---|---|---|\n\
         | 32 | 内蒙古 | 赤峰市政务服务中 心 |  |  | 赤峰市红山区朝阳大道 804 号科技大 厦 3 楼 305 室 | 0476-5712141 |\n\
         | 33 |  | 中国(内蒙古)自 |  |  | 磴口县青年街190号市民服务中心31号 | 0478-3177522(工作日) |\n\
         |  |  | 由贸易试验区巴彦 |  |  | 窗口 |  |\n\
         |  |  | 淖尔片区管理委员 |  |  |  |  |\n\
         |  |  | 会 |  |  |  |  |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("中国(内蒙古)自由贸易试验区巴彦淖尔片区管理委员会", "磴口县青年街190号市民服务中心31号窗口")), "{read:?}");
}

#[test]
fn a_closing_bracket_alone_under_a_page_s_header_closes_the_name_above() {
    // `| | | 术局(外国专家局 | 服务中心37号窗口 | |` / page / `| ) | | |`: the bracket, in whatever column, is the one the name left open.
    let n = norm(
        "| 序 号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         | 28 | 新 疆 | 克拉玛依市外国专 家局 | 克拉玛依市乌尔禾区青年南路222号综合 办公楼866室 | 0990-6303989 |\n\
         |  |  | 阿勒泰地区科学技 | 阿勒泰地区吉木乃县青年北路660号市民 | 0906-2361969 |\n\
         |  |  | 术局(外国专家局 | 服务中心37号窗口 |  |\n\
         \n\
         | 序 号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         | ) |  |  |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("阿勒泰地区科学技术局(外国专家局)", "阿勒泰地区吉木乃县青年北路660号市民服务中心37号窗口")), "{read:?}");
}

#[test]
fn two_short_rests_the_name_s_printed_in_the_seq_column_go_on_the_record_above() {
    // `| 心 | | | 口 | |` under `| 30 | 湖 南 | 怀化市政务服务中 | …7号窗 | 0745-… |`: the name's rest printed left of its column, the address's in its own.
    let n = norm(
        "| 序 号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         | 30 | 湖 南 | 怀化市政务服务中 | 中方县人民路256号市民服务中心7号窗 | 0745-3606890 |\n\
         | 心 |  |  | 口 |  |\n\
         | 33 |  | 吉首市行政审批局 | 湘西土家族苗族自治州吉首市人民东路38 号政务服务中心7楼36号窗口 | 0743-8703064 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("怀化市政务服务中心", "中方县人民路256号市民服务中心7号窗口")), "{read:?}");
}

#[test]
fn a_municipality_s_name_a_cell_left_heads_the_name_when_the_address_s_rest_opens_inside_a_road_s_name() {
    // `| | 天津市 | 红桥区中 | 022-… |` / page / `| | | 政务服务中心 | | | | 山中路177号… | |`: no address opens with `山中路`, the end of a road's name, so `天津市` is the name's head, not a section.
    let n = norm(
        "| 序 号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         | 5 | 湖 北 | 孝感市科学技术局 | 孝感市孝南区滨河路894号综合办公楼931室 | 0712-2180364 |\n\
         | 6 | 天 津 市 | 天津市外国专家局 | 宝坻区建设北路948号科技大厦2楼66 7室 | 022-58986741 |\n\
         |  | 天津市 | 红桥区中 | 022-20766478 |\n\
         \n\
         第 3 页\n\
         \n\
         | : | | |\n\
         |---|---|---|\n\
         |  |  | 政务服务中心 |  |  |  | 山中路177号综合办公楼974室 |  |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("天津市政务服务中心", "红桥区中山中路177号综合办公楼974室")), "{read:?}");
}

#[test]
fn a_head_a_cell_left_over_a_next_page_narrower_by_an_empty_column_reads_its_rests_side_by_side() {
    // `| | 天宁 | 常州市天宁区迎 | | | |` / page / `| 区科技局 | 宾街211号… | 0519–… |`: the next page leaves out the 序号 and province columns and the empty one before the phone's; its three texts are the name's rest, the address's and the phone.
    let n = norm(
        "| 序 号 | 省级地区 | 受理机构 | 地址 |  | 咨询电话 |\n\
         |---|---|---|---|---|---|\n\
         |  |  | 镇安县人力资源和 | 商洛市镇安县中山中路541号综合办公楼 |  | 0914-2202608(工作日) |\n\
         | 3 | 江苏省 | 宿迁市人力资源和 社会保障局 | 宿迁市泗阳县世纪路 143 号 |  | (0527)81793600 |\n\
         |  | 天宁 | 常州市天宁区迎 |  |  |  |\n\
         \n\
         第 2 页\n\
         \n\
         | 区科技局 | 宾街211号行政服务中心8楼 | 0519–63578996 |\n\
         |---|---|---|\n\
         | 扬州市人力资源和 | 邗江区解放大道402号市民服务中心14 | (0514)67126949 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("天宁区科技局", "常州市天宁区迎宾街211号行政服务中心8楼")), "{read:?}");
}

#[test]
fn a_head_a_cell_left_over_a_rest_a_cell_left_in_its_own_page_reads_its_rests_side_by_side() {
    // `| | 信阳市行政审批 | 信阳市浉河区兴业 | | | |` / page / `| | 服务局 | 东路552号… | 0376 2263336 | |`: both rows printed a cell left, the next page narrower by the empty column after the name's.
    let n = norm(
        "| 序 号 | 省级地区 | 受理机构 |  | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|---|\n\
         |  |  | 张掖市外国专家局 |  | 肃南裕固族自治县胜利北路 332 号科 技大厦 5 楼 306 室 | 0936 3942201 |\n\
         | 5 | 河南 | 宝丰县人力资源和 社会保障局 |  | 宝丰县朝阳东路 318 号行政服务中心  2 楼 | 0375-5426097 |\n\
         |  | 信阳市行政审批 | 信阳市浉河区兴业 |  |  |  |\n\
         \n\
         |  | 服务局 | 东路552号科技大厦3楼456室 | 0376 2263336 |  |\n\
         |---|---|---|---|---|\n\
         |  |  | 许昌市人力资源和 社会保障局 | 许昌市襄城县学府大道 999 号综合办 公楼 756 室 | 0374-5893474 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("信阳市行政审批服务局", "信阳市浉河区兴业东路552号科技大厦3楼456室")), "{read:?}");
}

#[test]
fn a_head_past_its_province_wider_by_an_empty_cell_after_its_name_lines_up_with_a_narrower_row() {
    // `| | 自 治 区 | 巴彦淖尔市科学 | | 巴彦淖 | |` over `| 技术局 | 尔市临河区…2楼 | 0478-… |`: past the 序号 and province cells, the row is squeezed to the narrower row's width, each head to its column.
    let n = norm(
        "| 序 号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         | 6 | 内蒙古 | 阿拉善盟科学技术 局 | 阿拉善盟额济纳旗长江中路 492 号行 政服务中心 7 楼 | 0483 8941581 |\n\
         | 包头市科学技术局 | 包头市昆都仑区钢铁大街 7 号 | 0472-5181234 |\n\
         | 乌海市外国专家局 | 乌海市海勃湾区滨河西路 21 号 | 0473-2012345 |\n\
         |  | 自 治 区 | 巴彦淖尔市科学 |  | 巴彦淖 |  |\n\
         | 技术局 | 尔市临河区和平街937号行政服务中心2楼 | 0478-2891519、4043793 |\n\
         | 乌兰察布市人力资 | 化德县中山街972号市民服务中心34号 |  |  | 13677073850 |\n\
         | 霍林郭勒市科技局 | 通辽市霍林郭勒市人民西路627号人才大 厦5层 | 电话:(0475)7034327 |\n\
         | 赤峰市高新技术产 业开发区管理委员 会 | 赤峰市喀喇沁旗科技大道 392 号行政 服务中心 1 楼 | 0476–8316179 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("巴彦淖尔市科学技术局", "巴彦淖尔市临河区和平街937号行政服务中心2楼")), "{read:?}");
}

#[test]
fn a_room_number_beside_a_name_s_rest_on_a_one_row_page_is_the_address_s_rest() {
    // `| 21 | | 中卫市政务服务中 | …综合办公楼 | 0955-… |` / page / `| 心 | 257室 | |`: `257室`, a number and one unit word, ends an address, not a name.
    let n = norm(
        "| 序 号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         | 20 | 宁 夏 | 吴忠市科学技术局 | 吴忠市盐池县振兴北路 708 号人才大 厦 9 层 | 0953-2925654 |\n\
         | 21 |  | 中卫市政务服务中 | 中卫市沙坡头区朝阳街183号综合办公楼 | 0955-3345442 |\n\
         \n\
         1\n\
         \n\
         | 心 | 257室 |  |\n\
         |---|---|---|\n\
         \n\
         - 2 -\n\
         \n\
         | 22 | 福建省 | 泉州市科学技术局 (外国专家局) | 泉州市泉港区和平路137号 | 0595-45932954 |\n\
         |---|---|---|---|---|\n\
         | 23 |  | 思明区科技局 | 思明区胜利西路 336 号综合办公楼  408 室 | 0592-4251668 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("中卫市政务服务中心", "中卫市沙坡头区朝阳街183号综合办公楼257室")), "{read:?}");
}

#[test]
fn a_window_word_beside_a_name_s_rest_on_a_narrower_page_finishes_the_address_after_its_number() {
    // `| | | 金华市经济技术开 | | | | …27号 | 0579-… |` / page / `| | | 发区人才服务中心 | | | 窗口 | |`: `窗口` after the address's number, out of the address's column on a page a column narrower.
    let n = norm(
        "| 序号 | 省份 | 受理机构 |  |  |  | 地址 | 电话 |\n\
         |---|---|---|---|---|---|---|---|\n\
         |  |  | 丽水市科学技术局(外国专家局) |  |  |  | 丽水市景宁畲族自治县学府街 246 号 | 0578-4897314 |\n\
         |  |  | 金华市经济技术开 |  |  |  | 永康市建设路246号市民服务中心27号 | 0579-55165862 |\n\
         \n\
         | : | | |\n\
         |---|---|---|\n\
         |  |  | 发区人才服务中心 |  |  | 窗口 |  |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("金华市经济技术开发区人才服务中心", "永康市建设路246号市民服务中心27号窗口")), "{read:?}");
}

#[test]
fn a_unit_word_beside_a_name_s_rest_finishes_the_address_stopping_at_its_number() {
    // `| 10 | | 洛阳市人力资源和 | | | | …人才大厦1 | 0379-… |` over `| | 社会保障局 | | | 层 | |`: `层` finishes the address's `大厦1`.
    let n = norm(
        "| 序 号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         | 9 | 河 南 | 驻马店市政务服务中心 |  |  |  | 驻马店市正阳县朝阳北路787号 | 0396-8452332 |\n\
         | 10 |  | 洛阳市人力资源和 |  |  |  | 洛阳市栾川县兴业东路797号人才大厦1 | 0379-51240899 |\n\
         |  | 社会保障局 |  |  | 层 |  |\n\
         | 11 |  | 新县科技局 | 新县青年西路 681 号综合办公楼 7 83 室 | 0376-2960526 |\n\
         | 12 |  | 安阳市人力资源和 社会保障局 | 安阳市文峰区人民中路 615 号 | 0372–5554548 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("洛阳市人力资源和社会保障局", "洛阳市栾川县兴业东路797号人才大厦1层")), "{read:?}");
}

#[test]
fn a_table_s_rows_printed_without_its_leading_columns_read_a_lone_name_s_middle_as_the_name_s() {
    // `| 中国(新疆)自由 | 霍尔果斯市人民街25号 | 0992-… |` over `| 贸易试验区伊犁哈 | | |` under a five-column header: the rows, three cells wide, are read past the 序号 and province columns, a lone text too.
    let n = norm(
        "| 序号 | 省份 | 受理窗口 | 地 址 | 电 话 |\n\
         |---|---|---|---|---|\n\
         | 中国(新疆)自由 | 霍尔果斯市人民街25号 | 0992-6729066 |\n\
         | 贸易试验区伊犁哈 |  |  |\n\
         | 萨克自治州片区综 |  |  |\n\
         | 合服务中心 |  |  |\n\
         |  | 伊犁哈萨克自治州霍尔果斯市建设东路 7 16 号 | 0992-7645384 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("中国(新疆)自由贸易试验区伊犁哈萨克自治州片区综合服务中心", "霍尔果斯市人民街25号")), "{read:?}");
}

#[test]
fn a_head_a_cell_left_over_a_next_page_narrower_by_empty_columns_after_the_name_reads_its_rests_side_by_side() {
    // `| | 东乡 | 抚州市东乡区长江中路753 | | | 0794-… | |` / page / `| | | 区行政审批局 | 号市民服务中心5号窗口 | |`: the next page prints its name in the name's column but not the empty columns after it.
    let n = norm(
        "| 序号 | 地区 | 受理点名称 |  |  | 办公地址 | 联系电话 |\n\
         |---|---|---|---|---|---|---|\n\
         | 4 | 江西 | 鹰潭市人力资源和社会保障局 |  |  | 鹰潭市余江区世纪大道 153 号 | 0701-4677661 |\n\
         |  |  | 新余市高新技术产业开发区管理委员会 |  |  | 新余市渝水区长江西路235号市民服务中 心5号窗口 | 0790–3529191 |\n\
         |  |  | 萍乡市高新技术产 业开发区管理委员 会 |  |  | 萍乡市莲花县文化北路 529 号政务服 务中心 3 楼 3 号窗口 | 联系电话: 0799-8593861 |\n\
         |  |  | 景德镇市行政审批服务局 |  |  | 浮梁县迎宾街709号综合办公楼491室 | 联系电话: 0798-4669189 |\n\
         |  | 东乡 | 抚州市东乡区长江中路753 |  |  | 0794-7022431 |  |\n\
         \n\
         2\n\
         \n\
         | 序号 | 地区 | 受理点名称 | 办公地址 | 联系电话 |\n\
         |---|---|---|---|---|\n\
         |  |  | 区行政审批局 | 号市民服务中心5号窗口 |  |\n\
         |  |  | 宜丰县行政审批局 | 宜丰县滨河路 210 号政务服务中心  1 楼 30 号窗口 | 0795-8782 614 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("东乡区行政审批局", "抚州市东乡区长江中路753号市民服务中心5号窗口")), "{read:?}");
}

#[test]
fn a_head_a_cell_left_over_a_next_page_s_three_rests_side_by_side_joins_them() {
    // `| | 南阳市人力资 | 南阳市淅川县 | | | | |` / page / `| : | | |` / `| | | 源和社会保障局 | 滨河街916号… | 0377-… |`: the name's rest, the address's and the phone side by side on a page without the empty columns.
    let n = norm(
        "| 序号 | 省份 | 受理机构 |  |  | 地址 | 电话 |\n\
         |---|---|---|---|---|---|---|\n\
         | 4 | 云南 | 洱源县科学技术局 |  |  | 洱源县朝阳西路 63 号科技大厦 8  楼 312 室 | 0872-3806761 |\n\
         | 5 | 河南 | 河南省政务服务中 心科技厅窗口 |  |  | 郑州市新郑市团结街 617 号 | 0371-56147546 |\n\
         |  | 南阳市人力资 | 南阳市淅川县 |  |  |  |  |\n\
         \n\
         | : | | |\n\
         |---|---|---|\n\
         |  |  | 源和社会保障局 | 滨河街916号行政服务中心2楼 | 0377-55221009/84749687 |\n\
         |  |  | 鄢陵县行政审批局 | 许昌市鄢陵县中山西路214号科技大厦6楼501室 | 0374-8036161 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("南阳市人力资源和社会保障局", "南阳市淅川县滨河街916号行政服务中心2楼")), "{read:?}");
}

#[test]
fn a_last_row_over_a_next_page_wider_by_its_leading_empty_cells_heads_it_on_a_page_of_mixed_widths() {
    // `| 鄂尔 | 鄂尔多斯市…政务 | 0477-… |` / page / `| | | 多斯市政务服务中心 | 服务中心7楼22号窗口 | |`: the page names no name column; the rows as wide as this one read theirs first.
    let n = norm(
        "| 序 号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         \n\
         |---|---|---|\n\
         | 宜昌市科学技术局 | 宜昌市宜都市建设街 443 号行政服务中心 7 楼 | 0717-2216958 |\n\
         | 3 | 内蒙古 | 乌兰察布市经济技术开发区人才服务中心 | 乌兰察布市商都县团结东路 685 号综 合办公楼 435 室 | 0474-8402238 0474-4504927 |\n\
         |  | 乌兰察布市商都县振兴西路800号 | 0474-6181831 |\n\
         | 阿拉善盟科学技术 局 | 阿拉善盟阿拉善左旗光明东路 414 号 | 0483-5976463 |\n\
         |  | 阿拉善盟阿拉善左旗胜利大道 1 号人才 大厦 3 层 | 0483-4574900 |\n\
         | 鄂尔 | 鄂尔多斯市鄂托克前旗振兴东路574号政务 | 0477-3313005 |\n\
         \n\
         |  |  | 多斯市政务服务中心 | 服务中心7楼22号窗口 |  |\n\
         |---|---|---|---|---|\n\
         |  |  | 包头市行政审批服务局 | 东河区迎宾东路832号市民服务中心4号窗口 | 0472-2556692 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("鄂尔多斯市政务服务中心", "鄂尔多斯市鄂托克前旗振兴东路574号政务服务中心7楼22号窗口")), "{read:?}");
}

#[test]
fn a_head_over_a_next_page_s_three_rests_side_by_side_a_cell_left_lines_them_up_by_role() {
    // `| | | 鄂托 | | 鄂尔多斯市 | |` / page / `| : | | |` / `| | 克前旗科学技术局 | 鄂托克前旗朝阳路338号 | 0477–… | | |`: the next page's row prints the name's rest, the address's and the phone side by side, a cell left and without the empty column after the name's.
    let n = norm(
        "|  | 自 治 区 | 乌海市人力资源和 社会保障局 |  | 海勃湾区长江中路24号综合办公楼612 室 | 电话:0473-468 |\n\
         |---|---|---|---|---|---|\n\
         |  |  |  |  |  | 5740 |\n\
         |  |  | 术局(外国专家局 |  | 5层 | 0474-2387313 |\n\
         |  |  | 鄂托 |  | 鄂尔多斯市 |  |\n\
         \n\
         | : | | |\n\
         |---|---|---|\n\
         |  | 克前旗科学技术局 | 鄂托克前旗朝阳路338号 | 0477–8041439 |  |  |\n\
         |  |  | 果洛藏族自治州高 | 果洛藏族自治州玛多县振兴北路975号 | 0975-2899490 |  |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("鄂托克前旗科学技术局", "鄂尔多斯市鄂托克前旗朝阳路338号")), "{read:?}");
}

#[test]
fn a_name_s_rest_under_a_head_printed_a_cell_left_goes_on_that_head_not_on_the_next_window() {
    // `| | 中国(云南)自由 | | 梁河县…3层 | 0692-… |` over `| | | 贸易试验区德宏傣 | | |`, `| | | 族景颇族自治州片 | | |`, `| | | 区管理委员会 | | |`: the name's head a cell left, its name column empty; the rows below finish it.
    let n = norm(
        "| 序 号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         | 3 | 云南省 | 云南省科学技术厅(外国专家局) | 昆明市富民县世纪北路 852 号行政服 务中心 1 楼 | 0871-76395555/54639402 |\n\
         |  | 中国(云南)自由 |  | 梁河县朝阳西路272号人才大厦3层 | 0692-3854174(两证联办) |\n\
         |  |  | 贸易试验区德宏傣 |  |  |\n\
         |  |  | 族景颇族自治州片 |  |  |\n\
         |  |  | 区管理委员会 |  |  |  |  |\n\
         |  |  | 玉溪市经济技术开 | 玉溪市新平彝族傣族自治县振兴街862号 | 0877-3962052 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("中国(云南)自由贸易试验区德宏傣族景颇族自治州片区管理委员会", "梁河县朝阳西路272号人才大厦3层")), "{read:?}");
}

#[test]
fn a_name_s_one_character_rest_above_is_no_open_name_the_next_head_continues() {
    // `| 中山市政务服务中 | …9层 | 0760-… |` / `| 心 | | |` / `| 揭西 | | 揭阳市揭西县青年东路471号 | |` / page / `| | | 县科学技术局 | 科技大厦1楼443室 | 0663 … |`: `心` finishes the name above it, so the row under it opens a record of its own and heads the next page's.
    let n = norm(
        "| 序 号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         | 安吉县科 | 湖州市安吉 |  |\n\
         | 学技术局 | 县建设北路192号 | 0572–5114028 |\n\
         | 湛江市外国专家局 | 徐闻县光明北路396号科技大厦2楼82 6室 | 咨询电话:0759-8935 337 |\n\
         | 中山市政务服务中 | 中山市青年南路413号人才大厦9层 | 0760-24577789 |\n\
         | 心 |  |  |\n\
         | 揭西 |  | 揭阳市揭西县青年东路471号 |  |\n\
         \n\
         | 序 号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         |  |  | 县科学技术局 | 科技大厦1楼443室 | 0663 8977330 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("揭西县科学技术局", "揭阳市揭西县青年东路471号科技大厦1楼443室")), "{read:?}");
}

#[test]
fn an_address_s_head_beside_the_name_s_on_a_page_mixing_widths_goes_to_the_address() {
    // `| 襄阳 | 襄城区 | | 0710-… |` / page / `| | | 市行政审批服务局 | 新华北路995号… | |`: the layout's address column, from the page's wide header, holds the phone; the address's head sits beside the name's.
    let n = norm(
        "| 编号 | 省(区、市) | 受理单位 | 受理地址 | 对外咨询电话 |\n\
         |---|---|---|---|---|\n\
         | 远安县科技局 | 宜昌市远安县迎宾西路 176 号政务服务中心 9 楼 34 号窗口 | 0717-5091645/6208130 |\n\
         | 荆门市经济技术开发区人才服务中心 | 沙洋县人民北路 525 号人才大厦 4 层 | 0724 7115159 (工作日内回复) |\n\
         |  | 荆门市沙洋县文化街 698 号人才大厦  2 层 | 0724-3342403 |\n\
         | 十堰市外国专家局 | 茅箭区文化北路 196 号科技大厦 5  楼 838 室 | 0719-5840566 |\n\
         | 咸宁市高新技术产 业开发区管理委员 会 | 咸宁市嘉鱼县胜利大道 166 号政务服 务中心 3 楼 15 号窗口 | 0715-7445287 |\n\
         | 襄阳 | 襄城区 |  | 0710-3064288 |\n\
         \n\
         第 2 页\n\
         \n\
         |  |  | 市行政审批服务局 | 新华北路995号人才大厦4层 |  |\n\
         |---|---|---|---|---|\n\
         |  |  | 随州市政务服务中 心 | 随州市广水市胜利东路 718 号科技大 厦 3 楼 453 室 | 0722-4760152 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("襄阳市行政审批服务局", "襄城区新华北路995号人才大厦4层")), "{read:?}");
}

#[test]
fn a_head_a_cell_left_over_a_rest_a_cell_left_in_the_same_table_joins_it() {
    // `| | 乐山市行 | 乐山市犍为县人民 | | |` over `| | 政审批服务局 | 北路504号 | 0833 2821924 | |`: both rows printed a cell left, the phone under the address's column.
    let n = norm(
        "| 序 号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         |  |  | 巴中市高新技术产 业开发区管理委员 会 | 巴中市巴州区科技中路428号市民服务中 心20号窗口 | 0827-3290314 |\n\
         |  | 乐山市行 | 乐山市犍为县人民 |  |  |\n\
         |  | 政审批服务局 | 北路504号 | 0833 2821924 |  |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("乐山市行政审批服务局", "乐山市犍为县人民北路504号")), "{read:?}");
}

#[test]
fn rows_printed_from_the_left_edge_head_a_next_row_wider_by_an_empty_cell_past_a_section_s_province_row() {
    // `| | 自 治 区 | | …880室 | 0895-… |` / `| 日喀 | 日喀则市…353号人 | |` over `| 则市政务服务中心 | 才大厦5层 | | 0892-… |`: the province's text above names no name; the next row is wider by an empty cell before its phone.
    let n = norm(
        "|  | 郴州市宜章县学府南路 509 号 | 联系电话: (0735)7100522 |\n\
         |---|---|---|\n\
         | 祁东县人力资源和社会保障局 | 衡阳市祁东县胜利北路 305 号 | 0734-4609471 0734-6948549 |\n\
         | 岳阳市行政审批服 务局 | 岳阳楼区青年大道 848 号政务服务中心 4 楼 33 号窗口 |  |  | 电话:0730-2931940 |\n\
         | 5 西藏 | 昌都市科学技术局 | 昌都市丁青县团结东路 452 号人才大 厦 3 层 | 0895-5150827 |\n\
         |  | 自 治 区 |  | 昌都市丁青县振兴东路 919 号科技大 厦 5 楼 880 室 | 0895-6346791(两证联办) |\n\
         | 日喀 | 日喀则市萨迦县长江东路353号人 |  |\n\
         | 则市政务服务中心 | 才大厦5层 |  | 0892-5035934/2186187 |\n\
         | 拉萨市高新技术产 业开发区管理委员 会 | 拉萨市达孜区朝阳路 437 号政务服务 中心 2 楼 34 号窗口 | 13240028668 |\n\
         |  | 拉萨市达孜区青年西路 274 号综合办 公楼 930 室 | 0891-5925791 |\n\
         | 林芝市外国专家局 | 林芝市米林市学府西路 70 号综合办公 楼 535 室 | (0894)2611962 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("日喀则市政务服务中心", "日喀则市萨迦县长江东路353号人才大厦5层")), "{read:?}");
}

#[test]
fn a_header_a_cell_narrower_than_its_rows_lines_up_a_head_printed_a_cell_left() {
    // `| 序号 | 省份 | 受理窗口 | 地 址 | 电 话 |` over rows printing an empty column after the name's: the captions past it stand a column right, so `| | 石嘴山市 | 石嘴山市平罗县振兴大道40 | | | |` reads as a head printed a cell left of `| | | 科学技术局(外国专家局) | | 8号人才大厦6层 | 0952-… |`.
    let n = norm(
        "| 序号 | 省份 | 受理窗口 | 地 址 | 电 话 |\n\
         |---|---|---|---|---|\n\
         | 5 | 宁 夏 | 银川市行政审批服 务局 |  | 银川市灵武市和平南路 313 号市民服 务中心 15 号窗口 | 0951-4911773 |\n\
         |  |  | 中卫市外国专家局 |  | 中卫市沙坡头区胜利大道 411 号政务 服务中心 2 楼 13 号窗口 | 0955-6940388 |\n\
         |  | 石嘴山市 | 石嘴山市平罗县振兴大道40 |  |  |  |\n\
         |  |  | 科学技术局(外国专家局) |  | 8号人才大厦6层 | 0952-2695787 |\n\
         |  |  | 固原市经济技术开 发区人才服务中心 |  | 固原市西吉县解放中路 95 号 | 0954-3539129 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("石嘴山市科学技术局(外国专家局)", "石嘴山市平罗县振兴大道408号人才大厦6层")), "{read:?}");
}

#[test]
fn a_head_a_cell_left_over_a_next_page_wider_by_an_empty_column_is_squeezed_to_it() {
    // `| | 安宁 | 安宁市胜利中路898号…6楼5 | 0871-… | |` / page / `| | | 市行政审批局 | | 59室 | |`: the next page wider by one empty column after the name's, read squeezed to this row's width.
    let n = norm(
        "| 序 号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         | 6 | 云 南 | 保山市科学技术局 (外国专家局) | 龙陵县世纪北路 613 号 | (0875)5822803 |\n\
         |  |  | 曲靖市人力资源和 社会保障局 | 曲靖市陆良县迎宾西路 538 号 | 0874-6560783 |\n\
         |  | 安宁 | 安宁市胜利中路898号科技大厦6楼5 | 0871-33116864/68229043 |  |\n\
         \n\
         |  |  | 市行政审批局 |  | 59室 |  |\n\
         |---|---|---|---|---|---|\n\
         |  |  | 丽江市科学技术局 |  | 丽江市宁蒗彝族自治县振兴街 532 号 | 0888-5366512 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("安宁市行政审批局", "安宁市胜利中路898号科技大厦6楼559室")), "{read:?}");
}

#[test]
fn a_city_province_opening_a_narrow_last_row_heads_the_name_on_a_next_page_wider_by_its_leads() {
    // `| 重庆市 | 长寿区人民路63号…9楼1 | |` / page / `| | | 人力资源和社会保障局 | 54室 | 023-… |`: on a page mixing widths the narrow rows' name column holds `重庆市`, the name's head, not the name above inherited.
    let n = norm(
        "| 编号 | 省(区、市) | 受理单位 | 受理地址 | 对外咨询电话 |\n\
         |---|---|---|---|---|\n\
         | 6 | 重庆市 | 重庆市人力资源和 社会保障局 | 长寿区兴业西路573号综合办公楼744 室 | 023-83563352 |\n\
         | 重庆市科学技术局 | 渝北区青年路 12 号 | 023-63522719 |\n\
         | 重庆市 | 长寿区人民路63号科技大厦9楼1 |  |\n\
         \n\
         | 一日 一日 日本 |\n\
         |---|---|---|\n\
         |  |  | 人力资源和社会保障局 | 54室 | 023-58516055 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("重庆市人力资源和社会保障局", "长寿区人民路63号科技大厦9楼154室")), "{read:?}");
}

#[test]
fn a_name_over_three_rows_its_head_wider_by_leads_and_empty_cells_is_one_record() {
    // `| | 自 治 区 | 石嘴山市高新技术 | | | …科技大厦 | 0952-… |` over `| 产业开发区管理委 | 4楼334室 | |` and `| 员会 | | |`: the middle row lines its head up past the province's cell and the empty cells after the name.
    let n = norm(
        "| 伊州 | 哈密市伊州区和平中路4 | 0902-6784582 |\n\
         |---|---|---|\n\
         | 区行政审批局 | 56号行政服务中心2楼 |  |\n\
         | 6 | 宁夏回族 | 吴忠市人力资源和社会保障局 | 吴忠市利通区长江西路 253 号行政服务中心 2 楼 | 0953-8584055 |\n\
         |  | 自 治 区 | 石嘴山市高新技术 |  |  | 石嘴山市平罗县青年大道587号科技大厦 | 0952-2169028 |\n\
         | 产业开发区管理委 | 4楼334室 |  |\n\
         | 员会 |  |  |\n\
         | 海原县行政审批局 | 中卫市海原县和平路134号行政服务中心 5楼 | 0955-5138896 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("石嘴山市高新技术产业开发区管理委员会", "石嘴山市平罗县青年大道587号科技大厦4楼334室")), "{read:?}");
}

#[test]
fn a_middle_row_wider_by_empty_cells_over_a_rest_a_cell_left_continues_the_head_above() {
    // `| 13 | | 哈尔滨市高新技术 | …市民服务 | 0451-… |` over `| | | 产业开发区管理委 | | | | 中心32号窗口 | |` and `| | 员会 | | |`: the middle row, squeezed to the last's width, lines the head above up as it is squeezed.
    let n = norm(
        "| 序号 | 省份 | 受理机构 | 地址 | 电话 |\n\
         |---|---|---|---|---|\n\
         | 11 | 黑龙江 | 鸡西市科学技术局 (外国专家局) | 城子河区世纪路 751 号 | 0467-7980522 |\n\
         | 12 |  | 林口县行政审批局 | 牡丹江市林口县建设中路694号行政服务中心5楼 | 0453-4988218 |\n\
         | 13 |  | 哈尔滨市高新技术 | 哈尔滨市五常市团结东路924号市民服务 | 0451-39742261 |\n\
         |  |  | 产业开发区管理委 |  |  |  | 中心32号窗口 |  |\n\
         |  | 员会 |  |  |\n\
         | 14 |  |  | 哈尔滨市五常市兴业北路 512 号综合 办公楼 574 室 | 0451 82495137 |\n\
         | 15 |  | 七台河市外国专家局 | 七台河市新兴区振兴南路 395 号市民 服务中心 21 号窗口 | 0464-3241928 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("哈尔滨市高新技术产业开发区管理委员会", "哈尔滨市五常市团结东路924号市民服务中心32号窗口")), "{read:?}");
}

#[test]
fn a_name_s_middle_with_a_phone_under_a_page_s_header_finishes_the_word_above() {
    // `| 玉溪市高新技术产 | 玉溪市华宁县振兴大道744号 | |` / page with its header / `| 业开发区管理委员 | | 0877–… | | | |` and `| 会 | | |`: the next page padded with empty cells, its text finishing the word the name was cut inside, not the whole address.
    let n = norm(
        "| 序 号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         | 文山壮族苗族自治州外国专家局 | 富宁县朝阳南路17号行政服务中心6楼 | 0876-6621245 |\n\
         | 临沧市政务服务中 心 | 临沧市临翔区朝阳西路 15 号市民服务中心 12 号窗口 | 0883-3271327 |\n\
         | 玉溪市高新技术产 | 玉溪市华宁县振兴大道744号 |  |\n\
         \n\
         | 序 号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         | 业开发区管理委员 |  | 0877–3113120 (工作日内回复) |  |  |  |\n\
         | 会 |  |  |\n\
         | 同 上 | 玉溪市华宁县光明南路264号 | (0877)4985947 |\n\
         |  | 怒江傈僳族自治州福贡县团结北路153号行政服务中心1楼 | 0886-7341432 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("玉溪市高新技术产业开发区管理委员会", "玉溪市华宁县振兴大道744号")), "{read:?}");
}

#[test]
fn a_city_province_opening_a_numbered_last_row_heads_the_name_on_a_next_page_padded_at_its_end() {
    // `| 25 | | 重庆 | 九龙坡区胜利街4 | 023–… |` / page / `| | | 市行政审批服务局 | 48号行政服务中心1楼 | | | | |`: the next page wider by empty cells at its end, read where it stands; `重庆` heads the name, not a section.
    let n = norm(
        "| 序号 | 省份 | 受理机构 | 地址 | 电话 |\n\
         |---|---|---|---|---|\n\
         | 23 | 广西 | 平桂区科学技术局 | 平桂区科技街 600 号 | 0774-2178781 |\n\
         | 24 | 重庆 | 重庆市科学技术厅 (外国专家局) | 云阳县世纪东路 490 号科技大厦 5  楼 546 室 | 023-37791419 |\n\
         | 25 |  | 重庆 | 九龙坡区胜利街4 | 023–76592556 |\n\
         \n\
         | ii |\n\
         |---|---|---|\n\
         |  |  | 市行政审批服务局 | 48号行政服务中心1楼 |  |  |  |  |\n\
         | 26 | 福建 | 福建省科学技术厅 (外国专家局) | 福州市福清市振兴东路 742 号 | 0591-46204568 |  |  |  |\n\
         | 27 |  | 福州市科学技术局 | 永泰县兴业东路 570 号科技大厦 8  楼 632 室 | 0591-44119885 |  |  |  |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("重庆市行政审批服务局", "九龙坡区胜利街448号行政服务中心1楼")), "{read:?}");
}

#[test]
fn an_address_s_rest_in_place_beside_a_name_s_rest_a_cell_left_is_no_phone() {
    // `| | 自 治 区 | 大武 | 石嘴山市大武口区 | 0952-… |` over `| | 口区人力资源和社会保障局 | | 中山大道283号科技大厦5楼462室 | |`: the address's seven digits dial no number, so it stays the address's rest in its column.
    let n = norm(
        "| 序 号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         | 1 | 宁夏回族 | 固原市人力资源和 社会保障局 |  |  |  | 原州区人民中路 738 号人才大厦 6  层 | 0954-7202274 |\n\
         |  | 自 治 区 | 大武 | 石嘴山市大武口区 | 0952-3269660 |\n\
         |  | 口区人力资源和社会保障局 |  | 中山大道283号科技大厦5楼462室 |  |\n\
         |  |  | 吴忠市科学技术局 (外国专家局) | 吴忠市红寺堡区胜利中路 239 号政务 服务中心 4 楼 8 号窗口 | 0953-4004966 |\n\
         |  |  | 沙坡头区科技局 |  |  | 中卫市沙坡头区光明大道967号行政服务 中心2楼 | 0955-3626134 |\n\
         |  |  | 银川市行政审批服 务局 | 西夏区学府西路 495 号 | 0951- |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("大武口区人力资源和社会保障局", "石嘴山市大武口区中山大道283号科技大厦5楼462室")), "{read:?}");
}

#[test]
fn a_name_s_middle_rows_finishing_the_word_it_was_cut_inside_go_to_the_name() {
    // `| 37 | | 中国(云南)自由 | 盈江县…7楼 | 0692-… |` over `| 贸易试验区德宏傣 | | |`, `| 族景颇族自治州片 | | |` and `| 区综合服务中心 | | |`: `自由` + `贸易` is one word cut, so the middle row is the name's, whatever its column reads as.
    let n = norm(
        "| 序号 | 省份 | 受理机构 | 地址 | 电话 |\n\
         |---|---|---|---|---|\n\
         | 35 | 云南 | 保山市政务服务中 心 | 腾冲市中山大道708号 | 0875-4836068 |\n\
         | 36 |  | 红河哈尼族彝族自 治州外国专家局 | 红河哈尼族彝族自治州建水县胜利街272 号科技大厦9楼360室 | (0873)3251430 |\n\
         \n\
         | ii |\n\
         |---|---|---|\n\
         | 37 |  | 中国(云南)自由 | 盈江县朝阳南路661号行政服务中心7楼 | 0692-4577375 |\n\
         | 贸易试验区德宏傣 |  |  |\n\
         | 族景颇族自治州片 |  |  |\n\
         | 区综合服务中心 |  |  |\n\
         | 38 |  | 西盟佤族自治县科学技术局 | 普洱市西盟佤族自治县长江东路 600 号行政服务中心 1 楼 | 0879-2798307 |  |\n\
         | 39 |  | 临沧市政务服务中 心 | 临沧市临翔区世纪南路872号科技大厦6 楼560室 | 0883-7850272 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(
        read.contains(&("中国(云南)自由贸易试验区德宏傣族景颇族自治州片区综合服务中心", "盈江县朝阳南路661号行政服务中心7楼")),
        "{read:?}"
    );
}

#[test]
fn a_city_province_over_a_next_page_wider_by_leads_and_padded_heads_the_name() {
    // `| 6 重庆 | 重庆市科学技术厅… | …7楼 | | | | 023 … |` / `| 重庆 | 巫山县…449号行政 | (023)… |` / page / `| | | 市政务服务中心 | 服务中心1楼 | | | | |`: the row above lined up past its 序号 and province's cell and squeezed, so `重庆` opens no name left open; the next page read past its leads.
    let n = norm(
        "| 中国(湖南)自由 贸易试验区衡阳片 区综合服务中心 | 衡阳市雁峰区光明南路686号行政服务中 心9楼 | 0734-5609 099 |\n\
         |---|---|---|\n\
         | 石门县人力资源和 社会保障局 | 常德市石门县兴业南路 625 号综合办 公楼 288 室 | 联系电话: 0736-3522477 |\n\
         | 5 | 四川 | 四川省科学技术厅 (外国专家局) | 成都市成华区文化街 408 号市民服务中心 14 号窗口 | 028-35197313 |\n\
         | 广安市外国专家局 | 广安市武胜县世纪北路 868 号人才大 厦 6 层 | (0826)6741696 |\n\
         | 6 重庆 | 重庆市科学技术厅 (外国专家局) | 开州区团结街124号行政服务中心7楼 |  |  |  | 023 40988477 |\n\
         | 重庆 | 巫山县团结西路449号行政 | (023)45722869 |\n\
         \n\
         - 2 -\n\
         \n\
         |  |  | 市政务服务中心 | 服务中心1楼 |  |  |  |  |\n\
         |---|---|---|---|---|---|---|---|\n\
         |  |  | 成都市科学技术局 | 成都市武侯区人民南路 4 号 | 028-85529371 |  |  |  |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("重庆市政务服务中心", "巫山县团结西路449号行政服务中心1楼")), "{read:?}");
}

#[test]
fn a_head_a_cell_left_over_a_next_page_setting_its_address_apart_joins_it() {
    // `| | 泰安市政务 | 泰安市肥城 | 0538-… | | | | |` / page / `| | | 服务中心 | | | | 市兴业路264号 | |`: the next page prints its addresses further right; its two texts are the name's rest and the address's.
    let n = norm(
        "| 序号 | 省份 | 受理机构 | 地址 |  |  |  | 电话 |\n\
         |---|---|---|---|---|---|---|---|\n\
         |  |  | 镇江市外国专家局 | 镇江市润州区文化东路 467 号行政服 务中心 6 楼 |  |  |  | 0511-53227207 |\n\
         |  |  | 扬州市科学技术局 (外国专家局) | 扬州市广陵区朝阳东路 512 号综合办公楼 426 室 |  |  |  | 0514 24837867 |\n\
         | 5 | 山东 | 东营市外国专家局 | 河口区解放西路 332 号综合办公楼  673 室 |  |  |  | 0546-7731 693 |\n\
         |  | 泰安市政务 | 泰安市肥城 | 0538-6585127 |  |  |  |  |\n\
         \n\
         - 3 -\n\
         \n\
         |  |  | 服务中心 |  |  |  | 市兴业路264号 |  |\n\
         |---|---|---|---|---|---|---|---|\n\
         |  |  | 临沂市政务服务中 |  |  |  | 临沂市罗庄区长江北路193号 | 0539 2235679 |\n\
         |  |  | 心 |  |  |  |  |  |\n\
         |  |  | 李沧区科学技术局 |  |  |  | 青岛市李沧区光明中路 89 号 | 0532-5047 0048 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("泰安市政务服务中心", "泰安市肥城市兴业路264号")), "{read:?}");
}

#[test]
fn a_short_rest_right_of_the_name_a_row_reads_is_the_address_s() {
    // `| 24 | | 中国(河南)自由 | …2号窗 | |` over `| 贸易试验区焦作片 | 口 | | 0391-… |` and `| 区管理委员会 | | |`: `口`, right of the name's middle, finishes the address.
    let n = norm(
        "| 序号 | 省份 | 受理机构 | 地址 | 电话 |\n\
         |---|---|---|---|---|\n\
         | 22 | 河南 | 三门峡市科学技术 局(外国专家局) | 三门峡市义马市学府东路926号政务服务中心1楼33号窗口 | 0398-3370240 |\n\
         | 23 |  |  | 三门峡市义马市青年南路271号综合办公 楼116室 | 电话:0398-3181624 |\n\
         | 24 |  | 中国(河南)自由 | 马村区青年街466号市民服务中心2号窗 |  |\n\
         | 贸易试验区焦作片 | 口 |  | 0391-7404 179 |\n\
         | 区管理委员会 |  |  |\n\
         | 25 |  | 襄城县人力资源和 社会保障局 | 襄城县滨河南路306号人才大厦5层 | 0374-3345916 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("中国(河南)自由贸易试验区焦作片区管理委员会", "马村区青年街466号市民服务中心2号窗口")), "{read:?}");
}

#[test]
fn two_short_rests_of_a_row_wider_by_empty_cells_go_to_their_columns_once_squeezed() {
    // `| | | 九江市政务服务中 | …7号窗 | | | 咨询电话:… |` over `| | | 心 | | | 口 | |`: squeezed to the table's width, `口` stands under the address's column and finishes the address, `心` the name.
    let n = norm(
        "| 序号 | 省份 | 受理机构 | 地址 | 电话 |\n\
         |---|---|---|---|---|\n\
         | 3 | 江 西 | 鹰潭市经济技术开 发区人才服务中心 | 鹰潭市余江区光明北路 502 号 | 0701-6598896 |\n\
         |  |  | 吉安市外国专家局 | 吉安市吉安县迎宾西路 179 号 | 0796-3622578 |\n\
         |  |  | 九江市政务服务中 | 浔阳区建设街629号市民服务中心7号窗 |  |  | 咨询电话:0792-4443331 |\n\
         |  |  | 心 |  |  | 口 |  |\n\
         |  |  | 上饶市行政审批服 务局 | 玉山县长江街 361 号人才大厦 5  层 | 0793-8808664 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("九江市政务服务中心", "浔阳区建设街629号市民服务中心7号窗口")), "{read:?}");
}

#[test]
fn a_head_a_cell_left_wider_by_empty_cells_before_its_phone_heads_a_next_page_from_the_left_edge() {
    // `| | 自贡市高新技术产业开发区 | 自贡市荣 | | | 0813-… |` / page / `| 管理委员会 | 县青年西路495号… | |`: the next page leaves out the 序号 and province columns, this row is wider by the empty cells before its phone.
    let n = norm(
        "| 序号 | 省份 | 受理机构 | 地址 | 电话 |\n\
         |---|---|---|---|---|\n\
         | 4 | 四 川 | 宜宾市人力资源和 社会保障局 | 宜宾市翠屏区新华东路 508 号人才大 厦 7 层 | 0831 8168184 |\n\
         |  |  | 汉源县人力 | 汉源县光明东路20号科 | 0835-2132902(两证联办) |\n\
         |  |  | 资源和社会保障局 | 技大厦4楼579室 |  |\n\
         |  | 自贡市高新技术产业开发区 | 自贡市荣 |  |  | 0813-5458158 |\n\
         \n\
         | ii |\n\
         |---|---|---|\n\
         | 管理委员会 | 县青年西路495号行政服务中心4楼 |  |\n\
         | 内江 | 内江市市中区朝阳北路 | 0832-2122647/7904766 |\n\
         | 市科学技术局 | 81号 |  |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("自贡市高新技术产业开发区管理委员会", "自贡市荣县青年西路495号行政服务中心4楼")), "{read:?}");
}

#[test]
fn two_short_rests_side_by_side_where_the_table_prints_an_empty_column_go_to_name_and_address() {
    // `| | | 拉萨市政务服务中 | | …6号窗 | 1592… |` over `| | | 心 | 口 | |`: the address's rest printed beside the name's, in the empty column the rows above print between them.
    let n = norm(
        "| 序号 | 省份 | 受理机构 | 地址 | 电话 |\n\
         |---|---|---|---|---|\n\
         |  |  | 阿里地区行政审批 服务局 | 日土县世纪中路218号 | 0897-4721448 |\n\
         |  |  | 昌都市经济技术开 发区人才服务中心 | 贡觉县光明东路 449 号 | 0895-4303838 |\n\
         \n\
         | ii |\n\
         |---|---|---|\n\
         |  |  |  |  | 昌都市贡觉县解放中路 896 号人才大 厦 2 层 | 0895-7825403(工作日) |\n\
         |  |  | 拉萨市政务服务中 |  | 当雄县和平西路90号市民服务中心6号窗 | 15929073899 |\n\
         |  |  | 心 | 口 |  |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("拉萨市政务服务中心", "当雄县和平西路90号市民服务中心6号窗口")), "{read:?}");
}

#[test]
fn two_short_rests_alone_on_a_page_from_its_left_edge_go_to_name_and_address_of_the_last_page_s_record() {
    // `| 37 | | 咸宁市政务服务中 | …6号 | 0715-… |` / page / `| 心 | 窗口 | |`, a table of one row: past the 序号 and province cells of the row above, its texts are the name's rest and the address's.
    let n = norm(
        "| 序号 | 省份 | 受理机构 | 地址 | 电话 |\n\
         |---|---|---|---|---|\n\
         | 35 | 湖 北 | 中国(湖北)自由贸易试验区荆州片区管理委员会 | 荆州市荆州区朝阳路 65 号市民服务中 心 15 号窗口 | 0716-3708 929 |\n\
         | 36 |  | 红安县人力资源和 社会保障局 | 红安县世纪北路 378 号 | 咨询电话:0713-8921 051 |\n\
         | 37 |  | 咸宁市政务服务中 | 嘉鱼县胜利大道948号市民服务中心6号 | 0715-7059543 |\n\
         \n\
         第 2 页\n\
         \n\
         | 心 | 窗口 |  |\n\
         |---|---|---|\n\
         \n\
         | 38 |  | 中国(湖北)自由 贸易试验区襄阳片 区管理委员会 | 襄阳市宜城市振兴西路345号综合办公楼 719室 | 0710-5236302 |\n\
         |---|---|---|---|---|\n\
         | 39 |  | 孝感市科学技术局 | 大悟县建设中路 828 号行政服务中心 7 楼 | 0712-2636797 0712-8171849 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("咸宁市政务服务中心", "嘉鱼县胜利大道948号市民服务中心6号窗口")), "{read:?}");
}

#[test]
fn a_name_s_head_printed_in_the_province_column_over_a_next_page_joins_its_rest() {
    // `| | 南江 | | 巴中市南江 | |` / page / `| 县科技局 | 县人民中路106号… | 0827-… |`: the name's head a cell left, its column empty, the address's head in place.
    let n = norm(
        "| 序 号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         |  | 南江 |  | 巴中市南江 |  |\n\
         \n\
         | 县科技局 | 县人民中路106号科技大厦6楼987室 | 0827-4074313 |\n\
         |---|---|---|\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("南江县科技局", "巴中市南江县人民中路106号科技大厦6楼987室")), "{read:?}");
}

#[test]
fn a_row_under_a_name_s_head_printed_a_cell_left_and_cut_inside_a_word_is_its_middle() {
    // `| | 玉树藏族自治州科 | | …478号综 | (0976)… |` over `| | | 学技术局(外国专 | 合办公楼314室 | |`: `科` ends a section's name, but here it is cut inside `科学`.
    let n = norm(
        "| 序号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         |  | 玉树藏族自治州科 |  | 玉树藏族自治州称多县胜利南路478号综 | (0976)6908166 |\n\
         |  |  | 学技术局(外国专 | 合办公楼314室 |  |\n\
         |  |  | 家局) |  |  |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("玉树藏族自治州科学技术局(外国专家局)", "玉树藏族自治州称多县胜利南路478号综合办公楼314室")), "{read:?}");
}

#[test]
fn a_city_province_beside_a_street_and_its_number_heads_a_name_s_rest_naming_no_place() {
    // `| | 上海市 | 奉贤区解放东路211号综合办公楼3 | |` / page / `| | | 科学技术局(外国专家局) | 66室 | 021-… |`, and a street whose number opens the address's rest: the whole row a cell left.
    let n = norm(
        "| 序号 | 省份 | 受理窗口 | 地 址 | 电 话 |\n\
         |---|---|---|---|---|\n\
         |  | 上海市 | 奉贤区解放东路211号综合办公楼3 |  |\n\
         |  |  | 科学技术局(外国专家局) | 66室 | 021-2732 9545 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("上海市科学技术局(外国专家局)", "奉贤区解放东路211号综合办公楼366室")), "{read:?}");
    let n = norm(
        "| 序号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         |  | 上海市 | 金山区人民西路 |  |  |\n\
         |  |  | 外国专家局 | 289号 | 021-5189 0627(工作日) |\n\
         | 5 | 辽宁 | 西丰县人力资源和社会保障局 | 铁岭市西丰县迎宾中路 122 号政务服 务中心 8 楼 5 号窗口 | 024 29883291 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("上海市外国专家局", "金山区人民西路289号")), "{read:?}");
}

#[test]
fn a_province_s_rest_over_a_name_wider_by_empty_cells_is_no_head_printed_a_cell_left() {
    // `| | 自 治 区 | 根河市人力资 | | | | 呼伦贝尔市根河市光明 | |` over `| | | 源和社会保障局 | 大道929号… | 0470-… | | |`: text past the columns a head a cell left is read in.
    let n = norm(
        "| 序号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         |  | 自 治 区 | 根河市人力资 |  |  |  | 呼伦贝尔市根河市光明 |  |\n\
         |  |  | 源和社会保障局 | 大道929号行政服务中心7楼 | 0470-2397444 |  |  |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("根河市人力资源和社会保障局", "呼伦贝尔市根河市光明大道929号行政服务中心7楼")), "{read:?}");
}

#[test]
fn an_address_head_naming_the_place_its_row_s_name_opens_with_is_no_echo() {
    // `| | | 恩施土家族苗族自治州行政审批 | 恩施土家族 | 0718-… |` under `| | | 恩施土家族 | … |`: not the name above read twice.
    let n = norm(
        "| 序号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         |  |  | 恩施土家族 | 鹤峰县朝阳 | 0718-3666 632 |\n\
         |  |  | 恩施土家族苗族自治州行政审批 | 恩施土家族 | 0718-8319626 |\n\
         | 服务局 | 苗族自治州鹤峰县中山北路376号 |  |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("恩施土家族苗族自治州行政审批服务局", "恩施土家族苗族自治州鹤峰县中山北路376号")), "{read:?}");
}

#[test]
fn a_head_a_cell_left_on_a_page_with_an_empty_last_column_joins_a_narrower_next_page() {
    // `| | 克孜勒 | 阿克陶县人民大道83 | (0908)… | | |` / page / `| 苏柯尔克孜自治州政务服务中心 | 7号… | |`.
    let n = norm(
        "| 序 号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         |  | 克孜勒 | 阿克陶县人民大道83 | (0908)3761852 |  |  |\n\
         \n\
         | 苏柯尔克孜自治州政务服务中心 | 7号综合办公楼247室 |  |\n\
         |---|---|---|\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("克孜勒苏柯尔克孜自治州政务服务中心", "阿克陶县人民大道837号综合办公楼247室")), "{read:?}");
}

#[test]
fn a_name_s_head_in_the_province_column_over_a_rest_row_wider_by_empty_cells_joins_it() {
    // `| | 绩溪 | | 绩溪县解放路853号…6 | |` over `| | | 县科学技术局 | 53室 | | | | 0563-… |`.
    let n = norm(
        "| 序号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         |  | 绩溪 |  | 绩溪县解放路853号科技大厦1楼6 |  |\n\
         |  |  | 县科学技术局 | 53室 |  |  |  | 0563-3989992;0563-7318011 |\n\
         |  |  | 宿州市高新技术产 业开发区管理委员 会 | 宿州市埇桥区长江西路 172 号综合办 公楼 913 室 | 0557-7734466 |\n\
         |  |  | 滁州市行政审批服 务局 | 明光市朝阳路 393 号人才大厦 7  层 | 0550–8468898 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("绩溪县科学技术局", "绩溪县解放路853号科技大厦1楼653室")), "{read:?}");
}

#[test]
fn a_head_wider_by_empty_cells_over_a_page_opening_with_noise_joins_its_rest() {
    // `| 26 | | 临夏回族自治州科 | | | 临夏…撒拉族 | 0930-… |` / page / `| 一日 一日 日本 |` / `| 学技术局(外国专 | 自治县… | |`, also under a ditto `同 上`, which heads nothing.
    for above in ["", "| 25 |  | 同 上 | 张掖市临泽县迎宾街 656 号行政服务 中心 4 楼 | 0936-6987186 |\n"] {
        let n = norm(&format!(
            "| 序号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n\
             |---|---|---|---|---|\n\
             {above}\
             | 26 |  | 临夏回族自治州科 |  |  | 临夏回族自治州积石山保安族东乡族撒拉族 | 0930-8819859(工作日) |\n\
             \n\
             | 一日 一日 日本 |\n\
             |---|---|---|\n\
             | 学技术局(外国专 | 自治县团结西路8号人才大厦8层 |  |\n\
             | 家局) |  |  |\n\
             | 32 |  | 蒸湘区人力资源和 | 衡阳市蒸湘区文化南路68号 | 0734-8004446 |\n\
             | 35 |  | 永定区人力资源和 社会保障局 | 张家界市永定区人民街 484 号 | 0744-8083913 |\n"
        ));
        let read = names_and_addresses(&n);
        assert!(
            read.contains(&("临夏回族自治州科学技术局(外国专家局)", "临夏回族自治州积石山保安族东乡族撒拉族自治县团结西路8号人才大厦8层")),
            "{read:?}"
        );
    }
}

#[test]
fn a_province_s_rest_over_a_name_head_wider_by_empty_cells_joins_a_rest_row_of_another_width() {
    // `| | 自 治 区 | 崇左市 | | | | 大新县迎 | |` over `| | | 政务服务中心 | 宾大道812号… | 0771-… | | |`.
    let n = norm(
        "| 序号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         |  | 自 治 区 | 崇左市 |  |  |  | 大新县迎 |  |\n\
         |  |  | 政务服务中心 | 宾大道812号政务服务中心7楼17号窗口 | 0771-2481196 |  |  |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("崇左市政务服务中心", "大新县迎宾大道812号政务服务中心7楼17号窗口")), "{read:?}");
}

#[test]
fn a_head_a_cell_left_over_a_next_page_without_the_empty_columns_before_the_phone_joins_it() {
    // `| | 杜尔 | 大庆市杜尔伯特蒙古 | 0459-… | | | | |` on a page printing its phones past three empty cells / page / `| 伯特蒙古族自治县科技局 | 族自治县胜利路778号科技大厦1楼718室 | | |`: those columns are no measure of the next page's width, and the address's rest's seven digits dial no number.
    let n = norm(
        "| 序号 | 省份 | 受理窗口 | 地 址 | 电 话 |\n\
         |---|---|---|---|---|\n\
         | 9 | 黑龙江 | 佳木斯市外国专家局 | 佳木斯市富锦市迎宾中路 609 号 |  |  |  | 0454-5745073 |\n\
         |  |  |  | 哈尔滨市尚志市新华东路 277 号市民服务中心 6 号窗口 |  |  |  | 0451-62585926 |\n\
         |  | 杜尔 | 大庆市杜尔伯特蒙古 | 0459-8143845;0459-6466161 |  |  |  |  |\n\
         \n\
         | 序号 | 省份 | 受理窗口 | 地 址 | 电 话 |\n\
         |---|---|---|---|---|\n\
         | 伯特蒙古族自治县科技局 | 族自治县胜利路778号科技大厦1楼718室 |  |  |\n\
         | 鸡西市科学技术局 | 鸡西市鸡冠区文化路 12 号 | 0467-2345678 |  |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("杜尔伯特蒙古族自治县科技局", "大庆市杜尔伯特蒙古族自治县胜利路778号科技大厦1楼718室")), "{read:?}");
}

#[test]
fn a_name_head_wider_by_empty_cells_at_its_end_joins_the_narrower_row_below_printed_from_the_left_edge() {
    // `| 路北 | 路北区新华北 | | |` over `| 区科学技术局 | 路251号 | 1363… |`, both printed from their left edge on a page of narrow rows: the empty cell this row ends with is no column the next one lacks.
    let n = norm(
        "| 序 号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         | 1 | 河北 | 邯郸市行政审批服 务局 | 邯郸市峰峰矿区和平南路 389 号行政 服务中心 7 楼 | 0310-6323277 |\n\
         \n\
         | 一日 一日 日本 |\n\
         |---|---|---|\n\
         | 邯郸市科学技术局 | 邯郸市丛台区人民路 1 号 | 0310-1234567 |\n\
         | 路北 | 路北区新华北 |  |  |\n\
         | 区科学技术局 | 路251号 | 13636975501 |\n\
         | 唐山市经济技术开 | 唐山市路南区新华道 375 号科技大厦1楼392室 | 0315-83367202 |\n\
         | 发区人才服务中心 |  |  |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("路北区科学技术局", "路北区新华北路251号")), "{read:?}");
}

#[test]
fn a_row_wider_by_an_empty_cell_after_its_name_s_head_reads_squeezed() {
    // `| | | 淮北市行政 | | 杜集区中 | 0561-… |` / page / `| | | 审批服务局 | 山大道607号 | | |`: read without the empty cell after the name, its name's head under the name's column, not an address by its place.
    let n = norm(
        "| 序 号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         |  |  | 普安县科技局 |  |  | 黔西南布依族苗族自治州普安县人民大道  143 号综合办公楼 758 室 | 0859-6728111 |\n\
         |  |  | 淮北市行政 |  | 杜集区中 | 0561-7552650 |\n\
         \n\
         | 序 号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         |  |  | 审批服务局 | 山大道607号 |  |  |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("淮北市行政审批服务局", "杜集区中山大道607号")), "{read:?}");
}

#[test]
fn a_place_s_name_heading_a_name_over_an_empty_cell_is_the_name_s_head() {
    // `| | | 桦南县 | | 佳木斯市桦南县科 | |` over `| | | 行政审批局 | 技路743号 | 0454-… |`: the row read without the empty cell after the name, the place its name's head, the address cut inside a word its address's.
    let n = norm(
        "| 序 号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         |  |  | 桦南县 |  | 佳木斯市桦南县科 |  |\n\
         |  |  | 行政审批局 | 技路743号 | 0454-4668502 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("桦南县行政审批局", "佳木斯市桦南县科技路743号")), "{read:?}");
}

#[test]
fn a_head_wider_by_empty_cells_after_its_name_joins_a_rest_wider_by_empty_cells_at_its_end() {
    // `| | | 常州市人力资 | | | 常州市天 | 0519-… |` over `| | | 源和社会保障局 | 宁区兴业西路819号人才大厦5层 | | | | |`.
    let n = norm(
        "| 序 号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         |  |  |  |  |  |  | 镇江市润州区解放东路772号市民服务中 心18号窗口 | 咨询电话:0511-44739592 |\n\
         |  |  | 常州市人力资 |  |  | 常州市天 | 0519-67826910、52536693 |\n\
         |  |  | 源和社会保障局 | 宁区兴业西路819号人才大厦5层 |  |  |  |  |\n\
         |  |  | 盐城市经济技术开发区人才服务中心 | 滨海县兴业南路267号政务服务中心6楼24号窗口 | 0515-65953294(工作日) |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("常州市人力资源和社会保障局", "常州市天宁区兴业西路819号人才大厦5层")), "{read:?}");
}

#[test]
fn a_head_a_cell_left_over_an_address_cut_inside_its_house_number_joins_it() {
    // `| | 儋州市外国 | 兴业大道2 | | |` over `| | | 专家局 | 81号行政服务中心1楼 | 0898-… |`: a street whose number goes on below is an address's head, though no place opens it.
    let n = norm(
        "| 序 号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         |  | 儋州市外国 | 兴业大道2 |  |  |\n\
         |  |  | 专家局 | 81号行政服务中心1楼 | 0898-87131026 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("儋州市外国专家局", "兴业大道281号行政服务中心1楼")), "{read:?}");
}

#[test]
fn a_last_row_wider_than_the_next_page_by_empty_cells_after_its_name_reads_squeezed() {
    // `| | 自 治 区 | 石嘴 | | | | 惠农区振 | |` / page / `| | | 山市行政审批服务局 | 兴西路832号 | 0952-… |`: the next page prints the leading columns, narrower by the empty cells after the name.
    let n = norm(
        "| 序 号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         |  |  | 长宁县人力资源和社会保障局 |  |  |  | 宜宾市长宁县光明街 282 号 | 0831-8771231 0831-3628849 |\n\
         | 6 | 宁夏回族 | 宁夏回族自治区科 学技术厅(外国专 家局) |  |  |  | 银川市永宁县光明街 576 号综合办公楼 488 室 | 0951-8428096 |\n\
         |  | 自 治 区 | 石嘴 |  |  |  | 惠农区振 |  |\n\
         \n\
         | 序 号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         |  |  | 山市行政审批服务局 | 兴西路832号 | 0952-4150513 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("石嘴山市行政审批服务局", "惠农区振兴西路832号")), "{read:?}");
}

#[test]
fn a_name_cut_before_its_ending_beside_an_address_of_places_alone_heads_both() {
    // `| | 自 治 区 | 鄂尔多斯市经济技术开发区人才服务 | 鄂尔多斯市乌审旗 | 0477-… |` over `| | 中心 | 解放北路659号… | | |`: the name's head reads as an address by its place, the address's of places alone as nothing; under their columns they are the name's and the address's.
    let n = norm(
        "| 序 号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         |  | 自 治 区 | 鄂尔多斯市经济技术开发区人才服务 | 鄂尔多斯市乌审旗 | 0477-2610054 |\n\
         |  | 中心 | 解放北路659号政务服务中心4楼8号窗口 |  |  |\n\
         |  |  | 广灵县行政审批局 | 广灵县学府西路976号行政服务中心4楼 | 0352-3732600 |\n\
         |  |  | 长治市高新技术产 业开发区管理委员 会 | 长治市黎城县迎宾西路 901 号政务服 务中心 1 楼 6 号窗口 | 0355-6124253 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("鄂尔多斯市经济技术开发区人才服务中心", "鄂尔多斯市乌审旗解放北路659号政务服务中心4楼8号窗口")), "{read:?}");
}

#[test]
fn a_narrow_row_read_further_right_lines_up_by_its_shift_above_a_head() {
    // `| 县科技局 | 14号窗口 | 咨询电话:… |` over `| 37 | | 大通 | 西宁市…3楼 | |` over `| 回族土族自治县科学技术局 | 20号窗口 | 0971-… |`: above the head, the narrow row read two columns right holds a whole name, not a phone, in the name's column.
    let n = norm(
        "| 序 号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         | 34 |  | 海南藏族自治州行政审批服务局 | 共和县和平东路 648 号政务服务中心  1 楼 36 号窗口 | 0974-2104628;0974-6224409 |\n\
         | 35 |  | 海北藏族自治州经 济技术开发区人才 服务中心 | 海北藏族自治州刚察县长江大道333号科 技大厦7楼254室 | 0970-6328298 |\n\
         | 县科技局 | 14号窗口 | 咨询电话:0975-5417919 |\n\
         | 37 |  | 大通 | 西宁市大通回族土族自治县世纪大道580号政务服务中心3楼 |  |\n\
         | 回族土族自治县科学技术局 | 20号窗口 | 0971-8632 491 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("大通回族土族自治县科学技术局", "西宁市大通回族土族自治县世纪大道580号政务服务中心3楼20号窗口")), "{read:?}");
}

#[test]
fn a_head_a_cell_left_joins_a_name_whose_end_is_printed_a_cell_left_too() {
    // `| | 铜陵市高新技术产 | 铜陵市…中心 | | |` over `| | | 业开发区管理委员 | 12号窗口 | … | 0562 … |` and `| | 会 | | |`.
    let n = norm(
        "| 序 号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         |  | 铜陵市高新技术产 | 铜陵市郊区中山中路783号市民服务中心 |  |  |  |  |  |\n\
         |  |  | 业开发区管理委员 | 12号窗口 |  |  |  | 0562 7347949 |\n\
         |  | 会 |  |  |  |  |  |  |\n\
         |  |  | 临沧市高新技术产业开发区管理委员会 | 云县团结南路933号科技大厦3楼966 室 |  |  |  | 0883-5 |\n\
         |  |  | 玉溪市人力资源和 社会保障局 | 玉溪市红塔区长江大道686号 |  |  |  | 0877 8924497 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("铜陵市高新技术产业开发区管理委员会", "铜陵市郊区中山中路783号市民服务中心12号窗口")), "{read:?}");
}

#[test]
fn a_head_a_cell_left_joins_a_name_ending_two_rows_further_down() {
    // `| | 中国(新疆)自由 | 和田地区…中心 | | |` over `| | | 贸易试验区和田地 | 5楼 | 0903-… |`, `| | | 区片区综合服务中 | | |` and `| | | 心 | | |`.
    let n = norm(
        "| 序 号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         |  | 中国(新疆)自由 | 和田地区和田县中山街17号行政服务中心 |  |  |\n\
         |  |  | 贸易试验区和田地 | 5楼 | 0903-6128665 |\n\
         |  |  | 区片区综合服务中 |  |  |\n\
         |  |  | 心 |  |  |\n\
         |  |  | 肇庆市科学技术局 | 肇庆市广宁县世纪北路580号政务服务中 心8楼27号窗口 | 0758-4822366 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("中国(新疆)自由贸易试验区和田地区片区综合服务中心", "和田地区和田县中山街17号行政服务中心5楼")), "{read:?}");
}

#[test]
fn a_name_s_middle_row_under_a_narrow_head_read_further_right_heads_nothing() {
    // `| 遂宁市高新技术产 | 蓬溪县…2楼 | 联系电话: … |` over `| 业开发区管理委员 | 40号窗口 | | | |` and `| 会 | | |` on a page of narrow rows: the head lined up by its shift puts no name over the middle row, which is read against the head where it stands, the name's middle.
    let n = norm(
        "| 序 号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         | 5 | 山西 | 阳泉市行政审批服 务局 | 阳泉市盂县迎宾大道658号综合办公楼696室 | 0353 6271729 |\n\
         \n\
         |---|---|---|---|---|---|\n\
         | 忻州市行政审批服 务局 | 忻州市静乐县解放中路 125 号 | 0350 3436128(工作日) |\n\
         | 6 | 四川 | 广安市行政审批服 务局 | 广安市华蓥市滨河南路 955 号综合办 公楼 216 室 | 0826-7353558 |\n\
         | 成都市行政审批服务局 | 成都市青羊区朝阳大道 982 号人才大 厦 8 层 | 028 79473275 |\n\
         | 乐山市人力资源和 社会保障局 | 峨边彝族自治县建设西路 724 号 | 0833-3660147 |\n\
         | 遂宁市高新技术产 | 蓬溪县建设北路635号政务服务中心2楼 | 联系电话: 0825-5760699 |\n\
         | 业开发区管理委员 | 40号窗口 |  |  |  |\n\
         | 会 |  |  |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("遂宁市高新技术产业开发区管理委员会", "蓬溪县建设北路635号政务服务中心2楼40号窗口")), "{read:?}");
}

#[test]
fn a_bracketed_foreign_experts_bureau_alone_under_a_row_printed_a_cell_left_is_the_name_s() {
    // `| | | 黔西南布依族苗族 | 普安县…74 | 0859-… |` over `| | 自治州科学技术局 | 5室 | | |` and `| | | (外国专家局) | | |`: the bureau every point's agency doubles as, in brackets, is the name's other name, not an address's remark, though the row above printed its address in that column.
    let n = norm(
        "| 序 号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         |  | 彭山区人力资源和 社会保障局 | 彭山区新华南路 932 号人才大厦 4  层 | 028-30800409 |  |\n\
         |  | 明溪县行政审批局 | 明溪县建设南路 480 号科技大厦 1  楼 132 室 | 0598-8291083、3788527 |  |\n\
         |---|---|---|---|---|\n\
         |  | 政审批局 | 厦3楼572室 |  |  |\n\
         |  |  | 黔西南布依族苗族 | 普安县长江大道436号科技大厦5楼74 | 0859-3456730 |\n\
         |  | 自治州科学技术局 | 5室 |  |  |\n\
         |  |  | (外国专家局) |  |  |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("黔西南布依族苗族自治州科学技术局(外国专家局)", "普安县长江大道436号科技大厦5楼745室")), "{read:?}");
}

#[test]
fn a_place_over_the_name_s_rest_of_a_row_a_cell_short_heads_that_name() {
    // `| | 宁波市 | | 慈溪市振兴中路510号政务服务 | |` over `| | 科学技术局 | 中心1楼16号窗口 | 0574-… |`: the place stands over the name's rest as printed, the address's cut after `服务`.
    let n = norm(
        "| 序 号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         |---|---|---|---|---|\n\
         |  | 宁波市 |  | 慈溪市振兴中路510号政务服务 |  |\n\
         |  | 科学技术局 | 中心1楼16号窗口 | 0574-88108019/44923108 |\n\
         \n\
         |---|---|---|\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("宁波市科学技术局", "慈溪市振兴中路510号政务服务中心1楼16号窗口")), "{read:?}");
}

#[test]
fn a_province_fragment_spelling_a_place_with_the_name_below_is_the_name_s_head() {
    // `| 龙江 | 齐齐哈尔市 | 0452 8208547 |` over `| 县行政审批局 | 龙江县建设东路896号 | |` in 黑龙江's section: `龙江` is no rest of the province's name but 龙江县's head.
    let n = norm(
        "| 序 号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         \n\
         | 龙江 | 齐齐哈尔市 | 0452 8208547 |\n\
         |---|---|---|\n\
         | 县行政审批局 | 龙江县建设东路896号 |  |\n\
         |---|---|---|---|---|\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("龙江县行政审批局", "齐齐哈尔市龙江县建设东路896号")), "{read:?}");
}

#[test]
fn a_municipality_s_name_a_cell_left_over_an_address_cut_before_its_unit_heads_the_name() {
    // `| | 天津市 | 河东区滨河中路495 | | |` over `| | | 科学技术局 | 号行政服务中心5楼 | 022-… |`: the street's number goes on in the unit below, so the province's name is the name's head.
    let n = norm(
        "附件 2\n\
         \n\
         |---|---|---|---|---|\n\
         |---|---|---|---|---|\n\
         |  | 天津市 | 河东区滨河中路495 |  |  |\n\
         |  |  | 科学技术局 | 号行政服务中心5楼 | 022-35955513 |\n\
         |  |  | 大庆市行政审批服 | 大庆市龙凤区迎宾街323号综合办公楼6 | 0459-8632 911 |\n\
         |  |  | 伊春市政务服务中 心 | 伊美区中山路 50 号综合办公楼 55 0 室 | 联系电话: 0458-8 |\n\
         \n\
         |---|---|---|\n\
         |---|---|---|---|---|\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("天津市科学技术局", "河东区滨河中路495号行政服务中心5楼")), "{read:?}");
}

#[test]
fn a_head_a_cell_left_ending_like_a_name_that_spells_a_place_with_its_rest_joins_it() {
    // `| | 南部 | 南充市南部县 | | |` over `| | | 县行政审批局 | 人民西路158号… | 0817-… |`: `部` ends names, but `南部` + `县` spells 南部县.
    let n = norm(
        "| 序 号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         |  | 南部 | 南充市南部县 |  |  |\n\
         |  |  | 县行政审批局 | 人民西路158号综合办公楼609室 | 0817-8525252 |\n\
         \n\
         |---|---|---|---|---|---|---|\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("南部县行政审批局", "南充市南部县人民西路158号综合办公楼609室")), "{read:?}");
}

#[test]
fn a_numbered_last_row_over_a_page_printing_the_leading_columns_lines_up_as_printed() {
    // `| 34 | | 东山 | 鹤岗市东山区兴业中 | | | |` / page / `| | | 区科技局 | 路917号… | 0468-… |`: the row prints its 序号, so the next page's leading empty cells are its columns, not the empty cells this row ends with.
    let n = norm(
        "\n\
         \n\
         |---|---|---|---|---|\n\
         | 序号 | 地区 | 受理点名称 | 办公地址 | 联系电话 |\n\
         |---|---|---|---|---|\n\
         | 34 |  | 东山 | 鹤岗市东山区兴业中 |  |  |  |\n\
         \n\
         |---|---|---|---|---|\n\
         |  |  | 区科技局 | 路917号人才大厦3层 | 0468-8647233 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("东山区科技局", "鹤岗市东山区兴业中路917号人才大厦3层")), "{read:?}");
}

#[test]
fn a_page_s_first_row_lines_up_under_a_narrower_last_row_past_its_leading_empty_cells() {
    // `| 赤峰市高新技术产 | 翁牛特旗…2楼38 | (0476)… |` / page / `| | | 业开发区管理委员 | 6室 | | | |` over `| | | 会 | | |`: the middle row continues the head above it, past its own leading empty cells.
    let n = norm(
        "| 序 号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         |---|---|---|---|---|\n\
         | 赤峰市高新技术产 | 翁牛特旗青年路562号科技大厦2楼38 | (0476)6428150 |\n\
         \n\
         |  |  | 业开发区管理委员 | 6室 |  |  |  |\n\
         |---|---|---|---|---|---|---|\n\
         |  |  | 会 |  |  |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("赤峰市高新技术产业开发区管理委员会", "翁牛特旗青年路562号科技大厦2楼386室")), "{read:?}");
}

#[test]
fn a_province_s_short_name_over_a_next_page_s_name_opening_with_its_city_word_heads_it() {
    // `| 15 | | 吉林 | 吉林市昌 | 0432-… |` / page / `| 市科学技术局 | | | | 邑区振兴北路259号 | |`: `吉林` + `市` spells 吉林市, the name's head, not the section's province again.
    let n = norm(
        "附件 2\n\
         \n\
         |---|---|---|---|---|\n\
         | 15 |  | 吉林 | 吉林市昌 | 0432-79385386 |\n\
         \n\
         | 市科学技术局 |  |  |  | 邑区振兴北路259号 |  |\n\
         |---|---|---|---|---|---|\n\
         \n\
         | 编号 | 省(区、市) | 受理单位 | 受理地址 | 对外咨询电话 |\n\
         |---|---|---|---|---|\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("吉林市科学技术局", "吉林市昌邑区振兴北路259号")), "{read:?}");
}

#[test]
fn a_province_s_rest_alone_in_a_column_of_names_is_no_name() {
    // `新疆维吾尔` / page / `| | 自 治 区 | | 和田地区策勒县青年南路…6 层 | | | | 0903-… |` on a page printing names in that column: the province's rest, the row another window of the name above.
    let n = norm(
        "# 全国外国人来华工作许可受理点地址及对外咨询电话\n\
         \n\
         |---|---|---|---|---|\n\
         | 4 | 新疆维吾尔 | 策勒县人力资源和社会保障局 | 和田地区策勒县学府中路 551 号市民 服务中心 31 号窗口 | 0903 4269598 |\n\
         \n\
         |---|---|---|\n\
         |  | 自 治 区 |  | 和田地区策勒县青年南路 73 号人才大 厦 6 层 |  |  |  | 0903-2554166 |\n\
         |  | 塔城地区人力资源 和社会保障局 | 塔城市和平路 176 号综合办公楼 7 56 室 | 咨询电话:0901-7473694 |  |  |  |  |\n\
         |  | 克拉玛依市高新技术产业开发区管理委员会 | 独山子区学府中路 286 号人才大厦  1 层 | 0990-3176787 |  |  |  |  |\n\
         | 5 四 川 省 | 四川省科学技术厅 | 锦江区世纪西路251号人才大厦5层 | 028 62825102 |  |  |  |\n\
         \n\
         |---|---|---|---|---|\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("策勒县人力资源和社会保障局", "和田地区策勒县青年南路73号人才大厦6层")), "{read:?}");
}

#[test]
fn a_page_s_first_row_printing_a_name_s_middle_at_the_left_edge_goes_on_the_open_name_above() {
    // `| 21 | 云南省 | 中国(云南)自由 | 福贡县… | |` / page / `| 贸易试验区怒江傈 | | | | 0886-… |` over rows of three cells: the name's middle, a word cut across the break, not noise under the 序号 column.
    let n = norm(
        "| 序号 | 省份 | 受理窗口 | 地 址 | 电 话 |\n\
         |---|---|---|---|---|\n\
         | 21 | 云南省 | 中国(云南)自由 | 福贡县科技北路303号人才大厦4层 |  |\n\
         \n\
         | 贸易试验区怒江傈 |  |  |  | 0886-5241299 |\n\
         |---|---|---|---|---|\n\
         | 僳族自治州片区综 |  |  |\n\
         | 合服务中心 |  |  |\n",
    );
    let read = names_and_addresses(&n);
    assert_eq!(read, [("中国(云南)自由贸易试验区怒江傈僳族自治州片区综合服务中心", "福贡县科技北路303号人才大厦4层")]);
}

#[test]
fn a_name_s_middle_a_cell_left_beside_the_address_s_rest_a_cell_right_goes_on_the_open_name_above() {
    // `中国(福建)自由` / `| | 贸易试验区南平片 | | | 中心5楼 | 0599-… |` / `区综合服务中心` in a row wider by an empty cell: the name's middle, beside the address's rest.
    let n = norm(
        "| 序号 | 省份 | 受理窗口 | 地 址 | 电 话 |\n\
         |---|---|---|---|---|\n\
         |  |  | 中国(福建)自由 | 南平市武夷山市滨河东路351号行政服务 |  |\n\
         |  | 贸易试验区南平片 |  |  | 中心5楼 | 0599-6266139、5080335 |\n\
         |  |  | 区综合服务中心 |  |  |\n\
         |  |  | 永泰县科学技术局 |  |  |  | 福州市永泰县解放中路 677 号人才大 厦 8 层 | 0591-67911070 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("中国(福建)自由贸易试验区南平片区综合服务中心", "南平市武夷山市滨河东路351号行政服务中心5楼")), "{read:?}");
}

#[test]
fn a_record_s_head_a_cell_left_naming_a_road_whose_number_opens_the_rest_below_heads_it() {
    // `| | 儋州 | 和平南路 | | |` over `| | | 市行政审批服务局 | 305号 | 0898 … |`: the name's head in the province's column, the address's in the name's, not the address above's tail.
    let n = norm(
        "| 序 号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         | 3 | 海南 | 美兰区行政审批局 | 海口市美兰区团结东路 161 号市民服 务中心 16 号窗口 | 0898 22919906 |\n\
         |  |  | 三亚市人力资源和 社会保障局 | 三亚市天涯区迎宾路 109 号综合办公 楼 608 室 | (0898)29605043 |\n\
         |  | 儋州 | 和平南路 |  |  |\n\
         |  |  | 市行政审批服务局 | 305号 | 0898 87448330 |\n",
    );
    assert_eq!(
        names_and_addresses(&n),
        [
            ("美兰区行政审批局", "海口市美兰区团结东路161号市民服务中心16号窗口"),
            ("三亚市人力资源和社会保障局", "三亚市天涯区迎宾路109号综合办公楼608室"),
            ("儋州市行政审批服务局", "和平南路305号"),
        ]
    );
}

#[test]
fn an_address_s_head_naming_the_city_the_name_above_opens_with_is_the_address_s() {
    // `石家庄市` / `行政审批服务局` twice, the second window's address opening `石家庄市` too: its head, not a copy of the name's.
    let n = norm(
        "| 序号 | 省份 | 受理窗口 | 地 址 | 电 话 |\n\
         |---|---|---|---|---|\n\
         | 1 | 河北省 | 衡水市人力资源和 社会保障局 | 故城县科技路 861 号 | 0318-6393028 |\n\
         |  |  | 石家庄市 | 桥西区光明 | 19242914855 |\n\
         |  |  | 行政审批服务局 | 西路963号 |  |\n\
         |  |  | 石家庄市 | 石家庄市 | 0311-52769120 |\n\
         |  |  | 行政审批服务局 | 桥西区光明大道556号 |  |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("石家庄市行政审批服务局", "石家庄市桥西区光明大道556号")), "{read:?}");
}

#[test]
fn a_head_a_cell_left_over_a_next_page_printing_the_address_s_rest_beside_the_name_s_heads_it() {
    // `| | 安陆市 | 孝感市安陆市团结街2 | | | | | |` / page / `| | | 科技局 | 78号人才大厦8层 | | | | 0712-… |`: the next page narrower by the empty columns between name and address, its phone in its column.
    let n = norm(
        "|  |  | 十堰市外国专家局 |  |  |  | 十堰市丹江口市科技街 301 号人才大 厦 9 层 | 15578920321 |\n\
         |  |  | 宜昌市行政审批服务局 |  |  |  | 兴山县人民西路859号人才大厦6层 | 0717-4557 691 |\n\
         |  |  |  |  |  |  | 宜昌市兴山县科技路746号政务服务中心3楼7号窗口 | 0717-7194804 |\n\
         |  | 安陆市 | 孝感市安陆市团结街2 |  |  |  |  |  |\n\
         \n\
         |  |  | 科技局 | 78号人才大厦8层 |  |  |  | 0712-2938334 |\n\
         |---|---|---|---|---|---|---|---|\n\
         |  |  | 大冶市科技局 | 黄石市大冶市兴业北路 534 号市民服务中心 23 号窗口 |  |  |  | 0714-5227936/8985045 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("安陆市科技局", "孝感市安陆市团结街278号人才大厦8层")), "{read:?}");
}

#[test]
fn a_name_s_middle_at_the_left_edge_beside_the_address_s_rest_goes_on_the_open_name_above() {
    // `中国(贵州)自由` over `| 贸易试验区黔南布 | 1号政务服务中心… | | 0854-… |`, a row printed without its 序号 and province cells: the name's middle, not noise under the 序号 column.
    let n = norm(
        "| 序号 | 省份 | 受理窗口 | 地 址 | 电 话 |\n\
         |---|---|---|---|---|\n\
         | 24 |  | 中国(贵州)自由 | 黔南布依族苗族自治州罗甸县青年大道76 |  |\n\
         | 贸易试验区黔南布 | 1号政务服务中心8楼26号窗口 |  | 0854-3529524 |\n\
         | 依族苗族自治州片 |  |  |\n\
         | 区综合服务中心 |  |  |\n\
         | 25 |  | 毕节市人力资源和社会保障局 | 毕节市黔西市光明街 267 号 | 0857–2692988 |\n",
    );
    assert_eq!(
        names_and_addresses(&n),
        [
            (
                "中国(贵州)自由贸易试验区黔南布依族苗族自治州片区综合服务中心",
                "黔南布依族苗族自治州罗甸县青年大道761号政务服务中心8楼26号窗口"
            ),
            ("毕节市人力资源和社会保障局", "毕节市黔西市光明街267号"),
        ]
    );
}

#[test]
fn a_head_a_cell_left_heads_the_row_below_where_the_table_s_province_shares_the_seq_s_cell() {
    // `| 5 内蒙古 | 通辽市… |` heads the table, so its provinces read in the 序号's column; `| | 锡林郭勒盟政务服务 | 东乌珠 | | | |` over `| | | 中心 | 穆沁旗和平西路986号 | | 电话:… |` is still a record's first row a cell left.
    let n = norm(
        "| 5 内蒙古 | 通辽市经济技术开 发区人才服务中心 | 通辽市科尔沁左翼中旗文化西路 37 号 | 0475-8230234 |  |\n\
         |---|---|---|---|---|\n\
         |  | 自 治 区 | 阿拉善盟科学技术 局(外国专家局) | 阿拉善盟额济纳旗迎宾南路658号人才大厦9层 |  | 0483 8176803 |\n\
         |  | 锡林郭勒盟政务服务 | 东乌珠 |  |  |  |\n\
         |  |  | 中心 | 穆沁旗和平西路986号 |  | 电话:0479-8392040 |\n\
         |  |  | 同上 | 锡林郭勒盟东乌珠穆沁旗滨河中路750号人才大厦8层 |  | 0479-6894329(工作日) |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("锡林郭勒盟政务服务中心", "东乌珠穆沁旗和平西路986号")), "{read:?}");
    assert!(read.contains(&("锡林郭勒盟政务服务中心", "锡林郭勒盟东乌珠穆沁旗滨河中路750号人才大厦8层")), "{read:?}");
}

#[test]
fn a_name_s_rest_read_as_an_address_beside_the_address_s_rest_read_as_noise_goes_on_the_open_name() {
    // `| | | 岳阳 | 岳阳楼区…4楼1 | 0730-… |` over `| | | 楼区人力资源和社会保障局 | 35室 | |`: a place's name cut in two across the rows, the name's rest in its column, the address's in its.
    let n = norm(
        "| 序 号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         \n\
         |  |  | 沙县区科学技术局 | 三明市沙县区中山南路 634 号政务服 务中心 2 楼 33 号窗口 | 0598 3534048 |\n\
         |---|---|---|---|---|\n\
         |  |  | 漳州市政务服务中 心 | 漳浦县朝阳路 86 号政务服务中心 9  楼 28 号窗口 | 咨询电话:0596-5851465;0596-2193058 |\n\
         |  |  | 莆田市经济技术开 发区人才服务中心 | 莆田市城厢区学府南路104号 | 0594-8971958 |\n\
         | 4 | 湖 南 | 益阳市行政审批服务局 | 安化县团结大道148号人才大厦5层 |  |  |  | 0737-8881700 |\n\
         |  |  | 永州市人力资源和 社会保障局 | 永州市蓝山县科技中路 202 号科技大 厦 3 楼 840 室 | 0746-5444567 |\n\
         |  |  | 岳阳 | 岳阳楼区滨河东路713号科技大厦4楼1 | 0730-8663502(工作日) |\n\
         |  |  | 楼区人力资源和社会保障局 | 35室 |  |\n\
         |  | 龙山县科技局 | 湘西土家族苗族自治州龙山县学府南路72 3号 | 13541963781 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("岳阳楼区人力资源和社会保障局", "岳阳楼区滨河东路713号科技大厦4楼135室")), "{read:?}");
}

#[test]
fn a_next_page_from_its_left_edge_with_an_empty_cell_after_its_name_continues_the_row_above() {
    // `| | | 锡林郭 | 锡林郭勒盟…综合 | |` / page / `| 勒盟人力资源和社会保障局 | | 办公楼566室 | 0479-… |`: the next page read two columns right, past the empty cell after its name.
    let n = norm(
        "| 4 | 内蒙古 | 内蒙古自治区外国 专家局 | 呼和浩特市和林格尔县和平路453号科技 大厦2楼318室 | 电话:0471-7223173 |\n\
         |  |  | 锡林郭 | 锡林郭勒盟镶黄旗解放北路512号综合 |  |\n\
         \n\
         第 1 页\n\
         \n\
         | 勒盟人力资源和社会保障局 |  | 办公楼566室 | 0479-7041869 |\n\
         |---|---|---|---|\n\
         |  | 锡林郭勒盟镶黄旗朝阳街893号科技大厦3楼758室 | 0479-5618039 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("锡林郭勒盟人力资源和社会保障局", "锡林郭勒盟镶黄旗解放北路512号综合办公楼566室")), "{read:?}");
    assert!(read.contains(&("锡林郭勒盟人力资源和社会保障局", "锡林郭勒盟镶黄旗朝阳街893号科技大厦3楼758室")), "{read:?}");
    // Under a header printed again: `| | | 景德 | 景德镇市乐平市光明 | |` / page / header / `| 镇市政务服务中心 | | 东路317号… | 0798-… |`.
    let n = norm(
        "| 序号 | 地区 | 受理点名称 | 办公地址 | 联系电话 |\n\
         |---|---|---|---|---|\n\
         |  |  | 萍乡市科学技术局 | 萍乡市湘东区文化大道 679 号 | 0799-6781874 |\n\
         |  |  | 景德 | 景德镇市乐平市光明 |  |\n\
         \n\
         | 序号 | 地区 | 受理点名称 | 办公地址 | 联系电话 |\n\
         |---|---|---|---|---|\n\
         | 镇市政务服务中心 |  | 东路317号市民服务中心38号窗口 | 0798-6157815、5521561 |\n\
         | 6 | 青海 | 青海省科学技术厅 (外国专家局) | 西宁市城中区兴业中路 788 号政务服 务中心 2 楼 10 号窗口 | 0971-7594173 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("景德镇市政务服务中心", "景德镇市乐平市光明东路317号市民服务中心38号窗口")), "{read:?}");
}

#[test]
fn a_head_a_cell_left_over_a_wide_road_cut_inside_its_word_heads_the_row_below() {
    // `| | 儋州 | 人民大 | | |` over `| | | 市外国专家局 | 道444号… | 0898-… |`: the name's head in the province's column, the address's in the name's, its road's word `大道` cut in two.
    let n = norm(
        "| 序号 | 地区 | 受理点名称 | 办公地址 | 联系电话 |\n\
         |---|---|---|---|---|\n\
         | 5 | 海南 | 海口市科学技术局 (外国专家局) | 海口市秀英区中山大道 215 号综合办 公楼 280 室 | 0898-38992753 |\n\
         |  |  | 三亚市外国专家局 | 三亚市天涯区解放路 171 号政务服务中心 8 楼 13 号窗口 | 0898–59651696 |\n\
         |  | 儋州 | 人民大 |  |  |\n\
         |  |  | 市外国专家局 | 道444号科技大厦2楼207室 | 0898-86265877 |\n\
         | 6 | 上 海 市 | 上海市科学技术厅 | 青浦区和平东路 547 号 | 021 41401631 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("儋州市外国专家局", "人民大道444号科技大厦2楼207室")), "{read:?}");
}

#[test]
fn a_head_over_a_next_row_wider_by_an_empty_cell_both_read_further_right_heads_it() {
    // `| 齐齐 | 拜泉县建设 | 咨询电话:… |` over `| 哈尔市人力资源和社会保障局 | 西路468号 | | |`, a page printed without its 序号 and province cells under a header that has them: both rows read two columns right, the next one as printed.
    let n = norm(
        "| 编号 | 省(区、市) | 受理单位 | 受理地址 | 对外咨询电话 |\n\
         |---|---|---|---|---|\n\
         | 佳木斯市经济技术 开发区人才服务中 心 | 佳木斯市富锦市兴业东路 388 号综合 办公楼 399 室 | 15296560315 |\n\
         | 齐齐 | 拜泉县建设 | 咨询电话:0452-6602383 |\n\
         | 哈尔市人力资源和社会保障局 | 西路468号 |  |  |\n\
         | 牡丹江市行政审批服务局 | 牡丹江市绥芬河市科技西路769号 | 0453 5778405 |\n\
         | 6 | 内蒙古 | 中国(内蒙古)自 由贸易试验区呼和 浩特片区管理委员 会 | 呼和浩特市玉泉区青年街550号人才大厦 6层 | 19579112155 |\n\
         |  | 自 治 区 | 额尔古纳市人力资 源和社会保障局 | 额尔古纳市滨河大道256号行政服务中心 4楼 | 0470-8091392 |\n\
         | 通辽市科学技术局 (外国专家局) | 通辽市奈曼旗解放北路859号政务服务中 心2楼2号窗口 | 0475-6015897 |\n\
         | 锡林郭勒盟人力资 源和社会保障局 | 镶黄旗迎宾街 853 号行政服务中心  5 楼 | 0479-4759660 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("齐齐哈尔市人力资源和社会保障局", "拜泉县建设西路468号")), "{read:?}");
}

#[test]
fn a_head_a_cell_left_over_a_next_page_wider_by_empty_columns_before_its_phone_heads_it() {
    // `| | 固原市 | 固原市…政务 | | | |` / page / `| | | 人力资源和社会保障局 | 服务中心…窗口 | | | | (0954)… |`: the next page prints the address's rest right after the name's and its phone at its end.
    let n = norm(
        "|  |  | 久治县科学技术局 |  | 果洛藏族自治州久治县文化北路 85 号科技大厦 4 楼 650 室 | 电话:0975-4368734 |\n\
         |---|---|---|---|---|---|\n\
         |  |  | 海晏县科技局 |  | 海北藏族自治州海晏县团结街618号 | 0970-4122154 |\n\
         | 5 | 宁夏回族 | 宁夏回族自治区科 学技术厅(外国专 家局) |  | 银川市兴庆区振兴中路 303 号 | 电话:13285608375 |\n\
         |  | 自 治 区 | 银川市政务服务中心 |  | 灵武市迎宾西路 788 号 | 19257109284 |\n\
         |  | 固原市 | 固原市原州区光明西路359号政务 |  |  |  |\n\
         \n\
         |  |  | 人力资源和社会保障局 | 服务中心3楼37号窗口 |  |  |  | (0954)8696233 |\n\
         |---|---|---|---|---|---|---|---|\n\
         |  |  | 中卫市科学技术局(外国专家局) | 中卫市中宁县兴业街627号政务服务中心 1楼6号窗口 |  |  |  | 0955-8245 148 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("固原市人力资源和社会保障局", "固原市原州区光明西路359号政务服务中心3楼37号窗口")), "{read:?}");
}

#[test]
fn a_head_a_cell_left_wider_by_empty_cells_after_it_its_phone_at_its_end_heads_the_next_page() {
    // `| | 康保县 | | | 康保县滨河大 | (0313)… |` / noise / `| 科学技术局 | 道989号… | |`: read without the two empty cells, the address's head in the name's column, the phone at the row's end.
    let n = norm(
        "| 序 号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         | 1 | 广 西 | 玉林市科学技术局 (外国专家局) | 北流市朝阳南路 333 号政务服务中心  2 楼 12 号窗口 |  |  |  | 电话:(0775)4831758 |\n\
         |  |  | 百色市政务服务中 心 | 田林县朝阳西路 714 号科技大厦 3  楼 482 室 | 0776-2727780 |\n\
         | 2 | 河 北 | 邢台市高新技术产 业开发区管理委员 会 | 邢台市宁晋县学府中路813号 | 0319-4133 976 |\n\
         |  |  | 沧州市外国专家局 | 沧州市东光县人民街761号人才大厦2层 | 0317 2355784 |\n\
         |  | 康保县 |  |  | 康保县滨河大 | (0313)3461790 |\n\
         \n\
         | ii |\n\
         |---|---|---|\n\
         | 科学技术局 | 道989号政务服务中心1楼2号窗口 |  |\n\
         | 保定市人力资源和社会保障局 | 保定市容城县世纪路 729 号 | 联系电话: 0312-8653544 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("康保县科学技术局", "康保县滨河大道989号政务服务中心1楼2号窗口")), "{read:?}");
}

#[test]
fn a_head_a_cell_left_over_a_name_and_an_address_each_over_two_rows_heads_both() {
    // `| | 怒江傈僳族自治州 | 怒江…自治县兴 | | |` over `| | | 人力资源和社会保 | 业东路888号…35号窗 | 0886-… |` and `| | | 障局 | 口 | |`: the middle row heads nothing, its address the rest of the head a cell left.
    let n = norm(
        "| 4 云南 | 云南省科学技术厅 | 昆明市官渡区文化街9号行政服务中心2楼 | 0871 69455789 |\n\
         |---|---|---|---|\n\
         |  |  | 曲靖市行政审批服 务局 | 曲靖市陆良县学府街 896 号行政服务 中心 3 楼 | (0874)5891388(工作日) |\n\
         |  | 怒江傈僳族自治州 | 怒江傈僳族自治州贡山独龙族怒族自治县兴 |  |  |\n\
         |  |  | 人力资源和社会保 | 业东路888号政务服务中心9楼35号窗 | 0886-4691508 |\n\
         |  |  | 障局 | 口 |  |\n\
         |  |  | 迪庆藏族自治州科学技术局(外国专家局) | 迪庆藏族自治州德钦县科技街756号人才 大厦6层 | 0887 4283014 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(
        read.contains(&(
            "怒江傈僳族自治州人力资源和社会保障局",
            "怒江傈僳族自治州贡山独龙族怒族自治县兴业东路888号政务服务中心9楼35号窗口"
        )),
        "{read:?}"
    );
}

#[test]
fn a_head_over_a_rest_row_wider_by_empty_cells_its_name_s_rest_a_cell_left_heads_it() {
    // `| 36 | | 中国 | 上思县文化路526号 | |` over `| | (广西)自由贸易试验区…委员会 | | | 市民服务中心23号窗口 | 0770-… |`: the rest row read without the empty cell after its name, the name's rest alone a cell left; the next window takes the whole name.
    let n = norm(
        "| 35 |  | 玉林市科学技术局 |  | 玉林市福绵区胜利街 533 号 | 联系电话: 0775-5493006 |\n\
         |---|---|---|---|---|---|\n\
         | 36 |  | 中国 | 上思县文化路526号 |  |\n\
         |  | (广西)自由贸易试验区防城港片区管理委员会 |  |  | 市民服务中心23号窗口 | 0770-6152793 |\n\
         | 37 |  |  | 防城港市上思县迎宾北路 136 号 | 0770–7421064 |\n\
         | 38 |  | 钦北区行政审批局 | 钦州市钦北区建设大道169号政务服务中 心7楼39号窗口 | 0777-4975708(工作日) |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("中国(广西)自由贸易试验区防城港片区管理委员会", "上思县文化路526号市民服务中心23号窗口")), "{read:?}");
    assert!(read.contains(&("中国(广西)自由贸易试验区防城港片区管理委员会", "防城港市上思县迎宾北路136号")), "{read:?}");
}

#[test]
fn an_address_s_head_stopping_before_its_district_s_ending_heads_the_next_page() {
    // `| 焦作市人力资源 | 焦作市中站 | |` / page / `| | | 和社会保障局 | 区文化西路798号… | 0391-… |`: `焦作市中站` ends like a name (`站`) but stops before 中站区's `区`, the address's head; the row heads the next page.
    let n = norm(
        "| 序 号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         | 3 | 甘肃 | 兰州市外国专家局 | 兰州市七里河区光明街 996 号政务服 务中心 5 楼 9 号窗口 | 0931-4029849 |\n\
         |  |  | 嘉峪关市人力资源 和社会保障局 | 嘉峪关市滨河西路 268 号人才大厦 1 层 | 0937-3457951 |\n\
         \n\
         | ii |\n\
         |---|---|---|\n\
         | 天水市科学技术局(外国专家局) | 天水市张家川回族自治县滨河西路437号 | 0938 5164307 |\n\
         | 4 | 黑龙江 | 双鸭山市科学技术局(外国专家局) | 双鸭山市宝清县文化东路271号市民服务 中心5号窗口 | 0469-5951283 |\n\
         | 牡丹江市人力资源和社会保障局 | 宁安市新华东路 915 号 | 0453-5749965 0453-5979747 |\n\
         | 5 | 河 南 | 洛阳市科学技术局 (外国专家局) | 洛阳市孟津区中山大道783号市民服务中 心7号窗口 | 0379-4162 3253 |\n\
         | 焦作市人力资源 | 焦作市中站 |  |\n\
         \n\
         | 序 号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         |  |  | 和社会保障局 | 区文化西路798号市民服务中心33号窗口 | 0391-3885403 |\n\
         |  |  | 开封市行政审批服 务局 | 开封市龙亭区建设西路 901 号行政服 务中心 5 楼 | 0371-46287179 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("焦作市人力资源和社会保障局", "焦作市中站区文化西路798号市民服务中心33号窗口")), "{read:?}");
}

#[test]
fn a_place_alone_before_an_empty_cell_over_a_page_s_name_rest_is_the_name_s_head() {
    // `| 河池市 | | 环江毛南族自治县滨 | 0778-… |` in a page of three cells a row, read a cell further right: the place, its row's only text before the address, is the name's head; its rest heads the next page.
    let n = norm(
        "| 序 号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         | 3 | 福 建 | 三明市科学技术局 | 三明市建宁县科技路 66 号 | 0598-4362850 |\n\
         |  |  | 莆田市外国专家局 | 莆田市仙游县振兴中路 814 号行政服 务中心 4 楼 | 0594–5942592 |\n\
         \n\
         | 宁德市科学技术局 | 宁德市寿宁县青年东路 187 号 | 0593 3872032 |\n\
         |---|---|---|\n\
         |  | 漳州市华安县新华南路790号科技大厦5 楼792室 | 0596-2067758 |\n\
         | 福州市行政审批服 务局 | 福州市长乐区解放街788号政务服务中心 2楼21号窗口 | 0591-24643606;0591-68589644 |\n\
         | 4 | 广西壮族 | 玉州区人力资源和 社会保障局 | 玉州区学府北路 514 号 | 0775-5512152(工作日) |\n\
         |  | 自 治 区 | 来宾市人力资源和 社会保障局 | 来宾市象州县迎宾路 520 号综合办公楼 908 室 | 0772-5445 202 |\n\
         | 河池市 |  | 环江毛南族自治县滨 | 0778-4930070/4541946 |\n\
         \n\
         | : | | |\n\
         |---|---|---|\n\
         | 科学技术局(外国专家局) |  |  | 河街980号科技大厦3楼647室 |  |\n\
         | 桂林市人力资源和 社会保障局 | 桂林市灌阳县文化路 534 号人才大厦  8 层 | 0773-5900 457 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("河池市科学技术局(外国专家局)", "环江毛南族自治县滨河街980号科技大厦3楼647室")), "{read:?}");
}

#[test]
fn a_name_s_last_character_alone_in_the_row_s_first_cell_ends_the_name_above() {
    // `| 心 | | | |` under `| 28 | | 信阳市政务服务中 | … |`: left of the name's column, where only a 序号 or a province goes, it is no noise but the name's ending.
    let n = norm(
        "| 序 号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         | 27 | 河南 | 新乡市科学技术局(外国专家局) | 新乡市获嘉县振兴西路11号科技大厦6楼 660室 | 0373-5912331 |\n\
         | 28 |  | 信阳市政务服务中 | 息县青年东路426号综合办公楼912室 | 0376–4967497 |\n\
         | 心 |  |  |  |\n\
         | 29 |  | 漯河市行政审批服 | 漯河市郾城区学府北路429号 | 0395-3402930 (工作日内回复) |\n\
         | 务局 |  |  |\n\
         | 30 |  | 洛阳市行政审批服 务局 | 洛阳市伊川县学府南路 196 号 | 0379-7622 4812 |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("信阳市政务服务中心", "息县青年东路426号综合办公楼912室")), "{read:?}");
    assert!(read.contains(&("漯河市行政审批服务局", "漯河市郾城区学府北路429号")), "{read:?}");
}

#[test]
fn a_municipality_s_name_under_the_name_column_over_a_name_s_rest_is_the_name_s_head() {
    // `| 38 | | 上海市 | | | | 嘉定区中山 | 021 … |` over `| | 外国专家局 | 北路594号 | … |`: 上海市 reads as a province, but under the names' column, over the rest of a name and nothing else, it opens the name 上海市外国专家局.
    let n = norm(
        "| 序 号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         | 34 |  | 嘉峪关市政务服务中心 | 嘉峪关市滨河路812号人才大厦1层 | 0937-8258697、2952630 |\n\
         | 35 |  | 平凉市行政审批服 务局 | 平凉市静宁县学府西路 706 号 | 0933–7167372 |\n\
         \n\
         | 36 |  | 两当县人力资源和 社会保障局 |  |  |  | 陇南市两当县团结南路653号 | 0939-5688661 |\n\
         |---|---|---|---|---|---|---|---|\n\
         | 37 | 上海 | 上海市科学技术厅(外国专家局) |  |  |  | 青浦区学府东路 509 号综合办公楼  375 室 | 021-57419140 |\n\
         | 38 |  | 上海市 |  |  |  | 嘉定区中山 | 021 44338815 |\n\
         |  | 外国专家局 | 北路594号 |  |  |  |  |  |\n",
    );
    let read = names_and_addresses(&n);
    assert!(read.contains(&("上海市外国专家局", "嘉定区中山北路594号")), "{read:?}");
    assert!(n.records.iter().filter(|r| r.institution == "上海市外国专家局").all(|r| r.province == "上海市"), "{read:?}");
}

#[test]
fn a_name_and_an_address_both_cut_inside_one_place_s_name_go_on_below() {
    // `| 阿鲁科 | 阿鲁科 | 1835… |` over `| 尔沁旗科学技术局 | 尔沁旗科技南路60号… | |`: both open with `尔沁旗`, the end of 阿鲁科尔沁旗 both rows above were cut inside, no place of a record of its own, though `科` ends a name.
    let n = norm_rows(
        "| 1 | 内蒙古 | 兴安盟外国专家局 | 科尔沁右翼前旗团结北路 146 号行政服务中心 2 楼 | 13443384994 |\n\
         |  |  | 阿鲁科 | 阿鲁科 | 18353841610 |\n\
         |  |  | 尔沁旗科学技术局 | 尔沁旗科技南路60号科技大厦1楼795室 |  |\n\
         |  |  | 巴彦淖尔市经济技 术开发区人才服务 中心 | 乌拉特中旗建设中路 945 号人才大厦 3 层 | 0478-7314161 |\n",
    );
    let read = names_addresses_phone_counts(&n);
    assert!(read.contains(&("阿鲁科尔沁旗科学技术局", "阿鲁科尔沁旗科技南路60号科技大厦1楼795室", 1)), "{read:?}");
    assert_eq!(read.len(), 3, "{read:?}");
}

#[test]
fn a_head_a_cell_left_over_a_next_page_wider_after_its_name_reads_its_address_under_the_phone_column() {
    // `| | 兴山区行 | 兴山区 | 0468-… | | |` / page / `| | | 政审批局 | | 文化中路433号… | |`: the rest's address sits under this page's phone column, a street and its number, no phone; the next page prints an empty column after its name.
    let n = norm(
        "| 序 号 | 省级地区 | 受理机构 | 地址 | 咨询电话 |\n\
         |---|---|---|---|---|\n\
         | 4 | 黑龙江 | 桃山区行政审批局 | 七台河市桃山区文化西路 903 号行政 服务中心 2 楼 | 0464-6690 780 |  |\n\
         |  |  | 黑河市政务服务中 心 | 黑河市孙吴县新华北路954号政务服务中心1楼21号窗口 | 0456-3694 377 |  |\n\
         |  |  | 梅里斯达斡尔族区 科学技术局 | 梅里斯达斡尔族区学府大道 75 号行政 服务中心 4 楼 | 0452-2878465/5117567 |  |\n\
         |  | 兴山区行 | 兴山区 | 0468-6085143 |  |  |\n\
         \n\
         |  |  | 政审批局 |  | 文化中路433号行政服务中心4楼 |  |\n\
         |---|---|---|---|---|---|\n\
         |  |  | 鸡西市外国专家局 |  | 鸡西市虎林市长江南路809号科技大厦3楼884室 | 0467-2885972;0467-5219837 |\n",
    );
    let read = names_addresses_phone_counts(&n);
    assert!(read.contains(&("兴山区行政审批局", "兴山区文化中路433号行政服务中心4楼", 1)), "{read:?}");
}
