//! mistake: returned a lazy comprehension that borrows the `scale` parameter, without `move`
//! offending: scale
//! category: ownership
use comprehensions::comp;

fn standardize(features: Vec<f32>, scale: f32) -> impl Iterator<Item = f32> {
    comp!((x / scale for x in features))
}

fn main() {
    let z: Vec<f32> = standardize(vec![1.0, 2.0, 3.0], 0.5).collect();
    println!("{z:?}");
}
