//! mistake: returned a lazy comprehension that borrows the `scale` parameter, without `move`
//! offending: scale
//! category: ownership
fn standardize(features: Vec<f32>, scale: f32) -> impl Iterator<Item = f32> {
    features.into_iter().map(|x| x / scale)
}

fn main() {
    let z: Vec<f32> = standardize(vec![1.0, 2.0, 3.0], 0.5).collect();
    println!("{z:?}");
}
