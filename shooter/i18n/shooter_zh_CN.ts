<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../app/narration.py" line="26"/>
        <source>%1 cm right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="26"/>
        <source>%1 cm left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="28"/>
        <source>%1 cm up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="28"/>
        <source>%1 cm down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="29"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="29"/>
        <source>nowhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="35"/>
        <source>Shot %1: the bullet flew %2 s and hit ring %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="37"/>
        <source>Burst %1: %2 rounds, rings %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="43"/>
        <source>The red line is the error: %1 cm from the bullseye on average. Loss (%2) = %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="48"/>
        <source>Pulled the target back: the gradient (green arrow) asks to move the aim %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="53"/>
        <source>Aim adjusted: the next shot moves %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="58"/>
        <source>The shots flew off the range: the learning rate is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="59"/>
        <source>The loss became infinite: the learning rate is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="60"/>
        <source>The weights overflowed: the learning rate is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="63"/>
        <source>Training paused. Lower the learning rate, then press Restore to go back to the last good weights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="80"/>
        <source>Last good weights restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/narration.py" line="92"/>
        <source>Training: shot %1, loss %2, mean ring %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ControlPanel</name>
    <message>
        <location filename="../app/control_panel.py" line="72"/>
        <source>Lesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="83"/>
        <source>Shoot and learn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="86"/>
        <source>Fire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="87"/>
        <source>Forward pass: the network aims, the bullet flies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="88"/>
        <source>Pull back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="89"/>
        <source>Backward pass: compute the gradients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="90"/>
        <source>Adjust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="91"/>
        <source>Gradient step: correct the aim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="92"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="93"/>
        <source>All four phases: fire, loss, pull back, adjust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="94"/>
        <location filename="../app/control_panel.py" line="296"/>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="95"/>
        <source>Train automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="96"/>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="97"/>
        <source>A new initial guess with the same seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="98"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="99"/>
        <source>Go back to the last good weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="110"/>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="123"/>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="127"/>
        <location filename="../app/control_panel.py" line="183"/>
        <source>distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="127"/>
        <source>wind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="128"/>
        <source>headwind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="129"/>
        <source>air density</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="134"/>
        <source>Inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="137"/>
        <source>+ layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="139"/>
        <source>- layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="144"/>
        <source>Hidden layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="148"/>
        <source>identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="150"/>
        <source>Activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="154"/>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="157"/>
        <source>gradient descent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="157"/>
        <source>momentum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="158"/>
        <source>fixed step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="160"/>
        <source>Optimizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="171"/>
        <source>Learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="179"/>
        <source>1 (single shot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="181"/>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="183"/>
        <source>squared distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="185"/>
        <source>Loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="189"/>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="193"/>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="195"/>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="200"/>
        <source>Crosswind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="207"/>
        <source>Distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="208"/>
        <source>air resistance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="211"/>
        <source>Hand tremor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="280"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="296"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="324"/>
        <source>&apos;%1&apos; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="327"/>
        <source>The learning rate must be greater than 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="330"/>
        <source>A learning rate above 100 only throws the shots away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="360"/>
        <source>max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="361"/>
        <source>%1 shots/s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lessons</name>
    <message>
        <location filename="../app/control_panel.py" line="43"/>
        <source>Sight in the rifle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="44"/>
        <source>Three-round burst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="45"/>
        <source>Step size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="46"/>
        <source>Wind and distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/control_panel.py" line="47"/>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/main_window.py" line="78"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="79"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="80"/>
        <source>&amp;Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="81"/>
        <source>Fire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="82"/>
        <source>Pull back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="83"/>
        <source>Adjust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="84"/>
        <source>Next phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="85"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="86"/>
        <source>Play / Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="87"/>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="88"/>
        <source>Restore last good weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="90"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="91"/>
        <source>Larger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="93"/>
        <source>Smaller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main_window.py" line="95"/>
        <source>Full screen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkView</name>
    <message>
        <location filename="../app/network_view.py" line="279"/>
        <source>distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/network_view.py" line="279"/>
        <source>crosswind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/network_view.py" line="280"/>
        <source>headwind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/network_view.py" line="280"/>
        <source>air density</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/network_view.py" line="282"/>
        <source>bias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/network_view.py" line="286"/>
        <source>aim ↔</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/network_view.py" line="286"/>
        <source>aim ↕</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/network_view.py" line="290"/>
        <source>input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/network_view.py" line="292"/>
        <source>output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/network_view.py" line="293"/>
        <source>hidden {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/network_view.py" line="300"/>
        <source>hidden {0}, neuron {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/network_view.py" line="383"/>
        <source>output {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/network_view.py" line="385"/>
        <source>always 1: its weights are the biases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/network_view.py" line="388"/>
        <source>bias {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/network_view.py" line="391"/>
        <location filename="../app/network_view.py" line="400"/>
        <source>gradient {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/network_view.py" line="397"/>
        <source>weight {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/network_view.py" line="605"/>
        <source>positive weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/network_view.py" line="606"/>
        <source>negative weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/network_view.py" line="608"/>
        <source>gradient (pulling back)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TargetView</name>
    <message>
        <location filename="../app/target_view.py" line="543"/>
        <source>aim correction {size}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/target_view.py" line="573"/>
        <source>off by {size}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/target_view.py" line="625"/>
        <source>Fire a shot to begin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/target_view.py" line="627"/>
        <source>The bullet is flying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/target_view.py" line="632"/>
        <source>Shot {number} has landed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/target_view.py" line="633"/>
        <source>Round {number}: {count} shots have landed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/target_view.py" line="636"/>
        <source>Shot {number}: {hit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/target_view.py" line="640"/>
        <source>Round {number}: {hits}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/target_view.py" line="641"/>
        <source>Round {number}: {count} shots, mean ring {mean}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/target_view.py" line="645"/>
        <source>red: error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/target_view.py" line="645"/>
        <source>green: aim correction</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
