package it.cciaa.organigramma.organigram;

import java.util.List;

/** A unit of the organigram with the units below it, in the document's order, and its number of activities. */
public record TreeNode(UnitSummary unit, int activities, List<TreeNode> children) {

    /** The activities of the unit and of every unit below it. */
    public int activitiesBelow() {
        return activities + children.stream().mapToInt(TreeNode::activitiesBelow).sum();
    }

    /** How many units there are in this branch, the unit included. */
    public int size() {
        return 1 + children.stream().mapToInt(TreeNode::size).sum();
    }
}
