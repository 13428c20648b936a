<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CheatSheet</name>
    <message>
        <location filename="../app/cheat_sheet.py" line="97"/>
        <source>Keyboard shortcuts (any key closes)</source>
        <translation>快捷键（按任意键关闭）</translation>
    </message>
</context>
<context>
    <name>ControlPanel</name>
    <message>
        <location filename="../app/control_panel.py" line="84"/>
        <source>Lesson</source>
        <translation>课程</translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="95"/>
        <source>Shoot and learn</source>
        <translation>射击与学习</translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="98"/>
        <source>Fire</source>
        <translation>射击</translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="99"/>
        <source>Forward pass: the network aims, the bullet flies</source>
        <translation>前向传播：网络瞄准，子弹飞出</translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="100"/>
        <source>Pull back</source>
        <translation>拉回靶子</translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="101"/>
        <source>Backward pass: compute the gradients</source>
        <translation>反向传播：计算梯度</translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="102"/>
        <source>Adjust</source>
        <translation>调整瞄准</translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="103"/>
        <source>Gradient step: correct the aim</source>
        <translation>梯度下降一步：修正瞄准</translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="104"/>
        <source>Step</source>
        <translation>一步</translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="105"/>
        <source>All four phases: fire, loss, pull back, adjust</source>
        <translation>四个阶段一起做：射击、损失、拉回靶子、调整瞄准</translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="106"/>
        <location filename="../app/control_panel.py" line="314"/>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="107"/>
        <source>Train automatically</source>
        <translation>自动训练</translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="108"/>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="109"/>
        <source>A new initial guess (the next seed)</source>
        <translation>重新初始猜测（换下一个随机种子）</translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="110"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="111"/>
        <source>Go back to the last good weights</source>
        <translation>回到上一组正常的权重</translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="122"/>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="135"/>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="139"/>
        <location filename="../app/control_panel.py" line="195"/>
        <source>distance</source>
        <translation>距离</translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="139"/>
        <source>wind</source>
        <translation>横风</translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="140"/>
        <source>headwind</source>
        <translation>逆风</translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="141"/>
        <source>air density</source>
        <translation>空气密度</translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="146"/>
        <source>Inputs</source>
        <translation>输入</translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="149"/>
        <source>+ layer</source>
        <translation>+ 加一层</translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="151"/>
        <source>- layer</source>
        <translation>- 减一层</translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="156"/>
        <source>Hidden layers</source>
        <translation>隐藏层</translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="160"/>
        <source>identity</source>
        <translation>恒等</translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="162"/>
        <source>Activation</source>
        <translation>激活函数</translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="166"/>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="169"/>
        <source>gradient descent</source>
        <translation>梯度下降</translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="169"/>
        <source>momentum</source>
        <translation>动量</translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="170"/>
        <source>fixed step</source>
        <translation>固定步长</translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="172"/>
        <source>Optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="183"/>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="191"/>
        <source>1 (single shot)</source>
        <translation>1（单发）</translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="193"/>
        <source>Batch</source>
        <translation>批量</translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="195"/>
        <source>squared distance</source>
        <translation>距离平方</translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="197"/>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="201"/>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="205"/>
        <source>Environment</source>
        <translation>环境</translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="207"/>
        <source>on</source>
        <translation>开</translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="212"/>
        <source>Crosswind</source>
        <translation>横风</translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="219"/>
        <source>Distance</source>
        <translation>距离</translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="220"/>
        <source>air resistance</source>
        <translation>空气阻力</translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="223"/>
        <source>Hand tremor</source>
        <translation>手抖</translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="298"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="314"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="342"/>
        <source>&apos;%1&apos; is not a number.</source>
        <translation>“%1”不是数字。</translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="345"/>
        <source>The learning rate must be greater than 0.</source>
        <translation>学习率必须大于 0。</translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="348"/>
        <source>A learning rate above 100 only throws the shots away.</source>
        <translation>学习率超过 100 只会把子弹打飞。</translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="378"/>
        <source>max</source>
        <translation>最快</translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="379"/>
        <source>%1 shots/s</source>
        <translation>%1 枪/秒</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../app/crash.py" line="104"/>
        <source>(no log could be written)</source>
        <translation>（无法写入日志）</translation>
    </message>
    <message>
        <location filename="../app/crash.py" line="105"/>
        <source>Shooter met an unexpected problem and carried on.
{summary}

The details were written to:
{path}</source>
        <translation>Shooter 遇到一个意外问题，已继续运行。
{summary}

详细信息已写入：
{path}</translation>
    </message>
    <message>
        <location filename="../app/crash.py" line="107"/>
        <source>Unexpected problem</source>
        <translation>意外问题</translation>
    </message>
</context>
<context>
    <name>DifferentiationView</name>
    <message>
        <location filename="../app/lesson_views.py" line="422"/>
        <source>%1 passes, %2 multiply-adds</source>
        <translation>%1 次传播，%2 次乘加</translation>
    </message>
    <message>
        <location filename="../app/lesson_views.py" line="425"/>
        <source>%1 pass, %2 multiply-adds</source>
        <translation>%1 次传播，%2 次乘加</translation>
    </message>
    <message>
        <location filename="../app/lesson_views.py" line="427"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../app/lesson_views.py" line="428"/>
        <source>the two gradients agree</source>
        <translation>两种梯度一致</translation>
    </message>
    <message>
        <location filename="../app/lesson_views.py" line="429"/>
        <source>the two gradients DISAGREE</source>
        <translation>两种梯度不一致！</translation>
    </message>
    <message>
        <location filename="../app/lesson_views.py" line="456"/>
        <source>Walk to the target, or pull it back?</source>
        <translation>走到靶前，还是把靶子拉回来？</translation>
    </message>
    <message>
        <location filename="../app/lesson_views.py" line="458"/>
        <source>The gradient of this shot&apos;s loss for every setting of the network, computed twice: forward mode walks the whole shot once per setting; the backward pass pulls the target back once and gets them all.</source>
        <translation>这一枪的损失对网络每个参数的梯度，算了两遍：前向模式每个参数都要把整枪走一遍；反向传播只把靶子拉回一次，就得到全部梯度。</translation>
    </message>
    <message>
        <location filename="../app/lesson_views.py" line="461"/>
        <source>Settings (weights and biases):</source>
        <translation>参数（权重和偏置）：</translation>
    </message>
    <message>
        <location filename="../app/lesson_views.py" line="462"/>
        <source>Forward mode (walk to the target):</source>
        <translation>前向模式（走到靶前）：</translation>
    </message>
    <message>
        <location filename="../app/lesson_views.py" line="463"/>
        <source>Backward pass (pull the target back):</source>
        <translation>反向传播（把靶子拉回来）：</translation>
    </message>
    <message>
        <location filename="../app/lesson_views.py" line="464"/>
        <source>Largest difference:</source>
        <translation>最大差值：</translation>
    </message>
    <message>
        <location filename="../app/lesson_views.py" line="468"/>
        <source>setting</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../app/lesson_views.py" line="468"/>
        <source>forward mode</source>
        <translation>前向模式</translation>
    </message>
    <message>
        <location filename="../app/lesson_views.py" line="468"/>
        <source>backward pass</source>
        <translation>反向传播</translation>
    </message>
    <message>
        <location filename="../app/lesson_views.py" line="469"/>
        <source>difference</source>
        <translation>差值</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../app/narration.py" line="115"/>
        <source>Session file %1: %2</source>
        <translation>训练记录文件 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="116"/>
        <source>cannot be written (%1)</source>
        <translation>无法写入（%1）</translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="117"/>
        <source>cannot be read (%1)</source>
        <translation>无法读取（%1）</translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="118"/>
        <source>not a regular file</source>
        <translation>不是普通文件</translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="119"/>
        <source>larger than %1 bytes</source>
        <translation>超过 %1 字节</translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="120"/>
        <source>not UTF-8 text</source>
        <translation>不是 UTF-8 文本</translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="121"/>
        <source>the file is empty</source>
        <translation>文件是空的</translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="123"/>
        <source>JSON nested more than %1 levels deep</source>
        <translation>JSON 嵌套超过 %1 层</translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="125"/>
        <source>%1 is not allowed (non-finite values are written as null)</source>
        <translation>不允许出现 %1（非有限值应写成 null）</translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="126"/>
        <source>a JSON object repeats a key</source>
        <translation>JSON 对象中有重复的键</translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="128"/>
        <source>the file is cut short (line %1, column %2)</source>
        <translation>文件不完整（第 %1 行，第 %2 列）</translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="130"/>
        <source>not valid JSON (line %1, column %2)</source>
        <translation>不是有效的 JSON（第 %1 行，第 %2 列）</translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="131"/>
        <source>not usable JSON (%1)</source>
        <translation>无法使用的 JSON（%1）</translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="132"/>
        <source>a number too long to read</source>
        <translation>数字太长，无法读取</translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="133"/>
        <source>not a JSON object</source>
        <translation>不是 JSON 对象</translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="135"/>
        <source>not a Shooter session (no &quot;format&quot;: &quot;%1&quot;)</source>
        <translation>不是 Shooter 训练记录（没有 &quot;format&quot;: &quot;%1&quot;）</translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="136"/>
        <source>no schema_version</source>
        <translation>缺少 schema_version</translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="138"/>
        <source>schema_version must be a whole number, got %1</source>
        <translation>schema_version 必须是整数，实际为 %1</translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="140"/>
        <source>schema_version %1 is newer than this Shooter reads (%2)</source>
        <translation>schema_version %1 比本版 Shooter 能读取的版本（%2）更新</translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="141"/>
        <source>unsupported schema_version %1</source>
        <translation>不支持的 schema_version %1</translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="143"/>
        <source>network.inputs does not match config.inputs</source>
        <translation>network.inputs 与 config.inputs 不一致</translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="145"/>
        <source>network.layers must list %1 layers for hidden layers %2</source>
        <translation>隐藏层为 %2 时，network.layers 必须列出 %1 层</translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="147"/>
        <source>%1 must be %2, as the config says</source>
        <translation>按配置，%1 必须是 %2</translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="149"/>
        <source>optimizer.name does not match config.optimizer</source>
        <translation>optimizer.name 与 config.optimizer 不一致</translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="151"/>
        <source>optimizer.slots must hold %1 lists of state for %2</source>
        <translation>对 %2，optimizer.slots 必须包含 %1 组状态</translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="153"/>
        <source>optimizer: Adam&apos;s second moment is below 0</source>
        <translation>优化器：Adam 的二阶矩小于 0</translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="155"/>
        <source>optimizer: Adam&apos;s step count must be 1 or more</source>
        <translation>优化器：Adam 的步数必须大于等于 1</translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="157"/>
        <source>history.loss, mean_score and grad_norm differ in length</source>
        <translation>history.loss、mean_score 和 grad_norm 长度不同</translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="159"/>
        <source>history.heldout_step and heldout_loss differ in length</source>
        <translation>history.heldout_step 和 heldout_loss 长度不同</translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="161"/>
        <source>history.heldout_step must hold whole numbers of 0 or more</source>
        <translation>history.heldout_step 必须是大于等于 0 的整数</translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="163"/>
        <source>iteration must be a whole number between 0 and the length of history.loss</source>
        <translation>&quot;iteration&quot; 必须是 0 到 &quot;history.loss&quot; 长度之间的整数</translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="166"/>
        <source>diverged must be null or a reason key</source>
        <translation>&quot;diverged&quot; 必须是 null 或原因代码</translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="167"/>
        <source>%1 must be a short text</source>
        <translation>%1 必须是一小段文字</translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="168"/>
        <source>%1 must be a finite number</source>
        <translation>%1 必须是有限的数</translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="170"/>
        <source>%1 must be a whole number from 0 to 2**32-1</source>
        <translation>%1 必须是 0 到 2**32-1 之间的整数</translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="171"/>
        <source>%1 must be a whole number</source>
        <translation>%1 必须是整数</translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="172"/>
        <source>%1 must be true or false</source>
        <translation>%1 必须是 true 或 false</translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="174"/>
        <source>%1 must be a list of numbers or null</source>
        <translation>%1 必须是由数或 null 组成的列表</translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="175"/>
        <source>%1 must be a list of %2</source>
        <translation>%1 必须是 %2 项的列表</translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="176"/>
        <source>%1 must be a list</source>
        <translation>%1 必须是列表</translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="177"/>
        <source>%1 must hold numbers only</source>
        <translation>%1 只能包含数</translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="178"/>
        <source>%1 must have shape %2</source>
        <translation>%1 的形状必须是 %2</translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="179"/>
        <source>%1 holds a number too large</source>
        <translation>%1 中有太大的数</translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="180"/>
        <source>%1 holds a non-finite number</source>
        <translation>%1 中有非有限的数</translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="181"/>
        <source>%1 must be &quot;PCG64&quot;</source>
        <translation>%1 必须是 &quot;PCG64&quot;</translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="183"/>
        <source>%1 must be a 128-bit hex string like &quot;0x1f&quot;</source>
        <translation>%1 必须是 128 位十六进制字符串，如 &quot;0x1f&quot;</translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="184"/>
        <source>%1 must be 0 or 1</source>
        <translation>%1 必须是 0 或 1</translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="185"/>
        <source>%1 must be a JSON object</source>
        <translation>%1 必须是 JSON 对象</translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="186"/>
        <source>%1 lacks %2</source>
        <translation>%1 缺少 &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="187"/>
        <source>%1 has unknown keys: %2</source>
        <translation>%1 有未知的键：&quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="190"/>
        <source>The learning rate must be a positive number (got %1).</source>
        <translation>学习率必须是正数（实际为 %1）。</translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="192"/>
        <source>The batch must be a whole number from 1 to %1 (got %2).</source>
        <translation>批量必须是 1 到 %1 之间的整数（实际为 %2）。</translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="194"/>
        <source>At most %1 hidden layers (got %2).</source>
        <translation>隐藏层最多 %1 层（实际为 %2）。</translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="196"/>
        <source>A hidden layer needs 1 to %1 neurons (got %2).</source>
        <translation>每个隐藏层需要 1 到 %1 个神经元（实际为 %2）。</translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="197"/>
        <source>Unknown activation %1.</source>
        <translation>未知的激活函数 %1。</translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="199"/>
        <source>Unknown initialisation %1.</source>
        <translation>未知的初始化方法 %1。</translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="200"/>
        <source>Unknown optimizer %1.</source>
        <translation>未知的优化器 %1。</translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="201"/>
        <source>Unknown loss %1.</source>
        <translation>未知的损失函数 %1。</translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="202"/>
        <source>Unknown input %1.</source>
        <translation>未知的输入 %1。</translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="204"/>
        <source>The Huber threshold must be a positive number of cm.</source>
        <translation>Huber 阈值必须是正的厘米数。</translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="205"/>
        <source>An input is listed twice.</source>
        <translation>有一个输入重复列出了。</translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="207"/>
        <source>The held-out set size or interval is out of range.</source>
        <translation>留出集的大小或间隔超出范围。</translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="209"/>
        <source>The seed must be a whole number from 0 to %1 (got %2).</source>
        <translation>随机种子必须是 0 到 %1 之间的整数（实际为 %2）。</translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="211"/>
        <source>The distance range must be finite, low up to high (got %1).</source>
        <translation>距离范围必须是有限值，且下限不大于上限（实际为 %1）。</translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="213"/>
        <source>The crosswind range must be finite, low up to high (got %1).</source>
        <translation>横风范围必须是有限值，且下限不大于上限（实际为 %1）。</translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="215"/>
        <source>The headwind range must be finite, low up to high (got %1).</source>
        <translation>逆风范围必须是有限值，且下限不大于上限（实际为 %1）。</translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="217"/>
        <source>The air density range must be finite, low up to high (got %1).</source>
        <translation>空气密度范围必须是有限值，且下限不大于上限（实际为 %1）。</translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="219"/>
        <source>The distance must be within %1 m.</source>
        <translation>距离必须在 %1 m 之间。</translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="221"/>
        <source>The crosswind must be within %1 m/s.</source>
        <translation>横风必须在 %1 m/s 之间。</translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="223"/>
        <source>The headwind must be within %1 m/s.</source>
        <translation>逆风必须在 %1 m/s 之间。</translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="225"/>
        <source>The air density must be within %1 kg/m³.</source>
        <translation>空气密度必须在 %1 kg/m³ 之间。</translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="227"/>
        <source>The hand tremor must be within %1 mrad.</source>
        <translation>手抖必须在 %1 mrad 之间。</translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="229"/>
        <source>The sight offset must be two numbers within %1 mrad.</source>
        <translation>瞄准镜偏移必须是两个在 %1 mrad 之间的数。</translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="231"/>
        <source>The session&apos;s network (%1) does not fit the settings asked for (%2).</source>
        <translation>训练记录中的网络（%1）与所要求的设置（%2）不匹配。</translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="234"/>
        <source>Weight shape %1 does not fit %2.</source>
        <translation>权重形状 %1 与 %2 不匹配。</translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="236"/>
        <source>no such file or folder</source>
        <translation>文件或文件夹不存在</translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="237"/>
        <source>permission denied</source>
        <translation>没有权限</translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="238"/>
        <source>it is a folder</source>
        <translation>这是一个文件夹</translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="239"/>
        <source>a part of the path is not a folder</source>
        <translation>路径中有一部分不是文件夹</translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="240"/>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="241"/>
        <source>the disk is read-only</source>
        <translation>磁盘是只读的</translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="242"/>
        <source>the file name is too long</source>
        <translation>文件名太长</translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="243"/>
        <source>the file</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="245"/>
        <source>settings: %1</source>
        <translation>设置：%1</translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="246"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>ExperienceView</name>
    <message>
        <location filename="../app/lesson_views.py" line="717"/>
        <source>not within %1 shots</source>
        <translation>%1 枪内未达到</translation>
    </message>
    <message>
        <location filename="../app/lesson_views.py" line="718"/>
        <source>%1 shots</source>
        <translation>%1 枪</translation>
    </message>
    <message>
        <location filename="../app/lesson_views.py" line="725"/>
        <source>trained for %1 steps first</source>
        <translation>先训练 %1 步</translation>
    </message>
    <message>
        <location filename="../app/lesson_views.py" line="726"/>
        <location filename="../app/lesson_views.py" line="750"/>
        <source>the rifle on the range now</source>
        <translation>靶场上现在这支枪</translation>
    </message>
    <message>
        <location filename="../app/lesson_views.py" line="728"/>
        <source>Shots until the last %1 shots average ring %2 or better — random start: %3; from experience (%4): %5.</source>
        <translation>直到最近 %1 枪平均达到 %2 环或更好所需的枪数 — 随机开始：%3；凭经验开始（%4）：%5。</translation>
    </message>
    <message>
        <location filename="../app/lesson_views.py" line="743"/>
        <source>Random start or experience?</source>
        <translation>随机开始，还是凭经验？</translation>
    </message>
    <message>
        <location filename="../app/lesson_views.py" line="745"/>
        <source>Two fresh rifles shoot on new conditions: one starts from random settings, one from a rifle that has trained before. Goal: the last %1 shots average ring %2.</source>
        <translation>两支新枪在新条件下射击：一支从随机参数开始，一支从训练过的枪开始。目标：最近 %1 枪平均 %2 环。</translation>
    </message>
    <message>
        <location filename="../app/lesson_views.py" line="748"/>
        <source>Experience:</source>
        <translation>经验来源：</translation>
    </message>
    <message>
        <location filename="../app/lesson_views.py" line="749"/>
        <source>train the lesson&apos;s rifle first</source>
        <translation>先训练本课的枪</translation>
    </message>
    <message>
        <location filename="../app/lesson_views.py" line="751"/>
        <source>shots fired</source>
        <translation>已射击枪数</translation>
    </message>
    <message>
        <location filename="../app/lesson_views.py" line="752"/>
        <source>loss (log scale)</source>
        <translation>损失（对数刻度）</translation>
    </message>
    <message>
        <location filename="../app/lesson_views.py" line="754"/>
        <source>random start</source>
        <translation>随机开始</translation>
    </message>
    <message>
        <location filename="../app/lesson_views.py" line="755"/>
        <source>from experience</source>
        <translation>凭经验开始</translation>
    </message>
</context>
<context>
    <name>LessonView</name>
    <message>
        <location filename="../app/lesson_views.py" line="175"/>
        <source>Compute</source>
        <translation>计算</translation>
    </message>
    <message>
        <location filename="../app/lesson_views.py" line="176"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>LessonViews</name>
    <message>
        <location filename="../app/views_jobs.py" line="59"/>
        <source>distance</source>
        <translation>距离</translation>
    </message>
    <message>
        <location filename="../app/views_jobs.py" line="60"/>
        <source>crosswind</source>
        <translation>横风</translation>
    </message>
    <message>
        <location filename="../app/views_jobs.py" line="61"/>
        <source>headwind</source>
        <translation>逆风</translation>
    </message>
    <message>
        <location filename="../app/views_jobs.py" line="62"/>
        <source>air density</source>
        <translation>空气密度</translation>
    </message>
    <message>
        <location filename="../app/views_jobs.py" line="70"/>
        <source>bias</source>
        <translation>偏置</translation>
    </message>
    <message>
        <location filename="../app/views_jobs.py" line="73"/>
        <source>aim right</source>
        <translation>瞄准右移</translation>
    </message>
    <message>
        <location filename="../app/views_jobs.py" line="74"/>
        <source>aim up</source>
        <translation>瞄准上移</translation>
    </message>
</context>
<context>
    <name>Lessons</name>
    <message>
        <location filename="../app/lesson_texts.py" line="10"/>
        <source>Sight in the rifle</source>
        <translation>校准步枪</translation>
    </message>
    <message>
        <location filename="../app/lesson_texts.py" line="11"/>
        <source>Three-round burst</source>
        <translation>三连发</translation>
    </message>
    <message>
        <location filename="../app/lesson_texts.py" line="12"/>
        <source>Step size</source>
        <translation>步长</translation>
    </message>
    <message>
        <location filename="../app/lesson_texts.py" line="13"/>
        <source>Wind and distance</source>
        <translation>风与距离</translation>
    </message>
    <message>
        <location filename="../app/lesson_texts.py" line="14"/>
        <source>First guess: random or experience</source>
        <translation>初始猜测：随机还是凭经验</translation>
    </message>
    <message>
        <location filename="../app/lesson_texts.py" line="15"/>
        <source>Try everything, or follow the gradient?</source>
        <translation>全部试一遍，还是跟着梯度走？</translation>
    </message>
    <message>
        <location filename="../app/lesson_texts.py" line="16"/>
        <source>Walk to the target, or pull it back?</source>
        <translation>走到靶前，还是把靶子拉回来？</translation>
    </message>
    <message>
        <location filename="../app/lesson_texts.py" line="17"/>
        <source>One shot, number by number</source>
        <translation>一枪，一个数一个数地看</translation>
    </message>
    <message>
        <location filename="../app/lesson_texts.py" line="18"/>
        <source>The loss landscape</source>
        <translation>损失地形</translation>
    </message>
    <message>
        <location filename="../app/lesson_texts.py" line="19"/>
        <source>Sandbox</source>
        <translation>自由练习</translation>
    </message>
    <message>
        <location filename="../app/lesson_texts.py" line="26"/>
        <source>The sight is off and nobody knows by how much. Fire, look, correct: in about five shots the holes walk from the outer ring to the bullseye.</source>
        <translation>瞄准镜偏了，偏多少没人知道。开枪、看靶、修正：大约五枪之后，弹孔就从外环走到靶心。</translation>
    </message>
    <message>
        <location filename="../app/lesson_texts.py" line="29"/>
        <source>Three rounds per burst land around the same point. Each hole has its own error; the loss is their average, and one correction serves the burst.</source>
        <translation>每次连发三枪，落在同一点附近。每个弹孔有各自的误差；损失是它们的平均值，一次修正管整组连发。</translation>
    </message>
    <message>
        <location filename="../app/lesson_texts.py" line="32"/>
        <source>How far to move the aim after each look? Too little crawls, just right arrives fast, too much overshoots until the shots leave the target.</source>
        <translation>每看一次靶，瞄准该移多远？太小像蜗牛爬，刚好很快就到，太大就会冲过头，直到子弹打出靶外。</translation>
    </message>
    <message>
        <location filename="../app/lesson_texts.py" line="35"/>
        <source>Distance and wind change from shot to shot. Without a hidden layer the network only knows straight-line rules and stalls; with one it learns how wind and distance combine.</source>
        <translation>距离和风每一枪都在变。没有隐藏层，网络只会直线规律，学不下去；加一层隐藏层，它就能学会风和距离如何共同起作用。</translation>
    </message>
    <message>
        <location filename="../app/lesson_texts.py" line="39"/>
        <source>A first guess can be random or come from a rifle trained before. Compare how many shots each start needs.</source>
        <translation>初始猜测可以是随机的，也可以来自之前训练过的枪。比一比两种开始各需要多少枪。</translation>
    </message>
    <message>
        <location filename="../app/lesson_texts.py" line="42"/>
        <source>Why not try every aim? Count the shots: trying all combinations explodes as parameters are added, following the gradient does not.</source>
        <translation>为什么不把每种瞄准都试一遍？数数枪数：参数一多，穷举所有组合的枪数会爆炸，跟着梯度走却不会。</translation>
    </message>
    <message>
        <location filename="../app/lesson_texts.py" line="45"/>
        <source>To see how each weight moves the hole you can walk to the target once per weight, or pull it back once. Same numbers, very different cost.</source>
        <translation>想知道每个权重怎样移动弹孔，可以每个权重都走到靶前看一次，也可以把靶子拉回来一次。结果相同，代价天差地别。</translation>
    </message>
    <message>
        <location filename="../app/lesson_texts.py" line="48"/>
        <source>One shot followed number by number: forward through every layer, then the chain rule backward to every weight.</source>
        <translation>一个数一个数地跟踪一枪：前向穿过每一层，再用链式法则反向算到每个权重。</translation>
    </message>
    <message>
        <location filename="../app/lesson_texts.py" line="51"/>
        <source>The loss is a landscape over the weights. Two of them drawn as a map: watch training walk downhill.</source>
        <translation>损失是权重上的一片地形。取其中两个权重画成地图：看训练怎样一路走下坡。</translation>
    </message>
    <message>
        <location filename="../app/lesson_texts.py" line="54"/>
        <source>Every condition and every setting is yours.</source>
        <translation>所有条件和设置都由你决定。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/main_window.py" line="147"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="148"/>
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="153"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="154"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="155"/>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="157"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="158"/>
        <source>Save &amp;as…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="163"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="167"/>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="167"/>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="168"/>
        <source>CSV table (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="170"/>
        <source>Target as PNG image…</source>
        <translation>靶子导出为 PNG 图片…</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="171"/>
        <location filename="../app/main_window.py" line="173"/>
        <source>the target</source>
        <translation>靶子</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="172"/>
        <source>Target as SVG drawing…</source>
        <translation>靶子导出为 SVG 矢量图…</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="174"/>
        <source>Plots as PNG image…</source>
        <translation>图表导出为 PNG 图片…</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="175"/>
        <location filename="../app/main_window.py" line="177"/>
        <source>the plots</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="176"/>
        <source>Plots as SVG drawing…</source>
        <translation>图表导出为 SVG 矢量图…</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="178"/>
        <source>Plotted values as CSV…</source>
        <translation>图表数据导出为 CSV…</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="179"/>
        <source>the plotted values</source>
        <translation>图表数据</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="180"/>
        <source>Training history as CSV…</source>
        <translation>训练历史导出为 CSV…</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="181"/>
        <source>the training history</source>
        <translation>训练历史</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="182"/>
        <source>Worked example as HTML or text…</source>
        <translation>例题讲解导出为 HTML 或文本…</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="183"/>
        <source>Web page (*.html);;Text (*.txt)</source>
        <translation>网页 (*.html);;文本 (*.txt)</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="184"/>
        <source>the worked example</source>
        <translation>例题讲解</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="188"/>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="201"/>
        <source>&amp;Lesson</source>
        <translation>课程(&amp;L)</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="215"/>
        <source>&amp;Training</source>
        <translation>训练(&amp;T)</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="217"/>
        <source>Previous phase (undo)</source>
        <translation>上一阶段（撤销）</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="219"/>
        <source>Fire</source>
        <translation>射击</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="220"/>
        <source>Pull back</source>
        <translation>拉回靶子</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="221"/>
        <source>Adjust</source>
        <translation>调整瞄准</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="222"/>
        <source>Step (all four phases)</source>
        <translation>一步（四个阶段）</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="224"/>
        <source>Reset: new initial guess</source>
        <translation>重置：重新初始猜测</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="239"/>
        <source>Control panel</source>
        <translation>控制面板</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="244"/>
        <source>Range / lesson view</source>
        <translation>靶场 / 课程视图</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="249"/>
        <source>High contrast</source>
        <translation>高对比度</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="252"/>
        <source>Slow motion</source>
        <translation>慢动作</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="297"/>
        <source>Range</source>
        <translation>靶场</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="299"/>
        <location filename="../app/main_window.py" line="312"/>
        <source>Lesson view</source>
        <translation>课程视图</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="434"/>
        <source>Unsaved training</source>
        <translation>训练未保存</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="435"/>
        <source>This training has not been saved. Save it first?</source>
        <translation>这次训练还没有保存。先保存吗？</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="447"/>
        <source>Open a training session</source>
        <translation>打开训练记录</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="448"/>
        <source>Shooter sessions (*.json);;All files (*)</source>
        <translation>Shooter 训练记录 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="455"/>
        <source>Could not open the session</source>
        <translation>无法打开训练记录</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="461"/>
        <source>Save the training session</source>
        <translation>保存训练记录</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="463"/>
        <source>Shooter sessions (*.json)</source>
        <translation>Shooter 训练记录 (*.json)</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="468"/>
        <source>Could not save the session</source>
        <translation>无法保存训练记录</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="517"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="530"/>
        <source>Could not export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="531"/>
        <source>{path}: {reason}</source>
        <translation>{path}：{reason}</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="536"/>
        <source>Saved {what} to {path}</source>
        <translation>已将{what}保存到 {path}</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="216"/>
        <source>Next phase</source>
        <translation>下一阶段</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="223"/>
        <source>Play / Pause</source>
        <translation>播放 / 暂停</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="225"/>
        <source>Restore last good weights</source>
        <translation>恢复上一组正常权重</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="229"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="230"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="238"/>
        <source>Presentation mode</source>
        <translation>演示模式</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="245"/>
        <source>Larger</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="247"/>
        <source>Smaller</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="243"/>
        <source>Full screen</source>
        <translation>全屏</translation>
    </message>
</context>
<context>
    <name>Narration</name>
    <message>
        <location filename="../app/narration.py" line="30"/>
        <source>%1 cm right</source>
        <translation>右移 %1 厘米</translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="31"/>
        <source>%1 cm left</source>
        <translation>左移 %1 厘米</translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="34"/>
        <source>%1 cm up</source>
        <translation>上移 %1 厘米</translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="35"/>
        <source>%1 cm down</source>
        <translation>下移 %1 厘米</translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="38"/>
        <source>nowhere</source>
        <translation>不动</translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="39"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="44"/>
        <source>squared distance</source>
        <translation>距离平方</translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="45"/>
        <source>distance</source>
        <translation>距离</translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="53"/>
        <source>identity</source>
        <translation>恒等</translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="59"/>
        <source>Shot %1: the bullet flew %2 s and hit ring %3.</source>
        <translation>第 %1 枪：子弹飞了 %2 秒，打中 %3 环。</translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="62"/>
        <source>Burst %1: %2 rounds, rings %3.</source>
        <translation>第 %1 组连发：%2 发，环数 %3。</translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="69"/>
        <source>The red line is the error: %1 cm from the bullseye on average. Loss (%2) = %3.</source>
        <translation>红线就是误差：平均离靶心 %1 厘米。损失（%2）= %3。</translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="75"/>
        <source>Target pulled back: the gradient (green arrow) asks to move the aim %1.</source>
        <translation>靶子已拉回：梯度（绿色箭头）要求把瞄准%1。</translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="81"/>
        <source>Aim adjusted: the next shot moves %1.</source>
        <translation>瞄准已调整：下一枪将%1。</translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="87"/>
        <source>The shots flew off the range: the learning rate is too large.</source>
        <translation>子弹飞出了靶场：学习率太大了。</translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="89"/>
        <source>The loss became infinite: the learning rate is too large.</source>
        <translation>损失变成了无穷大：学习率太大了。</translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="91"/>
        <source>The weights overflowed: the learning rate is too large.</source>
        <translation>权重溢出了：学习率太大了。</translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="94"/>
        <source>Training paused. Lower the learning rate, then press Restore to go back to the last good weights.</source>
        <translation>训练已暂停。请调低学习率，再按“恢复”回到上一组正常的权重。</translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="100"/>
        <source>Last good weights restored.</source>
        <translation>已恢复上一组正常的权重。</translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="104"/>
        <source>Training: shot %1, loss %2, mean ring %3.</source>
        <translation>训练中：第 %1 枪，损失 %2，平均 %3 环。</translation>
    </message>
</context>
<context>
    <name>NetworkView</name>
    <message>
        <location filename="../app/network_view.py" line="317"/>
        <source>distance</source>
        <translation>距离</translation>
    </message>
    <message>
        <location filename="../app/network_view.py" line="317"/>
        <source>crosswind</source>
        <translation>横风</translation>
    </message>
    <message>
        <location filename="../app/network_view.py" line="318"/>
        <source>headwind</source>
        <translation>逆风</translation>
    </message>
    <message>
        <location filename="../app/network_view.py" line="318"/>
        <source>air density</source>
        <translation>空气密度</translation>
    </message>
    <message>
        <location filename="../app/network_view.py" line="320"/>
        <source>bias</source>
        <translation>偏置</translation>
    </message>
    <message>
        <location filename="../app/network_view.py" line="324"/>
        <source>aim ↔</source>
        <translation>瞄准 ↔</translation>
    </message>
    <message>
        <location filename="../app/network_view.py" line="324"/>
        <source>aim ↕</source>
        <translation>瞄准 ↕</translation>
    </message>
    <message>
        <location filename="../app/network_view.py" line="328"/>
        <source>input</source>
        <translation>输入</translation>
    </message>
    <message>
        <location filename="../app/network_view.py" line="330"/>
        <source>output</source>
        <translation>输出</translation>
    </message>
    <message>
        <location filename="../app/network_view.py" line="331"/>
        <source>hidden {0}</source>
        <translation>隐藏层 {0}</translation>
    </message>
    <message>
        <location filename="../app/network_view.py" line="338"/>
        <source>hidden {0}, neuron {1}</source>
        <translation>隐藏层 {0}，神经元 {1}</translation>
    </message>
    <message>
        <location filename="../app/network_view.py" line="422"/>
        <source>output {0}</source>
        <translation>输出 {0}</translation>
    </message>
    <message>
        <location filename="../app/network_view.py" line="424"/>
        <source>always 1: its weights are the biases</source>
        <translation>恒为 1：它的权重就是偏置</translation>
    </message>
    <message>
        <location filename="../app/network_view.py" line="427"/>
        <source>bias {0}</source>
        <translation>偏置 {0}</translation>
    </message>
    <message>
        <location filename="../app/network_view.py" line="430"/>
        <location filename="../app/network_view.py" line="439"/>
        <source>gradient {0}</source>
        <translation>梯度 {0}</translation>
    </message>
    <message>
        <location filename="../app/network_view.py" line="436"/>
        <source>weight {0}</source>
        <translation>权重 {0}</translation>
    </message>
    <message>
        <location filename="../app/network_view.py" line="641"/>
        <source>weight &gt; 0</source>
        <translation>权重 &gt; 0</translation>
    </message>
    <message>
        <location filename="../app/network_view.py" line="641"/>
        <source>weight &lt; 0</source>
        <translation>权重 &lt; 0</translation>
    </message>
    <message>
        <location filename="../app/network_view.py" line="643"/>
        <source>gradient</source>
        <translation>梯度</translation>
    </message>
</context>
<context>
    <name>Plots</name>
    <message>
        <location filename="../app/plots.py" line="270"/>
        <source>loss: log scale</source>
        <translation>损失：对数刻度</translation>
    </message>
    <message>
        <location filename="../app/plots.py" line="267"/>
        <source>training loss</source>
        <translation>训练损失</translation>
    </message>
    <message>
        <location filename="../app/plots.py" line="267"/>
        <source>held-out loss</source>
        <translation>留出集损失</translation>
    </message>
    <message>
        <location filename="../app/plots.py" line="435"/>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location filename="../app/plots.py" line="435"/>
        <source>mean ring score</source>
        <translation>平均环数</translation>
    </message>
    <message>
        <location filename="../app/plots.py" line="435"/>
        <source>gradient norm</source>
        <translation>梯度大小</translation>
    </message>
    <message>
        <location filename="../app/plots.py" line="438"/>
        <source>iteration</source>
        <translation>迭代次数</translation>
    </message>
</context>
<context>
    <name>RangeStrip</name>
    <message>
        <location filename="../app/range_strip.py" line="95"/>
        <source>side view: fire a shot to see its flight</source>
        <translation>侧视图：开一枪看子弹的飞行</translation>
    </message>
    <message>
        <location filename="../app/range_strip.py" line="98"/>
        <source>no crosswind</source>
        <translation>无横风</translation>
    </message>
    <message>
        <location filename="../app/range_strip.py" line="100"/>
        <source>wind {speed} m/s → right</source>
        <translation>风 {speed} m/s → 向右</translation>
    </message>
    <message>
        <location filename="../app/range_strip.py" line="102"/>
        <source>wind {speed} m/s ← left</source>
        <translation>风 {speed} m/s ← 向左</translation>
    </message>
    <message>
        <location filename="../app/range_strip.py" line="104"/>
        <source>{distance} m</source>
        <translation>{distance} 米</translation>
    </message>
    <message>
        <location filename="../app/range_strip.py" line="105"/>
        <source>drop {drop} cm</source>
        <translation>下坠 {drop} 厘米</translation>
    </message>
    <message>
        <location filename="../app/range_strip.py" line="106"/>
        <source>flight {time} s</source>
        <translation>飞行 {time} 秒</translation>
    </message>
    <message>
        <location filename="../app/range_strip.py" line="108"/>
        <source>height ×{factor}</source>
        <translation>高度 ×{factor}</translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <location filename="../app/lesson_views.py" line="281"/>
        <source>not run (budget)</source>
        <translation>未实际射击（超出预算）</translation>
    </message>
    <message>
        <location filename="../app/lesson_views.py" line="301"/>
        <source>%1 (not run)</source>
        <translation>%1（未实际射击）</translation>
    </message>
    <message>
        <location filename="../app/lesson_views.py" line="332"/>
        <source>P = %1</source>
        <translation>P = %1</translation>
    </message>
    <message>
        <location filename="../app/lesson_views.py" line="354"/>
        <source>Exhaustive search or gradient descent?</source>
        <translation>穷举搜索还是梯度下降？</translation>
    </message>
    <message>
        <location filename="../app/lesson_views.py" line="356"/>
        <source>Shots until every test shot lands in ring 10, as the rifle gets more settings (P). Grid search tries every setting in 0.25 mrad steps and is really fired up to 200,000 shots; beyond that its count is the size of the whole grid. Gradient descent starts from the same place and follows the slope.</source>
        <translation>随着枪的参数（P）增多，直到每一发测试弹都打进 10 环所需的枪数。网格搜索以 0.25 mrad 为步长试遍所有设置，最多真正射击 200,000 枪；超过后，枪数按整个网格的大小计算。梯度下降从同一位置出发，顺着坡往下走。</translation>
    </message>
    <message>
        <location filename="../app/lesson_views.py" line="361"/>
        <source>settings P</source>
        <translation>参数个数 P</translation>
    </message>
    <message>
        <location filename="../app/lesson_views.py" line="361"/>
        <source>grid points</source>
        <translation>网格点数</translation>
    </message>
    <message>
        <location filename="../app/lesson_views.py" line="361"/>
        <source>shots / try</source>
        <translation>每次尝试枪数</translation>
    </message>
    <message>
        <location filename="../app/lesson_views.py" line="362"/>
        <location filename="../app/lesson_views.py" line="366"/>
        <source>grid search</source>
        <translation>网格搜索</translation>
    </message>
    <message>
        <location filename="../app/lesson_views.py" line="362"/>
        <location filename="../app/lesson_views.py" line="368"/>
        <source>gradient descent</source>
        <translation>梯度下降</translation>
    </message>
    <message>
        <location filename="../app/lesson_views.py" line="364"/>
        <source>shots (log scale)</source>
        <translation>枪数（对数刻度）</translation>
    </message>
    <message>
        <location filename="../app/lesson_views.py" line="367"/>
        <source>grid search, not run (budget)</source>
        <translation>网格搜索，未实际射击（超出预算）</translation>
    </message>
</context>
<context>
    <name>SurfaceView</name>
    <message>
        <location filename="../app/lesson_views.py" line="638"/>
        <source>The loss surface</source>
        <translation>损失曲面</translation>
    </message>
    <message>
        <location filename="../app/lesson_views.py" line="640"/>
        <source>Colour: the loss (log10) on a fixed set of test shots, for two chosen settings; all other settings stay as they are now. Dashed: gradient descent on these test shots. Green: the rifle&apos;s own training as it runs.</source>
        <translation>颜色：在一组固定测试弹上、随所选两个参数变化的损失（log10）；其他参数保持当前值。虚线：在这组测试弹上的梯度下降。绿色：枪自己训练时走过的路径。</translation>
    </message>
    <message>
        <location filename="../app/lesson_views.py" line="643"/>
        <source>across:</source>
        <translation>横轴：</translation>
    </message>
    <message>
        <location filename="../app/lesson_views.py" line="644"/>
        <source>up:</source>
        <translation>纵轴：</translation>
    </message>
    <message>
        <location filename="../app/lesson_views.py" line="648"/>
        <source>log10 loss</source>
        <translation>log10 损失</translation>
    </message>
    <message>
        <location filename="../app/lesson_views.py" line="650"/>
        <source>now</source>
        <translation>当前</translation>
    </message>
    <message>
        <location filename="../app/lesson_views.py" line="651"/>
        <source>lowest loss</source>
        <translation>最低损失</translation>
    </message>
    <message>
        <location filename="../app/lesson_views.py" line="652"/>
        <source>gradient descent</source>
        <translation>梯度下降</translation>
    </message>
    <message>
        <location filename="../app/lesson_views.py" line="653"/>
        <source>training on the range</source>
        <translation>靶场上的训练</translation>
    </message>
</context>
<context>
    <name>TargetView</name>
    <message>
        <location filename="../app/target_view.py" line="727"/>
        <source>off by {size}</source>
        <translation>偏离 {size}</translation>
    </message>
    <message>
        <location filename="../app/target_view.py" line="799"/>
        <source>Fire a shot to begin</source>
        <translation>开一枪开始</translation>
    </message>
    <message>
        <location filename="../app/target_view.py" line="801"/>
        <source>The bullet is flying…</source>
        <translation>子弹飞行中…</translation>
    </message>
    <message>
        <location filename="../app/target_view.py" line="806"/>
        <source>Shot {number} has landed</source>
        <translation>第 {number} 枪已命中</translation>
    </message>
    <message>
        <location filename="../app/target_view.py" line="807"/>
        <source>Round {number}: {count} shots have landed</source>
        <translation>第 {number} 组：{count} 发已命中</translation>
    </message>
    <message>
        <location filename="../app/target_view.py" line="810"/>
        <source>Shot {number}: {hit}</source>
        <translation>第 {number} 枪：{hit}</translation>
    </message>
    <message>
        <location filename="../app/target_view.py" line="814"/>
        <source>Round {number}: {hits}</source>
        <translation>第 {number} 组：{hits}</translation>
    </message>
    <message>
        <location filename="../app/target_view.py" line="815"/>
        <source>Round {number}: {count} shots, mean ring {mean}</source>
        <translation>第 {number} 组：{count} 发，平均 {mean} 环</translation>
    </message>
    <message>
        <location filename="../app/target_view.py" line="819"/>
        <source>red: error</source>
        <translation>红：误差</translation>
    </message>
    <message>
        <location filename="../app/target_view.py" line="819"/>
        <source>green: aim correction</source>
        <translation>绿：瞄准修正</translation>
    </message>
    <message>
        <location filename="../app/target_view.py" line="53"/>
        <source>centre</source>
        <translation>正中</translation>
    </message>
    <message>
        <location filename="../app/target_view.py" line="54"/>
        <source>left</source>
        <translation>左</translation>
    </message>
    <message>
        <location filename="../app/target_view.py" line="55"/>
        <source>right</source>
        <translation>右</translation>
    </message>
    <message>
        <location filename="../app/target_view.py" line="56"/>
        <source>up</source>
        <translation>上</translation>
    </message>
    <message>
        <location filename="../app/target_view.py" line="57"/>
        <source>down</source>
        <translation>下</translation>
    </message>
    <message>
        <location filename="../app/target_view.py" line="58"/>
        <source>upper left</source>
        <translation>左上</translation>
    </message>
    <message>
        <location filename="../app/target_view.py" line="59"/>
        <source>upper right</source>
        <translation>右上</translation>
    </message>
    <message>
        <location filename="../app/target_view.py" line="60"/>
        <source>lower left</source>
        <translation>左下</translation>
    </message>
    <message>
        <location filename="../app/target_view.py" line="61"/>
        <source>lower right</source>
        <translation>右下</translation>
    </message>
    <message>
        <location filename="../app/target_view.py" line="68"/>
        <source>{where} {degrees}°</source>
        <translation>{where} {degrees}°</translation>
    </message>
    <message>
        <location filename="../app/target_view.py" line="77"/>
        <source>miss, {where}</source>
        <translation>脱靶，{where}</translation>
    </message>
    <message>
        <location filename="../app/target_view.py" line="79"/>
        <source>ring {score}, dead centre</source>
        <translation>{score} 环，正中靶心</translation>
    </message>
    <message>
        <location filename="../app/target_view.py" line="81"/>
        <source>ring {score}, {where}</source>
        <translation>{score} 环，{where}</translation>
    </message>
    <message>
        <location filename="../app/target_view.py" line="88"/>
        <source>lost</source>
        <translation>飞出</translation>
    </message>
    <message>
        <location filename="../app/target_view.py" line="90"/>
        <source>{value} m</source>
        <translation>{value} 米</translation>
    </message>
    <message>
        <location filename="../app/target_view.py" line="100"/>
        <source>{value} cm</source>
        <translation>{value} 厘米</translation>
    </message>
</context>
<context>
    <name>ValleyView</name>
    <message>
        <location filename="../app/valley_view.py" line="88"/>
        <source>Walking down the valley |x| from x = 10 with a fixed step</source>
        <translation>从 x = 10 出发，以固定步长走下山谷 |x|</translation>
    </message>
    <message>
        <location filename="../app/valley_view.py" line="89"/>
        <source>Walk again</source>
        <translation>再走一遍</translation>
    </message>
    <message>
        <location filename="../app/valley_view.py" line="92"/>
        <source>floor in %1 steps</source>
        <translation>%1 步到谷底</translation>
    </message>
    <message>
        <location filename="../app/valley_view.py" line="93"/>
        <source>never reaches the floor</source>
        <translation>永远到不了谷底</translation>
    </message>
    <message>
        <location filename="../app/valley_view.py" line="94"/>
        <source>step %1: %2</source>
        <translation>步长 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/valley_view.py" line="95"/>
        <source>The same on the rifle: horizontal miss per shot (cm); dashed: the target&apos;s rim</source>
        <translation>换到步枪上也一样：每枪的水平偏差（厘米）；虚线：靶子边缘</translation>
    </message>
    <message>
        <location filename="../app/valley_view.py" line="150"/>
        <source>learning rate %1</source>
        <translation>学习率 %1</translation>
    </message>
    <message>
        <location filename="../app/valley_view.py" line="153"/>
        <source>shot</source>
        <translation>枪数</translation>
    </message>
</context>
<context>
    <name>WorkedExampleView</name>
    <message>
        <location filename="../app/worked_example.py" line="60"/>
        <source>Explain a new shot</source>
        <translation>讲解新的一枪</translation>
    </message>
    <message>
        <location filename="../app/worked_example.py" line="61"/>
        <source>Save as HTML or text…</source>
        <translation>保存为 HTML 或文本…</translation>
    </message>
    <message>
        <location filename="../app/worked_example.py" line="84"/>
        <source>Conditions: distance %1 m, crosswind %2 m/s.</source>
        <translation>条件：距离 %1 米，横风 %2 m/s。</translation>
    </message>
    <message>
        <location filename="../app/worked_example.py" line="86"/>
        <source>Network input x (conditions scaled to -1..1): %1</source>
        <translation>网络输入 x（条件缩放到 -1..1）：%1</translation>
    </message>
    <message>
        <location filename="../app/worked_example.py" line="90"/>
        <source>Layer %1: z = x·W + b, W = %2, b = %3</source>
        <translation>第 %1 层：z = x·W + b，W = %2，b = %3</translation>
    </message>
    <message>
        <location filename="../app/worked_example.py" line="92"/>
        <source>   z = %1, after %2: a = %3</source>
        <translation>   z = %1，经过 %2 后：a = %3</translation>
    </message>
    <message>
        <location filename="../app/worked_example.py" line="95"/>
        <source>Aim (mrad, right/up): %1</source>
        <translation>瞄准（mrad，右/上）：%1</translation>
    </message>
    <message>
        <location filename="../app/worked_example.py" line="96"/>
        <source>Flight time %1 s, drop %2 cm, wind drift %3 cm.</source>
        <translation>飞行时间 %1 秒，下坠 %2 厘米，风偏 %3 厘米。</translation>
    </message>
    <message>
        <location filename="../app/worked_example.py" line="99"/>
        <source>Impact (cm from the bullseye): %1, ring %2</source>
        <translation>弹着点（离靶心，厘米）：%1，%2 环</translation>
    </message>
    <message>
        <location filename="../app/worked_example.py" line="101"/>
        <source>Error per shot (%1): %2, loss = mean = %3</source>
        <translation>每枪误差（%1）：%2，损失 = 平均值 = %3</translation>
    </message>
    <message>
        <location filename="../app/worked_example.py" line="103"/>
        <source>Forward</source>
        <translation>前向传播</translation>
    </message>
    <message>
        <location filename="../app/worked_example.py" line="103"/>
        <source>Flight and loss</source>
        <translation>飞行与损失</translation>
    </message>
    <message>
        <location filename="../app/worked_example.py" line="107"/>
        <source>dL/d(offset) = %1</source>
        <translation>dL/d(偏差) = %1</translation>
    </message>
    <message>
        <location filename="../app/worked_example.py" line="108"/>
        <source>dL/d(aim) = dL/d(offset) × %1 cm/mrad = %2</source>
        <translation>dL/d(瞄准) = dL/d(偏差) × %1 cm/mrad = %2</translation>
    </message>
    <message>
        <location filename="../app/worked_example.py" line="112"/>
        <source>Layer %1: dL/da = %2, dL/dz = %3</source>
        <translation>第 %1 层：dL/da = %2，dL/dz = %3</translation>
    </message>
    <message>
        <location filename="../app/worked_example.py" line="114"/>
        <source>   dL/dW = xᵀ·dL/dz = %1, dL/db = %2</source>
        <translation>   dL/dW = xᵀ·dL/dz = %1，dL/db = %2</translation>
    </message>
    <message>
        <location filename="../app/worked_example.py" line="116"/>
        <source>Backward: the chain rule</source>
        <translation>反向传播：链式法则</translation>
    </message>
    <message>
        <location filename="../app/worked_example.py" line="127"/>
        <source>One shot, number by number</source>
        <translation>一枪，一个数一个数地看</translation>
    </message>
    <message>
        <location filename="../app/worked_example.py" line="138"/>
        <source>Save the worked example</source>
        <translation>保存例题讲解</translation>
    </message>
    <message>
        <location filename="../app/worked_example.py" line="139"/>
        <source>Web page (*.html);;Text (*.txt)</source>
        <translation>网页 (*.html);;文本 (*.txt)</translation>
    </message>
    <message>
        <location filename="../app/worked_example.py" line="146"/>
        <source>Could not save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <location filename="../app/worked_example.py" line="147"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
</TS>
