"""The genre's everyday words: what a report says in nearly every paragraph.

A character that a misreading lost (see :mod:`fzbg.read.lost_bytes`) is told from the
others its bytes allow by the words it would make with its neighbours; these words, and
the report's own, are the ones it is likely to make.
"""

from __future__ import annotations

__all__ = ["COMMON_WORDS"]

_WORDS = """
    法治 政府 建设 报告 工作 情况 年度 依法 行政 推进 开展 加强 完善 健全 制度 机制 执法
    监督 审查 决策 规范 宣传 普法 复议 诉讼 案件 矛盾 纠纷 人民 街道 办事处 乡镇 社区
    主要 举措 成效 存在 不足 问题 原因 下一步 计划 安排 打算 思路 党政 负责人 第一 责任人
    职责 履行 落实 全面 深入 学习 贯彻 习近平 思想 领导 组织 实施 纲要 规定 要求 重大 事项
    合法性 规范性 文件 备案 公开 信息 政务 服务 管理 改革 法律 顾问 援助 调解 信访 应诉 出庭
    培训 干部 人员 队伍 能力 水平 意识 素养 群众 企业 营商 环境 保障 提升 强化 深化 持续
    不断 进一步 坚持 坚决 切实 有效 积极 认真 严格 公正 文明 科学 民主 程序 标准 清单 权力
    运行 制约 考核 督察 检查 整改 全年 今年 同比 增长 下降 达到 累计 其中 以及 关于 我们
    通过 实现 推动 提高 做好 抓好 形成 构建 打造 发挥 作用 基层 治理 社会 经济 发展 高质量
    现代化 体系
"""
COMMON_WORDS = tuple(_WORDS.split())
"""Words a report of the genre writes in nearly every paragraph."""
