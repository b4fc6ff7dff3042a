//! mistake: scaled pixels to `f32` while the feature vector is declared `Vec<f64>`
//! offending: *p as f32 / 255.0
//! category: type
use comprehensions::comp;

fn main() {
    let pixels: Vec<u8> = vec![0, 64, 128, 255, 17, 200];
    let normalized: Vec<f64> = comp![*p as f32 / 255.0 for p in &pixels];
    println!("{normalized:?}");
}
