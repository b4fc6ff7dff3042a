//! mistake: one-hot encoding with a float `1.0` in one branch and an integer `0` in the other
//! offending: 0
//! category: type
use comprehensions::comp;

fn one_hot(label: usize, n_classes: usize) -> Vec<f32> {
    comp![1.0 if i == label else 0 for i in 0..n_classes]
}

fn main() {
    let labels = [2usize, 0, 1];
    for l in labels {
        println!("{:?}", one_hot(l, 3));
    }
}
