<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../app/worked_example.py" line="84"/>
        <source>Conditions: distance %1 m, crosswind %2 m/s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/worked_example.py" line="86"/>
        <source>Network input x (conditions scaled to -1..1): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/worked_example.py" line="90"/>
        <source>Layer %1: z = x·W + b, W = %2, b = %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/worked_example.py" line="92"/>
        <source>   z = %1, after %2: a = %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/worked_example.py" line="95"/>
        <source>Aim (mrad, right/up): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/worked_example.py" line="96"/>
        <source>Flight time %1 s, drop %2 cm, wind drift %3 cm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/worked_example.py" line="99"/>
        <source>Impact (cm from the bullseye): %1, ring %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/worked_example.py" line="101"/>
        <source>Error per shot (%1): %2, loss = mean = %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/worked_example.py" line="103"/>
        <source>Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/worked_example.py" line="103"/>
        <source>Flight and loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/worked_example.py" line="107"/>
        <source>dL/d(offset) = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/worked_example.py" line="108"/>
        <source>dL/d(aim) = dL/d(offset) × %1 cm/mrad = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/worked_example.py" line="112"/>
        <source>Layer %1: dL/da = %2, dL/dz = %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/worked_example.py" line="114"/>
        <source>   dL/dW = xᵀ·dL/dz = %1, dL/db = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/worked_example.py" line="116"/>
        <source>Backward: the chain rule</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheatSheet</name>
    <message>
        <location filename="../app/cheat_sheet.py" line="55"/>
        <source>Keyboard shortcuts (any key closes)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ControlPanel</name>
    <message>
        <location filename="../app/control_panel.py" line="60"/>
        <source>Lesson</source>
        <translation>课程</translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="71"/>
        <source>Shoot and learn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="74"/>
        <source>Fire</source>
        <translation>射击</translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="75"/>
        <source>Forward pass: the network aims, the bullet flies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="76"/>
        <source>Pull back</source>
        <translation>拉回靶子</translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="77"/>
        <source>Backward pass: compute the gradients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="78"/>
        <source>Adjust</source>
        <translation>调整</translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="79"/>
        <source>Gradient step: correct the aim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="80"/>
        <source>Step</source>
        <translation>一步</translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="81"/>
        <source>All four phases: fire, loss, pull back, adjust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="82"/>
        <location filename="../app/control_panel.py" line="284"/>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="83"/>
        <source>Train automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="84"/>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="85"/>
        <source>A new initial guess (the next seed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="86"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="87"/>
        <source>Go back to the last good weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="98"/>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="111"/>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="115"/>
        <location filename="../app/control_panel.py" line="171"/>
        <source>distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="115"/>
        <source>wind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="116"/>
        <source>headwind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="117"/>
        <source>air density</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="122"/>
        <source>Inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="125"/>
        <source>+ layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="127"/>
        <source>- layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="132"/>
        <source>Hidden layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="136"/>
        <source>identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="138"/>
        <source>Activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="142"/>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="145"/>
        <source>gradient descent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="145"/>
        <source>momentum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="146"/>
        <source>fixed step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="148"/>
        <source>Optimizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="159"/>
        <source>Learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="167"/>
        <source>1 (single shot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="169"/>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="171"/>
        <source>squared distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="173"/>
        <source>Loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="177"/>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="181"/>
        <source>Environment</source>
        <translation>环境</translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="183"/>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="188"/>
        <source>Crosswind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="195"/>
        <source>Distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="196"/>
        <source>air resistance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="199"/>
        <source>Hand tremor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="268"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="284"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="312"/>
        <source>&apos;%1&apos; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="315"/>
        <source>The learning rate must be greater than 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="318"/>
        <source>A learning rate above 100 only throws the shots away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="348"/>
        <source>max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="349"/>
        <source>%1 shots/s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DifferentiationView</name>
    <message>
        <location filename="../app/lesson_views.py" line="374"/>
        <source>%1 passes, %2 multiply-adds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/lesson_views.py" line="377"/>
        <source>%1 pass, %2 multiply-adds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/lesson_views.py" line="379"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/lesson_views.py" line="380"/>
        <source>the two gradients agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/lesson_views.py" line="381"/>
        <source>the two gradients DISAGREE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/lesson_views.py" line="407"/>
        <source>Walk to the target, or pull it back?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/lesson_views.py" line="409"/>
        <source>The gradient of this shot&apos;s loss for every setting of the network, computed twice: forward mode walks the whole shot once per setting; the backward pass pulls the target back once and gets them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/lesson_views.py" line="412"/>
        <source>Settings (weights and biases):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/lesson_views.py" line="413"/>
        <source>Forward mode (walk to the target):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/lesson_views.py" line="414"/>
        <source>Backward pass (pull the target back):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/lesson_views.py" line="415"/>
        <source>Largest difference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/lesson_views.py" line="419"/>
        <source>setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/lesson_views.py" line="419"/>
        <source>forward mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/lesson_views.py" line="419"/>
        <source>backward pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/lesson_views.py" line="420"/>
        <source>difference</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExperienceView</name>
    <message>
        <location filename="../app/lesson_views.py" line="660"/>
        <source>not within %1 shots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/lesson_views.py" line="661"/>
        <source>%1 shots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/lesson_views.py" line="668"/>
        <source>trained for %1 steps first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/lesson_views.py" line="669"/>
        <location filename="../app/lesson_views.py" line="693"/>
        <source>the rifle on the range now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/lesson_views.py" line="671"/>
        <source>Shots until the last %1 shots average ring %2 or better — random start: %3; from experience (%4): %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/lesson_views.py" line="686"/>
        <source>Random start or experience?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/lesson_views.py" line="688"/>
        <source>Two fresh rifles shoot on new conditions: one starts from random settings, one from a rifle that has trained before. Goal: the last %1 shots average ring %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/lesson_views.py" line="691"/>
        <source>Experience:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/lesson_views.py" line="692"/>
        <source>train the lesson&apos;s rifle first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/lesson_views.py" line="694"/>
        <source>shots fired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/lesson_views.py" line="695"/>
        <source>loss (log scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/lesson_views.py" line="697"/>
        <source>random start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/lesson_views.py" line="698"/>
        <source>from experience</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonView</name>
    <message>
        <location filename="../app/lesson_views.py" line="170"/>
        <source>Compute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/lesson_views.py" line="171"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LessonViews</name>
    <message>
        <location filename="../app/views_jobs.py" line="59"/>
        <source>distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views_jobs.py" line="60"/>
        <source>crosswind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views_jobs.py" line="61"/>
        <source>headwind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views_jobs.py" line="62"/>
        <source>air density</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views_jobs.py" line="70"/>
        <source>bias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views_jobs.py" line="73"/>
        <source>aim right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/views_jobs.py" line="74"/>
        <source>aim up</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/lesson_texts.py" line="15"/>
        <source>Try everything, or follow the gradient?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/lesson_texts.py" line="16"/>
        <source>Walk to the target, or pull it back?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/lesson_texts.py" line="17"/>
        <source>One shot, number by number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/lesson_texts.py" line="18"/>
        <source>The loss landscape</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/lesson_texts.py" line="32"/>
        <source>How far to move the aim after each look? Too little crawls, just right arrives fast, too much overshoots until the shots leave the target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/lesson_texts.py" line="35"/>
        <source>Distance and wind change from shot to shot. Without a hidden layer the network only knows straight-line rules and stalls; with one it learns how wind and distance combine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/lesson_texts.py" line="39"/>
        <source>A first guess can be random or come from a rifle trained before. Compare how many shots each start needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/lesson_texts.py" line="42"/>
        <source>Why not try every aim? Count the shots: trying all combinations explodes as parameters are added, following the gradient does not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/lesson_texts.py" line="45"/>
        <source>To see how each weight moves the hole you can walk to the target once per weight, or pull it back once. Same numbers, very different cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/lesson_texts.py" line="48"/>
        <source>One shot followed number by number: forward through every layer, then the chain rule backward to every weight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/lesson_texts.py" line="51"/>
        <source>The loss is a landscape over the weights. Two of them drawn as a map: watch training walk downhill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/lesson_texts.py" line="54"/>
        <source>Every condition and every setting is yours.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/main_window.py" line="141"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="142"/>
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="146"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="147"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="148"/>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="150"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="151"/>
        <source>Save &amp;as…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="153"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="164"/>
        <source>&amp;Lesson</source>
        <translation>课程(&amp;L)</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="178"/>
        <source>&amp;Training</source>
        <translation>训练(&amp;T)</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="180"/>
        <source>Previous phase (undo)</source>
        <translation>上一阶段(撤销)</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="182"/>
        <source>Fire</source>
        <translation>射击</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="183"/>
        <source>Pull back</source>
        <translation>拉回靶子</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="184"/>
        <source>Adjust</source>
        <translation>调整</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="185"/>
        <source>Step (all four phases)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="187"/>
        <source>Reset: new initial guess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="207"/>
        <source>High contrast</source>
        <translation>高对比度</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="210"/>
        <source>Slow motion</source>
        <translation>慢动作</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="249"/>
        <source>Range</source>
        <translation>靶场</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="251"/>
        <location filename="../app/main_window.py" line="264"/>
        <source>Lesson view</source>
        <translation>课程视图</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="327"/>
        <source>Unsaved training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="328"/>
        <source>This training has not been saved. Save it first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="340"/>
        <source>Open a training session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="341"/>
        <source>Shooter sessions (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="355"/>
        <source>Could not open the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="364"/>
        <source>Save the training session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="366"/>
        <source>Shooter sessions (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="378"/>
        <source>Could not save the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="179"/>
        <source>Next phase</source>
        <translation>下一阶段</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="186"/>
        <source>Play / Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="188"/>
        <source>Restore last good weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="192"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="193"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="201"/>
        <source>Presentation mode</source>
        <translation>演示模式</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="203"/>
        <source>Larger</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="205"/>
        <source>Smaller</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="202"/>
        <source>Full screen</source>
        <translation>全屏</translation>
    </message>
</context>
<context>
    <name>Narration</name>
    <message>
        <location filename="../app/narration.py" line="24"/>
        <source>%1 cm right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="25"/>
        <source>%1 cm left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="28"/>
        <source>%1 cm up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="29"/>
        <source>%1 cm down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="32"/>
        <source>nowhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="33"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="38"/>
        <source>Shot %1: the bullet flew %2 s and hit ring %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="41"/>
        <source>Burst %1: %2 rounds, rings %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="48"/>
        <source>The red line is the error: %1 cm from the bullseye on average. Loss (%2) = %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="54"/>
        <source>Target pulled back: the gradient (green arrow) asks to move the aim %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="60"/>
        <source>Aim adjusted: the next shot moves %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="66"/>
        <source>The shots flew off the range: the learning rate is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="68"/>
        <source>The loss became infinite: the learning rate is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="70"/>
        <source>The weights overflowed: the learning rate is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="73"/>
        <source>Training paused. Lower the learning rate, then press Restore to go back to the last good weights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="79"/>
        <source>Last good weights restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="83"/>
        <source>Training: shot %1, loss %2, mean ring %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkView</name>
    <message>
        <location filename="../app/network_view.py" line="292"/>
        <source>distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/network_view.py" line="292"/>
        <source>crosswind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/network_view.py" line="293"/>
        <source>headwind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/network_view.py" line="293"/>
        <source>air density</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/network_view.py" line="295"/>
        <source>bias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/network_view.py" line="299"/>
        <source>aim ↔</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/network_view.py" line="299"/>
        <source>aim ↕</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/network_view.py" line="303"/>
        <source>input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/network_view.py" line="305"/>
        <source>output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/network_view.py" line="306"/>
        <source>hidden {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/network_view.py" line="313"/>
        <source>hidden {0}, neuron {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/network_view.py" line="396"/>
        <source>output {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/network_view.py" line="398"/>
        <source>always 1: its weights are the biases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/network_view.py" line="401"/>
        <source>bias {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/network_view.py" line="404"/>
        <location filename="../app/network_view.py" line="413"/>
        <source>gradient {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/network_view.py" line="410"/>
        <source>weight {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/network_view.py" line="621"/>
        <source>weight &gt; 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/network_view.py" line="621"/>
        <source>weight &lt; 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/network_view.py" line="623"/>
        <source>gradient</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plots</name>
    <message>
        <location filename="../app/plots.py" line="67"/>
        <source>loss: log scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/plots.py" line="100"/>
        <source>training loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/plots.py" line="181"/>
        <source>held-out loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/plots.py" line="205"/>
        <source>loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/plots.py" line="205"/>
        <source>mean ring score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/plots.py" line="205"/>
        <source>gradient norm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/plots.py" line="208"/>
        <source>iteration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RangeStrip</name>
    <message>
        <location filename="../app/range_strip.py" line="95"/>
        <source>side view: fire a shot to see its flight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/range_strip.py" line="98"/>
        <source>no crosswind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/range_strip.py" line="100"/>
        <source>wind {speed} m/s → right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/range_strip.py" line="102"/>
        <source>wind {speed} m/s ← left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/range_strip.py" line="104"/>
        <source>{distance} m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/range_strip.py" line="105"/>
        <source>drop {drop} cm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/range_strip.py" line="106"/>
        <source>flight {time} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/range_strip.py" line="108"/>
        <source>height ×{factor}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <location filename="../app/lesson_views.py" line="246"/>
        <source>not run (budget)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/lesson_views.py" line="261"/>
        <source>%1 (not run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/lesson_views.py" line="291"/>
        <source>P = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/lesson_views.py" line="313"/>
        <source>Exhaustive search or gradient descent?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/lesson_views.py" line="315"/>
        <source>Shots until every test shot lands in ring 10, as the rifle gets more settings (P). Grid search tries every setting in 0.25 mrad steps and is really fired up to 200,000 shots; beyond that its count is the size of the whole grid. Gradient descent starts from the same place and follows the slope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/lesson_views.py" line="320"/>
        <source>settings P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/lesson_views.py" line="320"/>
        <source>grid points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/lesson_views.py" line="320"/>
        <source>shots / try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/lesson_views.py" line="321"/>
        <location filename="../app/lesson_views.py" line="324"/>
        <source>grid search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/lesson_views.py" line="321"/>
        <location filename="../app/lesson_views.py" line="326"/>
        <source>gradient descent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/lesson_views.py" line="322"/>
        <source>shots (log scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/lesson_views.py" line="325"/>
        <source>grid search, not run (budget)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SurfaceView</name>
    <message>
        <location filename="../app/lesson_views.py" line="584"/>
        <source>The loss surface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/lesson_views.py" line="586"/>
        <source>Colour: the loss (log10) on a fixed set of test shots, for two chosen settings; all other settings stay as they are now. Dashed: gradient descent on these test shots. Green: the rifle&apos;s own training as it runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/lesson_views.py" line="589"/>
        <source>across:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/lesson_views.py" line="590"/>
        <source>up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/lesson_views.py" line="591"/>
        <source>log10 loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/lesson_views.py" line="593"/>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/lesson_views.py" line="594"/>
        <source>lowest loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/lesson_views.py" line="595"/>
        <source>gradient descent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/lesson_views.py" line="596"/>
        <source>training on the range</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TargetView</name>
    <message>
        <location filename="../app/target_view.py" line="605"/>
        <source>aim correction {size}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/target_view.py" line="640"/>
        <source>off by {size}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/target_view.py" line="712"/>
        <source>Fire a shot to begin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/target_view.py" line="714"/>
        <source>The bullet is flying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/target_view.py" line="719"/>
        <source>Shot {number} has landed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/target_view.py" line="720"/>
        <source>Round {number}: {count} shots have landed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/target_view.py" line="723"/>
        <source>Shot {number}: {hit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/target_view.py" line="727"/>
        <source>Round {number}: {hits}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/target_view.py" line="728"/>
        <source>Round {number}: {count} shots, mean ring {mean}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/target_view.py" line="732"/>
        <source>red: error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/target_view.py" line="732"/>
        <source>green: aim correction</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValleyView</name>
    <message>
        <location filename="../app/valley_view.py" line="83"/>
        <source>Walking down the valley |x| from x = 10 with a fixed step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/valley_view.py" line="84"/>
        <source>Walk again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/valley_view.py" line="87"/>
        <source>floor in %1 steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/valley_view.py" line="88"/>
        <source>never reaches the floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/valley_view.py" line="89"/>
        <source>step %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/valley_view.py" line="90"/>
        <source>The same on the rifle: horizontal miss per shot (cm); dashed: the target&apos;s rim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/valley_view.py" line="145"/>
        <source>learning rate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/valley_view.py" line="146"/>
        <source>shot</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkedExampleView</name>
    <message>
        <location filename="../app/worked_example.py" line="60"/>
        <source>Explain a new shot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/worked_example.py" line="61"/>
        <source>Save as HTML or text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/worked_example.py" line="127"/>
        <source>One shot, number by number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/worked_example.py" line="138"/>
        <source>Save the worked example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/worked_example.py" line="139"/>
        <source>Web page (*.html);;Text (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/worked_example.py" line="145"/>
        <source>Could not save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
