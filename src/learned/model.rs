//! Tree ensembles as compiled tables: evaluation and, for `--explain`, what each feature added.

/// One node of a tree. An inner node sends `x[feature] <= threshold` left, the rest right; a
/// leaf (`feature == LEAF`) holds the score the tree adds. `value` is the node's mean score over
/// the training rows that reached it, which says how much each split moved the score.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Node {
    pub(crate) feature: u16,
    pub(crate) threshold: f32,
    pub(crate) left: u16,
    pub(crate) right: u16,
    pub(crate) value: f32,
}

/// The `feature` of a leaf.
pub(crate) const LEAF: u16 = u16::MAX;

/// Gradient-boosted trees: the nodes of every tree, where each tree's root is, and how many
/// classes the trees score in turn (1: a probability by the logistic function; more: by softmax,
/// tree `t` scoring class `t % classes`).
pub(crate) struct Ensemble {
    pub(crate) nodes: &'static [Node],
    pub(crate) roots: &'static [u32],
    pub(crate) classes: usize,
}

impl Ensemble {
    /// Whether the ensemble has any tree (a build without a trained model has none).
    pub(crate) fn is_trained(&self) -> bool {
        !self.roots.is_empty()
    }

    /// The leaf a tree sends `x` to, and the path to it (inner nodes, in order).
    fn walk(&self, root: u32, x: &[f32], mut visit: impl FnMut(&Node, &Node)) -> f32 {
        let mut node = &self.nodes[root as usize];
        while node.feature != LEAF {
            let value = x.get(usize::from(node.feature)).copied().unwrap_or(0.0);
            let next = if value <= node.threshold { node.left } else { node.right };
            let child = &self.nodes[root as usize + usize::from(next)];
            visit(node, child);
            node = child;
        }
        node.value
    }

    /// The raw score of each class for `x`.
    pub(crate) fn scores(&self, x: &[f32]) -> Vec<f32> {
        let classes = self.classes.max(1);
        let mut scores = vec![0.0; classes];
        for (t, &root) in self.roots.iter().enumerate() {
            scores[t % classes] += self.walk(root, x, |_, _| {});
        }
        scores
    }

    /// The probability that `x` is of class 1 (a binary ensemble).
    pub(crate) fn probability(&self, x: &[f32]) -> f32 {
        let score = self.scores(x)[0];
        1.0 / (1.0 + (-score).exp())
    }

    /// The probability of each class for `x` (softmax of the scores).
    pub(crate) fn probabilities(&self, x: &[f32]) -> Vec<f32> {
        let scores = self.scores(x);
        let top = scores.iter().copied().fold(f32::NEG_INFINITY, f32::max);
        let exp: Vec<f32> = scores.iter().map(|s| (s - top).exp()).collect();
        let total: f32 = exp.iter().sum();
        exp.iter().map(|e| e / total).collect()
    }

    /// How much each feature moved class `class`'s score for `x` (each split's change in the
    /// mean score, credited to the feature it split on).
    pub(crate) fn contributions(&self, x: &[f32], class: usize, features: usize) -> Vec<f32> {
        let mut moved = vec![0.0; features];
        let classes = self.classes.max(1);
        for (t, &root) in self.roots.iter().enumerate() {
            if t % classes == class {
                self.walk(root, x, |node, child| {
                    if let Some(m) = moved.get_mut(usize::from(node.feature)) {
                        *m += child.value - node.value;
                    }
                });
            }
        }
        moved
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // x[0] <= 0.5 ? -1 : (x[1] <= 2 ? 0.5 : 2), with node means along the way.
    const NODES: [Node; 5] = [
        Node { feature: 0, threshold: 0.5, left: 1, right: 2, value: 0.2 },
        Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: -1.0 },
        Node { feature: 1, threshold: 2.0, left: 3, right: 4, value: 1.0 },
        Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 0.5 },
        Node { feature: LEAF, threshold: 0.0, left: 0, right: 0, value: 2.0 },
    ];

    #[test]
    fn a_tree_scores_and_explains() {
        let model = Ensemble { nodes: &NODES, roots: &[0], classes: 1 };
        for (x, score, moved) in
            [([0.0, 9.0], -1.0, [-1.2, 0.0]), ([1.0, 1.0], 0.5, [0.8, -0.5]), ([1.0, 3.0], 2.0, [0.8, 1.0])]
        {
            assert_eq!(model.scores(&x), [score]);
            let got = model.contributions(&x, 0, 2);
            assert!(got.iter().zip(moved).all(|(a, b)| (a - b).abs() < 1e-6), "{got:?}");
            // The root's mean plus what each feature moved is the score.
            assert!((0.2 + got.iter().sum::<f32>() - score).abs() < 1e-6);
        }
        assert!(model.probability(&[1.0, 3.0]) > 0.88);
    }

    #[test]
    fn an_empty_model_is_untrained() {
        let model = Ensemble { nodes: &[], roots: &[], classes: 1 };
        assert!(!model.is_trained());
    }
}
