package it.cciaa.organigramma.chart;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.elk.alg.layered.options.FixedAlignment;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.OrderingStrategy;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.options.PortConstraints;
import org.eclipse.elk.core.options.PortSide;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.ElkPort;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Lays a chart out with Eclipse ELK's layered algorithm, top down: every box is a node sized to its text, every line
 * from a box to the boxes below it an edge routed by ELK. A box whose boxes below are all plain boxes (a Servizio and
 * its Uffici) becomes a group: ELK lays its boxes out in a column inside it, under its own text. A box with staff
 * boxes below it sends its line to the others through an invisible junction, so that the staff boxes hang beside that
 * line, between the box and the ones below it. All the edges leaving a box share one port on its bottom side, which
 * gives the lines of an organigram: one trunk that branches.
 */
final class ChartLayout {
    private static final String LAYERED = "org.eclipse.elk.layered";
    /** Space around the drawing, between boxes, between layers, inside a group. */
    private static final double MARGIN = 20;
    private static final double BOX_SPACING = 20;
    private static final double LAYER_SPACING = 30;
    private static final double GROUP_SPACING = 8;

    private final Map<ElkNode, ChartBox> boxes = new IdentityHashMap<>();
    private final Map<ElkNode, BoxText> texts = new IdentityHashMap<>();
    private final Map<ElkNode, ElkPort> bottomPorts = new IdentityHashMap<>();

    private ChartLayout() {}

    /** The chart laid out. */
    static ChartGeometry of(ChartBox root) {
        return new ChartLayout().layOut(root);
    }

    private ChartGeometry layOut(ChartBox root) {
        ElkNode graph = ElkGraphUtil.createGraph();
        graph.setProperty(CoreOptions.ALGORITHM, LAYERED);
        graph.setProperty(CoreOptions.DIRECTION, Direction.DOWN);
        graph.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        graph.setProperty(CoreOptions.PADDING, new ElkPadding(MARGIN));
        graph.setProperty(CoreOptions.SPACING_NODE_NODE, BOX_SPACING);
        graph.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, LAYER_SPACING);
        graph.setProperty(LayeredOptions.MERGE_EDGES, true);
        graph.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY, OrderingStrategy.NODES_AND_EDGES);
        graph.setProperty(LayeredOptions.NODE_PLACEMENT_BK_FIXED_ALIGNMENT, FixedAlignment.BALANCED);
        add(root, graph);
        new RecursiveGraphLayoutEngine().layout(graph, new BasicProgressMonitor());

        List<ChartGeometry.Placed> placed = new ArrayList<>();
        List<List<ChartGeometry.Point>> lines = new ArrayList<>();
        collect(graph, 0, 0, placed, lines);
        return new ChartGeometry(graph.getWidth(), graph.getHeight(), placed, lines);
    }

    /** Adds the box's node to {@code parent}, and the boxes below it: inside it when it is a group, else beside it. */
    private ElkNode add(ChartBox box, ElkNode parent) {
        ElkNode node = ElkGraphUtil.createNode(parent);
        BoxText text = BoxText.of(box);
        boxes.put(node, box);
        texts.put(node, text);
        if (box.holdsOnlyLeaves()) {
            node.setProperty(CoreOptions.ALGORITHM, LAYERED);
            // left to right with no edges: one layer, which is a column, in the document's order
            node.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
            node.setProperty(CoreOptions.SEPARATE_CONNECTED_COMPONENTS, false);
            node.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY, OrderingStrategy.NODES_AND_EDGES);
            node.setProperty(CoreOptions.SPACING_NODE_NODE, GROUP_SPACING);
            node.setProperty(CoreOptions.PADDING, new ElkPadding(text.boxHeight(), GROUP_SPACING, GROUP_SPACING,
                    GROUP_SPACING));
            box.children().forEach(child -> add(child, node));
            return node;
        }
        node.setDimensions(text.boxWidth(), text.boxHeight());
        boolean hasStaff = box.children().stream().anyMatch(ChartBox::staff);
        ElkNode lineStart = node;
        if (hasStaff && box.children().stream().anyMatch(child -> !child.staff())) {
            lineStart = ElkGraphUtil.createNode(parent);
            lineStart.setDimensions(0, 0);
            ElkEdge trunk = ElkGraphUtil.createSimpleEdge(bottomPort(node), lineStart);
            trunk.setProperty(LayeredOptions.PRIORITY_STRAIGHTNESS, 10);
        }
        for (ChartBox child : box.children()) {
            ElkNode below = add(child, parent);
            ElkGraphUtil.createSimpleEdge(child.staff() || lineStart == node ? bottomPort(node) : lineStart, below);
        }
        return node;
    }

    private ElkPort bottomPort(ElkNode node) {
        return bottomPorts.computeIfAbsent(node, owner -> {
            owner.setProperty(CoreOptions.PORT_CONSTRAINTS, PortConstraints.FIXED_SIDE);
            ElkPort port = ElkGraphUtil.createPort(owner);
            port.setProperty(CoreOptions.PORT_SIDE, PortSide.SOUTH);
            return port;
        });
    }

    /** The boxes and lines of {@code graph}, whose origin is at ({@code x}, {@code y}), outer boxes first. */
    private void collect(ElkNode graph, double x, double y, List<ChartGeometry.Placed> placed,
            List<List<ChartGeometry.Point>> lines) {
        for (ElkEdge edge : graph.getContainedEdges()) {
            for (ElkEdgeSection section : edge.getSections()) {
                List<ChartGeometry.Point> line = new ArrayList<>();
                line.add(new ChartGeometry.Point(x + section.getStartX(), y + section.getStartY()));
                for (ElkBendPoint bend : section.getBendPoints()) {
                    line.add(new ChartGeometry.Point(x + bend.getX(), y + bend.getY()));
                }
                line.add(new ChartGeometry.Point(x + section.getEndX(), y + section.getEndY()));
                lines.add(line);
            }
        }
        for (ElkNode node : graph.getChildren()) {
            ChartBox box = boxes.get(node);
            if (box != null) {
                placed.add(new ChartGeometry.Placed(box, texts.get(node), x + node.getX(), y + node.getY(),
                        node.getWidth(), node.getHeight(), !node.getChildren().isEmpty()));
                collect(node, x + node.getX(), y + node.getY(), placed, lines);
            }
        }
    }
}
