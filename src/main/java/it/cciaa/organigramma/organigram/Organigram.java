package it.cciaa.organigramma.organigram;

import java.util.List;

/** The organigram's JSON form: how many units it has and its tree, one root per chamber (the Ente). */
public record Organigram(int units, List<TreeNode> roots) {

    static Organigram of(List<TreeNode> roots) {
        return new Organigram(roots.stream().mapToInt(TreeNode::size).sum(), roots);
    }
}
