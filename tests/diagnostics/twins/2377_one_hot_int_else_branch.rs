//! mistake: one-hot encoding with a float `1.0` in one branch and an integer `0` in the other
//! offending: 0
//! category: type
fn one_hot(label: usize, n_classes: usize) -> Vec<f32> {
    (0..n_classes)
        .map(|i| if i == label { 1.0 } else { 0 })
        .collect()
}

fn main() {
    let labels = [2usize, 0, 1];
    for l in labels {
        println!("{:?}", one_hot(l, 3));
    }
}
