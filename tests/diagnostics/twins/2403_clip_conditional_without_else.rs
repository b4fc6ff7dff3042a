//! mistake: clipped gradients with a conditional element that has no `else` branch
//! offending: if g.abs() < max_norm { g }
//! category: syntax
fn main() {
    let grads: Vec<f32> = vec![0.5, -3.2, 1.1, 7.8];
    let max_norm = 1.0f32;
    let clipped: Vec<f32> = grads.iter().map(|&g| if g.abs() < max_norm { g }).collect();
    println!("{clipped:?}");
}
