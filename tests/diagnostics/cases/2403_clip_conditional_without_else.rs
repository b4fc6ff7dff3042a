//! mistake: clipped gradients with a conditional element that has no `else` branch
//! offending: g if g.abs() < max_norm
//! category: syntax
use comprehensions::comp;

fn main() {
    let grads: Vec<f32> = vec![0.5, -3.2, 1.1, 7.8];
    let max_norm = 1.0f32;
    let clipped = comp![g if g.abs() < max_norm for &g in &grads];
    println!("{clipped:?}");
}
