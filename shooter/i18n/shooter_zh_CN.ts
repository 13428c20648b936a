<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AnimationDialog</name>
    <message>
        <location filename="../app/animation_dialog.py" line="45"/>
        <location filename="../app/animation_dialog.py" line="71"/>
        <source>Export an animation</source>
        <translation>导出动画</translation>
    </message>
    <message>
        <location filename="../app/animation_dialog.py" line="51"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../app/animation_dialog.py" line="59"/>
        <source>Last steps</source>
        <translation>最近的步数</translation>
    </message>
    <message>
        <location filename="../app/animation_dialog.py" line="60"/>
        <source>Size (width x height)</source>
        <translation>尺寸（宽 x 高）</translation>
    </message>
    <message>
        <location filename="../app/animation_dialog.py" line="61"/>
        <source>File (.gif, .png for APNG, .webp)</source>
        <translation>文件（.gif，APNG 用 .png，.webp）</translation>
    </message>
    <message>
        <location filename="../app/animation_dialog.py" line="72"/>
        <source>GIF animation (*.gif);;Animated PNG (*.png);;WebP animation (*.webp)</source>
        <translation>GIF 动画 (*.gif);;PNG 动画 (*.png);;WebP 动画 (*.webp)</translation>
    </message>
</context>
<context>
    <name>CheatSheet</name>
    <message>
        <location filename="../app/cheat_sheet.py" line="199"/>
        <source>Glossary: the range and the field (Tab: keys, any key closes)</source>
        <translation>术语对照：靶场与神经网络（Tab：快捷键，按任意其他键关闭）</translation>
    </message>
    <message>
        <location filename="../app/cheat_sheet.py" line="200"/>
        <source>Keyboard shortcuts (Tab: glossary, any key closes)</source>
        <translation>键盘快捷键（Tab：术语对照，按任意其他键关闭）</translation>
    </message>
</context>
<context>
    <name>ControlPanel</name>
    <message>
        <location filename="../app/control_panel.py" line="137"/>
        <source>Lesson</source>
        <translation>课程</translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="151"/>
        <source>Shoot and learn</source>
        <translation>射击与学习</translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="154"/>
        <source>Fire</source>
        <translation>射击</translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="156"/>
        <source>Pull back</source>
        <translation>拉回靶子</translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="158"/>
        <source>Adjust</source>
        <translation>调整瞄准</translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="159"/>
        <source>Step</source>
        <translation>一步</translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="160"/>
        <source>All four phases: fire, loss, pull back, adjust</source>
        <translation>四个阶段一起做：射击、损失、拉回靶子、调整瞄准</translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="161"/>
        <location filename="../app/control_panel.py" line="371"/>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="162"/>
        <source>Train automatically</source>
        <translation>自动训练</translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="163"/>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="164"/>
        <source>A new initial guess (the next seed)</source>
        <translation>重新初始猜测（换下一个随机种子）</translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="166"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="47"/>
        <source>the network computes the aim from the conditions; the bullet flies and lands.</source>
        <translation>网络根据条件算出瞄准点，子弹飞出并落在靶上。</translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="49"/>
        <source>the red line from the bullseye to the hole is the error; its size is the loss.</source>
        <translation>从靶心到弹孔的红线就是误差，它的大小就是损失。</translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="51"/>
        <source>the miss flows back through the layers and every weight learns its share: the gradient.</source>
        <translation>偏差沿着各层往回传，每个权重得知自己该负的那一份：梯度。</translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="53"/>
        <source>every weight moves against its gradient, scaled by the learning rate.</source>
        <translation>每个权重按学习率的大小，朝梯度的反方向移动一步。</translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="66"/>
        <source>{analogy} — {term}: {doing}</source>
        <translation>{analogy} — {term}：{doing}</translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="167"/>
        <source>Lower the learning rate, then press Restore: back to the last weights that hit the target (Ctrl+Z)</source>
        <translation>先调小学习率，再按“恢复”：回到最后一组打中靶子的权重（Ctrl+Z）</translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="179"/>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="192"/>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="251"/>
        <source>distance</source>
        <translation>距离</translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="202"/>
        <source>Inputs</source>
        <translation>输入</translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="205"/>
        <source>+ layer</source>
        <translation>+ 加一层</translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="207"/>
        <source>- layer</source>
        <translation>- 减一层</translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="212"/>
        <source>Hidden layers</source>
        <translation>隐藏层</translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="216"/>
        <source>identity</source>
        <translation>恒等</translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="218"/>
        <source>Activation</source>
        <translation>激活函数</translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="222"/>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="225"/>
        <source>gradient descent</source>
        <translation>梯度下降</translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="225"/>
        <source>momentum</source>
        <translation>动量</translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="226"/>
        <source>fixed step</source>
        <translation>固定步长</translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="228"/>
        <source>Optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="239"/>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="247"/>
        <source>1 (single shot)</source>
        <translation>1（单发）</translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="249"/>
        <source>Batch</source>
        <translation>批量</translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="251"/>
        <source>squared distance</source>
        <translation>距离平方</translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="253"/>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="257"/>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="261"/>
        <source>Environment</source>
        <translation>环境</translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="263"/>
        <source>on</source>
        <translation>开</translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="264"/>
        <source> m/s</source>
        <translation> 米/秒</translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="268"/>
        <source>Crosswind</source>
        <translation>横风</translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="269"/>
        <location filename="../app/control_panel.py" line="270"/>
        <source> m</source>
        <translation> 米</translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="275"/>
        <source>Distance</source>
        <translation>距离</translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="276"/>
        <source>air resistance</source>
        <translation>空气阻力</translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="278"/>
        <source> mrad</source>
        <translation> 毫弧度</translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="279"/>
        <source>Hand tremor</source>
        <translation>手抖</translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="355"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="371"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="399"/>
        <source>&apos;{0}&apos; is not a number.</source>
        <translation>“{0}”不是数字。</translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="442"/>
        <source>{0} shots/s</source>
        <translation>{0} 枪/秒</translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="402"/>
        <source>The learning rate must be greater than 0.</source>
        <translation>学习率必须大于 0。</translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="405"/>
        <source>A learning rate above 100 only throws the shots away.</source>
        <translation>学习率超过 100 只会把子弹打飞。</translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="441"/>
        <source>max</source>
        <translation>最快</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../app/crash.py" line="105"/>
        <source>(no log could be written)</source>
        <translation>（无法写入日志）</translation>
    </message>
    <message>
        <location filename="../app/crash.py" line="106"/>
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
        <location filename="../app/crash.py" line="108"/>
        <source>Unexpected problem</source>
        <translation>意外问题</translation>
    </message>
</context>
<context>
    <name>DifferentiationView</name>
    <message>
        <location filename="../app/lessons/differentiation.py" line="62"/>
        <source>{0} passes, {1} multiply-adds</source>
        <translation>{0} 次传播，{1} 次乘加</translation>
    </message>
    <message>
        <location filename="../app/lessons/differentiation.py" line="65"/>
        <source>{0} pass, {1} multiply-adds</source>
        <translation>{0} 次传播，{1} 次乘加</translation>
    </message>
    <message>
        <location filename="../app/lessons/differentiation.py" line="67"/>
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
    <message>
        <location filename="../app/lessons/differentiation.py" line="68"/>
        <source>the two gradients agree</source>
        <translation>两种梯度一致</translation>
    </message>
    <message>
        <location filename="../app/lessons/differentiation.py" line="69"/>
        <source>the two gradients DISAGREE</source>
        <translation>两种梯度不一致！</translation>
    </message>
    <message>
        <location filename="../app/lessons/differentiation.py" line="99"/>
        <source>Walk to the target, or pull it back?</source>
        <translation>走到靶前，还是把靶子拉回来？</translation>
    </message>
    <message>
        <location filename="../app/lessons/differentiation.py" line="101"/>
        <source>The gradient of this shot&apos;s loss for every setting of the network, computed twice: forward mode walks the whole shot once per setting; the backward pass pulls the target back once and gets them all.</source>
        <translation>这一枪的损失对网络每个参数的梯度，算了两遍：前向模式每个参数都要把整枪走一遍；反向传播只把靶子拉回一次，就得到全部梯度。</translation>
    </message>
    <message>
        <location filename="../app/lessons/differentiation.py" line="104"/>
        <source>Settings (weights and biases):</source>
        <translation>参数（权重和偏置）：</translation>
    </message>
    <message>
        <location filename="../app/lessons/differentiation.py" line="105"/>
        <source>Forward mode (walk to the target):</source>
        <translation>前向模式（走到靶前）：</translation>
    </message>
    <message>
        <location filename="../app/lessons/differentiation.py" line="106"/>
        <source>Backward pass (pull the target back):</source>
        <translation>反向传播（把靶子拉回来）：</translation>
    </message>
    <message>
        <location filename="../app/lessons/differentiation.py" line="107"/>
        <source>Largest difference:</source>
        <translation>最大差值：</translation>
    </message>
    <message>
        <location filename="../app/lessons/differentiation.py" line="111"/>
        <source>setting</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../app/lessons/differentiation.py" line="111"/>
        <source>forward mode</source>
        <translation>前向模式</translation>
    </message>
    <message>
        <location filename="../app/lessons/differentiation.py" line="111"/>
        <source>backward pass</source>
        <translation>反向传播</translation>
    </message>
    <message>
        <location filename="../app/lessons/differentiation.py" line="112"/>
        <source>difference</source>
        <translation>差值</translation>
    </message>
</context>
<context>
    <name>ExperienceView</name>
    <message>
        <location filename="../app/lessons/experience.py" line="49"/>
        <source>Experience: the other starting rifle</source>
        <translation>经验：换另一支起点步枪</translation>
    </message>
    <message>
        <location filename="../app/lessons/experience.py" line="104"/>
        <location filename="../app/lessons/experience.py" line="128"/>
        <source>the rifle on the range now</source>
        <translation>靶场上现在这支枪</translation>
    </message>
    <message>
        <location filename="../app/lessons/experience.py" line="121"/>
        <source>Random start or experience?</source>
        <translation>随机开始，还是凭经验？</translation>
    </message>
    <message>
        <location filename="../app/lessons/experience.py" line="95"/>
        <source>not within {0} shots</source>
        <translation>{0} 枪内未达到</translation>
    </message>
    <message>
        <location filename="../app/lessons/experience.py" line="96"/>
        <source>{0} shots</source>
        <translation>{0} 枪</translation>
    </message>
    <message>
        <location filename="../app/lessons/experience.py" line="103"/>
        <source>trained for {0} steps first</source>
        <translation>先训练 {0} 步</translation>
    </message>
    <message>
        <location filename="../app/lessons/experience.py" line="106"/>
        <source>Shots until the last {0} shots average ring {1} or better — random start: {2}; from experience ({3}): {4}.</source>
        <translation>直到最近 {0} 枪平均达到 {1} 环或更好所需的枪数 — 随机开始：{2}；凭经验开始（{3}）：{4}。</translation>
    </message>
    <message>
        <location filename="../app/lessons/experience.py" line="123"/>
        <source>Two fresh rifles shoot on new conditions: one starts from random settings, one from a rifle that has trained before. Goal: the last {0} shots average ring {1}.</source>
        <translation>两支新枪在新条件下射击：一支从随机参数开始，一支从训练过的枪开始。目标：最近 {0} 枪平均 {1} 环。</translation>
    </message>
    <message>
        <location filename="../app/lessons/experience.py" line="126"/>
        <source>Experience:</source>
        <translation>经验来源：</translation>
    </message>
    <message>
        <location filename="../app/lessons/experience.py" line="127"/>
        <source>train the lesson&apos;s rifle first</source>
        <translation>先训练本课的枪</translation>
    </message>
    <message>
        <location filename="../app/lessons/experience.py" line="129"/>
        <source>shots fired</source>
        <translation>已射击枪数</translation>
    </message>
    <message>
        <location filename="../app/lessons/experience.py" line="130"/>
        <source>loss (log scale)</source>
        <translation>损失（对数刻度）</translation>
    </message>
    <message>
        <location filename="../app/lessons/experience.py" line="133"/>
        <source>random start</source>
        <translation>随机开始</translation>
    </message>
    <message>
        <location filename="../app/lessons/experience.py" line="134"/>
        <source>from experience</source>
        <translation>凭经验开始</translation>
    </message>
</context>
<context>
    <name>Glossary</name>
    <message>
        <location filename="../app/cheat_sheet.py" line="18"/>
        <source>A shot, firing</source>
        <translation>开一枪</translation>
    </message>
    <message>
        <location filename="../app/cheat_sheet.py" line="19"/>
        <source>the forward pass: inputs through the network to an output</source>
        <translation>前向传播：输入经过网络得到输出</translation>
    </message>
    <message>
        <location filename="../app/cheat_sheet.py" line="20"/>
        <source>Wind, distance, air density</source>
        <translation>风、距离、空气密度</translation>
    </message>
    <message>
        <location filename="../app/cheat_sheet.py" line="21"/>
        <source>the inputs (features) of one example</source>
        <translation>一个样本的输入（特征）</translation>
    </message>
    <message>
        <location filename="../app/cheat_sheet.py" line="22"/>
        <source>The aim (elevation and windage)</source>
        <translation>瞄准（高低和左右修正）</translation>
    </message>
    <message>
        <location filename="../app/cheat_sheet.py" line="23"/>
        <source>the network&apos;s output</source>
        <translation>网络的输出</translation>
    </message>
    <message>
        <location filename="../app/cheat_sheet.py" line="24"/>
        <source>The hole&apos;s offset, the red line</source>
        <translation>弹孔的偏差，红线</translation>
    </message>
    <message>
        <location filename="../app/cheat_sheet.py" line="25"/>
        <source>the error: the loss vector from target to prediction</source>
        <translation>误差：从目标指向预测的损失向量</translation>
    </message>
    <message>
        <location filename="../app/cheat_sheet.py" line="26"/>
        <source>How far the miss is, squared</source>
        <translation>偏差距离的平方</translation>
    </message>
    <message>
        <location filename="../app/cheat_sheet.py" line="27"/>
        <source>the loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location filename="../app/cheat_sheet.py" line="28"/>
        <source>The ring score</source>
        <translation>环数</translation>
    </message>
    <message>
        <location filename="../app/cheat_sheet.py" line="29"/>
        <source>a score like accuracy: easy to read, not what is optimised</source>
        <translation>类似准确率的分数：好读，但优化的不是它</translation>
    </message>
    <message>
        <location filename="../app/cheat_sheet.py" line="30"/>
        <source>A burst of rounds</source>
        <translation>一次连发</translation>
    </message>
    <message>
        <location filename="../app/cheat_sheet.py" line="31"/>
        <source>a batch: one correction from the average of its errors</source>
        <translation>一个批次：按各发误差的平均值修正一次</translation>
    </message>
    <message>
        <location filename="../app/cheat_sheet.py" line="32"/>
        <source>Pulling the target back</source>
        <translation>把靶子拉回来</translation>
    </message>
    <message>
        <location filename="../app/cheat_sheet.py" line="33"/>
        <source>backpropagation: the chain rule from the loss to every weight</source>
        <translation>反向传播：用链式法则从损失算到每一个权重</translation>
    </message>
    <message>
        <location filename="../app/cheat_sheet.py" line="35"/>
        <source>The green arrow</source>
        <translation>绿色箭头</translation>
    </message>
    <message>
        <location filename="../app/cheat_sheet.py" line="36"/>
        <source>the gradient, turned into the aim correction</source>
        <translation>梯度，化作瞄准的修正量</translation>
    </message>
    <message>
        <location filename="../app/cheat_sheet.py" line="37"/>
        <source>Adjusting the aim</source>
        <translation>调整瞄准</translation>
    </message>
    <message>
        <location filename="../app/cheat_sheet.py" line="38"/>
        <source>one gradient-descent step on the weights</source>
        <translation>对权重做一步梯度下降</translation>
    </message>
    <message>
        <location filename="../app/cheat_sheet.py" line="39"/>
        <source>The step size</source>
        <translation>步长</translation>
    </message>
    <message>
        <location filename="../app/cheat_sheet.py" line="40"/>
        <source>the learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <location filename="../app/cheat_sheet.py" line="41"/>
        <source>Shots flying off the range</source>
        <translation>子弹飞出靶场</translation>
    </message>
    <message>
        <location filename="../app/cheat_sheet.py" line="42"/>
        <source>divergence: the learning rate is too large</source>
        <translation>发散：学习率太大</translation>
    </message>
    <message>
        <location filename="../app/cheat_sheet.py" line="43"/>
        <source>The rifle&apos;s settings, the sight</source>
        <translation>枪的设置，瞄具</translation>
    </message>
    <message>
        <location filename="../app/cheat_sheet.py" line="44"/>
        <source>the weights and biases (the parameters)</source>
        <translation>权重和偏置（参数）</translation>
    </message>
    <message>
        <location filename="../app/cheat_sheet.py" line="45"/>
        <source>Xiao Ming&apos;s experience</source>
        <translation>小明的经验</translation>
    </message>
    <message>
        <location filename="../app/cheat_sheet.py" line="46"/>
        <source>pretrained weights: a better initialisation than random</source>
        <translation>预训练权重：比随机更好的初始化</translation>
    </message>
    <message>
        <location filename="../app/cheat_sheet.py" line="47"/>
        <source>A hidden layer</source>
        <translation>隐藏层</translation>
    </message>
    <message>
        <location filename="../app/cheat_sheet.py" line="48"/>
        <source>learns how the conditions combine, beyond straight-line rules</source>
        <translation>学会各种条件如何组合，超出直线规律</translation>
    </message>
    <message>
        <location filename="../app/cheat_sheet.py" line="50"/>
        <source>Trying every aim</source>
        <translation>把每种瞄准都试一遍</translation>
    </message>
    <message>
        <location filename="../app/cheat_sheet.py" line="51"/>
        <source>exhaustive search: its cost explodes with each parameter</source>
        <translation>穷举搜索：每多一个参数，代价就成倍暴涨</translation>
    </message>
    <message>
        <location filename="../app/cheat_sheet.py" line="52"/>
        <source>Walking to the target once per weight</source>
        <translation>每个权重都走到靶前看一次</translation>
    </message>
    <message>
        <location filename="../app/cheat_sheet.py" line="53"/>
        <source>forward-mode differentiation: one pass per parameter</source>
        <translation>前向模式求导：每个参数算一遍</translation>
    </message>
    <message>
        <location filename="../app/cheat_sheet.py" line="54"/>
        <source>The landscape of misses over the weights</source>
        <translation>偏差在权重上铺成的地形</translation>
    </message>
    <message>
        <location filename="../app/cheat_sheet.py" line="55"/>
        <source>the loss landscape (loss surface)</source>
        <translation>损失地形（损失曲面）</translation>
    </message>
    <message>
        <location filename="../app/cheat_sheet.py" line="56"/>
        <source>Each weight&apos;s share of the miss</source>
        <translation>每个权重在偏差中所占的那一份</translation>
    </message>
    <message>
        <location filename="../app/cheat_sheet.py" line="57"/>
        <source>the partial derivative dL/dw</source>
        <translation>偏导数 dL/dw</translation>
    </message>
    <message>
        <location filename="../app/cheat_sheet.py" line="58"/>
        <source>Shots at new conditions, not trained on</source>
        <translation>在没训练过的新条件下开枪</translation>
    </message>
    <message>
        <location filename="../app/cheat_sheet.py" line="59"/>
        <source>held-out data: how well the network generalises</source>
        <translation>留出数据：看网络的泛化能力</translation>
    </message>
</context>
<context>
    <name>LessonView</name>
    <message>
        <location filename="../app/lessons/base.py" line="511"/>
        <location filename="../app/lessons/base.py" line="607"/>
        <source>Compute</source>
        <translation>计算</translation>
    </message>
    <message>
        <location filename="../app/lessons/base.py" line="512"/>
        <location filename="../app/lessons/base.py" line="608"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../app/lessons/base.py" line="583"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>LessonViews</name>
    <message>
        <location filename="../app/lessons/base.py" line="102"/>
        <source>distance</source>
        <translation>距离</translation>
    </message>
    <message>
        <location filename="../app/lessons/base.py" line="103"/>
        <source>crosswind</source>
        <translation>横风</translation>
    </message>
    <message>
        <location filename="../app/lessons/base.py" line="104"/>
        <source>headwind</source>
        <translation>逆风</translation>
    </message>
    <message>
        <location filename="../app/lessons/base.py" line="105"/>
        <source>air density</source>
        <translation>空气密度</translation>
    </message>
    <message>
        <location filename="../app/lessons/base.py" line="113"/>
        <source>bias</source>
        <translation>偏置</translation>
    </message>
    <message>
        <location filename="../app/lessons/base.py" line="116"/>
        <source>aim right</source>
        <translation>瞄准右移</translation>
    </message>
    <message>
        <location filename="../app/lessons/base.py" line="117"/>
        <source>aim up</source>
        <translation>瞄准上移</translation>
    </message>
</context>
<context>
    <name>Lessons</name>
    <message>
        <location filename="../core/lesson_words.py" line="12"/>
        <source>Sight in the rifle</source>
        <translation>校准步枪</translation>
    </message>
    <message>
        <location filename="../core/lesson_words.py" line="14"/>
        <source>Step size</source>
        <translation>步长</translation>
    </message>
    <message>
        <location filename="../core/lesson_words.py" line="15"/>
        <source>Wind and distance</source>
        <translation>风与距离</translation>
    </message>
    <message>
        <location filename="../core/lesson_words.py" line="16"/>
        <source>First guess: random or experience</source>
        <translation>初始猜测：随机还是凭经验</translation>
    </message>
    <message>
        <location filename="../core/lesson_words.py" line="17"/>
        <source>Try everything, or follow the gradient?</source>
        <translation>全部试一遍，还是跟着梯度走？</translation>
    </message>
    <message>
        <location filename="../core/lesson_words.py" line="18"/>
        <source>Walk to the target, or pull it back?</source>
        <translation>走到靶前，还是把靶子拉回来？</translation>
    </message>
    <message>
        <location filename="../core/lesson_words.py" line="19"/>
        <source>One shot, number by number</source>
        <translation>一枪，一个数一个数地看</translation>
    </message>
    <message>
        <location filename="../core/lesson_words.py" line="20"/>
        <source>The loss landscape</source>
        <translation>损失地形</translation>
    </message>
    <message>
        <location filename="../core/lesson_words.py" line="21"/>
        <source>Sandbox</source>
        <translation>自由练习</translation>
    </message>
    <message>
        <location filename="../core/lesson_words.py" line="22"/>
        <source>Your turn: aim by hand</source>
        <translation>轮到你了：用手瞄准</translation>
    </message>
    <message>
        <location filename="../core/lesson_words.py" line="26"/>
        <source>The sight is off and nobody knows by how much. Fire, look, correct: in about five shots the holes walk from the outer ring to the bullseye.</source>
        <translation>瞄准镜偏了，偏多少没人知道。开枪、看靶、修正：大约五枪之后，弹孔就从外环走到靶心。</translation>
    </message>
    <message>
        <location filename="../core/lesson_words.py" line="32"/>
        <source>How far to move the aim after each look? Too little crawls, just right arrives fast, too much overshoots until the shots leave the target.</source>
        <translation>每看一次靶，瞄准该移多远？太小像蜗牛爬，刚好很快就到，太大就会冲过头，直到子弹打出靶外。</translation>
    </message>
    <message>
        <location filename="../core/lesson_words.py" line="35"/>
        <source>Distance and wind change from shot to shot. Without a hidden layer the network only knows straight-line rules and stalls; with one it learns how wind and distance combine.</source>
        <translation>距离和风每一枪都在变。没有隐藏层，网络只会直线规律，学不下去；加一层隐藏层，它就能学会风和距离如何共同起作用。</translation>
    </message>
    <message>
        <location filename="../core/lesson_words.py" line="39"/>
        <source>A first guess can be random or come from a rifle trained before. Compare how many shots each start needs.</source>
        <translation>初始猜测可以是随机的，也可以来自之前训练过的枪。比一比两种开始各需要多少枪。</translation>
    </message>
    <message>
        <location filename="../core/lesson_words.py" line="42"/>
        <source>Why not try every aim? Count the shots: trying all combinations explodes as parameters are added, following the gradient does not.</source>
        <translation>为什么不把每种瞄准都试一遍？数数枪数：参数一多，穷举所有组合的枪数会爆炸，跟着梯度走却不会。</translation>
    </message>
    <message>
        <location filename="../core/lesson_words.py" line="45"/>
        <source>To see how each weight moves the hole you can walk to the target once per weight, or pull it back once. Same numbers, very different cost.</source>
        <translation>想知道每个权重怎样移动弹孔，可以每个权重都走到靶前看一次，也可以把靶子拉回来一次。结果相同，代价天差地别。</translation>
    </message>
    <message>
        <location filename="../core/lesson_words.py" line="48"/>
        <source>One shot followed number by number: forward through every layer, then the chain rule backward to every weight.</source>
        <translation>一个数一个数地跟踪一枪：前向穿过每一层，再用链式法则反向算到每个权重。</translation>
    </message>
    <message>
        <location filename="../core/lesson_words.py" line="51"/>
        <source>The loss is a landscape over the weights. Two of them drawn as a map: watch training walk downhill.</source>
        <translation>损失是权重上的一片地形。取其中两个权重画成地图：看训练怎样一路走下坡。</translation>
    </message>
    <message>
        <location filename="../core/lesson_words.py" line="54"/>
        <source>Every condition and every setting is yours.</source>
        <translation>所有条件和设置都由你决定。</translation>
    </message>
    <message>
        <location filename="../core/lesson_words.py" line="55"/>
        <source>Be the network: move the aim with the arrow keys and fire. Then gradient descent fires the same shots from the same start. Who reaches ring 9 first?</source>
        <translation>你来当网络：用方向键移动瞄准点，然后射击。接着梯度下降从同一个起点打同样的几枪。谁先打进 9 环？</translation>
    </message>
    <message>
        <location filename="../core/lesson_words.py" line="13"/>
        <source>Three-shot burst</source>
        <translation>三连发</translation>
    </message>
    <message>
        <location filename="../core/lesson_words.py" line="29"/>
        <source>Three shots per burst land around the same point. Each hole has its own error; the loss is their average, and one correction serves the burst.</source>
        <translation>每次连发三枪，落在同一点附近。每个弹孔有各自的误差；损失是它们的平均值，一次修正管整组连发。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/main_window.py" line="236"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="237"/>
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="245"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="246"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="247"/>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="252"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="253"/>
        <source>Save &amp;as…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="258"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="651"/>
        <source>Shooter sessions (*.shooter *.json);;All files (*)</source>
        <translation>Shooter 训练文件 (*.shooter *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="669"/>
        <source>Shooter sessions (*.shooter *.json)</source>
        <translation>Shooter 训练文件 (*.shooter *.json)</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="718"/>
        <source>Could not keep the run: {reason}</source>
        <translation>无法保存这次训练：{reason}</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="755"/>
        <source>The run left is back.</source>
        <translation>刚才离开的训练回来了。</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="763"/>
        <source>Undo the lesson switch (bring the run back)</source>
        <translation>撤销切换课程（找回刚才的训练）</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="764"/>
        <source>Undo the reset (bring the run back)</source>
        <translation>撤销重置（找回刚才的训练）</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="765"/>
        <source>Lower the learning rate, then press Restore: back to the last weights that hit the target</source>
        <translation>先调小学习率，再按“恢复”：回到最后一组打中靶子的权重</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="773"/>
        <source>After a lesson switch or a reset: brings the run back. After the shots fly off: lower the learning rate, then restore.</source>
        <translation>切换课程或重置之后：找回刚才的训练。子弹飞出靶场之后：先调小学习率，再恢复。</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="780"/>
        <source>{lesson} — {steps} steps — {time}</source>
        <translation>{lesson} — {steps} 步 — {time}</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="817"/>
        <source>Carrying on where the class left off.</source>
        <translation>从上次课停下的地方继续。</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="824"/>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="824"/>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="825"/>
        <source>CSV table (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="831"/>
        <source>Target as PNG image…</source>
        <translation>靶子导出为 PNG 图片…</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="828"/>
        <source>the target</source>
        <translation>靶子</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="834"/>
        <source>Target as SVG drawing…</source>
        <translation>靶子导出为 SVG 矢量图…</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="837"/>
        <source>Plots as PNG image…</source>
        <translation>图表导出为 PNG 图片…</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="828"/>
        <source>the plots</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="840"/>
        <source>Plots as SVG drawing…</source>
        <translation>图表导出为 SVG 矢量图…</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="843"/>
        <source>Plotted values as CSV…</source>
        <translation>图表数据导出为 CSV…</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="844"/>
        <source>the plotted values</source>
        <translation>图表数据</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="847"/>
        <source>Training history as CSV…</source>
        <translation>训练历史导出为 CSV…</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="848"/>
        <source>the training history</source>
        <translation>训练历史</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="851"/>
        <source>Worked example as HTML or text…</source>
        <translation>例题讲解导出为 HTML 或文本…</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="852"/>
        <source>Web page (*.html);;Text (*.txt)</source>
        <translation>网页 (*.html);;文本 (*.txt)</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="853"/>
        <source>the worked example</source>
        <translation>例题讲解</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="261"/>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="238"/>
        <source>Glossary: the range and the field</source>
        <translation>术语对照：靶场与神经网络</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="249"/>
        <source>Recent r&amp;uns</source>
        <translation>最近的训练(&amp;U)</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="265"/>
        <source>Animation (GIF, APNG, WebP)…</source>
        <translation>动画（GIF、APNG、WebP）…</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="277"/>
        <source>&amp;Lesson</source>
        <translation>课程(&amp;L)</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="291"/>
        <source>&amp;Training</source>
        <translation>训练(&amp;T)</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="293"/>
        <source>Previous phase (undo)</source>
        <translation>上一阶段（撤销）</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="295"/>
        <source>Fire</source>
        <translation>射击</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="296"/>
        <source>Pull back</source>
        <translation>拉回靶子</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="297"/>
        <source>Adjust</source>
        <translation>调整瞄准</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="300"/>
        <source>Step (all four phases)</source>
        <translation>一步（四个阶段）</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="302"/>
        <source>Reset: new initial guess</source>
        <translation>重置：重新初始猜测</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="306"/>
        <source>Predict first</source>
        <translation>先预测</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="322"/>
        <source>Control panel</source>
        <translation>控制面板</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="327"/>
        <source>Range / lesson view</source>
        <translation>靶场 / 课程视图</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="328"/>
        <source>Next plot (all / loss / ring score / gradient)</source>
        <translation>下一张图（全部 / 损失 / 环数 / 梯度）</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="336"/>
        <source>High contrast</source>
        <translation>高对比度</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="339"/>
        <source>Slow motion</source>
        <translation>慢动作</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="386"/>
        <source>Lessons 1 to {count}, in the Lesson menu&apos;s order</source>
        <translation>第 1 到第 {count} 课，按“课程”菜单的顺序</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="390"/>
        <source>Predict first: arrow keys / mouse move the prediction · Enter or Space places it · Space again runs the phase · Esc ends</source>
        <translation>先预测：方向键或鼠标移动预测 · 回车或空格放下 · 再按空格继续 · Esc 结束</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="392"/>
        <source>Arrows, Enter</source>
        <translation>方向键、回车</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="410"/>
        <source>Range</source>
        <translation>靶场</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="412"/>
        <location filename="../app/main_window.py" line="436"/>
        <source>Lesson view</source>
        <translation>课程视图</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="918"/>
        <source>the animation</source>
        <translation>动画</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="650"/>
        <source>Open a training session</source>
        <translation>打开训练记录</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="657"/>
        <source>Could not open the session</source>
        <translation>无法打开训练记录</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="667"/>
        <source>Save the training session</source>
        <translation>保存训练记录</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="674"/>
        <source>Could not save the session</source>
        <translation>无法保存训练记录</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="869"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="892"/>
        <source>Could not export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="893"/>
        <source>{path}: {reason}</source>
        <translation>{path}：{reason}</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="898"/>
        <source>Saved {what} to {path}</source>
        <translation>已将{what}保存到 {path}</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="292"/>
        <source>Next phase</source>
        <translation>下一阶段</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="301"/>
        <source>Play / Pause</source>
        <translation>播放 / 暂停</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="312"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="313"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="321"/>
        <source>Presentation mode</source>
        <translation>演示模式</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="330"/>
        <source>Larger</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="333"/>
        <source>Smaller</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="326"/>
        <source>Full screen</source>
        <translation>全屏</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../core/messages.py" line="29"/>
        <source>The learning rate must be a positive number (got {value}).</source>
        <translation>学习率必须是正数（实际为 {value}）。</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="31"/>
        <source>The batch must be a whole number from 1 to {most} (got {value}).</source>
        <translation>批量必须是 1 到 {most} 之间的整数（实际为 {value}）。</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="33"/>
        <source>At most {most} hidden layers (got {count}).</source>
        <translation>隐藏层最多 {most} 层（实际为 {count}）。</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="35"/>
        <source>A hidden layer needs 1 to {most} neurons (got {value}).</source>
        <translation>每个隐藏层需要 1 到 {most} 个神经元（实际为 {value}）。</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="37"/>
        <source>Unknown activation {name}.</source>
        <translation>未知的激活函数 {name}。</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="38"/>
        <source>Unknown initialisation {name}.</source>
        <translation>未知的初始化方法 {name}。</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="39"/>
        <source>Unknown optimizer {name}.</source>
        <translation>未知的优化器 {name}。</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="40"/>
        <source>Unknown loss {name}.</source>
        <translation>未知的损失函数 {name}。</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="41"/>
        <source>The Huber threshold must be a positive number of cm.</source>
        <translation>Huber 阈值必须是正的厘米数。</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="43"/>
        <source>Unknown input {name}.</source>
        <translation>未知的输入 {name}。</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="44"/>
        <source>An input is listed twice.</source>
        <translation>有一个输入重复列出了。</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="45"/>
        <source>The held-out set size or interval is out of range.</source>
        <translation>留出集的大小或间隔超出范围。</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="47"/>
        <source>The seed must be a whole number from 0 to {most} (got {value}).</source>
        <translation>随机种子必须是 0 到 {most} 之间的整数（实际为 {value}）。</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="49"/>
        <source>The distance range must be finite, low up to high (got {low}, {high}).</source>
        <translation>距离范围必须是有限值，且下限不大于上限（实际为 {low}, {high}）。</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="51"/>
        <source>The crosswind range must be finite, low up to high (got {low}, {high}).</source>
        <translation>横风范围必须是有限值，且下限不大于上限（实际为 {low}, {high}）。</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="53"/>
        <source>The headwind range must be finite, low up to high (got {low}, {high}).</source>
        <translation>逆风范围必须是有限值，且下限不大于上限（实际为 {low}, {high}）。</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="55"/>
        <source>The air density range must be finite, low up to high (got {low}, {high}).</source>
        <translation>空气密度范围必须是有限值，且下限不大于上限（实际为 {low}, {high}）。</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="58"/>
        <source>The distance must be within {low}..{high} m.</source>
        <translation>距离必须在 {low}..{high} 米之间。</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="60"/>
        <source>The crosswind must be within -{most}..{most} m/s.</source>
        <translation>横风必须在 -{most}..{most} 米/秒之间。</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="62"/>
        <source>The headwind must be within -{most}..{most} m/s.</source>
        <translation>逆风必须在 -{most}..{most} 米/秒之间。</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="64"/>
        <source>The air density must be within {low}..{high} kg/m³.</source>
        <translation>空气密度必须在 {low}..{high} kg/m³ 之间。</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="66"/>
        <source>The hand tremor must be within 0..{most} mrad.</source>
        <translation>手抖必须在 0..{most} 毫弧度之间。</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="68"/>
        <source>The sight offset must be two numbers within -{most}..{most} mrad.</source>
        <translation>瞄准镜偏移必须是两个在 -{most}..{most} 毫弧度之间的数。</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="70"/>
        <source>Weight shape {shape} does not fit {expected}.</source>
        <translation>权重形状 {shape} 与 {expected} 不匹配。</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="72"/>
        <source>Training diverged ({reason}); restore or reset first.</source>
        <translation>训练已发散（{reason}）；请先恢复或重新开始。</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="74"/>
        <source>The next phase is {expected}, not {asked}.</source>
        <translation>下一个阶段是 {expected}，不是 {asked}。</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="78"/>
        <source>session file &apos;{path}&apos;: {problem}</source>
        <translation>训练记录文件“{path}”：{problem}</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="79"/>
        <source>larger than {limit} bytes</source>
        <translation>超过 {limit} 字节</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="80"/>
        <source>not UTF-8 text</source>
        <translation>不是 UTF-8 文本</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="81"/>
        <source>the file is empty</source>
        <translation>文件是空的</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="82"/>
        <source>JSON nested more than {limit} levels deep</source>
        <translation>JSON 嵌套超过 {limit} 层</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="83"/>
        <source>holds too many lists, texts or numbers to be read safely ({size} bytes)</source>
        <translation>其中的列表、文本或数字太多，无法安全读取（{size} 字节）</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="85"/>
        <source>not enough memory to read it; close other programs and try again</source>
        <translation>内存不足，无法读取；请关闭其他程序后再试</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="87"/>
        <source>truncated (a text in quotes is never closed)</source>
        <translation>文件不完整（有一段带引号的文本没有结束）</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="89"/>
        <source>{name} is not allowed (non-finite values are written as null)</source>
        <translation>不允许出现 {name}（非有限值应写成 null）</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="91"/>
        <source>a JSON object repeats a key</source>
        <translation>JSON 对象中有重复的键</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="92"/>
        <source>truncated (cut short at line {line}, column {column})</source>
        <translation>文件不完整（在第 {line} 行第 {column} 列中断）</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="94"/>
        <source>not valid JSON (at line {line}, column {column})</source>
        <translation>不是有效的 JSON（第 {line} 行，第 {column} 列）</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="96"/>
        <source>not usable JSON (a number too long to read)</source>
        <translation>无法使用的 JSON（数字太长，无法读取）</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="98"/>
        <source>not a JSON object</source>
        <translation>不是 JSON 对象</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="99"/>
        <source>not a Shooter session (no &quot;format&quot;: &quot;{format}&quot;)</source>
        <translation>不是 Shooter 训练记录（没有 &quot;format&quot;: &quot;{format}&quot;）</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="101"/>
        <source>no schema_version</source>
        <translation>缺少 schema_version</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="102"/>
        <source>schema_version must be a whole number, got {value}</source>
        <translation>schema_version 必须是整数，实际为 {value}</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="104"/>
        <source>schema_version {version} is newer than this Shooter reads ({supported})</source>
        <translation>schema_version {version} 比本版 Shooter 能读取的版本（{supported}）更新</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="106"/>
        <source>unsupported schema_version {version}</source>
        <translation>不支持的 schema_version {version}</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="108"/>
        <source>config.lesson {lesson} is not a lesson this Shooter knows</source>
        <translation>config.lesson {lesson} 不是本版 Shooter 认识的课程</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="110"/>
        <source>{where}: {problem}</source>
        <translation>{where}：{problem}</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="111"/>
        <source>The session&apos;s network ({saved}) does not fit the settings asked for ({asked}).</source>
        <translation>训练记录中的网络（{saved}）与所要求的设置（{asked}）不匹配。</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="114"/>
        <source>network.inputs does not match config.inputs</source>
        <translation>network.inputs 与 config.inputs 不一致</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="116"/>
        <source>network.layers must list {count} layers for hidden layers {hidden}</source>
        <translation>隐藏层为 {hidden} 时，network.layers 必须列出 {count} 层</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="118"/>
        <source>{where} must be {activation}, as the config says</source>
        <translation>按配置，{where} 必须是 {activation}</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="120"/>
        <source>optimizer.name does not match config.optimizer</source>
        <translation>optimizer.name 与 config.optimizer 不一致</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="122"/>
        <source>optimizer.slots must hold {count} lists of state for {optimizer}</source>
        <translation>对 {optimizer}，optimizer.slots 必须包含 {count} 组状态</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="124"/>
        <source>optimizer: Adam&apos;s second moment is below 0</source>
        <translation>优化器：Adam 的二阶矩小于 0</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="126"/>
        <source>optimizer: Adam&apos;s step count must be 1 or more</source>
        <translation>优化器：Adam 的步数必须大于等于 1</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="128"/>
        <source>{where} must be a list of numbers or null</source>
        <translation>{where} 必须是由数或 null 组成的列表</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="130"/>
        <source>{where} must be base64 text of 8-byte numbers</source>
        <translation>{where} 必须是 8 字节数值的 base64 文本</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="132"/>
        <source>{where} holds more than {limit} steps, the most a run keeps</source>
        <translation>{where} 超过 {limit} 步，这是一次训练最多保存的步数</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="134"/>
        <source>history.loss, mean_score and grad_norm differ in length</source>
        <translation>history.loss、mean_score 和 grad_norm 长度不同</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="136"/>
        <source>history.heldout_step and heldout_loss differ in length</source>
        <translation>history.heldout_step 和 heldout_loss 长度不同</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="138"/>
        <source>history.heldout_step must hold whole numbers of 0 or more</source>
        <translation>history.heldout_step 必须是大于等于 0 的整数</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="140"/>
        <source>iteration must be a whole number between 0 and the length of history.loss</source>
        <translation>iteration 必须是 0 到 history.loss 长度之间的整数</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="143"/>
        <source>diverged must be null or a reason key</source>
        <translation>diverged 必须是 null 或原因代码</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="144"/>
        <source>{where} must be a short text</source>
        <translation>{where} 必须是一小段文字</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="145"/>
        <source>{where} must be a finite number</source>
        <translation>{where} 必须是有限的数</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="146"/>
        <source>{where} must be a whole number</source>
        <translation>{where} 必须是整数</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="147"/>
        <source>{where} must be true or false</source>
        <translation>{where} 必须是 true 或 false</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="148"/>
        <source>{where} must be a list of at most {most}</source>
        <translation>{where} 必须是最多 {most} 项的列表</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="149"/>
        <source>{where} must be a list of {count}</source>
        <translation>{where} 必须是 {count} 项的列表</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="150"/>
        <source>{where} must hold numbers only</source>
        <translation>{where} 只能包含数</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="151"/>
        <source>{where} must have shape {shape}</source>
        <translation>{where} 的形状必须是 {shape}</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="152"/>
        <source>{where} holds a number too large</source>
        <translation>{where} 中有太大的数</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="154"/>
        <source>{where} holds a non-finite number</source>
        <translation>{where} 中有非有限的数</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="155"/>
        <source>{where} must be &quot;PCG64&quot;</source>
        <translation>{where} 必须是 &quot;PCG64&quot;</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="156"/>
        <source>{where} must be a 128-bit hex string like &quot;0x1f&quot;</source>
        <translation>{where} 必须是 128 位十六进制字符串，如 &quot;0x1f&quot;</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="158"/>
        <source>{where} must be 0 or 1</source>
        <translation>{where} 必须是 0 或 1</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="159"/>
        <source>{where} must be a whole number from 0 to 2**32-1</source>
        <translation>{where} 必须是 0 到 2**32-1 之间的整数</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="161"/>
        <source>{where} must be a JSON object</source>
        <translation>{where} 必须是 JSON 对象</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="162"/>
        <source>{where} lacks {keys}</source>
        <translation>{where} 缺少 {keys}</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="163"/>
        <source>{where} has unknown keys: {keys}</source>
        <translation>{where} 有未知的键：{keys}</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="164"/>
        <source>the file</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="165"/>
        <source>the run has reached {limit} steps, the most a session keeps; save it and start a new run</source>
        <translation>本次训练已达到 {limit} 步，这是一个训练记录最多保存的步数；请保存后开始新的训练</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="170"/>
        <source>cannot be read ({reason})</source>
        <translation>无法读取（{reason}）</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="171"/>
        <source>cannot be written ({reason})</source>
        <translation>无法写入（{reason}）</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="172"/>
        <source>{path}: {problem}</source>
        <translation>{path}：{problem}</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="173"/>
        <source>not a regular file</source>
        <translation>不是普通文件</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="174"/>
        <source>it is a folder, a pipe or a device, not a regular file; nothing was written</source>
        <translation>这是文件夹、管道或设备，不是普通文件；没有写入任何内容</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="177"/>
        <source>the file is read-only; it was left as it was</source>
        <translation>文件是只读的；已保持原样</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="179"/>
        <source>no file name given</source>
        <translation>没有给出文件名</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="180"/>
        <source>the settings file {path} cannot be used ({reason}); the defaults apply</source>
        <translation>设置文件 {path} 无法使用（{reason}）；已改用默认设置</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="182"/>
        <source>settings that could not be read were reset to their defaults: {keys}</source>
        <translation>有些设置无法读取，已恢复为默认值：{keys}</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="184"/>
        <source>it is not a settings file</source>
        <translation>它不是设置文件</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="185"/>
        <source>no such file or folder</source>
        <translation>文件或文件夹不存在</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="186"/>
        <source>permission denied</source>
        <translation>没有权限</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="187"/>
        <source>it is a folder</source>
        <translation>这是一个文件夹</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="188"/>
        <source>a part of the path is not a folder</source>
        <translation>路径中有一部分不是文件夹</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="189"/>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="190"/>
        <source>the disk is read-only</source>
        <translation>磁盘是只读的</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="191"/>
        <source>the file name is too long</source>
        <translation>文件名太长</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="192"/>
        <source>{reason}</source>
        <translation>{reason}</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="195"/>
        <source>expected a plain number like 0.01 or 1e-3, got {text}</source>
        <translation>应为普通写法的数字，如 0.01 或 1e-3，实际为 {text}</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="197"/>
        <source>expected a finite number, got {text}</source>
        <translation>应为有限的数字，实际为 {text}</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="198"/>
        <source>expected a whole number written with digits only, got {text}</source>
        <translation>应为只含数字的整数，实际为 {text}</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="200"/>
        <source>must be a whole number {lowest}..{highest}, got {text}</source>
        <translation>必须是 {lowest}..{highest} 之间的整数，实际为 {text}</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="202"/>
        <source>expected units per layer separated by commas, like 16,16; got {text}</source>
        <translation>应为用逗号分隔的每层单元数，如 16,16；实际为 {text}</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="204"/>
        <source>at most {most} hidden layers, got {count}</source>
        <translation>隐藏层最多 {most} 层，实际为 {count} 层</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="206"/>
        <source>{option} needs a file name, got an empty one</source>
        <translation>{option} 需要一个文件名，给出的却是空的</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="208"/>
        <source>--save and --csv name the same file {path}</source>
        <translation>--save 和 --csv 指向同一个文件 {path}</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="210"/>
        <source>{option} {path}: cannot be written ({reason})</source>
        <translation>{option} {path}：无法写入（{reason}）</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="212"/>
        <source>choose a lesson with --lesson (see `shooter lessons`) or start from a saved one with --session FILE</source>
        <translation>请用 --lesson 选择一节课（见 `shooter lessons`），或用 --session FILE 从保存的训练继续</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="215"/>
        <source>the session is lesson {saved}, not {asked}; leave out --lesson to carry on with it</source>
        <translation>该训练记录属于课程 {saved}，而不是 {asked}；去掉 --lesson 即可继续它</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="218"/>
        <source>the saved run had diverged ({reason}); carrying on from its last good weights</source>
        <translation>保存的训练已经发散（{reason}）；将从最后一组正常的权重继续</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="221"/>
        <source>unknown lesson {lesson}; see `shooter lessons`</source>
        <translation>没有课程 {lesson}；见 `shooter lessons`</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="223"/>
        <source>unknown language {language}; choose from {choices}</source>
        <translation>不支持的语言 {language}；可选：{choices}</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="225"/>
        <source>{path} is lesson {saved}, not {asked}; leave out --lesson to open it</source>
        <translation>{path} 属于课程 {saved}，而不是 {asked}；去掉 --lesson 即可打开它</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="229"/>
        <source>{path}: an animation is written as one of {formats}</source>
        <translation>{path}：动画只能保存为以下格式之一：{formats}</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="231"/>
        <source>The number of steps to record must be a whole number from 1 to 10000 (got {steps}).</source>
        <translation>要录制的步数必须是 1 到 10000 之间的整数（收到的是 {steps}）。</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="234"/>
        <source>The size {size} is outside {low} to {high}.</source>
        <translation>尺寸 {size} 不在 {low} 到 {high} 之间。</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="236"/>
        <source>The size must be written as width x height, like 1280x720 (got {text}).</source>
        <translation>尺寸要写成“宽x高”，例如 1280x720（收到的是 {text}）。</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="238"/>
        <source>The frame rate must be from {low} to {high} frames per second (got {fps}).</source>
        <translation>帧率必须在每秒 {low} 到 {high} 帧之间（收到的是 {fps}）。</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="241"/>
        <source>Recording {steps} steps at {size} as {format} needs over {budget} MB of memory, more than a recording may use: choose fewer steps, a smaller size, or .gif (it needs the least).</source>
        <translation>以 {size} 录制 {steps} 步的 {format} 动画需要超过 {budget} MB 内存，超出录制允许的上限：请减少步数、缩小尺寸，或改存为 .gif（占用内存最少）。</translation>
    </message>
    <message>
        <location filename="../core/messages.py" line="245"/>
        <source>Recording {steps} steps at {size} needs over {budget} MB of memory, more than a recording may use: choose fewer steps or a smaller size.</source>
        <translation>以 {size} 录制 {steps} 步需要超过 {budget} MB 内存，超出录制允许的上限：请减少步数或缩小尺寸。</translation>
    </message>
</context>
<context>
    <name>Narration</name>
    <message>
        <location filename="../app/narration.py" line="35"/>
        <source>{distance} cm {direction}</source>
        <translation>{direction}移 {distance} 厘米</translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="40"/>
        <source>nowhere</source>
        <translation>不动</translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="41"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="52"/>
        <source>{analogy} — {term}. {sentence}</source>
        <translation>{analogy}——{term}。{sentence}</translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="59"/>
        <source>Shot {shot}: the bullet flew {seconds} s and hit ring {ring}.</source>
        <translation>第 {shot} 枪：子弹飞了 {seconds} 秒，打中 {ring} 环。</translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="65"/>
        <source>Burst {burst}: {count} shots, rings {rings}.</source>
        <translation>第 {burst} 组连发：{count} 发子弹，环数 {rings}。</translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="75"/>
        <source>The red line is the error: {miss} cm from the bullseye on average. Loss ({name}) = {loss}.</source>
        <translation>红线就是误差：平均离靶心 {miss} 厘米。损失（{name}）= {loss}。</translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="78"/>
        <source>The error: {miss} cm from the bullseye on average. Loss ({name}) = {loss}.</source>
        <translation>误差：平均离靶心 {miss} 厘米。损失（{name}）= {loss}。</translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="88"/>
        <source>The gradient (green arrow) asks to move the aim {shift}.</source>
        <translation>梯度（绿色箭头）要求把瞄准{shift}。</translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="91"/>
        <source>The gradient asks to move the aim {shift}.</source>
        <translation>梯度要求把瞄准{shift}。</translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="96"/>
        <source>The next shot moves {shift}.</source>
        <translation>下一枪将{shift}。</translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="101"/>
        <source>Training stopped: {reason}. The learning rate is too large. Lower the learning rate, then press Restore to go back to the last weights that hit the target.</source>
        <translation>训练已停止：{reason}。学习率太大了。请先调低学习率，再按“恢复”，回到上一组打中靶子的权重。</translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="119"/>
        <source>Training: shot {shot}, loss {loss}, mean ring {ring}.</source>
        <translation>训练中：第 {shot} 枪，损失 {loss}，平均 {ring} 环。</translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="126"/>
        <source>Burst {shot} ({count} shots): loss {loss}, mean ring {ring}.</source>
        <translation>第 {shot} 组（{count} 发）：损失 {loss}，平均 {ring} 环。</translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="128"/>
        <source>Shot {shot}: loss {loss}, mean ring {ring}.</source>
        <translation>第 {shot} 枪：损失 {loss}，平均 {ring} 环。</translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="117"/>
        <source>Training: burst {shot} ({count} shots), loss {loss}, mean ring {ring}.</source>
        <translation>训练中：第 {shot} 组（{count} 发），损失 {loss}，平均 {ring} 环。</translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="123"/>
        <source>Paused after shot {shot}: loss {loss}, mean ring {ring}.</source>
        <translation>已暂停，停在第 {shot} 枪：损失 {loss}，平均 {ring} 环。</translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="121"/>
        <source>Paused after burst {shot} ({count} shots): loss {loss}, mean ring {ring}.</source>
        <translation>已暂停，停在第 {shot} 组（{count} 发）：损失 {loss}，平均 {ring} 环。</translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="108"/>
        <source>Last good weights restored.</source>
        <translation>已恢复上一组正常的权重。</translation>
    </message>
</context>
<context>
    <name>NetworkView</name>
    <message>
        <location filename="../app/network/hits.py" line="71"/>
        <source>bias</source>
        <translation>偏置</translation>
    </message>
    <message>
        <location filename="../app/network/hits.py" line="77"/>
        <source>aim ↔</source>
        <translation>瞄准 ↔</translation>
    </message>
    <message>
        <location filename="../app/network/hits.py" line="78"/>
        <source>aim ↕</source>
        <translation>瞄准 ↕</translation>
    </message>
    <message>
        <location filename="../app/network/hits.py" line="82"/>
        <source>input</source>
        <translation>输入</translation>
    </message>
    <message>
        <location filename="../app/network/hits.py" line="84"/>
        <source>output</source>
        <translation>输出</translation>
    </message>
    <message>
        <location filename="../app/network/hits.py" line="85"/>
        <source>hidden {0}</source>
        <translation>隐藏层 {0}</translation>
    </message>
    <message>
        <location filename="../app/network/hits.py" line="92"/>
        <source>hidden {0}, neuron {1}</source>
        <translation>隐藏层 {0}，神经元 {1}</translation>
    </message>
    <message>
        <location filename="../app/network/hits.py" line="99"/>
        <source>output {0}</source>
        <translation>输出 {0}</translation>
    </message>
    <message>
        <location filename="../app/network/hits.py" line="102"/>
        <source>always 1: its weights are the biases</source>
        <translation>恒为 1：它的权重就是偏置</translation>
    </message>
    <message>
        <location filename="../app/network/hits.py" line="104"/>
        <source>bias {0}</source>
        <translation>偏置 {0}</translation>
    </message>
    <message>
        <location filename="../app/network/hits.py" line="107"/>
        <location filename="../app/network/hits.py" line="119"/>
        <source>gradient {0}</source>
        <translation>梯度 {0}</translation>
    </message>
    <message>
        <location filename="../app/network/hits.py" line="116"/>
        <source>weight {0}</source>
        <translation>权重 {0}</translation>
    </message>
    <message>
        <location filename="../app/network/view.py" line="253"/>
        <source>weight &gt; 0</source>
        <translation>权重 &gt; 0</translation>
    </message>
    <message>
        <location filename="../app/network/view.py" line="253"/>
        <source>weight &lt; 0</source>
        <translation>权重 &lt; 0</translation>
    </message>
    <message>
        <location filename="../app/network/view.py" line="254"/>
        <source>gradient</source>
        <translation>梯度</translation>
    </message>
    <message>
        <location filename="../app/network/view.py" line="255"/>
        <source>weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../app/network/view.py" line="262"/>
        <source>hidden</source>
        <translation>隐藏层</translation>
    </message>
</context>
<context>
    <name>Plots</name>
    <message>
        <location filename="../app/plots/view.py" line="237"/>
        <source>loss: log scale</source>
        <translation>损失：对数刻度</translation>
    </message>
    <message>
        <location filename="../app/plots/view.py" line="234"/>
        <source>training loss</source>
        <translation>训练损失</translation>
    </message>
    <message>
        <location filename="../app/plots/view.py" line="234"/>
        <source>held-out loss</source>
        <translation>留出集损失</translation>
    </message>
    <message>
        <location filename="../app/plots/view.py" line="515"/>
        <source>mean ring score</source>
        <translation>平均环数</translation>
    </message>
    <message>
        <location filename="../app/plots/view.py" line="515"/>
        <source>gradient norm</source>
        <translation>梯度大小</translation>
    </message>
    <message>
        <location filename="../app/plots/view.py" line="557"/>
        <source>iteration</source>
        <translation>迭代次数</translation>
    </message>
</context>
<context>
    <name>Predict</name>
    <message>
        <location filename="../app/predict.py" line="141"/>
        <source>Prediction placed: Space fires the shot</source>
        <translation>预测已放好：按空格键开枪</translation>
    </message>
    <message>
        <location filename="../app/predict.py" line="142"/>
        <source>Predict first: place where the shot will land</source>
        <translation>先预测：把标记放在子弹会打中的地方</translation>
    </message>
    <message>
        <location filename="../app/predict.py" line="143"/>
        <source>Prediction placed: Space pulls back and shows the arrow</source>
        <translation>预测已放好：按空格键回拉，显示箭头</translation>
    </message>
    <message>
        <location filename="../app/predict.py" line="145"/>
        <source>Predict first: point where the green arrow will go</source>
        <translation>先预测：指出绿色箭头会指向哪里</translation>
    </message>
    <message>
        <location filename="../app/predict.py" line="151"/>
        <source>Arrow keys or the mouse move it again · Esc ends predicting</source>
        <translation>方向键或鼠标可以再移动它 · Esc 结束预测</translation>
    </message>
    <message>
        <location filename="../app/predict.py" line="152"/>
        <source>Arrow keys or the mouse move it · Enter places it</source>
        <translation>用方向键或鼠标移动 · 按回车放下</translation>
    </message>
    <message>
        <location filename="../app/predict.py" line="158"/>
        <source>prediction</source>
        <translation>预测</translation>
    </message>
    <message>
        <location filename="../app/predict.py" line="160"/>
        <source>prediction: {value} cm off</source>
        <translation>预测：偏差 {value} 厘米</translation>
    </message>
    <message>
        <location filename="../app/predict.py" line="162"/>
        <source>prediction: {value}° off</source>
        <translation>预测：偏差 {value}°</translation>
    </message>
    <message>
        <location filename="../app/predict.py" line="167"/>
        <source>Predictions: {count}</source>
        <translation>预测次数：{count}</translation>
    </message>
    <message>
        <location filename="../app/predict.py" line="170"/>
        <source>mean miss {value} cm</source>
        <translation>平均偏差 {value} 厘米</translation>
    </message>
    <message>
        <location filename="../app/predict.py" line="173"/>
        <source>arrows within {degrees}°: {close} of {total}</source>
        <translation>箭头误差在 {degrees}° 以内：{total} 次中 {close} 次</translation>
    </message>
</context>
<context>
    <name>RangeStrip</name>
    <message>
        <location filename="../app/range_strip.py" line="129"/>
        <source>side view: fire a shot to see its flight</source>
        <translation>侧视图：开一枪看子弹的飞行</translation>
    </message>
    <message>
        <location filename="../app/range_strip.py" line="132"/>
        <source>no crosswind</source>
        <translation>无横风</translation>
    </message>
    <message>
        <location filename="../app/range_strip.py" line="134"/>
        <source>crosswind {speed} m/s → right</source>
        <translation>横风 {speed} 米/秒 → 向右</translation>
    </message>
    <message>
        <location filename="../app/range_strip.py" line="136"/>
        <source>crosswind {speed} m/s ← left</source>
        <translation>横风 {speed} 米/秒 ← 向左</translation>
    </message>
    <message>
        <location filename="../app/range_strip.py" line="138"/>
        <source>{distance} m</source>
        <translation>{distance} 米</translation>
    </message>
    <message>
        <location filename="../app/range_strip.py" line="139"/>
        <source>drop {drop} cm</source>
        <translation>下坠 {drop} 厘米</translation>
    </message>
    <message>
        <location filename="../app/range_strip.py" line="140"/>
        <source>flight {time} s</source>
        <translation>飞行 {time} 秒</translation>
    </message>
    <message>
        <location filename="../app/range_strip.py" line="142"/>
        <source>height ×{factor}</source>
        <translation>高度 ×{factor}</translation>
    </message>
</context>
<context>
    <name>Recording</name>
    <message>
        <location filename="../app/recording.py" line="266"/>
        <source>Recording the last steps…</source>
        <translation>正在录制最近几步……</translation>
    </message>
    <message>
        <location filename="../app/recording.py" line="267"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../app/recording.py" line="305"/>
        <source>Writing the file…</source>
        <translation>正在写入文件……</translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <location filename="../app/lessons/search.py" line="77"/>
        <source>not run (budget)</source>
        <translation>未实际射击（超出预算）</translation>
    </message>
    <message>
        <location filename="../app/lessons/search.py" line="99"/>
        <source>{0} (not run)</source>
        <translation>{0}（未实际射击）</translation>
    </message>
    <message>
        <location filename="../app/lessons/search.py" line="129"/>
        <source>P = {0}</source>
        <translation>P = {0}</translation>
    </message>
    <message>
        <location filename="../app/lessons/search.py" line="166"/>
        <source>Exhaustive search or gradient descent?</source>
        <translation>穷举搜索还是梯度下降？</translation>
    </message>
    <message>
        <location filename="../app/lessons/search.py" line="168"/>
        <source>Shots until every test shot lands in ring 10, as the rifle gets more settings (P). Grid search tries every setting in 0.25 mrad steps and is really fired up to 200,000 shots; beyond that its count is the size of the whole grid. Gradient descent starts from the same place and follows the slope.</source>
        <translation>随着枪的参数（P）增多，直到每一发测试弹都打进 10 环所需的枪数。网格搜索以 0.25 毫弧度为步长试遍所有设置，最多真正射击 200,000 枪；超过后，枪数按整个网格的大小计算。梯度下降从同一位置出发，顺着坡往下走。</translation>
    </message>
    <message>
        <location filename="../app/lessons/search.py" line="173"/>
        <source>settings P</source>
        <translation>参数个数 P</translation>
    </message>
    <message>
        <location filename="../app/lessons/search.py" line="173"/>
        <source>grid points</source>
        <translation>网格点数</translation>
    </message>
    <message>
        <location filename="../app/lessons/search.py" line="173"/>
        <source>shots / try</source>
        <translation>每点枪数</translation>
    </message>
    <message>
        <location filename="../app/lessons/search.py" line="174"/>
        <location filename="../app/lessons/search.py" line="179"/>
        <source>grid search</source>
        <translation>网格搜索</translation>
    </message>
    <message>
        <location filename="../app/lessons/search.py" line="174"/>
        <location filename="../app/lessons/search.py" line="181"/>
        <source>gradient descent</source>
        <translation>梯度下降</translation>
    </message>
    <message>
        <location filename="../app/lessons/search.py" line="176"/>
        <source>shots (log scale)</source>
        <translation>枪数（对数刻度）</translation>
    </message>
    <message>
        <location filename="../app/lessons/search.py" line="180"/>
        <source>grid search, not run (budget)</source>
        <translation>网格搜索，未实际射击（超出预算）</translation>
    </message>
</context>
<context>
    <name>SurfaceView</name>
    <message>
        <location filename="../app/lessons/surface.py" line="105"/>
        <source>Surface: the next setting across</source>
        <translation>损失曲面：横轴换下一个参数</translation>
    </message>
    <message>
        <location filename="../app/lessons/surface.py" line="107"/>
        <source>Surface: the next setting up</source>
        <translation>损失曲面：纵轴换下一个参数</translation>
    </message>
    <message>
        <location filename="../app/lessons/surface.py" line="109"/>
        <source>The loss surface or the narrow valley</source>
        <translation>在损失曲面和狭长山谷之间切换</translation>
    </message>
    <message>
        <location filename="../app/lessons/surface.py" line="110"/>
        <source>Walk the narrow valley again</source>
        <translation>在狭长山谷里再走一遍</translation>
    </message>
    <message>
        <location filename="../app/lessons/surface.py" line="364"/>
        <location filename="../app/lessons/surface.py" line="397"/>
        <source>The loss surface</source>
        <translation>损失曲面</translation>
    </message>
    <message>
        <location filename="../app/lessons/surface.py" line="366"/>
        <source>Colour: the loss (log10) on a fixed set of test shots, for two chosen settings; all other settings stay as they are now. Dashed: gradient descent on these test shots. Green: the rifle&apos;s own training as it runs.</source>
        <translation>颜色：在一组固定测试弹上、随所选两个参数变化的损失（log10）；其他参数保持当前值。虚线：在这组测试弹上的梯度下降。绿色：枪自己训练时走过的路径。</translation>
    </message>
    <message>
        <location filename="../app/lessons/surface.py" line="369"/>
        <source>across:</source>
        <translation>横轴：</translation>
    </message>
    <message>
        <location filename="../app/lessons/surface.py" line="370"/>
        <source>up:</source>
        <translation>纵轴：</translation>
    </message>
    <message>
        <location filename="../app/lessons/surface.py" line="374"/>
        <source>log10 loss</source>
        <translation>log10 损失</translation>
    </message>
    <message>
        <location filename="../app/lessons/surface.py" line="377"/>
        <source>start</source>
        <translation>起点</translation>
    </message>
    <message>
        <location filename="../app/lessons/surface.py" line="378"/>
        <source>now</source>
        <translation>当前</translation>
    </message>
    <message>
        <location filename="../app/lessons/surface.py" line="379"/>
        <source>lowest loss</source>
        <translation>最低损失</translation>
    </message>
    <message>
        <location filename="../app/lessons/surface.py" line="380"/>
        <source>gradient descent</source>
        <translation>梯度下降</translation>
    </message>
    <message>
        <location filename="../app/lessons/surface.py" line="381"/>
        <source>training on the range</source>
        <translation>靶场上的训练</translation>
    </message>
    <message>
        <location filename="../app/lessons/surface.py" line="389"/>
        <source>A narrow valley: plain gradient descent zig-zags, Adam follows the floor</source>
        <translation>狭长山谷：普通梯度下降来回折返，Adam 沿着谷底前进</translation>
    </message>
    <message>
        <location filename="../app/lessons/surface.py" line="391"/>
        <source>{0} (step {1}): crosses the floor {2} times</source>
        <translation>{0}（步长 {1}）：穿过谷底 {2} 次</translation>
    </message>
    <message>
        <location filename="../app/lessons/surface.py" line="396"/>
        <source>Walk again</source>
        <translation>再走一遍</translation>
    </message>
    <message>
        <location filename="../app/lessons/surface.py" line="398"/>
        <source>A narrow valley</source>
        <translation>狭长山谷</translation>
    </message>
    <message>
        <location filename="../app/lessons/surface.py" line="399"/>
        <source>along the floor</source>
        <translation>沿着谷底</translation>
    </message>
    <message>
        <location filename="../app/lessons/surface.py" line="401"/>
        <source>across</source>
        <translation>横跨谷底</translation>
    </message>
</context>
<context>
    <name>TargetView</name>
    <message>
        <location filename="../app/target/words.py" line="136"/>
        <source>off by {size}</source>
        <translation>偏离 {size}</translation>
    </message>
    <message>
        <location filename="../app/target/words.py" line="84"/>
        <source>Fire a shot to begin</source>
        <translation>开一枪开始</translation>
    </message>
    <message>
        <location filename="../app/target/words.py" line="78"/>
        <source>miss</source>
        <translation>脱靶</translation>
    </message>
    <message>
        <location filename="../app/target/words.py" line="86"/>
        <source>The bullet is flying…</source>
        <translation>子弹飞行中…</translation>
    </message>
    <message>
        <location filename="../app/target/words.py" line="91"/>
        <source>Shot {number} has landed</source>
        <translation>第 {number} 枪已命中</translation>
    </message>
    <message>
        <location filename="../app/target/words.py" line="95"/>
        <source>Shot {number}: {hit}</source>
        <translation>第 {number} 枪：{hit}</translation>
    </message>
    <message>
        <location filename="../app/target/words.py" line="132"/>
        <source>red: error</source>
        <translation>红：误差</translation>
    </message>
    <message>
        <location filename="../app/target/words.py" line="132"/>
        <source>green: aim correction</source>
        <translation>绿：瞄准修正</translation>
    </message>
    <message>
        <location filename="../app/target/words.py" line="29"/>
        <source>{where} {degrees}°</source>
        <translation>{where} {degrees}°</translation>
    </message>
    <message>
        <location filename="../app/target/words.py" line="38"/>
        <source>miss, {where}</source>
        <translation>脱靶，{where}</translation>
    </message>
    <message>
        <location filename="../app/target/words.py" line="40"/>
        <source>ring {score}, dead centre</source>
        <translation>{score} 环，正中靶心</translation>
    </message>
    <message>
        <location filename="../app/target/words.py" line="42"/>
        <source>ring {score}, {where}</source>
        <translation>{score} 环，{where}</translation>
    </message>
    <message>
        <location filename="../app/target/words.py" line="49"/>
        <source>lost</source>
        <translation>飞出</translation>
    </message>
    <message>
        <location filename="../app/target/words.py" line="51"/>
        <source>{value} m</source>
        <translation>{value} 米</translation>
    </message>
    <message>
        <location filename="../app/target/words.py" line="61"/>
        <location filename="../app/target/words.py" line="74"/>
        <location filename="../app/target/words.py" line="113"/>
        <source>{value} cm</source>
        <translation>{value} 厘米</translation>
    </message>
    <message>
        <location filename="../app/target/words.py" line="92"/>
        <source>Burst {number}: {count} shots have landed</source>
        <translation>第 {number} 组连发：{count} 发已命中</translation>
    </message>
    <message>
        <location filename="../app/target/words.py" line="99"/>
        <source>Burst {number}: rings {rings}</source>
        <translation>第 {number} 组连发：环数 {rings}</translation>
    </message>
    <message>
        <location filename="../app/target/words.py" line="101"/>
        <source>Burst {number}: {count} shots, mean ring {mean}</source>
        <translation>第 {number} 组连发：{count} 发，平均 {mean} 环</translation>
    </message>
    <message>
        <location filename="../app/target/words.py" line="115"/>
        <source>{value} cm²</source>
        <translation>{value} 平方厘米</translation>
    </message>
    <message>
        <location filename="../app/target/words.py" line="117"/>
        <source>loss = mean of {count} shots&apos; {loss} = {value}</source>
        <translation>损失 = {count} 发的{loss}平均 = {value}</translation>
    </message>
    <message>
        <location filename="../app/target/words.py" line="126"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../app/target/words.py" line="127"/>
        <source>loss = mean of {terms} = {value}</source>
        <translation>损失 = {terms} 的平均 = {value}</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../app/timeline.py" line="120"/>
        <source>T&amp;imeline</source>
        <translation>时间轴(&amp;I)</translation>
    </message>
    <message>
        <location filename="../app/timeline.py" line="122"/>
        <source>One step earlier</source>
        <translation>往前一步</translation>
    </message>
    <message>
        <location filename="../app/timeline.py" line="123"/>
        <source>One step later</source>
        <translation>往后一步</translation>
    </message>
    <message>
        <location filename="../app/timeline.py" line="124"/>
        <source>A tenth of the run earlier</source>
        <translation>往前跳过全程的十分之一</translation>
    </message>
    <message>
        <location filename="../app/timeline.py" line="125"/>
        <source>A tenth of the run later</source>
        <translation>往后跳过全程的十分之一</translation>
    </message>
    <message>
        <location filename="../app/timeline.py" line="126"/>
        <source>Earliest step shown exactly (again: the start)</source>
        <translation>能原样重现的最早一步（再按一次：开头）</translation>
    </message>
    <message>
        <location filename="../app/timeline.py" line="128"/>
        <source>The present</source>
        <translation>回到现在</translation>
    </message>
    <message>
        <location filename="../app/timeline.py" line="129"/>
        <location filename="../app/timeline.py" line="290"/>
        <source>Go on from here</source>
        <translation>从这里继续</translation>
    </message>
    <message>
        <location filename="../app/timeline.py" line="130"/>
        <source>Play the timeline back</source>
        <translation>回放时间轴</translation>
    </message>
    <message>
        <location filename="../app/timeline.py" line="285"/>
        <source>Pause the playback (T)</source>
        <translation>暂停回放 (T)</translation>
    </message>
    <message>
        <location filename="../app/timeline.py" line="286"/>
        <source>Play the timeline back (T)</source>
        <translation>回放时间轴 (T)</translation>
    </message>
    <message>
        <location filename="../app/timeline.py" line="287"/>
        <source>Playback speed: steps per second</source>
        <translation>回放速度：每秒几步</translation>
    </message>
    <message>
        <location filename="../app/timeline.py" line="289"/>
        <source>{n}/s</source>
        <translation>{n} 步/秒</translation>
    </message>
    <message>
        <location filename="../app/timeline.py" line="292"/>
        <source>Continue the run from the step shown; going back (Left) brings this run back (G)</source>
        <translation>从显示的这一步接着训练；撤销（左方向键）能找回原来的训练 (G)</translation>
    </message>
    <message>
        <location filename="../app/timeline.py" line="298"/>
        <source>Back at the present (step {n}): press again to go on</source>
        <translation>已回到现在（第 {n} 步）：再按一次继续训练</translation>
    </message>
    <message>
        <location filename="../app/timeline.py" line="301"/>
        <source>Step {n}, the present: move back first to go on from an earlier step</source>
        <translation>第 {n} 步，就是现在：要从更早的一步继续，请先往回移</translation>
    </message>
    <message>
        <location filename="../app/timeline.py" line="303"/>
        <source>Step {n}, the present</source>
        <translation>第 {n} 步（现在）</translation>
    </message>
    <message>
        <location filename="../app/timeline.py" line="305"/>
        <source>Step {step}: only the plots reach back this far{numbers}</source>
        <translation>第 {step} 步：只有曲线图能回溯到这么早{numbers}</translation>
    </message>
    <message>
        <location filename="../app/timeline.py" line="308"/>
        <source>Step {step} of {n}, as drawn at step {drawn} — End: the present</source>
        <translation>第 {step} 步（共 {n} 步），画面是第 {drawn} 步画的 — End：回到现在</translation>
    </message>
    <message>
        <location filename="../app/timeline.py" line="310"/>
        <source>Step {step} of {n} — End: the present</source>
        <translation>第 {step} 步（共 {n} 步）— End：回到现在</translation>
    </message>
    <message>
        <location filename="../app/timeline.py" line="318"/>
        <source> (loss {loss}, mean ring {ring})</source>
        <translation>（损失 {loss}，平均环数 {ring}）</translation>
    </message>
</context>
<context>
    <name>ValleyView</name>
    <message>
        <location filename="../app/lessons/valley.py" line="182"/>
        <source>Walking down the valley |x| from x = 10 with a fixed step</source>
        <translation>从 x = 10 出发，以固定步长走下山谷 |x|</translation>
    </message>
    <message>
        <location filename="../app/lessons/valley.py" line="187"/>
        <source>floor in {0} steps</source>
        <translation>{0} 步到谷底</translation>
    </message>
    <message>
        <location filename="../app/lessons/valley.py" line="189"/>
        <source>step {0}: {1}</source>
        <translation>步长 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../app/lessons/valley.py" line="193"/>
        <source>learning rate {0}</source>
        <translation>学习率 {0}</translation>
    </message>
    <message>
        <location filename="../app/lessons/valley.py" line="96"/>
        <location filename="../app/lessons/valley.py" line="183"/>
        <source>Walk again</source>
        <translation>再走一遍</translation>
    </message>
    <message>
        <location filename="../app/lessons/valley.py" line="188"/>
        <source>never reaches the floor</source>
        <translation>永远到不了谷底</translation>
    </message>
    <message>
        <location filename="../app/lessons/valley.py" line="190"/>
        <source>The same on the rifle: horizontal miss per shot (cm); dashed: the target&apos;s rim</source>
        <translation>换到步枪上也一样：每枪的水平偏差（厘米）；虚线：靶子边缘</translation>
    </message>
    <message>
        <location filename="../app/lessons/valley.py" line="195"/>
        <source>shot</source>
        <translation>枪数</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <location filename="../core/words.py" line="15"/>
        <source>centre</source>
        <translation>正中</translation>
    </message>
    <message>
        <location filename="../core/words.py" line="16"/>
        <source>left</source>
        <translation>左</translation>
    </message>
    <message>
        <location filename="../core/words.py" line="17"/>
        <source>right</source>
        <translation>右</translation>
    </message>
    <message>
        <location filename="../core/words.py" line="18"/>
        <source>up</source>
        <translation>上</translation>
    </message>
    <message>
        <location filename="../core/words.py" line="19"/>
        <source>down</source>
        <translation>下</translation>
    </message>
    <message>
        <location filename="../core/words.py" line="20"/>
        <source>upper left</source>
        <translation>左上</translation>
    </message>
    <message>
        <location filename="../core/words.py" line="21"/>
        <source>upper right</source>
        <translation>右上</translation>
    </message>
    <message>
        <location filename="../core/words.py" line="22"/>
        <source>lower left</source>
        <translation>左下</translation>
    </message>
    <message>
        <location filename="../core/words.py" line="23"/>
        <source>lower right</source>
        <translation>右下</translation>
    </message>
    <message>
        <location filename="../core/words.py" line="27"/>
        <source>squared distance</source>
        <translation>距离平方</translation>
    </message>
    <message>
        <location filename="../core/words.py" line="28"/>
        <location filename="../core/words.py" line="48"/>
        <source>distance</source>
        <translation>距离</translation>
    </message>
    <message>
        <location filename="../core/words.py" line="29"/>
        <source>Huber</source>
        <translation>Huber</translation>
    </message>
    <message>
        <location filename="../core/words.py" line="33"/>
        <source>tanh</source>
        <translation>tanh</translation>
    </message>
    <message>
        <location filename="../core/words.py" line="34"/>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <location filename="../core/words.py" line="35"/>
        <source>leaky ReLU</source>
        <translation>leaky ReLU</translation>
    </message>
    <message>
        <location filename="../core/words.py" line="36"/>
        <source>sigmoid</source>
        <translation>sigmoid</translation>
    </message>
    <message>
        <location filename="../core/words.py" line="37"/>
        <source>identity</source>
        <translation>恒等</translation>
    </message>
    <message>
        <location filename="../core/words.py" line="41"/>
        <source>gradient descent</source>
        <translation>梯度下降</translation>
    </message>
    <message>
        <location filename="../core/words.py" line="42"/>
        <source>momentum</source>
        <translation>动量</translation>
    </message>
    <message>
        <location filename="../core/words.py" line="43"/>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <location filename="../core/words.py" line="44"/>
        <source>fixed step</source>
        <translation>固定步长</translation>
    </message>
    <message>
        <location filename="../core/words.py" line="49"/>
        <source>crosswind</source>
        <translation>横风</translation>
    </message>
    <message>
        <location filename="../core/words.py" line="50"/>
        <source>headwind</source>
        <translation>逆风</translation>
    </message>
    <message>
        <location filename="../core/words.py" line="51"/>
        <source>air density</source>
        <translation>空气密度</translation>
    </message>
    <message>
        <location filename="../core/words.py" line="56"/>
        <source>Fire</source>
        <translation>射击</translation>
    </message>
    <message>
        <location filename="../core/words.py" line="57"/>
        <source>Measure the miss</source>
        <translation>量出偏差</translation>
    </message>
    <message>
        <location filename="../core/words.py" line="58"/>
        <source>Pull the target back</source>
        <translation>把靶子拉回来</translation>
    </message>
    <message>
        <location filename="../core/words.py" line="59"/>
        <source>Adjust the aim</source>
        <translation>修正瞄准</translation>
    </message>
    <message>
        <location filename="../core/words.py" line="62"/>
        <source>the forward pass</source>
        <translation>前向传播</translation>
    </message>
    <message>
        <location filename="../core/words.py" line="63"/>
        <source>the loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location filename="../core/words.py" line="64"/>
        <source>backpropagation</source>
        <translation>反向传播</translation>
    </message>
    <message>
        <location filename="../core/words.py" line="65"/>
        <source>one gradient-descent step</source>
        <translation>一步梯度下降</translation>
    </message>
    <message>
        <location filename="../core/words.py" line="69"/>
        <source>the loss stopped being a finite number</source>
        <translation>损失不再是有限的数</translation>
    </message>
    <message>
        <location filename="../core/words.py" line="70"/>
        <source>the shots left the range</source>
        <translation>子弹飞出了靶场</translation>
    </message>
    <message>
        <location filename="../core/words.py" line="71"/>
        <source>the weights stopped being finite numbers</source>
        <translation>权重不再是有限的数</translation>
    </message>
</context>
<context>
    <name>WorkedExampleView</name>
    <message>
        <location filename="../app/lessons/worked_example.py" line="92"/>
        <location filename="../app/lessons/worked_example.py" line="114"/>
        <source>Explain a new shot</source>
        <translation>讲解新的一枪</translation>
    </message>
    <message>
        <location filename="../app/lessons/worked_example.py" line="93"/>
        <source>Explain the shot on the range</source>
        <translation>讲解靶场上的这一枪</translation>
    </message>
    <message>
        <location filename="../app/lessons/worked_example.py" line="113"/>
        <source>The shot on the range</source>
        <translation>靶场上的这一枪</translation>
    </message>
    <message>
        <location filename="../app/lessons/worked_example.py" line="115"/>
        <source>Save as HTML or text…</source>
        <translation>保存为 HTML 或文本…</translation>
    </message>
    <message>
        <location filename="../app/lessons/worked_example.py" line="162"/>
        <source>Conditions: distance {0} m, crosswind {1} m/s.</source>
        <translation>条件：距离 {0} 米，横风 {1} 米/秒。</translation>
    </message>
    <message>
        <location filename="../app/lessons/worked_example.py" line="164"/>
        <source>Network input x (conditions scaled to -1..1): {0}</source>
        <translation>网络输入 x（条件缩放到 -1..1）：{0}</translation>
    </message>
    <message>
        <location filename="../app/lessons/worked_example.py" line="168"/>
        <source>Layer {0}: z = x·W + b, W = {1}, b = {2}</source>
        <translation>第 {0} 层：z = x·W + b，W = {1}，b = {2}</translation>
    </message>
    <message>
        <location filename="../app/lessons/worked_example.py" line="170"/>
        <source>   z = {0}, after {1}: a = {2}</source>
        <translation>   z = {0}，经过 {1} 后：a = {2}</translation>
    </message>
    <message>
        <location filename="../app/lessons/worked_example.py" line="173"/>
        <source>Aim (mrad, right/up): {0}</source>
        <translation>瞄准（毫弧度，右/上）：{0}</translation>
    </message>
    <message>
        <location filename="../app/lessons/worked_example.py" line="174"/>
        <source>Flight time {0} s, drop {1} cm, wind drift {2} cm.</source>
        <translation>飞行时间 {0} 秒，下坠 {1} 厘米，风偏 {2} 厘米。</translation>
    </message>
    <message>
        <location filename="../app/lessons/worked_example.py" line="177"/>
        <source>Impact (cm from the bullseye): {0}, ring {1}</source>
        <translation>弹着点（离靶心，厘米）：{0}，{1} 环</translation>
    </message>
    <message>
        <location filename="../app/lessons/worked_example.py" line="179"/>
        <source>Error per shot ({0}): {1}, loss = mean = {2}</source>
        <translation>每枪误差（{0}）：{1}，损失 = 平均值 = {2}</translation>
    </message>
    <message>
        <location filename="../app/lessons/worked_example.py" line="236"/>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
    <message>
        <location filename="../app/lessons/worked_example.py" line="181"/>
        <source>Forward</source>
        <translation>前向传播</translation>
    </message>
    <message>
        <location filename="../app/lessons/worked_example.py" line="181"/>
        <source>Flight and loss</source>
        <translation>飞行与损失</translation>
    </message>
    <message>
        <location filename="../app/lessons/worked_example.py" line="184"/>
        <source>Backward: the chain rule</source>
        <translation>反向传播：链式法则</translation>
    </message>
    <message>
        <location filename="../app/lessons/worked_example.py" line="189"/>
        <source>dL/d(offset) = {0}</source>
        <translation>dL/d(偏差) = {0}</translation>
    </message>
    <message>
        <location filename="../app/lessons/worked_example.py" line="190"/>
        <source>dL/d(aim) = dL/d(offset) × {0} cm/mrad = {1}</source>
        <translation>dL/d(瞄准) = dL/d(偏差) × {0} 厘米/毫弧度 = {1}</translation>
    </message>
    <message>
        <location filename="../app/lessons/worked_example.py" line="194"/>
        <source>Layer {0}: dL/da = {1}, dL/dz = {2}</source>
        <translation>第 {0} 层：dL/da = {1}，dL/dz = {2}</translation>
    </message>
    <message>
        <location filename="../app/lessons/worked_example.py" line="196"/>
        <source>   dL/dW = xᵀ·dL/dz = {0}, dL/db = {1}</source>
        <translation>   dL/dW = xᵀ·dL/dz = {0}，dL/db = {1}</translation>
    </message>
    <message>
        <location filename="../app/lessons/worked_example.py" line="199"/>
        <source>   dL/da of layer {0} = dL/dz·Wᵀ = {1}</source>
        <translation>   第 {0} 层的 dL/da = dL/dz·Wᵀ = {1}</translation>
    </message>
    <message>
        <location filename="../app/lessons/worked_example.py" line="204"/>
        <source>Shot {0}, number by number</source>
        <translation>第 {0} 枪，逐个数字讲解</translation>
    </message>
    <message>
        <location filename="../app/lessons/worked_example.py" line="227"/>
        <source>Save the worked example</source>
        <translation>保存例题讲解</translation>
    </message>
    <message>
        <location filename="../app/lessons/worked_example.py" line="228"/>
        <source>Web page (*.html);;Text (*.txt)</source>
        <translation>网页 (*.html);;文本 (*.txt)</translation>
    </message>
    <message>
        <location filename="../app/lessons/worked_example.py" line="235"/>
        <source>Could not save</source>
        <translation>无法保存</translation>
    </message>
</context>
<context>
    <name>YourTurn</name>
    <message>
        <location filename="../app/lessons/your_turn.py" line="72"/>
        <source>ring {ring}</source>
        <translation>{ring} 环</translation>
    </message>
    <message>
        <location filename="../app/lessons/your_turn.py" line="78"/>
        <source>no crosswind</source>
        <translation>无横风</translation>
    </message>
    <message>
        <location filename="../app/lessons/your_turn.py" line="80"/>
        <source>crosswind {speed} m/s → right</source>
        <translation>横风 {speed} 米/秒 → 向右</translation>
    </message>
    <message>
        <location filename="../app/lessons/your_turn.py" line="82"/>
        <source>crosswind {speed} m/s ← left</source>
        <translation>横风 {speed} 米/秒 ← 向左</translation>
    </message>
    <message>
        <location filename="../app/lessons/your_turn.py" line="88"/>
        <source>{value} mrad right</source>
        <translation>向右 {value} 毫弧度</translation>
    </message>
    <message>
        <location filename="../app/lessons/your_turn.py" line="89"/>
        <source>{value} mrad left</source>
        <translation>向左 {value} 毫弧度</translation>
    </message>
    <message>
        <location filename="../app/lessons/your_turn.py" line="90"/>
        <source>{value} mrad up</source>
        <translation>向上 {value} 毫弧度</translation>
    </message>
    <message>
        <location filename="../app/lessons/your_turn.py" line="91"/>
        <source>{value} mrad down</source>
        <translation>向下 {value} 毫弧度</translation>
    </message>
    <message>
        <location filename="../app/lessons/your_turn.py" line="92"/>
        <source>Aim: {across}, {along}</source>
        <translation>瞄准：{across}，{along}</translation>
    </message>
    <message>
        <location filename="../app/lessons/your_turn.py" line="97"/>
        <source>next shot: {distance} m, {wind}</source>
        <translation>下一枪：{distance} 米，{wind}</translation>
    </message>
    <message>
        <location filename="../app/lessons/your_turn.py" line="301"/>
        <source>Gradient descent: the same {count} shots</source>
        <translation>梯度下降：同样的 {count} 枪</translation>
    </message>
    <message>
        <location filename="../app/lessons/your_turn.py" line="303"/>
        <source>same start, same wind, same hand</source>
        <translation>同一个起点，同样的风，同样的手抖</translation>
    </message>
    <message>
        <location filename="../app/lessons/your_turn.py" line="307"/>
        <source>Your shot {shot} of {shots}: {ring}</source>
        <translation>你的第 {shot} 枪（共 {shots} 枪）：{ring}</translation>
    </message>
    <message>
        <location filename="../app/lessons/your_turn.py" line="310"/>
        <source>Your turn: {shots} shots</source>
        <translation>轮到你了：共 {shots} 枪</translation>
    </message>
    <message>
        <location filename="../app/lessons/your_turn.py" line="316"/>
        <location filename="../app/lessons/your_turn.py" line="561"/>
        <source>you</source>
        <translation>你</translation>
    </message>
    <message>
        <location filename="../app/lessons/your_turn.py" line="317"/>
        <location filename="../app/lessons/your_turn.py" line="562"/>
        <source>gradient descent</source>
        <translation>梯度下降</translation>
    </message>
    <message>
        <location filename="../app/lessons/your_turn.py" line="318"/>
        <location filename="../app/lessons/your_turn.py" line="320"/>
        <source>miss</source>
        <translation>偏差</translation>
    </message>
    <message>
        <location filename="../app/lessons/your_turn.py" line="319"/>
        <source>your shots</source>
        <translation>你的弹孔</translation>
    </message>
    <message>
        <location filename="../app/lessons/your_turn.py" line="321"/>
        <source>aim</source>
        <translation>瞄准点</translation>
    </message>
    <message>
        <location filename="../app/lessons/your_turn.py" line="403"/>
        <source>Hand over to gradient descent</source>
        <translation>交给梯度下降</translation>
    </message>
    <message>
        <location filename="../app/lessons/your_turn.py" line="406"/>
        <location filename="../app/lessons/your_turn.py" line="551"/>
        <source>Round {number}</source>
        <translation>第 {number} 轮</translation>
    </message>
    <message>
        <location filename="../app/lessons/your_turn.py" line="408"/>
        <source>Start the round again</source>
        <translation>本轮重新开始</translation>
    </message>
    <message>
        <location filename="../app/lessons/your_turn.py" line="536"/>
        <source>Round 1: the sight-in range, 100 m, no wind</source>
        <translation>第 1 轮：校枪靶场，100 米，无风</translation>
    </message>
    <message>
        <location filename="../app/lessons/your_turn.py" line="539"/>
        <source>Round 2: distance and crosswind change every shot; the network has a hidden layer</source>
        <translation>第 2 轮：每一枪的距离和横风都在变；网络有一个隐藏层</translation>
    </message>
    <message>
        <location filename="../app/lessons/your_turn.py" line="563"/>
        <source>shots to ring 9</source>
        <translation>打进 9 环用了几枪</translation>
    </message>
    <message>
        <location filename="../app/lessons/your_turn.py" line="564"/>
        <source>mean ring, last five</source>
        <translation>最后五枪的平均环数</translation>
    </message>
    <message>
        <location filename="../app/lessons/your_turn.py" line="568"/>
        <source>mean ring, last five, after {steps} shots</source>
        <translation>打完 {steps} 枪时，最后五枪的平均环数</translation>
    </message>
    <message>
        <location filename="../app/lessons/your_turn.py" line="583"/>
        <source>not reached</source>
        <translation>没打进</translation>
    </message>
    <message>
        <location filename="../app/lessons/your_turn.py" line="584"/>
        <source>shot {shot}</source>
        <translation>第 {shot} 枪</translation>
    </message>
    <message>
        <location filename="../app/lessons/your_turn.py" line="592"/>
        <source>Watch the red line after each shot: it shows how far and which way the hole missed. Move the aim against it.</source>
        <translation>每打一枪都看红线：它说明弹孔偏了多远、偏向哪边。把瞄准点往相反的方向移。</translation>
    </message>
    <message>
        <location filename="../app/lessons/your_turn.py" line="596"/>
        <source>Every shot here has its own distance and wind, so no one aim fits them all. The network learns how the aim depends on them, and the chain rule gives each weight its share of every miss: it keeps getting better long after a hand stops keeping up.</source>
        <translation>这一轮每一枪的距离和风都不一样，没有哪一个瞄准点能适合所有的枪。网络学的是瞄准怎样随距离和风变化，链式法则把每一次偏差分摊给每一个权重：手早就跟不上了，它还在越打越准。</translation>
    </message>
    <message>
        <location filename="../app/lessons/your_turn.py" line="601"/>
        <source>You looked at the red line and moved the aim against it, guessing how far by eye. Gradient descent does the same with numbers: the chain rule carries the red line back through the bullet&apos;s flight to the aim, and the step is as big as the miss says.</source>
        <translation>你看着红线，凭眼睛估计该移多远，把瞄准点往反方向挪。梯度下降做的是同一件事，只不过用的是数字：链式法则把红线沿着子弹的飞行一路传回到瞄准上，偏差有多大，这一步就迈多大。</translation>
    </message>
    <message>
        <location filename="../app/lessons/your_turn.py" line="624"/>
        <source>Your turn: aim by hand, then let the network do it</source>
        <translation>轮到你了：先用手瞄准，再让网络来打</translation>
    </message>
    <message>
        <location filename="../app/lessons/your_turn.py" line="626"/>
        <source>Arrow keys move the aim (Shift: four times as far), Space or Enter fires, N hands over to gradient descent, 1 and 2 choose the round, R starts it again. The aim mark can be dragged with the mouse too.</source>
        <translation>方向键移动瞄准点（按住 Shift 一次移动四倍），空格或回车射击，N 交给梯度下降，1 和 2 选择第几轮，R 把本轮重新开始。也可以用鼠标拖动瞄准点。</translation>
    </message>
    <message>
        <location filename="../app/lessons/your_turn.py" line="631"/>
        <source>Fire by hand</source>
        <translation>手动射击</translation>
    </message>
    <message>
        <location filename="../app/lessons/your_turn.py" line="635"/>
        <source>Fire by hand (Space)</source>
        <translation>手动射击（空格）</translation>
    </message>
    <message>
        <location filename="../app/lessons/your_turn.py" line="632"/>
        <source>Hand over</source>
        <translation>交给网络</translation>
    </message>
    <message>
        <location filename="../app/lessons/your_turn.py" line="633"/>
        <source>Again</source>
        <translation>重来</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../app/animation_dialog.py" line="90"/>
        <source>Nothing to record yet: take a few steps first.</source>
        <translation>还没有可录制的内容：先训练几步。</translation>
    </message>
</context>
</TS>
