"""The network drawn as neurons and weights, in the manner of TensorFlow Playground.

values: the numbers shown, read from the session's records; layout: where columns, rows,
titles, node values and the legend go; edges: colours, thicknesses and batched drawing;
hits: what lies under the mouse and its tooltip; view: the widget.
"""
